"""Tenders and contracts page (AppTest): filters, the movable date, URL views and bad links."""
from __future__ import annotations

import json
from datetime import date

import pandas as pd
from streamlit.testing.v1 import AppTest

from components import timeline as tl
from components.timeline_chart import TODAY_LANE
from data import store
from tests.conftest import hollow_blocks, run_page
from tests.theme_helpers import cards

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
    return {c.label: c.value for c in cards(at)}


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
    assert next(c for c in cards(at) if c.label == "Open on 15 Mar 2019").caption == f"{certain} certainly, {possible} possibly"


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


def chart_data(at: AppTest) -> list[dict]:
    """Every row of every dataset the chart was sent with (Streamlit sends them as Arrow, beside the spec)."""
    import pyarrow as pa

    chart = at.get("vega_lite_chart")[0]
    return [row for ds in chart.proto.datasets for row in pa.ipc.open_stream(ds.data.data).read_all().to_pylist()]


def chart_rows(spec: dict) -> list[str]:
    """The chart's procurement rows (the blank first lane only names the selected date)."""
    lanes = next(layer["encoding"]["y"]["scale"]["domain"] for layer in spec["layer"]
                 if "scale" in layer["encoding"].get("y", {}))
    assert lanes[0] == TODAY_LANE
    return lanes[1:]


def test_misprinted_year_is_drawn_at_its_reading_with_the_text_and_the_finding():
    at = run_page(PAGE, query={"today": "2025-01-15"})
    procs = store.load_procurements()
    typo = procs[procs["contract_end_text"].str.contains("20025")].iloc[0]
    spec = chart_spec(at)
    assert any(row.startswith(typo["service"][:20]) for row in chart_rows(spec))
    data = chart_data(at)
    ringed = [r for r in data if r.get("printed")]
    assert ringed and all(r["href"].startswith("sources?tab=findings&finding=north-east-intentions-2024-L94") for r in ringed)
    assert f"printed “{typo['contract_end_text']}”" in {r["printed"] for r in ringed}
    note = next(m.value for m in at.markdown if "Dates read from a misprint" in m.value)
    assert "20025" in note and "2025" in note and "(sources?tab=findings&finding=" in note
    # no longer among the dates the timeline cannot place
    unplaced = table_with(at, "As written")
    assert typo["contract_end_text"] not in set(unplaced["As written"])


def test_the_finding_link_opens_the_finding_on_data_and_sources():
    at = run_page("pages/sources.py", query={"finding": "north-east-intentions-2024-L94-document"})
    assert not at.exception
    shown = at.info[0].value
    assert "The finding you followed" in shown and "20025" in shown and "line 94" in shown
    bad = run_page("pages/sources.py", query={"finding": "no-such-finding"})
    assert not bad.info and any("`finding`" in c.value for c in bad.caption)


def test_the_timeline_shows_the_next_18_months_unless_asked_for_every_date():
    from components.timeline_readings import misprint_readings, with_readings

    stored = store.load_procurements()
    procs = with_readings(stored, misprint_readings(stored, store.load_findings()))  # as the page draws them
    soon = chart_rows(chart_spec(run_page(PAGE, query={"today": "2019-03-15"})))
    every = chart_rows(chart_spec(run_page(PAGE, query={"today": "2019-03-15", "span": "all"})))
    in_view = tl.rows_in_view(procs, date(2019, 2, 15), date(2020, 9, 15))
    assert 0 < len(soon) == in_view["procurement_id"].nunique() < len(every)
    assert len(every) == tl.stage_windows(procs)["procurement_id"].nunique()


def test_presenter_rows_are_tall_enough_for_their_two_line_labels():
    at = run_page(PAGE, query={"present": "1", "today": "2019-03-15"})
    spec = chart_spec(at)
    size = spec["layer"][0]["encoding"]["y"]["axis"]["labelFontSize"]
    line = spec["layer"][0]["encoding"]["y"]["axis"]["labelLineHeight"]
    rows = len(chart_rows(spec))
    assert spec["height"] >= rows * (2 * line + 4) and line >= size


