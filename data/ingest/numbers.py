"""Numbers in a line of converted text, with the spans that are not figures masked out.

A year, a date, an age band, a legislation or plan period, a reference number, a footnote
marker or a phone number is never a figure: those spans are masked before numbers are
read, so the proposer cannot offer them.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from data.dates import find_dates, unfuse

WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_SCALE = {"hundred": 100, "thousand": 1000, "million": 1_000_000}

APPROX = re.compile(
    r"\b(?:around|approximately|approx\.?|about|nearly|almost|over|just over|just under|more than|roughly|some|"
    r"c\.|circa|an estimated|estimated|up to|under|fewer than|less than|in excess of|close to)\s*$",
    re.IGNORECASE,
)

# a ratio in words ('one in three', 'one in fourteen'): no figure
_ONE_IN = re.compile(r"\b(?:one|two|three|four|five)\s+in\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|"
                     r"ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|"
                     r"forty|fifty|(?:a\s+)?(?:hundred|thousand))\b", re.IGNORECASE)

# the denominator of a fraction in words after a number in words ('two thirds', 'three-quarters', 'one fifth')
_FRACTION_AFTER = re.compile(r"[\s-]+(?:thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)\b", re.IGNORECASE)

# 'one of the main reasons', 'one of our biggest challenges': one among many, never a count; nor 'One of them, Orchard
# Mead in Tiverton, has 12 flats': one singled out by its name after the comma, whose own figure follows; nor 'when one
# of them needs more care': one of a couple or a family in a clause of time or condition
_ONE_OF = re.compile(r"\bone\s+of\s+(?:the|our|its|their|his|her|your|this|these)\s+(?:(?:very|most|main|key|major|"
                     r"biggest|largest|greatest|leading|primary|principal|top|few|many|commonest|\w+est)\b\s*)+|"
                     r"\bone\s+of\s+(?:them|these|those)\s*,(?=\s*(?-i:[A-Z]))|"
                     # 'when one of them needs more care': one of a couple or family after 'when' or 'if', no count
                     r"(?:(?<=\bwhen\s)|(?<=\bif\s)|(?<=\buntil\s)|(?<=\bonce\s)|(?<=\bunless\s))"
                     r"one\s+of\s+(?:them|us|you|the\s+two|the\s+couple)\b",
                     re.IGNORECASE)
_BOTH_OF = re.compile(r"\bboth(?=\s+of\s+(?:our|the|its|their|these|those)\s)", re.IGNORECASE)
# an ordinal after the article counts one more as 'further' does ('A seventh scheme is in development'); the scheme's name
# may stand between commas before the verb ('A new scheme, Tipner Wharf, is in development')
# (past twelve too, in words: 'A fifteenth scheme', 'a twenty-first scheme')
_UNIT_ORDINAL = r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
_ORDINAL = (r"(?:(?:(?:twenty|thirty)[- ](?:first|" + _UNIT_ORDINAL + r"))|" + _UNIT_ORDINAL +
            r"|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth|\d{1,2}(?:st|nd|rd|th))")
# (its place after it too: ', Heol Wen Court in Llandaff,'; or its place alone: ', at Hatherleigh,')
_NAME_BETWEEN_COMMAS = r"(?:,\s+(?:(?:at|in|near)\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,4}" \
                       r"(?:\s+(?:in|at|near)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,2})?,)"
# 'A further extra care scheme is planned', 'Another scheme will open': an article counting one scheme still to come (the
# plan's words after the noun: 'a new scheme opened in 2024' is no count of the stock), its size between before 'is'
# ('A new extra care scheme with 64 flats is planned at Cranbrook'; 'with 95 units will open' keeps to the units)
# (the scheme's site named after its size: 'a new extra care scheme of 72 units at Shinfield Meadows is planned')
# (its size between commas: 'A seventh very sheltered housing development, with 36 flats, is due to open')
_SITE_NAMED = r"(?:\s+(?:at|in|near)\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3})"
_ONE_MORE = re.compile(r"\b(?:an?(?=\s+(?:further|additional|new|" + _ORDINAL + r")\b)|another)(?=\s+(?:[\w-]+\s+){0,4}?"
                       r"(?:scheme|development|site|court)(?:,?\s+(?:with|of)\s+(?:around\s+|about\s+|up\s+to\s+)?\d[\d,]*\s+"
                       r"(?:flats|apartments|units|homes),?(?=" + _SITE_NAMED + r"?\s+is\b))?" + _SITE_NAMED + "?" +
                       _NAME_BETWEEN_COMMAS +
                       r"?\s+(?:is\s+(?:now\s+)?(?:planned|proposed|under\s+construction|being\s+built|in\s+development|"
                       r"due\s+to\s+open)|will\s+(?:open|be\s+(?:built|delivered|developed)))\b)",
                       re.IGNORECASE)
_MASKS = [
    re.compile(p, re.IGNORECASE) for p in (
        r"\[\s*\d{1,3}\s*\]",                                   # footnote markers [2]
        # a confidence interval ('(95% CI 9.9% to 10.3%)', '95% confidence interval: 3,186-3,648', 'CI 2.4 to 2.6'):
        # its level and bounds are no figures, only the estimate before it (a bound may wrap to the next line)
        r"\b(?:(?:90|95|99)(?:\.\d)?\s*%\s*)?(?:CIs?\b|C\.I\.|confidence\s+intervals?|confidence\s+limits?)\s*"
        r"(?:of\s+|was\s+|is\s+|[:=]\s*)?(?:[\[(]\s*)?(?:\d[\d,.]*\s*%?\s*(?:(?:to|-|–|—|,)\s*(?:\d[\d,.]*\s*%?)?)?)?",
        # an interval in brackets after the estimate ('64.2% [62.8-65.6]', '64.2% (62.8–65.6)'): no figures
        r"(?<=[\d%])\s*\[\s*\d[\d,.]*\s*%?\s*(?:-|–|—|to|,)\s*\d[\d,.]*\s*%?\s*\]",
        r"(?<=%)\s*\(\s*\d[\d,.]*\.\d+\s*%?\s*(?:-|–|—|to)\s*\d[\d,.]*\.\d+\s*%?\s*\)",
        # a suppression threshold ('counts of fewer than 5 are suppressed', 'a count below 10 is suppressed'): no figure
        r"\b(?:(?:fewer|less)\s+than|below|under)\s+\d{1,2}\b(?=[^.;]*\b(?:suppressed|redacted|withheld|not\s+(?:shown|published|"
        r"reported)))",
        # times of day ('10:00–12:30', '9.30am', '9am–5pm', '12 noon'): no figures
        r"(?<![\d,.:])\d{1,2}:\d{2}(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?![\d%:]|[,.]\d)|"
        r"(?<![\d,.])\d{1,2}(?:\.\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w)|(?<![\d,.])\d{1,2}\s+(?:noon|midday)\b",
        r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+",                                        # superscript footnote marks '2,840¹'
        # a footnote's number a Word converter runs into the per cent sign before it ('a rate of 64.1%13, below'): no
        # figure ('10.4%4.' too, not a range '10%-20%' nor a second share)
        r"(?<=\d%)\d{1,2}(?![\d,.]\d|\s*%)",
        r"(?<![\d,./])\d{1,3}(?:,\d{3})+\s*[-–—]\s*\d{1,3}(?:,\d{3})+(?![\d,.%])",  # a range '1,200–1,400'
        r"\bbetween\s+(?:around\s+|about\s+)?\d[\d,.]*\s*%?\s+and\s+\d[\d,.]*\s*%?",  # a range is not one figure
        r"(?<=[.:;\w])\s?\(\d{1,2}\)(?=\s*$|\s+[A-Z])",              # footnote references '... future. (2)'
        r"\b(?:aged|ages?)\s+between\s+\d{1,3}\s+(?:and|to)\s+\d{1,3}\b",
        r"\bpage\s+\d+\s+of\s+\d+\b",                             # page furniture
        r"\b(?:19|20)\d{2}\s*(?:-|–|/|to)\s*(?:19|20)?\d{2}\b(?![,.]\d)",  # periods 2024-29, 2024 to 2028, 2019/20
        r"\b(?:aged|age|ages)\s+(?:over|under|between|from)?\s*\d{1,3}(?:\s*(?:-|–|to|and|or)\s*(?:over|above|older|"
        r"\d{1,3}\+?)|\s*\+|\s+plus)?",
        r"\b\d{1,3}\s*(?:-|–|to)\s*\d{1,3}\s*(?:year[- ]olds?|years)\b",
        r"\b(?:median|average|mean)\s+age\s+(?:of\s+|is\s+|was\s+|:\s*)?\d{1,3}(?:\.\d)?\b|\bage\s+of\s+\d{1,3}\b",
        r"(?<![\d,.])\d{1,4}\s*[-–]\s*\d{1,4}(?![\d,.%])",          # ranges ('201-15', '10-19') are not one figure
        # 'schemes of 60 to 80 apartments': a range of sizes (not 'rising from 60 to 80 units', a change)
        r"(?<!from )(?<![\d,.])\b\d{1,3}(?:,\d{3})*\s+to\s+\d{1,3}(?:,\d{3})*\s+(?=(?:units?|apartments|flats|homes|beds|"
        r"places|schemes)\b)",
        r"\b\d{1,3}\s*(?:\+|and over|or over|and above|plus)(?=\W|$)",
        r"\bover\s+\d{2}s\b", r"\bunder\s+\d{2}s\b", r"\b\d{2}s\b",
        # an age after the people it bounds ('1 in 14 people over 65', 'adults under 65', 'a carer under 18'), not
        # 'over 650 carers' or 'carers over 50 hours'
        r"\b(?:people|persons?|those|adults?|residents|population|men|women|everyone|anyone|carers?|child|children)"
        r"\s+(?:aged\s+)?(?:over|under|above|below)\s+\d{2}(?!\d|[,.]\d|\s*%|\s+hours?\b)",
        # ... or after a verb, ending its clause ('carers are now over 65.', 'many were over 80, and', 'carers who are
        # themselves over 75;'), not 'is over 40,000'
        r"\b(?:is|are|was|were|being)\s+(?:(?:now|already|also|themselves|himself|herself|still|often|mostly|mainly)\s+)?"
        r"(?:over|under|above|below)\s+\d{2}"
        r"(?![.,]\d)(?=\s*(?:[.,;:)]|$)|\s+(?:years?\s+(?:old|of\s+age)|and|or|but)\b)",
        r"\b(?:per|for\s+every)\s+(?:1,000|1000|100,000|100000|10,000|100|1 000|100 000)\b",  # a rate's base
        r"(?<![\d,.])\b\d{1,3}\s+(?:in|out of)\s+(?:every\s+)?(?!(?:19|20)\d{2}\b)\d{1,4}\b(?![,.]\d)",  # '1 in 4'
        _ONE_IN.pattern,  # 'one in fourteen'
        r"\b(?:one|two|three|four|five)\s+in\s+(?:every\s+)?\d{1,3}\b(?![,.]\d)",  # 'one in 14'
        # 'one resident in eight', 'two carers in every five': a ratio with its people between
        r"\b(?:one|two|three|four|five|\d)\s+(?:residents?|persons?|people|adults?|carers?|households?|children|child|"
        r"young people|women|woman|men|man)\s+in\s+(?:every\s+)?(?:two|three|four|five|six|seven|eight|nine|ten|"
        r"eleven|twelve|fifteen|twenty|\d{1,2})\b(?![,.]\d)",
        r"\b\d{1,2}[.:]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.)(?!\w)",       # a time '7.30pm'
        # an agenda's item number before its time of day ('2    10:15    Unpaid carers: what the Census tells us'; its
        # items run into one paragraph: 'Welcome 2 10:15 Unpaid carers: ...')
        r"(?<![\d,.:£])\b\d{1,2}[.)]?\s+(?=(?:[01]?\d|2[0-3]):[0-5]\d(?:\s*(?:am|pm|a\.m\.|p\.m\.))?\s+[A-Z])",
        # opening hours '10.00 to 16.00' (not '12.5 to 14.1 per 1,000')
        r"(?<![\d,.])(?:[01]?\d|2[0-3])[.:][0-5]\d\s*(?:to|-|–|until)\s*(?:[01]?\d|2[0-3])[.:][0-5]\d(?![\d%]|\s*(?:%|per\b))",
        r"\bP\.?\s?O\.?\s+Box\s+\d+\b",                        # a PO box
        r"\b(?:rounded|rounding)\b[^.;]{0,30}?\bnearest\s+\d[\d,]*\b",    # a rounding base ('rounded to the nearest 10')
        r"\b(?:turns?|turning|turned)\s+\d{1,3}\b",                 # an age: 'before they turn 18'
        _ONE_OF.pattern,
        # a footnote's number a Word converter runs into the word before it ('a sixth scheme16 with', 'aged 5 and over6.',
        # 'in Telford5,'): the number alone is blanked, so the word still reads (not 'TS039', 'Lot3', 'REF12')
        r"(?<=[a-z]{3})[1-9]\d?(?![\w/-])",
        r"\b(?![A-Za-z]*[a-z]{3}[1-9]\d?(?![\w/-]))[A-Za-z]+[-_/]?\d+[A-Za-z0-9/-]*\b",  # Borough-9, Lot3, REF2024-01
        r"\b\d+[A-Za-z]{2,}\w*\b",                              # 12abc (but not 1st handled below)
        r"\b0\d{2,4}\s?\d{3,4}\s?\d{3,4}\b",                    # phone numbers (London's 020 8583 4400 too)
        r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b",               # postcodes
        r"\b(?:page|p\.|section|chapter|part|para(?:graph)?|table|figure|chart|appendix|lot|phase|tier|level|band|step|stage|"
        # and their plurals with a range: 'as set out in paragraphs 6.2 to 6.4', 'sections 4 and 5'
        # (and a meeting's agenda items and the slides shown: 'Item 3: Market update', '(slides 10 to 14)')
        # (and a note under a table: 'Note 3: the 2011 question ...', 'see notes 4 and 5')
        r"version|v\.|no\.|number|ward|option|priority|objective|outcome|action|recommendation|question|item|slide|note)s?\s+\d+(?:\.\d+)*\b"
        r"(?!,\d{3})(?:\s*(?:to|and|-|–)\s*\d+(?:\.\d+)*\b(?![,.]\d))?",
        r"^\s*(?:\d{1,2}[.)]|\d{1,2}(?:\.\d+)+)\s+(?=[A-Z])",          # numbered headings '11. Planned', '3.2 Extra care'
        r"£\s*\d[\d,.]*\s*(?:m|bn|k|million|billion)?\b",        # money is not one of the proposer's figures
        # a reference's pages and its journal's volume and issue ('Housing Review, 8(2), pp. 45-62'): no figures
        r"\bpp\.\s*\d+(?:\s*[-–]\s*\d+)?\b",
        r"(?<=,\s)\d{1,4}\(\d{1,3}\)(?=[,:.]|\s*$)",
        # a range of durations ('20 to 49 hours', '3 to 5 years'): its first bound is no figure either
        r"\b\d{1,3}\s+to\s+\d{1,3}\s*(?:hours?|hrs|days?|weeks?|months?|years?)\b",
        r"\b\d[\d,.]*\s*(?:(?:or|and) (?:more|over|fewer|less|under)\s+|\+\s*|plus\s+)?"
        r"(?:hours?|hrs|days?|weeks?|months?|years?|minutes?|mins?|miles?|km|beds?\s+nights?)\b",
        # a duration joined to its unit by a hyphen, an adjective ('the 24-hour care offer', 'a 12-month pilot')
        r"\b\d{1,3}-(?:hours?|days?|weeks?|months?|years?|minutes?|miles?)\b",
    )
]
_NUMBER = re.compile(
    r"(?<![\w.,£$])(?P<num>\d{1,3}(?:,\d{3})+(?P<fused>\d{1,2})?(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?P<pct>\s*(?:%|per\s*cent|percent))?(?P<scale>\s+(?:million|thousand)|\s?[kK])?(?![\w])"
)
# a number in words: 'seven', 'twenty-five', 'one hundred and twenty', 'two thousand three hundred and forty',
# 'nine thousand and sixty'; 'and' joins only after hundred, thousand or million ('one and all' is one, 'between
# eighty and ninety' two)
_UNITS = sorted((w for w, v in WORD_NUMBERS.items() if v < 20), key=len, reverse=True)
_TENS = [w for w, v in WORD_NUMBERS.items() if v >= 20]
_DIGITS = [w for w in _UNITS if WORD_NUMBERS[w] < 10]
_TENS_WORDS = (r"(?:(?:" + "|".join(_TENS) + r")(?:[\s-](?:" + "|".join(_DIGITS) + r")\b)?|(?:" + "|".join(_UNITS) +
               r"))\b")
# ('one hundred and two hundred': 'two' is the next number's)
_HUNDREDS = r"(?:(?:" + "|".join(_UNITS) + r")\s+hundred(?:\s+(?:and\s+)?" + _TENS_WORDS + r"(?!\s+hundred\b))?|" + \
    _TENS_WORDS + r")"
# 'a hundred and twenty', 'a thousand': 'a' is one only before hundred, thousand or million
_LEAD = r"(?:a\s+hundred(?:\s+(?:and\s+)?" + _TENS_WORDS + r"(?!\s+hundred\b))?|a(?=\s+(?:thousand|million)\b)|" + \
    _HUNDREDS + r")"
_WORD_NUMBER = re.compile(
    r"\b(?P<words>" + _LEAD + r"(?:\s+(?:million|thousand)(?:,?\s+(?:and\s+)?" + _HUNDREDS +
    r"(?:\s+thousand(?:,?\s+(?:and\s+)?" + _HUNDREDS + r")?)?)?)?)\b",
    re.IGNORECASE,
)
# (the same without 'a': cheaper, for the many lines that hold no hundred, thousand or million)
_WORD_NUMBER_PLAIN = re.compile(r"\b(?P<words>" + _HUNDREDS + r")\b", re.IGNORECASE)
_SCALE_WORD = re.compile(r"hundred|thousand|million", re.IGNORECASE)
# 'two and a half thousand', 'one and a half million', 'half a million'
_HALF_NUMBER = re.compile(r"\b(?:(?P<whole>" + "|".join(_UNITS) + r")\s+and\s+a\s+half|half\s+an?)\s+"
                          r"(?P<scale>thousand|million)\b", re.IGNORECASE)


_DIGIT = re.compile(r"\d")
_ONE_OFF = re.compile(r"-(?:off|stop|to-one)\b", re.IGNORECASE)  # after 'one': 'one-off', 'one-stop', 'one-to-one'


@dataclass(frozen=True)
class Number:
    value: float
    start: int
    end: int
    raw: str
    percent: bool
    approximate: bool
    words: bool = False      # written as words ('seven')
    footnote: bool = False   # a footnote digit was cut off ('12,4303' -> 12,430)


def words_value(text: str) -> float | None:
    total, current = 0, 0
    for k, w in enumerate(re.split(r"[\s,-]+", text.lower())):
        if w == "and":
            continue
        if w == "a" and k == 0:  # 'a hundred and twenty', 'a thousand'
            current = 1
            continue
        if w in WORD_NUMBERS:
            current += WORD_NUMBERS[w]
        elif w in _SCALE:
            current = max(current, 1) * _SCALE[w]
            if _SCALE[w] >= 1000:
                total, current = total + current, 0
        else:
            return None
    return float(total + current) if total + current else None


def masked(text: str) -> str:
    """The line with every non-figure span blanked (same length, so positions still hold)."""
    work = unfuse(text)
    if len(work) != len(text):
        text = work
    chars = list(text)

    def blank(a: int, b: int) -> None:
        for i in range(a, b):
            chars[i] = " "

    for d in find_dates(text):
        blank(d.start, d.end)
    for rx in _MASKS:
        for m in rx.finditer(text):
            if re.fullmatch(r"\d{1,3}(?:,\d{3})+\d{1,2}", m.group(0)):
                continue
            blank(m.start(), m.end())
    return "".join(chars)


_SAMPLE_SIZE = re.compile(r"(?:^|[\s(\[,;])(?:n|base)\s*[=:]\s*$", re.IGNORECASE)


def find_numbers(text: str, *, words: bool = True) -> list[Number]:
    """Figures in a line (positions refer to `unfuse(text)`); years, dates and names are never among them."""
    return list(_find_numbers(text, words))


@lru_cache(maxsize=8192)  # the proposer asks for one sentence's figures many times (Number is frozen)
def _find_numbers(text: str, words: bool) -> tuple[Number, ...]:
    base = unfuse(text)
    if not _DIGIT.search(base):  # words only: just the ratio phrases need masking ('one in three')
        clean = _ONE_OF.sub(lambda m: " " * len(m.group(0)), _ONE_IN.sub(lambda m: " " * len(m.group(0)), base)) \
            if words else base
    else:
        clean = masked(base)
    clean = re.sub(r"\b([cC])\.(?=\d)", r"\1 ", clean)  # 'c.18,500': about 18,500
    out: list[Number] = []
    for m in _NUMBER.finditer(clean):
        raw = m.group("num")
        footnote = bool(m.group("fused"))
        digits = raw[: m.start("fused") - m.start("num")] if footnote else raw
        value = float(digits.replace(",", ""))
        if m.group("scale"):
            value *= _SCALE.get(m.group("scale").strip().lower(), 1000)  # '14.2k'
            value = round(value, 6)
        pct = bool(m.group("pct"))
        if not pct and re.fullmatch(r"(?:19|20)\d{2}", digits):
            continue  # a bare year is never a figure
        before = base[max(0, m.start() - 25):m.start()]
        if _SAMPLE_SIZE.search(before):
            continue  # a survey's sample size ('(n=1,234)', 'base: 412') counts respondents, not what it surveyed
        out.append(Number(value, m.start(), m.end(), m.group(0).strip(), pct, bool(APPROX.search(before)),
                          footnote=footnote))
    if words:
        scaled = bool(_SCALE_WORD.search(clean))
        for m in _HALF_NUMBER.finditer(clean) if scaled else ():
            whole = WORD_NUMBERS[m.group("whole").lower()] if m.group("whole") else 0
            value = (whole + 0.5) * _SCALE[m.group("scale").lower()]
            before = base[max(0, m.start() - 25):m.start()]
            out.append(Number(value, m.start(), m.end(), m.group(0), False, bool(APPROX.search(before)), words=True))
        ranged: set[int] = set()  # 'between eighty and ninety carers', 'from twenty to thirty': a range, no figure
        worded = list((_WORD_NUMBER if scaled else _WORD_NUMBER_PLAIN).finditer(clean))
        for a, b in zip(worded, worded[1:]):
            if re.fullmatch(r"\s+(?:and|to|or)\s+", clean[a.end():b.start()]) and re.search(
                    r"\b(?:between|from)\s+$", clean[max(0, a.start() - 10):a.start()], re.IGNORECASE):
                ranged |= {a.start(), b.start()}
        for m in worded:
            if m.start() in ranged:
                continue
            value = words_value(m.group("words"))
            if value is None:
                continue
            if re.match(r"\s+million\b", clean[m.end():], re.IGNORECASE):
                value *= 1_000_000
            if any(n.start <= m.start() < n.end for n in out):
                continue
            if re.match(r"\s*(?:per\s*cent|percent|%)", clean[m.end():], re.IGNORECASE):
                continue  # 'a hundred per cent sure': a share in words is no count, and not one of ours
            if _FRACTION_AFTER.match(clean, m.end()):
                continue  # 'two thirds of people with dementia', 'three-quarters of carers': a fraction, no count
            if _ONE_OFF.match(clean, m.end()):
                continue  # 'a one-off carers' grant', 'a one-stop shop': an adjective, no count

            before = base[max(0, m.start() - 25):m.start()]
            out.append(Number(value, m.start(), m.end(), m.group(0), False, bool(APPROX.search(before)), words=True))
        for m in _BOTH_OF.finditer(clean):  # 'Both of our dementia-specialist schemes': two of them
            if not any(n.start <= m.start() < n.end for n in out):
                out.append(Number(2.0, m.start(), m.end(), m.group(0), False, False, words=True))
        for m in _ONE_MORE.finditer(clean):  # 'A further extra care scheme is planned': one more of them
            if not any(n.start <= m.start() < n.end for n in out):
                out.append(Number(1.0, m.start(), m.end(), m.group(0), False, False, words=True))
    return tuple(sorted(out, key=lambda n: n.start))
