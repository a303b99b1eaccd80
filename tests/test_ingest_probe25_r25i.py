"""Round 25 (r25i) of the document proposer (data/ingest), each rule on made-up lines as a council's commissioning plan
reads when its commentary tables ('Service | Current position | Commissioning intention | Timescale') are converted
from PDF: cells written as sentences that hold the dates, beside a terse Timescale cell."""
from __future__ import annotations

from tests.proposals import proposers_for

SEFTON = "E08000014"

measures, dates = proposers_for(SEFTON)

HEADER = "Service\tCurrent position\tCommissioning intention\tTimescale"


def _stages(lines):
    return {(stage, earliest, latest) for _, stage, earliest, latest in dates(lines)}


def test_a_commentary_cell_dates_are_staged_by_their_own_clause():
    # the end sits inside the 'Current position' sentence; the intention's date is an event's, no stage
    got = _stages([HEADER,
                   "Advocacy hub\tRun by two charities under a joint contract which expires on 30 June 2027 and "
                   "cannot be extended.\tRe-procure as one contract after a market engagement event in "
                   "September 2026.\tQ2 2026/27"])
    assert ("contract_end", "2027-06-30", "2027-06-30") in got
    assert not any(e == "2026-09-01" for _, e, _ in got)


def test_a_terse_timescale_takes_its_stage_from_a_commentary_intention():
    # 'Q4 2026/27' alone: the stage from the intention sentence's words ('tender'), not from its dated clause
    got = _stages([HEADER,
                   "Shared lives scheme\tOne provider delivers the scheme; the arrangement ends on 31 May 2027.\t"
                   "We will go out to tender for a new scheme, with an information session for carers in "
                   "October 2026.\tQ4 2026/27"])
    assert ("procurement_start", "2027-01-01", "2027-03-31") in got
    assert ("contract_end", "2027-05-31", "2027-05-31") in got
    assert not any(e == "2026-10-01" for _, e, _ in got)


def test_an_extension_already_taken_in_a_commentary_cell():
    got = _stages([HEADER,
                   "Sensory support\tThe agreement was extended to 28 February 2027 using its final extension "
                   "option.\tRecommission with the health partners as a single all-age service.\tQ1 2026/27"])
    assert ("extension_end", "2027-02-28", "2027-02-28") in got
    assert ("procurement_start", "2026-04-01", "2026-06-30") in got


def test_a_scheme_singled_out_by_a_superlative_counts_its_own_flats():
    # the named scheme beside 'the oldest scheme' (either order): its flats, not the area's total
    for sentence in ("Elm Court, the oldest scheme, has 48 flats and a restaurant.",
                     "The largest scheme, Brook Lane House, offers 96 flats."):
        got = measures(["There are 7 extra care schemes in Sefton with 410 flats between them. " + sentence])
        values = {(m, float(v)) for m, v in zip(got["measure"], got["value"])}
        assert ("extra_care_units", 410.0) in values
        assert not {v for _, v in values} & {48.0, 96.0}
