"""Round 33 (r33c) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a council's
Market Sustainability Plan converted from PDF gives: a census named in the middle of a sentence ('N residents were
unpaid carers at Census 2021 (X% of ...)') is the year of the figure before it and of the share after it; residents in
care homes are no population, and those of them with dementia no dementia estimate; a service 'supporting N carers'
counts no unpaid carers; an aim to complete or support a number is no count; 'A further extra care scheme is
planned' counts one planned scheme; a paragraph opening 'We will re-procure X through a new <Name>' gives its later
stages that name's service; and a timetable titled 'Home care re-procurement timeline' is home care's, the hyphen of
're-procurement' no dash."""
from __future__ import annotations

from tests.proposals import figure_rows, figure_rows_or_none, proposers_for

NOTTINGHAMSHIRE = "E10000024"

measures, dates = proposers_for(NOTTINGHAMSHIRE)
rows = figure_rows(measures)
rows_or_none = figure_rows_or_none(measures)


def test_a_census_named_after_a_figure_is_its_year_and_its_shares():
    got = rows(["Our population", "", "•   61,240 people were unpaid carers at Census 2021 (9.8% of residents aged 5 "
                "and over).", ""])
    assert sorted(got) == [("carers_unpaid", NOTTINGHAMSHIRE, "2021", 61240.0),
                           ("carers_unpaid_pct", NOTTINGHAMSHIRE, "2021", 9.8)]


def test_a_census_in_the_middle_of_a_sentence_after_a_figure_is_its_year():
    got = rows(["Carers", "", "Around 4,310 residents gave unpaid care in the Census 2021, most of them for a parent.", ""])
    assert got == [("carers_unpaid", NOTTINGHAMSHIRE, "2021", 4310.0)]


def test_residents_in_care_homes_are_no_population():
    got = rows_or_none(["a) The 65+ care home market", "", "The county has 204 care homes with 7,110 beds. The council "
                        "funds around 3,180", "residents in these homes, and 1,420 nursing home residents are "
                        "self-funders.", ""])
    assert got == []


def test_residents_in_care_homes_leave_the_population_of_the_sentence_before():
    got = rows(["Context", "", "At Census 2021 the county had 652,300 residents. The council funds 2,410 residents in "
                "care homes.", ""])
    assert got == [("population", NOTTINGHAMSHIRE, "2021", 652300.0)]


def test_an_aim_to_complete_or_support_a_number_is_no_count():
    got = rows(["Carers", "", "•   In 2024/25 the council completed 2,870 carers' assessments.",
                "•   We aim to complete 3,500 carers' assessments a year by 2027/28.",
                "•   We aim to support 900 more carers through the hub by 2028.", ""])
    assert got == [("carers_assessed", NOTTINGHAMSHIRE, "2024/25", 2870.0)]


def test_a_further_scheme_planned_counts_one_planned_scheme():
    got = rows(["Housing with care", "", "There are 9 extra care schemes with 512 flats. A further extra care scheme is "
                "planned in Retford, with 48 flats due to open in 2029.", ""])
    assert sorted(got) == sorted([("extra_care_schemes", NOTTINGHAMSHIRE, "", 9.0),
                                  ("extra_care_units", NOTTINGHAMSHIRE, "", 512.0),
                                  ("extra_care_schemes_planned", NOTTINGHAMSHIRE, "2029", 1.0),
                                  ("extra_care_units_planned", NOTTINGHAMSHIRE, "2029", 48.0)])


def test_another_scheme_that_will_open_counts_one_and_a_new_scheme_that_opened_none():
    got = rows(["Housing with care", "", "There are 9 extra care schemes. Another scheme will open in Bingham in 2027.",
                "", "A new scheme opened in Hucknall in 2024.", ""])
    assert sorted(got) == sorted([("extra_care_schemes", NOTTINGHAMSHIRE, "", 9.0),
                                  ("extra_care_schemes_planned", NOTTINGHAMSHIRE, "2027", 1.0)])


def test_a_paragraph_opening_on_a_new_named_service_gives_its_stages_that_service():
    got = dates(["Section 3: Plans for each market", "", "b) 18+ domiciliary care", "",
                 "We will recommission day care through a new Day Opportunities and Respite Framework. The current",
                 "Day Care Contract ends on 30 June 2027. We will publish the tender in October 2026, with bids due",
                 "by 4 December 2026, and the new framework will start on 1 July 2027.", ""])
    assert got == [("Day Care", "contract_end", "2027-06-30", "2027-06-30"),
                   ("Day Opportunities and Respite Framework", "procurement_start", "2026-10-01", "2026-10-31"),
                   ("Day Opportunities and Respite Framework", "tender_deadline", "2026-12-04", "2026-12-04"),
                   ("Day Opportunities and Respite Framework", "contract_start", "2027-07-01", "2027-07-01")]


def test_a_re_procurement_timeline_titles_its_service_before_the_hyphen_of_re():
    got = dates(["Table 5: Reablement re-procurement timeline", "",
                 "   Stage                                  Date",
                 "   Tender published                       September 2026",
                 "   Contract award                         January 2027", ""])
    assert got == [("Reablement", "procurement_start", "2026-09-01", "2026-09-30"),
                   ("Reablement", "award", "2027-01-01", "2027-01-31")]


def test_care_home_residents_living_with_dementia_are_no_dementia_estimate():
    got = rows(["a) The 65+ care home market", "", "Around 3,150 care home residents in the county are living with "
                "dementia.", "", "The number of people aged 65 and over with dementia who live in care homes is 2,980.",
                "", "An estimated 12,440 people aged 65 and over were living with dementia in 2025.", ""])
    assert got == [("dementia_estimated", NOTTINGHAMSHIRE, "2025", 12440.0)]


def test_guard_an_estimate_keeps_its_figure_beside_those_of_it_in_care_homes():
    got = rows(["Dementia", "", "An estimated 12,440 people aged 65 and over were living with dementia in 2025, of whom "
                "around 3,900 live in care homes.", ""])
    assert ("dementia_estimated", NOTTINGHAMSHIRE, "2025", 12440.0) in got


def test_a_service_supporting_a_number_of_carers_counts_no_unpaid_carers():
    got = rows(["Carers", "", "The Carers Hub is supporting 2,260 carers this year. There were 61,240 unpaid carers at "
                "the 2021 Census.", ""])
    assert got == [("carers_unpaid", NOTTINGHAMSHIRE, "2021", 61240.0)]
