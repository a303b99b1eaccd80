"""A table's column of area codes, as statistical tables give one beside the area's name ('Area code | Area name | ...'
over 'E07000207 | Elmbridge | 11,240'), taken out of the table's lines.

The government's accessible-spreadsheet style and the ONS's tables lead each row with the area's GSS code and then its
name. The proposer reads a row's first cell as its label, so the code became the label: the row's area was lost (the
name a cell of figures' neighbours) and the code read as a breakdown. The name says the area, as the reader of every
other table takes it, so a column whose every row holds a GSS code under a header naming a code is removed from the
header and the rows of that table (a run of tab-separated lines), when every row also names its area in another cell
(a place the registry holds). A long table (a 'Value' column) keeps its codes: its reader files each row by them.
The line count holds: only the lines of such a table change.
"""
from __future__ import annotations

import re

from data.ingest import areas as area_lookup

GSS_CODE = re.compile(r"[EWSNK]\d{8}")  # an ONS area code: E07000207 (a district), E10000030 (a county), E92000001
_VALUE_HEADER = re.compile(r"values?|observation|obs_value", re.IGNORECASE)
_CODE_HEADER = re.compile(r"(?:(?:area|la|lad|local authority|ons|gss|geography|district|county)\s+)?code\b",
                          re.IGNORECASE)


def without_code_columns(lines: list[str]) -> list[str]:
    """The lines with each tab table's area code column removed (see the module's docstring). A table whose rows a
    page break parts from its header (a running header between them) loses the column in both parts."""
    out = list(lines)
    last: tuple[int, list[int]] | None = None  # (the line after the last table that lost a column, its columns)
    for start, end in _tab_runs(lines):
        rows = [line.split("\t") for line in lines[start:end]]
        codes = _code_columns(rows[0], rows[1:]) if len(rows) >= 2 else []
        header = None
        above = _tab_line_above(lines, start) if not codes else None
        if above is not None and last is not None and above == last[0] - 1:
            codes = [j for j in last[1] if _code_column(rows, j)]  # (the table's rows after a page break)
        elif above is not None:
            codes, header = _code_columns(lines[above].split("\t"), rows), above
        if not codes:
            continue
        out[start:end] = [_without(r, codes) for r in rows]
        if header is not None:
            out[header] = _without(lines[header].split("\t"), codes)
        last = (end, codes)
    return out


def _tab_runs(lines: list[str]):
    """(start, end) of each run of consecutive tab-separated lines."""
    start = None
    for i, line in enumerate([*lines, ""]):
        if "\t" in line and line.strip():
            start = i if start is None else start
        elif start is not None:
            yield start, i
            start = None


def _tab_line_above(lines: list[str], i: int, reach: int = 4) -> int | None:
    """The tab-separated line above index `i`, past blank lines and a line of text (a page's running header), within
    `reach` lines; else None."""
    for k in range(i - 1, max(-1, i - 1 - reach), -1):
        if "\t" in lines[k] and lines[k].strip():
            return k
    return None


def _code_columns(header: list[str], rows: list[list[str]]) -> list[int]:
    """The columns whose header names a code and whose every row holds a GSS code beside a cell naming its area; none
    in a long table (a 'Value' column: its reader files each row by its code)."""
    if any(_VALUE_HEADER.fullmatch(key.strip()) for key in header):
        return []
    return [j for j, key in enumerate(header) if _CODE_HEADER.fullmatch(key.strip()) and _code_column(rows, j)]


def _code_column(rows: list[list[str]], j: int) -> bool:
    return bool(rows) and all(j < len(r) and GSS_CODE.fullmatch(r[j].strip()) and _named_elsewhere(r, j) for r in rows)


def _without(cells: list[str], columns: list[int]) -> str:
    return "\t".join(c for j, c in enumerate(cells) if j not in columns)


def _named_elsewhere(cells: list[str], j: int) -> bool:
    """The row names its area in another cell: a place the registry holds ('Elmbridge', 'England')."""
    return any(k != j and re.search(r"[A-Za-z]{3}", c) and area_lookup.exact(c.strip()) for k, c in enumerate(cells))
