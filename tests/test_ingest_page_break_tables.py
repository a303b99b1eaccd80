"""A spaced table broken over two pages of a converted PDF: the blank line, the page's running header ('... Page 2')
and the blank line after it fall between its rows, and the rows on the next page are the same table's, under its
header (found by rewriting excerpt 143 with a running header every 45 lines: the rows after the break were read
headerless, their homes and beds as population)."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

DEVON = "E10000008"

measures, dates = proposers_for(DEVON)
rows = figure_rows(measures)

TABLE = [
    "Table 3: Carers by district, Census 2021",
    "",
    "   District              Unpaid carers     Care homes      Beds",
    "   East Devon                   15,210             48     1,640",
    "   Exeter                       10,330             21       790",
    "",
    "Market Sustainability Plan 2026/27                              Page 4",
    "",
    "   Mid Devon                     8,120             17       600",
    "   North Devon                   9,640             25       910",
    "",
    "Source: Census 2021 TS039; CQC care directory.",
]


def test_rows_after_a_running_header_inside_a_spaced_table_keep_its_header():
    got = rows(TABLE)
    assert ("carers_unpaid", "E07000042", "2021", 8120.0) in got  # Mid Devon, after the page break
    assert ("carers_unpaid", "E07000043", "2021", 9640.0) in got  # North Devon
    assert not [r for r in got if r[3] in (17.0, 600.0, 25.0, 910.0)]  # its homes and beds: no figure


def test_guard_a_table_ending_at_a_page_break_leaves_the_prose_after_it_alone():
    got = rows([*TABLE[:7], "", "The county had 805,000 residents in mid-2024.", ""])
    assert ("carers_unpaid", "E07000040", "2021", 15210.0) in got and ("population", DEVON, "2024", 805000.0) in got
