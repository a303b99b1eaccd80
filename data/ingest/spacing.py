"""Tables whose cells a converter wrote a single space apart (text copied out of a PDF viewer, a converter without a
layout mode): 'District Schemes Units' over 'Stroud 2 140' and 'Forest of Dean 2 95'.

Such a row is a label then cells to the line's end (figures, shares, signed changes, dates, '-', 'n/a', '..',
'[c]', a figure's '(r)' or '*' mark), and nothing says where one cell ends but the header: its parts, one a column
('District | Schemes | Units', 'District | 2011 | 2021', 'Hours of unpaid care a week | Carers | % of all carers'), a
part starting at a capital, a '%' or a year after another year or after the first part. A run of rows with the same
number of cells (two rows or more; one line that is no such row may sit between two), under a header with a part
for the labels and one for each cell, is such a table; anything else is left as written, and OCR's thousands spaces
('10 950') are read as ever outside these tables.

Also read: a header of periods alone ('2023/24 2024/25', 'Q1 2025/26 Q2 2025/26') over an empty corner (one row under
it is a table), a line of periods over a header's groups of columns ('2011 2021' over 'Age group Number % Number %'),
columns of places whose names are several words (joined by the area registry), and timetables whose cells hold text
beside dates (`text_cell_tables`: each date, figure or mark a cell and each run of words between them one more).
"""
from __future__ import annotations

import functools
import re

from data.dates import MONTHS, find_dates

# a cell: a figure with its thousands commas, decimals, sign, brackets or '%', and a note's '*'; or a mark for none
_CELL = re.compile(r"\(?[-+−]?£?\d[\d,]*(?:\.\d+)?(?:%|pp|pts)?\)?\*?|[-–—]|n/a|\.\.|\[[a-z]\]", re.IGNORECASE)
_CELL_MARK = re.compile(r"\([a-z]\)")  # a provisional or revised figure's mark after it: '4,525 (r)', '66.6 (p)'
_LABEL_WORD = re.compile(r"[A-Za-z'’&().,/%-]+|\d+\+?\)?|\(?\d+[-–]\d+\)?")  # (an age band: '65-74')
_YEAR = re.compile(r"(?:19|20)\d{2}(?:/\d{2})?")
_MARKS = frozenset({"TBC", "TBA", "tbc", "n/a", "N/A", "-", "–", "—"})
_GAP = "   "
_AFTER_FIGURE = frozenset({"pts", "pp", "%"})
_YEAR_IN = re.compile(r"(?:19|20)\d\d")
MAX_LABEL_WORDS = 10
_RANGE_WORDS = frozenset({"to", "and", "or", "under", "over", "aged", "than", "-", "–"})


def _unbold(word: str) -> str:
    return word[2:-2] if len(word) > 4 and word.startswith("**") and word.endswith("**") else word


def _is_cell(word: str) -> bool:
    word = _unbold(word)
    return bool(_CELL.fullmatch(word)) or word in _MARKS


