"""Round 46 (r46a) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a Word
document saved as plain text gives: a dashboard whose rows are measures and whose columns are a county's districts
names a share's population base after what it counts and 'as' ('Carers as % of residents aged 5+'), which is no
sub-group."""
from __future__ import annotations

from tests.proposals import figure_rows, or_nothing, proposers_for

OXFORDSHIRE = "E10000025"

measures, dates = proposers_for(OXFORDSHIRE)
rows = figure_rows(measures)
dates_or_none = or_nothing(dates)


def test_a_share_row_naming_its_subject_as_a_share_of_residents_aged_5_plus_names_no_sub_group():
    frame = measures(["Dashboard", "", "Measure\tCherwell\tOxford\tOxfordshire\tEngland\tTrend",
                      "Unpaid carers as % of residents aged 5+ (2021)\t9.1%\t7.8%\t8.8%\t8.9%\t↑ 0.3", ""])
    got = sorted((r.measure, r.area_name, r.period, float(r.value), r.breakdown) for r in frame.itertuples())
    assert got == sorted([("carers_unpaid_pct", "Cherwell", "2021", 9.1, ""),
                          ("carers_unpaid_pct", "Oxford", "2021", 7.8, ""),
                          ("carers_unpaid_pct", "Oxfordshire", "2021", 8.8, ""),
                          ("carers_unpaid_pct", "England", "2021", 8.9, "")])
