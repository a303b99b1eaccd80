"""Where a document's figures sit: tables (tabs, space-aligned, flattened), label lists, form fields, prose.

Each finder returns plain records with line numbers; nothing here knows any measure.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import takewhile

from data.dates import MONTHS, QUARTER, quarter_text
from data.ingest.numbers import find_numbers
from data.tables import header_keys

_YEARISH = re.compile(r"^(?:(?:19|20)\d{2}(?:\s*/\s*\d{2,4})?|(?:19|20)\d{2}\s*[-–]\s*\d{2,4})$")
_SPACED = re.compile(r"\S(?: ?\S)*")  # cells separated by two or more spaces
_HEADING_WORDS = re.compile(r"^(?:#+\s*|\d+(?:\.\d+)*\.?\s+)")
_NUMBER_CELL = re.compile(r"(?:~|c\.?|ca\.|circa|approx\.?|around|about|est\.)?\s*[£$]?\s*-?\d[\d,]*"
                          r"(?:\.\d+)?\s*(?:%|\*+|\[\d+\]|k\b)?[⁰¹²³⁴⁵⁶⁷⁸⁹]*", re.IGNORECASE)
# a bullet's mark at a line's start ('•', '-', '1.'; Word's hollow bullet 'o' before a capital, or before anything when
# a tab follows it: 'o<tab>3,105 had ...')
HOLLOW_BULLET = r"o(?=\t|\s+[A-Z\d])"
BULLET = re.compile(rf"^\s*(?:[-•*·▪–]|\d{{1,2}}[.)]|{HOLLOW_BULLET})\s+")


def bullet_mark(line: str) -> str:
    """A bullet line's indent and mark ('  o', '•', '1.'; numbers as their kind, '1.' and '2.' alike); '' for no
    bullet."""
    found = BULLET.match(line)
    return re.sub(r"\d+", "1", found.group(0).rstrip().expandtabs(4)) if found else ""


_TAB_BULLET = re.compile(r"^\s*(?:[-•*·▪–o]|\d{1,2}[.)])\t[^\t]*$")
# a line that is only a page's or a slide's number, bare or between rules as a slide deck's export writes it
# ('Slide 5', '--- Slide 5 of 16 ---')
_MARK = r"^\s*(?:[-–—=*_]{{2,}}\s*)?{}\s+\d+(?:\s+of\s+\d+)?\s*(?:[-–—=*_]{{2,}})?\s*$"
_SLIDE = re.compile(_MARK.format("slide"), re.IGNORECASE)
_PAGE = re.compile(r"\bpage\s+\d+\s+of\s+\d+\b|" + _MARK.format("(?:page|slide)"), re.IGNORECASE)
_BARE_NUMBER = re.compile(r"\d{1,3}")
_CAPTION = re.compile(r"^(?:table|figure|fig\.|chart)\s*\d+(?:\.\d+)*[a-z]?[.:]?$", re.IGNORECASE)
_CAPTION_START = re.compile(r"^(?:table|figure|fig\.|chart)\s*\d+(?:\.\d+)?[a-z]?[.:]?\s+\S", re.IGNORECASE)
PIPE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")  # |---|---:|


@dataclass
class Row:
    line: int
    cells: list[str]
    band: bool = False  # a label alone across the table between its rows ('Basildon' over that district's rows)


@dataclass
class TableBlock:
    """A table: header rows, then data rows whose first cell is a label."""

    title: str
    title_line: int
    header: list[Row]
    rows: list[Row]
    style: str  # tabs | pipes | spaces | list | flattened | chart
    headings: tuple[str, ...] = ()
    follows: bool = False  # a second block under its own header, below a table whose title it took
    caption: str = ""  # the table's caption over a band label that is its title ('Table 5: Extra care' / 'Open schemes')

    def column_keys(self) -> list[str]:
        width = max([len(r.cells) for r in self.header + self.rows] or [0])
        keys = header_keys([r.cells for r in self.header], width, align_right=self.style == "spaces")
        return [" | ".join(key) for key in keys]


@dataclass
class Field:
    """A form field: label on one line, value on the same line after ':' or on the next line."""

    label: str
    value: str
    line: int
    end: int = 0  # the value's last line when it is wrapped over several (0: `line`)


@dataclass
class Layout:
    tables: list[TableBlock] = field(default_factory=list)
    fields: list[Field] = field(default_factory=list)
    table_lines: set[int] = field(default_factory=set)
    running: set[int] = field(default_factory=set)  # running headers and footers of a converted PDF; a contents page
    headings: dict[int, tuple[str, ...]] = field(default_factory=dict)  # line -> nearest headings above
    # line -> the line of the nearest heading above (0: none), and the lines of a slide deck's slide markers
    heading_lines: dict[int, int] = field(default_factory=dict)
    # line -> the headings of known level above it, outermost first, as (line, text): numbered ('3. Sandwell' over
    # '3.1 Key figures') or Markdown ('## Sandwell' over '### Key figures'); a heading of one level closes the deeper
    outline: dict[int, tuple[tuple[int, str], ...]] = field(default_factory=dict)
    slide_marks: tuple[int, ...] = ()
    margin: set[int] = field(default_factory=set)  # a draft's margin balloons (blank now; also in `running`)

    def same_slide(self, first: int, last: int) -> bool:
        """Whether no slide marker ('Slide 5 of 7') lies between lines `first` and `last`."""
        return not any(first < mark < last for mark in self.slide_marks)


def _unbold(cell: str) -> str:
    """A cell without the bold marks around it ('**130,600**' -> '130,600')."""
    return re.sub(r"^\*\*(.*)\*\*$|^__(.*)__$", lambda m: m.group(1) or m.group(2) or "", cell.strip())


# an official statistic's status mark after its figure, as the government's accessible style writes it: '3,065 [p]'
# (provisional), '66.9 [r]' (revised), '412 [e]' (estimated), '1,210 (p)'; the figure is still the cell's
_STATUS_MARK = re.compile(r"(?<=[\d%])\s*(?:\[[a-z]\]|\([pr]\))$")


def tab_cells(text: str) -> list[str]:
    """The cells of a tab row, each without the bold marks around it (a county's bold total row converted from PDF:
    '**Lancashire**<tab>**130,600**') or a status mark after its figure ('3,065 [p]'); an empty cell stays empty."""
    return [_STATUS_MARK.sub("", _unbold(c)) if c.strip() else c for c in text.split("\t")]


def pipe_cells(text: str) -> list[str] | None:
    """The cells of a Markdown table row ('| Ashby Marsh | 2 | **120** |'), else None."""
    t = text.strip()
    if not t.startswith("|") or t.count("|") < 2 or PIPE_RULE.match(t):
        return None
    cells = re.split(r"(?<!\\)\|", t.strip("|"))
    return [re.sub(r"^\*\*(.*)\*\*$|^__(.*)__$", lambda m: m.group(1) or m.group(2) or "", c.strip())
            .replace("\\|", "|") for c in cells]


# a grid table's border as pandoc's plain-text writer draws it ('+--------+------+'; '+========+======+' under the
# header), and its rows' lines ('| Carers support | 31 March |'), a cell's text wrapped onto the next lines of its row
GRID_BORDER = re.compile(r"^\s*\+(?:[-=:]{3,}\+)+\s*$")
_GRID_LINE = re.compile(r"^\s*\|.*\|\s*$")


def _grid_row(lines: list[str], row: list[int], bars: list[int]) -> str:
    """One grid table row's lines as one Markdown row: each cell's wrapped lines joined ('Carers Support and' /
    'Wellbeing Service' -> 'Carers Support and Wellbeing Service')."""
    cells = []
    for a, b in zip(bars, bars[1:]):
        cells.append(" ".join(" ".join(lines[k][a + 1:b].split()) for k in row).strip())
    return "| " + " | ".join(" ".join(c.split()) for c in cells) + " |"


def _bars_line_up(line: str, bars: list[int]) -> bool:
    return len(line.rstrip()) == bars[-1] + 1 and all(line[b] == "|" for b in bars)


def join_grid_rows(lines: list[str]) -> list[str]:
    """A grid table's rows ('+---+---+' borders, a cell's text wrapped over lines between them) read as Markdown
    rows: each row's lines joined on its first line, the borders between rows and the row's other lines a rule
    ('|---|---|', so the table goes on), the top and bottom borders blank (so the title above stays the title). The
    same number of lines as given."""
    out = list(lines)
    i = 0
    while i < len(lines):
        if not GRID_BORDER.match(lines[i]):
            i += 1
            continue
        bars = [k for k, ch in enumerate(lines[i].rstrip()) if ch == "+"]
        rule = "|" + "|".join("---" for _ in bars[1:]) + "|"
        j, row, rows, borders = i + 1, [], [], [i]
        while j < len(lines) and (GRID_BORDER.match(lines[j]) or _GRID_LINE.match(lines[j])):
            if GRID_BORDER.match(lines[j]):
                if row:
                    rows.append(row)
                row = []
                borders.append(j)
            elif _bars_line_up(lines[j], bars):
                row.append(j)
            else:
                break
            j += 1
        if not rows or row or len(borders) < 2:
            i = max(j, i + 1)
            continue  # (no whole row between borders, or a row whose bars do not line up: left as written)
        for k in borders:
            out[k] = rule
        out[borders[0]] = out[borders[-1]] = ""
        for r in rows:
            out[r[0]] = _grid_row(lines, r, bars)
            for k in r[1:]:
                out[k] = rule
        i = j
    return out


# the rule over and under a multiline table as pandoc's plain-text writer draws it: one run of dashes across it
_FULL_RULE = re.compile(r"^\s*-{10,}\s*$")


def _dash_groups(rule: str) -> list[int]:
    """Where each column of a simple or multiline table starts, from the rule of dashes under its header."""
    return [m.start() for m in re.finditer(r"-{3,}", rule)]


def _multiline_row(lines: list[str], row: list[int], starts: list[int]) -> str:
    """One multiline table row's lines as one Markdown row, each cell's wrapped lines joined."""
    ends = [*starts[1:], None]
    cells = [" ".join(" ".join(lines[k][a:b].split()) for k in row).strip() for a, b in zip(starts, ends)]
    return "| " + " | ".join(" ".join(c.split()) for c in cells) + " |"


def _multiline_table(lines: list[str], i: int) -> tuple[int, list[list[int]], int] | None:
    """A multiline table whose top rule is line `i`: the rule under its header's index, its rows' lines (rows apart by
    a blank line; the header the first) and the bottom rule's index; else None."""
    j = i + 1
    while j < len(lines) and lines[j].strip() and not SIMPLE_TABLE_RULE.match(lines[j]):
        j += 1
    if j >= len(lines) or j == i + 1 or j - i > 5 or not SIMPLE_TABLE_RULE.match(lines[j]):
        return None
    rows, row, k = [list(range(i + 1, j))], [], j + 1
    while k < len(lines) and not _FULL_RULE.match(lines[k]):
        if lines[k].strip():
            row.append(k)
        elif row:
            rows.append(row)
            row = []
        if k - j > 200 or (not lines[k].strip() and k + 1 < len(lines) and not lines[k + 1].strip()):
            return None  # (two blank lines: no closing rule near, no multiline table)
        k += 1
    if k >= len(lines) or not row:
        return None
    rows.append(row)
    return j, rows, k


def _headerless_multiline_table(lines: list[str], i: int) -> tuple[list[list[int]], int] | None:
    """A multiline table with no header marked whose top rule (a rule of dashes per column, a blank line over it) is
    line `i`: its rows' lines (rows a blank line apart) and its bottom rule's index; else None (a simple table's rows,
    no blank line between them, are read as spaced rows)."""
    if i and lines[i - 1].strip() or i + 1 >= len(lines) or not lines[i + 1].strip():
        return None
    rows, row, k = [], [], i + 1
    while k < len(lines) and not SIMPLE_TABLE_RULE.match(lines[k]):
        if lines[k].strip():
            row.append(k)
        elif row:
            rows.append(row)
            row = []
        if k - i > 200 or (not lines[k].strip() and k + 1 < len(lines) and not lines[k + 1].strip()):
            return None
        k += 1
    if k >= len(lines) or not row or not rows:
        return None
    return [*rows, row], k


def join_multiline_rows(lines: list[str]) -> list[str]:
    """A multiline table as pandoc's plain-text writer draws it (a rule of dashes across it, the header over a rule of
    dashes per column, rows a blank line apart whose cells wrap onto more lines, a rule across it under them) read as
    Markdown rows: each row's lines joined on its first line, the blank lines and the row's other lines a rule
    ('|---|---|', so the table goes on), the rules across it blank. The same number of lines as given."""
    out = list(lines)
    i = 0
    while i < len(lines):
        found = _multiline_table(lines, i) if _FULL_RULE.match(lines[i]) else None
        if found is None and SIMPLE_TABLE_RULE.match(lines[i]):
            headerless = _headerless_multiline_table(lines, i)
            found = (i, *headerless) if headerless else None
        if found is None:
            i += 1
            continue
        under_header, rows, bottom = found
        starts = _dash_groups(lines[under_header])
        rule = "|" + "|".join("---" for _ in starts) + "|"
        for k in range(i, bottom + 1):
            out[k] = rule
        out[i] = out[bottom] = ""
        for r in rows:
            out[r[0]] = _multiline_row(lines, r, starts)
        i = bottom + 1
    return out


def close_pipe_rows(lines: list[str]) -> list[str]:
    """Markdown table rows written without their outer pipes ('Service | Provider | End date', which Markdown allows)
    given them ('| Service | Provider | End date |'), when two or more lines in a row have the same number of pipes
    (two at least): one such line alone is a running header's ('Council | Market Position Statement | Page 6'). A table
    of two columns has one pipe a row ('Borough | Diagnosis rate', 'Barnet | 64.2%'): three such lines in a row at least."""
    def bare(t: str) -> int:
        t = t.strip()
        if t.count("|") == 1 and re.search(r"\S \| \S", t):
            return 1
        return t.count("|") if t.count("|") >= 2 and not t.startswith("|") and not t.endswith("|") else 0

    out = list(lines)
    i = 0
    while i < len(lines):
        n = bare(lines[i])
        j = i
        while n and j < len(lines) and bare(lines[j]) == n:
            j += 1
        if j - i >= (2 if n >= 2 else 3):
            for k in range(i, j):
                out[k] = "| " + lines[k].strip() + " |"
        i = max(j, i + 1)
    return out


def _cell_line(t: str) -> bool:
    """A line that can be one table cell extracted on its own: short, no sentence, no tab or pipe."""
    t = t.strip()
    return bool(t) and len(t) <= 60 and "\t" not in t and "|" not in t and not re.search(r"[.;:!?]$", t)


# a cell with no figure in it: a dash, 'n/a', '..', '*', 'tbc' ('Change from 2025' / '–' / '+1,770' ...)
_NIL_CELL = re.compile(r"[-–—*.]{1,2}|(?i:n/?a|tbc|tba|none)")


# the first header cell of a table whose rows are years ('Year' / 'Wiltshire' / '2025' / '8,120' / '2030' / ...)
_YEAR_HEADER = re.compile(r"(?i:years?|year ending|financial year|census(?: year)?)")


def _stacked_rows(lines: list[str], i: int, k: int, worded_header: bool = False) -> int:
    """How many rows of k cells, one cell a line (a label, then k - 1 figures or dates, a dash or 'n/a' among them),
    follow a header of k cells at i. A PDF converter writing a table's cells in column order ('Service' / three
    services / 'Contract end' / three dates / ...) gives the same shape: the columns become rows, as written. (A
    label and its date a line each, 'Contract start date' / '1 October 2026', are a form's fields, read as such.)"""
    header = lines[i:i + k]
    if len(header) < k or not all(_cell_line(h) for h in header) or is_number_cell(header[0]) \
            or not all(is_year_cell(h) or not is_number_cell(h) for h in header) \
            or worded_header and not all(re.search(r"[A-Za-z]{2}", h) for h in header):
        return 0
    rows, r = 0, i + k
    by_year = bool(_YEAR_HEADER.fullmatch(header[0].strip()))
    worded = _worded_columns(lines[r + 1:r + k]) if worded_header and k > 2 else set()
    while r + k <= len(lines):
        label, cells = lines[r], [c.strip() for c in lines[r + 1:r + k]]
        if by_year and is_year_cell(label) and all(is_signed_number_cell(c) or _NIL_CELL.fullmatch(c) for c in cells):
            rows, r = rows + 1, r + k  # (a row per year under a 'Year' column: 'Year' / 'Wiltshire' / '2025' / '8,120')
            continue
        figures = [c for n, c in enumerate(cells) if n not in worded]
        if not _cell_line(label) or is_number_cell(label) or not re.search(r"[A-Za-z]", label) \
                or not all(is_signed_number_cell(c) or _NIL_CELL.fullmatch(c) or k > 2 and is_date_cell(c)
                           for c in figures) or all(_NIL_CELL.fullmatch(c) for c in figures) or is_date_cell(label) \
                or not all(_word_cell(cells[n]) or _NIL_CELL.fullmatch(cells[n]) for n in worded):
            break
        rows, r = rows + 1, r + k
    return 0 if rows and any(is_date_cell(h) for h in header) else rows  # (a date heads no column of cells)


def _word_cell(text: str) -> bool:
    """A cell of words alone, no figure in it: a place or a kind beside a row's label ('Leigh', 'Extra care')."""
    return _cell_line(text) and bool(re.search(r"[A-Za-z]{2}", text)) and not re.search(r"\d", text) \
        and not _NIL_CELL.fullmatch(text.strip())


def _worded_columns(first_row: list[str]) -> set[int]:
    """The columns after the label that the first row fills with words ('Alder Court' / 'Leigh' / '72' / '2009': the
    township's), so long as a figure's column is left; later rows must fill them with words too."""
    worded = {n for n, c in enumerate(first_row) if _word_cell(c)}
    return worded if len(worded) < len(first_row) else set()


# a table's caption line ('Table 7: Commissioning timetable, carers'), which heads no column
_CAPTION_LINE = re.compile(r"^\s*(?:table|figure|fig\.|chart)\s*\d+(?:\.\d+)*[a-z]?\s*[:.–-]", re.IGNORECASE)


