"""Generic reader for the tables the documents lay out as tab-separated lines.

A table is a run of tab-containing lines (blank lines inside it are skipped): first
its header lines, then data rows whose first cell is a row label. Specs say which
table holds which measure; this module knows nothing about any one document.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from data.seeds import Document, DocumentError

_NUMBER = re.compile(r"^[~c]?\s*[£$]?\s*(-?\d[\d,]*(?:\.\d+)?)\s*(%|k|m)?$", re.IGNORECASE)


def parse_number(text: str) -> float | None:
    """A cell or phrase as a number: '11,811' -> 11811, '10.1%' -> 10.1, '£789,600' -> 789600.

    Returns None for blanks, dashes and anything that is not purely a number, so a
    spec never mistakes prose for a figure.
    """
    t = text.strip().replace("\u00a0", " ")
    if t in {"", "-", "--", "–", "n/a", "N/A"}:
        return None
    m = _NUMBER.match(t)
    if not m:
        return None
    value = float(m.group(1).replace(",", ""))
    suffix = (m.group(2) or "").lower()
    if suffix == "k":
        value *= 1_000
    elif suffix == "m":
        value *= 1_000_000
    return value


@dataclass
class TableRow:
    line: int
    cells: list[str]

    @property
    def label(self) -> str:
        return self.cells[0].strip() if self.cells else ""

    def number(self, column: int) -> float | None:
        return parse_number(self.cells[column]) if column < len(self.cells) else None


@dataclass
class Table:
    title: str
    title_line: int
    header: list[TableRow]
    rows: list[TableRow] = field(default_factory=list)

    @property
    def columns(self) -> list[tuple[str, ...]]:
        """One key per column: its header cells top to bottom, spanning cells filled rightwards.

        Documents write a two-level header like '2011<tab><tab>2015' over
        'Count<tab>Share'; filling the blanks lets a spec ask for ('2015', 'Share').
        """
        width = max([len(r.cells) for r in self.header + self.rows] or [0])
        return header_keys([r.cells for r in self.header], width)

    def column_index(self, *parts: str) -> int:
        """The column whose header contains every one of `parts` (case-insensitive)."""
        wanted = [p.lower() for p in parts]
        for j, key in enumerate(self.columns):
            joined = " | ".join(key).lower()
            if j > 0 and all(p in joined for p in wanted):
                return j
        raise DocumentError(f"table {self.title!r} (line {self.title_line}) has no column {parts!r}")

    def row(self, label: str) -> TableRow:
        """The data row whose label equals `label` (case- and space-insensitive)."""
        key = " ".join(label.lower().split())
        for r in self.rows:
            if " ".join(r.label.lower().split()) == key:
                return r
        raise DocumentError(f"table {self.title!r} (line {self.title_line}) has no row {label!r}")


def header_keys(header: list[list[str]], width: int, align_right: bool = False) -> list[tuple[str, ...]]:
    """One key per column of `width`: the header rows' cells top to bottom, blanks left out.

    Upper rows span the blank cells to their right (not the label column's). A row shorter than
    `width` is padded after its cells, or before them with `align_right` (a space-aligned header
    written without the label column stands over the right-hand columns).
    """
    levels: list[list[str]] = []
    for i, row in enumerate(header):
        cells = [c.strip() for c in row]
        pad = [""] * (width - len(cells))
        cells = pad + cells if align_right else cells + pad
        if i < len(header) - 1:
            last = ""
            for j in range(1, width):
                if cells[j]:
                    last = cells[j]
                else:
                    cells[j] = last
        levels.append(cells)
    return [tuple(level[j] for level in levels if level[j]) for j in range(width)]


def _is_year_header(cells: list[str]) -> bool:
    """'Unpaid Care Provision<tab>2011<tab><tab>2015': numbers that are all bare years label columns."""
    numbers = [c.strip() for c in cells[1:] if parse_number(c) is not None]
    return bool(numbers) and all(re.fullmatch(r"(19|20)\d\d", n) for n in numbers)


def _is_data_row(cells: list[str]) -> bool:
    return bool(cells and cells[0].strip()) and any(parse_number(c) is not None for c in cells[1:])


def read_table(doc: Document, marker: str, start: int = 1, header_lines: int | None = None) -> Table:
    """The table introduced by the first line at/after `start` containing `marker`.

    `marker` may be a title line above the table or the table's own first header
    line. Header lines are those before the first row with a label and a number,
    unless `header_lines` says how many there are.
    """
    at = doc.find(marker, start)
    return table_at(doc, at, header_lines, title=doc.line(at).split("\t")[0].strip() or marker)


def table_at(doc: Document, at: int, header_lines: int | None = None, title: str | None = None) -> Table:
    """The table whose title or first header line is line `at`."""
    title = title if title is not None else doc.line(at).split("\t")[0].strip()
    n = at if "\t" in doc.line(at) else at + 1
    block: list[TableRow] = []
    while n <= len(doc.lines):
        text = doc.line(n)
        if "\t" in text:
            block.append(TableRow(n, text.split("\t")))
        elif text.strip():
            if block:
                break
            if n - at > 3:
                raise DocumentError(f"{doc.info.seed_file}: no table follows line {at} ({title!r})")
        n += 1
    if not block:
        raise DocumentError(f"{doc.info.seed_file}: no table follows line {at} ({title!r})")
    if header_lines is None:
        header_lines = next((i for i, r in enumerate(block) if _is_data_row(r.cells)), len(block))
    return Table(title=title, title_line=at, header=block[:header_lines], rows=block[header_lines:])


def scan_tables(doc: Document) -> list[Table]:
    """Every tab-separated block in a document that has at least one row of numbers.

    Used to preview a new council's document before anyone writes its spec: the
    analyst sees which tables the generic reader finds and on which lines.
    """
    tables: list[Table] = []
    n = 1
    while n <= len(doc.lines):
        if "\t" not in doc.line(n):
            n += 1
            continue
        prev = n - 1
        while prev >= 1 and not doc.line(prev).strip():
            prev -= 1
        has_title = prev >= 1 and "\t" not in doc.line(prev) and n - prev <= 2 and len(doc.line(prev)) <= 160
        start = prev if has_title else n
        table = table_at(doc, start, title=doc.line(prev).strip() if has_title else doc.line(n).split("\t")[0].strip())
        # a first row of bare years ('Provision<tab>2011<tab>2015') labels columns: count it as header
        lead = 0
        while lead < len(table.rows) and (_is_year_header(table.rows[lead].cells) or not _is_data_row(table.rows[lead].cells)):
            lead += 1
        if lead:
            table = Table(table.title, table.title_line, table.header + table.rows[:lead], table.rows[lead:])
        if table.rows:
            tables.append(table)
        n = (table.rows or table.header)[-1].line + 1
    return tables
