"""A count the area could not hold: a proposed count of people, homes or schemes above the area's official population
(with room for growth to a projection year) is no figure for that area, and is not proposed. Wordings made up."""
from __future__ import annotations

import pytest

from data.ingest import areas
from tests.proposals import proposers_for

DUDLEY, KENT, ENGLAND = "E08000027", "E10000016", "E92000001"

measures, dates = proposers_for(DUDLEY)


def _got(lines: list[str], authority: str = DUDLEY) -> list[tuple[str, str, float]]:
    return sorted((r.measure, r.area_code, r.value) for r in measures(lines, authority).itertuples())


def test_a_national_figure_read_as_the_boroughs_is_not_proposed():
    lines = ["Dementia", "", "Some 30 million people are thought to have a relative with dementia.", "",
             "In Dudley about 4,100 people are living with dementia."]
    assert _got(lines) == [("dementia_estimated", DUDLEY, 4100.0)]


def test_a_county_is_held_to_its_districts_population():
    lines = ["Carers", "", "There are 2,400,000 unpaid carers in Kent.", "", "There are 151,000 unpaid carers in Kent."]
    assert _got(lines, KENT) == [("carers_unpaid", KENT, 151000.0)]


def test_england_keeps_its_own_millions():
    assert _got(["Carers", "", "Nationally there are 5.7 million unpaid carers."]) == [
        ("carers_unpaid", ENGLAND, 5700000.0)]


@pytest.mark.parametrize("code, unit, value, beyond", [
    (DUDLEY, "people", 21_000_000, True), (DUDLEY, "people", 330_000, False), (DUDLEY, "units", 500_000, True),
    (DUDLEY, "percent", 21_000_000, False),  # not a count: other checks rule on shares
    ("E99999999", "people", 21_000_000, False),  # no official population: nothing to hold it to
])
def test_beyond_population(code, unit, value, beyond):
    assert areas.beyond_population(code, unit, value) is beyond
