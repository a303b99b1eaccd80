"""How the atlas writes its committed tables: one cell format and one CSV layout for every table."""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence


def csv_cell(value: object) -> str:
    """A value as written in a committed CSV: blank for None, whole floats without '.0', others to 6 places."""
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(round(value, 6))
    return str(value)


def render_csv(rows: Iterable[Mapping[str, object]], columns: Sequence[str]) -> str:
    """The rows as CSV text with a header line, '\\n' line ends, columns in the given order."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([csv_cell(row.get(c)) for c in columns])
    return buf.getvalue()
