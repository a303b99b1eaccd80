"""Round 31 (r31d) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes `pdftotext`
without -layout gives a designed PDF of a Scottish partnership's plan (a cell a line, words broken at line ends,
running titles and page numbers alone on lines): people referred for a dementia service are no dementia estimate, and a
share who began support within some weeks is no diagnosis rate."""
from __future__ import annotations

from tests.proposals import figure_rows, or_nothing, proposers_for

ANGUS = "S12000041"

measures, dates = proposers_for(ANGUS)
rows = figure_rows(measures)
dates_or_none = or_nothing(dates)


def test_people_referred_for_a_dementia_service_are_no_estimate_and_a_share_starting_within_weeks_no_rate():
    got = rows(["4 Dementia", "", "An estimated 2,150 people in Angus are living with dementia.", "Everyone newly diagnosed with dementia is offered link worker support. During",
                "2024/25, 840 people were referred for link worker support", "and 81.5% of them started it within 6 weeks "
                "of referral.", ""])
    assert got == [("dementia_estimated", ANGUS, "", 2150.0)]


def test_a_contents_page_read_a_line_a_cell_gives_no_figures():
    got = rows(["Angus Health and Social Care Partnership", "Strategic Plan", "Issue 2.0", "Contents", "1 Foreword", "2",
                "2 Unpaid carers", "5", "3 Dementia", "7", "4 Extra care housing", "9", "",
                "2 Unpaid carers", "There are 11,300 unpaid carers in Angus.", ""])
    assert got == [("carers_unpaid", ANGUS, "", 11300.0)]


def test_at_scotlands_census_dates_the_figures_after_it():
    got = rows(["2 Our population", "", "At Scotland's Census 2022 Angus had 116,200 residents.", ""])
    assert got == [("population", ANGUS, "2022", 116200.0)]


def test_a_running_title_after_a_form_feed_and_page_numbers_alone_are_page_furniture():
    got = rows(["\fAngus Strategic Plan 2025/26 to 2027/28", "2 Our population",
                "At Scotland's Census 2022 Angus had 116,200 residents.", "3",
                "\fAngus Strategic Plan 2025/26 to 2027/28", "3 Unpaid carers",
                "There were 12,400 unpaid carers in Angus in 2022.", "4",
                "\fAngus Strategic Plan 2025/26 to 2027/28", "4 Dementia",
                "An estimated 2,150 people in Angus were living with dementia in 2025.", "5"])
    assert sorted(got) == sorted([("population", ANGUS, "2022", 116200.0), ("carers_unpaid", ANGUS, "2022", 12400.0),
                                  ("dementia_estimated", ANGUS, "2025", 2150.0)])


def test_a_pull_quote_and_who_said_it_are_no_part_of_the_paragraph_they_fall_in():
    got = rows(["4 Dementia", "", "In March 2025, 1,420 people were on GP dementia registers, a diagnosis rate of 61.0%",
                "“Having someone to call made all the difference to us.”", "Family carer, Forfar",
                "against 63.5% for Scotland. In 2024/25, 410 people were referred for post-diagnostic support.", ""])
    assert sorted(got) == sorted([("dementia_register", ANGUS, "2025", 1420.0),
                                  ("dementia_diagnosis_rate", ANGUS, "2025", 61.0),
                                  ("dementia_diagnosis_rate", "S92000003", "2025", 63.5)])


def test_a_population_falling_by_a_percentage_is_its_change():
    got = rows(["2 Our population", "", "Projections show the population of Angus falling by 2.3% over the next ten "
                "years.", ""])
    assert got == [("population_change_pct", ANGUS, "", -2.3)]


def test_units_added_by_schemes_due_to_open_in_a_year_take_that_year():
    got = rows(["5 Housing with care", "", "Three new very sheltered housing developments are due to open in 2028/29, "
                "providing 96 flats between them.", ""])
    assert sorted(got) == [("extra_care_schemes_planned", ANGUS, "2028/29", 3.0),
                           ("extra_care_units_planned", ANGUS, "2028/29", 96.0)]


def test_a_term_in_words_with_its_extensions_in_brackets_gives_the_extension_end():
    got = dates_or_none(["Carer support", "", "The new contract will run for two years (+1+1) from 1 April 2027.", ""])
    assert ("Carer support", "extension_end", "2031-03-31", "2031-03-31") in got
    assert ("Carer support", "contract_end", "2029-03-31", "2029-03-31") in got
