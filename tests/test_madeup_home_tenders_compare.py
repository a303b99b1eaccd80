"""Home, Tenders, Compare and Data and sources on a made-up county: nothing assumes Kent.

The made-up folder (tests/fixtures/madeup) is copied and given two contracts, one with a
misprinted year and the data-quality finding that reads it, so the misprint's reading is
tested end to end on a council that does not exist.
"""
from __future__ import annotations

import shutil

import pandas as pd
import pytest

from data.model import FINDING_COLUMNS
from data.vocab import PROCUREMENT_COLUMNS
from tests.conftest import MADEUP, run_page
from tests.theme_helpers import card, cards


@pytest.fixture
def county(madeup, tmp_path, monkeypatch):
    folder = tmp_path / "madeup"
    shutil.copytree(MADEUP, folder)
    base = {c: "" for c in PROCUREMENT_COLUMNS}
    procs = pd.DataFrame([
        {**base, "procurement_id": "glenmarsh-mps-2022-L80", "doc_id": "glenmarsh-mps-2022",
         "authority_code": "E10000901", "service": "Glenmarsh carers' breaks", "category": "carers", "status": "live",
         "contract_start_text": "April 2021", "contract_start_earliest": "2021-04-01",
         "contract_start_latest": "2021-04-30", "contract_end_text": "March 20203", "line": 80,
         "section": "Carers", "locator": "glenmarsh_madeup.txt:L80 · Carers"},
        {**base, "procurement_id": "glenmarsh-mps-2022-L90", "doc_id": "glenmarsh-mps-2022",
         "authority_code": "E10000901", "service": "Glenmarsh home care framework", "category": "home care",
         "status": "procuring", "procurement_start_text": "Autumn 2022", "procurement_start_earliest": "2022-09-01",
         "procurement_start_latest": "2022-11-30", "line": 90, "section": "Home care",
         "locator": "glenmarsh_madeup.txt:L90 · Home care"},
    ], columns=list(PROCUREMENT_COLUMNS))
    procs.to_csv(folder / "procurements.csv", index=False)
    findings = pd.read_csv(MADEUP / "findings.csv", dtype=str, keep_default_na=False)
    extra = pd.DataFrame([{c: "" for c in FINDING_COLUMNS} | {
        "doc_id": "glenmarsh-mps-2022", "check": "document", "severity": "warning", "area_code": "E10000901",
        "message": "The carers' breaks contract ends in 'March 20203'; 2023 was most likely meant.",
        "line": "80", "locator": "glenmarsh_madeup.txt:L80 · Carers"}])
    pd.concat([findings, extra], ignore_index=True).to_csv(folder / "findings.csv", index=False)
    monkeypatch.setenv("CMA_DATA_DIR", str(folder))
    return folder


def test_home_has_headlines_and_tender_dates_for_the_made_up_county(county):
    at = run_page("pages/home.py")
    assert not at.exception, [e.value for e in at.exception]
    labels = [c.label for c in cards(at)]
    assert any(label.startswith("Glenmarsh") for label in labels)
    assert "Kent" not in " ".join(labels)
    latest = card(at, "Latest dated stage before today")
    assert latest.value == "1 September 2022 to 30 November 2022"  # 'Autumn 2022' as calendar dates


def test_tenders_draws_the_misprint_at_its_reading_and_links_the_finding(county):
    at = run_page("pages/tenders.py", query={"today": "2022-06-01"})
    assert not at.exception, [e.value for e in at.exception]
    note = next(m.value for m in at.markdown if "Dates read from a misprint" in m.value)
    assert "March 20203" in note and "March 2023" in note
    assert "(sources?tab=findings&finding=glenmarsh-mps-2022-L80-document)" in note
    sources = run_page("pages/sources.py", query={"finding": "glenmarsh-mps-2022-L80-document"})
    assert "March 20203" in sources.info[0].value


def test_tenders_in_presenter_mode_on_the_made_up_county(county):
    at = run_page("pages/tenders.py", query={"today": "2022-06-01", "present": "1"})
    assert not at.exception and at.get("vega_lite_chart")


def test_compare_defaults_to_the_authorities_with_figures(county):
    at = run_page("pages/compare.py")
    assert not at.exception, [e.value for e in at.exception]
    assert set(at.multiselect(key="ctl_areas").value) == {"E10000901", "E06000901"}
    assert any(c.proto.alt.startswith("Bar chart of figures in") for c in at.get("vega_lite_chart"))


def test_home_opens_the_theme_pages_at_the_made_up_county_it_is_given(county):
    at = run_page("pages/home.py", query={"for": "E10000901"})
    assert not at.exception, [e.value for e in at.exception]
    picker = next(s for s in at.selectbox if s.label == "Authority")
    assert picker.value == "E10000901"
    links = {link.proto.page: link.proto for link in at.main.get("page_link")}
    for page in ("carers", "dementia", "extra-care"):  # the county's documents give figures for each theme
        assert links[page].label.endswith(": Glenmarsh"), links[page].label
        assert "area=E10000901" in links[page].query_string
    assert links["tenders"].label == "Tenders and contracts" and not links["tenders"].query_string

    at = run_page("pages/home.py", query={"for": "E99999999"})  # an unknown code: a note, plain links
    assert not at.exception
    assert any("not recognised" in m.value for m in [*at.markdown, *at.caption, *at.info, *at.warning])
    assert not any(link.proto.query_string for link in at.main.get("page_link"))