def _row(line: str) -> tuple[str, list[str]] | None:
    """A single-spaced row's label and cells, else None. A cell is a figure or a mark (one word each, with the
    figure's '(r)' mark), or a date ('31 March 2027', 'Autumn 2026', 'Q2 2027/28'), the cells one space apart to the
    line's end."""
    text = line.strip()
    if not text or "  " in text or "\t" in text or "|" in text \
            or not (text[0].isalnum() or text.startswith(("**", "% "))) or text.startswith("o "):  # (a sub-bullet a converter wrote 'o': 'o 3,940' is a list's item)
        return None
    words = text.split(" ")
    cells: list[str] = []
    k = len(words)
    while k > 0:
        if _is_cell(words[k - 1]):
            cells.insert(0, words[k - 1])
        elif k > 1 and _CELL_MARK.fullmatch(words[k - 1]) and _CELL.fullmatch(_unbold(words[k - 2])):
            cells.insert(0, f"{words[k - 2]} {words[k - 1]}")
            k -= 1
        elif cells and words[k - 1].lower() in ("down", "up") and re.fullmatch(r"[\d,.]+%?", cells[0]):
            cells[0] = f"{words[k - 1]} {cells[0]}"  # a change written in words: 'down 410'
        elif k > 1 and words[k - 1] in _AFTER_FIGURE and _CELL.fullmatch(_unbold(words[k - 2])):
            cells.insert(0, f"{words[k - 2]} {words[k - 1]}")  # a change's points or a share's '%' apart: '-1.2 pts', '9.4 %'
            k -= 1
        else:
            break
        k -= 1
    # ('65 to 79 3,720 37.4%', 'Aged 85 and over 1,240': a range's or a bound's number is the label's)
    while cells and k > 0 and words[k - 1].lower() in _RANGE_WORDS and re.fullmatch(r"\d{1,3}\+?", cells[0]) \
            and int(cells[0].rstrip("+")) <= 110:  # (an age: 'Aged 65 and over 980 1,060' keeps its 980 a cell)
        cells.pop(0)
        k += 1
    # ('% of residents (aged 5+ in 2021) 10.6%', 'Estimated number with dementia, 2026 3,905': a bracket the label
    # opened closes in it, and a year after its comma is the label's)
    while cells and k > 0 and (cells[0].endswith(")") and "(" not in cells[0] and "(" in " ".join(words[:k])
                               or _YEAR.fullmatch(cells[0]) and (words[k - 1].endswith(",") or k > 1 and words[
                                   k - 2].endswith(",") and words[k - 1].lower() in MONTHS)):
        cells.pop(0)  # (and 'Recorded on GP registers, March 2026 2,610 ..': the month and year after its comma)
        k += 1
    label = words[:k]
    if not label and len(cells) >= 3 and _YEAR.fullmatch(cells[0]):
        return cells[0], cells[1:]  # a row per year: '2023 4,410 6,650 66.3' under 'Year ...'
    if (not cells or re.search(r"\d", " ".join(label))) and _YEAR_IN.search(text) \
            and (not cells or all(_YEAR.fullmatch(c) for c in cells) or find_dates(text, bare_years=False)):
        # ('Carers support 31 March 2027 Autumn 2026': the figures' scan stops inside a date; a label's year that is
        # no date, 'Estimated number with dementia, 2026 3,905 ..', is the label's)
        dated = _dated_cells(text)
        if dated is None:
            return None
        label, cells = dated
        if len(label) == 1 and _periods(label[0]) == label:
            return label[0], cells
    plain = [_unbold(w).strip("*") for w in " ".join(label).split()]  # ('**Total 65+** **2,990**': a bold row)
    if not cells or not plain or len(plain) > MAX_LABEL_WORDS or not all(_LABEL_WORD.fullmatch(w) for w in plain) \
            or not any(w[0].isalpha() or re.fullmatch(r"\d+(?:[-–]\d+|\+)", w) for w in plain):
        return None
    return " ".join(label), cells


_DATE_JOINT = re.compile(r"\s*(?:to|until|-|–|—)\s*$")


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
            if text[:spans[-1][0]].endswith(", ") and cells:
                break  # the label's date after its comma: 'Recorded on GP registers, March 2026 2,610 ..'
            s0, _ = spans.pop()
            if spans and (joint := _DATE_JOINT.search(text, 0, s0)) and joint.end() == s0 and spans[-1][1] == joint.start():
                s0, _ = spans.pop()  # a range of dates is one cell: 'July 2027 to March 2028'
            cells.insert(0, text[s0:end])
            end = s0 - 1 if s0 > 0 and text[s0 - 1] == " " else s0
            continue
        word_start = text.rfind(" ", 0, end) + 1
        word = text[word_start:end]
        if _is_cell(word):
            cells.insert(0, word)
            end = word_start - 1
            continue
        if _CELL_MARK.fullmatch(word) and spans and spans[-1][1] == word_start - 1:
            s0, _ = spans.pop()  # a date's '(r)' mark: '31 March 2028 (r)'
            cells.insert(0, text[s0:end])
            end = s0 - 1 if s0 > 0 and text[s0 - 1] == " " else s0
            continue
        break
    label = text[:max(end, 0)].split()
    if end <= 0 and not spans and len(cells) >= 2 and not _is_cell(cells[0]) and all(_is_cell(c) for c in cells[1:]):
        return [cells[0]], cells[1:]  # a row per period: 'Q1 2025/26 2,184 61.9%' under 'Quarter People ... Rate'
    return (label, cells) if end > 0 and (not spans or text[:spans[-1][0]].endswith(", ")) else None


