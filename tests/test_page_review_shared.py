"""Add a document under a room of viewers: what every run shows (the saved documents, the authority choices) is
worked out once per version of its inputs and shared by every session, and is still fresh after a save or a delete
(AppTest + plain functions; calls are counted with spies, never timed)."""
from __future__ import annotations

import pandas as pd
import pytest

from components import review_view, user_figures
from data.userdb import UserStore, UserStoreError
from tests.conftest import run_page
from tests.test_page_review import AUTHORITY, DOCUMENT, PAGE, editor_keys, edit, proposals, uploaded  # noqa: F401

OTHER = "Other county's statement (made up)\nFenland Vale has 120 extra care units in 2025.\n"


@pytest.fixture(autouse=True)
def user_db(monkeypatch, tmp_path):
    """Each test saves to its own SQLite file; the analysts' rows are re-read only after a save here or a delete
    (the freshness window is made long, so a slow machine cannot end it mid-test)."""
    monkeypatch.delenv("CMA_DATABASE_URL", raising=False)
    monkeypatch.setenv("CMA_USER_DB", str(tmp_path / "atlas.sqlite"))
    monkeypatch.setattr(user_figures, "USER_TTL_S", 3600)
    return tmp_path / "atlas.sqlite"


def save_other(name: str = "other.txt") -> None:
    """A save by another server process (nothing tells this one)."""
    rows = pd.DataFrame([{"kind": "measure", "line": 2, "measure": "extra_care_units", "area_code": AUTHORITY,
                          "area_name": "Fenland Vale", "period": "2025", "value": 120, "unit": "units",
                          "qualifier": "count", "breakdown": "", "text": OTHER.splitlines()[1]}])
    UserStore().save_review(data=(OTHER + name).encode(), filename=name, lines=OTHER.splitlines(),
                            authority=AUTHORITY, rows=rows, reviewer="B. Analyst")


def listed(at) -> list[str]:
    tables = [d.value for d in at.dataframe if "Saved (UTC)" in d.value.columns]
    assert len(tables) == 1, "no saved-documents table on the page"
    return tables[0]["Document"].tolist()


