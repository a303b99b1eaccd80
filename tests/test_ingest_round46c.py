"""Round 46 (r46c) of the document proposer (data/ingest), each rule on made-up text lines, in the shape a converter
that flattens tables gives a Word document: a paragraph a line with a blank line after each, and every table written
one cell a paragraph (a header row's cells, then each row's), so a blank line lies between any two cells. Such a
table is read as the same table with its cells on adjacent lines is: a row per year under 'Year' or 'Census', and a
timetable's rows of a service and its dates; a bullet's glyph over an infographic's figures heads no column."""
from __future__ import annotations

from tests.proposals import SPACED_PROSE, figure_rows, or_nothing, proposers_for, spaced

STOCKPORT = "E08000007"

measures, dates = proposers_for(STOCKPORT)
rows = figure_rows(measures)
dates_or_none = or_nothing(dates)

PROSE = SPACED_PROSE


def test_a_flattened_table_of_years_a_cell_a_paragraph_gives_each_years_estimate():
    got = rows(spaced(["Dementia", *PROSE[:6], "Table 5: People aged 65 and over estimated to have dementia",
                       "Year", "People aged 65+", "2025", "3,940", "2030", "4,480", "2040", "5,720", *PROSE[6:]]))
    assert sorted(r for r in got if r[0] == "dementia_estimated") == [
        ("dementia_estimated", STOCKPORT, "2025", 3940.0), ("dementia_estimated", STOCKPORT, "2030", 4480.0),
        ("dementia_estimated", STOCKPORT, "2040", 5720.0)]


def test_a_flattened_census_table_gives_each_censuss_carers_and_share():
    got = rows(spaced(["Unpaid carers", *PROSE[:6], "Table 2: Unpaid carers", "Census", "Carers",
                       "% of population", "2011", "30,120", "10.6%", "2021", "27,340", "9.4%", *PROSE[6:]]))
    assert sorted(r for r in got if r[0].startswith("carers_unpaid")) == [
        ("carers_unpaid", STOCKPORT, "2011", 30120.0), ("carers_unpaid", STOCKPORT, "2021", 27340.0),
        ("carers_unpaid_pct", STOCKPORT, "2011", 10.6), ("carers_unpaid_pct", STOCKPORT, "2021", 9.4)]


def test_a_flattened_timetable_gives_each_services_dates():
    got = dates_or_none(spaced(["Commissioning intentions", *PROSE[:6], "Table 9: Procurement plan", "Service",
                                "Contract ends", "Go to tender", "New contract starts", "Supported Living",
                                "31 October 2026", "March 2026", "1 November 2026", "Carers Breaks",
                                "30 April 2027", "October 2026", "1 May 2027", *PROSE[6:]]))
    got = {(stage, a) for _, stage, a, _ in got}
    assert {("contract_end", "2026-10-31"), ("procurement_start", "2026-03-01"), ("contract_start", "2026-11-01"),
            ("contract_end", "2027-04-30"), ("procurement_start", "2026-10-01"), ("contract_start", "2027-05-01")} <= got


def test_guard_a_bullet_glyph_over_an_infographics_figures_heads_no_column():
    """Guard (of the new reading, so not run on main): a glyph alone on its line heads no flattened table."""
    from data.ingest.layout import join_spaced_stacked_cells

    lines = spaced([*PROSE[:10], "\uf0b7", "• 6", "care homes with nursing", "410", "nursing beds", "77.4",
                    "years healthy life expectancy", "81.0", "years life expectancy at birth", *PROSE[10:]])
    assert join_spaced_stacked_cells(lines) == lines


def test_the_largest_part_with_its_residents_is_no_population_of_the_borough():
    got = rows(["Our borough", "", "About 294,700 people lived in Stockport in mid-2023.", "",
                "The borough has eight neighbourhood areas. Bramhall is the largest, with about 41,300 residents, "
                "and Reddish the smallest, with around 17,800.", ""])
    assert [r for r in got if r[0] == "population"] == [("population", STOCKPORT, "2023", 294700.0)]
