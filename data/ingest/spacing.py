"""Tables whose cells a converter wrote a single space apart (text copied out of a PDF viewer, a converter without a
layout mode): 'District Schemes Units' over 'Stroud 2 140' and 'Forest of Dean 2 95'.

Such a row is a label then two or more cells (figures, shares, '-', 'n/a', '..', '[c]'), and nothing says where one
cell ends but the header: its parts, one a column ('District | Schemes | Units', 'District | 2011 | 2021', 'Area |
Carers 2011 | Carers 2021'), a part starting at a capital, a '%' or a year after another year or after the first
part. A run of two or more rows with the same number of cells, under a header with a part for each (with or without
one for the labels too), is such a table; anything else is left as written, and OCR's thousands spaces ('10 950') are
read as ever outside these tables.
"""
from __future__ import annotations

import re

from data.dates import find_dates

# a cell: a figure with its thousands commas, decimals, sign, brackets or '%'; or a mark for no figure
_CELL = re.compile(r"\(?[-+−]?£?\d[\d,]*(?:\.\d+)?%?\)?|[-–—]|n/a|\.\.|\[[a-z]\]", re.IGNORECASE)
_LABEL_WORD = re.compile(r"[A-Za-z'’&().,/-]+|\d+\+?")
_YEAR = re.compile(r"(?:19|20)\d{2}(?:/\d{2})?")
_MARKS = frozenset({"TBC", "TBA", "tbc", "n/a", "N/A", "-", "–", "—"})
_GAP = "   "
_YEAR_IN = re.compile(r"(?:19|20)\d\d")
MAX_LABEL_WORDS = 6


def _row(line: str) -> tuple[str, list[str]] | None:
    """A single-spaced row's label and cells, else None. A cell is a figure or a mark (one word each), or a date
    ('31 March 2027', 'Autumn 2026', 'Q2 2027/28'), the cells one space apart to the line's end."""
    text = line.strip()
    if not text or "  " in text or "\t" in text or "|" in text or not text[0].isalpha():
        return None
    words = text.split(" ")
    k = len(words)
    while k > 0 and (_CELL.fullmatch(words[k - 1]) or words[k - 1] in _MARKS):
        k -= 1
    label, cells = words[:k], words[k:]
    if not cells:
        return None
    if re.search(r"\d", " ".join(label)) and _YEAR_IN.search(text):
        # ('Carers support 31 March 2027 Autumn 2026': the figures' scan stops inside a date)
        dated = _dated_cells(text)
        if dated is None:
            return None
        label, cells = dated
    if len(cells) < 2 or not label or len(label) > MAX_LABEL_WORDS or not all(_LABEL_WORD.fullmatch(w) for w in label):
        return None
    return " ".join(label), cells


def _dated_cells(text: str) -> tuple[list[str], list[str]] | None:
    """A row whose cells include dates: (label words, cells), the cells one space apart to the line's end."""
    # (a financial year's quarter reads as its first year's: 'Q2 2027/28' is one cell)
    found = [(m.start, m.end + 3 if re.match(r"/\d\d\b", text[m.end:]) else m.end)
             for m in find_dates(text, bare_years=False)]
    if not found:
        return None
    cells: list[str] = []
    end = len(text)
    spans = sorted(found)
    while spans or end > 0:
        if spans and spans[-1][1] == end:
            s0, _ = spans.pop()
            cells.insert(0, text[s0:end])
            end = s0 - 1 if s0 > 0 and text[s0 - 1] == " " else s0
            continue
        word_start = text.rfind(" ", 0, end) + 1
        word = text[word_start:end]
        if _CELL.fullmatch(word) or word in _MARKS:
            cells.insert(0, word)
            end = word_start - 1
            continue
        break
    if spans and spans[-1][1] > end:
        return None  # a date inside the label
    label = text[:max(end, 0)].split()
    return (label, cells) if end > 0 and not spans else None


def _header_parts(line: str) -> list[str]:
    """A header line's parts, one a column ('District Carers 2011 Carers 2021' -> District | Carers 2011 | ...)."""
    parts: list[list[str]] = []
    for word in line.strip().split():
        year = bool(_YEAR.fullmatch(word))
        new = (not parts or word[0].isupper() or word[0] in "%£#"
               or year and (len(parts) == 1 or bool(_YEAR.fullmatch(parts[-1][-1]))))
        if new:
            parts.append([word])
        else:
            parts[-1].append(word)
    return [" ".join(p) for p in parts]


def single_spaced_tables(lines: list[str]) -> dict[int, str]:
    """{line index: the line with its cells three spaces apart, aligned} for each single-spaced table's header and
    rows (see the module's docstring); lines not in such a table are not in it."""
    out: dict[int, str] = {}
    i = 0
    while i < len(lines):
        first = _row(lines[i])
        if first is None:
            i += 1
            continue
        rows = [(i, first)]
        j = i + 1
        while j < len(lines) and (r := _row(lines[j])) is not None and len(r[1]) == len(first[1]):
            rows.append((j, r))
            j += 1
        if all(_YEAR.fullmatch(c) for c in first[1]):
            head, rows = i, rows[1:]  # a header of years reads as a row of its own: 'District 2011 2021'
        else:
            head = i - 1
        header = lines[head] if head >= 0 else ""
        k = len(first[1])
        parts = _header_parts(header) if header.strip() and (head == i or _row(header) is None) and not re.search(
            r"\s{2,}|\t", header.strip()) else []
        if len(rows) >= 2 and len(parts) == k + 1:
            cells = [parts] + [[label, *values] for _, (label, values) in rows]
            widths = [max(len(c[n]) for c in cells) for n in range(k + 1)]
            for index, row in zip([head, *(n for n, _ in rows)], cells):
                out[index] = _GAP.join(c.ljust(w) for c, w in zip(row, widths)).rstrip()
        i = j
    return out


def respaced(lines: list[str]) -> list[str]:
    """The lines with each single-spaced table written as a space-aligned one (line numbers hold)."""
    tables = single_spaced_tables(lines)
    return [tables.get(n, line) for n, line in enumerate(lines)] if tables else list(lines)