def counting(monkeypatch, owner, name: str) -> list:
    calls = []
    real = getattr(owner, name)

    def spy(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(owner, name, spy)
    return calls


def test_the_saved_list_is_read_and_built_once_for_many_runs_and_sessions(monkeypatch):
    save_other()
    reads = counting(monkeypatch, UserStore, "documents")
    builds = counting(monkeypatch, review_view, "saved_table")
    first = run_page(PAGE)
    for _ in range(3):
        first.run()
    second = run_page(PAGE)
    for at in (first, second):
        assert not at.exception
        assert listed(at) == ["other.txt"]
    assert len(reads) == 1 and len(builds) == 1
    assert review_view.saved_list() is review_view.saved_list()


def test_the_authority_choices_are_worked_out_once_per_areas_table(monkeypatch):
    builds = counting(monkeypatch, review_view, "authority_options")
    at = run_page(PAGE, query={"authority": AUTHORITY})
    for _ in range(3):
        at.run()
    assert not at.exception
    picker = at.selectbox(key="ctl_authority")
    assert picker.value == AUTHORITY and len(picker.options) > 300
    assert len(builds) <= 1  # none when an earlier test of this process built them for the same areas table
    areas = pd.DataFrame({"area_code": ["E1", "E2", "E3"], "name": ["Bee", "Ay", "Sea"],
                          "tier": ["county", "district", "region"]})
    options, codes = review_view.shared_authority_options(areas)
    assert review_view.shared_authority_options(areas)[0] is options
    assert codes == ["E2", "E1"] and options == {"E2": "Ay (E2)", "E1": "Bee (E1)"}
    assert review_view.shared_authority_options(areas.copy())[0] is not options  # another table, worked out again


def test_a_save_shows_at_once_in_the_saving_session_and_in_another(proposals):  # noqa: F811
    watcher = run_page(PAGE)
    assert listed(watcher) == []
    at = uploaded()
    fig_key, _ = editor_keys(at)
    edit(at, fig_key, {i: {"period": "2025"} for i in range(3)})
    at.button(key="review_save").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert listed(at) == ["wessex.txt"]
    watcher.run()
    assert listed(watcher) == ["wessex.txt"]
    assert not any("None yet" in c.value for c in watcher.caption)


def test_a_delete_shows_at_once_in_the_deleting_session_and_in_another():
    save_other("first.txt")
    save_other("second.txt")
    user_figures.forget_cached()
    at, watcher = run_page(PAGE), run_page(PAGE)
    assert listed(at) == ["second.txt", "first.txt"]
    picker = at.selectbox(key="review_remove_doc")
    assert picker.options[1].startswith("first.txt · saved ")
    first = UserStore().documents().set_index("filename").loc["first.txt", "doc_id"]
    picker.set_value(first).run()
    at.button(key="review_remove").click().run()
    assert not at.exception
    assert listed(at) == ["second.txt"]
    assert UserStore().documents()["filename"].tolist() == ["second.txt"]
    watcher.run()
    assert listed(watcher) == ["second.txt"]


def test_another_process_save_shows_once_the_freshness_window_ends(monkeypatch):
    at = run_page(PAGE)
    assert listed(at) == []
    save_other()
    at.run()
    assert listed(at) == []  # within the window: the shared list, not a read of the store per run
    monkeypatch.setattr(user_figures, "USER_TTL_S", 0)
    at.run()
    assert not at.exception
    assert listed(at) == ["other.txt"]


def expected_warning() -> str:
    """The message the page gave before the list was shared: the store's own error, read directly."""
    with pytest.raises(UserStoreError) as caught:
        UserStore().documents()
    return f"Saved documents cannot be listed: {caught.value}"


@pytest.mark.parametrize("broken", ["url", "file"])
def test_a_failing_store_is_the_same_clear_message(monkeypatch, user_db, broken):
    if broken == "url":
        monkeypatch.setenv("CMA_DATABASE_URL", "mysql://user:secret@host/db")
    else:
        user_db.write_bytes(b"this is not an SQLite database " * 64)
    message = expected_warning()
    at = run_page(PAGE)
    assert not at.exception
    assert [w.value for w in at.warning] == [message]
    if broken == "url":
        assert "must start with postgresql://" in message
    else:  # the file by its name; the server's folders are not shown on a page
        assert user_db.name in message and str(user_db.parent) not in message
    assert "secret" not in message
    assert not any("Saved (UTC)" in d.value.columns for d in at.dataframe)


def test_saved_table_is_the_documents_as_shown():
    docs = pd.DataFrame({
        "doc_id": ["user-b", "user-a"], "authority": [AUTHORITY, AUTHORITY], "filename": ["b.txt", "a.docx"],
        "sha256": ["bb", "aa"], "uploaded_at": ["2026-11-02T09:00:00.000001+00:00"] * 2,
        "saved_at": ["2026-11-26T10:41:07.123456+00:00", "2026-11-02T09:05:00.000001+00:00"], "n_lines": [9, 4],
        "n_measures": [3, 0], "n_procurements": [1, 2], "reviewer": ["A. Analyst", ""], "note": ["", "checked"]})
    table, names = review_view.saved_table(docs)
    assert table.columns.tolist() == ["Document", "Authority", "Saved (UTC)", "Figures", "Dates", "Reviewed by", "Note"]
    assert table["Saved (UTC)"].tolist() == ["2026-11-26 10:41", "2026-11-02 09:05"]
    assert table["Figures"].tolist() == [3, 0]
    assert names == {"user-b": "b.txt · saved 2026-11-26", "user-a": "a.docx · saved 2026-11-02"}
    assert docs["saved_at"].iloc[0] == "2026-11-26T10:41:07.123456+00:00"  # the shared frame is left as read


def test_the_curated_measures_are_read_only_when_a_save_is_checked_against_them(monkeypatch, proposals):  # noqa: F811
    from components import data_access

    reads = counting(monkeypatch, data_access, "curated_measures")
    at = uploaded()
    at.run()
    assert not at.exception and at.data_editor
    assert reads == []  # opening the page and reviewing an upload: no merged measures built
    fig_key, _ = editor_keys(at)
    # the first figure corrected to one the curated tables have (Dorset County's extra-care schemes in 2015)
    edit(at, fig_key, {0: {"area": "Dorset County (E10000009)", "period": "2015"}, 1: {"period": "2025"},
                       2: {"period": "2025"}})
    at.button(key="review_save").click().run()
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert len(reads) == 1
    assert any(i.value.startswith("1 of these figures are for an area, measure and period the curated tables "
                                  "already have") for i in at.info)
    assert listed(at) == ["wessex.txt"]


def test_saving_the_same_file_again_does_not_say_the_curated_tables_have_its_figures(proposals):  # noqa: F811
    """The check counts only curated figures: the file's own earlier save (shown on the views as analyst figures)
    is replaced, not 'already in the curated tables'."""
    for attempt in range(2):
        at = uploaded()
        fig_key, _ = editor_keys(at)
        edit(at, fig_key, {i: {"period": "2025"} for i in range(3)})
        at.button(key="review_save").click().run()
        assert not at.exception and not at.error, [e.value for e in at.error]
        assert at.success, attempt
        assert not any("already have" in i.value for i in at.info), (attempt, [i.value for i in at.info])
    assert any("replaces the" in s.value for s in at.success)  # the second save replaced the first
    assert listed(at) == ["wessex.txt"]