def _header_parts(line: str) -> list[str]:
    """A header line's parts, one a column ('District Carers 2011 Carers 2021' -> District | Carers 2011 | ...)."""
    parts: list[list[str]] = []
    for word in line.strip().split():
        year = bool(_YEAR.fullmatch(word))
        # ('Change since March 2025 (points)': a month after a lowercase word is that part's date)
        month = bool(parts) and word.lower() in MONTHS and parts[-1][-1][:1].islower()
        # ('2023 MPS timetable': a year before an acronym qualifies it)
        acronym = bool(parts) and len(parts[-1]) == 1 and bool(_YEAR.fullmatch(parts[-1][0])) \
            and bool(re.fullmatch(r"[A-Z]{2,}", word))
        new = (not parts or word[0].isupper() and not month and not acronym or word[0] in "%£#"
               or year and (len(parts) == 1 or any(_YEAR.fullmatch(w) for w in parts[-1])
                            or parts[-1][-1].endswith(")"))
               and parts[-1][-1].lower() not in ("to", "and", "-", "–"))  # ('Change 2011 to 2021' is one part)
        if new:
            parts.append([word])
        else:
            parts[-1].append(word)
    return [" ".join(p) for p in parts]


def _periods(line: str) -> list[str] | None:
    """A header line that is periods alone, one a column ('2011 2021', '2023/24 2024/25 (r)', 'Q1 2025/26 Q2 2025/26',
    'Qtr 1 2025/26 ...'), else None."""
    text = line.strip()
    if not text or not _is_header(line):
        return None
    spans = [(m.start, m.end + 3 if re.match(r"/\d\d\b", text[m.end:]) else m.end)
             for m in find_dates(text, bare_years=False)]
    spans += [(m.start(), m.end()) for m in re.finditer(r"(?<!\S)(?:19|20)\d{2}(?:/\d{2})?(?!\S)", text)
              if not any(a <= m.start() < b for a, b in spans)]
    out, end = [], 0
    for a, b in sorted(spans):
        if a < end or text[end:a].strip():
            return None
        out.append(text[a:b])
        end = b
        mark = _CELL_MARK.match(text, end + 1)
        if mark and text[end:end + 1] == " ":
            out[-1] += " " + mark.group()  # a revised or provisional period: '2023/24 (r)'
            end = mark.end()
    return out if out and not text[end:].strip() else None


def _places(parts: list[str]) -> list[str] | None:
    """Header parts with the parts of a place's name joined ('Wyre | Forest' -> 'Wyre Forest', 'Vale of | White |
    Horse' -> 'Vale of White Horse'), when every part but the first is a place the registry knows; else None."""
    from data.ingest.areas import exact

    out: list[str] = []
    n = 0
    while n < len(parts):
        for m in range(min(len(parts), n + 4), n + 1, -1):
            if exact(" ".join(parts[n:m])):
                out.append(" ".join(parts[n:m]))
                n = m
                break
        else:
            out.append(parts[n])
            n += 1
    return out if len(out) < len(parts) and all(exact(p) for p in out[1:]) else None


def _is_header(line: str) -> bool:
    return bool(line.strip()) and not re.search(r"\s{2,}|\t|\|", line.strip()) and not line.rstrip().endswith((".", ":"))


def single_spaced_tables(lines: list[str]) -> dict[int, str]:
    """{line index: the line with its cells three spaces apart, aligned} for each single-spaced table's header and
    rows (see the module's docstring); lines not in such a table are not in it."""
    # (an upload's lines are read here up to three times, by `plain_characters` on the lines as read and as made plain
    # and by `respaced`: the same lines are worked out once, and each caller gets its own copy to change)
    return dict(_single_spaced_tables(tuple(lines)))


