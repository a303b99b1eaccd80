"""Round 15 (r15d) of the document proposer (data/ingest), each rule on made-up lines in the layouts of a statement's
annexes converted from Word: a procurement plan whose service cell is merged over several rows (written once, blank
below) with an Activity column naming each row's stage and a Timing column of ranges ('Q1-Q2 2027/28', 'w/c 5 July
2027'), a 'Current contract' column of its dates, and a district table whose district is merged over two rows."""
from __future__ import annotations

from data.dates import find_dates
from tests.proposals import proposers_for

HALTON = "E06000006"
NOTTS = "E10000024"

measures, dates = proposers_for(HALTON)


# ---------------------------------------------------------------- 1. dates
def test_two_quarters_of_a_financial_year_are_one_range():
    found = find_dates("Invitation to tender Q1-Q2 2027/28", bare_years=False)
    assert [(d.span.earliest.isoformat(), d.span.latest.isoformat()) for d in found] == [("2027-04-01", "2027-09-30")]
    found = find_dates("Q3 to Q4 2026", bare_years=False)
    assert [(d.span.earliest.isoformat(), d.span.latest.isoformat()) for d in found] == [("2026-07-01", "2026-12-31")]


# ---------------------------------------------------------------- 2. a plan with merged service cells
_PLAN = ["Table D1: Procurement forward plan",
         "",
         "Service\tCurrent contract\tActivity\tTiming",
         "Day Opportunities\tEnds 31/03/2028\tInvitation to tender\tQ1-Q2 2027/28",
         "\t\tTender closes\tw/c 5 July 2027",
         "\t\tContract award\tOct 2027",
         "\t\tNew service starts\t1 April 2028",
         "Community Equipment\tEnds 31/03/2027; extended to 31/03/2028\tGo to market\tApr–Jun 2027",
         "\t\tExtension decision\tJan 2027"]


def test_a_plan_whose_first_row_holds_a_quarter_range_is_no_header():
    got = dates(_PLAN)
    assert ("Day Opportunities", "procurement_start", "2027-04-01", "2027-09-30") in got


def test_the_activity_column_names_the_stage_and_a_merged_service_cell_carries_down():
    got = dates(_PLAN)
    assert ("Day Opportunities", "tender_deadline", "2027-07-05", "2027-07-05") in got
    assert ("Day Opportunities", "award", "2027-10-01", "2027-10-31") in got
    assert ("Day Opportunities", "contract_start", "2028-04-01", "2028-04-01") in got
    assert ("Community Equipment", "procurement_start", "2027-04-01", "2027-06-30") in got
    # a decision's month is no stage
    assert not [d for d in got if d[2] == "2027-01-01"]


def test_a_current_contract_column_gives_its_end_and_extension():
    got = dates(_PLAN)
    assert ("Day Opportunities", "contract_end", "2028-03-31", "2028-03-31") in got
    assert ("Community Equipment", "contract_end", "2027-03-31", "2027-03-31") in got
    assert ("Community Equipment", "extension_end", "2028-03-31", "2028-03-31") in got


# ---------------------------------------------------------------- 3. a district merged over two rows
def test_a_blank_district_cell_below_a_named_one_is_the_same_district():
    lines = ["Table C1: Extra care housing units by district",
             "",
             "District\tStatus\tUnits",
             "Ashfield\tOpen\t142",
             "\tPlanned\t60",
             "Bassetlaw\tOpen\t54"]
    got = measures(lines, NOTTS)
    sixty = got[got["value"] == 60]
    assert list(sixty["area_code"]) == ["E07000170"]


def test_a_status_column_saying_planned_makes_the_units_planned():
    lines = ["Table C1: Extra care housing units by district",
             "",
             "District\tStatus\tUnits",
             "Ashfield\tOpen\t142",
             "Mansfield\tPlanned\t75"]
    got = measures(lines, NOTTS)
    assert set(zip(got["measure"], got["value"])) == {("extra_care_units", 142), ("extra_care_units_planned", 75)}


# ---------------------------------------------------------------- 4. a table of another subject under a shared heading
def test_a_care_homes_table_under_an_extra_care_heading_offers_no_extra_care_units():
    lines = ["Annex C – Extra care housing and care homes",
             "",
             "Table C1: Extra care housing by district",
             "",
             "District\tUnits",
             "Ashfield\t142",
             "Bassetlaw\t54",
             "",
             "Table C2: Care homes for older people",
             "",
             "District\tHomes\tBeds",
             "Ashfield\t14\t512",
             "Bassetlaw\t11\t386",
             "Grand total\t25\t898"]
    got = measures(lines, NOTTS)
    assert set(got["value"]) == {142, 54}


# ---------------------------------------------------------------- 5. the county's row written as an average
def test_a_county_average_row_is_the_authority_with_no_sub_group():
    for label in ("Notts average", "Nottinghamshire average", "County average"):
        lines = ["Table B1: Dementia diagnosis rate (aged 65+), March 2026", "",
                 "District\tDiagnosis rate (%)", "Ashfield\t63.8", f"{label}\t64.0"]
        got = measures(lines, NOTTS)
        row = got[got["value"] == 64.0]
        assert list(zip(row["area_code"], row["breakdown"])) == [(NOTTS, "")], label


# ---------------------------------------------------------------- 6. the service a sentence names
def test_a_service_named_after_the_or_for_the_loses_the_article():
    got = dates(["The Day Opportunities Service contract runs for three years from 1 October 2024.", "",
                 "For the Carers Support Service, the current contract ends on 31 March 2028."])
    assert ("Day Opportunities Service", "contract_start", "2024-10-01", "2024-10-01") in got
    assert ("Carers Support Service", "contract_end", "2028-03-31", "2028-03-31") in got
