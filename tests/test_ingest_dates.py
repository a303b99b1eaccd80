"""Dates as the proposer meets them: inside sentences, day first, fused, and contract lengths (data/dates.py)."""
from __future__ import annotations

from datetime import date

import pytest

from data.dates import (
    ContractTerm, DateSpan, end_after, find_dates, parse_any_date, parse_contract_term, parse_date_text,
)


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("1st October 2026", date(2026, 10, 1), date(2026, 10, 1)),
        ("01/10/2026", date(2026, 10, 1), date(2026, 10, 1)),           # UK: day first
        ("1.10.26", date(2026, 10, 1), date(2026, 10, 1)),
        ("October 2026", date(2026, 10, 1), date(2026, 10, 31)),
        ("2026/27 financial year", date(2026, 4, 1), date(2027, 3, 31)),
        ("Autumn 2018", date(2018, 9, 1), date(2018, 11, 30)),
        ("early 2020", date(2020, 1, 1), date(2020, 4, 30)),
        ("from June 2025", date(2025, 6, 1), date(2025, 6, 30)),
        ("until 30th September 2028", date(2028, 9, 30), date(2028, 9, 30)),
        ("until31 March 2026", date(2026, 3, 31), date(2026, 3, 31)),   # words run together by conversion
        ("the 1st of October 2026", date(2026, 10, 1), date(2026, 10, 1)),
        ("October 1, 2026", date(2026, 10, 1), date(2026, 10, 1)),
        ("commencing 1 April 2026", date(2026, 4, 1), date(2026, 4, 1)),
    ],
)
def test_every_date_form(text, earliest, latest):
    span = parse_any_date(text)
    assert (span.text, span.earliest, span.latest) == (text, earliest, latest)


@pytest.mark.parametrize("text", ["31/02/2026", "13/13/2026", "20025", "new financial year", "Q5 2020"])
def test_impossible_or_vague_dates_stay_unparsed(text):
    assert not parse_any_date(text).parsed


def test_parse_date_text_is_unchanged_for_what_it_already_read():
    # the curated specs rely on these; the proposer's forms are additions
    for text in ("Autumn 2018", "end of May 2026", "2019/20", "March 20025", "31st March 2016"):
        assert parse_any_date(text) == parse_date_text(text)


def test_dates_found_inside_a_sentence_left_to_right():
    found = find_dates("Tender from June 2025 until31 March 2026, with engagement November-December 2015.")
    assert [(d.span.text, d.span.earliest, d.span.latest) for d in found] == [
        ("June 2025", date(2025, 6, 1), date(2025, 6, 30)),
        ("31 March 2026", date(2026, 3, 31), date(2026, 3, 31)),
        ("November-December 2015", date(2015, 11, 1), date(2015, 12, 31)),
    ]


def test_bare_years_only_when_asked():
    assert [d.kind for d in find_dates("The Care Act 2014 applies", bare_years=False)] == []
    assert [d.kind for d in find_dates("until 2030")] == ["year"]


@pytest.mark.parametrize(
    ("text", "initial", "extensions"),
    [
        ("for 4 years with the option to extend for a further 2", 48, (24,)),
        ("2+1+1 years", 24, (12, 12)),
        ("three x twelve month periods", 36, ()),
        ("initial term of 36 months", 36, ()),
        ("a five-year contract with an option to extend for two years", 60, (24,)),
        ("3 years plus 1 year optional extension", 36, (12,)),
        ("Contract length: 48 months", 48, ()),
    ],
)
def test_contract_lengths(text, initial, extensions):
    term = parse_contract_term(text)
    assert term is not None and (term.initial_months, term.extension_months) == (initial, extensions)


def test_no_contract_length_in_ordinary_text():
    assert parse_contract_term("The council met in March.") is None


def test_derived_end_is_the_day_before_the_anniversary():
    start = parse_any_date("1 October 2026")
    end = end_after(start, ContractTerm("4 years", 48).initial_months, "derived")
    assert (end.earliest, end.latest) == (date(2030, 9, 30), date(2030, 9, 30))
    # a month start gives a range of ends, honestly
    month = end_after(parse_any_date("October 2026"), 24, "derived")
    assert (month.earliest, month.latest) == (date(2028, 9, 30), date(2028, 10, 30))
    assert end_after(DateSpan("x", None, None), 12, "y").earliest is None


def test_leap_day_start():
    end = end_after(parse_any_date("29 February 2024"), 12, "derived")
    assert end.earliest == date(2025, 2, 28)
    assert end_after(parse_any_date("31 January 2025"), 1, "d").earliest == date(2025, 2, 28)
