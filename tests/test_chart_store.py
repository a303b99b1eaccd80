"""Built charts kept on disk for the next process: read back as built, and never stale (components/chart_store.py)."""
from __future__ import annotations

import pandas as pd
import pytest

from components import chart_cache, chart_store
from components.charts import bar_by_area

CALLS: list[str] = []


def counted_bar(rows: pd.DataFrame, title: str, unit: str):  # noqa: ANN201 - an Altair chart
    CALLS.append(title)
    return bar_by_area(rows, title, unit)


def frame(values=(11811.0, 9000.0)) -> pd.DataFrame:
    return pd.DataFrame({"area": ["Ashton", "Brookfield"], "value": list(values),
                         "value_text": [f"{v:,.0f}" for v in values], "period": ["2011", "2011"],
                         "source": ["Made-up statement, line 3", "Made-up statement, line 4"], "unit": "people"})


@pytest.fixture
def store(tmp_path, monkeypatch):
    monkeypatch.setenv(chart_store.STORE_ENV, str(tmp_path / "charts"))
    chart_store.forget_environment()
    chart_cache.clear()
    CALLS.clear()
    yield tmp_path / "charts"
    chart_store.forget_environment()
    chart_cache.clear()


def a_new_process() -> None:
    """What a restart leaves: nothing in memory, the files on disk."""
    chart_cache.clear()
    chart_store.forget_environment()


def test_a_new_process_reads_the_chart_an_earlier_one_built(store):
    built = chart_cache.cached_chart(counted_bar, frame(), "Unpaid carers", "people")
    assert CALLS == ["Unpaid carers"] and len(list(store.glob("*.chart"))) == 1
    a_new_process()
    kept = chart_cache.cached_chart(counted_bar, frame(), "Unpaid carers", "people")
    assert CALLS == ["Unpaid carers"]  # not built again
    assert (kept.spec_json, kept.screen_json, kept.arrow) == (built.spec_json, built.screen_json, built.arrow)


def test_changed_data_or_arguments_build_again(store):
    chart_cache.cached_chart(counted_bar, frame(), "Unpaid carers", "people")
    a_new_process()
    chart_cache.cached_chart(counted_bar, frame((11811.0, 9001.0)), "Unpaid carers", "people")
    chart_cache.cached_chart(counted_bar, frame(), "Unpaid carers", "percent")
    assert len(CALLS) == 3


def test_changed_code_or_data_files_build_again(store, tmp_path, monkeypatch):
    """Any change to a Python file of the app or a table of the data folder gives every chart a new key."""
    app = tmp_path / "app"
    (app / "components").mkdir(parents=True)
    builder_file = app / "components" / "charts.py"
    builder_file.write_text("def bar(): return 1\n")
    tables = tmp_path / "tables"
    tables.mkdir()
    (tables / "measures.csv").write_text("area,value\nAshton,1\n")
    monkeypatch.setattr(chart_store, "ROOT", app)
    monkeypatch.setenv("CMA_DATA_DIR", str(tables))
    a_new_process()
    chart_cache.cached_chart(counted_bar, frame(), "Unpaid carers", "people")
    a_new_process()
    chart_cache.cached_chart(counted_bar, frame(), "Unpaid carers", "people")
    assert len(CALLS) == 1  # same code, same data: read back
    builder_file.write_text("def bar(): return 2\n")
    a_new_process()
    chart_cache.cached_chart(counted_bar, frame(), "Unpaid carers", "people")
    assert len(CALLS) == 2  # the code changed
    (tables / "measures.csv").write_text("area,value\nAshton,2\n")
    a_new_process()
    chart_cache.cached_chart(counted_bar, frame(), "Unpaid carers", "people")
    assert len(CALLS) == 3  # a table changed


def test_a_closure_or_an_argument_that_is_not_plain_data_is_never_stored(store):
    label = "Unpaid carers"

    def closure(rows):  # what it draws depends on `label`, which no key would see
        return bar_by_area(rows, label, "people")

    class Opaque:
        def __hash__(self) -> int:
            return 1

    assert chart_store.key(closure, (), ()) is None
    assert chart_store.key(counted_bar, (Opaque(),), ()) is None
    chart_cache.cached_chart(closure, frame())
    assert not list(store.glob("*.chart"))


