"""Round 36 (r36a) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a council's
web page copied and pasted as text gives (a paragraph a line, a card's figure and caption on lines of their own, tables
pasted as tab-separated lines): a table's title line straight under a paragraph's last sentence, over the table's tab
header, is no part of that paragraph, so the year it names does not stop the section's census year from dating the
paragraph's census figures."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

WIGAN = "E08000010"

measures, dates = proposers_for(WIGAN)
rows = figure_rows(measures)


def test_a_tables_title_under_a_paragraph_is_no_part_of_it_so_the_census_year_dates_its_figures():
    frame = measures(["Unpaid carers", "",
                      "At the 2021 Census, 27,640 Wigan residents told us they looked after someone without being paid.",
                      "", "The census also found 940 young carers aged 5 to 17 living in the borough of Wigan.",
                      "Carers by hours of care a week, Census 2021",
                      "Hours of care a week\tNumber", "19 hours or less\t12,310", "50 hours or more\t9,020", ""])
    got = sorted((r.measure, r.period, float(r.value), r.breakdown) for r in frame.itertuples())
    assert ("carers_unpaid", "2021", 940.0, "young carers") in got
    assert ("carers_unpaid", "2021", 12310.0, "19 hours or less a week") in got


def test_guard_a_sentence_after_a_long_one_with_no_table_under_it_stays_in_its_paragraph():
    frame = measures(["Unpaid carers", "",
                      "At the 2021 Census, 27,640 Wigan residents told us they looked after someone without being paid.",
                      "Of them, 9,020 gave 50 or more hours of care a week.", ""])
    got = sorted((r.measure, r.period, float(r.value), r.breakdown) for r in frame.itertuples())
    assert got == [("carers_unpaid", "2021", 9020.0, "50+ hours a week"), ("carers_unpaid", "2021", 27640.0, "")]
