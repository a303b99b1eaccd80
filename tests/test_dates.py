"""Date phrases -> honest [earliest, latest] ranges (data/dates.py)."""
from __future__ import annotations

from datetime import date

import pytest

from data.dates import DateSpan, add_years, parse_date_text
from data.seeds import read_document
from data.tables import read_table


def span(text: str) -> tuple[date | None, date | None]:
    s = parse_date_text(text)
    assert s.text == text, "the original wording is kept beside the dates"
    return s.earliest, s.latest


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("Spring 2019", date(2019, 3, 1), date(2019, 5, 31)),
        ("Summer 2021", date(2021, 6, 1), date(2021, 8, 31)),
        ("Autumn 2018", date(2018, 9, 1), date(2018, 11, 30)),
        # winter runs into the next year, and February 2020 has 29 days
        ("Winter 2019", date(2019, 12, 1), date(2020, 2, 29)),
        ("Winter 2020", date(2020, 12, 1), date(2021, 2, 28)),
    ],
)
def test_seasons_are_three_month_ranges(text: str, earliest: date, latest: date) -> None:
    assert span(text) == (earliest, latest)


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("Early 2019", date(2019, 1, 1), date(2019, 4, 30)),
        ("mid 2019", date(2019, 5, 1), date(2019, 8, 31)),
        ("middle of 2019", date(2019, 5, 1), date(2019, 8, 31)),
        ("Late 2019", date(2019, 9, 1), date(2019, 12, 31)),
        ("end of 2019", date(2019, 10, 1), date(2019, 12, 31)),
        ("2024", date(2024, 1, 1), date(2024, 12, 31)),
    ],
)
def test_parts_of_a_year(text: str, earliest: date, latest: date) -> None:
    assert span(text) == (earliest, latest)


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("March 2019", date(2019, 3, 1), date(2019, 3, 31)),
        ("February 2020", date(2020, 2, 1), date(2020, 2, 29)),
        ("Feb 2019", date(2019, 2, 1), date(2019, 2, 28)),
        ("Sept 2018", date(2018, 9, 1), date(2018, 9, 30)),
        ("by April 2019", date(2019, 4, 1), date(2019, 4, 30)),
    ],
)
def test_months_span_the_whole_month(text: str, earliest: date, latest: date) -> None:
    assert span(text) == (earliest, latest)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("31st March 2016", date(2016, 3, 31)),
        ("30 November 2015", date(2015, 11, 30)),
        ("1st April 2017", date(2017, 4, 1)),
        ("end of May 2026", date(2026, 5, 31)),
        ("the end of February 2024", date(2024, 2, 29)),
        ("start of April 2020", date(2020, 4, 1)),
    ],
)
def test_exact_days(text: str, day: date) -> None:
    s = parse_date_text(text)
    assert (s.earliest, s.latest) == (day, day)
    assert s.is_exact and s.uncertainty_days == 0


@pytest.mark.parametrize("text", ["2019/20", "2019/2020", "2019 / 20"])
def test_financial_years_run_april_to_march(text: str) -> None:
    assert span(text) == (date(2019, 4, 1), date(2020, 3, 31))


@pytest.mark.parametrize("text", ["March 20025", "1st April 20025", "TBC", "", "Spring/Summer 2019", "1899"])
def test_unplaceable_text_is_kept_unparsed(text: str) -> None:
    s = parse_date_text(text)
    assert s == DateSpan(text, None, None)
    assert not s.parsed and s.uncertainty_days is None


def test_uncertainty_is_the_width_of_the_range() -> None:
    assert parse_date_text("Autumn 2018").uncertainty_days == 90
    assert not parse_date_text("Autumn 2018").is_exact


def test_quarters_documented_in_the_docstring() -> None:
    assert span("Q3 2020") == (date(2020, 7, 1), date(2020, 9, 30))


def test_impossible_day_is_left_unparsed() -> None:
    assert not parse_date_text("31 February 2019").parsed


def test_add_years_shifts_both_ends() -> None:
    contract_end = parse_date_text("31st March 2016")
    extended = add_years(contract_end, 1, "31st March 2016 + 1 year")
    assert extended == DateSpan("31st March 2016 + 1 year", date(2017, 3, 31), date(2017, 3, 31))
    autumn = add_years(parse_date_text("Autumn 2018"), 2, "Autumn 2020")
    assert (autumn.earliest, autumn.latest) == (date(2020, 9, 1), date(2020, 11, 30))


def test_add_years_from_29_february_lands_on_28th() -> None:
    leap = parse_date_text("29th February 2016")
    assert leap.earliest == date(2016, 2, 29)
    assert add_years(leap, 1, "x").earliest == date(2017, 2, 28)
    assert add_years(leap, 4, "x").earliest == date(2020, 2, 29)  # another leap year keeps the 29th
    winter = add_years(parse_date_text("Winter 2019"), 2, "Winter 2021")
    assert (winter.earliest, winter.latest) == (date(2021, 12, 1), date(2022, 2, 28))


def test_add_years_to_an_unparsed_date_stays_unparsed() -> None:
    assert add_years(parse_date_text("March 20025"), 2, "March 20025 + 2 years") == DateSpan(
        "March 20025 + 2 years", None, None
    )


def test_every_date_in_durhams_procurement_table_is_placed() -> None:
    """The real timeline table: every start date cell the document prints gets a range."""
    doc = read_document("durham-mps-2019")
    table = read_table(doc, "Service\tAnticipated\tAnticipated", header_lines=2)
    cells = [c.strip() for r in table.rows for c in r.cells[1:3] if c.strip()]
    assert len(cells) >= 10
    unplaced = [c for c in cells if not parse_date_text(c).parsed]
    assert unplaced == []
    for c in cells:
        s = parse_date_text(c)
        assert s.earliest is not None and s.latest is not None and s.earliest <= s.latest
