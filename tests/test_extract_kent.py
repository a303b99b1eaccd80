"""The Kent spec against the real Kent Market Position Statement (seed 002).

Expected figures are checked against the extraction AND against the seed file's own
line at each row's locator, so a value can never drift from what the document prints.
"""
from __future__ import annotations

import re
from dataclasses import replace

import pytest

from data.model import Extraction, MeasureRow, area_codes
from data.seeds import DocumentError
from data.specs import runner
from data.vocab import MEASURES, QUALIFIERS, SERVICE_CATEGORIES
from tests.extract_helpers import only

DOC = "kent-community-mps-2016"
KENT = "E10000016"
ENGLAND = "E92000001"


def one(ex: Extraction, **match: object) -> MeasureRow:
    return only(ex.measures, **match)


_WRITTEN = re.compile(r"(?<![\w.])£?(\d[\d,]*(?:\.\d+)?)\s*(million\b|m\b|k\b)?", re.IGNORECASE)


def written_values(line: str) -> set[float]:
    """Every number on a seed line, scaled as written ('£7m', '1.51 million', '£720k')."""
    out = set()
    for m in _WRITTEN.finditer(line):
        value = float(m.group(1).replace(",", ""))
        scale = {"million": 1e6, "m": 1e6, "k": 1e3}.get((m.group(2) or "").lower(), 1)
        out.add(round(value * scale, 6))
    return out


def test_rows_per_measure(ex: Extraction) -> None:
    counts: dict[str, int] = {}
    for r in ex.measures:
        counts[r.measure] = counts.get(r.measure, 0) + 1
    assert counts == {
        "carers_unpaid": 42, "carers_unpaid_pct": 42,
        "dementia_estimated": 34, "dementia_register": 8, "practice_population": 8,
        "dementia_prevalence_recorded": 8, "dementia_prevalence_estimated": 8,
        "dementia_diagnosis_rate": 16, "dementia_diagnosis_rate_change": 8, "dementia_diagnosis_target": 1,
        "population": 18, "common_mental_illness_estimated": 16,
        "personality_disorder_estimated": 26, "psychotic_disorder_estimated": 26,
        "activity_limitation": 78, "activity_limitation_pct": 80,
        "sensory_impairment_estimated": 130, "referrals_responded": 4, "autism_estimated": 2,
        "carers_investment": 1, "adult_social_care_budget": 3, "spend": 4, "self_funders_pct": 2,
        "people_supported": 20, "people_supported_pct": 3, "population_change_pct": 1,
        "providers": 4, "residential_placements": 1,
    }


def test_every_value_is_printed_on_its_line(ex: Extraction, seed: list[str]) -> None:
    for r in ex.measures:
        line = seed[r.line - 1]
        assert round(r.value, 6) in written_values(line), f"{r.value} not on line {r.line}: {line[:80]!r}"
        if "\t" in line:  # a table row: its label is the area as the document writes it
            assert line.split("\t")[0].strip() == r.area_name


def test_rows_follow_the_vocabulary(ex: Extraction) -> None:
    codes = area_codes()
    for r in ex.measures:
        assert r.area_code in codes, r
        assert r.qualifier in QUALIFIERS
        assert r.unit == MEASURES[r.measure].unit
        assert len(r.section.split()) <= 12
        assert r.locator.startswith(f"{ex.doc.info.seed_file}:L{r.line}")
    keys = [(r.area_code, r.measure, r.period, r.breakdown) for r in ex.measures]
    assert len(keys) == len(set(keys)), "the same figure was extracted twice"


def test_unpaid_carers(ex: Extraction, seed: list[str]) -> None:
    ashford = one(ex, area_name="Ashford", measure="carers_unpaid", period="2011")
    assert (ashford.value, ashford.area_code, ashford.qualifier) == (11811, "E07000105", "count")
    assert "11,811" in seed[ashford.line - 1]
    assert one(ex, area_name="Ashford", measure="carers_unpaid_pct", period="2011").value == 10.1
    assert one(ex, area_name="Ashford", measure="carers_unpaid_pct", period="2015").value == 10.2
    kent = one(ex, area_code=KENT, measure="carers_unpaid", period="2015")
    assert (kent.value, kent.qualifier) == (161391, "estimate")
    england = one(ex, area_code=ENGLAND, measure="carers_unpaid", period="2020")
    assert (england.value, england.qualifier) == (6010104, "projection")
    tm = one(ex, area_name="Tonbridge & Malling", measure="carers_unpaid_pct", period="2020")
    assert (tm.area_code, tm.value) == ("E07000115", 10.5)
    assert one(ex, area_code="E07000107", measure="carers_unpaid_pct", period="2020").value == 9.0


