"""Dementia and extra care pages on the made-up county (tests/fixtures/madeup): nothing may assume Kent.

Glenmarsh's 2016 dementia total (6,862) is 37 more than its four districts (6,825); Corrow's
estimate falls between 2016 and 2021; two made-up CCGs give a rate and diagnosis rates.
"""
from __future__ import annotations

import pytest

from tests.conftest import run_page
from tests.theme_helpers import COUNTY, UNITARY, card, chart_rows, map_values, metrics, table_with, texts, values

DEMENTIA, EXTRA_CARE = "pages/dementia.py", "pages/extra-care.py"


def test_dementia_opens_on_the_county_with_its_total_that_does_not_add_up(madeup, madeup_measures):
    at = run_page(DEMENTIA)
    assert not at.exception, [e.value for e in at.exception]
    assert at.selectbox(key="ctl_area").options == ["Glenmarsh", "Port Sallow"]
    assert map_values(at, "dementia_map") == values(madeup_measures, "dementia_estimated", "2016")
    shown = metrics(at)
    assert shown["People with dementia, Glenmarsh (aged 65+)"] == "6,862"
    assert shown["Sum of 4 districts"] == "6,825" and shown["Total minus sum"] == "+37"
    assert any("Boundaries: 2013 vintage" in t for t in texts(at))
    assert any("Falls in Corrow" in t for t in texts(at))


def test_dementia_period_from_the_link_and_its_boundaries(madeup, madeup_measures):
    at = run_page(DEMENTIA, query={"period": "2021"})
    assert not at.exception
    assert map_values(at, "dementia_map") == values(madeup_measures, "dementia_estimated", "2021")
    assert "Total minus sum" not in metrics(at)
    assert any("Boundaries: 2023 vintage" in t for t in texts(at))
    assert any("2021 (projection)" in t for t in texts(at))


def test_dementia_rate_by_ccg_is_derived_and_diagnosis_is_against_the_target(madeup):
    at = run_page(DEMENTIA)
    table = table_with(at, "Estimated per 1,000 (derived)").set_index("Clinical commissioning group")
    assert table.loc["NHS North Glenmarsh CCG", "Estimated per 1,000 (derived)"] == f"{3300 / 210000 * 1000:.1f}"
    assert table.loc["NHS South Glenmarsh CCG", "Registered patients"] == "190,000"
    diagnosis = chart_rows(at, "diagnosis rate by CCG")
    assert {(r["area"], r["start"], r["end"]) for r in diagnosis if "start" in r} >= {
        ("NHS North Glenmarsh CCG", 65.2, 67.0), ("NHS South Glenmarsh CCG", 66.7, 63.9)}
    assert any("National target: 66.7%, 2021" in t for t in texts(at))


def test_dementia_for_a_unitary_with_an_estimate_and_a_projection_shows_them_paired(madeup):
    at = run_page(DEMENTIA, query={"area": UNITARY})
    assert not at.exception
    shown = card(at, value="1,900")
    assert shown.delta == "▲ rises to 2,600 by 2030 (projection)"
    assert not at.get("deck_gl_json_chart") and not any("by district" in t for t in texts(at))


def test_dementia_presenter_mode_and_png_downloads(madeup, madeup_measures, downloads):
    at = run_page(DEMENTIA, query={"present": "1", "period": "2021"})
    assert not at.exception and not at.selectbox and not at.get("download_button")
    assert map_values(at, "dementia_map") == values(madeup_measures, "dementia_estimated", "2021")
    assert not downloads
    at = run_page(DEMENTIA)
    assert any("glenmarsh" in name for name in downloads)
    for name, build in downloads.items():
        assert build()[:8] == b"\x89PNG\r\n\x1a\n", name


def test_extra_care_lists_every_authority_and_focuses_on_one(madeup, madeup_measures):
    at = run_page(EXTRA_CARE)
    assert not at.exception, [e.value for e in at.exception]
    picker = at.selectbox(key="ctl_area")
    assert picker.options == ["All authorities", "Glenmarsh", "Port Sallow"] and picker.value == "all"
    everyone = table_with(at, "Authority (year)")["Authority (year)"].tolist()
    assert "Port Sallow (2020)" in everyone and "Corrow (2021)" in everyone
    at.selectbox(key="ctl_area").set_value(COUNTY).run()
    assert not at.exception and at.query_params["area"] in (COUNTY, [COUNTY])
    table = table_with(at, "Authority (year)").set_index("Authority (year)")
    assert "Port Sallow (2020)" not in table.index
    assert table.loc["Ashwick Vale (2021)", "Existing"] == "120" and table.loc["Glenmarsh (2021)", "Planned"] == "150"
    assert not any("No figure of extra care units in this document for" in t for t in texts(at))


def test_extra_care_unknown_area_in_the_link_is_ignored_with_a_note(madeup):
    at = run_page(EXTRA_CARE, query={"area": "nowhere"})
    assert not at.exception
    assert any("`area` value was not recognised" in t for t in texts(at))
    assert at.selectbox(key="ctl_area").value == "all"


def test_extra_care_presenter_mode_names_the_authority(madeup):
    at = run_page(EXTRA_CARE, query={"present": "1", "area": UNITARY})
    assert not at.exception and not at.selectbox
    assert "**Authority: Port Sallow**" in texts(at)
    assert table_with(at, "Authority (year)")["Authority (year)"].tolist() == ["Port Sallow (2020)"]
