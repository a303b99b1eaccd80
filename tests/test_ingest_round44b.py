"""Round 44 (r44b) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a Word
document read as text gives (a paragraph a line, '- ' and '• ' bullets): a carers' strategy's 'carers in numbers'
mixes sources, and only the census's and the council's own counts are figures of ours: patients recorded as carers on
GP practice registers are no carers known to the council; Carer's Allowance claimants, carers who received a carer's
personal budget and the carers a survey was returned by count no carers; carers with words between them and 'look after
someone living with dementia' estimate no dementia; an aim to increase something 'by 15%' is no carers' share; a
bracketed benchmark after a share ruled out ('... said they had as much social contact as they would like
(England: 28.4%)') is no figure either; and 'when one of them needs more care' counts nothing."""
from __future__ import annotations

from tests.proposals import figure_rows, figure_rows_or_none, proposers_for

LUTON = "E06000032"

measures, dates = proposers_for(LUTON)
rows = figure_rows(measures)
rows_or_none = figure_rows_or_none(measures)


def test_patients_recorded_as_carers_on_gp_practice_registers_are_no_carers_known_to_the_council():
    got = rows(["Carers known to services", "",
                "GP practices in Luton had 4,310 patients recorded as carers on their practice registers in March 2024.", "",
                "During 2023/24, 3,900 carers were known to adult social care.", ""])
    assert got == [("carers_known", LUTON, "2023/24", 3900.0)]


def test_carers_allowance_claimants_are_no_unpaid_carers():
    got = rows_or_none(["Carers in numbers", "",
                "The DWP reports that 4,720 people in Luton were claiming Carer's Allowance in May 2024.", ""])
    assert got == []


def test_carers_who_received_a_carers_personal_budget_are_no_count_of_carers():
    got = rows_or_none(["Support for carers", "", "During 2023/24, 268 carers received a carers' personal budget.", ""])
    assert got == []


def test_the_carers_a_survey_was_returned_by_are_no_count_of_carers():
    got = rows_or_none(["What carers told us", "", "The Survey of Adult Carers in England 2023/24 was returned by 355 carers in Luton.", ""])
    assert got == []


def test_carers_who_look_after_someone_living_with_dementia_with_words_between_estimate_no_dementia():
    got = rows_or_none(["Dementia", "", "Around 1,450 unpaid carers across Luton look after someone living with dementia.", ""])
    assert got == []


def test_an_aim_to_increase_by_a_share_is_no_carers_share():
    got = rows_or_none(["Our priorities for carers", "", "- Increase the number of carers' breaks we fund by 15% each year.", ""])
    assert got == []


def test_a_bracketed_benchmark_after_a_ruled_out_share_is_no_figure_and_a_census_ones_still_is():
    got = rows(["Carers in numbers", "",
                "At the 2021 Census, 8.1% of Luton residents aged 5 and over gave unpaid care (England: 8.9%).", "",
                "• 27.9% of carers said they had as much social contact as they wanted (England: 28.4%).", ""])
    assert sorted(got) == sorted([("carers_unpaid_pct", "E92000001", "2021", 8.9), ("carers_unpaid_pct", LUTON, "2021", 8.1)])


def test_one_of_them_in_a_when_clause_counts_nothing():
    got = rows(["Housing", "", "Luton has four extra care schemes with 290 flats. Carers told us that a couple can stay "
                "together in extra care when one of them needs more care.", ""])
    assert sorted(got) == [("extra_care_schemes", LUTON, "", 4.0), ("extra_care_units", LUTON, "", 290.0)]
