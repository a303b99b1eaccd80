"""Cross-checks of documents' figures against official tables: agreement passes, a planted difference is found."""
from __future__ import annotations

import pandas as pd
import pytest

from data.crosscheck import AGREES, DIFFERS, as_findings, cross_checks, load_crosschecks, tolerance
from data.model import FINDING_COLUMNS
from data.reference import load_reference

# A made-up county (E10999999) of four districts, as the area registry would list it.
AREAS = pd.DataFrame({
    "area_code": ["E10999999", "E07999991", "E07999992", "E07999993", "E07999994"],
    "parent_code": ["E92000001", "E10999999", "E10999999", "E10999999", "E10999999"],
    "boundary": ["dissolve", "lad", "lad", "lad", "lad"],
})
CARERS_2011 = {"E07999991": (1000, 10000), "E07999992": (2000, 16000), "E07999993": (1500, 12000),
               "E07999994": (500, 8000)}


def _official() -> pd.DataFrame:
    rows = []
    for code, (carers, residents) in CARERS_2011.items():
        for measure, breakdown, value in (("carers_unpaid", "", carers), ("population", "all ages", residents),
                                          ("carers_unpaid_pct", "", round(100 * carers / residents, 2))):
            rows.append({"area_code": code, "measure": measure, "breakdown": breakdown, "period": "2011",
                         "value": value, "unit": "percent" if measure.endswith("pct") else "people",
                         "universe": "all usual residents", "derivation": "", "table": "2011 Census QS301EW",
                         "attribution": "Source: Office for National Statistics, 2011 Census QS301EW, licensed "
                                        "under the Open Government Licence v3.0."})
    return pd.DataFrame(rows)


def _document(rows: list[tuple[str, str, str, str, str]]) -> pd.DataFrame:
    """A made-up document's figures as data/measures.csv holds them (values as text, as written)."""
    return pd.DataFrame([{
        "doc_id": "made-up-mps", "area_code": code, "area_name": name, "measure": measure, "period": "2011",
        "value": value, "unit": "people", "qualifier": qualifier, "breakdown": "", "line": str(40 + i),
        "section": "Carers by district", "locator": f"made-up.txt:L{40 + i} · Carers by district",
    } for i, (code, name, measure, value, qualifier) in enumerate(rows)])


def test_a_planted_difference_is_found_and_agreement_passes() -> None:
    doc = _document([
        ("E07999991", "Northby", "carers_unpaid", "1000", "count"),      # as the census
        ("E07999992", "Southby", "carers_unpaid", "2090", "count"),      # planted: 90 too many
        ("E07999993", "Eastby", "carers_unpaid_pct", "12.5", "count"),   # 1500 / 12000 = 12.5%
        ("E07999994", "Westby", "carers_unpaid_pct", "6.9", "count"),    # planted: census says 6.25%
        ("E10999999", "Made-up County", "carers_unpaid", "5000", "count"),  # sum of the four districts
    ])
    checks = pd.DataFrame(cross_checks(doc, _official(), AREAS)).set_index("area_code")
    assert checks.loc["E07999991", "result"] == AGREES
    assert checks.loc["E07999993", "result"] == AGREES
    assert checks.loc["E10999999", "result"] == AGREES
    assert checks.loc["E10999999", "official_derivation"].startswith("sum of 4 districts")
    planted = checks.loc["E07999992"]
    assert planted["result"] == DIFFERS
    assert (planted["document_value"], planted["official_value"], planted["difference"]) == (2090, 2000, -90)
    assert "2,090" in planted["message"] and "2,000" in planted["message"] and "90 fewer" in planted["message"]
    share = checks.loc["E07999994"]
    assert share["result"] == DIFFERS and share["official_value"] == 6.25
    assert "0.65 percentage points lower" in share["message"]


def test_differences_become_findings_with_both_values_and_both_sources() -> None:
    doc = _document([("E07999992", "Southby", "carers_unpaid", "2090", "count")])
    findings = as_findings(pd.DataFrame(cross_checks(doc, _official(), AREAS)))
    assert list(findings.columns) == list(FINDING_COLUMNS)
    f = findings.iloc[0]
    assert (f["expected"], f["observed"], f["difference"], f["line"]) == (2000, 2090, 90, 40)
    assert "made-up.txt:L40" in f["locator"] and "2011 Census QS301EW" in f["message"]
    assert "Open Government Licence" in f["message"]


def test_a_county_sum_needs_every_district() -> None:
    official = _official()
    official = official[official["area_code"] != "E07999994"]
    doc = _document([("E10999999", "Made-up County", "carers_unpaid", "5000", "count")])
    assert cross_checks(doc, official, AREAS) == []


def test_projections_and_other_periods_are_not_compared() -> None:
    doc = _document([("E07999992", "Southby", "carers_unpaid", "2090", "projection")])
    assert cross_checks(doc, _official(), AREAS) == []
    doc = _document([("E07999992", "Southby", "carers_unpaid", "2090", "count")]).assign(period="2015")
    assert cross_checks(doc, _official(), AREAS) == []


@pytest.mark.parametrize(("text", "qualifier", "column", "expected"), [
    ("11811", "count", 0, 0.5),
    ("59000", "approximate", 0, 500.0),
    ("10.1", "count", 0, 0.05),
    ("9", "count", 1, 0.05),  # '9' in a column of one-decimal shares is 9.0
])
def test_tolerance_is_half_the_documents_last_digit(text: str, qualifier: str, column: int, expected: float) -> None:
    assert tolerance(text, qualifier, column) == pytest.approx(expected)


def test_kent_2011_district_counts_are_checked_against_the_2011_census() -> None:
    checks = load_crosschecks()
    ashford = checks[(checks["area_code"] == "E07000105") & (checks["measure"] == "carers_unpaid")].iloc[0]
    # Kent MPS 2016 gives 11,811; QS301EW: 7,686 + 1,428 + 2,705 = 11,819 (all usual residents)
    assert (ashford["document_value"], ashford["official_value"]) == (11811, 11819)
    assert ashford["result"] == DIFFERS and ashford["official_universe"] == "all usual residents"
    kent = checks[(checks["area_code"] == "E10000016") & (checks["measure"] == "carers_unpaid")].iloc[0]
    assert kent["official_derivation"].startswith("sum of 12 districts")
    ref = load_reference()
    england = ref[(ref["area_code"] == "E92000001") & (ref["measure"] == "carers_unpaid") & (ref["period"] == "2011")
                  & (ref["breakdown"] == "")]
    row = checks[(checks["area_code"] == "E92000001") & (checks["measure"] == "carers_unpaid")].iloc[0]
    assert row["official_value"] == float(england["value"].iloc[0]) == 5_430_016
