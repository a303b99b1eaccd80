"""Round 32 (r32a) of the document proposer (data/ingest), its rule on made-up text lines in the shape
`pdftotext -layout` gives a designed PDF whose tables and panels are drawn with box-drawing characters (┌ ─ ┐ │ ├ ┼ ┤
└ ┘): the rules are no words and a '│' between cells stands where a space-aligned table has a run of spaces, so a
table ruled so is read as the space-aligned table it is, its caption's year dating its rows."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

DERBYSHIRE = "E10000007"
BOLSOVER, EREWASH = "E07000033", "E07000036"

measures, dates = proposers_for(DERBYSHIRE)
rows = figure_rows(measures)


def test_a_table_ruled_with_box_drawing_characters_is_read_as_a_spaced_table():
    got = rows(["Dementia", "", "  Table 2 People aged 65+ estimated to have dementia, 2026",
                "  ┌──────────────────┬───────────────┐",
                "  │ Area             │ Estimated     │",
                "  ├──────────────────┼───────────────┤",
                "  │ Bolsover         │         1,310 │",
                "  │ Erewash          │         2,045 │",
                "  └──────────────────┴───────────────┘", ""])
    assert sorted(r for r in got if r[0] == "dementia_estimated") == [
        ("dementia_estimated", BOLSOVER, "2026", 1310.0), ("dementia_estimated", EREWASH, "2026", 2045.0)]
