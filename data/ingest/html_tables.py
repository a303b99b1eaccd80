"""Tables a content management system or wiki keeps as raw HTML when it exports a page to Markdown (its editor could
not write merged cells as a pipe table): '<table>' ... '<tr><td>19 hours or less</td><td>15,930</td></tr>' ...
'</table>', a row on a line or a cell on a line, with '<br>' inside cells, 'colspan' and 'rowspan' in a header of two
rows, '<strong>' around a total and entities ('&nbsp;', '&amp;'). Each such table is written back as the Markdown table
the rest of the proposer reads: its caption, one header row (a column's header cells top to bottom, a merged cell's
text over each column it spans: 'Milton Keynes Number', 'Milton Keynes % of residents aged 5+'), the rule and a pipe row
a table row, on the table's first lines; the table's other lines are blank, so every line after it keeps its place."""
from __future__ import annotations

import re

from data.ingest.web_page import cell_span, table_rows

_OPEN = re.compile(r"^\s*<table\b", re.IGNORECASE)
_CLOSE = re.compile(r"</table\s*>\s*$", re.IGNORECASE)


def _cell_text(cell) -> str:
    for br in cell.iter("br"):
        br.tail = " " + (br.tail or "")
    text = re.sub(r"\s+", " ", cell.text_content().replace("\u00a0", " ")).strip()
    return text.replace("|", "\\|")


def _grid(rows) -> list[list[str]]:
    """The rows' cells with each merged cell's text in every place it covers (rowspan down, colspan across)."""
    grid: list[list[str]] = []
    below: dict[tuple[int, int], str] = {}  # (row, column) a rowspan above covers
    for r, tr in enumerate(rows):
        out: list[str] = []
        for cell in tr.iterchildren("td", "th"):
            while (r, len(out)) in below:
                out.append(below.pop((r, len(out))))
            text = _cell_text(cell)
            across, down = cell_span(cell, "colspan"), cell_span(cell, "rowspan")
            for _ in range(across):
                for k in range(1, down):
                    below[(r + k, len(out))] = text
                out.append(text)
        while (r, len(out)) in below:
            out.append(below.pop((r, len(out))))
        grid.append(out)
    return grid


def _header_count(rows) -> int:
    """How many of the table's first rows are its header: those in its <thead>, else those of header cells only."""
    heads = [tr for tr in rows if tr.getparent().tag == "thead"]
    if heads:
        return len(heads)
    n = 0
    for tr in rows:
        cells = list(tr.iterchildren("td", "th"))
        if not cells or any(c.tag != "th" for c in cells):
            break
        n += 1
    return n


def _header(grid: list[list[str]]) -> list[str]:
    width = max(len(row) for row in grid)
    cells = []
    for c in range(width):
        words: list[str] = []
        for row in grid:
            text = row[c] if c < len(row) else ""
            if text and (not words or words[-1] != text):
                words.append(text)
        cells.append(" ".join(words))
    return cells


def _pipe(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _markdown_table(text: str) -> list[str] | None:
    """The HTML table as Markdown lines (caption, header, rule, rows), or None when it cannot be read."""
    try:
        import lxml.html

        table = lxml.html.fragment_fromstring(text)
    except Exception:  # noqa: BLE001 - lxml raises several kinds on markup it cannot make a tree of
        return None
    if table.tag != "table":
        return None
    rows = table_rows(table)
    if not rows:
        return None
    grid = _grid(rows)
    heads = _header_count(rows) or 1
    header = _header(grid[:heads])
    caption = table.find("caption")
    out = [_cell_text(caption)] if caption is not None and _cell_text(caption) else []
    out += [_pipe(header), "|" + "---|" * len(header)]
    return out + [_pipe(row + [""] * (len(header) - len(row))) for row in grid[heads:]]


def html_tables(lines: list[str]) -> list[str]:
    """The lines with each raw HTML table (its '<table' starting a line, its '</table>' ending one) written as a
    Markdown table on its first lines, the rest of its lines blank; a table too short in lines for that stays as it is."""
    if not any("<table" in line.lower() for line in lines):
        return lines
    out, i = list(lines), 0
    while i < len(lines):
        if not _OPEN.match(lines[i]):
            i += 1
            continue
        j = i
        while j < len(lines) and not _CLOSE.search(lines[j]):
            j += 1
        if j == len(lines):
            break
        written = _markdown_table("\n".join(lines[i:j + 1]))
        if written and len(written) <= j - i + 1:
            out[i:j + 1] = written + [""] * (j - i + 1 - len(written))
        i = j + 1
    return out
