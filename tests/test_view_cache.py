"""View models (components/view_cache.py): built once per data version and parameters, shared, bounded,
and rebuilt when the data a view reads changes (an analyst's save, the `?analyst=0` switch)."""
from __future__ import annotations

import pandas as pd
import pytest

from components import data_access, user_figures, view_cache
from data.userdb import UserStore
from tests.conftest import run_page

DURHAM = "E06000047"
DOC = "Durham extra care review (made up)\nCounty Durham has 4,321 extra care units in 2025.\n"


def tables(version: tuple) -> data_access.Tables:
    return data_access.Tables(version, None)


def test_a_model_is_built_once_per_version_and_parameters_and_shared():
    calls = []

    def model(t, code):
        calls.append((t.version, code))
        return {"code": code}

    one, two = tables(("d", "r", True, "a")), tables(("d", "r", True, "b"))
    first = view_cache.view_model(model, "E1", tables=one)
    assert view_cache.view_model(model, "E1", tables=one) is first
    assert view_cache.view_model(model, "E1", tables=tables(("d", "r", True, "a"))) is first  # same version, new object
    assert view_cache.view_model(model, "E2", tables=one) is not first
    assert view_cache.view_model(model, "E1", tables=two) is not first
    assert calls == [(one.version, "E1"), (one.version, "E2"), (two.version, "E1")]


def test_the_cache_is_bounded(monkeypatch):
    monkeypatch.setattr(view_cache._models, "max_entries", 3)
    t = tables(("d", "r", False, ""))
    for code in range(10):
        view_cache.view_model(lambda _t, c: c, code, tables=t)
    assert view_cache.entries() == 3


