"""The user-data store on SQLite and PostgreSQL: schema, saving, replacing, reading back, bad input."""
from __future__ import annotations

import math

import pandas as pd
import pytest

from data.userdb import SaveRejected, Target, UserStore, UserStoreError, document_id, target_from_env
from data.userdb.backend import Backend, DEFAULT_SQLITE
from data.userdb.schema import LATEST, MIGRATIONS, migrate
from tests.userdb_support import (  # noqa: F401  (fixtures)
    COUNTY, DISTRICTS, document, measure_rows, procurement_rows, store, target,
)


def save(store: UserStore, tag: str, values: list[float], **kw):
    data, lines = document(tag)
    return store.save_review(data=data, filename=f"{tag}.txt", lines=lines, authority=COUNTY,
                             rows=kw.pop("rows", measure_rows(values)), **kw)


# -- schema ------------------------------------------------------------------------------------

def test_migrations_are_recorded_once_and_rerunning_them_changes_nothing(target):
    store = UserStore(target)
    store.migrate()
    store.migrate()
    db = Backend(target)
    try:
        _, rows = db.query("SELECT version FROM schema_version ORDER BY version")
        assert [r[0] for r in rows] == [v for v, _, _ in MIGRATIONS] == list(range(1, LATEST + 1))
        assert migrate(db) == LATEST
    finally:
        db.close()


def test_a_database_newer_than_the_code_is_refused_with_a_message(target):
    store = UserStore(target)
    store.migrate()
    db = Backend(target)
    try:
        with db.transaction():
            db.execute("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)",
                       (LATEST + 1, "from the future", "2030-01-01T00:00:00+00:00"))
    finally:
        db.close()
    with pytest.raises(UserStoreError, match=r"newer than this code knows"):
        store.documents()


# -- saving and reading back ---------------------------------------------------------------------

def test_saved_figures_read_back_with_their_locators_and_marker(store):
    saved = save(store, "alpha", [42000, 6500, 28000, 7], reviewer="J. Analyst", note="first pass")
    assert (saved.n_measures, saved.n_procurements, saved.replaced) == (4, 0, 0)
    assert saved.doc_id == document_id(document("alpha")[0])

    got = store.measures()
    assert got["value"].tolist() == [42000.0, 6500.0, 28000.0, 7.0]
    assert got["area_code"].tolist() == list(DISTRICTS)
    assert set(got["source_kind"]) == {"analyst"}
    assert got["locator"].iloc[0] == "alpha.txt:L10 · Analyst review"
    assert got["line"].tolist() == [10, 11, 12, 13]
    assert got["note"].iloc[1] == "checked 1"
    assert got["source_text"].iloc[0] == "Ashton: 42,000 unpaid carers"

    docs = store.documents()
    assert docs[["doc_id", "authority", "filename", "n_lines", "n_measures", "reviewer", "note"]].values.tolist() == [
        [saved.doc_id, COUNTY, "alpha.txt", 40, 4, "J. Analyst", "first pass"]]
    assert len(docs["sha256"].iloc[0]) == 64
    assert store.lines(saved.doc_id, 2, 3) == [(2, document("alpha")[1][1]), (3, document("alpha")[1][2])]


def test_procurement_dates_are_saved_with_their_days_and_term(store):
    rows = pd.concat([measure_rows([5]), procurement_rows()], ignore_index=True)
    saved = save(store, "tender", [], rows=rows)
    assert (saved.n_measures, saved.n_procurements) == (1, 2)
    got = store.procurements()
    assert got["stage"].tolist() == ["contract_start", "contract_end"]
    assert got["earliest"].dt.strftime("%Y-%m-%d").tolist() == ["2026-10-01", "2030-09-30"]
    assert got["term_months"].tolist() == [48, 48]
    assert got["authority"].tolist() == [COUNTY, COUNTY]
    assert got["locator"].iloc[0] == "tender.txt:L30 · Analyst review"


def test_saving_the_same_document_again_replaces_its_figures(store):
    first = save(store, "alpha", [1, 2, 3, 4], note="first")
    second = save(store, "alpha", [10, 20], note="second")
    assert first.doc_id == second.doc_id
    assert second.replaced == 4
    got = store.measures()
    assert got["value"].tolist() == [10.0, 20.0]
    docs = store.documents()
    assert len(docs) == 1 and docs["note"].iloc[0] == "second" and docs["n_measures"].iloc[0] == 2
    assert store.reviews(first.doc_id)["note"].tolist() == ["first", "second"]   # history is kept
    _, lines = document("alpha")
    assert len(store.lines(first.doc_id)) == len(lines)                          # lines not duplicated


