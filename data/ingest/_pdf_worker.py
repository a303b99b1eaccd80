"""Child process for data.ingest.readers.read_pdf: PDF bytes on stdin, JSON lines on stdout.

Runs with a memory cap and a page cap; the parent kills it past its time limit.
"""
from __future__ import annotations

import io
import json
import re
import sys

from data.ingest._pdf_slides import is_slide, slide_lines


def _cap_memory(limit: int) -> None:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):
        pass


def _cell(text: object) -> str:
    return " ".join(str(text or "").replace("\t", " ").split())


MARGIN = 6  # points either side of a gutter that no character may touch
WIDE_GAP = 2.5  # a gap between words this many characters wide or more separates columns, not words
ALIGNED_GAP = 1.5  # a narrower gap still separates columns where the next word starts at the same x on 3+ lines
MIN_COLUMN_SPACES = 3  # the fewest spaces written for such a gap: what a space-aligned table is read by
INDENTED_COLUMN = 8  # a line starting this many characters right of the text's left edge starts in a later column
PARAGRAPH_PITCH = 1.6  # lines further apart than this many times the usual distance have a blank line between them


def _plain_text(region) -> list[str]:
    """A region's lines as a text PDF converter writes them: words a space apart, and where a line leaves a wide gap
    (an unruled table's columns, key figures side by side) a run of spaces that keeps the next word at its column.

    pdfplumber's own text joins every gap with one space, so 'District   2011   2021' became 'District 2011 2021' and
    three key figures side by side read as one number list. A line that starts well right of the text's left edge
    (a table header over an empty first cell, the third line of the second of three captions) is indented to its
    column, as such text is written, and a wider space between lines than the usual (a new paragraph, table or
    section) is a blank line. Words and lines are pdfplumber's own; only the spaces between them change."""
    lines = region.extract_text_lines(return_chars=True)
    glyphs = [c for line in lines for c in line["chars"] if c["text"].strip()]
    if not glyphs:
        return []
    widths = sorted(c["x1"] - c["x0"] for c in glyphs)
    unit = max(widths[len(widths) // 2], 1.0)  # the typical character's width: one column of text
    left = min(c["x0"] for c in glyphs)
    pitches = sorted(b["top"] - a["top"] for a, b in zip(lines, lines[1:]) if b["top"] > a["top"])
    usual = pitches[len(pitches) // 2] if pitches else 0.0
    aligned = _aligned_starts(lines, unit)
    out: list[str] = []
    for before, line in zip([None, *lines], lines):
        if before is not None and usual and line["top"] - before["top"] > PARAGRAPH_PITCH * usual:
            out.append("")  # a paragraph's or a section's space, as a converter writes it
        out.append(_spaced_line(line, unit, left, aligned))
    return out


def _aligned_starts(lines: list, unit: float) -> set[float]:
    """Where words after a gap of ALIGNED_GAP characters or more start at the same x (within a point) on three or
    more lines: a left-aligned column beside a right-aligned one ('78 Affordable rent' under 'Units Tenure'), whose
    gap a designed table's cell padding keeps narrower than WIDE_GAP. A justified line's wide spaces do not line up."""
    starts: list[float] = []
    for line in lines:
        chars = [c for c in line["chars"] if c["text"].strip()]
        for a, b in zip(chars, chars[1:]):
            if ALIGNED_GAP * unit <= b["x0"] - a["x1"] < WIDE_GAP * unit:
                starts.append(b["x0"])
    return {x for x in starts if sum(abs(x - y) <= 1.0 for y in starts) >= 3}


def _spaced_line(line: dict, unit: float, left: float, aligned: set[float] = frozenset()) -> str:
    text = line["text"]
    chars = [c for c in line["chars"] if c["text"].strip()]
    if len(chars) != sum(1 for ch in text if not ch.isspace()):
        return text  # pdfplumber's text and its characters do not pair up (ligatures): keep its text
    indent = round((chars[0]["x0"] - left) / unit)
    out = " " * indent if indent >= INDENTED_COLUMN else ""
    glyph, word_break = -1, False
    for ch in text:
        if ch.isspace():
            word_break = glyph >= 0
            continue
        glyph += 1
        if word_break:
            gap = chars[glyph]["x0"] - chars[glyph - 1]["x1"]
            column = round((chars[glyph]["x0"] - left) / unit)
            wide = gap >= WIDE_GAP * unit or (gap >= ALIGNED_GAP * unit and chars[glyph]["x0"] in aligned)
            out += " " * max(MIN_COLUMN_SPACES, column - len(out)) if wide else " "
            word_break = False
        out += ch
    return out


def _text(region) -> list[str]:
    """A region's text as lines; where its lines leave a gutter between two columns of prose (three or more lines
    with prose on both sides of it, no character within 6 points of it), each run of such lines is read as its
    left column, a blank line, then its right column; lines across the gutter (a full-width heading) stay whole.
    A table's columns (short labels, figures, gaps inside a side) are no columns of prose."""
    rows: dict[int, list[tuple[float, float, float, float, str]]] = {}
    for c in region.chars:
        if c["text"].strip():
            rows.setdefault(round(c["top"] / 3), []).append((c["x0"], c["x1"], c["top"], c["bottom"], c["text"]))
    x0, top, x1, bottom = region.bbox
    gutter = _gutter(list(rows.values()), x0, x1)
    if gutter is None:
        return _plain_text(region)
    out: list[str] = []
    y = top

    def read(a: float, b: float, left: float = x0, right: float = x1) -> None:
        a, b = max(a, top), min(b, bottom)
        if b > a:
            part = region.crop((left, a, right, b))
            if any(c["text"].strip() for c in part.chars):
                out.extend(_plain_text(part))

    for kind, a, b in _bands(list(rows.values()), gutter):
        a = max(a, y)
        read(y, a)
        if kind == "columns":
            read(a, b, x0, gutter)
            out.append("")
            read(a, b, gutter, x1)
        else:
            read(a, b)
        y = max(y, b)
    read(y, bottom)
    return out


def _crosses(row, gx: float) -> bool:
    return any(a < gx + MARGIN and b > gx - MARGIN for a, b, _, _, _ in row)


def _prose(chars) -> bool:
    """Twelve or more characters, 40% or more letters, no gap inside wider than a gutter."""
    xs = sorted(chars)
    text = "".join(t for *_, t in xs)
    gaps = [b[0] - a[1] for a, b in zip(xs, xs[1:])]
    return len(text) >= 12 and sum(ch.isalpha() for ch in text) >= 0.4 * len(text) and max(gaps or [0]) < 2 * MARGIN


def _two_sided(row, gx: float) -> bool:
    return not _crosses(row, gx) and _prose([c for c in row if c[1] <= gx]) and _prose([c for c in row if c[0] >= gx])


def _gutter(rows: list, x0: float, x1: float) -> float | None:
    """The x in the middle of the region most lines have prose on both sides of, none touching; None if under 3."""
    best, most = None, 0
    width = x1 - x0
    rows = [r for r in rows if len(r) >= 24]  # (a line with prose on both sides has 24 characters or more)
    for step in range(int(width * 0.3), int(width * 0.7), 2):
        gx = x0 + step
        both = sum(_two_sided(r, gx) for r in rows)
        if both > most:
            best, most = gx, both
    return best if most >= 3 else None


def _bands(rows: list, gutter: float) -> list[tuple[str, float, float]]:
    """(columns | across, top, bottom) for runs of lines in order: runs leaving the gutter blank with two or more
    two-sided lines are columns, the others stay across."""
    ordered = sorted(rows, key=lambda r: min(c[2] for c in r))
    out: list[tuple[str, float, float]] = []
    run: list = []

    def span(lines: list) -> tuple[float, float]:
        return min(c[2] for r in lines for c in r) - 1, max(c[3] for r in lines for c in r) + 1

    def close() -> None:
        if run:
            out.append(("columns" if sum(_two_sided(r, gutter) for r in run) >= 2 else "across", *span(run)))
            run.clear()

    for r in ordered:
        if _crosses(r, gutter):
            close()
            out.append(("across", *span([r])))
        else:
            run.append(r)
    close()
    return out


def _header_band(table) -> bool:
    """A 'table' of one row: a designed table's shaded header band, whose fill's edges pdfplumber takes for a
    table's, over body rows ruled only by lines under them (no cell edges). Read as tab cells, the header stood
    apart from its rows (written a space apart at their columns); left in the text, it is spaced as they are."""
    return len(table.rows) < 2


def _empty_grid(table) -> bool:
    """A 'table' with no text in any cell: a chart's gridlines and bars. Read as a table, its empty rows were blank
    lines and the text beside it on those lines (the axis's tick labels, left of the grid) was lost."""
    return not any(_cell(c) for row in table.extract() for c in row)


SUPERSCRIPT_SIZE = 0.85  # a mark this much smaller than the glyph before it, or smaller, ...
SUPERSCRIPT_RISE = 0.2  # ... whose baseline sits this many of that glyph's sizes above it, is a superscript


def _superscripts(page) -> set[tuple[float, float]]:
    """(x0, top) of the superscript digits and marks set right after a glyph ('31.03.2027' with a note's '2' raised
    after it, '£4,270,000' and a '1'): pdfplumber reads them on their line, glued on ('31.03.20272', '4,270,0001'),
    so a date or a count took the marker's digit. A marker leading a line (a key's '1 Includes ...') has no glyph
    before it and is kept."""
    chars = [c for c in page.chars if c["text"].strip()]
    ends: dict[int, list[dict]] = {}
    for c in chars:
        ends.setdefault(int(c["x1"]), []).append(c)
    out = set()
    for c in chars:
        if not (c["text"].isdigit() or c["text"] in "*†‡"):
            continue
        for key in (int(c["x0"]) - 1, int(c["x0"]), int(c["x0"]) + 1):
            if any(abs(b["x1"] - c["x0"]) <= 1.0 and c["size"] <= SUPERSCRIPT_SIZE * b["size"]
                   and b["top"] - b["size"] * 0.2 < c["top"] < b["bottom"]
                   and c["bottom"] <= b["bottom"] - SUPERSCRIPT_RISE * b["size"] for b in ends.get(key, ())):
                out.add((c["x0"], c["top"]))
                break
    return out


def _without_superscripts(page):
    marks = _superscripts(page)
    if not marks:
        return page
    return page.filter(lambda o: o.get("object_type") != "char" or (o["x0"], o["top"]) not in marks)


def _open_bottom(page, table) -> float | None:
    """Where a table's column rules run on below its last closed row with no rule under them: a row broken by a page
    break, whose bottom rule a browser draws only on the next page. pdfplumber left the row out of the table (a
    cell needs four edges), so its cells read as loose text; closed at the rules' end, it is the table's last row."""
    x0, _, x1, bottom = table.bbox
    xs = sorted({round(c[0]) for c in table.cells} | {round(c[2]) for c in table.cells})
    ends = [e["bottom"] for e in page.edges
            if e["orientation"] == "v" and e["top"] <= bottom + 2.0 and e["bottom"] - bottom > 8.0
            and any(abs(e["x0"] - x) <= 2.0 for x in xs)]
    if len(ends) < 3 or max(ends) - min(ends) > 2.0:
        return None
    end = max(ends)
    if any(e["orientation"] == "h" and e["x0"] <= x0 + 2 and e["x1"] >= x1 - 2 and abs(e["top"] - end) <= 2.0
           for e in page.edges):
        return None  # closed after all
    return end


def _tables(page) -> list:
    found = [t for t in page.find_tables() if _kept(t)]
    lines = []
    for t in found:
        end = _open_bottom(page, t)
        if end is not None:
            lines.append({"x0": t.bbox[0], "x1": t.bbox[2], "top": end, "bottom": end, "width": t.bbox[2] - t.bbox[0],
                          "height": 0, "object_type": "line"})
    if lines:
        found = [t for t in page.find_tables({"explicit_horizontal_lines": lines}) if _kept(t)]
    return sorted(found, key=lambda t: t.bbox[1])
def _frame(table) -> bool:
    """A 'table' with a cell spanning most of the page (60% of its width, 40% of its height): a page's frame, such as
    a slide's background fill under its title band, whose edges pdfplumber takes for a table's. Read as a table, the
    whole slide's text was one cell, run into one line; left in the text, its lines and columns are read as text's."""
    width, height = table.page.width, table.page.height
    return any(x1 - x0 >= 0.6 * width and bottom - top >= 0.4 * height for x0, top, x1, bottom in table.cells)


def _chart_labels(table) -> bool:
    """A 'table' whose only text is figures, one in a cell here and there: a bar chart's bars with their data labels
    on them (the bars and gridlines make the cells). Read as a table, each label lost the category under its bar."""
    cells = [_cell(c) for row in table.extract() for c in row]
    filled = [c for c in cells if c]
    return bool(filled) and len(filled) <= len(cells) / 2 and all(_FIGURE.match(c) for c in filled)


_FIGURE = re.compile(r"^[£$€(]?[-+−]?\d[\d,.]*%?[)]?$")


def _kept(table) -> bool:
    """A 'table' pdfplumber found that is a table: not a header band, an empty grid, a page's frame or a chart's
    labels."""
    return not (_header_band(table) or _empty_grid(table) or _frame(table) or _chart_labels(table))


def _page_lines(page) -> list[str]:
    lines: list[str] = []
    page = _without_superscripts(page)
    tables = _tables(page)
    if is_slide(page):
        return slide_lines(page, [(t.bbox, ["\t".join(_cell(c) for c in row).rstrip("\t") for row in t.extract()])
                                  for t in tables])
    top = 0.0
    for table in tables:
        x0, t_top, x1, t_bottom = table.bbox
        if t_top > top:
            lines.extend(_text(page.crop((0, top, page.width, t_top))))
        lines.append("")
        for row in table.extract():
            lines.append("\t".join(_cell(c) for c in row).rstrip("\t"))
        lines.append("")
        top = max(top, t_bottom)
    if top < page.height:
        lines.extend(_text(page.crop((0, top, page.width, page.height)) if top else page))
    return lines


def main() -> int:
    max_pages, memory = int(sys.argv[1]), int(sys.argv[2])
    raw = sys.stdin.buffer.read()
    _cap_memory(memory)
    try:
        import pdfplumber

        with pdfplumber.open(io.BytesIO(raw)) as pdf:
            pages = len(pdf.pages)
            if pages > max_pages:
                print(json.dumps({"error": f"{{name}} has {pages} pages; the limit is {max_pages}. "
                                           "Upload the part of the document with the figures.", "reason": "pages"}))
                return 0
            lines: list[str] = []
            for page in pdf.pages:
                lines.extend(_page_lines(page))
                page.close()
    except MemoryError:
        print(json.dumps({"error": "{name} needs too much memory to read: refused.", "reason": "oversize"}))
        return 0
    except Exception as exc:  # pdfminer raises many kinds on damaged files
        print(json.dumps({"error": f"{{name}} could not be read as a PDF ({type(exc).__name__}): "
                                   "it may be damaged or encrypted.", "reason": "corrupt"}))
        return 0
    print(json.dumps({"lines": lines, "pages": pages}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
