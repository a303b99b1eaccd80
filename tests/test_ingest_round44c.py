"""Round 44 (r44c) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a county's
annual update bulletin saved from Word as plain text gives (a paragraph a line, tab-separated tables): a change in
carers known to the council, in per cent or in people, is no change in unpaid carers."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

GLOUCESTERSHIRE = "E10000013"

measures, dates = proposers_for(GLOUCESTERSHIRE)
rows = figure_rows(measures)


def test_a_change_in_carers_known_to_the_council_is_no_change_in_unpaid_carers():
    got = rows(["Since our last update", "", "Indicator\t2024\t2025\tChange",
                "Carers known to the council\t5,180\t5,540\t+7.0%", "Carers known to adult social care\t5,180\t5,540\t+360",
                ""])
    assert not [r for r in got if r[0].startswith("carers_unpaid")]
    assert sorted(r[3] for r in got if r[0] == "carers_known") == [5180.0, 5180.0, 5540.0, 5540.0]
