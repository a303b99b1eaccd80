"""The document proposer (data/ingest) on carers counted by the hours they care, in made-up wordings: 'care for' or
'cared for' an hours band is caring (no 'carers' needed), a part written 'Of these, N cared for ...' or 'N (25%) cared
for ...' borrows the figure before's subject, and a heading giving the census year in brackets is the year of the
paragraph's figures under it, as it is of a list's."""
from __future__ import annotations

import pytest

from tests.proposals import proposers_for

KELSFORD = "E06000018"  # (a real code; the figures and wordings are made up)

measures, _dates = proposers_for(KELSFORD)


def _got(lines: list[str]) -> set[tuple]:
    return {(r.measure, float(r.value), r.period, r.breakdown) for r in measures(lines).itertuples()}


@pytest.mark.parametrize("sentence", ["In 2021, 3,115 residents care for 50 or more hours a week.",
                                      "In 2021, 3,115 people cared for 50 or more hours a week.",
                                      "In 2021, 3,115 people caring for 50 or more hours a week.",
                                      "In 2021, 3,115 caring for 50 or more hours a week.",
                                      "In 2021, 3,115 giving 50 or more hours of care a week."])
def test_caring_for_an_hours_band_is_an_unpaid_carers_count(sentence):
    assert _got([sentence]) == {("carers_unpaid", 3115.0, "2021", "50+ hours a week")}


@pytest.mark.parametrize("part", ["Of these, 3,115 cared for 50 or more hours a week.",
                                  "3,115 of them care for 50 or more hours a week.",
                                  "Of these, 3,115 (25%) cared for 50 or more hours a week."])
def test_a_part_caring_for_an_hours_band_borrows_the_subject_before(part):
    got = _got([f"In 2021, 12,340 people in Kelsford provided unpaid care. {part}"])
    assert ("carers_unpaid", 3115.0, "2021", "50+ hours a week") in got
    assert ("carers_unpaid", 12340.0, "2021", "") in got


def test_a_bracketed_share_before_the_verb_leaves_both_figures():
    got = _got(["In 2021, 12,340 people in Kelsford provided unpaid care. Of these, 3,115 (25%) cared for 50 or more "
                "hours a week."])
    assert ("carers_unpaid_pct", 25.0, "2021", "50+ hours a week") in got


def test_a_headings_census_year_is_the_year_of_the_paragraph_under_it():
    got = _got(["Unpaid carers (Census 2021)", "",
                "12,340 people in Kelsford provide unpaid care. 3,115 of them care for 50 or more hours a week."])
    assert got == {("carers_unpaid", 12340.0, "2021", ""), ("carers_unpaid", 3115.0, "2021", "50+ hours a week")}


def test_a_headings_plan_period_gives_no_year():
    got = _got(["Carers Strategy 2024 to 2027", "", "12,340 people in Kelsford provide unpaid care."])
    assert got == {("carers_unpaid", 12340.0, "", "")}
