"""Round 15 (r15a) of the document proposer (data/ingest), each rule on made-up lines in the wordings of a Welsh
council's market stability report: a census year written before the figure ('At Census 2021, N'), a benchmark's
clause comparing the rate the clause before named ('well below the all-Wales rate of 61.2%', 'against 9.8 per 1,000
for Wales'), a rate written 'for every 1,000', carers a service 'knew of' and 'carers' needs assessments'."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

POWYS = "W06000023"
WALES = "W92000004"

measures, _dates = proposers_for(POWYS)

_got = figure_rows(measures)


def test_a_census_year_before_the_figure_and_a_comma_is_its_year():
    got = _got(["At Census 2021, 14,270 Powys residents aged 5 and over said they provided unpaid care. That is "
                "11.2% of residents aged five and over, higher than the figure for Wales (10.5%)."])
    assert ("carers_unpaid", POWYS, "2021", 14270.0) in got
    assert ("carers_unpaid_pct", WALES, "2021", 10.5) in got


def test_a_benchmark_clause_compares_the_rate_the_clause_before_named():
    got = _got(["This gives a dementia diagnosis rate of 53.6%, well below the all-Wales rate of 61.2%."])
    assert [g[:2] + g[3:] for g in got] == [("dementia_diagnosis_rate", POWYS, 53.6),
                                            ("dementia_diagnosis_rate", WALES, 61.2)]


def test_a_benchmark_clause_names_no_target_written_after_its_figure():
    got = _got(["The dementia diagnosis rate is 53.6%, below the all-Wales rate of 61.2% and below the national "
                "ambition."])
    assert ("dementia_diagnosis_rate", WALES) in [g[:2] for g in got]
    assert not [g for g in got if g[0] == "dementia_diagnosis_target"]


def test_for_every_1000_is_a_rate_and_its_base_no_figure():
    got = _got(["Powys has 7.6 extra care flats for every 1,000 people aged 75 and over, against 9.8 per 1,000 for "
                "Wales as a whole."])
    assert [g[:2] + g[3:] for g in got] == [("extra_care_units_per_1000_75plus", POWYS, 7.6),
                                            ("extra_care_units_per_1000_75plus", WALES, 9.8)]


def test_carers_a_service_knew_of_are_known_and_needs_assessments_are_assessments():
    got = _got(["In 2024/25 the council's carers service knew of 3,985 adult carers, and 1,140 carers' needs "
                "assessments were completed in the year."])
    assert got == [("carers_known", POWYS, "2024/25", 3985.0), ("carers_assessed", POWYS, "2024/25", 1140.0)]


def test_a_region_of_wales_is_not_wales():
    got = _got(["Powys has 2,990 people with dementia. By comparison, the West Wales Care Partnership expects around "
                "10,400 people with dementia in the Hywel Dda area by 2030."])
    assert [g[3] for g in got] == [2990.0]
    got = _got(["Powys has 2,990 people with dementia, against 45,000 in Wales."])
    assert ("dementia_estimated", WALES) in [g[:2] for g in got]


def test_a_strategys_approval_date_is_no_procurement_stage():
    lines = ["The carers contract ends on 31/03/2027.", "",
             "Cabinet approved the Commissioning Strategy for Older People 2025-2030 on 14 October 2025."]
    got = [(stage, str(earliest)) for _s, stage, earliest, _l in _dates(lines)]
    assert got == [("contract_end", "2027-03-31")]


def test_a_count_of_towns_with_a_population_over_a_size_is_no_population():
    got = _got(["Key facts", "", "•\tPopulation aged 65+ (Census 2021): 36,940",
                "•\tMarket towns with a population over 5,000: 6"])
    assert got == [("population", POWYS, "2021", 36940.0)]
