"""Dates as documents write them ("Autumn 2018", "end of May 2026") -> honest ranges.

A commissioning timeline must not pretend that "Autumn 2018" means 1 September: each
date keeps its text and the earliest and latest calendar days that text allows.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9

# Meteorological seasons, as UK councils use them loosely: (first month, months long).
SEASONS = {"spring": (3, 3), "summer": (6, 3), "autumn": (9, 3), "fall": (9, 3), "winter": (12, 3)}
PARTS_OF_YEAR = {"early": (1, 4), "mid": (5, 4), "middle of": (5, 4), "late": (9, 4)}
QUARTERS = {"q1": (1, 3), "q2": (4, 3), "q3": (7, 3), "q4": (10, 3)}

_YEAR = r"(\d{4,5})"

# A quarter however a document spells it: 'Q1 2025/26', 'Qtr 1 2025/26', 'Quarter 1 2025/26', '2025/26 Q1', '2025/26 (Q1)',
# 'Quarter 4 of 2026/27', 'Q1 27/28' or 'Q3 26-27' (a financial year's, the last two as a forward plan's spreadsheet shortens it), 'Q3 2025' (a calendar year's). One rule for table headings, timetables and prose (`quarter_text`).
QUARTER_WORD = r"(?:Q|Qtr\.?|Quarter)"
QUARTER = re.compile(rf"(?<![\w/])(?:{QUARTER_WORD}\s*(?P<q>[1-4])\s*(?:of\s+(?:the\s+)?)?(?P<y>(?:19|20)\d{{2}}(?:\s*/\s*\d{{2,4}}|[-–]\d{{2}}(?:\d{{2}})?)?|\d{{2}}[/–-]\d{{2}})|"
                     rf"(?P<y2>(?:19|20)\d{{2}}(?:\s*/\s*\d{{2,4}})?)\s*(?P<br>\()?\s*{QUARTER_WORD}\s*(?P<q2>[1-4])(?(br)\s*\))|"
                     # 'the first quarter of 2028/29', 'the final quarter of 2026/27'
                     rf"(?:the\s+)?(?P<qw>first|second|third|fourth|final|last)\s+quarter\s+of\s+(?:the\s+)?"
                     rf"(?P<y3>(?:19|20)\d{{2}}(?:\s*/\s*\d{{2,4}})?))"
                     r"(?![\w/])",
                     re.IGNORECASE)


def quarter_text(m: re.Match[str]) -> str:
    """A QUARTER match written one way: 'Q1 2025/26' (April to June 2025) or 'Q3 2025' (July to September 2025)."""
    year = re.sub(r"\s+", "", m.group("y") or m.group("y2") or m.group("y3"))
    if re.search(r"[-–]", year) or re.fullmatch(r"\d{2}/\d{2}", year):
        # 'Q3 26-27', 'Q3 2026-27', 'Q1 27/28': a financial year only when its two years follow on
        year = re.sub(r"[-–]", "/", year)
        if int(year[-2:]) != (int(year.split("/")[0][-2:]) + 1) % 100:
            return ""
        year = f"20{year}" if len(year) == 5 else year
    year = f"{year[:4]}/{year[-2:]}" if "/" in year else year
    worded = {"first": "1", "second": "2", "third": "3", "fourth": "4", "final": "4", "last": "4"}.get(
        (m.group("qw") or "").lower())
    return f"Q{m.group('q') or m.group('q2') or worded} {year}"


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
    quarter = QUARTER.fullmatch(" ".join(text.split()))
    t = " ".join((quarter_text(quarter) if quarter else text).lower().replace(",", " ").split())
    t = re.sub(r"^(by|from|until|till|in|during|around|approximately|before|after|the)\s+", "", t)
    t = re.sub(r"^(by|from|until|in|the)\s+", "", t)
    # 'the autumn of 2026', 'early in 2028', 'mid-2027'
    t = re.sub(r"^(spring|summer|autumn|fall|winter|early|mid|late)(?:\s+(?:of|in)\s+|\s*-\s*)(?=\d)", r"\1 ", t)
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})(?:[ t]00:00(?::00)?)?", t)
    if m and (y := _valid_year(m.group(1))):  # ISO, as a spreadsheet exports a date ('2028-04-01 00:00:00')
        try:
            d = date(y, int(m.group(2)), int(m.group(3)))
        except ValueError:
            return DateSpan(raw, None, None)
        return DateSpan(raw, d, d)
    m = re.fullmatch(rf"h([12])\s*{_YEAR}", t)
    if m and (y := _valid_year(m.group(2))):  # 'H1 2027': a half of the calendar year
        return DateSpan(raw, *_month_span(y, 1 if m.group(1) == "1" else 7, 6))

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
    m = re.fullmatch(r"q([1-4])\s+(\d{4})\s*/\s*(?:\d{2}|\d{4})", t)
    if m and (y := _valid_year(m.group(2))):  # a financial year's quarter: Q1 2027/28 is April to June 2027
        q = int(m.group(1))
        return DateSpan(raw, *_month_span(y + (q == 4), (4, 7, 10, 1)[q - 1], 3))
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
    m = re.fullmatch(rf"(first|second)\s+half\s+of\s+{_YEAR}", t)
    if m and (y := _valid_year(m.group(2))):  # 'the second half of 2026': July to December
        return DateSpan(raw, *_month_span(y, 1 if m.group(1) == "first" else 7, 6))
    m = re.fullmatch(r"(first|second)\s+half\s+of\s+(?:the\s+)?(\d{4})\s*/\s*(\d{2})", t)
    if m and (y := _valid_year(m.group(2))) and int(m.group(3)) == (y + 1) % 100:
        # 'the first half of 2026/27': April to September (its second half October to March)
        return DateSpan(raw, *_month_span(y, 4 if m.group(1) == "first" else 10, 6))
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


# ---------------------------------------------------------------------------------------
# Dates inside sentences, day-first numeric dates, and contract lengths (for the proposer)
# ---------------------------------------------------------------------------------------

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
_SEASON_WORDS = "|".join([*SEASONS, "early", "mid", "late", "q[1-4]"])
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"

# Most specific first: a phrase found by an earlier pattern masks the later ones.
_DATE_PATTERNS: tuple[tuple[str, str], ...] = (
    # two days sharing a year ('from 4 January to 29 January 2027', 'from 4 to 29 January 2027'): two dates; without the
    # first month only after 'from' or 'between' or at the start ('Stage 4 - 1 April 2027' is one date)
    ("day_range", rf"(?:\b(?P<day1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month1>{_MONTH_NAMES})|"
                  rf"(?:(?<=from )|(?<=between )|^)(?P<day0>\d{{1,2}})(?:st|nd|rd|th)?)\s*(?:-|–|to|and|until)\s*"
                  rf"(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<month>{_MONTH_NAMES})\.?,?\s*(?P<year>\d{{4}})\b"),
    ("dmy", rf"\b{_DAY}\s*(?:of\s+)?(?P<month>{_MONTH_NAMES})\.?,?\s*(?P<year>\d{{4}})\b"),
    ("mdy", rf"\b(?P<month>{_MONTH_NAMES})\.?\s+{_DAY},?\s+(?P<year>\d{{4}})\b"),
    # ISO, as a spreadsheet exports a date, perhaps with its midnight ('2027-04-12', '2028-04-01 00:00:00')
    ("iso", r"(?<![\d/.-])(?P<year>(?:19|20)\d{2})-(?P<month>\d{2})-(?P<day>\d{2})(?:[ T]00:00(?::00)?)?(?![\d-])"),
    ("numeric", r"(?<![\d/.])(?P<day>\d{1,2})[/.](?P<month>\d{1,2})[/.](?P<year>\d{4}|\d{2})(?![\d/]|\.\d)"),
    # day first with hyphens and a year of four digits, as a register exported from a spreadsheet writes it ('31-03-2029')
    ("numeric", r"(?<![\d/.-])(?P<day>\d{1,2})-(?P<month>\d{1,2})-(?P<year>(?:19|20)\d{2})(?![\d-])"),
    ("edge", rf"\b(?P<edge>start|beginning|end|middle)\s+of\s+(?:(?P<month>{_MONTH_NAMES})\s+)?(?P<year>\d{{4}})\b"),
    ("month_range", rf"\b(?P<month1>{_MONTH_NAMES})\s*(?:-|–|to)\s*(?P<month>{_MONTH_NAMES})\s+(?P<year>\d{{4}})\b"),
    # two quarters of one year ('Q1-Q2 2027/28', 'Q3 – Q4 2026'): from the first's start to the second's end
    ("quarter_range", rf"(?<![\w/]){QUARTER_WORD}\s*(?P<q1>[1-4])\s*(?:-|–|to)\s*(?:{QUARTER_WORD}\s*)?(?P<q>[1-4])\s+"
                      r"(?P<year>(?:19|20)\d{2}(?:\s*/\s*\d{2,4})?)(?![\w/])"),
    ("my", rf"\b(?P<month>{_MONTH_NAMES})\.?\s*(?P<year>\d{{4}})\b"),
    ("my_short", rf"\b(?P<month>{_MONTH_NAMES})\.?\s*['’](?P<year>\d{{2}})(?![\d'’])"),
    ("fq", QUARTER.pattern),
    # 'autumn 2026', 'the autumn of 2026', 'early in 2028', 'mid-2027'
    ("season", rf"\b(?P<season>{_SEASON_WORDS})(?:\s+(?:of\s+|in\s+)?|\s*-\s*)(?P<year>\d{{4}})\b"),
    ("half", rf"\b(?P<half>first|second)\s+half\s+of\s+(?:the\s+)?(?P<year>\d{{4}})(?:\s*/\s*\d{{2}}(?![\d/]))?(?![\d/])|\bH[12]\s*(?:19|20)\d{{2}}\b(?![/-]\d)"),
    ("fy", r"(?<![\d/])(?P<year>(?:19|20)\d{2})\s*/\s*(?P<year2>\d{2})(?![\d/])(?:\s+financial\s+year)?"),
    # a financial year written with a dash only beside words saying so ('FY 2026-27', 'the 2026-27 financial year'):
    # a bare '2026-28' is a plan's span of years
    ("fy_dash", r"\bFY\s*(?P<year>(?:19|20)\d{2})\s*[-–]\s*(?P<year2>\d{2}|\d{4})(?![\d/-])|"
                r"(?<![\d/-])(?P<year3>(?:19|20)\d{2})\s*[-–]\s*(?P<year4>\d{2}|\d{4})\s+financial\s+year\b"),
    ("year", r"(?<![\d,.£$/-])(?P<year>(?:19|20)\d{2})(?![\d%/])"),
)
_DATE_RE = [(kind, re.compile(p, re.IGNORECASE)) for kind, p in _DATE_PATTERNS]


# the edge of a quarter or financial year written before it ('the end of Q2 2026/27', 'the start of 2027/28')
_EDGE_BEFORE = re.compile(r"\b(?:the\s+)?(end|close|start|beginning)\s+of\s+(?:the\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class DateMatch:
    """A date phrase found inside a sentence: its span and where it sits in the text."""

    span: DateSpan
    start: int
    end: int
    kind: str  # which form: dmy, numeric, my, season, fy, year, ...


_FUSED = re.compile(r"[A-Za-z]\d")
_FUSED_WORD = re.compile(r"\b(until|from|by|to|till|before|after|on|in)(\d)", re.IGNORECASE)
_FUSED_MONTH = re.compile(rf"\b({_MONTH_NAMES})(\d{{4}})\b", re.IGNORECASE)


def unfuse(text: str) -> str:
    """Undo words run together by PDF conversion: 'until31' -> 'until 31', 'October2026' -> 'October 2026'."""
    if not _FUSED.search(text):
        return text
    return _FUSED_MONTH.sub(r"\1 \2", _FUSED_WORD.sub(r"\1 \2", text))


def parse_numeric_date(text: str) -> DateSpan:
    """'01/10/2026' or '1.10.26' read UK style, day first; impossible dates stay unparsed."""
    m = re.fullmatch(r"\s*(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})\s*", text) \
        or re.fullmatch(r"\s*(\d{1,2})-(\d{1,2})-((?:19|20)\d{2})\s*", text)
    if not m:
        return DateSpan(text, None, None)
    year = int(m.group(3)) + (2000 if len(m.group(3)) == 2 else 0)
    try:
        d = date(year, int(m.group(2)), int(m.group(1)))
    except ValueError:
        return DateSpan(text, None, None)
    return DateSpan(text, d, d) if 1900 <= year <= 2100 else DateSpan(text, None, None)


def _short_form(t: str) -> DateSpan:
    """Timetables' short forms: "March '27" (a month of 2027), 'FY 2026-27' and '2026-27 financial year' (April 2026 to
    March 2027). Anything else stays unparsed ('w/c 6 April 2026' is its day, found by the day's pattern)."""
    m = re.fullmatch(rf"(?:in\s+|by\s+)?({_MONTH_NAMES})\.?\s*['’](\d{{2}})", t, re.IGNORECASE)
    if m:
        return DateSpan(t, *_month_span(2000 + int(m.group(2)), MONTHS[m.group(1).lower()]))
    m = re.fullmatch(r"(?:(?:in|during|the)\s+)*(?:FY\s*((?:19|20)\d{2})\s*[-–/]\s*(\d{2}|\d{4})|"
                     r"((?:19|20)\d{2})\s*[-–]\s*(\d{2}|\d{4})\s+financial\s+year)", t, re.IGNORECASE)
    if m:
        first, second = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
        y = int(first)
        if int(second[-2:]) == (y + 1) % 100:  # '2026-27': consecutive years, else no financial year
            return DateSpan(t, date(y, 4, 1), date(y + 1, 3, 31))
        return DateSpan(t, None, None)
    return DateSpan(t, None, None)


def parse_any_date(text: str) -> DateSpan:
    """`parse_date_text` plus the forms documents use in prose and notices.

    Adds UK day-first numbers ('01/10/2026'), '2026/27 financial year', 'the 1st of
    October 2026', fused words ('until31 March 2026') and a leading stage word
    ('commencing', 'expiring'). What `parse_date_text` reads is read the same way.
    """
    span = parse_date_text(text)
    if span.parsed:
        return span
    short = _short_form(" ".join(text.split()).strip(" .,;:()"))
    if short.parsed:
        return DateSpan(text, short.earliest, short.latest)
    t = unfuse(" ".join(text.split()))
    t = re.sub(r"^(?:(?:on|from|until|till|by|commencing|starting|ending|expiring|before|after|in|the|of)\s+)+",
               "", t, flags=re.IGNORECASE)
    t = re.sub(r"\s+financial\s+year$", "", t, flags=re.IGNORECASE)
    t = re.sub(r"^(\d{1,2})(?:st|nd|rd|th)?\s+of\s+", r"\1 ", t, flags=re.IGNORECASE)
    t = t.strip(" .,;:()")
    span = parse_date_text(t)
    if not span.parsed:
        span = parse_numeric_date(t)
    if not span.parsed:  # a day as a spreadsheet shows it ('31-Mar-27', '30-Sep-2026')
        m = re.fullmatch(rf"(\d{{1,2}})-({_MONTH_NAMES})-(\d{{4}}|\d{{2}})", t, re.IGNORECASE)
        if m:
            year = m.group(3) if len(m.group(3)) == 4 else f"20{m.group(3)}"
            span = parse_date_text(f"{m.group(1)} {m.group(2)} {year}")
    if not span.parsed:
        m = re.fullmatch(rf"({_MONTH_NAMES})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})", t, re.IGNORECASE)
        if m:
            span = parse_date_text(f"{m.group(2)} {m.group(1)} {m.group(3)}")
    return DateSpan(text, span.earliest, span.latest)


def find_dates(text: str, *, bare_years: bool = True) -> list[DateMatch]:
    """Every date phrase in a sentence, left to right, each with its honest range (see `_find_dates`)."""
    return list(_find_dates(text, bare_years))


@lru_cache(maxsize=8192)  # a document's proposer asks for one sentence's dates many times (its matches are frozen)
def _find_dates(text: str, bare_years: bool) -> tuple[DateMatch, ...]:
    """Every date phrase in a sentence, left to right, each with its honest range.

    'Tender from June 2025 until31 March 2026' -> June 2025 (a month) and 31 March 2026.
    'November-December 2015' gives both months. Bare years are included only when
    `bare_years` (callers decide whether a bare year can be a date in their context).
    """
    work = unfuse(text)
    # unfuse only inserts spaces; map positions back to the original text by counting
    taken = [False] * len(work)
    found: list[DateMatch] = []
    for kind, rx in _DATE_RE:
        if kind == "year" and not bare_years:
            continue
        for m in rx.finditer(work):
            if any(taken[m.start():m.end()]):
                continue
            phrase = m.group(0)
            if kind == "day_range":
                day1, first_end = (m.group("day1"), m.end("month1")) if m.group("day1") else (m.group("day0"), m.end("day0"))
                first = parse_date_text(f"{day1} {m.group('month1') or m.group('month')} {m.group('year')}")
                second = parse_date_text(f"{m.group('day')} {m.group('month')} {m.group('year')}")
                if first.parsed and second.parsed and first.earliest <= second.earliest:
                    found.append(DateMatch(DateSpan(work[m.start():first_end], first.earliest, first.latest), m.start(),
                                           first_end, "dmy"))
                    found.append(DateMatch(DateSpan(work[m.start("day"):m.end()], second.earliest, second.latest),
                                           m.start("day"), m.end(), "dmy"))
                    for i in range(m.start(), m.end()):
                        taken[i] = True
                continue
            if kind in ("month_range", "quarter_range"):
                year = m.group("year")
                q = "Q" if kind == "quarter_range" else ""
                first = parse_date_text(f"{q}{m.group('month1' if not q else 'q1')} {year}")
                second = parse_date_text(f"{q}{m.group('month' if not q else 'q')} {year}")
                if first.parsed and second.parsed and first.earliest <= second.earliest:
                    found.append(DateMatch(DateSpan(phrase, first.earliest, second.latest), m.start(), m.end(), kind))
                    for i in range(m.start(), m.end()):
                        taken[i] = True
                continue
            span = parse_any_date(phrase)
            if not span.parsed:
                continue
            edge = _EDGE_BEFORE.search(work[:m.start()]) if kind in ("fq", "fy") else None
            if edge:
                # 'by the end of Q2 2026/27', 'until the end of 2027/28': the quarter's or year's last day (its first
                # for 'the start of')
                day = span.latest if edge.group(1).lower() in ("end", "close") else span.earliest
                span, start = DateSpan(work[edge.start():m.end()], day, day), edge.start()
                found.append(DateMatch(span, start, m.end(), kind))
                for i in range(start, m.end()):
                    taken[i] = True
                continue
            found.append(DateMatch(span, m.start(), m.end(), kind))
            for i in range(m.start(), m.end()):
                taken[i] = True
    return tuple(sorted(found, key=lambda d: d.start))


# ---------------------------------------------------------------------------------------
# Contract lengths
# ---------------------------------------------------------------------------------------

_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "twenty": 20,
    "twenty-four": 24, "thirty-six": 36, "forty-eight": 48, "sixty": 60, "a": 1, "an": 1,
}
_N = r"(\d{1,3}|" + "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True)) + r")"
_UNIT = r"(years?|yrs?|months?)"
_MONEY_PER = re.compile(r"[£$€]\s*\d[\d,.]*\s*(?:k|m|bn|million|billion)?\s+(?:a|an|per|each)\s+(?:year|annum|month)\b")