def _timetable_row(header: list[str], row: list[str]) -> bool:
    """A lone row of a stacked table that is a timetable's: four cells or more, two of them dates or more ('Carers
    Support Service' / '31 March 2027' / 'July 2026' / '1 April 2027' / '4,860,000'), as a commissioning chapter
    tabulates its one contract, under a header with no caption among its cells (so a page's number after the row,
    taken as one more cell, does not match a caption taken as one more column)."""
    return len(row) >= 4 and sum(is_date_cell(c) for c in row[1:]) >= 2 \
        and not any(_CAPTION_LINE.match(h) for h in header)


def join_stacked_cells(lines: list[str], worded_header: bool = False) -> list[str]:
    """A PDF table extracted cell by cell, one cell a line ('District' / 'Unpaid carers' / '%' / 'Bromsgrove' /
    '9,120' / '9.4%' ...), written back as a tab table: each row on its first cell's line, the lines of its other
    cells left blank (line numbers hold). A header of k short lines must be followed by rows of a label and k - 1
    figures: two rows at least (three when k is 2, so a caption over its figure stays an infographic's), or one row of
    a timetable (`_timetable_row`). With `worded_header`, every header cell must hold a word (a bullet's glyph over an
    infographic's figures heads no column)."""
    out = list(lines)
    contents = contents_lines(lines)  # (a contents page's entries over their pages are no table)
    i = 0
    while i < len(lines):
        best = max(((k, _stacked_rows(lines, i, k, worded_header)) for k in range(2, 9)), key=lambda kr: kr[1] * kr[0])
        k, rows = best
        enough = rows >= (3 if k == 2 else 2) or rows == 1 and _timetable_row(lines[i:i + k], lines[i + k:i + 2 * k])
        if enough and not contents & set(range(i + 1, i + k * (rows + 1) + 1)):
            for start in range(i, i + k * (rows + 1), k):
                out[start] = "\t".join(c.strip() for c in lines[start:start + k])
                for n in range(start + 1, start + k):
                    out[n] = ""
            i += k * (rows + 1)
        else:
            i += 1
    return out


def _paragraph_spaced(lines: list[str]) -> bool:
    """A document written a paragraph a line with a blank line after each (as Word's text is saved): most of its
    lines with text have a blank line after them."""
    filled = [i for i, t in enumerate(lines[:-1]) if t.strip()]
    return len(filled) >= 20 and sum(not lines[i + 1].strip() for i in filled) >= 0.8 * len(filled)


def join_spaced_stacked_cells(lines: list[str]) -> list[str]:
    """A table a converter flattened one cell a paragraph, a blank line between cells ('Year' / '' / 'People aged
    65+' / '' / '2024' / '' / '4,620' ...), in a document spaced a paragraph a line: its cells are read as
    `join_stacked_cells` reads cells on adjacent lines, each row written back on its first cell's line (tab-joined),
    its other cells' lines left blank (line numbers hold)."""
    if not _paragraph_spaced(lines):
        return lines
    filled = [i for i, t in enumerate(lines) if t.strip()]
    joined = join_stacked_cells([lines[i] for i in filled], worded_header=True)
    out = list(lines)
    for i, text in zip(filled, joined):
        out[i] = text
    return out


# '6.<tab>Proposals', '5.1<tab>The Census ...', '**1.<tab>Recommendations**'; a figure-first row ('9.6<tab>Per cent of
# residents') has no dot after its number and fewer words
# ... and a caption set with a tab stop after its label ('Table 3.1<tab>Unpaid carers by district, Census 2011 and 2021')
_CAPTION_TAB = re.compile(r"^(\s*(?:table|figure|fig\.|chart)\s*\d+(?:\.\d+)*[a-z]?[.:]?)\t+(?=[A-Z])([^\t]*)$",
                          re.IGNORECASE)
_NUMBERED_TAB = re.compile(r"^(\s*(?:\*\*)?\d{1,2}\.(?:\d{1,2}(?:\.\d{1,2})*(?:\.|(?=\t+\S+(?: \S+){3})))?)\t+"
                           r"(?=[A-Z\"'‘“(*])([^\t]*)$")


_MAIL_FIELD = re.compile(r"^\s*(From|Sent|Date|To|Cc|Subject)\s*:\s*\S", re.IGNORECASE)
_QUOTED = re.compile(r"^\s*>")
_WROTE = re.compile(r"\b(?:wrote|said|writes)\s*:\s*$", re.IGNORECASE)


def blank_email_quotes(lines: list[str]) -> list[str]:
    """An email's lines quoted with '>' are an earlier message's (figures and dates a reply or a correction has
    superseded): blanked, line numbers kept. Only in a message saved as text (its From: and Subject: header fields
    both there) or under a line ending 'wrote:' or 'said:'; a Markdown page's '>' call-out is the page's own."""
    fields = {m.group(1).lower() for m in map(_MAIL_FIELD.match, lines) if m}
    email = {"from", "subject"} <= fields and len(fields) >= 3
    out, quoting = list(lines), False
    for i, text in enumerate(lines):
        if _QUOTED.match(text):
            if email or quoting or (i and _WROTE.search(lines[i - 1])):
                out[i], quoting = "", True
        else:
            quoting = False
    return out


def untab_numbered_lines(lines: list[str]) -> list[str]:
    """Word's numbered headings and paragraphs saved as text keep the tab after their number ('5.1<tab>The Census
    2021 found ...', '**6.<tab>Proposals**'), and a caption the tab after its label ('Table 3.1<tab>Unpaid carers'):
    that tab is a space, not a table's cell break, when no other follows."""
    out, chapters = [], set()
    for line in lines:
        if "\t" in line:
            numbered = _NUMBERED_TAB.sub(r"\1 \2", line)
            short = _SHORT_NUMBERED_TAB.match(line) if numbered == line else None
            if short and short.group(2) in chapters:
                # a section's short heading ('6.3<tab>Carers', too few words to tell from a figure-first row alone)
                # under a chapter the document numbered the same way ('6.<tab>Commissioning intentions')
                numbered = f"{short.group(1)} {short.group(3)}"
            if numbered != line and (chapter := re.match(r"\s*(?:\*\*)?(\d{1,2})\.", numbered)):
                chapters.add(chapter.group(1))
            line = _CAPTION_TAB.sub(r"\1 \2", numbered)
        out.append(line)
    return out


_SHORT_NUMBERED_TAB = re.compile(r"^(\s*(\d{1,2})\.\d{1,2})\t+([A-Z][A-Za-z'’ ,&()/-]{1,60})$")


_CSV_FIELD = re.compile(r'\s*(?:"(?:[^"]|"")*"|[^",\t|]*)\s*')


def _csv_fields(text: str) -> list[str] | None:
    """The fields of a comma-separated row ('Breckland,"13,240",9.9'), quotes taken off; None if it is no such row."""
    t = text.strip()
    if "," not in t or "\t" in t or "|" in t:
        return None
    fields, pos = [], 0
    while True:
        m = _CSV_FIELD.match(t, pos)
        f = m.group(0).strip()
        fields.append(f[1:-1].replace('""', '"') if f.startswith('"') and f.endswith('"') and len(f) >= 2 else f)
        pos = m.end()
        if pos >= len(t):
            return fields
        if t[pos] != ",":
            return None
        pos += 1
        if pos == len(t):
            fields.append("")
            return fields


def _quoted_breaks_joined(lines: list[str], most: int = 12) -> tuple[list[str], set[int]]:
    """A spreadsheet row whose quoted cell holds line breaks ('ASC-1,Home care,"Framework, all areas' / '(Lots 1-4)",
    31/03/2027,...'), as Excel writes it to CSV: the row's lines joined on its first line with a space for each break,
    the others left blank (line numbers hold; their numbers are returned too). Only where the lines close the quote
    within `most` lines and make a row of three fields at least; prose with an odd quotation mark is left."""
    out, blanked = list(lines), set()
    i = 0
    while i < len(lines):
        if lines[i].count('"') % 2 and "\t" not in lines[i]:
            j, quotes = i + 1, lines[i].count('"')
            while j < len(lines) and j - i <= most and quotes % 2:
                quotes += lines[j].count('"')
                j += 1
            joined = " ".join(lines[k].strip() for k in range(i, j))
            if j - i > 1 and quotes % 2 == 0 and (fields := _csv_fields(joined)) and len(fields) >= 3:
                out[i] = joined
                out[i + 1:j] = [""] * (j - i - 1)
                blanked.update(range(i + 1, j))
                i = j
                continue
        i += 1
    return out, blanked


def _padded_label(fields: list[str]) -> bool:
    """A spreadsheet row holding text in its first cell only (a title, a block's name, a note), the row's other cells
    empty because the sheet is wider: its text may run long."""
    return bool(fields[0]) and not any(fields[1:])


def _named_columns(run: list[list[str]]) -> bool:
    """A header naming every column (four at least, no figure among the names) over two rows at least that fill half
    the columns: a spreadsheet's table of text and dates (a commissioning plan), whose rows need hold no figure. Rows
    of text in the first cell only (a title, a note) are not its header."""
    filled = [r for r in run if any(r) and not _padded_label(r)]  # (the sheet's title and notes above the header)
    if not filled or len(filled[0]) < 4 or not all(filled[0]) or any(is_number_cell(c) for c in filled[0]):
        return False
    if any("  " in c for r in filled for c in r):  # a space-aligned table's row, its thousands commas no separators
        return False
    return sum(2 * sum(bool(c) for c in r) >= len(r) for r in filled[1:]) >= 2


def csv_rows(lines: list[str]) -> list[str]:
    """A spreadsheet's rows pasted into a document or saved as CSV ('District,Unpaid carers (number),...',
    'Breckland,"13,240",9.9,"3,415"', blank separator rows ',,,') written as tab rows, their empty trailing cells
    dropped, a separator row as a blank line. Three lines at least in a row with the same number of fields (three at
    least), short fields (a padded row's lone first cell may be long), a header and rows of figures or a header
    naming every column: a sentence with commas is never such a run. A quoted cell broken over lines is first
    joined (`_quoted_breaks_joined`)."""
    written = lines
    lines, blanked = _quoted_breaks_joined(lines)
    out = list(lines)
    parsed = [_csv_fields(t) for t in lines]
    for k in sorted(blanked):  # a joined row's other lines belong to its run, as empty rows of its width
        parsed[k] = [""] * len(parsed[k - 1])
    i = 0
    while i < len(lines):
        n = len(parsed[i]) if parsed[i] else 0
        j = i
        while n >= 3 and j < len(lines) and parsed[j] is not None and len(parsed[j]) == n \
                and (all(len(f) <= 80 for f in parsed[j]) or _padded_label(parsed[j])):
            j += 1
        run = [parsed[k] for k in range(i, j)]
        filled = [r for r in run if any(r)]
        data = [r for r in filled if r[0] and not is_number_cell(r[0]) and sum(is_number_cell(c) for c in r[1:]) >= 2]
        if len(filled) >= 3 and (len(data) >= 2 and filled[0][0] and not any(is_number_cell(c) and not is_year_cell(c)
                                                                             for c in filled[0])
                                 or _named_columns(run)):
            for k in range(i, j):
                out[k] = "\t".join(parsed[k]).rstrip("\t") if any(parsed[k]) and k not in blanked else ""
        i = max(j, i + 1)
    for h in range(len(out)):  # a joined row that made no table is left as written, with the lines it took
        if h not in blanked and out[h] == lines[h] != written[h]:
            k = h + 1
            while k in blanked:
                k += 1
            out[h:k] = written[h:k]
    return out


_CONTINUES = re.compile(r"^\s*(?:[a-z(]|\d|(?i:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)")


def _cell_count(text: str) -> int:
    return text.count("\t") + 1 if "\t" in text and not _TAB_BULLET.match(text) else 1


def join_broken_cells(lines: list[str]) -> list[str]:
    """A Word table saved as text whose cells hold line breaks: each break starts a new line inside a row
    ('District<tab>Unpaid carers' / '(all hours)<tab>Of whom caring' / ...). In a run of tab rows of N cells (three
    at least, two lines with tabs at least), the lines that together make N cells are written back as one row on its
    first line, the others left blank (line numbers hold): a short row takes the lines after it while the cells add
    up to N at most; a line with no tab after a full row ends that row's last text cell when it reads on ('aged 5+
    (%)', 'September 2026') and starts the next row when the line after it reads on or is short of cells ('East
    Suffolk' / '(Suffolk Coastal and Waveney)<tab>25,610 ...'). A run of lines that makes no full row is left."""
    out = list(lines)
    n_lines = len(lines)
    i = 0
    while i < n_lines:
        if not lines[i].strip():
            i += 1
            continue
        j = i
        while j < n_lines and lines[j].strip():
            j += 1
        counts = [_cell_count(t) for t in lines[i:j]]
        n = max(counts)
        if n >= 3 and sum(c > 1 for c in counts) >= 2 and any(
                c < n for c in counts[next(k for k, c in enumerate(counts) if c > 1):]):
            _join_rows(lines, out, i, j, n)
        i = j
    return out


def _join_rows(lines: list[str], out: list[str], i: int, j: int, n: int) -> None:
    first = next(k for k in range(i, j) if _cell_count(lines[k]) > 1)
    groups: list[list[int]] = []
    cur: list[int] = []
    cells = 0

    def text(group: list[int]) -> str:
        return " ".join(lines[k].strip(" ") for k in group)

    k = first
    while k < j:
        c = _cell_count(lines[k])
        if cur and cells < n and cells + c - 1 <= n and not is_number_cell(text(cur).split("\t")[-1]):
            # (a cell reads on after a line break; a figure does not: 'Total<tab>500' then 'Note<tab>x' are two rows)
            cur.append(k)
            cells += c - 1
        elif cur and cells == n and c == 1 and _CONTINUES.match(lines[k]) and \
                text(cur).split("\t")[-1].strip() and not is_number_cell(text(cur).split("\t")[-1]):
            cur.append(k)
        else:
            if cur:
                groups.append(cur)
            cur, cells = [], 0
            if c > 1:
                cur, cells = [k], c
            elif k + 1 < j and _cell_count(lines[k + 1]) > 1 and _cell_count(lines[k + 1]) <= n and (
                    _CONTINUES.match(lines[k + 1]) or _cell_count(lines[k + 1]) < n):
                cur, cells = [k], 1
        k += 1
    if cur:
        groups.append(cur)
    for g in groups:
        joined = text(g)
        if len(g) > 1 and joined.count("\t") + 1 == n:
            out[g[0]] = "\t".join(" ".join(c.split()) for c in joined.split("\t"))
            for k in g[1:]:
                out[k] = ""


# the head noun of a service's name, alone on a line: what a row's first cell wrapped onto ('Dementia Advisory' /
# 'Service')
_LABEL_TAIL = re.compile(r"(?:[A-Z][a-z]+ )?(?:Services?|Support|Framework|Contract|Hub|Programme|Pathway|Provision|"
                         r"Partnership)")


def join_label_tails(lines: list[str]) -> list[str]:
    """A tab table whose rows are lines (a PDF converted to Word sets each printed line as a paragraph, the cells at tab
    stops) and whose first cell wrapped: the rest of the label alone on the next line, no tab, between the row and
    the next row of as many cells or the table's end ('Dementia Advisory<tab>30 September 2026<tab>...' / 'Service').
    The tail is a service's head noun: a band label over the next rows ('Planned schemes') is not. It is put back at
    the end of the row's first cell; its line is left blank (line numbers hold)."""
    out = list(lines)
    for k in range(1, len(lines)):
        tail = lines[k].strip()
        if "\t" in lines[k] or not _LABEL_TAIL.fullmatch(tail) or not is_tab_row(out[k - 1]):
            continue
        cells = out[k - 1].split("\t")
        if len([c for c in cells if c.strip()]) < 3 or not cells[0].strip():
            continue
        after = lines[k + 1] if k + 1 < len(lines) else ""
        if after.strip() and not (is_tab_row(after) and len(after.split("\t")) == len(cells)):
            continue
        out[k - 1] = "\t".join([f"{cells[0].rstrip()} {tail}", *cells[1:]])
        out[k] = ""
    return out


def row_cells(text: str) -> list[str] | None:
    """The cells of a table row written with tabs or Markdown pipes, else None (prose, or a spaced table)."""
    if is_tab_row(text):
        return tab_cells(text)
    return pipe_cells(text)


def is_tab_row(text: str) -> bool:
    """A tab-separated row, but not a bullet with a tab after its mark ('•<tab>Almost 9,000 carers ...')."""
    return "\t" in text and bool(text.strip()) and not _TAB_BULLET.match(text)


# a year over its share's column, the two header rows flattened into one cell ('2021 %' beside '2021 Number'): no
# share is 2021%
_YEAR_PERCENT = re.compile(r"(?:19|20)\d{2}\s*%")


# a figure and, in brackets after it, only the year, month or quarter it is for ('3,410 (2022/23)', '61.2% (Mar-23)',
# '3,540 (March 2026)', '412 (Q3 2025/26)'; not '22,480 (7.5%)' or '64 (48 one-bedroom)')
DATED_FIGURE = re.compile(r"(?P<figure>[^()]*\d[^()]*?)\s*\(\s*(?P<when>(?:(?:as\s+)?at\s+|end\s+(?:of\s+)?)?(?:\d{1,2}\s+)?"
                          r"(?:(?i:q[1-4]|quarter\s+[1-4]|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)"
                          r"\.?[\s-]*)?['’]?(?:\d{2}|(?:19|20)\d{2}(?:\s*/\s*\d{2,4})?))\s*\)")


def is_dated_figure(text: str) -> bool:
    """A figure and the year it is for in brackets ('3,410 (2022/23)'), as a scorecard's cells hold them."""
    m = DATED_FIGURE.fullmatch(text.strip())
    return bool(m) and is_number_cell(m.group("figure"))


def is_number_cell(text: str) -> bool:
    t = text.strip()
    return bool(t) and any(ch.isdigit() for ch in t) and bool(_NUMBER_CELL.fullmatch(t)) and not _YEAR_PERCENT.fullmatch(t)


def is_signed_number_cell(text: str) -> bool:
    """A figure, or a change written with its sign ('+1,770', '−550', '– 40'), as a table's change row or column holds it."""
    return is_number_cell(re.sub(r"^\s*[+\u2212–-]\s*(?=\d)", "", text))


def is_year_cell(text: str) -> bool:
    return bool(_YEARISH.match(text.strip()))