def test_dementia_by_district_and_ccg(ex: Extraction, seed: list[str]) -> None:
    total = one(ex, area_name="Total Kent", measure="dementia_estimated", period="2015")
    assert (total.area_code, total.value, total.breakdown) == (KENT, 23889, "adults")
    assert "23,889" in seed[total.line - 1]
    assert one(ex, area_name="Shepway", measure="dementia_estimated", period="2020").value == 1794

    wk = one(ex, area_name="West Kent", measure="dementia_register")
    assert (wk.area_code, wk.value, wk.qualifier, wk.period) == ("E38000199", 3576, "count", "2014/15")
    assert one(ex, area_code=KENT, measure="practice_population").value == 1525008
    assert one(ex, area_name="Thanet", measure="dementia_prevalence_estimated").value == 1.63
    assert one(ex, area_name="Ashford", measure="dementia_prevalence_recorded").value == 0.66
    cc = one(ex, area_name="Canterbury & Coastal", measure="dementia_diagnosis_rate", period="2014/15")
    assert (cc.area_code, cc.value) == ("E38000029", 64.42)
    assert one(ex, area_name="Swale", measure="dementia_diagnosis_rate", period="2013/14").value == 41.8
    assert one(ex, area_name="Swale", measure="dementia_diagnosis_rate_change").value == 19.33
    all_ages = one(ex, area_code=KENT, measure="dementia_estimated", breakdown="all ages")
    assert (all_ages.value, all_ages.line) == (20561, wk.line + 1)
    target = one(ex, measure="dementia_diagnosis_target")
    assert (target.area_code, target.value) == (ENGLAND, 67)


def test_mental_health(ex: Extraction) -> None:
    cmi = one(ex, area_name="NHS West Kent", measure="common_mental_illness_estimated", period="2021")
    assert (cmi.area_code, cmi.value, cmi.qualifier) == ("E38000199", 53402, "projection")
    pop = one(ex, area_name="Total", measure="population", period="2012")
    assert (pop.area_code, pop.value, pop.breakdown) == (KENT, 1087993, "aged 16-74")
    psy = one(ex, area_name="Tunbridge wells", measure="psychotic_disorder_estimated", period="2020")
    assert (psy.area_code, psy.value, psy.breakdown) == ("E07000116", 282, "aged 18-64")
    assert one(ex, area_code=KENT, measure="personality_disorder_estimated", period="2015").value == 7081


def test_activity_limitation_and_sensory(ex: Extraction) -> None:
    thanet = one(ex, area_name="Thanet", measure="activity_limitation", period="2011", breakdown="limited a lot")
    assert (thanet.value, thanet.qualifier) == (15369, "count")
    assert one(ex, area_name="Thanet", measure="activity_limitation_pct", period="2011",
               breakdown="limited a lot").value == 11.5
    assert one(ex, area_code=KENT, measure="activity_limitation", period="2020",
               breakdown="not limited").value == 1304134
    assert one(ex, area_code=ENGLAND, measure="activity_limitation_pct", breakdown="limited a lot").value == 8.4

    sensory = "sensory_impairment_estimated"
    assert one(ex, area_name="TOTAL KENT", measure=sensory, period="2015",
               breakdown="severe visual impairment").value == 529
    assert one(ex, area_code=KENT, measure=sensory, period="2015",
               breakdown="profound hearing impairment").value == 3697
    assert one(ex, area_name="Maidstone", measure=sensory, period="2020",
               breakdown="moderate-severe hearing impairment").value == 19189
    assert one(ex, area_name="Canterbury", measure=sensory, period="2020",
               breakdown="deafblind (all combined sensory impairment)").value == 1278


def test_prose_figures(ex: Extraction, seed: list[str]) -> None:
    carers = one(ex, measure="carers_investment")
    assert (carers.area_code, carers.value, carers.qualifier) == (KENT, 7_000_000, "budget")
    assert "£7m" in seed[carers.line - 1]
    pop = one(ex, area_code=KENT, measure="population", period="2014/15")
    assert pop.value == 1_510_000 and "1.51 million" in seed[pop.line - 1]
    assert one(ex, measure="people_supported", period="2014/15", breakdown="adults").value == 34424
    assert one(ex, measure="people_supported", period="2013/14", breakdown="mental health").value == 5324
    assert one(ex, measure="adult_social_care_budget", period="2015/16").value == 462_900_000
    assert one(ex, measure="population_change_pct").value == 5.6
    assert one(ex, measure="residential_placements").qualifier == "approximate"
    assert one(ex, measure="referrals_responded", breakdown="sensory services").value == 2440