def test_many_sessions_asking_at_once_wait_for_one_build():
    import threading
    import time

    calls = []

    def slow(_t, code):
        calls.append(code)
        time.sleep(0.2)
        return object()

    t = tables(("d", "r", False, "slow"))
    got = []
    threads = [threading.Thread(target=lambda: got.append(view_cache.view_model(slow, "E1", tables=t)))
               for _ in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert calls == ["E1"] and len(got) == 8 and all(g is got[0] for g in got)


def provision_table(at) -> pd.DataFrame:
    found = [d.value for d in at.dataframe if "Existing" in d.value.columns and "Authority (year)" in d.value.columns]
    assert found, "no provision table on the page"
    return found[0]


@pytest.fixture
def user_db(monkeypatch, tmp_path):
    monkeypatch.setenv("CMA_USER_DB", str(tmp_path / "atlas.sqlite"))


def save_extra_care_units(value: int) -> None:
    rows = pd.DataFrame([{"kind": "measure", "line": 2, "measure": "extra_care_units", "area_code": DURHAM,
                          "area_name": "County Durham", "period": "2025", "value": value, "unit": "units",
                          "qualifier": "count", "breakdown": "", "text": DOC.splitlines()[1]}])
    UserStore().save_review(data=DOC.encode() + str(value).encode(), filename="durham-extra-care.txt",
                            lines=DOC.splitlines(), authority=DURHAM, rows=rows)
    user_figures.forget_cached()  # what the Add a document page does after a save


def test_a_save_shows_on_a_view_whose_model_was_already_cached(user_db):
    at = run_page("pages/extra-care.py")
    assert not at.exception
    before = provision_table(at)
    assert not before["Existing"].eq("4,321").any()
    assert view_cache.entries() > 0

    save_extra_care_units(4321)
    at.run()
    assert not at.exception
    after = provision_table(at)
    mine = after[after["Existing"] == "4,321"]
    assert mine["Authority (year)"].tolist() == ["County Durham (2025)"]
    assert mine["Document"].tolist() == ["durham-extra-care.txt (analyst)"]

    at.toggle(key="ctl_analyst").set_value(False).run()  # the switch off: curated figures only, as before the save
    assert not at.exception
    pd.testing.assert_frame_equal(provision_table(at), before)


def test_a_second_save_replaces_the_first_on_the_view(user_db):
    save_extra_care_units(1111)
    at = run_page("pages/extra-care.py", query={"area": DURHAM})
    assert not at.exception
    assert provision_table(at)["Existing"].eq("1,111").any()
    save_extra_care_units(2222)
    at.run()
    table = provision_table(at)
    assert table["Existing"].eq("2,222").any()
    assert not table["Existing"].eq("1,111").any() or "1,111" in before_curated(table)


def before_curated(table: pd.DataFrame) -> str:
    """The curated rows' text (a curated 1,111 would explain the old value still showing)."""
    return " ".join(table[~table["Document"].str.endswith("(analyst)")]["Existing"])


def national_table(at) -> pd.DataFrame:
    found = [d.value for d in at.dataframe if "Per 1,000 aged 65+" in d.value.columns]
    assert found, "no national extra care table on the page"
    return found[0]


def test_a_save_reaches_the_national_tab_too(user_db):
    """The national tab's rates are worked out from the documents' unit counts: a saved count joins them."""
    at = run_page("pages/extra-care.py", query={"tab": "national"})
    assert not at.exception
    before = national_table(at)
    assert not before["Units"].astype(str).str.contains("4,321").any()
    save_extra_care_units(4321)
    at.run()
    after = national_table(at)
    durham = after[after["Units"].astype(str).str.contains("4,321")]
    assert len(durham) == 1 and "County Durham" in durham.iloc[0]["Authority (period of the unit count)"]
    at.toggle(key="ctl_analyst").set_value(False).run()
    pd.testing.assert_frame_equal(national_table(at), before)


def test_a_read_of_the_store_begun_before_a_save_is_not_kept_after_it(monkeypatch):
    """A viewer's read that started before another's save finished must not stand for the store after it."""
    location = ("sqlite", "/nowhere/made-up.sqlite")
    reads = []

    def read(loc):
        reads.append(loc)
        if len(reads) == 1:
            user_figures.forget_cached()  # a save lands while this read is under way
        return (pd.DataFrame(), pd.DataFrame(), pd.DataFrame(), ""), f"read {len(reads)}"

    monkeypatch.setattr(user_figures, "_read", read)
    user_figures.forget_cached()
    assert user_figures._saved(location)[1] == "read 1"   # served to the viewer who read it ...
    assert user_figures._saved(location)[1] == "read 2"   # ... but not kept: the next run reads again
    assert user_figures._saved(location)[1] == "read 2"   # and that one is kept
    user_figures.forget_cached()


def test_a_broken_procurements_table_leaves_the_other_pages_working(monkeypatch, tmp_path):
    """The tables are read when a view first asks for one: the tenders page says what is wrong, carers works."""
    import shutil

    from data import paths

    data = tmp_path / "data"
    shutil.copytree(paths.data_dir(), data, ignore=shutil.ignore_patterns("*.py", "__pycache__", "specs", "ingest",
                                                                          "userdb"))
    (data / "procurements.csv").write_text("procurement_id,doc_id\nbroken\n", encoding="utf-8")
    monkeypatch.setenv("CMA_DATA_DIR", str(data))
    carers = run_page("pages/carers.py")
    assert not carers.exception and not carers.error
    tenders = run_page("pages/tenders.py")
    assert not tenders.exception
    assert [e.value for e in tenders.error][0].startswith("The procurement table cannot be read")


def test_unchanged_analysts_rows_read_again_keep_their_version():
    """After the TTL the store is read again: equal rows must give the same version (else every view is rebuilt),
    whichever string objects the new frames hold."""
    import pandas as pd

    def read() -> tuple:
        names = ["".join(["Ash", "by"]) for _ in range(3)]  # equal strings, distinct objects
        frame = pd.DataFrame({"area_name": names, "value": [1.0, 2.0, 3.0]})
        return frame, frame.iloc[:0], frame.iloc[:0], ""

    shared = "Ashby"
    same_object = pd.DataFrame({"area_name": [shared] * 3, "value": [1.0, 2.0, 3.0]})
    location = ("sqlite", "/tmp/x.db")
    assert user_figures._digest(location, read()) == user_figures._digest(location, read())
    assert user_figures._digest(location, read()) == user_figures._digest(
        location, (same_object, same_object.iloc[:0], same_object.iloc[:0], ""))
    changed = read()[0].assign(value=[1.0, 2.0, 4.0])
    assert user_figures._digest(location, read()) != user_figures._digest(
        location, (changed, changed.iloc[:0], changed.iloc[:0], ""))
