"""Round 42 (r42d) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a joint
statement of several unitary councils saved from Word as plain text gives (tab-separated tables with the councils as
columns, a Total column after them): a council whose name is also an ordinary word ('Slough', 'Reading') heading a
column alone is that council."""
from __future__ import annotations

from tests.proposals import figure_rows, or_nothing, proposers_for

BRACKNELL = "E06000036"
SLOUGH = "E06000039"
WINDSOR = "E06000040"

measures, dates = proposers_for(BRACKNELL)
rows = figure_rows(measures)
dates_or_none = or_nothing(dates)


def test_a_council_named_with_an_ordinary_word_heading_a_column_alone_is_that_council():
    got = rows(["Carers", "", "Census 2021 carers", "",
                "Indicator\tSlough\tBracknell Forest\tWindsor and Maidenhead",
                "People providing unpaid care\t9,870\t8,420\t11,030", ""])
    assert sorted(got) == sorted([("carers_unpaid", SLOUGH, "2021", 9870.0), ("carers_unpaid", BRACKNELL, "2021", 8420.0),
                                  ("carers_unpaid", WINDSOR, "2021", 11030.0)])
