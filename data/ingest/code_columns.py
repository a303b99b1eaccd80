"""A table's column of area codes, as statistical tables give one beside the area's name ('Area code | Area name | ...'
over 'E07000207 | Elmbridge | 11,240'), taken out of the table's lines.

The government's accessible-spreadsheet style and the ONS's tables lead each row with the area's GSS code and then its
name. The proposer reads a row's first cell as its label, so the code became the label: the row's area was lost (the
name a cell of figures' neighbours) and the code read as a breakdown. The name says the area, as the reader of every
other table takes it, so a column whose every row holds a GSS code under a header naming a code is removed from the
header and the rows of that table (a run of tab-separated lines), when the rows also name their area in another cell.
The line count holds: only the lines of such a table change.
"""
from __future__ import annotations

import re

GSS_CODE = re.compile(r"[EWSNK]\d{8}")  # an ONS area code: E07000207 (a district), E10000030 (a county), E92000001
_CODE_HEADER = re.compile(r"(?:(?:area|la|lad|local authority|ons|gss|geography|district|county)\s+)?code\b",
                          re.IGNORECASE)


def without_code_columns(lines: list[str]) -> list[str]:
    """The lines with each tab table's area code column removed (see the module's docstring)."""
    out = list(lines)
    start = None
    for i, line in enumerate([*lines, ""]):
        if "\t" in line and line.strip():
            start = i if start is None else start
            continue
        if start is not None and i - start >= 2:
            out[start:i] = _table_without_codes(lines[start:i])
        start = None
    return out


def _table_without_codes(run: list[str]) -> list[str]:
    rows = [line.split("\t") for line in run]
    header, body = rows[0], rows[1:]
    codes = [j for j, key in enumerate(header) if _CODE_HEADER.fullmatch(key.strip())
             and all(j < len(r) and GSS_CODE.fullmatch(r[j].strip()) for r in body)
             and all(_named_elsewhere(r, j) for r in body)]
    if not codes:
        return run
    return ["\t".join(c for j, c in enumerate(r) if j not in codes) for r in rows]


def _named_elsewhere(cells: list[str], j: int) -> bool:
    """The row names its area in a cell beside the code: a cell of words, not figures."""
    return any(re.search(r"[A-Za-z]{3}", c) and not GSS_CODE.fullmatch(c.strip()) for k, c in enumerate(cells) if k != j)
