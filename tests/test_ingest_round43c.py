"""Round 43 (r43c) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a Word
document saved as plain text gives (a paragraph a line, '• ' bullets, tab-separated tables): a Scottish health and
social care partnership's plan, whose NHS health board ('NHS Tayside') covers more than the council."""
from __future__ import annotations

from tests.proposals import figure_rows, or_nothing, proposers_for

ANGUS = "S12000041"

measures, dates = proposers_for(ANGUS)
rows = figure_rows(measures)
dates_or_none = or_nothing(dates)


def test_a_scottish_nhs_board_named_before_its_figures_is_no_councils():
    got = rows(["Dementia", "", "An estimated 2,410 people in Angus are living with dementia in 2024.", "",
                "NHS Tayside, which also covers Dundee City and Perth and Kinross, estimates that 7,860 people across "
                "the board area have dementia, and 4,950 of them are on GP registers.", ""])
    assert got == [("dementia_estimated", ANGUS, "2024", 2410.0)]


def test_people_receiving_care_at_home_in_a_key_facts_list_are_no_dementia_estimate():
    got = rows(["At a glance", "", "• 1,980 people living with dementia (2024 estimate)",
                "• 1,640 people receiving care at home each week", "• 12 care homes for older people", ""])
    assert got == [("dementia_estimated", ANGUS, "2024", 1980.0)]


def test_an_ordinal_new_development_due_to_open_is_one_planned_scheme():
    got = rows(["Very sheltered housing", "", "Angus has 4 very sheltered housing developments with 118 flats.", "",
                "A fifth very sheltered housing development, with 40 flats, is due to open in Arbroath in 2026.", ""])
    assert sorted(got) == sorted([("extra_care_schemes", ANGUS, "", 4.0), ("extra_care_units", ANGUS, "", 118.0),
                                  ("extra_care_schemes_planned", ANGUS, "2026", 1.0),
                                  ("extra_care_units_planned", ANGUS, "2026", 40.0)])


def test_a_review_of_the_model_is_no_procurement_stage():
    got = dates_or_none(["Day Care for Older People", "", "The current contract ends on 31 March 2027. We will review "
                         "the service model during 2025 and go out to tender in spring 2026.", ""])
    assert sorted(got) == sorted([("Day Care for Older People", "contract_end", "2027-03-31", "2027-03-31"),
                                  ("Day Care for Older People", "procurement_start", "2026-03-01", "2026-05-31")])


def test_a_next_step_column_names_each_rows_stage_under_merged_down_cells():
    got = dates_or_none(["Commissioning timetable", "",
                         "Service\tCurrent arrangement\tEnd date\tNext step\tTimescale",
                         "Day Care for Older People\tBlock contract\t31/03/2027\tInvitation to tender\tJuly 2026",
                         "\t\t\tTender return\t04/09/2026",
                         "\t\t\tContract award\tDecember 2026",
                         "\t\t\tNew contract starts\t01/04/2027", ""])
    assert sorted(got) == sorted([("Day Care for Older People", "contract_end", "2027-03-31", "2027-03-31"),
                                  ("Day Care for Older People", "procurement_start", "2026-07-01", "2026-07-31"),
                                  ("Day Care for Older People", "tender_deadline", "2026-09-04", "2026-09-04"),
                                  ("Day Care for Older People", "award", "2026-12-01", "2026-12-31"),
                                  ("Day Care for Older People", "contract_start", "2027-04-01", "2027-04-01")])
