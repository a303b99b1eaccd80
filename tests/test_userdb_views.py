"""Analysts' saved figures on the views: merged beside the curated ones, marked, and hidden by the switch."""
from __future__ import annotations

import pandas as pd
import pytest

from components.user_figures import merge_documents, merge_measures, merge_procurements, overlaps, procurements_wide
from data import store as curated_store
from data.userdb import UserStore
from streamlit.testing.v1 import AppTest

from tests.conftest import run_page

DURHAM = "E06000047"
DOC = "Durham carers survey (made up)\nIn County Durham 61,234 people provide unpaid care.\n"


def analyst_rows(*rows: dict) -> pd.DataFrame:
    base = {"doc_id": "user-aaa", "area_code": DURHAM, "area_name": "County Durham", "measure": "carers_unpaid",
            "period": "2021", "value": 1.0, "unit": "people", "qualifier": "count", "breakdown": "", "line": 2,
            "section": "Analyst review", "locator": "x.txt:L2 · Analyst review", "source_kind": "analyst",
            "note": "", "source_text": "", "saved_at": "2026-11-25T10:00:00+00:00"}
    return pd.DataFrame([{**base, **r} for r in rows])


@pytest.fixture(scope="module")
def curated() -> pd.DataFrame:
    return curated_store.load_measures()


def test_analyst_rows_are_added_and_marked_and_curated_rows_keep_their_columns(curated):
    merged = merge_measures(curated, analyst_rows({"value": 61234.0}))
    assert len(merged) == len(curated) + 1
    assert list(merged.columns) == [*curated.columns, "source_kind"]
    assert merged["source_kind"].value_counts().to_dict() == {"curated": len(curated), "analyst": 1}
    assert merged.iloc[-1][["area_code", "value", "section"]].tolist() == [DURHAM, 61234.0, "Analyst review"]
    assert merge_measures(curated, None)["source_kind"].eq("curated").all()


def test_curated_figures_win_and_the_latest_analyst_figure_wins_among_analysts(curated):
    taken = curated.iloc[0]
    clash = {k: taken[k] for k in ("area_code", "measure", "period", "breakdown")}
    rows = analyst_rows({**clash, "value": -1.0},
                        {"value": 10.0, "saved_at": "2026-11-25T09:00:00+00:00", "doc_id": "user-old"},
                        {"value": 20.0, "saved_at": "2026-11-25T11:00:00+00:00", "doc_id": "user-new"})
    merged = merge_measures(curated, rows)
    added = merged[merged["source_kind"] == "analyst"]
    assert added["value"].tolist() == [20.0]
    assert not merged.duplicated(["area_code", "measure", "period", "breakdown"]).any()
    assert overlaps(curated, rows)["value"].tolist() == [-1.0]


def test_analyst_documents_are_named_as_analysts():
    docs = curated_store.load_documents()
    saved = pd.DataFrame([{"doc_id": "user-aaa", "authority": DURHAM, "filename": "survey.docx",
                           "saved_at": "2026-11-25T10:00:00+00:00", "reviewer": "A. Analyst"}])
    merged = merge_documents(docs, saved)
    row = merged.iloc[-1]
    assert (row["short_name"], row["authorities"], row["source_kind"]) == ("survey.docx (analyst)", DURHAM, "analyst")
    assert row["notes"] == "Added by an analyst on 2026-11-25; reviewed by A. Analyst"
    assert list(merged.columns) == [*docs.columns, "source_kind"]


def test_procurement_dates_become_one_contract_row_in_the_curated_shape():
    stages = pd.DataFrame([
        {"doc_id": "user-aaa", "authority": DURHAM, "service": "Home care", "stage": "contract_start",
         "date_text": "1 October 2026", "earliest": pd.Timestamp("2026-10-01"), "latest": pd.Timestamp("2026-10-01"),
         "term_months": 48, "line": 7, "locator": "t.txt:L7 · Analyst review"},
        {"doc_id": "user-aaa", "authority": DURHAM, "service": "Home care", "stage": "contract_end",
         "date_text": "derived", "earliest": pd.Timestamp("2030-09-30"), "latest": pd.Timestamp("2030-09-30"),
         "term_months": 48, "line": 8, "locator": "t.txt:L8 · Analyst review"},
    ])
    wide = procurements_wide(stages)
    assert len(wide) == 1
    row = wide.iloc[0]
    assert (row["procurement_id"], row["line"], row["contract_start_text"]) == ("user-aaa-L7", 7, "1 October 2026")
    assert row["contract_end_earliest"] == pd.Timestamp("2030-09-30") and pd.isna(row["award_earliest"])
    curated = curated_store.load_procurements()
    merged = merge_procurements(curated, stages)
    assert len(merged) == len(curated) + 1
    assert (merged.dtypes.drop("source_kind") == curated.dtypes).all()


