"""Round 33 (r33c) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a council's
Market Sustainability Plan converted from PDF gives: a census named in the middle of a sentence ('N residents were
unpaid carers at Census 2021 (X% of ...)') is the year of the figure before it and of the share after it."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

NOTTINGHAMSHIRE = "E10000024"

measures, dates = proposers_for(NOTTINGHAMSHIRE)
rows = figure_rows(measures)


def test_a_census_named_after_a_figure_is_its_year_and_its_shares():
    got = rows(["Our population", "", "•   61,240 people were unpaid carers at Census 2021 (9.8% of residents aged 5 "
                "and over).", ""])
    assert sorted(got) == [("carers_unpaid", NOTTINGHAMSHIRE, "2021", 61240.0),
                           ("carers_unpaid_pct", NOTTINGHAMSHIRE, "2021", 9.8)]


def test_a_census_in_the_middle_of_a_sentence_after_a_figure_is_its_year():
    got = rows(["Carers", "", "Around 4,310 residents gave unpaid care in the Census 2021, most of them for a parent.", ""])
    assert got == [("carers_unpaid", NOTTINGHAMSHIRE, "2021", 4310.0)]
