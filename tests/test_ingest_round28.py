"""Round 28 of the document proposer (data/ingest), each rule on made-up lines in text as well as from a web page: a
band row across a table between its blocks ('Planned') leaves the rows under it the table's columns; a row's own
'Due 2026' cell gives its planned scheme a period; a sub-list's items take the service their parent item names
before its colon; an expression of interest's closing date is a tender deadline; a share of people with dementia
living in a care home is no diagnosis rate."""
from __future__ import annotations

import pytest

from tests.proposals import figure_rows, or_nothing, proposers_for

SUFFOLK = "E10000029"
BABERGH, EAST_SUFFOLK, MID_SUFFOLK = "E07000200", "E07000244", "E07000203"

measures, dates = proposers_for(SUFFOLK)
rows = figure_rows(measures)

SCHEMES = ["Extra care housing", "", "Table 2: Extra care housing schemes by district, March 2025",
           "District\tScheme\tApartments\tOpened",
           "Babergh\tMill Court, Sudbury\t58\t2011",
           "Mid Suffolk\tGipping Court, Stowmarket\t50\t2013",
           "Total open\t\t108"]


@pytest.mark.parametrize("band", ["Planned", "In development", "Planned schemes"])
def test_rows_under_a_band_row_keep_the_tables_columns_and_their_opening_year(band):
    got = rows([*SCHEMES, band, "East Suffolk\tKessingland Fields, Lowestoft\t70\tDue 2026",
                "Mid Suffolk\tEye Meadows\t60\tOpening 2027", ""])
    assert sorted(got) == sorted([("extra_care_units", BABERGH, "2025", 58.0), ("extra_care_units", MID_SUFFOLK, "2025", 50.0),
                                  ("extra_care_units", SUFFOLK, "2025", 108.0),
                                  ("extra_care_units_planned", EAST_SUFFOLK, "2026", 70.0),
                                  ("extra_care_units_planned", MID_SUFFOLK, "2027", 60.0)])


def test_a_bare_year_under_an_opened_column_is_no_opening_year():
    got = rows([*SCHEMES, "Planned", "East Suffolk\tKessingland Fields, Lowestoft\t70\t2026", ""])
    assert ("extra_care_units_planned", EAST_SUFFOLK, "", 70.0) in got  # (planned, its year not said to be an opening)


def test_a_block_under_its_own_header_keeps_its_own_columns():
    got = rows([*SCHEMES, "Planned", "District\tScheme\tSchemes", "East Suffolk\tKessingland Fields\t2", ""])
    assert ("extra_care_schemes_planned", EAST_SUFFOLK, "", 2.0) in got
    assert not [r for r in got if r[0] == "extra_care_units_planned"]


TIMETABLE = ["Commissioning timetable", "",
             "{b} Home care framework: tender published June 2025, contract starts 1 April 2026.",
             "  {b} Expressions of interest must be submitted by 18 July 2025",
             "  {b} Contract award: November 2025",
             "  {b} The current framework ends on 31 March 2026",
             "{b} Carers support service: the current contract ends on 31 August 2026.", ""]


@pytest.mark.parametrize("bullet", ["•", "-", "*"])
def test_a_sub_lists_items_take_the_service_their_parent_item_names(bullet):
    got = dates([line.format(b=bullet) for line in TIMETABLE])
    assert ("Home care framework", "tender_deadline", "2025-07-18", "2025-07-18") in got
    assert ("Home care framework", "award", "2025-11-01", "2025-11-30") in got
    assert ("Home care framework", "contract_end", "2026-03-31", "2026-03-31") in got
    assert ("Carers support service", "contract_end", "2026-08-31", "2026-08-31") in got  # a sibling keeps its own


def test_a_sibling_item_takes_no_service_from_the_item_above():
    got = dates(["Commissioning timetable", "", "• Home care framework: tender published June 2025.",
                 "• Contract award: November 2025", ""])
    assert [s for s, stage, *_ in got if stage == "award"] != ["Home care framework"]


def test_an_expression_of_interest_closing_date_is_a_tender_deadline():
    got = dates(["Day opportunities", "", "Expressions of interest must be submitted by 18 July 2025.", ""])
    assert [(stage, a, b) for _, stage, a, b in got] == [("tender_deadline", "2025-07-18", "2025-07-18")]


def test_an_expression_of_interest_without_a_date_is_nothing():
    assert or_nothing(dates)(["Day opportunities", "", "Expressions of interest are welcome from all providers.", ""]) == []


@pytest.mark.parametrize("where", ["live in a care home", "lives in care homes", "are living alone"])
def test_a_share_of_people_with_dementia_in_a_setting_is_no_diagnosis_rate(where):
    got = rows(["Dementia", "", "Diagnosis", "", "That gives a diagnosis rate of 61.4%, below the national ambition of "
                "66.7%.", "", f"Around 38% of people living with dementia in Suffolk {where}."])
    assert ("dementia_diagnosis_rate", SUFFOLK, "", 61.4) in [(m, a, "", v) for m, a, _, v in got]
    assert not [r for r in got if r[3] == 38.0]


def test_a_diagnosis_rate_is_still_a_diagnosis_rate():
    got = rows(["Dementia", "", "Around 64% of people living with dementia in Suffolk have a diagnosis."])
    assert [(m, v) for m, _, _, v in got] == [("dementia_diagnosis_rate", 64.0)]