def _num(word: str) -> int:
    return int(word) if word.isdigit() else _NUMBER_WORDS[word.lower()]


def _months(n: int, unit: str) -> int:
    return n * 12 if unit.lower().startswith("y") else n


@dataclass(frozen=True)
class ContractTerm:
    """A contract length as written: the initial term and any optional extensions, in months."""

    text: str
    initial_months: int
    extension_months: tuple[int, ...] = ()

    @property
    def total_months(self) -> int:
        return self.initial_months + sum(self.extension_months)


def parse_contract_term(text: str) -> ContractTerm | None:
    """'4 years with the option to extend for a further 2', '2+1+1 years', 'three x twelve
    month periods', 'initial term of 36 months' -> initial months and extensions; else None."""
    t = " ".join(unfuse(text).lower().replace("(", " ").replace(")", " ").split())
    # a sum of money a year ('is worth £1.2m a year', 'costs around £96.4m per annum') is a value, no term
    t = " ".join(_MONEY_PER.sub(" ", t).split()) if "£" in t or "$" in t or "€" in t else t
    # '2+1+1 years': the first figure is the term, the rest are extensions
    m = re.search(rf"\b(\d{{1,2}}(?:\s*\+\s*\d{{1,2}})+)\s*{_UNIT}", t)
    if m:
        parts = [int(p) for p in re.split(r"\s*\+\s*", m.group(1))]
        unit = m.group(2)
        return ContractTerm(m.group(0), _months(parts[0], unit), tuple(_months(p, unit) for p in parts[1:]))
    # '3 years (+1+1)', 'three years (+1+1)', '3 years + 2 years', '4 years + up to 2': the term, then its extensions
    # in the same unit
    m = re.search(rf"\b{_N}\s*{_UNIT}((?:\s*\+\s*(?:up\s+to\s+)?\d{{1,2}}(?:\s*{_UNIT})?)+)", t)
    if m:
        parts = [int(p) for p in re.findall(r"\+\s*(?:up\s+to\s+)?(\d{1,2})", m.group(3))]
        return ContractTerm(m.group(0), _months(_num(m.group(1)), m.group(2)), tuple(_months(p, m.group(2)) for p in parts))
    # 'three x twelve month periods': all of them make up the term
    m = re.search(rf"\b{_N}\s*(?:x|×|times)\s*{_N}[\s-]*{_UNIT}", t)
    if m:
        return ContractTerm(m.group(0), _num(m.group(1)) * _months(_num(m.group(2)), m.group(3)))
    m = re.search(
        rf"(?:initial\s+(?:term|period)\s+of\s+|for\s+(?:a\s+(?:period|term)\s+of\s+)?|term\s*(?:of|:)?\s*|period\s+of\s+"
        rf"|contract\s+length\s*:?\s*|duration\s*:?\s*|\b)(?P<n>{_N})[\s-]*(?P<u>{_UNIT})"
        rf"(?:\s+(?:contract|term|period|initially|initial))?",
        t,
    )
    if not m:
        return None
    initial = _months(_num(m.group("n")), m.group("u"))
    rest = t[m.end():]
    extensions: list[int] = []
    # 'with the option of two one-year extensions', '2 x 12-month extensions': so many extensions of one length
    count = re.search(rf"^[^.;]*?\b(?:option|options|optional|possibility|possible|plus|with)\b[^.;]*?\b{_N}\s*(?:x|×)?\s*"
                      rf"(?:further\s+|additional\s+|optional\s+)?{_N}[\s-]*{_UNIT}\s+(?:optional\s+)?extensions?\b", rest)
    if count:
        each = _months(_num(count.group(2)), count.group(3))
        return ContractTerm(t[m.start():m.end() + count.end()].strip(), initial, (each,) * _num(count.group(1)))
    ext = re.search(
        # ('with an optional extension of one year': the extension's length after 'of')
        rf"(?:option|options|optional|possibility|extend|extension)[^.;]*?(?:further|additional|extra|another|up\s+to|by|for|"
        rf"(?<=extension)\s+of(?:\s+up\s+to)?)"
        rf"\s+(?:a\s+(?:further\s+)?)?(?:period\s+of\s+)?(?P<n>{_N})(?:[\s-]*(?P<u>{_UNIT}))?",
        rest,
    )
    if ext:
        unit = ext.group("u") or m.group("u")
        extensions.append(_months(_num(ext.group("n")), unit))
    else:
        ext = re.search(rf"(?:plus|\+|and)\s+(?:an?\s+)?(?:optional\s+)?(?P<n>{_N})[\s-]*(?P<u>{_UNIT})\s+(?:optional\s+)?extension", rest)
        # ('for three years plus an optional two': the optional length right after the term, in its unit or its own)
        ext = ext or re.match(rf"\s*,?\s*(?:plus|\+|with)\s+an?\s+optional\s+(?:further\s+|additional\s+)?(?P<n>{_N})"
                              rf"(?:[\s-]*(?P<u>{_UNIT}))?\b", rest)
        if ext:
            extensions.append(_months(_num(ext.group("n")), ext.group("u") or m.group("u")))
    end = m.end() + (ext.end() if ext else 0)
    return ContractTerm(t[m.start():end].strip(), initial, tuple(extensions))


def add_months(d: date, months: int) -> date:
    """The same day `months` later (clamped to the month's last day)."""
    total = d.year * 12 + d.month - 1 + months
    year, month = divmod(total, 12)
    month += 1
    return date(year, month, min(d.day, calendar.monthrange(year, month)[1]))


def end_after(start: DateSpan, months: int, text: str) -> DateSpan:
    """The last day of a term of `months` starting on `start`: 4 years from 1 Oct 2026 ends 30 Sep 2030.

    A range start ('October 2026') gives a range end (30 Sep 2030 to 30 Oct 2030).
    """
    if start.earliest is None or start.latest is None:
        return DateSpan(text, None, None)
    from datetime import timedelta

    def last_day(d: date) -> date:
        later = add_months(d, months)
        # 29 Feb 2024 + 12 months has no 29th: the term ends on the 28th, the last day before it
        return later if later.day < d.day else later - timedelta(days=1)

    return DateSpan(text, last_day(start.earliest), last_day(start.latest))