# (two sets of lines: one upload's calls come one after another, and a served process keeps no more documents' lines)
@functools.lru_cache(maxsize=2)
def _single_spaced_tables(lines: tuple[str, ...]) -> dict[int, str]:
    out: dict[int, str] = {}
    i = 0
    while i < len(lines):
        first = _row(lines[i])
        if first is None:
            i += 1
            continue
        k = len(first[1])
        rows = [(i, first)]
        j = i + 1
        while j < len(lines):
            r = _row(lines[j])
            if r is not None and len(r[1]) == k:
                rows.append((j, r))
                j += 1
            elif r is None and lines[j].strip() and j + 1 < len(lines) and (
                    after := _row(lines[j + 1])) is not None and len(after[1]) == k and len(rows) >= 1:
                j += 1  # one line that is no row between two ('NHS West Yorkshire ICB - 15F 62.9% ...') stays as written
            else:
                break
        if all(_YEAR.fullmatch(c.split()[0]) for c in first[1]):
            head, rows = i, rows[1:]  # a header of years reads as a row of its own: 'District 2011 2021'
        else:
            head = i - 1
        header = lines[head] if head >= 0 else ""
        parts = _header_parts(header) if (head == i or _row(header) is None) and _is_header(header) else []
        periods = _periods(header) if head < i else None
        if periods and len(periods) == k:
            parts = ["", *periods]  # an empty corner over the labels: '2023/24 2024/25', 'Q1 2025/26 Q2 2025/26'
        elif len(parts) == k and parts and _YEAR.fullmatch(parts[0].split()[0]):
            parts = ["", *parts]  # (and '2023 2024 Change': no label column is headed by a year)
        elif len(parts) > k and (places := _places(parts)) is not None and len(places) in (k, k + 1):
            # columns of places whose names are several words: 'Measure Bromsgrove Redditch Wyre Forest'
            parts = ["", *places] if len(places) == k else places
        if len(parts) == k + 1 and head > 0 and (group := _periods(lines[head - 1])) and len(group) >= 2 \
                and k % len(group) == 0 and k > len(group):
            # a period over each group of columns: '2011 2021' over 'Age group Number % Number %'
            span = k // len(group)
            parts = [parts[0], *(f"{part} {group[n // span]}" for n, part in enumerate(parts[1:]))]
        # (one row is a table under a header of periods alone: ' 2024/25 2025/26' over 'Carers referred 1,930 2,045')
        if (len(rows) >= 2 or rows and periods and parts == ["", *periods]) and len(parts) == k + 1:
            cells = [parts] + [[label, *values] for _, (label, values) in rows]
            widths = [max(len(c[n]) for c in cells) for n in range(k + 1)]
            for index, row in zip([head, *(n for n, _ in rows)], cells):
                out[index] = _GAP.join(c.ljust(w) for c, w in zip(row, widths)).rstrip()
        i = max(j, i + 1)
    return out


def respaced(lines: list[str]) -> list[str]:
    """The lines with each single-spaced table written as a space-aligned one (line numbers hold)."""
    tables = single_spaced_tables(lines)
    tables.update(text_cell_tables(lines, tables))
    return [tables.get(n, line) for n, line in enumerate(lines)] if tables else list(lines)


