"""The Bournemouth, Poole & Dorset spec against the real 2015 document (seed 003).

Values are checked against the seed text read at run time, and the tables are checked
against themselves (age bands add up to the 65+ rows, job roles add up to the totals),
so a wrong column or row shows up as a failure rather than a plausible number.
"""
from __future__ import annotations

import re
from collections import Counter
from datetime import date

import pytest

from data.model import Extraction, MeasureRow, area_codes
from data.seeds import document_info, seeds_dir
from tests.extract_helpers import only

DOC = "bpd-mps-2015"
BOURNEMOUTH, POOLE, DORSET, ENGLAND = "E06000028", "E06000029", "E10000009", "E92000001"
PAN_DORSET = "PAN-DORSET"  # the three councils together (= NHS Dorset CCG)


@pytest.fixture(scope="module")
def seed_lines() -> list[str]:
    path = seeds_dir() / document_info(DOC).seed_file
    return path.read_text(encoding="utf-8").splitlines()


def one(ex: Extraction, **where: object) -> MeasureRow:
    return only(ex.measures, **where)


def value(ex: Extraction, **where: object) -> float:
    return one(ex, **where).value


EXPECTED_COUNTS = {
    "population": 72, "care_homes": 17, "residential_placements": 5,
    "residential_placements_out_of_area": 3, "residential_contracts": 3,
    "extra_care_units": 3, "extra_care_schemes": 2, "extra_care_units_planned": 1,
    "extra_care_schemes_planned": 1, "sheltered_housing_units": 3, "sheltered_housing_schemes": 1,
    "supported_housing_units": 34, "supported_housing_schemes": 8, "providers": 10,
    "people_supported": 6, "people_supported_pct": 2, "spend": 5,
    "workforce_staff": 24, "workforce_pct": 18, "workforce_vacancies": 6,
    "workforce_vacancy_rate_pct": 6, "workforce_starters": 6, "workforce_starters_pct": 6,
    "workforce_leavers": 6, "workforce_turnover_pct": 7,
    "dementia_estimated": 1, "care_demand_change_pct": 4,
    "carers_referrals": 1, "carers_known": 1, "carers_assessed": 1,
}


def test_row_counts_per_measure(ex: Extraction) -> None:
    assert dict(Counter(r.measure for r in ex.measures)) == EXPECTED_COUNTS


def test_each_figure_has_one_row(ex: Extraction) -> None:
    keys = Counter((r.area_code, r.measure, r.period, r.breakdown) for r in ex.measures)
    assert [k for k, n in keys.items() if n > 1] == []


def test_area_codes_are_registered(ex: Extraction) -> None:
    used = {r.area_code for r in ex.measures} | {c for p in ex.procurements for c in p.authority_code.split("|")}
    assert used <= area_codes()
    assert {BOURNEMOUTH, POOLE, DORSET, ENGLAND} <= used
    assert {r.area_name for r in ex.measures if r.area_code == PAN_DORSET} == {"Bournemouth, Poole and Dorset"}


# --- every figure is written on its locator line -----------------------------------

WORDS = {0: ("no",), 1: ("one",), 2: ("two",), 4: ("four",)}


def _renderings(v: float) -> set[str]:
    a = abs(v)
    out = {f"{a:.1f}", f"{a:,.1f}"}
    if a.is_integer():
        out |= {f"{a:.0f}", f"{a:,.0f}"}
        if a >= 1000 and a % 1000 == 0:
            out.add(f"{a / 1000:.0f}k")
        out |= set(WORDS.get(int(a), ()))
    return out


def _written(v: float, line: str) -> bool:
    return any(re.search(rf"(?<![\d.,]){re.escape(r)}(?!\d)", line, re.IGNORECASE) for r in _renderings(v))


def test_every_value_is_written_on_its_line(ex: Extraction, seed_lines: list[str]) -> None:
    seed_file = document_info(DOC).seed_file
    for r in ex.measures:
        assert r.locator.startswith(f"{seed_file}:L{r.line}")
        assert _written(r.value, seed_lines[r.line - 1]), (r.measure, r.area_name, r.value, r.line)


