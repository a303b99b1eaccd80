"""Round 31 (r31d) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes `pdftotext`
without -layout gives a designed PDF of a Scottish partnership's plan (a cell a line, words broken at line ends,
running titles and page numbers alone on lines): people referred for a dementia service are no dementia estimate, and a
share who began support within some weeks is no diagnosis rate."""
from __future__ import annotations

from tests.proposals import figure_rows, or_nothing, proposers_for

ANGUS = "S12000041"

measures, dates = proposers_for(ANGUS)
rows = figure_rows(measures)
dates_or_none = or_nothing(dates)


def test_people_referred_for_a_dementia_service_are_no_estimate_and_a_share_starting_within_weeks_no_rate():
    got = rows(["4 Dementia", "", "An estimated 2,150 people in Angus are living with dementia.", "Everyone newly diagnosed with dementia is offered link worker support. During",
                "2024/25, 840 people were referred for link worker support", "and 81.5% of them started it within 6 weeks "
                "of referral.", ""])
    assert got == [("dementia_estimated", ANGUS, "", 2150.0)]


def test_a_contents_page_read_a_line_a_cell_gives_no_figures():
    got = rows(["Angus Health and Social Care Partnership", "Strategic Plan", "Issue 2.0", "Contents", "1 Foreword", "2",
                "2 Unpaid carers", "5", "3 Dementia", "7", "4 Extra care housing", "9", "",
                "2 Unpaid carers", "There are 11,300 unpaid carers in Angus.", ""])
    assert got == [("carers_unpaid", ANGUS, "", 11300.0)]
