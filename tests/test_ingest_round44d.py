"""Round 44 (r44d) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a designed
PDF in two columns gives through pdftotext -layout (a sentence going on in the same column on the next line): people
who received or are receiving support or a service under a population heading are service users, no population; a
review of how people use a service before deciding what to commission dates no procurement stage."""
from __future__ import annotations

from tests.proposals import figure_rows, or_nothing, proposers_for

DUDLEY = "E08000027"

measures, dates = proposers_for(DUDLEY)
rows = figure_rows(measures)
dates_or_none = or_nothing(dates)


def test_people_who_received_support_under_a_population_heading_are_no_population():
    got = rows(["Population", "", "Dudley had an estimated 325,400 residents in mid-2023. Our adult social care team "
                "dealt with 11,200 contacts in 2023/24, and 3,140 people received long-term support at the end of "
                "the year, while 960 adults were receiving short-term care.", ""])
    assert got == [("population", DUDLEY, "2023", 325400.0)]


def test_a_review_before_deciding_what_to_commission_dates_no_tender():
    got = dates_or_none(["Short breaks", "", "Our short breaks contracts end on 30 November 2026. We will look at how "
                         "families use short breaks during 2025/26 and review the offer in 2026 before deciding what "
                         "to commission next.", ""])
    assert got == [("Short breaks", "contract_end", "2026-11-30", "2026-11-30")]