def test_sample_rows_quote_the_seed(ex: Extraction, seed_lines: list[str]) -> None:
    for where, text in (
        (dict(area_code=BOURNEMOUTH, measure="population", period="2015", breakdown="aged 65+"), "34,900"),
        (dict(area_code=DORSET, measure="care_homes", breakdown=""), "182"),
        (dict(area_code=DORSET, measure="extra_care_units"), "195 units in four schemes"),
        (dict(area_code=PAN_DORSET, measure="workforce_turnover_pct", breakdown=""), "22.9%"),
        (dict(area_code=DORSET, measure="spend", breakdown="external day services, learning disabilities"), "£789,600"),
        (dict(area_code=POOLE, measure="carers_assessed"), "1,111"),
    ):
        assert text in seed_lines[one(ex, **where).line - 1]


# --- values from every table ----------------------------------------------------------

def test_adult_population(ex: Extraction) -> None:
    pop = dict(measure="population")
    assert value(ex, area_code=BOURNEMOUTH, period="2015", breakdown="aged 65+", **pop) == 34900
    assert value(ex, area_code=DORSET, period="2014", breakdown="aged 18-64", **pop) == 224500
    assert value(ex, area_code=POOLE, period="2020", breakdown="aged 18-64", **pop) == 90000
    assert one(ex, area_code=POOLE, period="2020", breakdown="aged 65+", **pop).qualifier == "projection"
    assert one(ex, area_code=POOLE, period="2014", breakdown="aged 65+", **pop).qualifier == "estimate"


def test_age_bands_add_up_to_the_65_plus_rows(ex: Extraction) -> None:
    bands = ("aged 65-69", "aged 70-74", "aged 75-79", "aged 80-84", "aged 85-89", "aged 90+")
    assert value(ex, area_code=DORSET, measure="population", period="2020", breakdown="aged 90+") == 8300
    assert value(ex, area_code=POOLE, measure="population", period="2014", breakdown="aged 70-74") == 7000
    for code in (BOURNEMOUTH, DORSET, POOLE):
        for year in ("2014", "2015", "2020"):
            parts = sum(value(ex, area_code=code, measure="population", period=year, breakdown=b) for b in bands)
            assert parts == value(ex, area_code=code, measure="population", period=year, breakdown="aged 65+")


def test_care_homes_and_placements(ex: Extraction) -> None:
    assert value(ex, area_code=DORSET, measure="care_homes", breakdown="") == 182
    assert value(ex, area_code=POOLE, measure="care_homes", breakdown="nursing") == 16
    assert value(ex, area_code=BOURNEMOUTH, measure="care_homes", breakdown="learning disability") == 28
    assert not [r for r in ex.measures if r.area_code == POOLE and r.breakdown.startswith("substance")]
    assert value(ex, area_code=DORSET, measure="residential_placements_out_of_area") == 476
    assert value(ex, area_code=POOLE, measure="residential_contracts") == 146
    assert value(ex, area_code=BOURNEMOUTH, measure="residential_placements") == 853
    ccg = {r.period: r.value for r in ex.measures if r.area_code == PAN_DORSET and r.measure == "residential_placements"}
    assert ccg == {"May 2014": 605, "June 2014": 602}


def test_extra_care_and_housing(ex: Extraction) -> None:
    assert value(ex, area_code=DORSET, measure="extra_care_units") == 195
    assert value(ex, area_code=DORSET, measure="extra_care_schemes") == 4
    assert value(ex, area_code=DORSET, measure="extra_care_units_planned") == 50
    assert value(ex, area_code=POOLE, measure="extra_care_schemes") == 2
    assert value(ex, area_code=BOURNEMOUTH, measure="extra_care_units") == 209
    shelt = one(ex, area_code=DORSET, measure="sheltered_housing_units")
    assert (shelt.value, shelt.qualifier, shelt.breakdown) == (5000, "approximate", "older people")
    single = one(ex, area_code=DORSET, measure="supported_housing_units",
                 breakdown="single homelessness, drugs/alcohol and offenders")
    assert (single.value, single.line) == (100, 272)  # the cell wraps onto a line of its own
    assert value(ex, area_code=DORSET, measure="supported_housing_units", breakdown="teenage parents") == 0
    assert value(ex, area_code=POOLE, measure="supported_housing_schemes", breakdown="learning disability") == 10