def _text_cells(text: str) -> tuple[str, list[str]] | None:
    """A timetable's row whose cells hold text as well as dates: (label, cells), the cells being each date, each figure
    or mark, and each run of words between them ('Carers support 31/03/2027 None remaining Tender Oct–Dec 2026
    1 April 2027' -> 'Carers support' | '31/03/2027' | 'None remaining Tender' | 'Oct–Dec 2026' | '1 April 2027');
    else None. A row with no date is not read here."""
    text = text.strip()
    if not text or "  " in text or "\t" in text or "|" in text or text.endswith((".", ":", ",")) \
            or not (text[0].isupper() or text[0].isdigit()) or re.search(r"[,.;] ", text):
        return None  # (a sentence's line, or a list's, is no row)
    spans = [(m.start, m.end + 3 if re.match(r"/\d\d\b", text[m.end:]) else m.end)
             for m in find_dates(text, bare_years=False)]
    if not spans:
        return None
    pieces: list[tuple[str, str]] = []  # (kind, text): 'date', 'cell' or 'word'
    pos = 0
    for a, b in sorted(spans) + [(len(text), len(text))]:
        if a < pos:
            return None
        for word in text[pos:a].split():
            pieces.append(("cell" if _is_cell(word) else "word", word))
        if b > a:
            pieces.append(("date", text[a:b]))
        pos = b
    # a figure in a phrase is the phrase's: '2 x 12 months', '1 + 1 years', '12 + 12 months'
    for n in range(len(pieces) - 2, -1, -1):
        if pieces[n][0] == "cell" and pieces[n + 1][0] == "word" and (pieces[n + 1][1][0].islower()
                                                                       or pieces[n + 1][1] in ("x", "+")):
            pieces[n] = ("word", pieces[n][1])
    # a range of dates is one cell, as in a row of figures: '2026/27 to 2028/29', 'July 2027 to March 2028'
    for n in range(len(pieces) - 3, -1, -1):
        if pieces[n][0] == "date" and pieces[n + 2][0] == "date" and pieces[n + 1][1] in _RANGE_JOINTS:
            pieces[n:n + 3] = [("date", f"{pieces[n][1]} {pieces[n + 1][1]} {pieces[n + 2][1]}")]
    # a word that leads a date is the date's cell: 'Ends 31/03/2028', 'From April 2028', 'Started 01/10/2024'
    for n in range(len(pieces) - 1, 0, -1):
        if pieces[n][0] == "date" and pieces[n - 1][0] == "word" and (pieces[n - 1][1].lower() in _DATE_LEADS
                                                                             or pieces[n - 1][1] in _DATE_LEADS):
            pieces[n - 1:n + 1] = [("date", f"{pieces[n - 1][1]} {pieces[n][1]}")]
    label: list[str] = []
    while pieces and pieces[0][0] == "word":
        label.append(pieces.pop(0)[1])
    cells: list[str] = []
    kinds: list[str] = []
    for kind, piece in pieces:
        if kind == "word" and kinds and kinds[-1] == "word":
            cells[-1] += " " + piece
        else:
            cells.append(piece)
            kinds.append(kind)
    if not label or len(label) > MAX_LABEL_WORDS or not cells or label[-1].endswith(":"):
        return None  # (and 'Published: 14 October 2026' is a field)
    return " ".join(label), cells


_RANGE_JOINTS = frozenset({"to", "until", "-", "–", "—"})
_DATE_LEADS = frozenset({"ends", "ended", "ending", "expires", "started", "starts", "from", "until", "by", "due",
                         "Tender"})


def text_cell_tables(lines: list[str], taken: dict[int, str]) -> dict[int, str]:
    """{line index: the line aligned} for each timetable whose header's parts ('Service Current contract ends Extension
    available Next procurement New contract from') match its rows' cells as `_text_cells` reads them, one row or more;
    lines in `taken` are left alone."""
    out: dict[int, str] = {}
    i = 0
    while i < len(lines) - 1:
        header = lines[i]
        if i in taken or not _is_header(header) or _text_cells(header) is not None or _row(header) is not None:
            i += 1
            continue
        parts = _header_parts(header)
        if any(len(part.split()) > 5 for part in parts) or re.search(r"[,.;:] ", header):
            i += 1  # (a line of prose is no header)
            continue
        rows = []
        j = i + 1
        while j < len(lines) and j not in taken and (r := _text_cells(lines[j])) is not None \
                and len(r[1]) == (len(rows[0][1][1]) if rows else len(r[1])) and 2 <= len(r[1]) <= len(parts) - 1 \
                and len(r[1]) >= len(parts) - 3:  # (two text columns at most after the label's)
            rows.append((j, r))
            j += 1
        if rows and len(parts) >= 3:
            # (fewer cells than the header's columns: the label took the text columns after it, 'Carers Breaks Service
            # Harbour Respite CIC' under 'Service Provider'; the cells are the last columns', those between written '-')
            blank = ["-"] * (len(parts) - 1 - len(rows[0][1][1]))
            cells = [parts] + [[label, *blank, *values] for _, (label, values) in rows]
            widths = [max(len(c[n]) for c in cells) for n in range(len(parts))]
            for index, row in zip([i, *(n for n, _ in rows)], cells):
                out[index] = _GAP.join(c.ljust(w) for c, w in zip(row, widths)).rstrip()
            i = j
        else:
            i += 1
    return out
