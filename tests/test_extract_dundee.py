"""Dundee market facilitation strategy: population prose, the investment table and its totals."""
from __future__ import annotations

from collections import Counter

import pytest

from data.model import area_codes
from tests.extract_helpers import only

DOC = "dundee-market-facilitation-2017"
DUNDEE = "S12000042"


def one(ex, measure: str, period: str, breakdown: str = ""):
    return only(ex.measures, measure=measure, period=period, breakdown=breakdown)


def test_row_counts(ex):
    assert Counter(m.measure for m in ex.measures) == {
        "investment": 19, "population": 3, "population_change_pct": 2, "spend": 1,
    }
    assert Counter(m.period for m in ex.measures if m.measure == "investment") == {"2016/17": 10, "2017/18": 9}
    assert len(ex.procurements) == 1


def test_investment_table(ex, seed):
    assert one(ex, "investment", "2016/17", "Health Inequalities").value == 63
    assert one(ex, "investment", "2017/18", "Health Inequalities").value == 523
    assert one(ex, "investment", "2016/17", "Early Intervention/Prevention").value == 2110
    assert one(ex, "investment", "2017/18", "Carers").value == 249
    assert one(ex, "investment", "2016/17", "Changed Models of Support, Pathways of Care").value == 2035
    assert one(ex, "investment", "2017/18", "Provision for Further Projects").value == 1396
    assert one(ex, "investment", "2016/17").value == 5844  # the Total row
    assert one(ex, "investment", "2017/18").value == 6412
    # the 2017/18 cell for person centred care is a dash: no row rather than a made-up zero
    assert not [m for m in ex.measures if m.period == "2017/18" and m.breakdown == "Person Centred Care & Support"]
    person = one(ex, "investment", "2016/17", "Person Centred Care & Support")
    assert seed[person.line - 1].rstrip().endswith("-")
    assert {m.unit for m in ex.measures if m.measure == "investment"} == {"gbp_thousands"}


def test_totals_that_do_not_add_up_are_reported(ex):
    for period in ("2016/17", "2017/18"):
        parts = sum(m.value for m in ex.measures if m.measure == "investment" and m.period == period and m.breakdown)
        total = one(ex, "investment", period)
        [f] = [f for f in ex.findings if f.period == period]
        assert (f.check, f.expected, f.observed, f.line) == ("document", parts, total.value, total.line)
        assert parts - total.value == 1 and f.severity == "info"


def test_population_and_budget_prose(ex):
    assert one(ex, "population", "2037").value == 170_811
    assert one(ex, "population_change_pct", "2014-2037").value == 15
    assert one(ex, "population", "2017", "aged 16-64").value == 98_706
    assert one(ex, "population", "2037", "aged 16-64").qualifier == "projection"
    assert one(ex, "spend", "2017", "health and social care (annual)").value == 249_000_000


@pytest.mark.parametrize("measure,period,breakdown,written", [
    ("population", "2037", "", "170,811"),
    ("population", "2037", "aged 16-64", "107,815"),
    ("population_change_pct", "2017-2037", "aged 16-64", "9%"),
    ("spend", "2017", "health and social care (annual)", "£249 million"),
    ("investment", "2016/17", "Building Capacity", "401"),
    ("investment", "2017/18", "Managing Our Resources Effectively", "25"),
    ("investment", "2017/18", "", "6,412"),
])
def test_figure_is_written_on_its_locator_line(ex, seed, measure, period, breakdown, written):
    row = one(ex, measure, period, breakdown)
    assert written in seed[row.line - 1]


def test_intended_tender_is_undated(ex, seed):
    [p] = [p.as_dict() for p in ex.procurements]
    assert (p["authority_code"], p["status"], p["category"]) == (DUNDEE, "intended", "other")
    assert not any(p[k] for k in p if k.endswith(("_text", "_earliest", "_latest")))
    assert "Tender and commission" in seed[p["line"] - 1]


def test_area_codes_are_registered(ex):
    assert {m.area_code for m in ex.measures} | {p.authority_code for p in ex.procurements} <= area_codes()
