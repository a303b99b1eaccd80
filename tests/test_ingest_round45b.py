"""Round 45 (r45b) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a Word
document saved as plain text gives (a paragraph a line, blank lines between, plain headings): open cases a team
carries, a caseload, and people with dementia discharged somewhere are no estimate of people living with dementia; care
homes counted with their beds under a housing and extra care heading are no extra care flats."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

BRISTOL = "E06000023"

measures, dates = proposers_for(BRISTOL)
rows = figure_rows(measures)


def test_open_cases_and_a_caseload_are_no_estimate_of_people_with_dementia():
    got = rows(["Living well with dementia", "", "Around 4,350 people aged 65 and over in Bristol are living with dementia.",
                "", "- The dementia nurses carried 615 open cases at the end of September 2024.", "",
                "- The dementia team had a caseload of 48 people with dementia in each practice.", ""])
    assert [r[3] for r in got] == [4350.0]


def test_people_with_dementia_discharged_from_hospital_are_no_estimate():
    got = rows(["Hospital care", "", "Around 4,350 people aged 65 and over in Bristol are living with dementia.", "",
                "- 174 people with dementia were discharged to a nursing home in 2023/24.", ""])
    assert [r[3] for r in got] == [4350.0]


def test_care_homes_with_their_beds_under_an_extra_care_heading_are_no_extra_care_flats():
    got = rows(["Extra care and other housing", "", "Bristol has nine extra care schemes with 540 flats.", "",
                "There are 41 care homes in the city that take people with dementia, with 1,630 beds.", ""])
    assert sorted((r[0], r[3]) for r in got) == [("extra_care_schemes", 9.0), ("extra_care_units", 540.0)]