def test_services_and_spend(ex: Extraction) -> None:
    assert value(ex, area_code=DORSET, measure="people_supported", breakdown="day services") == 1242
    assert value(ex, area_code=DORSET, measure="people_supported_pct") == 0.2
    assert value(ex, area_code=POOLE, measure="providers", breakdown="external day services") == 48
    assert value(ex, area_code=DORSET, measure="spend", breakdown="external day services, older people aged 65+") == 17000
    assert value(ex, area_code=BOURNEMOUTH, measure="spend") == 300000


def test_workforce(ex: Extraction) -> None:
    wf = dict(area_code=PAN_DORSET, period="2014")
    assert value(ex, measure="workforce_staff", breakdown="care worker", **wf) == 5845
    assert value(ex, measure="workforce_vacancy_rate_pct", breakdown="social worker", **wf) == 5.8
    assert value(ex, measure="workforce_starters", breakdown="", **wf) == 3221
    assert value(ex, measure="workforce_pct", breakdown="care worker, apprentice", **wf) == 0.3
    assert value(ex, measure="workforce_turnover_pct", area_code=ENGLAND) == 23.4
    roles = ("registered manager", "social worker", "senior care worker", "care worker", "other job role")
    for measure, kind in (("workforce_staff", ""), ("workforce_staff", "permanent"), ("workforce_vacancies", ""),
                          ("workforce_leavers", ""), ("workforce_starters", "")):
        parts = sum(value(ex, measure=measure, breakdown=", ".join(p for p in (r, kind) if p), **wf) for r in roles)
        assert parts == value(ex, measure=measure, breakdown=kind, **wf)
    for role in (*roles, ""):
        left = value(ex, measure="workforce_leavers", breakdown=role, **wf)
        staff = value(ex, measure="workforce_staff", breakdown=role, **wf)
        assert round(100 * left / staff, 1) == value(ex, measure="workforce_turnover_pct", breakdown=role, **wf)


def test_prose_figures(ex: Extraction) -> None:
    assert value(ex, area_code=ENGLAND, measure="dementia_estimated") == 670000
    demand = {r.breakdown: (r.value, r.qualifier) for r in ex.measures if r.measure == "care_demand_change_pct"}
    assert demand["residential care only"] == (-75, "approximate")
    assert demand["nursing care with dementia"] == (40, "projection")
    assert value(ex, area_code=BOURNEMOUTH, measure="carers_referrals") == 609
    assert value(ex, area_code=POOLE, measure="carers_known") == 1714


# --- procurements and findings ----------------------------------------------------------

def test_procurements(ex: Extraction, seed_lines: list[str]) -> None:
    by_line = {p.line: p for p in ex.procurements}
    assert sorted(by_line) == [98, 283, 347, 355, 357, 360, 377, 518]
    lats = by_line[377]
    assert (lats.authority_code, lats.status) == (BOURNEMOUTH, "planned")
    assert lats.stages["contract_start"].earliest == date(2015, 7, 1)
    assert "July 2015" in seed_lines[376]
    assert by_line[283].stages["contract_end"].text == "2013"
    retender = by_line[98]
    assert retender.category == "home care" and retender.stages["contract_start"].earliest is None
    assert "new financial year" in seed_lines[97]
    assert by_line[518].authority_code == f"{BOURNEMOUTH}|{POOLE}"
    assert {p.status for p in ex.procurements} <= {"planned", "procuring", "awarded", "live", "ended", "intended"}


def test_document_findings(ex: Extraction, seed_lines: list[str]) -> None:
    homes = {f.area_code: (f.expected, f.observed) for f in ex.findings if f.measure == "care_homes"}
    assert homes == {BOURNEMOUTH: (151, 123), DORSET: (212, 182), POOLE: (49, 36)}
    lines = {f.line for f in ex.findings}
    assert {212, 216, 249, 267, 282, 373} == lines
    young = next(f for f in ex.findings if f.line == 282)
    assert (young.expected, young.observed) == (148, 30 + 10 + 8)  # the stated whole vs its listed parts
    assert all(n in seed_lines[281] for n in ("148", "30 high", "10 high", "8 specialist"))
    assert "376" in seed_lines[215] and "1845" in seed_lines[372]
    assert all(f.check == "document" and f.severity in {"info", "warning"} for f in ex.findings)