def test_different_documents_are_kept_side_by_side(store):
    a, b = save(store, "alpha", [1, 2]), save(store, "beta", [3])
    assert a.doc_id != b.doc_id
    got = store.measures()
    assert sorted(got["value"]) == [1.0, 2.0, 3.0]
    assert set(store.documents()["doc_id"]) == {a.doc_id, b.doc_id}


def test_deleting_a_document_removes_its_lines_reviews_and_figures_only(store):
    a, b = save(store, "alpha", [1, 2]), save(store, "beta", [3])
    assert store.delete_document(a.doc_id) is True
    assert store.delete_document(a.doc_id) is False
    assert store.measures()["doc_id"].unique().tolist() == [b.doc_id]
    assert store.lines(a.doc_id) == [] and store.reviews(a.doc_id).empty
    assert len(store.lines(b.doc_id)) == 40


def test_a_new_store_object_reads_what_an_earlier_one_saved(target):
    saved = save(UserStore(target), "alpha", [11, 12, 13])
    again = UserStore(target)
    assert again.measures()["value"].tolist() == [11.0, 12.0, 13.0]
    assert again.documents()["doc_id"].tolist() == [saved.doc_id]


# -- a failed save leaves what was there -----------------------------------------------------------

def test_a_save_that_fails_half_way_leaves_the_earlier_figures(store, monkeypatch):
    earlier = save(store, "alpha", [1, 2, 3, 4], note="good")
    real = Backend.executemany
    calls = []

    def fail_on_figures(self, text, rows):
        calls.append(text)
        if text.startswith("INSERT INTO user_measures"):
            real(self, text, rows[:1])      # part of the new figures is written...
            raise RuntimeError("disk unplugged half-way")   # ...then the save dies
        return real(self, text, rows)

    monkeypatch.setattr(Backend, "executemany", fail_on_figures)
    with pytest.raises(RuntimeError, match="half-way"):
        save(store, "alpha", [100, 200, 300], note="lost")
    monkeypatch.setattr(Backend, "executemany", real)
    assert any(c.startswith("INSERT INTO user_measures") for c in calls)
    assert store.measures()["value"].tolist() == [1.0, 2.0, 3.0, 4.0]
    assert store.reviews(earlier.doc_id)["note"].tolist() == ["good"]
    assert store.documents()["note"].tolist() == ["good"]


def test_a_database_refusal_half_way_becomes_a_message_and_keeps_the_earlier_figures(store, monkeypatch):
    save(store, "alpha", [1, 2])
    real = Backend.executemany

    def duplicate_key(self, text, rows):
        if text.startswith("INSERT INTO user_measures"):
            rows = list(rows) + [rows[0]]      # the same (doc_id, seq) twice: the database refuses
        return real(self, text, rows)

    monkeypatch.setattr(Backend, "executemany", duplicate_key)
    with pytest.raises(UserStoreError, match=r"^Nothing was saved: .* refused the save .*unchanged") as info:
        save(store, "alpha", [7, 8, 9])
    assert "postgresql://" not in str(info.value)
    monkeypatch.setattr(Backend, "executemany", real)
    assert store.measures()["value"].tolist() == [1.0, 2.0]


# -- bad input: a message, nothing written ------------------------------------------------------------

@pytest.mark.parametrize("change, message", [
    ({"value": "about forty"}, r"row 1 \(line 10\): the value 'about forty' is not a number"),
    ({"value": math.inf}, r"the value 'inf' is not a number"),
    ({"measure": ""}, r"row 1 \(line 10\): measure must be filled in"),
    ({"area_code": None, "period": " "}, r"area_code, period must be filled in"),
    ({"line": "x"}, r"the source line 'x' is not a line number"),
    ({"line": 0}, r"the source line '0' is not a line number"),
    ({"kind": "guess"}, r"kind 'guess' is neither"),
])
def test_bad_measure_rows_are_refused_with_a_message_and_nothing_is_written(store, change, message):
    save(store, "alpha", [1])
    rows = measure_rows([5, 6])
    for column, value in change.items():
        rows[column] = rows[column].astype(object)
        rows.loc[0, column] = value
    with pytest.raises(SaveRejected, match=message):
        save(store, "alpha", [], rows=rows)
    assert store.measures()["value"].tolist() == [1.0]


@pytest.mark.parametrize("change, message", [
    ({"earliest": "1 Oct 2026"}, r"earliest must be a date written YYYY-MM-DD"),
    ({"latest": "2026-02-30"}, r"latest must be a date written YYYY-MM-DD"),
    ({"stage": ""}, r"the stage must be filled in"),
    ({"earliest": "2027-01-01"}, r"the earliest day 2027-01-01 is after the latest 2026-10-01"),
    ({"date_text": "", "earliest": "", "latest": ""}, r"give the date as written or its earliest day"),
    ({"term_months": "four years"}, r"contract length 'four years' is not a number of months"),
])
def test_bad_procurement_rows_are_refused_with_a_message(store, change, message):
    rows = procurement_rows()
    for column, value in change.items():
        rows[column] = rows[column].astype(object)
        rows.loc[0, column] = value
    with pytest.raises(SaveRejected, match=message):
        save(store, "tender", [], rows=rows)
    assert store.procurements().empty