def test_procurements(ex: Extraction, seed: list[str]) -> None:
    by_service = {p.service: p for p in ex.procurements}
    assert len(ex.procurements) == 19
    for p in ex.procurements:
        assert p.authority_code == KENT
        assert p.category in SERVICE_CATEGORIES
        assert p.status in {"planned", "procuring", "awarded", "live", "ended", "intended"}
        assert p.stages and all(s.parsed for s in p.stages.values())

    ices = by_service["Integrated Community Equipment Service"]
    assert ices.stages["contract_start"].earliest.isoformat() == "2015-11-30"
    assert ices.stages["contract_end"].earliest.isoformat() == "2020-11-30"
    assert ices.stages["extension_end"].latest.isoformat() == "2022-11-30"
    assert "30 November 2015" in seed[ices.line - 1]
    tecs = by_service["Technology Enabled Care Service (TECS)"]
    assert tecs.line > ices.line and tecs.stages["contract_end"].earliest == ices.stages["contract_end"].earliest

    grants = by_service["Older people's community grants (voluntary sector)"]
    assert grants.stages["contract_end"].text == "31st March 2016"
    assert grants.stages["extension_end"].earliest.isoformat() == "2017-03-31"
    carers_end = by_service["Carers' services (current contracts)"].stages["contract_end"]
    assert (carers_end.earliest.isoformat(), carers_end.latest.isoformat()) == ("2018-03-01", "2018-03-31")
    assert by_service["Holistic carers' support offer (co-produced)"].stages["contract_start"].earliest.isoformat() \
        == "2018-04-01"
    abuse = by_service["Integrated domestic abuse service"]
    assert abuse.stages["procurement_start"].text == "January 2016"
    assert abuse.stages["contract_start"].latest.isoformat() == "2016-07-31"
    mh = by_service["Community Mental Health and Wellbeing Service"]
    assert (mh.status, mh.category, mh.stages["award"].text) == ("awarded", "mental health", "January 2016")
    assert by_service["Voluntary sector infrastructure support"].stages["contract_start"].text == "by September 2016"

    # each date written in the document is on the procurement's line (or its range)
    for p in ex.procurements:
        first, _, last = re.search(r":L(\d+)(-(\d+))?", p.locator).groups()
        text = " ".join(seed[int(first) - 1:int(last or first)])
        for span in p.stages.values():
            written = re.sub(r"^(by|from)\s+", "", span.text, flags=re.IGNORECASE)
            if not re.search(r"\byears?\b", written):  # derived ends are "N years from ..."
                assert written.lower() in text.lower(), (p.service, span.text)


def test_document_findings(ex: Extraction, seed: list[str]) -> None:
    found = {(f.area_code, f.measure, f.line): f for f in ex.findings}
    assert all(f.check == "document" for f in ex.findings)
    thanet = next(f for f in ex.findings if f.area_code == "E38000184")
    assert thanet.observed == 14957 and thanet.period == "2012"
    referrals = next(f for f in ex.findings if f.measure == "referrals_responded")
    assert (referrals.expected, referrals.observed) == (2440, 2422)
    assert "2,440" in seed[referrals.line - 1]
    home_care = next(f for f in ex.findings if f.measure == "people_supported_pct")
    assert home_care.observed == 0.83 and "0.83" in seed[home_care.line - 1]
    assert any("September 2016" in f.message and "September 2017" in f.message for f in ex.findings)
    assert any(f.measure == "learning_disability_estimated" for f in ex.findings)
    assert len(found) == len(ex.findings)


def test_changed_document_fails_with_a_clear_message(ex: Extraction) -> None:
    lines = [line.replace("Unpaid Care Provision", "Unpaid care") for line in ex.doc.lines]
    with pytest.raises(DocumentError, match="Unpaid Care Provision"):
        runner.run(replace(ex.doc, lines=lines))
    lines = [line.replace("West Kent\t3,576", "Medway\t3,576") for line in ex.doc.lines]
    with pytest.raises(DocumentError, match="Medway"):
        runner.run(replace(ex.doc, lines=lines))
