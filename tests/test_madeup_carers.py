"""Carers page on a made-up county (tests/fixtures/madeup): nothing on the page may assume Kent.

Glenmarsh has four districts with carer counts and shares for 2016 (estimates) and 2021 (counts);
its 2021 total (42,080) is not the sum of its districts (42,200). Port Sallow has one figure.
"""
from __future__ import annotations

import pytest

from tests.conftest import run_page
from tests.theme_helpers import COUNTY, DISTRICTS, UNITARY, card, chart_rows, map_values, metrics, table_with, texts, values

PAGE = "pages/carers.py"


def test_the_picker_lists_the_authorities_with_carer_figures_and_opens_on_the_county(madeup, madeup_measures):
    at = run_page(PAGE)
    assert not at.exception, [e.value for e in at.exception]
    picker = at.selectbox(key="ctl_area")
    assert picker.options == ["Glenmarsh", "Port Sallow"] and picker.value == COUNTY
    assert map_values(at, "carers_map") == values(madeup_measures, "carers_unpaid_pct", "2016")
    shown = metrics(at)
    assert shown["Unpaid carers, Glenmarsh"] == "40,400" and shown["Sum of 4 districts"] == "40,400"
    assert "Total minus sum" not in shown  # 2016 adds up
    assert shown["Share, Glenmarsh"] == "10.9%" and shown["Share, England"] == "10.3%"
    assert shown["Highest share"] == "12.3%" and card(at, "Highest share").caption == "Highest in Dunmere"
    # figures before 2019 are drawn on the 2013 boundaries
    assert any("Boundaries: 2013 vintage" in t for t in texts(at))
    table = table_with(at, "District").set_index("District")
    assert table.loc["Corrow", "Unpaid carers (people)"] == "7,300" and table.loc["Corrow", "Share of population (%)"] == "9.1%"
    assert "line 42" in table.loc["Corrow", "Source"]


def test_a_later_period_redraws_map_table_and_shows_the_total_that_does_not_add_up(madeup, madeup_measures):
    at = run_page(PAGE, query={"period": "2021"})
    assert not at.exception
    assert map_values(at, "carers_map") == values(madeup_measures, "carers_unpaid_pct", "2021")
    shown = metrics(at)
    assert shown["Unpaid carers, Glenmarsh"] == "42,080" and shown["Sum of 4 districts"] == "42,200"
    assert shown["Total minus sum"] == "-120"
    assert any("total is not the sum of its districts" in t for t in texts(at))
    assert any("Boundaries: 2023 vintage" in t for t in texts(at))
    assert "Dashed lines: Glenmarsh: 11.2%, 2021; England: 8.9%, 2021, from the same table." in texts(at)


def test_choosing_the_period_and_the_change_controls_update_the_url(madeup, madeup_measures):
    at = run_page(PAGE)
    at.segmented_control(key="ctl_period").set_value("2021").run()
    assert at.query_params["period"] in ("2021", ["2021"])
    at.segmented_control(key="ctl_change").set_value("count").run()
    assert at.query_params["change"] in ("count", ["count"])
    change = {r["area_code"]: r["change"] for r in chart_rows(at, "Dot plot of unpaid carers")}
    before, after = values(madeup_measures, "carers_unpaid", "2016"), values(madeup_measures, "carers_unpaid", "2021")
    assert change == {c: after[c] - before[c] for c in DISTRICTS}


def test_an_authority_with_a_single_figure_gets_a_card_and_no_map(madeup):
    at = run_page(PAGE, query={"area": UNITARY})
    assert not at.exception
    assert at.selectbox(key="ctl_area").value == UNITARY
    assert not at.get("deck_gl_json_chart") and not any("by district" in s.value for s in at.subheader)
    assert "about 14,000 people" in metrics(at).values()
    assert any("Port Sallow" in t and "districts" in t for t in texts(at))


def test_picking_an_authority_writes_it_to_the_url(madeup):
    at = run_page(PAGE)
    at.selectbox(key="ctl_area").set_value(UNITARY).run()
    assert not at.exception and at.query_params["area"] in (UNITARY, [UNITARY])
    at.selectbox(key="ctl_area").set_value(COUNTY).run()
    assert "area" not in at.query_params  # the default is left out of the link


@pytest.mark.parametrize("bad", ["E99999999", "<script>alert(1)</script>", "E07000901"])
def test_an_unknown_or_unpickable_area_in_the_link_is_ignored_with_a_note(madeup, bad):
    at = run_page(PAGE, query={"area": bad})
    assert not at.exception
    assert any("`area` value was not recognised" in c.value for c in at.caption)
    assert at.selectbox(key="ctl_area").value == COUNTY
    assert not any("<script>" in t for t in texts(at))


def test_presenter_mode_keeps_the_linked_authority_and_period_without_controls(madeup, madeup_measures):
    at = run_page(PAGE, query={"present": "1", "period": "2021", "area": COUNTY})
    assert not at.exception
    assert not at.selectbox and not at.get("button_group") and not at.get("download_button")
    assert "**Authority: Glenmarsh**" in texts(at) and any("Period: 2021" in t for t in texts(at))
    assert map_values(at, "carers_map") == values(madeup_measures, "carers_unpaid_pct", "2021")


def test_every_chart_and_the_map_download_as_png_with_the_authoritys_name(madeup, downloads):
    at = run_page(PAGE)
    assert not at.exception
    names = sorted(downloads)
    assert any(n.startswith("unpaid-carers-share-of-population-by-district-of-glenmarsh") for n in names), names
    for name, build in downloads.items():
        png = build()
        assert png[:8] == b"\x89PNG\r\n\x1a\n", name


def test_the_interactive_map_is_on_request_and_a_clicked_district_filters_the_table(madeup, monkeypatch):
    from components import district_view

    at = run_page(PAGE)
    assert not at.get("deck_gl_json_chart")  # no WebGL map unless asked for
    at.toggle(key="carers_pick_on").set_value(True).run()
    assert not at.exception and len(at.get("deck_gl_json_chart")) == 1
    # what st.pydeck_chart's on_select returns when a viewer clicks Corrow
    real = district_view.interactive_map
    monkeypatch.setattr(district_view, "interactive_map", lambda joined, **kw: real(joined, **kw) and None or "E07000903")
    at.run()
    assert table_with(at, "District")["District"].tolist() == ["Corrow"]
