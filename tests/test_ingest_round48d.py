"""Round 48 (r48d) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes pandoc's
plain-text writer gives a Word document: a simple table's rules of dashes under its header and closing it are no
rows, so the columns of years over the rows still date them."""
from __future__ import annotations

from tests.proposals import figure_rows, or_nothing, proposers_for

DEVON = "E10000008"
EAST_DEVON, EXETER, TORRIDGE = "E07000040", "E07000041", "E07000046"

measures, dates = proposers_for(DEVON)
rows = figure_rows(measures)
dates_or_none = or_nothing(dates)


def test_a_simple_tables_dash_rule_under_its_header_leaves_the_years_over_the_rows():
    got = rows(["Table 5: People aged 65 and over living with dementia", "",
                "  Area                  2024      2030      2040",
                "  ------------------ --------- --------- ---------",
                "  East Devon             3,410     4,020     4,960",
                "  Exeter                 1,280     1,450     1,770",
                "  Torridge               1,150     1,360     1,690",
                "  ------------------ --------- --------- ---------", ""])
    assert sorted(got) == sorted([
        ("dementia_estimated", EAST_DEVON, "2024", 3410.0), ("dementia_estimated", EAST_DEVON, "2030", 4020.0),
        ("dementia_estimated", EAST_DEVON, "2040", 4960.0), ("dementia_estimated", EXETER, "2024", 1280.0),
        ("dementia_estimated", EXETER, "2030", 1450.0), ("dementia_estimated", EXETER, "2040", 1770.0),
        ("dementia_estimated", TORRIDGE, "2024", 1150.0), ("dementia_estimated", TORRIDGE, "2030", 1360.0),
        ("dementia_estimated", TORRIDGE, "2040", 1690.0)])