def test_presenter_row_labels_get_as_much_room_as_their_larger_type_needs():
    """Presenter mode's labels are half as large again; with the desktop's label width they were cut short
    ("South Tees All Ages Carer Support …")."""
    import re

    def label_room(query: dict) -> tuple[int, int]:
        axis = chart_spec(run_page(PAGE, query=query))["layer"][0]["encoding"]["y"]["axis"]
        return int(re.search(r"min\((\d+),", axis["labelLimit"]["expr"]).group(1)), axis["labelFontSize"]

    (normal_px, normal_size), (presenter_px, presenter_size) = (
        label_room({"today": "2019-03-15"}), label_room({"today": "2019-03-15", "present": "1"}))
    assert presenter_size > normal_size and presenter_px / normal_px >= presenter_size / normal_size


def test_presenter_mode_hides_controls_but_keeps_the_view():
    at = run_page(PAGE, query={"present": "1", "category": "home care", "today": "2019-03-15"})
    assert not at.exception
    assert not at.multiselect and not at.date_input
    assert not at.get("download_button")
    assert set(timeline_rows(at)["Category"]) == {"home care"}
    assert "Open on 15 Mar 2019" in metrics(at)
    chart_spec(at)


def test_presenter_mode_sends_no_empty_columns():
    """The filters and dates are not drawn in presenter mode, so no columns are sent to hold them."""
    at = run_page(PAGE, query={"present": "1"})
    assert not at.exception
    assert hollow_blocks(at.main) == 0


# A data grid on a 390x844 phone is 358 px wide (measured by tests/browser: the page's margins take 16 px a side),
# 356 px inside its border; Streamlit's grid wraps a cell's text only in rows taller than 4rem (64 px).
PHONE_GRID_INNER_PX = 356
WRAPPING_ROW_PX = 64


def test_every_text_column_fits_a_phone_and_long_text_wraps():
    """The unplaced dates' Service column was set 500 px wide (its longest name, capped only by the grid's own
    limit), wider than a phone's screen: a reader saw the first word or two of each service. Every text column of
    every table is now at most a phone's grid wide, and a table whose text needs more wraps it onto further lines."""
    at = run_page(PAGE, query={"today": "2019-03-15"})
    assert not at.exception, [e.value for e in at.exception]
    unplaced = next(df.proto for df in at.dataframe if "On the timeline" in df.value.columns)
    services = table_with(at, "On the timeline")["Service"]
    assert services.str.len().max() * 6 > PHONE_GRID_INNER_PX  # the case itself: a name longer than a phone's grid
    for table in at.dataframe:
        widths = {name: c.get("width") for name, c in json.loads(table.proto.columns).items() if c.get("width")}
        assert widths and max(widths.values()) <= PHONE_GRID_INNER_PX, widths
    assert unplaced.row_height > WRAPPING_ROW_PX


def test_the_chart_says_how_many_of_those_open_it_draws_and_why_not_the_rest():
    """'Open on' counts every running procurement; the chart draws only those with a date it can place in the months
    shown. The reader is told the difference, never left to count rows against the card."""
    at = run_page(PAGE, query={"today": "2026-11-27"})
    opened = int(metrics(at)["Open on 27 Nov 2026"])
    drawn = set(chart_rows(chart_spec(at)))
    open_list = table_with(at, "How sure")
    assert len(open_list) == opened
    on_chart = sum(any(row.startswith(service[:20]) for row in drawn) for service in open_list["Service"])
    note = next(m.value for m in at.markdown if "How to read it" in m.value)
    if on_chart == opened:
        assert "Of the" not in note
    else:
        assert f"Of the {opened} open on 27 Nov 2026, {on_chart} " in note
        assert f"{opened - on_chart} ha" in note and "*Open on 27 Nov 2026* below" in note
        every = run_page(PAGE, query={"today": "2026-11-27", "span": "all"})
        assert "Of the" not in next(m.value for m in every.markdown if "How to read it" in m.value)


def test_the_open_not_drawn_sentence_agrees_in_number():
    from components.timeline_chart import open_not_drawn_text

    assert open_not_drawn_text({"a", "b"}, {"a", "b", "c"}, "1 Jan 2027", 18) == ""
    one = open_not_drawn_text({"a", "b"}, {"a"}, "1 Jan 2027", 18)
    assert "Of the 2 open on 1 Jan 2027, 1 is drawn here; 1 has no date in these months" in one
    assert "every date" in one
    assert "every date" not in open_not_drawn_text({"a", "b"}, {"a"}, "1 Jan 2027", 18, control_shown=False)
    none = open_not_drawn_text({"a", "b", "c"}, set(), "1 Jan 2027", None)
    assert "none is drawn here; 3 have no date the chart can place" in none and "every date" not in none
