"""Round 33 (r33b) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes an Excel
workbook read by data/ingest/spreadsheet.py gives (a sheet's name a heading, its rows tab-separated): a census
measure's column naming no year beside a column naming the census ('Unpaid carers (Census 2021) | % of residents aged
5+ | Providing 50+ hours a week') is of that census's year; a row naming the population of an age ('Population aged
65+') is the population whatever subject the table's title names; in a band of planned schemes, a column naming both
when schemes opened and when they are expected to open ('Opened / expected opening') gives a planned scheme its year;
a span of years after several contracts ('Contracts due for re-commissioning, 2026/27 to 2028/29') is the window a
list covers, no stage's date."""
from __future__ import annotations

from tests.proposals import figure_rows, or_nothing, proposers_for

STAFFORDSHIRE = "E10000028"

measures, dates = proposers_for(STAFFORDSHIRE)
rows = figure_rows(measures)
dates_or_none = or_nothing(dates)


def test_a_census_measures_column_naming_no_year_takes_the_census_column_beside_its_year():
    got = rows(["Key figures", "", "Table 1: Unpaid carers by district", "",
                "Area\tUnpaid carers (Census 2021)\t% of residents aged 5+\tProviding 50+ hours a week",
                "Cannock Chase\t9,840\t10.2%\t2,310", "Tamworth\t7,120\t9.4%\t1,760", ""])
    assert sorted(got) == sorted([
        ("carers_unpaid", "E07000192", "2021", 9840.0), ("carers_unpaid_pct", "E07000192", "2021", 10.2),
        ("carers_unpaid", "E07000192", "2021", 2310.0), ("carers_unpaid", "E07000199", "2021", 7120.0),
        ("carers_unpaid_pct", "E07000199", "2021", 9.4), ("carers_unpaid", "E07000199", "2021", 1760.0)])


def test_guard_a_column_with_its_own_year_keeps_it_beside_a_census_column():
    # a guard (passes on main): the 2011 share keeps its own year
    got = rows(["Table 1: Unpaid carers by district", "",
                "Area\tUnpaid carers (Census 2021)\t% of residents (2011)", "Tamworth\t7,120\t9.1%", ""])
    assert sorted(got) == [("carers_unpaid", "E07000199", "2021", 7120.0),
                           ("carers_unpaid_pct", "E07000199", "2011", 9.1)]


def test_a_row_naming_the_population_of_an_age_is_the_population_under_a_dementia_title():
    got = measures(["Table 2: Dementia and older people", "", "Measure\tStaffordshire\tPeriod",
                    "People aged 65+ living with dementia (estimate)\t13,480\t2025",
                    "Population aged 65+\t196,300\tmid-2024", ""])
    found = {(r.measure, float(r.value), r.breakdown) for r in got.itertuples()}
    assert ("population", 196300.0, "aged 65+") in found
    assert ("dementia_estimated", 13480.0) in {(m, v) for m, v, _ in found}
    assert not any(m == "dementia_estimated" and v == 196300.0 for m, v, _ in found)


def test_a_planned_band_takes_its_year_from_an_opened_or_expected_opening_column():
    got = rows(["Extra care", "", "Extra care housing schemes", "",
                "Scheme\tDistrict\tUnits\tStatus\tOpened / expected opening",
                "Trent View\tStafford\t70\tOpen\t2016", "Total open\t\t70", "",
                "Planned schemes", "Moorside Court\tStaffordshire Moorlands\t58\tPlanning granted\t2028",
                "Elm Walk\tLichfield\t64\tSite identified\tTBC", ""])
    planned = sorted(r for r in got if r[0] == "extra_care_units_planned")
    assert planned == [("extra_care_units_planned", "E07000194", "", 64.0),
                       ("extra_care_units_planned", "E07000198", "2028", 58.0)]
    assert ("extra_care_units", "E07000197", "", 70.0) in [(m, a, "", v) for m, a, _, v in got]


def test_a_span_of_years_after_several_contracts_is_the_lists_window_no_stage():
    got = dates_or_none(["Contents", "", "Sheet\tWhat it shows",
                         "Forward plan\tContracts due for re-commissioning, 2026/27 to 2028/29",
                         "Extra care\tSchemes open and planned", ""])
    assert got == []


def test_guard_one_contracts_recommissioning_in_a_financial_year_is_still_its_stage():
    # a guard (passes on main): one contract's re-commissioning year stays a stage
    got = dates(["Carers support", "", "The carers support contract is due for re-commissioning in 2026/27.", ""])
    assert [(stage, a) for _, stage, a, _ in got] == [("procurement_start", "2026-04-01")]