def quarter_period(text: str, whole: bool = True) -> str:
    """A quarter heading as a period, written as the date parser reads it: 'Q1 2025/26' (April to June 2025) or
    'Q3 2025' (a calendar quarter), however spelt ('Qtr 1 2025/26', 'Quarter 4 2024/25', '2025/26 Q2'); '' when the
    text is no quarter (with whole=False: holds no quarter or several)."""
    t = " ".join(text.split())
    found = list(QUARTER.finditer(t))
    if len(found) != 1 or whole and found[0].group(0) != t:
        return ""
    return quarter_text(found[0])


# a word no title ends on: an article, a preposition, a conjunction, an auxiliary or a determiner ('... is delivered
# by' / 'Cheshire Homecare Partnership ...': a sentence wrapped at its line's end)
_RUNS_ON_WORD = re.compile(r"\b(?:a|an|the|of|by|to|for|with|and|or|but|in|on|at|from|into|under|than|as|is|are|was|"
                           r"were|be|been|has|have|had|will|would|can|our|their|its|this|that|these|which|who|whose|"
                           r"between|across|within|through|per|each|any|some|all|both|not|no|until|till|since|during|"
                           r"around|about|approximately|nearly|almost|over|including|recorded|there)$", re.IGNORECASE)
# a date broken at a line's end ('... runs until 30' / 'September 2027, with ...')
_DAY_END = re.compile(r"\b(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$")
_MONTH_START = re.compile(rf"^(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))})\b", re.IGNORECASE)


def reads_on(text: str, following: str) -> bool:
    """A line of prose wrapped at its end, so no title: the next line carries on its sentence (it starts in lower
    case), the line ends on a word no title ends on ('... delivered by') or a day whose month starts the next line
    ('... until 30' / 'September 2027'), a sentence ends inside it ('... block
    contract. This contract'), or it is a long line of eight words or more ending on a word with a line as long under
    it ('Independent advocacy under the Care Act is provided by Riverside' / 'Advocacy Cheshire. The contract ...') or a
    figure ('... seven extra care schemes in the county, providing' / '412 units between them.')."""
    text, following = text.strip(), following.strip()
    return bool(following[:1].islower() or _RUNS_ON_WORD.search(text.rstrip("*_ ")) or
                (_DAY_END.search(text) and _MONTH_START.match(following)) or
                re.search(r"[a-z]{2}[.!?]\s+[A-Z]", text) or
                (len(text) >= 45 and len(text.split()) >= 8 and text[-1:].isalnum() and ":" not in text
                 and (len(following) >= 0.6 * len(text) or following[:1].isdigit()
                      or _ASIDE_ENDING.fullmatch(following))) or
                # a narrow column's line ending on a counting verb whose count starts the next ('In 2021 the Census
                # counted' / '76,540 people in ...')
                (len(text.split()) >= 4 and _COUNTING_VERB_END.search(text) is not None
                 and re.match(r"\d[\d,.]*\s+[a-z]", following) is not None) or
                # a long line whose clause after a comma holds a figure, its sentence ended on the next line ('Rates
                # differ, from 58.9% in West' / 'Oxfordshire to 67.5% in Oxford.'): prose, no title
                (len(text) >= 45 and len(text.split()) >= 8 and text[-1:].isalnum() and ":" not in text
                 and _FIGURE_AFTER_COMMA.search(text) is not None and re.search(r"[a-z]\.$", following) is not None))


# a figure in a clause after a comma, no year ('..., from 58.9% in', '..., 1,240 of them'): a sentence's, no title's
_FIGURE_AFTER_COMMA = re.compile(r",[^,]*?(?<![\d.,])\d(?:[\d,]*\.\d+%?|\d*%|\d{0,2},\d{3})")


# a sentence's closing aside alone on the line under a long line ('... 418 flats for older people' / '(Council records,
# April 2022).'): the wrapped sentence's end, its source or date
_ASIDE_ENDING = re.compile(r"\([^()]{3,80}\)[.;]")

_COUNTING_VERB_END = re.compile(r"\b(?:counted|recorded|estimated|identified|found|showed|shows|reported|numbered|"
                                r"totalled|totaled|registered|supported|assessed|had|has|have)$", re.IGNORECASE)


# a title led by its reference, as forward plans and registers number their entries ('KD-ASC-2026-031: Re-procurement
# of the Carers Support Service', 'Ref KD/2026/14: Home care'): the reference holds a digit, the title none in a run
REF_LED = re.compile(r"(?P<ref>(?:(?:ref(?:erence)?|item|KD)\.?\s*(?:no\.?\s*)?)?[A-Z]{1,8}[-/.]?[A-Za-z0-9/.-]*\d[A-Za-z0-9/.-]*)"
                     r"\s*:\s+(?P<title>[A-Z][^:\d]*(?:\d[^:\d][^:\d]*)*)")


_MILESTONE_LINE = re.compile(r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d\d\s+"
                             r"(?:\w+\s+){0,3}?(?:tenders?|contracts?|award\w*|procurement|go[- ]live|market|bids?|"
                             r"invitation|itt|evaluation|mobilisation|service)\b", re.IGNORECASE)


# (or, with no year, a lower-case phrase naming the slide's kind: 'Extra care care and support: recommissioning
# timeline', 'Carers support: next steps')
_TITLE_COLON = re.compile(r"[A-Z][^:\d]{2,50}:\s+(?:[a-z][a-z’' ]{2,40}\s+(?:19|20)\d\d|"
                          r"(?:[a-z][a-z’' ]{0,30}\s)?(?:timeline|timetable|milestones|key dates|next steps|overview))")


# a bulletin's news item headed by its kind before a colon ('Tender alert: Carers Support Service', 'Market update:
# extra care', 'Notice: home care framework extended', 'In brief: day opportunities'): a heading, not a field
NEWS_KICKER = re.compile(r"(?:(?:tender|market|provider|commissioning|procurement|contract)\s+)?(?:alert|update|news|"
                         r"spotlight|reminder)\s*:\s+|(?:notice|in\s+brief)\s*:\s+", re.IGNORECASE)
_NEWS_TITLE = re.compile(rf"(?:{NEWS_KICKER.pattern})[A-Za-z][^:\d]{{2,60}}", re.IGNORECASE)


def _TITLED(lines: list[str], i: int, text: str) -> bool:
    """A slide's title with a colon, set apart by blank lines ('Extra care care and support: timeline 2026',
    'Dementia: the picture in 2025'): what follows the colon is a lower-case phrase, not a field's value; or a news
    item's heading led by its kind ('Tender alert: Carers Support Service')."""
    return bool(_TITLE_COLON.fullmatch(text) or _NEWS_TITLE.fullmatch(text)) and (
        i == 0 or not lines[i - 1].strip()) and (i + 1 >= len(lines) or not lines[i + 1].strip())


# an appendix's or annex's title after its number and colon, as a committee report's appendices are headed ('Appendix 2:
# Procurement timetable – Home Care and Support', 'Annex B: Options appraisal')
_APPENDIX_TITLE = re.compile(r"(?:appendix|annex)\s+[A-Z0-9]{1,2}\s*:\s+[A-Z][^:\d]{2,80}", re.IGNORECASE)
# a page's footer alone on its line ('Page 5 of 9')
_PAGE_FOOTER = re.compile(r"page\s+\d{1,4}(?:\s+of\s+\d{1,4})?", re.IGNORECASE)


def is_heading(lines: list[str], i: int, furniture: set[int] = frozenset()) -> bool:
    """Whether line `i` (0-based) is a heading; `furniture`: (1-based) lines of a page's or a margin's furniture, which
    a sentence wrapped at the line's end runs on across ('... with 512' / a balloon's blanked line / 'apartments ...')."""
    # a line bold from end to end ('**Carers Support Service**', a Word heading run through the converter) is read as
    # its words
    text = _bold_line(lines[i].strip())
    if not text or "\t" in text or len(text) > 90 or text.endswith((".", ",", ";")) or text.startswith(("-", "•", "*", "▪")):
        return False
    if text.endswith(":") and re.search(r"(?:[a-z]{2}|\d{4})\.\s+[A-Z][a-z]", text):
        return False  # two sentences, the second leading in to a list ('The contract ends on 30 June 2026. Our timetable
        # is:'): prose
    if ":" in text and not text.endswith(":") and not (i and _SLIDE.match(lines[i - 1])) and not _TITLED(lines, i, text) \
            and not (
            text != lines[i].strip() and re.fullmatch(r"[^:\d]{3,60}:\s+[^:\d\s][^:\d]{2,60}", text)) \
            and not REF_LED.fullmatch(text) and not _APPENDIX_TITLE.fullmatch(text):
        return False  # ('Contract start: 1 April 2027' is a field; '**Extra care housing: care and support**' a heading)
    if _MILESTONE_LINE.match(text):
        return False  # a timeline's milestone, its month before its event ('Mar 2027 Tender published'): no heading
    cells = re.split(r"\s{3,}", text)
    if len(cells) >= 3 or len(cells) == 2 and not re.fullmatch(r"(?:\d+(?:\.\d+)*\.?|[A-Z]\.|[IVX]+\.)", cells[0]):
        return False  # a space-aligned table's header ('Ward area   Unpaid carers   % of residents'), not '4.   Need'
    # (a slide's title under its marker, 'Slide 5' over 'Unpaid carers', starts its section as after a blank line; so
    # does a page's first line under the page before's footer, 'Page 5 of 9' alone on its line)
    prev_blank = i == 0 or not lines[i - 1].strip() or bool(_SLIDE.match(lines[i - 1])) or bool(
        _PAGE_FOOTER.fullmatch(lines[i - 1].strip()))
    page_top = i > 0 and lines[i - 1].startswith("\f") and bool(_PAGE_TOP_HEADING.fullmatch(text))
    if not prev_blank and (_numbered_heading_shape(text) or page_top):
        # a Word document saved as text writes no blank line between paragraphs: its numbered heading ('6.4 Extra
        # care', its tab a space now) follows a page's running line, the heading above ('3. Unpaid carers' over '3.1
        # How many carers there are') or, a section's number having parts, the last sentence of the section before
        prev = _bold_line(lines[i - 1].strip())
        # ... or a page's first line after its form feed, a running title `pdftotext` without -layout sets no blank
        # line under
        prev_blank = bool(_PAGED_LINE.match(lines[i - 1])) or page_top or _numbered_heading_shape(prev) or (
            bool(re.match(r"\d{1,2}\.\d", text)) and prev.endswith((".", "!", "?")))
    following = lines[i + 1].strip() if i + 1 < len(lines) else ""
    if furniture and not following:
        k = i + 1
        while k < len(lines) and (k + 1 in furniture or not lines[k].strip()):
            k += 1
        if k < len(lines) and any(x + 1 in furniture for x in range(i + 1, k)):
            following = lines[k].strip()
    if reads_on(text, following) or re.search(r"\d,\d{3}|\d%|\d(?:\.\d+)?\s?[kK]\b", text):
        return False  # a sentence wrapped onto the next line or two sentences ('Many care for long hours. Of the
        # county's carers:'): prose; or a line of figures ('Around 2.1k carers ...')
    words = re.sub(_HEADING_WORDS, "", text).split()
    if not words or len(words) > 14 or _BARE_NUMBER.fullmatch(text):
        return False  # (nor a line that is only a number: a slide's or page's number, '9' under its footer)
    if text.startswith("#"):
        return True
    return prev_blank and (words[0][:1].isupper() or words[0][:1].isdigit())


# a numbered heading's shape: its number, then a few words with no figure and no full stop ('3.1 How many carers there
# are', '4. Dementia')
_NUMBERED_HEADING = re.compile(r"(?:\d{1,2}\.\d{1,2}(?:\.\d{1,2})*\.?|\d{1,2}\.)\s+[A-Z][A-Za-z'’ ,&()/-]{1,70}")


