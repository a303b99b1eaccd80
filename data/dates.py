"""Dates as documents write them ("Autumn 2018", "end of May 2026") -> honest ranges.

A commissioning timeline must not pretend that "Autumn 2018" means 1 September: each
date keeps its text and the earliest and latest calendar days that text allows.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9

# Meteorological seasons, as UK councils use them loosely: (first month, months long).
SEASONS = {"spring": (3, 3), "summer": (6, 3), "autumn": (9, 3), "fall": (9, 3), "winter": (12, 3)}
PARTS_OF_YEAR = {"early": (1, 4), "mid": (5, 4), "middle of": (5, 4), "late": (9, 4)}
QUARTERS = {"q1": (1, 3), "q2": (4, 3), "q3": (7, 3), "q4": (10, 3)}

_YEAR = r"(\d{4,5})"
_ORD = r"(\d{1,2})(?:st|nd|rd|th)?"


@dataclass(frozen=True)
class DateSpan:
    text: str
    earliest: date | None
    latest: date | None

    @property
    def parsed(self) -> bool:
        return self.earliest is not None

    @property
    def is_exact(self) -> bool:
        return self.earliest is not None and self.earliest == self.latest

    @property
    def uncertainty_days(self) -> int | None:
        if self.earliest is None or self.latest is None:
            return None
        return (self.latest - self.earliest).days


def _month_span(year: int, month: int, months: int = 1) -> tuple[date, date]:
    end_month0 = month - 1 + months - 1
    end_year = year + end_month0 // 12
    end_month = end_month0 % 12 + 1
    return date(year, month, 1), date(end_year, end_month, calendar.monthrange(end_year, end_month)[1])


def _valid_year(text: str) -> int | None:
    year = int(text)
    return year if 1900 <= year <= 2100 else None


def parse_date_text(text: str) -> DateSpan:
    """Parse one date phrase; unparseable or impossible text keeps its text with no dates.

    Recognised: '31st March 2016', '30 November 2015', 'end of May 2026', 'March 2019',
    'Autumn 2018', 'early/mid/late 2019', 'Q3 2020', '2019/20' (a financial year),
    '2024'. A year outside 1900-2100 (a typo such as '20025') is left unparsed so that
    validation can report it rather than guess.
    """
    raw = text
    t = " ".join(text.lower().replace(",", " ").split())
    t = re.sub(r"^(by|from|until|till|in|during|around|approximately|before|after|the)\s+", "", t)
    t = re.sub(r"^(by|from|until|in|the)\s+", "", t)

    m = re.fullmatch(rf"{_ORD}\s+([a-z]+)\s+{_YEAR}", t)
    if m and m.group(2) in MONTHS and (y := _valid_year(m.group(3))):
        try:
            d = date(y, MONTHS[m.group(2)], int(m.group(1)))
        except ValueError:  # '31 February': impossible, so left for validation to report
            return DateSpan(raw, None, None)
        return DateSpan(raw, d, d)
    m = re.fullmatch(rf"(?:the\s+)?(start|beginning|end)\s+of\s+([a-z]+)\s+{_YEAR}", t)
    if m and m.group(2) in MONTHS and (y := _valid_year(m.group(3))):
        first, last = _month_span(y, MONTHS[m.group(2)])
        d = first if m.group(1) in {"start", "beginning"} else last
        return DateSpan(raw, d, d)
    m = re.fullmatch(rf"([a-z]+|q[1-4])\s+{_YEAR}", t)
    if m and (y := _valid_year(m.group(2))):
        word = m.group(1)
        if word in MONTHS:
            return DateSpan(raw, *_month_span(y, MONTHS[word]))
        if word in SEASONS:
            return DateSpan(raw, *_month_span(y, *SEASONS[word]))
        if word in PARTS_OF_YEAR:
            return DateSpan(raw, *_month_span(y, *PARTS_OF_YEAR[word]))
        if word in QUARTERS:
            return DateSpan(raw, *_month_span(y, *QUARTERS[word]))
    m = re.fullmatch(rf"(?:end|start|beginning|middle)\s+of\s+{_YEAR}", t)
    if m and (y := _valid_year(m.group(1))):
        if t.startswith("end"):
            return DateSpan(raw, *_month_span(y, 10, 3))
        if t.startswith("middle"):
            return DateSpan(raw, *_month_span(y, 5, 4))
        return DateSpan(raw, *_month_span(y, 1, 3))
    m = re.fullmatch(r"(\d{4})\s*/\s*(\d{2}|\d{4})", t)
    if m and (y := _valid_year(m.group(1))):
        return DateSpan(raw, date(y, 4, 1), date(y + 1, 3, 31))
    m = re.fullmatch(_YEAR, t)
    if m and (y := _valid_year(m.group(1))):
        return DateSpan(raw, date(y, 1, 1), date(y, 12, 31))
    return DateSpan(raw, None, None)


def add_years(span: DateSpan, years: int, text: str) -> DateSpan:
    """A date a whole number of years after `span` ("option to extend for a further 2 years")."""
    if span.earliest is None or span.latest is None:
        return DateSpan(text, None, None)

    def shift(d: date) -> date:
        try:
            return d.replace(year=d.year + years)
        except ValueError:  # 29 February
            return d.replace(year=d.year + years, day=28)

    return DateSpan(text, shift(span.earliest), shift(span.latest))
