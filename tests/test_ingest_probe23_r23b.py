"""Round 23 (r23b) of the document proposer (data/ingest), each rule on made-up lines as a council's web pages read
when its content management system exports them as Markdown (headings, bullet lists, prose timetables)."""
from __future__ import annotations

from data.dates import parse_any_date
from tests.proposals import proposers_for

LEICESTER = "E06000016"

measures, dates = proposers_for(LEICESTER)


def _stages(lines):
    return {(stage, earliest, latest) for _, stage, earliest, latest in dates(lines)}


def test_a_quarter_of_a_financial_year_written_with_of():
    # 'Quarter 4 of 2026/27' is January to March 2027, as 'Quarter 4 2026/27' is; 'Q2 of 2027/28' too
    span = parse_any_date("Quarter 4 of 2026/27")
    assert (span.earliest.isoformat(), span.latest.isoformat()) == ("2027-01-01", "2027-03-31")
    got = _stages(["### Day opportunities", "",
                   "The day opportunities contract is due to finish on 30 September 2027. Procurement will begin in "
                   "Quarter 4 of 2026/27, and we will award in Q2 of the 2027/28 financial year."])
    assert ("procurement_start", "2027-01-01", "2027-03-31") in got
    assert ("procurement_start", "2026-04-01", "2027-03-31") not in got  # not the whole financial year


def test_bids_returned_by_a_date_in_a_sentence_of_its_own():
    # a timetable's sentences each name one step; 'Bids must be returned by' names no tender or contract itself
    got = _stages(["## Home support", "",
                   "The tender will open in September 2026. Bids must be returned by 6 November 2026. Bids are due "
                   "by noon on 9 November 2026 for the second lot."])
    assert ("tender_deadline", "2026-11-06", "2026-11-06") in got
    assert ("tender_deadline", "2026-11-09", "2026-11-09") in got


def test_starting_market_engagement_is_no_contract_start():
    # market engagement comes before a procurement: starting it starts no contract
    got = _stages(["## Carers support", "",
                   "We expect to start market engagement in April 2026, and the tender will open in September 2026. "
                   "We will begin soft market engagement with providers in May 2026."])
    assert ("procurement_start", "2026-09-01", "2026-09-30") in got
    assert not {s for s in got if s[1] in ("2026-04-01", "2026-05-01")}


def test_the_same_year_after_a_sentence_whose_figure_is_no_measure():
    # the year the sentence before wrote is 'the same year', even when that sentence's own figure (a centre's
    # caseload) is no measure the proposer offers
    got = measures(["## Our carers", "",
                    "In 2024/25 the Carers Centre ran 85 drop-in sessions for carers across the city. Over the same "
                    "year, 4,615 carers were known to adult social care and we completed 1,870 carers' assessments."])
    rows = {(r.measure, str(r.period), float(r.value)) for r in got.itertuples()}
    assert ("carers_known", "2024/25", 4615.0) in rows
    assert ("carers_assessed", "2024/25", 1870.0) in rows