def test_nothing_to_save_no_authority_and_empty_files_are_refused(store):
    with pytest.raises(SaveRejected, match="every row was dropped"):
        save(store, "alpha", [], rows=measure_rows([]))
    with pytest.raises(SaveRejected, match="Choose the authority"):
        store.save_review(data=b"x", filename="a.txt", lines=["x"], authority="", rows=measure_rows([1]))
    with pytest.raises(SaveRejected, match="document is empty"):
        store.save_review(data=b"", filename="a.txt", lines=[], authority=COUNTY, rows=measure_rows([1]))
    assert store.documents().empty


# -- where the store lives ---------------------------------------------------------------------------

def test_location_comes_from_the_environment(tmp_path):
    assert target_from_env({}) == Target("sqlite", str(DEFAULT_SQLITE))
    assert target_from_env({"CMA_USER_DB": str(tmp_path / "u.sqlite")}) == Target("sqlite", str(tmp_path / "u.sqlite"))
    pg = target_from_env({"CMA_DATABASE_URL": "postgresql://atlas:secret@db.internal/atlas",
                          "CMA_USER_DB": "ignored.sqlite"})
    assert pg.kind == "postgres" and "secret" not in pg.description
    sqlite = Target("sqlite", "/srv/private/atlas/users.sqlite")
    assert sqlite.description == "the SQLite file users.sqlite (CMA_USER_DB names it)"  # no server folders shown
    assert target_from_env({"CMA_DATABASE_URL": "postgres://h/db"}).kind == "postgres"
    assert target_from_env({"CMA_DATABASE_URL": "sqlite:////srv/atlas/user.sqlite"}) == \
        Target("sqlite", "/srv/atlas/user.sqlite")
    with pytest.raises(UserStoreError, match=r"must start with postgresql://"):
        target_from_env({"CMA_DATABASE_URL": "mysql://u:p@h/db"})


def test_default_sqlite_file_is_git_ignored():
    import subprocess

    from tests.conftest import ROOT

    rel = DEFAULT_SQLITE.relative_to(ROOT)
    if (ROOT / ".git").exists():
        assert subprocess.run(["git", "check-ignore", "-q", str(rel)], cwd=ROOT).returncode == 0
    else:  # an exported copy: the ignore rule itself
        assert f"{rel.parts[0]}/" in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()


def test_reading_before_anything_was_saved_does_not_create_the_file(tmp_path):
    path = tmp_path / "nothing" / "atlas.sqlite"
    store = UserStore(Target("sqlite", str(path)))
    assert store.measures().empty and list(store.measures().columns)[:3] == ["doc_id", "area_code", "area_name"]
    assert store.procurements().empty and store.documents().empty and store.lines("user-x") == []
    assert not path.exists()


def test_an_unreachable_postgres_is_a_message_without_the_password():
    import socket

    with socket.socket() as s:             # a loopback port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    store = UserStore(Target("postgres", f"postgresql://atlas:hunter2@127.0.0.1:{port}/atlas"))
    with pytest.raises(UserStoreError, match=r"^Cannot open the PostgreSQL database named by CMA_DATABASE_URL") as info:
        store.measures()
    assert "hunter2" not in str(info.value)


def test_a_read_only_server_refuses_to_save_or_delete_and_keeps_what_is_there(store, monkeypatch):
    saved = save(store, "alpha", [1, 2])
    monkeypatch.setenv("CMA_READ_ONLY", "1")
    with pytest.raises(UserStoreError, match=r"Saving is switched off on this server \(CMA_READ_ONLY=1\)"):
        save(store, "beta", [3])
    with pytest.raises(UserStoreError, match="switched off"):
        store.delete_document(saved.doc_id)
    assert store.measures()["value"].tolist() == [1.0, 2.0]      # reading still works


def test_a_snapshot_reads_everything_over_one_connection(store, monkeypatch):
    save(store, "alpha", [1, 2])
    opened = []
    real = Backend.__init__

    def counting(self, target):
        opened.append(target)
        real(self, target)

    monkeypatch.setattr(Backend, "__init__", counting)
    measures, documents, procurements = store.snapshot()
    assert len(opened) == 1
    assert measures["value"].tolist() == [1.0, 2.0] and len(documents) == 1 and procurements.empty
