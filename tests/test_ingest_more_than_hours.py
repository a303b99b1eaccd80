"""'more than 50 hours a week' names an hours band, not a comparison: the band belongs to the figure before it, as
'50 or more hours a week' does (made-up lines)."""
from __future__ import annotations

from tests.proposals import proposers_for

GLOUCESTERSHIRE = "E10000013"

measures, dates = proposers_for(GLOUCESTERSHIRE)


def _shares(lines):
    got = measures(["Unpaid carers", "", *lines])
    return {(r.measure, r.value, r.breakdown) for r in got.itertuples()}


def test_a_share_caring_more_than_50_hours_is_that_bands_share():
    assert _shares(["Around 1 in 4 carers (25%) provide more than 50 hours of care a week."]) == {
        ("carers_unpaid_pct", 25.0, "50+ hours a week")}
    assert _shares(["About 24% of carers care for more than 50 hours a week."]) == {
        ("carers_unpaid_pct", 24.0, "50+ hours a week")}


def test_a_count_caring_more_than_50_hours_is_that_bands_count():
    assert _shares(["In 2021, 12,340 carers gave more than 50 hours a week."]) == {
        ("carers_unpaid", 12340.0, "50+ hours a week")}


def test_than_before_a_benchmark_still_ends_the_clause():
    # guard: 'higher than England's 8.9%' is a comparison; the England figure is a benchmark with no band
    got = _shares(["In 2021, 9.6% of residents provided unpaid care, higher than England's 8.9%."])
    assert ("carers_unpaid_pct", 9.6, "") in got