# a heading under a page's first line, numbered or not ('2 Our population', 'Carer support')
_PAGE_TOP_HEADING = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?[A-Z][A-Za-z'’ ,&()/-]{1,70}")


def _numbered_heading_shape(text: str) -> bool:
    return bool(_NUMBERED_HEADING.fullmatch(text)) and len(text.split()) <= 11 and not text.endswith((",", ";", ":"))


def _bold_line(text: str) -> str:
    """A line's words without the bold (or italic) marks around the whole of it ('**5. Commissioning intentions**',
    a converter's italic sub-heading '*Carers support service*')."""
    m = re.fullmatch(r"(\*\*|__|\*|_)(?=\S)([^*_]+?)(?<=\S)\1", text)
    return m.group(2).strip() if m else text


def _split_spaced(text: str) -> list[str]:
    return [m.group(0) for m in _SPACED.finditer(text.rstrip())]


# a timetable cell's lead naming the week a date starts ('w/c', 'W/B', 'week commencing', 'wk beginning')
_WEEK_CELL = re.compile(r"(?:w/?[cb]\.?|(?:week|wk)\s+(?:commencing|beginning|starting))\s*:?\s+(?=\d)", re.IGNORECASE)


# a programme's month or week counted from its start, its date in brackets ('Month 6 (September 2026)', 'Week 14 (w/c 5
# October 2026)')
_PROGRAMME_STEP = re.compile(r"(?:month|week|wk)\s+\d{1,2}\s*\((?P<date>[^()]{4,30})\)", re.IGNORECASE)


def is_date_cell(text: str) -> bool:
    """A date as a cell holds it: '4 November 2026', 'Q3 2025/26', or a quarter written as its months ('Apr-Jun 2025')."""
    from data.dates import find_dates, parse_any_date

    t = text.strip()
    if not t or is_number_cell(t) or len(t) >= 40 or is_year_cell(t):
        return False
    if parse_any_date(t).parsed:
        return True
    noted = re.fullmatch(r"(.+?)\s*\([^()]{1,30}\)", t)
    if noted and is_date_cell(noted.group(1)):
        return True  # a date with a note in brackets: '31 March 2027 (+12 months)', '30/09/2026 (extended)'
    week = _WEEK_CELL.match(t)
    if week and is_date_cell(t[week.end():]):
        return True  # the week a stage falls in: 'w/c 12 January 2026', 'Week commencing 02/03/2026'
    counted = _PROGRAMME_STEP.fullmatch(t)
    if counted and is_date_cell(counted.group("date")):
        return True  # a programme's month or week with its date: 'Month 6 (September 2026)'
    found = find_dates(t, bare_years=False)
    return len(found) == 1 and found[0].kind in ("month_range", "quarter_range") and found[0].start == 0 and found[0].end == len(t)


# a mid-year estimate's column ('Mid-2024', 'mid 2025'): a period heading, though 'mid-2027' alone dates a stage
_MID_YEAR = re.compile(r"mid[- ]?(?:19|20)\d{2}", re.IGNORECASE)


def _period_heads(cells: list[str]) -> bool:
    """Cells after the first that head columns of periods, one of them a mid-year's ('Age group | Mid-2024 |
    Projected 2030 | Projected 2035'): a header, not a row dated mid-2024."""
    rest = [c.strip() for c in cells[1:] if c.strip()]
    return len(rest) >= 2 and any(_MID_YEAR.fullmatch(c) for c in rest) and all(
        _MID_YEAR.fullmatch(c) or is_year_cell(c) or re.search(r"\b(?:19|20)\d{2}\b", c) and not is_number_cell(c)
        and not is_date_cell(c) for c in rest)


def _data_row(cells: list[str]) -> bool:
    """A label, then a number or date; a year is a label when the cells after it hold figures ('2030  2,210')."""
    if len(cells) < 2 or not cells[0].strip() or all(quarter_period(c) for c in cells if c.strip()):
        return False  # ('Q1 2025/26  Q2 2025/26' heads columns)
    if _period_heads(cells):
        return False
    if is_number_cell(cells[0]) and not (is_year_cell(cells[0]) and any(
            is_number_cell(c) and not is_year_cell(c) for c in cells[1:])) and not (
            re.fullmatch(r"\d{1,2}", cells[0].strip()) and any(is_date_cell(c) for c in cells[1:])):
        return False  # (a lot number before dates, '1 | Carers hub | 01/04/2023', is a label too)
    return any(is_signed_number_cell(c) or is_date_cell(c) or is_dated_figure(c) for c in cells[1:])


def _header_row(cells: list[str]) -> bool:
    if _period_heads(cells):
        return True
    others = [c for c in cells[1:] if c.strip()] or [c for c in cells if c.strip()]
    # quarters head columns ('   Q1 2025/26   Q2 2025/26'); one quarter beside a label is a timetable row's date
    # ('Contract award    Qtr 3 2025/26')
    quarters_head = len([c for c in cells if quarter_period(c)]) >= 2 or not cells[0].strip()
    return len([c for c in cells if c.strip()]) >= 2 and all(
        is_year_cell(c) or not is_number_cell(c) for c in others) and not any(
        is_date_cell(c) and not (quarters_head and quarter_period(c)) or is_dated_figure(c) for c in others)


_LEVELLED = re.compile(r"^\s*(?:(?P<hashes>#{1,6})\s+|(?:(?:section|part|chapter)\s+)?(?P<number>\d{1,2}(?:\.\d{1,2})*)"
                       r"(?:[.:)]|\s*[–-])?\s+(?=[A-Za-z]))", re.IGNORECASE)


def heading_level(text: str) -> int:
    """A heading's level when it shows one: a Markdown heading's hashes, a numbered heading's parts ('3. Sandwell' 1,
    '3.1 Key figures' 2, 'Section 4: Walsall' 1); else 0."""
    m = _LEVELLED.match(text)
    if not m:
        return 0
    return len(m.group("hashes")) if m.group("hashes") else m.group("number").count(".") + 1


def analyse(lines: list[str], margin: set[int] = frozenset()) -> Layout:
    """The document's headings, tables and lists; `margin`: lines a draft's margin balloons held (blank now), page
    furniture as a running header is."""
    running = running_lines(lines)
    layout = Layout(running=running | contents_lines(lines, running) | set(margin), margin=set(margin))
    n = len(lines)
    headings: list[str] = []
    heading_line = 0
    outline: dict[int, tuple[int, str]] = {}
    for i in range(n):
        if is_heading(lines, i, margin) and i + 1 not in layout.running and not _PAGE.search(lines[i]):
            headings, heading_line = [_bold_line(lines[i].strip()).lstrip("#").strip(), *headings][:3], i + 1
            level = heading_level(headings[0])  # ('**3.3 Charnwood**': a bold numbered heading has its level)
            if level:
                outline = {k: v for k, v in outline.items() if k < level}
                outline[level] = (i + 1, headings[0])
        layout.headings[i + 1] = tuple(headings)
        layout.heading_lines[i + 1] = heading_line
        layout.outline[i + 1] = tuple(outline[k] for k in sorted(outline))
    layout.slide_marks = tuple(i + 1 for i in range(n) if _SLIDE.match(lines[i]))
    groups = {g.first - 1: g.last for g in key_figure_blocks(lines)}
    i = 0
    while i < n:
        text = lines[i]
        if i in groups:  # key figures and their captions are no table's header (a table may follow)
            i = groups[i]
            continue
        if is_tab_row(text):
            i = _tab_block(lines, i, layout)
            continue
        if pipe_cells(text) is not None:
            i = _pipe_block(lines, i, layout)
            continue
        if "  " in text.strip() and len(_split_spaced(text)) >= 2:
            j = _spaced_block(lines, i, layout)
            if j > i:
                i = j
                continue
        i += 1
    _cards(lines, layout)
    _lists_and_fields(lines, layout)
    return layout


def running_lines(lines: list[str]) -> set[int]:
    """Lines repeated with only their page number changed ('Market Position Statement 2026    7' ... '8'):
    a converted PDF's running header or footer, which can fall inside a table split by a page break."""
    seen: dict[str, list[tuple[int, int]]] = {}
    for i, text in enumerate(lines, start=1):
        m = re.fullmatch(r"\s*(\D.{19,}?)\s+(?:page\s+)?(\d{1,4})\s*|\s*(?:page\s+)?(\d{1,4})\s+(\D.{19,}?)\s*", text,
                         re.IGNORECASE)
        if m:
            seen.setdefault(" ".join((m.group(1) or m.group(4)).split()).lower(), []).append(
                (i, int(m.group(2) or m.group(3))))
    out = {i for found in seen.values() if len(found) >= 2 and _page_numbers(found) for i, _ in found}
    # a footer on three pages at least, its numbers rising page by page even where a page of pictures or a short
    # appendix page skips more pages than the lines between could hold ('... 2029<tab>13' then '... 2029<tab>16')
    out |= {i for found in seen.values() if len(found) >= 3 and all(
        n1 < n2 <= n1 + max(5, (l2 - l1) // 5) for (l1, n1), (l2, n2) in zip(found, found[1:])) for i, _ in found}
    # the same line on page after page with no page number on it ('Council | Market Position Statement 2026-2029', its
    # page number in a footer of its own): three times at least, each a page apart, alone between blank lines
    same: dict[str, list[int]] = {}
    for i, text in enumerate(lines, start=1):
        t = " ".join(text.split())
        if len(t) >= 20 and re.search(r"[A-Za-z]{3}", t) and not re.search(r"[.;:!?]$", t) \
                and (i == 1 or not lines[i - 2].strip()) and (i == len(lines) or not lines[i].strip()):
            same.setdefault(t.lower(), []).append(i)
    for found in same.values():
        if len(found) >= 3 and all(b - a >= 10 for a, b in zip(found, found[1:])) and not all(
                _heads_rows(lines, i) for i in found):
            out.update(found)
    # a header or footer naming its page, even once ('Market Position Statement 2026/27        Page 2'), alone between
    # blank lines: a short document has too few pages to repeat it
    out |= {i for i, text in enumerate(lines, start=1) if _PAGED_LINE.match(text)
            and (i == 1 or not lines[i - 2].strip()) and (i == len(lines) or not lines[i].strip())}
    return out | _page_break_lines(lines)


def _heads_rows(lines: list[str], i: int) -> bool:
    """Whether line i (1-based) is a tab row of three cells or more over rows of as many cells, the next line with
    words (the lines of the header's wrapped cells and a page's running header blanked between): a grid's header, repeated on each page it runs over, no running header."""
    cells = len(lines[i - 1].split("\t"))
    below = next((t for t in lines[i:i + 8] if t.strip()), "")
    return cells >= 3 and len(below.split("\t")) == cells


def _page_break_lines(lines: list[str]) -> set[int]:
    """The running title and page numbers around a form feed, which `pdftotext` without -layout sets with no blank
    line around them: a page's first line, the same on three pages at least ('<FF>Fife Strategic Plan 2025/26'), and
    a page number alone on a page's last line, rising by one from page to page (the document's last line too)."""
    breaks = [i for i, text in enumerate(lines, start=1) if text.startswith("\f")]
    firsts: dict[str, list[int]] = {}
    for i in breaks:
        t = " ".join(lines[i - 1].split()).lower()
        if len(t) >= 10 and re.search(r"[a-z]{3}", t):
            firsts.setdefault(t, []).append(i)
    out = {i for found in firsts.values() if len(found) >= 3 for i in found}
    last = max((i for i, text in enumerate(lines, start=1) if text.strip()), default=0)
    ends = [i - 1 for i in breaks if i >= 2] + [last]
    numbered = [(i, int(lines[i - 1])) for i in ends if i >= 1 and re.fullmatch(r"\s*\d{1,3}\s*", lines[i - 1])]
    out |= {i for k, (i, n) in enumerate(numbered)
            if k and numbered[k - 1][1] == n - 1 or k + 1 < len(numbered) and numbered[k + 1][1] == n + 1}
    return out


_PAGED_LINE = re.compile(r"^\s*\S.{9,}?\S(?:\s{3,}|\t+|\s+[|–-]\s+)page\s+\d{1,4}(?:\s+of\s+\d{1,4})?\s*$", re.IGNORECASE)


_NOTE = re.compile(r"^\s*(\d{1,2})\s+(?=[A-Za-z\"'‘“(])[^\t]*$")


def _note_goes_on(last: str, text: str) -> bool:
    """`text` carries on the note line `last`: `last` runs near the width of a page or column (a short numbered line is a
    heading) and ends no sentence, and `text` is words, not a table's row."""
    return bool(text.strip()) and len(last.strip()) >= 50 and not last.rstrip().endswith((".", ":", ";", "!", "?")) \
        and "\t" not in text \
        and not re.search(r"\S {3,}\S", text.strip()) and "|" not in text


def footnote_lines(lines: list[str]) -> set[int]:
    """A page's footnotes as a converted PDF gives them: two or more lines in a row, each led by its note's number
    counting up by one ('1 POPPI version 15.0, accessed ...' / '2 People aged 85-89 and 90 and over, Table 3.').
    A note's number is no figure, and its words (a source, a table's rows) are no sentence of the text. A note
    wrapped over lines ('3 Ashby's 2011 count includes 240 carers moved' / 'from Coalton in 2017.') keeps its
    following lines while its last one ends no sentence."""
    out: set[int] = set()
    run: list[int] = []
    numbers: list[int] = []
    for i, text in enumerate([*lines, ""], start=1):
        m = _NOTE.match(text)
        if m and (not numbers or int(m.group(1)) == numbers[-1] + 1) and (not run or run[-1] == i - 1):
            run.append(i)
            numbers.append(int(m.group(1)))
            continue
        if not m and run and run[-1] == i - 1 and _note_goes_on(lines[i - 2], text):
            run.append(i)
            continue
        if len(numbers) >= 2:  # (two notes or more: a numbered heading over its paragraph is none)
            out.update(run)
        run, numbers = ([i], [int(m.group(1))]) if m else ([], [])
    return out


_CONTENTS = re.compile(r"^(?:#+\s*)?(?:\*\*)?(?:(?:table\s+of\s+)?contents|"
                       # a newsletter's or magazine's contents box ('In this issue', 'Inside this edition')
                       r"in\s+this\s+(?:issue|edition|newsletter|bulletin)|inside(?:\s+this\s+(?:issue|edition|newsletter|bulletin))?|"
                       r"what['’]s\s+inside)(?:\*\*)?:?"
                       r"(?:\s*\t.*|\s{2,}page\b.*)?$", re.IGNORECASE)
# a list of tables or figures, or an index, at the back of a statement ('Appendix E: List of tables and figures', 'Index'):
# its entries' page numbers are no figures either
_BACK_LIST = re.compile(r"^(?:#+\s*)?(?:\*\*)?(?:(?:appendix|annex)\s+[A-Z0-9]{1,2}[.:]?\s*[-–:]?\s*)?(?:list\s+of\s+"
                        r"(?:tables|figures|charts|maps)(?:,?\s+(?:and\s+)?(?:tables|figures|charts|maps))*|"
                        r"(?:tables|figures)\s+and\s+(?:tables|figures|charts)|index)(?:\*\*)?$", re.IGNORECASE)
# an entry with dot leaders whose pages may be a list ('Dementia ........ 17-22, 41-42')
_LEADER_ENTRY = re.compile(r"^\S.*?\S\s*(?:\.\s?){4,}\s*(?:pages?\s+)?\d{1,3}(?:\s*[-–]\s*\d{1,3})?"
                           r"(?:,\s+\d{1,3}(?:\s*[-–]\s*\d{1,3})?)*\s*$", re.IGNORECASE)
# a contents entry: its words, then (after a tab, a wide gap or dot leaders) its page or pages ('2. Carers<tab>5-7')
_CONTENTS_ENTRY = re.compile(r"^\S.*?(?:\t|\s{2,}|\.{3,}\s*)(?:page\s+)?\d{1,3}(?:\s*[-–]\s*\d{1,3})?\s*$", re.IGNORECASE)

# the page column's header under the title ('Contents' over '<tab>Page' or 'Page No.')
_CONTENTS_PAGE_HEADER = re.compile(r"^(?:\*\*)?(?:page|pages|page\s+no\.?|page\s+number|pg\.?)(?:\*\*)?$", re.IGNORECASE)


def _contents_pipe_row(text: str) -> bool:
    """A contents page converted to a Markdown table: '| 2. Unpaid carers | 3 |', its header '| Section | Page |'
    and the rule under it."""
    if PIPE_RULE.match(text):
        return True
    cells = [c.strip() for c in pipe_cells(text) or [] if c.strip()]
    return len(cells) >= 2 and bool(re.search(r"[A-Za-z]{3}", cells[0])) and bool(
        _CONTENTS_PAGE_HEADER.match(cells[-1]) or re.fullmatch(r"(?:page\s+)?\d{1,3}(?:\s*[-–]\s*\d{1,3})?", cells[-1],
                                                               re.IGNORECASE))


# a contents entry's words alone on a line ('3 Unpaid carers'), short and ending in no stop, whose page is the next line
_ENTRY_WORDS = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})?\.?\s+)?[A-Z][^.:;!?]{2,60}$")


def _entry_over_its_page(text: str, after: str) -> bool:
    """A contents entry as `pdftotext` without -layout gives it: its words on one line, its page alone on the next
    ('3 Unpaid carers' over '4')."""
    return bool(_ENTRY_WORDS.match(text)) and bool(re.fullmatch(r"\d{1,3}", after))


def contents_lines(lines: list[str], running: set[int] = frozenset()) -> set[int]:
    """A contents page's lines ('Contents' over '1. Carers<tab>3', '2. Extra care housing<tab>5'): its page numbers are
    no figures, and its entries no table. A list of tables or an index at the back goes on over a page break (the
    `running` header or footer and the blank lines around it)."""
    out: set[int] = set()
    for i, text in enumerate(lines):
        back = bool(_BACK_LIST.match(text.strip()))
        if not _CONTENTS.match(text.strip()) and not back:
            continue
        entries = {i + 1}
        j, blanks = i + 1, 0
        while j < len(lines) and blanks <= 1:
            t = lines[j].strip()
            if back and (j + 1 in running or not t and any(
                    k + 1 in running for k in range(j + 1, min(j + 3, len(lines))) if lines[k].strip())):
                j += 1  # (a page break inside the list: its running line and the blank lines before it)
                continue
            if not t:
                blanks += 1
            elif _CONTENTS_ENTRY.match(t) or j <= i + 2 and _CONTENTS_PAGE_HEADER.match(t) or _contents_pipe_row(t) \
                    or back and _LEADER_ENTRY.match(t):
                entries.add(j + 1)
                blanks = 0
            elif j + 1 < len(lines) and _entry_over_its_page(t, lines[j + 1].strip()):
                entries |= {j + 1, j + 2}  # (a PDF read a cell a line: the entry, then its page alone on the next line)
                blanks = 0
                j += 1
            else:
                break
            j += 1
        if len(entries) >= 3:  # the title and two entries at least
            out |= entries
    return out


def _page_numbers(found: list[tuple[int, int]]) -> bool:
    """Whether the numbers of a repeated line are page numbers: rising from one to the next, by no more pages than
    the lines between could hold. Two table rows with the same label ('Malvern Hills    870' in two tables, or the
    same row twice) repeat a number, fall, or jump further."""
    if len({n for _, n in found}) >= 3:
        # a page's header and footer both give its number ('... MPS 2026-2029    12' twice on the last page): one page
        found = [f for k, f in enumerate(found) if k == 0 or f[1] != found[k - 1][1]]
    return all(n1 < n2 <= n1 + max(1, (l2 - l1) // 5) for (l1, n1), (l2, n2) in zip(found, found[1:]))


def _is_caption(text: str) -> bool:
    """'Table 4    Estimated people with dementia, 65+' or '3  What we will buy': a caption or a numbered heading
    whose number and words are spaced apart in conversion."""
    cells = _split_spaced(text)
    return len(cells) == 2 and "\t" not in text and (bool(_CAPTION.match(cells[0].strip())) or bool(
        re.fullmatch(r"\d{1,2}(?:\.\d{1,2})*\.?", cells[0].strip()) and re.fullmatch(r"[A-Za-z][^\d]{2,80}", cells[1])))


# a band label: a few words, no figure, no colon ('Open schemes', 'In development', 'Schemes planned')
_BAND_TITLE = re.compile(r"[A-Za-z][A-Za-z'’ -]{2,40}")


def _caption_over(lines: list[str], k: int, running: set[int] = frozenset()) -> str:
    """A 'Table N: ...' caption above the 0-based index `k` with at most three blank lines between (a page's running
    header or footer between them stepped over), or ''."""
    j, seen = k - 1, 0
    while j >= 0 and seen <= 3 and (not lines[j].strip() or j + 1 in running):
        seen += 0 if j + 1 in running else 1
        j -= 1
    if j >= 0 and seen <= 3 and "\t" not in lines[j] and _CAPTION_START.match(lines[j].strip()):
        return " ".join(lines[j].split())
    return ""


# a chart's reference line, its label and value alone ('Ambition 66.7%', 'England average: 8.9%', 'Target 70%')
_REFERENCE_LINE = re.compile(r"(?:(?:national|our|local)\s+)?(?:ambition|target|benchmark|england(?:\s+average)?|"
                             r"national\s+average|average)\s*:?\s*\d{1,3}(?:\.\d+)?\s*%", re.IGNORECASE)


def _caption_past_sentences(lines: list[str], k: int) -> tuple[str, int]:
    """The first line with words above index `k`, within six lines, that is no sentence (a line ending in a full stop
    is stepped over) nor a row of cells: its text and 1-based line; else none under `k`."""
    for j in range(k - 1, max(-1, k - 7), -1):
        text = lines[j].strip()
        if not text or text.endswith("."):
            continue
        if "\t" not in text and len(_split_spaced(text)) < 2 and len(text) <= 120:
            return " ".join(text.split()), j + 1
        break
    return "", k + 2


# the lines the accessible-spreadsheet style sets between a table's title and its header: what the sheet holds and
# where the figures come from ('This worksheet contains one table.', 'Some cells refer to notes ...', 'Source: ...')
_SHEET_FURNITURE = re.compile(r"(?:this (?:work)?sheet contains\b|this table (?:contains|has)\b|some (?:cells|column "
                              r"headings|shorthand)\b|sources?\s*:)", re.IGNORECASE)


# a setext heading's underline ('=============' or '-------------' under its words)
SETEXT_UNDERLINE = re.compile(r"^\s*(?:={3,}|-{3,})\s*$")
# a caption written under its table, as pandoc writes it ('Table: Unpaid carers by district, Census 2021')
_CAPTION_UNDER = re.compile(r"table\s*:\s*(?=\S)", re.IGNORECASE)


def _caption_under(lines: list[str], k: int) -> tuple[str, int] | None:
    """The 'Table: ...' caption under a table whose last row is on 1-based line `k` (its wrapped lines and the
    table's closing rule stepped over, and at most two blank lines), its lines joined: its text and 1-based line."""
    j, blanks = k, 0
    while j < len(lines) and blanks <= 2 and (not lines[j].strip() or SIMPLE_TABLE_RULE.match(lines[j])
                                              or PIPE_RULE.match(lines[j])):
        blanks += not lines[j].strip()
        j += 1
    if j >= len(lines) or blanks > 2 or not _CAPTION_UNDER.match(lines[j].strip()):
        return None
    end = next((m for m in range(j + 1, min(len(lines), j + 4)) if not lines[m].strip()), j + 1)
    return _CAPTION_UNDER.sub("", " ".join(" ".join(lines[m].split()) for m in range(j, end)), count=1), j + 1


def _title_above(lines: list[str], i: int, running: set[int] = frozenset()) -> tuple[str, int]:
    """The title over a table starting at index `i` (its text and 1-based line): a line with words at most three lines
    above (a page's running header and footer between them stepped over, and a sheet's lines saying what it holds and
    its source), no row of cells, no sentence's last line."""
    k, near = i - 1, i
    if k >= 0 and SIMPLE_TABLE_RULE.match(lines[k]):
        k -= 1  # (the rule over a simple table with no header marked, as pandoc draws it: the title is above it)
    while k >= 0 and (not lines[k].strip() or k + 1 in running or _SHEET_FURNITURE.match(lines[k].strip())):
        if k + 1 in running or _SHEET_FURNITURE.match(lines[k].strip()):
            near = k  # (a page break between a title and its table or list; a sheet's furniture)
        k -= 1
    if k >= 1 and lines[k - 1].strip() and lines[k].strip()[:1].islower() and lines[k].rstrip().endswith("."):
        return "", i + 1  # the last line of a sentence wrapped over lines ('in 2035.') is no title
    if k >= 1 and SETEXT_UNDERLINE.match(lines[k]) and lines[k - 1].strip():
        k -= 1  # (a heading underlined, as pandoc writes it: 'Unpaid carers' over '-------------' is the title)
    if k >= 0 and _REFERENCE_LINE.fullmatch(lines[k].strip()):
        # a chart's reference line over its bars ('Ambition 66.7%'): a figure of its own, no title; the chart's caption
        # is the title, above it past a sentence beside the chart ('Diagnosis rate by district, December 2025')
        return _caption_past_sentences(lines, k)
    # (a bullet ending in a colon is the title of the sub-bullets under it: '•<tab>Unpaid carers by district:')
    line = BULLET.sub("", lines[k]) if k >= 0 and lines[k].rstrip().endswith(":") and BULLET.match(lines[k]) else \
        lines[k] if k >= 0 else ""
    if k >= 0 and near - k <= 3 and "\t" not in line and len(line) <= 200 and (
            len(_split_spaced(line)) < 2 or _is_caption(line)):
        title = " ".join(line.split())
        upper = lines[k - 1].strip() if k >= 1 else ""
        if upper and "\t" not in upper and _CAPTION_START.match(upper) and (reads_on(upper, lines[k]) or (
                len(upper) >= 50 and upper[-1:].isalpha() and re.match(r"(?:19|20)\d{2}\b", title))):
            # (and one wrapped before its closing year: 'Table 4.1: Carers by district, Census 2011 and Census' /
            # '2021 (continued)')
            # a caption wrapped over two lines ('Table 6: Diagnosis rate, people aged 65+, April to' / 'March 2026'):
            # the whole caption is the title
            title = f"{' '.join(upper.split())} {title}"
        return title, k + 1
    return "", i + 1


def _finish(lines: list[str], rows: list[Row], start: int, style: str, layout: Layout) -> None:
    first_data = next((k for k, r in enumerate(rows) if _data_row(r.cells) and not _header_row(r.cells)), None)
    if first_data is None and gantt_header(rows):
        first_data = 1  # a plan of periods whose cells hold stage words or marks ('Tender', 'X'): no figure in it
    timetable = first_data is None and _timetable_header(rows)
    if timetable:
        first_data = 1  # 'Service | Timetable in 2024 MPS | Revised timetable' over 'Home support | Tender Q3 2026/27 | ...'
    if first_data is None:
        return
    while first_data > 1 and (rows[first_data - 1].band or _merged_across(rows[first_data - 1].cells)):
        first_data -= 1  # (a band row under the header: the first band of rows, no header's; 'Census 2021' merged
        # across a Word table over its rows too)
    header, body = rows[:first_data], rows[first_data:]
    if not any(_data_row(r.cells) for r in body) and not gantt_header(rows) and not timetable:
        return
    # a label wrapped onto two rows ('Non-accommodation Based Community Services' / '(learning disability)')
    merged: list[Row] = []
    for r in body:
        if merged and len(merged[-1].cells) >= 1 and not any(c.strip() for c in merged[-1].cells[1:]) \
                and r.cells and r.cells[0].strip().startswith("("):
            prev = merged.pop()
            r = Row(r.line, [f"{prev.cells[0].strip()} {r.cells[0].strip()}", *r.cells[1:]])
        merged.append(r)
    body = merged
    title, title_line = _title_above(lines, start, layout.running)
    prev = layout.tables[-1] if layout.tables and not title else None
    if prev and prev.style == style and prev.title and prev.rows and 0 <= start - prev.rows[-1].line <= 1:
        # a second block under its own header a blank line below a table ('In development | Town | Units' under the
        # schemes open): the same table's, under its title
        title, title_line = prev.title, prev.title_line
    caption = ""
    if title and _BAND_TITLE.fullmatch(title) and not _CAPTION_START.match(title):
        # a band label over the table's header ('Open schemes', 'Planned schemes': a row merged across a Word table,
        # or a line of its own in text) under the table's caption, or under the block above it of the same table:
        # the caption names the subject and the date, the band which part of the table this is
        over = lines[title_line - 2] if title_line >= 2 and style == "tabs" else ""
        over_cells = tab_cells(over) if is_tab_row(over) else []
        if not header and len(over_cells) >= _width(body) and _header_row(over_cells) and not _data_row(over_cells):
            # a band row right under the table's header ('District | Schemes | Units' / 'Open schemes' / the rows):
            # that header, a block of its own with no rows, is the rows' header, and the caption is over it
            header = [Row(title_line - 1, over_cells)]
        caption = _caption_over(lines, title_line - 1 - len(header), layout.running)
        before = layout.tables[-1] if layout.tables else None
        if not caption and before is not None and before.caption and before.rows and before.style == style and \
                0 <= title_line - before.rows[-1].line <= 3:
            caption = before.caption
        if caption:
            title = f"{caption} {title}"
        if not header and before is not None and before.header and before.style == style and before.rows and \
                0 <= title_line - before.rows[-1].line <= 2 and _width(body) == _width(before.header + before.rows):
            # a band row across the table between its blocks ('Total open' / 'Planned' / 'Mid Suffolk | Eye Meadows
            # | 60 | Due 2027'): the rows under it are the same table's, under its column names
            header = before.header
    if not caption and not _CAPTION_START.match(title):
        # a caption under the table, as pandoc writes it: the table's title, over a heading or sentence above it (a
        # 'Table: ...' line over it is then the caption of the table above); a numbered caption over it stays
        title, title_line = _caption_under(lines, rows[-1].line) or (title, title_line)
    block = TableBlock(title, title_line, header, body, style, layout.headings.get(title_line, ()), follows=bool(
        prev and title), caption=caption)
    layout.tables.append(block)
    layout.table_lines.update(r.line for r in rows)


def _merged_across(cells: list[str]) -> bool:
    """A row of a Word table merged across under its header: a few words in the first cell ('Census 2021', 'Open
    schemes'), three or more cells and the others empty."""
    return len(cells) >= 3 and bool(_BAND_TITLE.fullmatch(re.sub(r"\b(?:19|20)\d{2}\b", "x", cells[0].strip()))) \
        and not any(c.strip() for c in cells[1:])


def _width(rows: list[Row]) -> int:
    return max((len(r.cells) for r in rows), default=0)


# a header of two timing columns at least, an earlier and a revised one ('Timetable in 2024 MPS | Revised timetable',
# 'Original date | Revised date')
_TIMING_HEAD = re.compile(r"timetable|timescales?|timing|\bdates?\b", re.IGNORECASE)


def _timetable_header(rows: list[Row]) -> bool:
    """A timetable whose cells hold a stage's words beside a date ('Tender Q4 2026/27', 'New contract April 2026')
    under a header naming two timing columns at least: each row after the header holds a date after its label."""
    from data.dates import find_dates

    if len(rows) < 2 or len([c for c in rows[0].cells[1:] if _TIMING_HEAD.search(c)]) < 2:
        return False
    return all(r.cells and r.cells[0].strip() and any(len(c) <= 60 and find_dates(c, bare_years=False)
                                                      for c in r.cells[1:]) for r in rows[1:])


# a mark in a plan's cell: the activity falls in that column's period
GANTT_MARK = re.compile(r"^(?:[xX]|[✓✔✗✘●■▪◼█*]+|yes|y)$")


def gantt_header(rows: list[Row]) -> bool:
    """A plan laid out as a chart ('Service | 2026/27 | 2027/28 | 2028/29' over 'Carers | Extend | Tender | New
    contract', or 'Activity | Q1 2027/28 | Q2 2027/28' over 'Tender published |  | X'): a first row whose cells after
    the first are two periods at least, over rows whose cells hold words or marks and no figure."""
    from data.dates import parse_any_date

    if len(rows) < 2:
        return False
    periods = gantt_columns(rows[0].cells)
    if not periods:
        return False
    whole = len(periods) == len([c for c in rows[0].cells[1:] if c.strip()])
    # (a matrix beside other columns: only its years' cells are the plan's; a stage there may carry its own quarter
    # or month, 'Re-procure (Q2)', 'Contract ends Mar-28', but no figure)
    cells = [c.strip() for r in rows[1:] for j, c in enumerate(r.cells)
             if j > 0 and c.strip() and (whole or j in periods)]
    # a roadmap's cells ('Now (2025/26)' over 'Re-tender carers support – contract ends Mar 26') are short
    # sentences that may date themselves: words, not figures
    roadmap = any(_BRACKETED_PERIOD.fullmatch(c.strip()) for c in rows[0].cells[1:])
    return bool(cells) and all(rows[k].cells[0].strip() for k in range(1, len(rows))) and all(
        not re.search(r"\d", c) and len(c) <= 40 or roadmap and len(c) <= 90 and len(_WORDS.findall(c)) >= 3
        if whole else not _FIGURE_CELL.fullmatch(c) and len(c) <= 60
        for c in cells)


_WORDS = re.compile(r"[A-Za-z]{3,}")


# a roadmap column's name with its period in brackets ('Now (2025/26)', 'Later (2027/28 onwards)')
_BRACKETED_PERIOD = re.compile(r"[A-Za-z][\w ]{1,20}?\s*\(\s*(?:from\s+)?(?P<period>(?:FY\s*)?20\d{2}(?:\s*[/-]\s*(?:20)?\d{2})?)"
                               r"(?:\s+(?:onwards|and beyond|on))?\s*\)", re.IGNORECASE)
# an open-ended period column ('Later (2027/28 onwards)'): a stage there needs its own date
OPEN_PERIOD = re.compile(r"\b(?:onwards|and beyond)\b|\+\s*\)?$", re.IGNORECASE)
# a financial year heading a matrix's column ('2025/26', '2026-27', 'FY 2027/28')
_FY_KEY = re.compile(r"(?:FY\s*)?20\d{2}\s*[/-]\s*(?:20)?\d{2}", re.IGNORECASE)
# a financial year's quarter as a plan's column writes it ('Q1 25/26', 'Q3 2026/27', 'Q2 FY26/27')
_FY_QUARTER_KEY = re.compile(r"Q[1-4]\s*(?:FY\s*)?(?:20)?\d{2}\s*[/-]\s*(?:20)?\d{2}", re.IGNORECASE)
# a figure in a cell ('1,250', '£1.2m', '12%')
_FIGURE_CELL = re.compile(r"[£$]?\s*\d[\d,.]*\s*(?:%|k|m|bn)?", re.IGNORECASE)


def gantt_columns(keys: list[str]) -> dict:
    """A plan's period columns {index: DateSpan}: every column after the first when each is a period ('Service |
    2026/27 | 2027/28'); else three financial years side by side at least beside other columns (a spreadsheet's
    'Ref | Service | 2025/26 | 2026/27 | 2027/28 | RAG | Lead'); else {}."""
    from data.dates import parse_any_date

    named = {j: k.strip() for j, k in enumerate(keys) if j > 0 and k.strip()}
    if len(named) < 2:
        return {}
    periods = {j: parse_any_date(k) for j, k in named.items()}
    if not all(p.parsed for p in periods.values()):
        # a roadmap's columns naming their years in brackets ('Now (2025/26)', 'Next (2026/27)', 'Later (2027/28
        # onwards)', 'Year 1 (2026-27)'): the bracketed period
        bracketed = {j: _BRACKETED_PERIOD.fullmatch(k) for j, k in named.items()}
        if all(bracketed.values()):
            periods = {j: parse_any_date(m.group("period")) for j, m in bracketed.items()}
            named = {j: m.group("period") for j, m in bracketed.items()}
    if all(p.parsed for p in periods.values()):
        return periods
    years = {j: p for j, p in periods.items() if p.parsed and _FY_KEY.fullmatch(named[j])}
    if len(years) >= 3 and max(years) - min(years) == len(years) - 1:
        return years
    quarters = {j: p for j, p in periods.items() if p.parsed and _FY_QUARTER_KEY.fullmatch(named[j])}
    return _quarters_side_by_side(quarters)


def _quarters_side_by_side(quarters: dict) -> dict:
    """A plan's quarter columns beside others ('Service | Current contract end | Q1 25/26 | ... | Q4 26/27 |
    Priority | RAG'): three quarters of financial years at least, side by side, each the one after the last."""
    cols = sorted(quarters)
    following = all(b == a + 1 and (quarters[b].earliest - quarters[a].latest).days == 1
                    for a, b in zip(cols, cols[1:]))
    return quarters if len(cols) >= 3 and following else {}


def _merged_down_row(rows: list[Row], cells: list[str]) -> bool:
    """A row of a Word table whose first cells are merged down from the row above (text gives them empty), dated in a
    column the row above is dated in: 'Day Opportunities | 30/06/2026 | Market engagement | Spring 2025' over
    ' | | Tender | Q4 2025/26' is the same service's next step, no header of a table of its own."""
    above = rows[-1].cells if rows else []
    return bool(above) and not cells[0].strip() and len(cells) == len(above) and any(
        is_date_cell(c) and is_date_cell(a) for c, a in zip(cells[1:], above[1:]))


def _new_header(rows: list[Row], cells: list[str]) -> bool:
    """After a blank line, a header row unlike the table's own: another table starts there (a quarter table under a
    table of years), not the same table's header repeated after a page break. Rows of headers alone above it (a row
    of years over ' | Number | % | Number | %', a blank line between as some converters write a Word table's rows)
    are the same header's, not a table of its own; nor is a row whose first cells are merged down from a dated row."""
    if not any(_data_row(r.cells) and not _header_row(r.cells) for r in rows) or _data_row(cells) or not _header_row(
            cells) or _merged_down_row(rows, cells):
        return False
    own = [[c.strip() for c in r.cells] for r in rows if _header_row(r.cells) and not _data_row(r.cells)]
    return [c.strip() for c in cells] not in own


def _tab_block(lines: list[str], i: int, layout: Layout) -> int:
    if i + 1 in layout.running:
        return i + 1  # 'Council <tab> Housing with Care MPS 2026-2029 <tab> 8': a page's running header, no table
    rows: list[Row] = []
    j = i
    blank = False
    while j < len(lines):
        t = lines[j]
        if j + 1 in layout.running and rows:
            j += 1  # a running header inside a table broken over two pages
            continue
        if is_tab_row(t):
            if blank and _new_header(rows, tab_cells(t)):
                break
            rows.append(Row(j + 1, tab_cells(t)))
            blank = False
        elif t.strip():
            break
        else:
            blank = True
        j += 1
    _finish(lines, rows, i, "tabs", layout)
    return j


def _pipe_block(lines: list[str], i: int, layout: Layout) -> int:
    """A Markdown table: '| a | b |' rows, the '|---|' rule under the header skipped."""
    if i + 1 in layout.running:
        return i + 1  # a contents page converted to a table ('| 2. Unpaid carers | 3 |'): its pages are no figures
    rows: list[Row] = []
    j = i
    while j < len(lines) and lines[j].strip().startswith("|"):
        cells = pipe_cells(lines[j])
        if cells is not None:
            rows.append(Row(j + 1, cells))
        j += 1
    before = layout.tables[-1] if layout.tables else None
    _finish(lines, rows, i, "pipes", layout)
    if before and layout.tables[-1] is not before and _continued(lines, before, layout.tables[-1]):
        layout.tables[-1].title, layout.tables[-1].title_line = before.title, before.title_line
        layout.tables[-1].headings = before.headings
    return j


def _continued(lines: list[str], before: TableBlock, block: TableBlock) -> bool:
    """A Markdown table continued on the next page: its header row repeated under no more than a page's running
    title or a '(continued)' caption ('*Council – Market Position Statement 2026–2029*'), no sentence between. It is
    the table before's, under that table's title (the running title names nothing the table counts)."""
    if before.style != "pipes" or not before.header or not block.header or not before.rows:
        return False
    if [c.strip() for c in before.header[0].cells] != [c.strip() for c in block.header[0].cells]:
        return False
    between = [t.strip() for t in lines[before.rows[-1].line:block.header[0].line - 1] if t.strip()]
    return len(between) <= 2 and not any(t.rstrip("*_").endswith((".", ":", ";")) for t in between)


def _wrapped_label(lines: list[str], j: int, above: Row) -> bool:
    """Line `j` is the first line of a spaced table's row label, its cells on the next line: words alone at the
    margin the rows above start at, under a row of cells, over a line whose label reads on from it (lower case) and
    which holds as many cells as the row above, one of them a figure."""
    t = lines[j]
    if j + 1 >= len(lines) or not t.strip() or "  " in t.strip() or "\t" in t or is_heading(lines, j):
        return False
    nxt = lines[j + 1]
    margin = len(t) - len(t.lstrip())
    if len(nxt) - len(nxt.lstrip()) != margin or len(lines[above.line - 1]) - len(lines[above.line - 1].lstrip()) != margin:
        return False
    cells = _split_spaced(nxt)
    return len(cells) == len(above.cells) >= 3 and bool(_LABEL_READS_ON.match(cells[0])) and _data_row(cells) \
        and not t.rstrip().endswith((".", ":", ";"))


def _header_tail(lines: list[str], j: int, header: Row) -> list[str] | None:
    """Line `j` ends the wrapped cells of the spaced header row above it ('Unpaid carers    % of residents' over
    '                      aged 5+'): indented words with no figure or date, each under a cell of the header after
    its label column, which it finishes; the header's cells so joined, or None."""
    t = lines[j].rstrip()
    if not t.startswith(" ") or "\t" in t or not _header_row(header.cells):
        return None
    spans = [(m.start(), m.end()) for m in _SPACED.finditer(lines[header.line - 1].rstrip())]
    if len(spans) != len(header.cells):
        return None
    cells = list(header.cells)
    for m in _SPACED.finditer(t):
        if is_number_cell(m.group(0)) or is_date_cell(m.group(0)) or not re.search(r"[A-Za-z]", m.group(0)):
            return None
        under = [k for k, (a, b) in enumerate(spans) if min(b, m.end()) > max(a, m.start())]
        if len(under) != 1 or under[0] == 0:
            return None  # (words under the label column are the first row's label: 'Tender published')
        cells[under[0]] = f"{cells[under[0]]} {m.group(0)}"
    return cells


def _label_tail(lines: list[str], j: int, above: Row) -> bool:
    """Line `j` ends the row label of the spaced table row right above it, wrapped under its cells ('Extra care units
    per 1,000    11.2    24.1' over 'aged 75+'; 'Diagnosis rate (65+),    66.1%' over 'December 2025'): a few words
    alone at the rows' margin that read on from the label (lower case, or after its comma), over a blank line, the
    table's end or its next row."""
    t = lines[j]
    body = t.strip()
    if not body or "  " in body or "\t" in t or len(body) > 30 or body.endswith((".", ":", ";")):
        return False
    row_text = lines[above.line - 1]
    if len(t) - len(t.lstrip()) != len(row_text) - len(row_text.lstrip()) or not _data_row(above.cells):
        return False
    if not (body[0].islower() or above.cells[0].rstrip().endswith(",")):
        return False
    nxt = lines[j + 1] if j + 1 < len(lines) else ""
    return not nxt.strip() or len(_split_spaced(nxt)) == len(above.cells) and _data_row(_split_spaced(nxt))


# a simple table's rule as pandoc's plain-text writer draws it: a run of dashes over each column, a space between
# ('  ------------ -------- --------'), under the header and closing the table
SIMPLE_TABLE_RULE = re.compile(r"^\s*-{3,}(?: +-{3,})+\s*$")


def _spaced_block(lines: list[str], i: int, layout: Layout) -> int:
    if _is_caption(lines[i]) or i + 1 in layout.running:
        return i  # (a page's footer over the next page's header, 'JSNA 2025 | Dementia    14': no table)
    rows: list[Row] = []
    j = i
    while j < len(lines):
        t = lines[j]
        if j + 1 in layout.running and rows:
            j += 1  # a running header inside a table broken over two pages
            continue
        if rows and SIMPLE_TABLE_RULE.match(t):
            j += 1  # (the rule under a simple table's header, or closing it: no row, and the table goes on)
            continue
        if not t.strip():
            if rows and j + 2 in layout.running:
                j += 1  # (the blank line before a page's running header inside the table: the header is passed next)
                continue
            k = next((k for k in range(j + 1, min(len(lines), j + 6)) if lines[k].strip() and k + 1 not in layout.running),
                     None)
            if k is not None and any(m + 1 in layout.running for m in range(j + 1, k)) and band_row(lines, k, rows):
                j = k  # (a page's running footer between two bands of a table of years: the next band goes on with it)
                continue
            if j + 1 < len(lines) and ("  " in lines[j + 1].strip() and not _new_header(rows, _split_spaced(lines[j + 1]))
                                       or band_row(lines, j + 1, rows)):
                j += 1
                continue
            break  # (after a blank line, another header is another table)
        cells = _split_spaced(t)
        tail = _header_tail(lines, j, rows[0]) if len(rows) == 1 else None
        if tail is not None:
            rows[0] = Row(rows[0].line, tail)  # (a header's cells wrapped onto a second line: one header row)
            j += 1
            continue
        if band_row(lines, j, rows):
            rows.append(Row(j + 1, cells, band=True))
            j += 1
            continue
        if len(cells) == 1 and rows and _wrapped_label(lines, j, rows[-1]):
            # a row label wrapped over two lines, its cells on the second ('Permanent admissions to residential and' /
            # 'nursing care (65+), per 100,000    588.2    560.0'): one row, on the line of its cells
            nxt = _split_spaced(lines[j + 1])
            rows.append(Row(j + 2, [f"{t.strip()} {nxt[0]}", *nxt[1:]]))
            j += 2
            continue
        if len(cells) == 1 and rows and _label_tail(lines, j, rows[-1]):
            above = rows[-1]  # (a row label wrapped under its cells: the label's end joins it)
            rows[-1] = Row(above.line, [f"{above.cells[0].rstrip()} {t.strip()}", *above.cells[1:]])
            j += 1
            continue
        if len(cells) < 2 or is_tab_row(t) or pipe_cells(t) is not None or _is_caption(t) and rows:
            break  # (a tab or Markdown table right under a spaced line is read as that; a caption starts another table)
        rows.append(Row(j + 1, cells))
        j += 1
    if len(rows) < 2:
        return i
    data = [r for r in rows if _data_row(r.cells)]
    if len(data) < 1 or not any(_header_row(r.cells) for r in rows[:3]):
        # no header line: only a table when several rows of numbers line up
        if len(data) < 2:
            return i
    _finish(lines, _placed_headers(lines, rows), i, "spaces", layout)
    return j


def band_row(lines: list[str], j: int, rows: list[Row]) -> bool:
    """Line `j` is a band row of a spaced table of years: a few words alone ('Basildon', 'Epping Forest') under the
    table's header of years ('2025   2030   2035   2040') or its rows, over a row with a cell under each year."""
    if not rows or j + 1 >= len(lines) or not _BAND_TITLE.fullmatch(lines[j].strip()) or is_tab_row(lines[j + 1]):
        return False
    years = rows[0].cells
    nxt = _split_spaced(lines[j + 1])
    return len(years) >= 3 and all(is_year_cell(c) for c in years if c.strip()) and \
        len(nxt) in (len(years), len(years) + 1) and _data_row(nxt)


def _placed_headers(lines: list[str], rows: list[Row]) -> list[Row]:
    """A header row with fewer cells than the table ('2011' and '2021' centred over 'Number  %  Number  %'): each
    cell placed over the data column it stands above (most overlap, else nearest centre), blanks between; so is a data
    row with fewer cells than the widest."""
    data = [r for r in rows if _data_row(r.cells)]
    if not data:
        return rows
    ref = max(data, key=lambda r: len(r.cells))
    spans = [(m.start(), m.end()) for m in _SPACED.finditer(lines[ref.line - 1].rstrip())]
    if len(spans) != len(ref.cells):
        return rows
    out = []
    for r in rows:
        # (a data row with a blank cell, 'Total    124' under 'Scheme  Location  Units', is placed the same way)
        if r is ref or len(r.cells) >= len(spans) or len(r.cells) < 1 or r.band:
            out.append(r)
            continue
        placed = [""] * len(spans)
        ok = True
        for m in _SPACED.finditer(lines[r.line - 1].rstrip()):
            def fit(j: int, a: int = m.start(), b: int = m.end()) -> tuple[int, float]:
                lo, hi = spans[j]
                return (min(b, hi) - max(a, lo), -abs((a + b) / 2 - (lo + hi) / 2))
            j = max(range(len(spans)), key=fit)
            if r.line < ref.line and not _data_row(r.cells):
                j = _first_spanned(spans, m.start(), m.end(), j)
            if placed[j]:
                ok = False
                break
            placed[j] = m.group(0)
        out.append(Row(r.line, placed) if ok else r)
    return out


def _first_spanned(spans: list[tuple[int, int]], a: int, b: int, j: int) -> int:
    """A header cell over two or more data columns ('People aged 65+' over '2025  2030') heads the group from its first
    column (the columns after it take it until the next cell): the first column it stands over, else column j."""
    over = [k for k, (lo, hi) in enumerate(spans) if min(b, hi) > max(a, lo)]
    return over[0] if len(over) >= 2 else j


_FIELD_LABELS = re.compile(
    r"^(?:(?:current|existing|present|new)\s+)?(?:"
    r"(?:contract\s+|procurement\s+|lot\s+)?(?:title|service|description|lot|contract\s+title|name of (?:the )?(?:contract|service)|"
    r"(?:anticipated\s+|expected\s+|estimated\s+|planned\s+)?(?:contract\s+|service\s+)?(?:start|starts|commencement|"
    r"commences|go[- ]live)(?:\s+date)?|"
    r"(?:anticipated\s+|expected\s+)?(?:contract\s+)?(?:end|ends|expiry|expires|completion)(?:\s+date)?|"
    r"(?:contract\s+)?(?:length|duration|term|period)(?:\s+of\s+contract)?|"
    r"(?:tenders?\s+|bids?\s+)?(?:submission\s+)?(?:deadline|closing date|return date)(?:\s+for\s+\w+)?|"
    r"(?:date\s+of\s+|anticipated\s+|expected\s+|estimated\s+|planned\s+)?(?:contract\s+)?award(?:ed)?(?:\s+decision)?(?:\s+date)?|"
    # a Procurement Act pipeline or engagement notice's 'Estimated date of publication of tender notice'
    r"(?:anticipated\s+|expected\s+|estimated\s+|planned\s+)?(?:date\s+of\s+)?publication\s+of\s+(?:the\s+)?tender\s+notice|"
    r"contract\s+dates?|"
    r"(?:tender|procurement|itt)\s+(?:start|starts|launch|launched|publication|published|issued?|opens?|out)(?:\s+date)?|"
    r"(?:possible\s+)?(?:options?(?:\s+to\s+extend)?|extension(?:s)?(?:\s+options?)?)|"
    r"publication date|date published|value|estimated value|total value|lot value|buyer|contracting authority|date|"
    r"description of (?:renewals|options|extensions)|renewals?|re-?tender(?:ing)?|re-?procurement|re-?commissioning|"
    r"(?:contract\s+)?(?:provider|providers|supplier|incumbent(?:\s+provider)?)))"
    r"(?:\s*\((?:estimated|anticipated|expected|indicative|provisional)\))?$",  # 'Award decision date (estimated)'
    re.IGNORECASE,
)


_NAMED_FIGURE = re.compile(r"^([A-Z][\w'’&.-]*(?:\s+(?:[A-Z][\w'’&.-]*|and|of|upon|on|in|under|the|&))*)\s+"
                           r"((?:c\.\s*)?\d[\d,]*(?:\.\d+)?%?k?)(?:\s+\(?(\d+(?:\.\d+)?%)\)?)?$")
_NOT_A_NAME = re.compile(r"^(?:table|figure|chart|page|section|chapter|appendix|part|lot|phase|tier|level|ward|"
                         r"priority|step|stage|version|option|annex|schedule|item|question|objective|recommendation)\b",
                         re.IGNORECASE)


_DASH_ITEM = re.compile(r"^([A-Za-z][^–—:]{1,60}?)\s+[–—-]\s+((?:c\.\s*|around\s+|about\s+|approx\.?\s*)?\d[\d,]*"
                        r"(?:\.\d+)?\s*%?(?:\s*\([^()]*\))?)$", re.IGNORECASE)
# a figure with a bracket holding no figure but a year ('72,450 (2021 Census)', '3,410 (est.)')
_VALUE_NOTE = re.compile(r"^(.*?\d%?)\s*(\((?:[^()\d]|(?:19|20)\d{2}(?:/\d{2})?)*\))$")


# a value that says what its figure counts ('9,870 unpaid carers (Census 2021)'): a sentence's, read as prose
# (and so is one whose noun a comma follows: '72 apartments, due to open in 2027')
_FIGURE_THEN_WORDS = re.compile(r"^(?:c\.\s*|around\s+|about\s+)?\d[\d,]*(?:\.\d+)?%?\s+[a-z]+,?\s+[a-z]{3,}", re.IGNORECASE)
_EXTENSION_TO = re.compile(r"^((?:possible\s+)?extension)\s+((?:to|until)\s+\d.{5,30})$", re.IGNORECASE)


# a field of a directory card ('Address: Mill Street, Wilmslow SK9 1HR', 'Number of flats: 72 – 60 x 1 bed ...')
_CARD_FIELD = re.compile(r"^(?:\*\*|__)?([A-Z][A-Za-z'’()/ -]{1,40}?)(?:\*\*|__)?:(?:\*\*|__)?\s+(\S.*)$")


def _card_at(lines: list[str], i: int, layout: Layout) -> tuple[str, list[tuple[int, str, str]]] | None:
    """A directory card starting at index `i`: a name line (bold, or a short line of words) right over three or more
    'Label: value' lines, some of them words ('Landlord: Meridale Homes') and some figures."""
    name = _bold_line(lines[i].strip())
    if not name or i + 1 in layout.running or i + 1 in layout.table_lines or ":" in name or len(name) > 60 \
            or not name[:1].isupper() or name.endswith((".", ",", ";")) or bullet_mark(lines[i]) \
            or re.search(r"\d[\d,]{2,}|\d%", name):
        return None
    fields, k = [], i + 1
    while k < len(lines) and k + 1 not in layout.table_lines:
        if k + 1 in layout.running or not lines[k].strip():
            j = k
            while j < len(lines) and (not lines[j].strip() or j + 1 in layout.running):
                j += 1
            if not any(x + 1 in layout.running for x in range(k, j)):
                break  # (a blank line ends a card; a page's running header between its fields does not)
            k = j
            continue
        m = _CARD_FIELD.match(lines[k].strip())
        if not m or len(m.group(1).split()) > 5:
            break
        fields.append((k + 1, m.group(1).strip(), m.group(2).strip()))
        k += 1
    if len(fields) < 3 or all(re.search(r"\d", v) for _, _, v in fields) \
            or not any(re.search(r"\d", v) or re.match(r"[A-Za-z]+(?:-[a-z]+)?$", v) for _, _, v in fields):
        return None  # (a run of key figures under a heading, every value a figure, is a list, not a card)
    if any(_FIELD_LABELS.match(label) and re.search(r"\b(?:19|20)\d{2}\b", value) for _, label, value in fields
           if not re.match(r"(?:year|date)\s+(?:opened|built|completed)$", label, re.IGNORECASE)):
        return None  # a notice's fields ('Contract start: 1 April 2027'), not a scheme's
    return name, fields


def _cards(lines: list[str], layout: Layout) -> None:
    """Directory cards: two or more in a run, each a name over its 'Label: value' fields ('**Bollin Mill**' /
    'Address: ...' / 'Landlord: ...' / 'Units: Eighty'), become a table of one row each, the name its row label and
    the labels its columns, under the heading over the first card (a scheme's units are the scheme's, as in a table)."""
    i, n = 0, len(lines)
    while i < n:
        first = _card_at(lines, i, layout)
        if first is None:
            i += 1
            continue
        run, k = [(i, *first)], first[1][-1][0]
        while True:
            j = k
            while j < n and (not lines[j].strip() or j + 1 in layout.running):
                j += 1
            card = _card_at(lines, j, layout) if j < n and j - k <= 4 else None
            if card is None:
                break
            run.append((j, *card))
            k = card[1][-1][0]  # (the index after the card's last field)
        if len(run) < 2:
            i += 1
            continue
        # the title is the heading over the cards ('5.4 Scheme directory'), its own heading above it the parent ('5.
        # Housing with care'); never a sentence above them ('... web pages (last updated March 2026)'), no period of a
        # scheme's units
        heads = layout.headings.get(run[0][0], ())
        title = heads[0] if heads else ""
        title_line = layout.heading_lines.get(run[0][0], 0)
        level = heading_level(title)
        parent = next((_bold_line(lines[k].strip()) for k in range(title_line - 2, -1, -1)
                       if level and layout.heading_lines.get(k + 1) == k + 1
                       and 0 < heading_level(_bold_line(lines[k].strip())) < level), None)
        if parent:  # ('**5.4 Scheme directory**' under '**5. Housing with care**', its sections between them)
            heads = (title, parent)
        for at, name, fields in run:
            header = Row(at + 1, ["Name", *(label for _, label, _ in fields)])
            row = Row(at + 1, [name, *(value for _, _, value in fields)])
            layout.tables.append(TableBlock(title, title_line, [header], [row], "cards", heads))
            # (a field of prose with a date stays the text's: 'Care provider: to be confirmed; a new contract will
            # start on 1 October 2026')
            layout.table_lines.update({at + 1, *(line for line, _, value in fields if not (
                len(value.split()) > 4 and re.search(r"\b(?:19|20)\d{2}\b", value)))})
        i = k


def _next_text(lines: list[str], i: int) -> str:
    return lines[i + 1].strip().lstrip("-•*·▪ ").strip() if i + 1 < len(lines) else ""


def _lists_and_fields(lines: list[str], layout: Layout) -> None:
    """'Label: value' runs under a heading become list tables; notice fields become Fields."""
    run: list[Row] = []
    run_start = 0

    def flush() -> None:
        nonlocal run
        if len(run) >= 2:
            title, title_line = _title_above(lines, run_start, layout.running)
            block = TableBlock(title, title_line, [], run, "list", layout.headings.get(title_line, ()))
            layout.tables.append(block)
            layout.table_lines.update(r.line for r in run)
        run = []

    figure_under: set[int] = set()
    for i, raw in enumerate(lines):
        text = re.sub(r"^(?:[IVX]+\.)?\d+(?:\.\d+)*\)\s*", "", re.sub(rf"^{HOLLOW_BULLET}\s+", "", raw.strip())
                      .lstrip("-•*·▪– ").strip())  # 'II.1.1) Title'
        if (i + 1) in layout.table_lines:
            flush()
            continue
        if i in figure_under:
            continue  # the figure of the label bullet above, read with it
        below = lines[i + 1] if i + 1 < len(lines) else ""
        if bullet_mark(raw) and bullet_mark(below) not in ("", bullet_mark(raw)) and \
                LONE_FIGURE.match(BULLET.sub("", below)) and not find_numbers(text) and len(text.split()) <= 6 and \
                not bullet_mark(lines[i + 2] if i + 2 < len(lines) else "") == bullet_mark(below):
            # '•<tab>East Lindsey' over 'o<tab>3,940': a label bullet whose one sub-bullet is its figure alone
            if not run:
                run_start = i
            run.append(Row(i + 2, [text.rstrip(":").strip(), BULLET.sub("", below).strip()]))
            figure_under.add(i + 1)
            continue
        m = re.match(r"^([^:]{2,60}):\s*(.+)$", re.sub(r"^(?:\*\*|__)?([^*_:]{2,60}?)(?:\*\*|__)?:(?:\*\*|__)?", r"\1:", text))
        # ('**Label:** 7,480' and '**Label**: 7,480' lose their bold marks)
        m = m or _EXTENSION_TO.match(text)  # 'Possible extension to 31 March 2032' (a Procurement Act notice)
        if m and _FIELD_LABELS.match(m.group(1).strip()):
            layout.fields.append(Field(m.group(1).strip(), m.group(2).strip(), i + 1))
            flush()
            continue
        if _FIELD_LABELS.match(text.rstrip(":")) and len(text) < 60:
            k, gap = i + 1, 0  # (a page's running header between a label and its value is stepped over)
            while k < len(lines) and (not lines[k].strip() or k + 1 in layout.running):
                gap += k + 1 not in layout.running
                k += 1
            if k < len(lines) and (k - i <= 2 or gap <= 3 and any(j + 1 in layout.running for j in range(i + 1, k))) \
                    and not _FIELD_LABELS.match(lines[k].strip().rstrip(":")):
                value, j = lines[k].strip(), k + 1  # a value wrapped over lines (a notice's description) read whole
                while j < len(lines) and lines[j].strip() and reads_on(lines[j - 1], lines[j]) and \
                        not _FIELD_LABELS.match(lines[j].strip().rstrip(":")):
                    value, j = f"{value} {lines[j].strip()}", j + 1
                layout.fields.append(Field(text.rstrip(":"), value, k + 1, j))
                flush()
                continue
        if run and bullet_mark(raw) and bullet_mark(lines[run[-1].line - 1]) not in ("", bullet_mark(raw)):
            flush()  # ('o Lincoln – 8,120' / '• Carers' breaks – 1,410': a list of sub-bullets ends at the next bullet)
        m = m or _DASH_ITEM.match(text)  # 'Unpaid carers – 72,450 (2021 Census)'
        # (a bulleted label may be longer: '• Carers known to adult social care at 31 March 2026: 4,320')
        words = 10 if re.match(r"^\s*[-•*·▪–]\s", raw) else 6
        if m and len(find_numbers(m.group(2))) == 1 and len(m.group(2)) <= 40 and len(m.group(1).split()) <= words \
                and not _FIGURE_THEN_WORDS.match(m.group(2)):
            if not run:
                run_start = i
            label, value = m.group(1).strip(), m.group(2).strip()
            note = _VALUE_NOTE.match(value)
            if note:  # '72,450 (2021 Census)': the bracket says what the figure is, so it goes with the label
                value, label = note.group(1), f"{label} {note.group(2)}"
            run.append(Row(i + 1, [label, value]))
            continue
        named = _NAMED_FIGURE.match(text)
        if named and not _NOT_A_NAME.match(named.group(1)) and (run or _NAMED_FIGURE.match(_next_text(lines, i))):
            # 'Burnley 10,530 (11.8%)': a table whose columns lost their spacing in conversion
            if not run:
                run_start = i
            run.append(Row(i + 1, [c for c in named.groups() if c]))
            continue
        if text:
            flush()
    flush()


# an infographic's figure alone on its line or cell ('14,205', 'c. 2,340', '9.6%')
LONE_FIGURE = re.compile(r"^\s*(?:c\.\s*|~\s*)?\d[\d,]*(?:\.\d+)?\s*(?:%|k)?\s*$")
_YEAR_WORD = re.compile(r"(?<![\d,.])(?:19|20)\d{2}(?:\s*/\s*\d{2})?(?![\d,.%])")


def label_cell(text: str) -> bool:
    """A caption under or over an infographic's figure: words, no figure of its own but a year ('unpaid carers
    (Census 2021)'), no sentence's end."""
    t = text.strip()
    return bool(re.search(r"[A-Za-z]{3,}", t)) and not LONE_FIGURE.match(t) and len(t) < 90 \
        and not re.search(r"[.;:!?]$", t) and not re.search(r"\d[\d,]{2,}", _YEAR_WORD.sub("", t))


@dataclass
class KeyFigures:
    """Key figures side by side on one line with their captions under (or over) them, each caption in its figure's
    column and running over one or more lines ('84,310      13,950' / 'unpaid carers      people aged 65+' /
    '(Census 2021)      estimated to be living' / '         with dementia in 2025', the last indented to its column)."""

    line: int  # the figures' line (1-based)
    first: int  # the group's first and last lines (captions and figures)
    last: int
    figures: list[str]
    captions: list[str]


_READS_ON = re.compile(r"^[a-z(]")
_FIGURE_START = re.compile(r"\s*(?:c\.|~)?\s*\d")


def key_figures(lines: list[str], i: int, step: int = 1) -> KeyFigures | None:
    """The key figures whose figure line is lines[i] (0-based), with their captions from the lines under it (step 1)
    or over it (step -1), else None. The caption line next to the figures has a run of words for each figure; the
    lines further from them are taken while every run of words starts at a caption's column (or within two
    characters of it) and ends before the next column's start, and a line with one run reads on from the caption's
    line before it ('(Census 2021)', 'with dementia in 2025'); a blank line, a line that does not fit, or a fifth
    line ends the captions."""
    text = lines[i]
    if not _FIGURE_START.match(text):
        return None
    if "\t" in text:
        return _tab_key_figures(lines, i, step)
    cells = _split_spaced(text)
    if len(cells) < 2 or "\t" in text or not all(LONE_FIGURE.match(c) and not is_year_cell(c) for c in cells):
        return None
    near = i + step
    gap = 0 <= near < len(lines) and not lines[near].strip()
    if gap:  # a blank line between large figures and their captions: each caption must start at its figure's column
        near += step
    if not 0 <= near < len(lines) or "\t" in lines[near]:
        return None
    spans = list(_SPACED.finditer(lines[near].rstrip()))
    if len(spans) != len(cells) or not all(label_cell(m.group(0)) for m in spans):
        return None
    if gap and any(abs(m.start() - f.start()) > 3 for m, f in zip(spans, _SPACED.finditer(text.rstrip()))):
        return None
    starts = [m.start() for m in spans]
    captions = [[m.group(0)] for m in spans]
    far = near
    for j in range(near + step, near + 5 * step, step):
        if not 0 <= j < len(lines) or not lines[j].strip() or "\t" in lines[j]:
            break
        placed: dict[int, str] = {}
        for m in _SPACED.finditer(lines[j].rstrip()):
            k = max((n for n, s in enumerate(starts) if s <= m.start() + 2), default=-1)
            if k < 0 or k in placed or m.start() < starts[k] - 2 or (
                    k + 1 < len(starts) and m.end() > starts[k + 1]) or LONE_FIGURE.match(m.group(0)):
                placed = {}
                break
            placed[k] = m.group(0)
        if len(placed) == 1:
            k, words = next(iter(placed.items()))
            if not _READS_ON.match(words if step > 0 else captions[k][0]) or step < 0 and k == 0 and not \
                    _READS_ON.match(words):
                placed = {}  # ('Source: ONS' under the captions, a heading over them)
        if not placed:
            break
        for k, words in placed.items():
            captions[k] = captions[k] + [words] if step > 0 else [words] + captions[k]
        far = j
    first, last = sorted((i, far))
    return KeyFigures(i + 1, first + 1, last + 1, cells, [" ".join(c) for c in captions])


def _tab_key_figures(lines: list[str], i: int, step: int) -> KeyFigures | None:
    """Key figures a converter wrote with tabs between them ('6,480<tab>35,940<tab>61.8%') over (or under) a line of as
    many captions ('people with dementia<tab>unpaid carers<tab>diagnosis rate'); a further line of as many cells
    reading on ('(2025)<tab>(Census 2021)<tab>(March 2026)') belongs to the captions."""
    def cells_of(n: int) -> list[str]:
        return [c.strip() for c in lines[n].split("\t") if c.strip()] if 0 <= n < len(lines) else []

    figures = cells_of(i)
    if len(figures) < 2 or not all(LONE_FIGURE.match(c) and not is_year_cell(c) for c in figures):
        return None
    near = i + step
    if 0 <= near < len(lines) and not lines[near].strip():
        near += step  # a blank line between the figures and their captions
    found = cells_of(near)
    if len(found) != len(figures) or "\t" not in lines[near] or not all(label_cell(c) for c in found):
        return None
    captions = [[c] for c in found]
    far, j = near, near + step
    more = cells_of(j)
    if step > 0 and len(more) == len(figures) and all(
            (label_cell(c) or re.fullmatch(r"\((?:[A-Za-z]+\s+)?(?:19|20)\d{2}(?:/\d{2})?\)", c)) and _READS_ON.match(c)
            for c in more):
        captions = [c + [m] for c, m in zip(captions, more)]
        far = j
    first, last = sorted((i, far))
    return KeyFigures(i + 1, first + 1, last + 1, figures, [" ".join(c) for c in captions])


def figure_first_rows(lines: list[str]) -> list[str]:
    """A 'data at a glance' tab table whose rows give the figure first and its label after ('62,040<tab>unpaid carers
    (2021)'), written back label first, as the tables the reader knows are ('unpaid carers (2021)<tab>62,040'), with
    its header of two words cells over it turned the same way. Three or more such rows of two cells make the table;
    a list numbered 1, 2, 3 ('1<tab>Home care') is not one: some figure must be more than a small whole number."""
    out = list(lines)
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and "\t" in lines[j]:
            cells = [c.strip() for c in lines[j].split("\t")]
            if len(cells) != 2 or not LONE_FIGURE.match(cells[0]) or is_year_cell(cells[0]) \
                    or not re.search(r"[A-Za-z]{3,}", cells[1]) or LONE_FIGURE.match(cells[1]):
                break
            j += 1
        if j - i >= 3 and any(re.search(r"[,.%k]|\d{3}", lines[n].split("\t")[0]) for n in range(i, j)):
            for n in range(i, j):
                figure, label = (c.strip() for c in lines[n].split("\t"))
                out[n] = f"{label}\t{figure}"
            head = [c.strip() for c in lines[i - 1].split("\t")] if i and "\t" in lines[i - 1] else []
            if len(head) == 2 and all(re.search(r"[A-Za-z]", c) and not re.search(r"\d", c) for c in head):
                out[i - 1] = f"{head[1]}\t{head[0]}"
        i = max(j, i + 1)
    return out


# a chart's title as a converter writes it ('Figure 3: ...', 'Chart 2 - ...') and the line under its text
CHART_TITLE = re.compile(r"^(?:figure|fig\.|chart|graph)\s*\d{1,2}[a-z]?\s*[:.–-]\s*", re.IGNORECASE)
_CHART_SOURCE = re.compile(r"^\s*(?:\*\*)?(?:sources?|data source)\s*[:.–-]", re.IGNORECASE)


def axis_ticks(values: list[float]) -> tuple[int, int]:
    """How many of `values` (in the order written) at their start and at their end are a chart axis's ticks: three or
    more evenly spaced values from 0 up ('0 2,000 4,000 6,000'), or down to 0 ('12% 10% 8% ... 0%')."""
    def from_zero(vs: list[float]) -> int:
        if len(vs) < 3 or vs[0] != 0 or vs[1] <= 0:
            return 0
        n = 2
        while n < len(vs) and abs((vs[n] - vs[n - 1]) - vs[1]) < 1e-9:
            n += 1
        return n if n >= 3 else 0
    return from_zero(values), from_zero(values[::-1])


def _chart_cells(text: str) -> list[str]:
    """A chart line's cells: tab-separated, or figures separated by spaces, or the whole line."""
    if "\t" in text:
        return [c.strip() for c in text.split("\t") if c.strip()]
    words = text.split()
    return words if len(words) > 1 and all(is_number_cell(w) and not is_year_cell(w) for w in words) else [text.strip()]


def _chart_grid(label_lines: list[int], cells_of: dict[int, list[str]],
                figures: list[tuple[int, str]]) -> tuple[list[Row], list[Row]] | None:
    """A chart of several series: two groups of labels, its categories (the years, else the group written first) and
    its legend, and a figure for each category and series (categories x series). The figures are read category by
    category or series by series, whichever keeps each series' figures closer together (a PDF holds either order);
    None when the labels are not two such groups or the figures do not fill the grid."""
    groups: list[list[int]] = []
    for k in label_lines:  # a line of several labels is a group; lines of one label each, one after another, are one
        if len(cells_of[k]) > 1 or not groups or len(cells_of[groups[-1][-1]]) > 1 or groups[-1][-1] != k - 1:
            groups.append([k])
        else:
            groups[-1].append(k)
    if len(groups) != 2:
        return None
    first, second = ([c for k in g for c in cells_of[k]] for g in groups)
    cats, legend, legend_line = (second, first, groups[0][0]) if all(is_year_cell(c) for c in second) and not all(
        is_year_cell(c) for c in first) else (first, second, groups[1][0])
    if len(cats) < 2 or len(legend) < 2 or len(figures) != len(cats) * len(legend):
        return None
    values = [find_numbers(c, words=False)[0].value for _, c in figures]
    n_c, n_s = len(cats), len(legend)
    by_category = [[values[c * n_s + s] for c in range(n_c)] for s in range(n_s)]
    by_series = [[values[s * n_c + c] for c in range(n_c)] for s in range(n_s)]

    def spread(series: list[list[float]]) -> float:
        return sum((max(v) - min(v)) / (abs(sum(v)) / len(v) or 1) for v in series)

    order = (lambda c, s: c * n_s + s) if spread(by_category) <= spread(by_series) else (lambda c, s: s * n_c + c)
    header = [Row(line=legend_line + 1, cells=["", *legend])]
    rows = [Row(line=figures[order(c, 0)][0] + 1, cells=[cat, *(figures[order(c, s)][1] for s in range(n_s))])
            for c, cat in enumerate(cats)]
    return header, rows


def chart_axis_ticks(lines: list[str], layout: Layout) -> None:
    """A chart's axis ticks a PDF's text gave a line each right under its 'Figure N:' title ('20,000' / '16,000' /
    ... / '0'), with no 'Source:' line below for chart_tables to read the chart by: three or more evenly spaced
    values down to 0 (or up from it) are no figures, whatever the chart's other text."""
    for i, title in enumerate(lines):
        if not CHART_TITLE.match(title.strip()):
            continue
        run = []
        for k in range(i + 1, min(len(lines), i + 40)):
            if not lines[k].strip() and not run:
                continue
            if not LONE_FIGURE.match(lines[k]) or not is_number_cell(lines[k]) or is_year_cell(lines[k].strip()):
                break
            run.append(k)
        head, tail = axis_ticks([find_numbers(lines[k], words=False)[0].value for k in run])
        layout.table_lines.update(k + 1 for k in (run[:head] + (run[len(run) - tail:] if tail else [])))


def chart_tables(lines: list[str], layout: Layout) -> None:
    """A chart whose text a PDF converter dumped under its 'Figure N:' title, down to its 'Source:' line: the axis
    ticks dropped, and its category labels (a line each, or cells of one line) and its data labels (the same number,
    a line each or cells of one line, before or after the labels) written back as rows of a table under the title
    ('19 hours or less a week<tab>19,870'), in the order both were written. A chart whose labels mix years and
    words (categories and a legend), whose lines hold a label and a figure together, or whose labels and figures do
    not pair one to one is left as it is."""
    for i, title in enumerate(lines):
        if not CHART_TITLE.match(title.strip()):
            continue
        end = next((k for k in range(i + 1, min(len(lines), i + 40)) if _CHART_SOURCE.match(lines[k])
                    or CHART_TITLE.match(lines[k].strip())), None)
        if end is None or not _CHART_SOURCE.match(lines[end]):
            continue
        body = [(k, _chart_cells(lines[k])) for k in range(i + 1, end) if lines[k].strip()]
        figure_lines = [k for k, cells in body if all(is_number_cell(c) and not is_year_cell(c) for c in cells)]
        label_lines = [k for k, cells in body if not any(is_number_cell(c) and not is_year_cell(c) for c in cells)]
        if len(figure_lines) + len(label_lines) != len(body) or not figure_lines or not label_lines:
            continue  # a line holding a label and its figure ('Huddersfield 8.7%') is read as it is
        cells_of = dict(body)
        # the ticks: a line of figures, or a run of lines of one figure each, evenly spaced from 0
        ticks: set[int] = set()
        singles: list[list[int]] = []  # runs of lines of one figure each, one after another
        for n, (k, cells) in enumerate(body):
            values = [find_numbers(c, words=False)[0].value for c in cells] if k in figure_lines else []
            if len(values) >= 3 and len(values) in axis_ticks(values):
                ticks.add(k)
            elif len(values) == 1:
                if singles and n and singles[-1][-1] == body[n - 1][0]:
                    singles[-1].append(k)
                else:
                    singles.append([k])
        for run in singles:
            head, tail = axis_ticks([find_numbers(cells_of[k][0], words=False)[0].value for k in run])
            ticks.update(run[:head])
            ticks.update(run[len(run) - tail:] if tail else [])
        labels = [c for k in label_lines for c in cells_of[k]]
        figures = [(k, c) for k in figure_lines if k not in ticks for c in cells_of[k]]
        years = [is_year_cell(c) for c in labels]
        header: list[Row] = []
        if len(labels) == len(figures) >= 2 and (all(years) or not any(years)) \
                and len([k for k in label_lines if len(cells_of[k]) > 1]) <= 1:
            rows = [Row(line=k + 1, cells=[label, figure]) for label, (k, figure) in zip(labels, figures)]
        else:  # categories and a legend: a figure for each pair, if the two groups of labels say which
            grid = _chart_grid(label_lines, cells_of, figures)
            if grid is None:
                continue
            header, rows = grid
        body_lines = {k + 1 for k, _ in body}  # (1-based, as the layout numbers lines)
        layout.tables[:] = [b for b in layout.tables if not {r.line for r in b.header + b.rows} & body_lines]
        layout.tables.append(TableBlock(title=title.strip(), title_line=i + 1, header=header, rows=rows, style="chart",
                                        headings=layout.headings.get(i + 1, ())))
        layout.tables.sort(key=lambda b: b.title_line)
        layout.table_lines.update(body_lines)


def key_figure_blocks(lines: list[str]) -> list[KeyFigures]:
    """Every group of key figures with their captions: captions under the figures, else over them."""
    out: list[KeyFigures] = []
    for i in range(len(lines)):
        found = key_figures(lines, i) or key_figures(lines, i, -1)
        if found is not None and (not out or found.first > out[-1].last):
            out.append(found)
    return out

# a definition list's value: a figure first ('4,120 people, 10.9% of residents', 'c. 840, rising to 1,130 by 2035',
# '**96** apartments'), or anything holding a figure when indented deeper than its label
_VALUE_START = re.compile(r"^(?:\*\*)?(?:c\.\s*|~\s*|around\s+|about\s+|[£$]\s*)?\d", re.IGNORECASE)


def _definition_pair(lines: list[str], i: int) -> bool:
    """lines[i] is a definition list's label and lines[i + 1] its value: a label of words with no sentence's end and
    no number but a year ('Unpaid carers (Census 2021)', 'Extra care'), not a bullet or a numbered heading, over a
    short value that starts with a figure or is indented under it."""
    if i + 1 >= len(lines):
        return False
    label, value = lines[i], lines[i + 1]
    if not label.strip() or not value.strip() or any(c in label + value for c in "\t|") or BULLET.match(label) \
            or BULLET.match(value) or not label_cell(label) or not re.match(r"(?:\*\*)?[A-Z]", label.strip()) \
            or _HEADING_WORDS.match(label.strip()) or len(value.strip()) > 200 or value.rstrip().endswith(":") \
            or _EXTENSION_TO.match(label.strip()):
        return False  # ('Possible extension to 31 March 2031' over '4 years, the maximum ...': a notice's field, whole)
    cells = _split_spaced(label)
    if len(cells) > 2 and is_number_cell(cells[-1]):
        return False  # 'Coast      Schemes      4      1': a spaced table's row (its cell below it merged in Word), no label
    below = _split_spaced(value)
    if len(below) > 3 and _data_row(below):
        return False  # 'Breckland' over '  People aged 65+ with dementia   2,140   2,480   2,850': a band over a row
    from data.dates import find_dates

    dated = find_dates(value.strip(), bare_years=False)
    if dated and dated[0].start == 0:
        return False  # a notice's field over its date ('Contract dates' / '1 April 2027 to 31 March 2030'): a field's
    indent = len(value.expandtabs(4)) - len(value.expandtabs(4).lstrip())
    deeper = indent > len(label.expandtabs(4)) - len(label.expandtabs(4).lstrip())
    return bool(_VALUE_START.match(value.strip())) or deeper and bool(re.search(r"\d", value))


def join_definition_lists(lines: list[str]) -> list[str]:
    """A definition list: each label on its own line with its value on the next ('Unpaid carers (Census 2021)' /
    '    4,120 people, 10.9% of residents aged 5 and over'), two pairs or more in a run (a blank line between pairs at
    most), written back as the bullets 'Label: value' lists are ('• Unpaid carers (Census 2021): 4,120 people, ...') on
    the value's line, the label's line left blank (line numbers hold). One label over a figure-first paragraph is a
    heading's, and stays."""
    out = list(lines)
    i = 0
    while i < len(lines):
        run, j = [], i
        while _definition_pair(lines, j):
            run.append(j)
            j += 2
            if j < len(lines) and not lines[j].strip() and _definition_pair(lines, j + 1):
                j += 1
        if len(run) >= 2:
            for k in run:
                label = lines[k].strip().removeprefix("**").removesuffix("**").strip()
                out[k], out[k + 1] = "", f"• {label}: {lines[k + 1].strip()}"
            i = j
        else:
            i += 1
    return out


_LABEL_READS_ON = re.compile(r"^(?:[a-z(&]|and\b)")
# a label piece that cannot end a label: it breaks off after a joining word ('Dementia Advice and' / 'Support')
_LABEL_RUNS_ON = re.compile(r"(?:\b(?:and|or|of|for|with|to|in|the|at|on)|[&,/–-])\s*$", re.IGNORECASE)


def join_wrapped_rows(lines: list[str], whole_name: Callable[[str], object] | None = None) -> list[str]:
    """An unruled table from a PDF whose header and cells wrap onto several lines, each piece at its column's start,
    rows told apart by their first column's label ('Home care (Ipswich' / 'and East)'), written back as a tab table:
    each row on its label's first line, the block's other lines left blank (line numbers hold). A cell's lines sit
    with the row's label's first line (top-aligned) or around the label's middle line (vertically centred: a
    two-line cell one line above and one below the row's label); which one is told by whether every cell's first
    piece is on its row's label line. Only a block whose every piece of words starts at one of three or more column
    starts and ends before the next, where some line has no label, whose first row (the header) holds no figure or
    date and whose other rows hold one; anything else is left as it is. A Chromium-printed PDF spaces a table's rows
    wider than a cell's lines, so its rows come a blank line apart: they are taken with the table while they keep to
    its columns."""
    out, source, lines = list(lines), lines, list(lines)
    i = 0
    while i < len(lines):
        if not lines[i].strip():
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].strip():
            j += 1
        block_end = j
        # rows a blank line apart (wider spacing between a table's rows than between a cell's lines) join the table
        # while their pieces keep to its columns and start no column of their own ('Page 5' under it starts one);
        # the longest such run that reads as a table is taken
        ends = [j]
        first = _columns(lines, i, j)
        while first is not None and j + 1 < len(lines) and not lines[j].strip():
            nxt = next((n for n in range(j + 1, len(lines)) if lines[n].strip()), len(lines))
            if nxt == len(lines) or nxt > j + 1 and not any(source[n].strip() for n in range(j, nxt)):
                break  # (one blank line between a table's rows; more only where a page's running header was)
            if nxt + 1 < len(lines) and not lines[nxt + 1].strip() and _PAGED_LINE.match(lines[nxt]):
                # a page's running header alone between blank lines inside the grid ('spend  contract end' / '' /
                # 'Market Position Statement 2026/27        Page 2' / '' / '(£m)'): a page break, the rows go on under
                # it (blanked in the reader's own copy)
                lines[nxt] = ""
                continue
            k = nxt
            while k < len(lines) and lines[k].strip():
                k += 1
            # (the labels' column at the margin is the table's own even when its header leaves it empty)
            # (nor a page's or slide's number, 'Page 3 of 4', wherever it stands: it ends a page, not a row)
            if any(min(abs(m.start() - c) for c in (0, *first[0])) > 2 for n in range(nxt, k)
                   for m in _SPACED.finditer(lines[n].rstrip())) or any(
                    _PAGE.search(lines[n]) for n in range(nxt, k)) or _columns(lines, i, k) is None:
                break
            j = k
            ends.append(j)
        rows: list[tuple[int, list[str]]] = []
        for j in reversed(ends):
            rows = _wrapped_rows(lines, i, j, whole_name)
            if rows:
                break
        if rows:
            for k in range(i, j):
                out[k] = ""
            for line, cells in rows:
                out[line] = "\t".join(cells)
            i = j
        else:
            # (nor a heading and a paragraph set right over the table, no blank line between: the table may start at the
            # block's first line of spaced pieces)
            lead = next((k for k in range(i, block_end) if len(_SPACED.findall(lines[k].rstrip())) >= 2), block_end)
            i = lead if i < lead < block_end and lead - i <= 4 else block_end
            # (a heading a blank line over the table is no row of it: the table may start further on)
    return out


def _columns(lines: list[str], i: int, j: int) -> tuple[list[int], dict[int, dict[int, str]]] | None:
    """The column starts of lines[i:j] (three at least) and each line's pieces by column, when every piece of words
    starts at a column (within two characters) and ends before the next one's start; else None."""
    if any("\t" in t or "|" in t for t in lines[i:j]):
        return None
    pieces = [(n, m.start(), m.end(), m.group(0)) for n in range(i, j) for m in _SPACED.finditer(lines[n].rstrip())]
    starts = sorted({p[1] for p in pieces})
    columns: list[int] = []  # each column's first start; a piece starting within two characters of it is in it
    for s in starts:
        if not columns or s - columns[-1] > 2:
            columns.append(s)
    if len(columns) < 3:
        return None
    placed: dict[int, dict[int, str]] = {}  # line -> column -> piece
    for n, a, b, text in pieces:
        k = max(c for c, s in enumerate(columns) if s <= a)
        if a - columns[k] > 2 or (k + 1 < len(columns) and b >= columns[k + 1]) or k in placed.get(n, {}):
            return None
        placed.setdefault(n, {})[k] = text
    return columns, placed


def _wrapped_rows(lines: list[str], i: int, j: int,
                  whole_name: Callable[[str], object] | None = None) -> list[tuple[int, list[str]]]:
    found = _columns(lines, i, j) if len([t for t in lines[i:j] if t.strip()]) >= 3 else None
    if found is None:
        return []
    columns, placed = found
    if all(0 in cells for cells in placed.values()):
        return []  # every line has its label: a spaced table the table reader reads as it stands
    # rows: label pieces, a piece reading on from the label a line or two above joined to it
    labels: list[list[int]] = []
    for n in sorted(placed):
        if 0 not in placed[n]:
            continue
        text = placed[n][0]
        if labels and n - labels[-1][-1] <= 2 and (
                _LABEL_READS_ON.match(text) or _LABEL_RUNS_ON.search(placed[labels[-1][-1]][0]) or " ".join(placed[m][0] for m in labels[-1]).count("(") > " ".join(
                    placed[m][0] for m in labels[-1]).count(")")):
            labels[-1].append(n)
        else:
            labels.append([n])
    others = [(n, k) for n in sorted(placed) for k in placed[n] if k]
    # a header whose first cell is empty (nothing over the labels' column): the lines above the first label, words
    # only, are the header row with an empty label. Read so first: read without it, the first row takes the header's
    # words into its cells and is taken for the header ('Tender opens September 2026'), its dates lost. How many of
    # those lines are the header: as many as leave every row's cells on its label line (top-aligned) or centred on
    # it; a centred first row's cell may start above its label ('September' / 'Carers support service   31 March
    # 2027' / '2026') (a month or a quarter alone, 'October' over '2026', is the first line of a centred cell, never
    # a header's)
    head = list(takewhile(lambda n: not any(_DATE_PART.match(t) for t in placed[n].values()),
                          [n for n in sorted(placed) if labels and n < labels[0][0]]))
    # (not when every row is on one line: a spaced table with an empty corner, which the table reader reads)
    one_line_rows = all(len(label) == 1 for label in labels) and all(
        0 in cells for n, cells in placed.items() if n not in head)
    if head and one_line_rows and _band_rows_only(head, labels, placed, whole_name):
        return []  # years over one-line rows grouped under place lines: a spaced table, read with its band rows
    if head and not any(_is_value(t) for n in head for t in placed[n].values()) and not one_line_rows:
        for h in range(len(head), 0, -1):
            with_head = [head[:h], *labels]
            found_rows = _table_rows(columns, placed, with_head, _assign(with_head, others, j, centred_rows=True))
            if found_rows is not None:
                return found_rows
    found_rows = _table_rows(columns, placed, labels, _assign(labels, others, j)) if len(labels) >= 2 else None
    if found_rows is not None:
        return found_rows
    # a grid whose cells all start on their row's first line, a label wrapped onto a capital ('Carers Support' /
    # 'Service'): the label's line carries on the cells of the line above and starts none
    continued = _join_continued_labels(labels, placed)
    if continued != labels and len(continued) >= 2:
        found_rows = _table_rows(columns, placed, continued, _assign_top(continued, others, j), dated_cells=True)
        if found_rows is not None:
            return found_rows
    # a label wrapped onto a line of its own that starts with a capital ("King's Lynn and West" / 'Norfolk') reads
    # as a row with no figure; joined to the label above when only the two together are a name `whole_name` knows
    # (a place), never a group label ('Rural districts') or a wrapped service
    if whole_name is not None:
        joined = _join_named_labels(labels, placed, whole_name)
        if joined != labels and len(joined) >= 2:
            found_rows = _table_rows(columns, placed, joined, _assign(joined, others, j))
            if found_rows is not None:
                return found_rows
    return []


def _join_continued_labels(labels: list[list[int]], placed: dict[int, dict[int, str]]) -> list[list[int]]:
    """`labels` with each label line right under a row's line joined to that row when the line only carries on the
    row's cells: each of its other pieces sits under a piece of the line above and is no figure under a whole figure
    or date (a cell's second line: '1 provider;' / '1,100', '31 March' / '2027'), and some cell of the row's first line has ended (a spend's or a RAG letter's cell
    is one line): 'Carers Support  1 provider;  1.2  30 September' / 'Service  3 carers' hubs  2026'."""
    out: list[list[int]] = []
    for label in labels:
        n = label[0]
        if out and n == out[-1][-1] + 1 and _carries_on(placed, n, out[-1][0]):
            out[-1] = [*out[-1], *label]
            continue
        out.append(label)
    return out


def _carries_on(placed: dict[int, dict[int, str]], n: int, first: int) -> bool:
    """Whether line n's pieces other than its label each carry on a cell of the line above (no figure under a value),
    while some cell of the row's first line holds nothing on line n."""
    above, cells = placed.get(n - 1, {}), {k: t for k, t in placed[n].items() if k}
    return all(k in above and not (_whole_value(above[k]) and is_number_cell(t) and not is_year_cell(t))
               for k, t in cells.items()) and any(k not in cells for k in placed[first] if k)


def _band_rows_only(head: list[int], labels: list[list[int]], placed: dict[int, dict[int, str]],
                    whole_name: Callable[[str], object] | None) -> bool:
    """A header of years over rows each on one line, some of them a place's name alone ('2025   2030' / 'Basildon' /
    '  People aged 65+ living with dementia   1,790   2,060'): the place lines are band rows naming the rows' area
    (`band_row`), no label wrapped onto a line of its own; the table reader reads it."""
    bands = [label[0] for label in labels if set(placed[label[0]]) == {0}]
    return whole_name is not None and bool(bands) and all(
        is_year_cell(t) for n in head for t in placed[n].values()) and all(
        whole_name(placed[n][0]) for n in bands) and _join_named_labels(labels, placed, whole_name) == labels


def _join_named_labels(labels: list[list[int]], placed: dict[int, dict[int, str]],
                       whole_name: Callable[[str], object]) -> list[list[int]]:
    """`labels` with each label line that holds nothing else, right under a label, joined to it when the joined text
    is a whole name and the label above alone is not ('Norfolk' alone is one: the county)."""
    out: list[list[int]] = []
    for label in labels:
        n = label[0]
        if out and len(label) == 1 and set(placed[n]) == {0} and n == out[-1][-1] + 1:
            above = " ".join(placed[m][0] for m in out[-1] if 0 in placed[m])
            if whole_name(f"{above} {placed[n][0]}") and not whole_name(above):
                out[-1] = [*out[-1], n]
                continue
        out.append(label)
    return out


def _table_rows(columns: list[int], placed: dict[int, dict[int, str]], labels: list[list[int]],
                rows: list[list[tuple[int, int]]] | None, dated_cells: bool = False) -> list[tuple[int, list[str]]] | None:
    """Each row's cells, on its label's first line, when the pieces' rows make a table: a header of words over rows
    each holding a figure or a date, one to a cell; else None. `dated_cells`: a cell may hold several dates (a
    timescale's stages, 'Extend 12' / 'months to' / 'Sep 2027;' / 'Tender' / 'Jan 2027'), still one figure."""
    if rows is None:
        return None
    for row in rows:
        for k in {kk for _, kk in row}:
            if sum(_whole_value(placed[n][k]) and not (dated_cells and is_date_cell(placed[n][k]))
                   for n, kk in row if kk == k) > 1:
                return None  # two figures or dates in one cell: two rows, one of them with no label ('Total' unwritten)
    cells = [[" ".join(placed[m][0] for m in label if 0 in placed[m])] + [
        " ".join(placed[n][k] for n in sorted(n for n, kk in rows[r] if kk == k)) for k in range(1, len(columns))]
        for r, label in enumerate(labels)]
    header, body = [placed[n][k] for n, k in rows[0]] + cells[0][:1], cells[1:]
    if not any(cells[0][1:]) or any(_is_value(c) for c in header) or not all(
            any(is_number_cell(c) or is_date_cell(c) for c in row[1:]) for row in body):
        return None
    return [(labels[r][0], row) for r, row in enumerate(cells)]


# The first word of a date written over two lines ('October' / '2026', 'Q2' / '2027/28'); no table header starts so.
_DATE_PART = re.compile(rf"^(?:{'|'.join(sorted(MONTHS, key=len, reverse=True))}|Q[1-4]|spring|summer|autumn|"
                        r"winter)\b", re.IGNORECASE)


def _is_value(text: str) -> bool:
    """A figure or a date, not a year (a header's '2021' or '(2021)'): what a table's header never holds."""
    return (is_number_cell(text) or is_date_cell(text)) and not is_year_cell(text.strip().strip("()"))


def _whole_value(text: str) -> bool:
    """A figure or a date with its year: a cell's whole value, never the first line of a cell that wraps."""
    return is_number_cell(text) and not is_year_cell(text) or is_date_cell(text) and bool(
        re.search(r"(?:19|20)\d{2}", text))


def _assign(labels: list[list[int]], others: list[tuple[int, int]], end: int,
            centred_rows: bool = False) -> list[list[tuple[int, int]]] | None:
    """Pieces to rows, top-aligned when every cell starts on its row's label line, else centred on its row.
    `centred_rows`: a centred reading holds only when every row after the first has each cell centred on its label."""
    top = _assign_top(labels, others, end)
    if top is not None:
        return top
    rows = _assign_centred(labels, others)
    if centred_rows and any(
            abs(min(n for n, kk in rows[r] if kk == k) + max(n for n, kk in rows[r] if kk == k)
                - labels[r][0] - labels[r][-1]) > 1
            for r in range(1, len(rows)) for k in {kk for _, kk in rows[r]}):
        return None
    return rows


def _assign_top(labels: list[list[int]], others: list[tuple[int, int]], end: int) -> list[list[tuple[int, int]]] | None:
    """Pieces to rows when every cell starts on its row's label line (a row running to the line before the next
    label); None when a cell starts elsewhere, or a piece sits above the first label."""
    rows: list[list[tuple[int, int]]] = [[] for _ in labels]
    for n, k in others:
        r = max((r for r, label in enumerate(labels) if label[0] <= n), default=-1)
        if r < 0:
            return None
        rows[r].append((n, k))
    for r, label in enumerate(labels):
        for k in {kk for _, kk in rows[r]}:
            if min(n for n, kk in rows[r] if kk == k) != label[0]:
                return None
    return rows


def _assign_centred(labels: list[list[int]], others: list[tuple[int, int]]) -> list[list[tuple[int, int]]] | None:
    """Pieces to rows when cells are centred on their row: each piece goes to the row whose label's middle line is
    nearest (inside a label's lines, that row's); a piece half way between two rows goes to the one its column's
    other pieces in that row then sit evenly around."""
    centres = [(label[0] + label[-1]) / 2 for label in labels]
    rows: list[list[tuple[int, int]]] = [[] for _ in labels]
    ties: list[tuple[int, int, int, int]] = []
    for n, k in others:
        inside = [r for r, label in enumerate(labels) if label[0] <= n <= label[-1]]
        if inside:
            rows[inside[0]].append((n, k))
            continue
        dist = sorted((abs(n - c), r) for r, c in enumerate(centres))
        if len(dist) > 1 and dist[0][0] == dist[1][0]:
            ties.append((n, k, min(dist[0][1], dist[1][1]), max(dist[0][1], dist[1][1])))
        else:
            rows[dist[0][1]].append((n, k))
    for n, k, a, b in ties:
        own = [m for m, kk in rows[a] if kk == k] + [n]
        rows[a if min(own) + max(own) == 2 * centres[a] else b].append((n, k))
    return rows
