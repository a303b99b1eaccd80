"""Tenders and contracts page (AppTest): filters, the movable date, URL views and bad links."""
from __future__ import annotations

import json
from datetime import date

import pandas as pd
from streamlit.testing.v1 import AppTest

from components import timeline as tl
from data import store
from tests.conftest import run_page

PAGE = "pages/tenders.py"


def table_with(at: AppTest, column: str) -> pd.DataFrame:
    """The first table on the page that has `column` (tables are told apart by their headings)."""
    for df in at.dataframe:
        if column in df.value.columns:
            return df.value
    raise AssertionError(f"no table with a {column!r} column")


def timeline_rows(at: AppTest) -> pd.DataFrame:
    return table_with(at, "Procurement starts")


def metrics(at: AppTest) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def chart_spec(at: AppTest) -> dict:
    charts = at.get("vega_lite_chart")
    assert charts, "the timeline chart is not on the page"
    return json.loads(charts[0].proto.spec)


def test_page_loads_with_chart_metrics_and_every_row():
    at = run_page(PAGE, query={"today": "2019-03-15"})
    assert not at.exception, [e.value for e in at.exception]
    assert at.title[0].value == "Tenders and contracts"
    procs = store.load_procurements()
    assert len(timeline_rows(at)) == len(procs)
    assert set(metrics(at)) == {"Open on 15 Mar 2019", "Starting within 6 months", "Ending within 6 months"}
    spec = chart_spec(at)
    assert spec["layer"][0]["encoding"]["x"]["title"].startswith("Date")
    assert len(at.get("download_button")) == 3  # PNG, CSV, calendar


def test_category_filter_changes_the_rows_and_the_url():
    at = run_page(PAGE, query={"today": "2019-03-15"})
    before = timeline_rows(at)
    at.multiselect(key="ctl_category").set_value(["home care"]).run()
    after = timeline_rows(at)
    expected = store.load_procurements().query("category == 'home care'")
    assert 0 < len(after) < len(before)
    assert len(after) == len(expected)
    assert set(after["Category"]) == {"home care"}
    assert set(after["Service"]) == set(expected["service"])
    assert at.query_params["category"] in ("home care", ["home care"])


def test_authority_filter_keeps_joint_contracts():
    at = run_page(PAGE)
    at.multiselect(key="ctl_authority").set_value(["E06000003"]).run()  # Redcar and Cleveland
    rows = timeline_rows(at)
    assert len(rows) > 0 and all("Redcar and Cleveland" in a for a in rows["Authorities"])


def test_moving_the_date_changes_open_starting_and_ending():
    at = run_page(PAGE, query={"today": "2019-03-15"})
    first = metrics(at)
    open_2019 = table_with(at, "Phase")
    assert "Handy Person Service" in set(open_2019["Service"])
    at.date_input(key="ctl_today").set_value(date(2025, 6, 1)).run()
    second = metrics(at)
    assert "Open on 1 Jun 2025" in second and second != first
    open_2025 = table_with(at, "Phase")
    assert "Handy Person Service" not in set(open_2025["Service"])
    ending_tab = next(t for t in at.tabs if t.label == "Ending within 6 months")
    ending = ending_tab.dataframe[0].value
    assert "Home care for people aged 18+ (business partners and spot providers)" in set(ending["Service"])
    assert "November 2025" in set(ending["Date as written"])
    assert at.query_params["today"] in ("2025-06-01", ["2025-06-01"])


def test_soon_window_control_widens_the_lists():
    at = run_page(PAGE, query={"today": "2019-03-15"})
    six = int(metrics(at)["Starting within 6 months"])
    at.button_group(key="ctl_within").set_value("12").run()
    twelve = int(metrics(at)["Starting within 12 months"])
    assert twelve > six


def test_url_restores_the_date_view():
    at = run_page(PAGE, query={"today": "2019-03-15"})
    assert at.date_input(key="ctl_today").value == date(2019, 3, 15)
    procs, docs = store.load_procurements(), store.load_documents()
    expected = tl.open_at(tl.phases(procs, tl.document_coverage(docs)), date(2019, 3, 15))
    certain, possible = tl.level_counts(expected)
    assert metrics(at)["Open on 15 Mar 2019"] == str(certain + possible)
    assert f"{certain} certainly, {possible} possibly" in [c.value for c in at.caption]


def test_url_restores_the_category_view():
    at = run_page(PAGE, query={"category": "home care", "today": "2019-03-15"})
    assert at.multiselect(key="ctl_category").value == ["home care"]
    assert set(timeline_rows(at)["Category"]) == {"home care"}


def test_bad_url_values_are_ignored_with_a_note():
    at = run_page(PAGE, query={"today": "not-a-date", "category": "<script>alert(1)</script>"})
    assert not at.exception
    notes = [c.value for c in at.caption if "was not recognised" in c.value]
    assert any("`today`" in n for n in notes) and any("`category`" in n for n in notes)
    assert at.date_input(key="ctl_today").value == date.today()
    assert len(timeline_rows(at)) == len(store.load_procurements())
    assert all("<script>" not in c.value for c in at.caption)


def test_out_of_range_date_is_ignored():
    at = run_page(PAGE, query={"today": "1066-10-14"})
    assert any("`today`" in c.value and "was not recognised" in c.value for c in at.caption)


def test_undated_rows_are_listed_below_with_their_text():
    at = run_page(PAGE)
    unplaced = table_with(at, "As written")
    procs = store.load_procurements()
    typo = procs[procs["contract_end_text"].str.contains("20025")]
    assert len(typo) == 1
    listed = unplaced[unplaced["Service"] == typo.iloc[0]["service"]]
    assert typo.iloc[0]["contract_end_text"] in set(listed["As written"])
    assert (listed["On the timeline"] == "no").all()


def test_presenter_mode_hides_controls_but_keeps_the_view():
    at = run_page(PAGE, query={"present": "1", "category": "home care", "today": "2019-03-15"})
    assert not at.exception
    assert not at.multiselect and not at.date_input
    assert not at.get("download_button")
    assert set(timeline_rows(at)["Category"]) == {"home care"}
    assert "Open on 15 Mar 2019" in metrics(at)
    chart_spec(at)
