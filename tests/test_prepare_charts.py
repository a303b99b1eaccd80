"""`make run`'s chart preparation (scripts/prepare_charts.py): the store is filled once per code and data, a
failure is said and marks nothing, and the server starts either way."""
from __future__ import annotations

import pytest

from components import chart_store
from scripts import prepare_charts


@pytest.fixture
def store(tmp_path, monkeypatch):
    folder = tmp_path / "charts"
    monkeypatch.setenv(chart_store.STORE_ENV, str(folder))
    return folder


def test_preparing_fills_the_store_once_for_this_code_and_data(store, capsys, monkeypatch):
    assert prepare_charts.main([]) == 0
    assert "Charts prepared" in capsys.readouterr().out
    charts = list(store.glob("*.chart"))
    elements = list(store.glob("*.element"))
    assert len(charts) >= 8 and len(elements) >= 8  # every page's charts and the elements sent for them
    assert prepare_charts.up_to_date(store, chart_store.environment_digest())

    def must_not_run(*_a, **_k):
        raise AssertionError("prepared again with nothing changed")

    monkeypatch.setattr(prepare_charts, "fill", must_not_run)
    assert prepare_charts.main([]) == 0
    assert "already prepared" in capsys.readouterr().out


def test_a_new_marker_replaces_the_last(store):
    store.mkdir()
    prepare_charts.mark_prepared(store, "old")
    prepare_charts.mark_prepared(store, "new")
    assert [p.name for p in store.glob("*.prepared")] == ["new.prepared"]
    assert prepare_charts.up_to_date(store, "new") and not prepare_charts.up_to_date(store, "old")


def test_a_view_that_fails_is_said_and_marks_nothing(store, capsys, monkeypatch):
    monkeypatch.setattr(prepare_charts, "fill", lambda *_a, **_k: ["carers: script error"])
    assert prepare_charts.main([]) == 0  # the server starts anyway and builds for its first viewers
    err = capsys.readouterr().err
    assert "Could not prepare the charts" in err and "carers: script error" in err
    assert not list(store.glob("*.prepared"))  # (glob of a missing folder is empty)


def test_a_server_that_does_not_start_is_a_problem_not_a_traceback(tmp_path):
    broken = tmp_path / "broken_app.py"
    broken.write_text("import streamlit as st\n", encoding="utf-8")
    visited = []
    problems = prepare_charts.fill(tmp_path / "charts", timeout=0.01, visit=visited.append, script=broken)
    assert problems and ("did not answer" in problems[0] or "exited" in problems[0])
    assert visited == []


def test_with_the_store_off_nothing_is_prepared(monkeypatch, capsys):
    monkeypatch.setenv(chart_store.STORE_ENV, "0")
    monkeypatch.setattr(prepare_charts, "fill", lambda *_a, **_k: pytest.fail("filled with the store off"))
    assert prepare_charts.main([]) == 0
    assert "off" in capsys.readouterr().out