# -- on the running app --------------------------------------------------------------------------------

@pytest.fixture
def saved_figure(monkeypatch, tmp_path):
    monkeypatch.setenv("CMA_USER_DB", str(tmp_path / "atlas.sqlite"))
    rows = pd.DataFrame([{"kind": "measure", "line": 2, "measure": "carers_unpaid", "area_code": DURHAM,
                          "area_name": "County Durham", "period": "2021", "value": 61234, "unit": "people",
                          "qualifier": "count", "breakdown": "", "text": DOC.splitlines()[1]}])
    UserStore().save_review(data=DOC.encode(), filename="durham-survey.txt", lines=DOC.splitlines(),
                            authority=DURHAM, rows=rows)


def sources_figures(at) -> pd.DataFrame:
    return at.dataframe[0].value


def test_the_views_show_a_saved_figure_marked_analyst_and_the_switch_hides_it(saved_figure, curated):
    at = run_page("pages/sources.py")
    assert not at.exception
    table = sources_figures(at)
    assert len(table) == len(curated) + 1
    mine = table[table["Document"] == "durham-survey.txt (analyst)"]
    assert mine[["Area code", "Section or table", "Line"]].values.tolist() == [[DURHAM, "Analyst review", 2]]
    toggle = at.toggle(key="ctl_analyst")
    assert toggle.value is True
    toggle.set_value(False).run()
    assert at.query_params["analyst"] in ("0", ["0"])
    assert len(sources_figures(at)) == len(curated)


def test_a_link_with_analyst_0_opens_without_them(saved_figure, curated):
    at = run_page("pages/sources.py", query={"analyst": "0"})
    assert not at.exception
    assert len(sources_figures(at)) == len(curated)
    assert at.toggle(key="ctl_analyst").value is False


def test_without_saved_figures_there_is_no_switch(curated):
    at = run_page("pages/sources.py")
    assert not at.exception and not at.toggle
    assert len(sources_figures(at)) == len(curated)


def test_a_broken_store_leaves_the_views_working_with_a_note(monkeypatch, curated):
    monkeypatch.setenv("CMA_DATABASE_URL", "mysql://u:secret@h/db")
    at = run_page("pages/sources.py")
    assert not at.exception
    assert len(sources_figures(at)) == len(curated)
    notes = [c.value for c in at.sidebar.caption if "Analysts' figures are not shown" in c.value]
    assert notes and "secret" not in notes[0]


def test_the_passage_behind_an_analysts_figure_comes_from_the_saved_document(saved_figure):
    def app():
        import pandas as pd

        from components.sources_view import locator_panel
        from data.userdb import UserStore

        doc_id = UserStore().documents()["doc_id"].iloc[0]
        row = pd.Series({"Figure": "Unpaid carers", "Area (as written)": "County Durham", "Period": "2021",
                         "Value": "61,234", "Document": "durham-survey.txt (analyst)", "Section or table": "Analyst review",
                         "Line": 2, "doc_id": doc_id})
        locator_panel(row, {})

    at = AppTest.from_function(app).run()
    assert not at.exception and not at.info
    assert "▶ 2 │ In County Durham 61,234 people provide unpaid care." in at.code[0].value
    assert "  1 │ Durham carers survey (made up)" in at.code[0].value


def test_the_switch_stays_off_on_the_next_page_though_page_links_drop_the_url_parameters(saved_figure, curated):
    at = run_page("pages/sources.py")
    at.toggle(key="ctl_analyst").set_value(False).run()
    for key in list(at.query_params):
        del at.query_params[key]               # what following a page link does to the URL
    at.switch_page("pages/sources.py")
    at.run()
    assert not at.exception
    assert at.toggle(key="ctl_analyst").value is False
    assert at.query_params["analyst"] in ("0", ["0"])
    assert len(sources_figures(at)) == len(curated)


def test_saved_tender_dates_reach_the_tenders_page(monkeypatch, tmp_path):
    from tests.userdb_support import document, procurement_rows

    monkeypatch.setenv("CMA_USER_DB", str(tmp_path / "atlas.sqlite"))
    data, lines = document("tender")
    UserStore().save_review(data=data, filename="tender.txt", lines=lines, authority=DURHAM, rows=procurement_rows())

    def app():
        import streamlit as st

        from components import data_access

        rows = data_access.procurements()
        mine = rows[rows["source_kind"] == "analyst"]
        st.write(f"{len(mine)}|{mine['contract_start_earliest'].iloc[0]:%Y-%m-%d}|"
                 f"{mine['contract_end_latest'].iloc[0]:%Y-%m-%d}|{mine['authority_code'].iloc[0]}")

    at = AppTest.from_function(app).run()
    assert not at.exception and at.markdown[0].value == f"1|2026-10-01|2030-09-30|{DURHAM}"
    at = run_page("pages/tenders.py")
    assert not at.exception and not at.error