def test_a_damaged_file_is_a_miss_and_is_written_again(store):
    chart_cache.cached_chart(counted_bar, frame(), "Unpaid carers", "people")
    (path,) = store.glob("*.chart")
    path.write_bytes(path.read_bytes()[:-10])
    a_new_process()
    chart_cache.cached_chart(counted_bar, frame(), "Unpaid carers", "people")
    assert len(CALLS) == 2
    a_new_process()
    chart_cache.cached_chart(counted_bar, frame(), "Unpaid carers", "people")
    assert len(CALLS) == 2


def test_the_store_is_off_outside_a_server_unless_named(monkeypatch, tmp_path):
    monkeypatch.delenv(chart_store.STORE_ENV, raising=False)
    assert chart_cache._store_enabled() is False  # a test process, AppTest: no server
    monkeypatch.setenv(chart_store.STORE_ENV, "0")
    assert chart_cache._store_enabled() is False and chart_store.folder() is None


def test_the_folder_is_pruned(store, monkeypatch):
    monkeypatch.setattr(chart_store, "MAX_FILES", 4)
    for i in range(6):
        chart_cache.cached_chart(counted_bar, frame((float(i), 1.0)), "X", "people")
    assert len(list(store.glob("*.chart"))) <= 4


HOME_IN_A_NEW_PROCESS = """
import hashlib, json, sys
from components.startup import defer_import, is_imported
defer_import("altair")  # as dashboard.py does when the server starts
from streamlit.testing.v1 import AppTest
at = AppTest.from_file(sys.argv[1], default_timeout=120).run()
print(json.dumps({"altair": is_imported("altair") or "altair.vegalite" in sys.modules,
                  "exceptions": [e.message for e in at.exception],
                  "charts": [hashlib.sha1(c.proto.SerializeToString()).hexdigest() for c in at.get("vega_lite_chart")]}))
"""


def test_a_restarted_server_draws_its_home_page_without_importing_altair(tmp_path):
    """The first process builds the home page's charts (and imports Altair); the next reads them from the store,
    never imports Altair, and sends the very same chart elements."""
    import json
    import os
    import subprocess
    import sys

    env = {**os.environ, chart_store.STORE_ENV: str(tmp_path / "charts"), "PYTHONPATH": str(chart_store.ROOT)}

    def home() -> dict:
        out = subprocess.run([sys.executable, "-c", HOME_IN_A_NEW_PROCESS, str(chart_store.ROOT / "dashboard.py")],
                             cwd=chart_store.ROOT, env=env, capture_output=True, text=True, timeout=180)
        assert out.returncode == 0, out.stderr[-2000:]
        return json.loads(out.stdout.strip().splitlines()[-1])

    first, second = home(), home()
    assert first["exceptions"] == second["exceptions"] == []
    assert first["altair"] is True and second["altair"] is False
    assert first["charts"] and second["charts"] == first["charts"]
    assert list((tmp_path / "charts").glob("*.chart"))


def test_a_new_process_sends_the_element_an_earlier_one_made(store, monkeypatch):
    """The element (message and layout) of a stored chart is kept with it: a new process sends exactly what
    st.vega_lite_chart made in the first, without making it again."""
    from streamlit import delta_generator
    from streamlit.testing.v1 import AppTest

    from tests.test_chart_cache import _showings_script

    sent: list[list[bytes]] = [[], []]
    original = delta_generator._enqueue_message
    run = 0

    def recording(msg):
        if msg.WhichOneof("type") == "delta" and msg.delta.new_element.WhichOneof("type") == "vega_lite_chart":
            sent[run].append(msg.delta.new_element.SerializeToString(deterministic=True))
        return original(msg)

    monkeypatch.setattr(delta_generator, "_enqueue_message", recording)
    assert not AppTest.from_function(_showings_script, default_timeout=30).run().exception
    assert list(store.glob("*.element"))
    a_new_process()
    run = 1
    made = []
    capture = chart_cache._capture
    monkeypatch.setattr(chart_cache, "_capture", lambda spec, options: made.append(spec) or capture(spec, options))
    at = AppTest.from_function(_showings_script, default_timeout=30).run()
    assert not at.exception
    assert sent[1] == sent[0] and len(sent[1]) == 36
    # the two module-level builders' charts came from the store with their elements (4 option sets each); the
    # map's builder is a closure in the script, never stored, so its 4 elements were made again
    assert len(made) == 4 and all("layer" in spec and "projection" in spec for spec in made)
