"""Round 29 of the document proposer (data/ingest), each rule on made-up text lines: a caption set with a tab after its
label is a caption, not a row; a band row right under a table's header leaves the rows under it that header; a
planned band's 'Opens' column gives its rows their year; 'Bids deadline:' and 'bids must be in by' are tender
deadlines; an intention to grow to a number and a note of what a figure includes are no stock of extra care."""
from __future__ import annotations

import pytest

from tests.proposals import figure_rows, or_nothing, proposers_for

NORFOLK = "E10000020"
BRECKLAND, NORWICH = "E07000143", "E07000148"

measures, dates = proposers_for(NORFOLK)
rows = figure_rows(measures)
dates_or_none = or_nothing(dates)


def test_a_caption_a_tab_after_its_label_titles_the_table_and_its_years_reach_the_rows():
    got = rows(["Carers by district", "", "Table 3.1\tUnpaid carers by district, Census 2011 and 2021", "",
                "District\tUnpaid carers 2021\tUnpaid carers 2011", "Breckland\t13,040\t15,110",
                "Norwich\t10,650\t12,310", ""])
    assert sorted(got) == sorted([("carers_unpaid", BRECKLAND, "2021", 13040.0), ("carers_unpaid", BRECKLAND, "2011", 15110.0),
                                  ("carers_unpaid", NORWICH, "2021", 10650.0), ("carers_unpaid", NORWICH, "2011", 12310.0)])


SCHEMES = ["Extra care housing", "", "Table 5.1\tExtra care housing by district, April 2025", "",
           "District\tSchemes\tUnits\tDementia units\tOpens", "Open schemes", "Breckland\t2\t112\t16",
           "Norwich\t2\t121\t20", "Total open\t4\t233\t36", "Planned schemes", "Breckland\t1\t64\ttbc\t2026",
           "Norwich\t1\t80\ttbc\t2027", ""]


def test_a_band_right_under_the_header_leaves_its_rows_the_headers_columns():
    got = rows(SCHEMES)
    assert ("extra_care_schemes", BRECKLAND, "2025", 2.0) in got
    assert ("extra_care_units", BRECKLAND, "2025", 112.0) in got
    assert ("extra_care_units_dementia", NORWICH, "2025", 20.0) in got
    assert ("extra_care_units", NORFOLK, "2025", 233.0) in got
    assert not [r for r in got if r[0] == "extra_care_schemes" and r[3] > 10]  # (the band had made every cell schemes)


def test_a_planned_bands_opens_column_gives_its_rows_their_year():
    got = rows(SCHEMES)
    assert ("extra_care_units_planned", BRECKLAND, "2026", 64.0) in got
    assert ("extra_care_units_planned", NORWICH, "2027", 80.0) in got


def test_an_opened_column_of_open_schemes_gives_them_no_year():
    got = rows(["Extra care housing", "", "Table 5.1\tExtra care housing by district, April 2025", "",
                "District\tUnits\tOpening year", "Breckland\t112\t2011", "Norwich\t121\t2016", ""])
    assert ("extra_care_units", BRECKLAND, "2025", 112.0) in got


@pytest.mark.parametrize("line", ["  • Bids deadline: 10 April 2026, 12 noon", "  • Tenders deadline: 10 April 2026"])
def test_a_bids_deadline_label_is_a_tender_deadline(line):
    got = dates(["Other services", "", "• Extra care care and support", "  • Tender published: February 2026", line, ""])
    assert ("Extra care care and support", "tender_deadline", "2026-04-10", "2026-04-10") in got


def test_bids_must_be_in_by_is_a_tender_deadline():
    got = dates(["Carers support service", "", "We will publish the tender in October 2025 and bids must be in by "
                 "5 December 2025.", ""])
    assert [stage for _, stage, a, _ in got if a == "2025-12-05"] == ["tender_deadline"]


def test_an_intention_to_grow_and_a_note_of_what_a_figure_includes_are_no_stock():
    got = rows(["Extra care", "", "There are 14 extra care schemes with 786 apartments.",
                "• Grow extra care housing to 1,150 apartments by 2032.", "",
                "Includes 22 short-stay apartments at Wensum Reach.", ""])
    assert sorted(got) == [("extra_care_schemes", NORFOLK, "", 14.0), ("extra_care_units", NORFOLK, "", 786.0)]
