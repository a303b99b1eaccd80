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
    cap = _drop_cap(chars)
    if _justified(text, chars, unit):
        aligned, unit = frozenset(), float("inf")  # (every gap a word space: no column gap on the line)
    glyph, word_break = -1, False
    for ch in text:
        if ch.isspace():
            word_break = glyph >= 0
            continue
        glyph += 1
        if word_break and glyph == 1 and cap:
            word_break = False  # a drop cap is the word's first letter ('I' 'n 2021', '9' ',870 people')
        if word_break:
            gap = chars[glyph]["x0"] - chars[glyph - 1]["x1"]
            column = round((chars[glyph]["x0"] - left) / unit)
            wide = gap >= WIDE_GAP * unit or (gap >= ALIGNED_GAP * unit and chars[glyph]["x0"] in aligned)
            out += " " * max(MIN_COLUMN_SPACES, column - len(out)) if wide else " "
            word_break = False
        out += ch
    return out


def _justified(text: str, chars: list, unit: float) -> bool:
    """A justified line of a narrow column stretched wide ('group.   Our   target   is   1,100', a short line beside a
    drop cap): every space between its words is as wide, two or more of them and wider than a column gap, and the
    line is words (half or more letters). A table row's gaps differ, or sit beside ordinary word spaces in its cells."""
    gaps, glyph, word_break = [], -1, False
    for ch in text:
        if ch.isspace():
            word_break = glyph >= 0
            continue
        glyph += 1
        if word_break:
            gaps.append(chars[glyph]["x0"] - chars[glyph - 1]["x1"])
            word_break = False
    letters = sum(c["text"].isalpha() for c in chars)
    return (len(gaps) >= 2 and min(gaps) >= WIDE_GAP * unit and max(gaps) - min(gaps) <= 0.6
            and letters * 2 >= len(chars))


DROP_CAP = 2.0  # a line's first glyph this many times the size of the rest is a drop cap


def _drop_cap(chars: list) -> bool:
    """The line starts with a drop cap: one letter or figure set two or more times the size of the line's other
    glyphs, placed a gap before the rest of its word, so the word came out cut ('I n 2021', '9 ,870 people')."""
    if len(chars) < 3 or not chars[0]["text"].isalnum() or chars[1]["text"].isspace():
        return False
    sizes = sorted(c.get("size", 0) for c in chars[1:])
    usual = sizes[len(sizes) // 2]
    return usual > 0 and chars[0].get("size", 0) >= DROP_CAP * usual and (chars[1]["text"].islower()
                                                                           or chars[1]["text"] in ",.")


def _text(region, depth: int = 0, edges: list | None = None) -> list[str]:
    """A region's text as lines; where its lines leave a gutter between two columns of prose (three or more lines
    with prose on both sides of it, no character within 6 points of it), each run of such lines is read as its
    left column, a blank line, then its right column; lines across the gutter (a full-width heading) stay whole.
    A table's columns (short labels, figures, gaps inside a side) are no columns of prose."""
    if edges is None:
        # the region's drawn rules, read once; its parts are cut from its characters alone (cutting every drawn
        # object of a designed page for each part was most of the reading's time)
        try:
            edges = list(region.horizontal_edges)
        except Exception:  # pdfplumber builds edges from the page's objects; a damaged object is no rule
            edges = []
        region = region.filter(lambda o: o.get("object_type") == "char")
    rows: dict[int, list[tuple[float, float, float, float, str]]] = {}
    for c in region.chars:
        if c["text"].strip():
            rows.setdefault(round(c["top"] / 3), []).append((c["x0"], c["x1"], c["top"], c["bottom"], c["text"]))
    x0, top, x1, bottom = region.bbox
    gutter = _gutter(list(rows.values()), x0, x1)
    if gutter is None:
        # columns no line has prose on both sides of: three columns (each side of a gutter holds two), columns whose
        # lines do not share baselines (a box in one column shifts its lines off the other's grid), a margin of notes
        # beside a column
        # (on a whole page, columns of prose only: lines of 24 characters or more beside it, not a table's cells)
        gutter = _strip_gutter(list(rows.values()), x0, x1, 0 if depth else 24)
    if gutter is None:
        return _plain_text(region)
    out: list[str] = []
    y = top

    def read(a: float, b: float, left: float = x0, right: float = x1, split: bool = False) -> None:
        a, b = max(a, top), min(b, bottom)
        if b > a:
            part = region.crop((left, a, right, b))
            if any(c["text"].strip() for c in part.chars):
                out.extend(_text(part, depth + 1, edges) if split else _plain_text(part))

    for kind, a, b in _bands(list(rows.values()), gutter, _rules(edges, region.bbox, gutter)):
        a = max(a, y)
        read(y, a)
        if kind == "columns":
            # a side may hold columns of its own (a three-column page, a margin of notes beside a column): it is
            # read as a region in turn
            read(a, b, x0, gutter, depth < MAX_DEPTH)
            left_end = len(out)
            out.append("")
            read(a, b, gutter, x1, depth < MAX_DEPTH)
            if _runs_on(out[:left_end]) and len(out) > left_end + 1 and out[left_end + 1].strip():
                del out[left_end]  # the left column's last sentence goes on at the top of the right one
        else:
            read(a, b)
        y = max(y, b)
    read(y, bottom)
    return out


def _runs_on(lines: list[str]) -> bool:
    """A column's last line is a full line of prose ending in no stop ('... on GP dementia registers in the'): its
    sentence goes on in the next column, so no blank line (a paragraph's end) is written between them. A paragraph's
    last line is mostly short, a heading or a note has no full line's length, and a stop ends the sentence."""
    body = [line.strip() for line in lines if line.strip()]
    if len(body) < 3:
        return False
    last = body[-1]
    lengths = sorted(len(line) for line in body if len(line.split()) >= 3)
    usual = lengths[len(lengths) // 2] if lengths else 0
    return (bool(usual) and len(last) >= 0.8 * usual and len(last.split()) >= 3 and "   " not in last
            and re.search(r"[a-z,%’'-]$", last) is not None)


MAX_DEPTH = 2  # a side of a two-column region is split again at most this many times (three or four columns)


def _rules(edges: list, bbox: tuple, gutter: float) -> list[float]:
    """Where a drawn horizontal line or a box's edge (`edges`) crosses the gutter inside the region (`bbox`): a
    figure's rules or a chart's gridlines across both columns, a column-spanning box. Columns above it and below it
    are read apart: without it a chart spanning both columns, its sparse labels leaving the gutter blank, joined the
    columns' text above it into one band, read as all of the left side (text, then the chart's left half) and then
    the right."""
    x0, top, x1, bottom = bbox
    return sorted({round(e["top"], 1) for e in edges if top <= e["top"] <= bottom
                   and max(e["x0"], x0) < gutter - MARGIN and min(e["x1"], x1) > gutter + MARGIN})


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
    width = x1 - x0
    rows = [r for r in rows if len(r) >= 24]  # (a line with prose on both sides has 24 characters or more)
    # (as _two_sided, on each line's runs of characters: one run of prose on each side, none across)
    segments = [[(a, b, p) for a, b, p, _ in _segments(r)] for r in rows]
    counts = []
    for step in range(int(width * 0.3), int(width * 0.7), 2):
        gx = x0 + step
        n = crossing = 0
        for segs in segments:
            if any(a - MARGIN < gx < b + MARGIN for a, b, _ in segs):
                crossing += 1
                continue
            before = [p for a, b, p in segs if b <= gx]
            after = [p for a, b, p in segs if a >= gx]
            n += len(before) == 1 and len(after) == 1 and before[0] and after[0]
        counts.append((gx, n, crossing))
    return _middle(counts, 3)


def _middle(counts: list[tuple[float, int, int]], least: int) -> float | None:
    """Of the first run of x's with the most count (`least` or more), the middle of those the fewest lines cross: not
    the run's left edge, which a line of the left column a little longer than those that found it crosses."""
    most = max((n for _, n, _ in counts), default=0)
    if most < least:
        return None
    run: list[tuple[float, int]] = []
    for x, n, crossing in counts:
        if n == most:
            run.append((x, crossing))
        elif run:
            break
    fewest = min(c for _, c in run)
    clear = [x for x, c in run if c == fewest]
    return clear[len(clear) // 2]


def _side(row, gx: float, left: bool) -> bool:
    """Prose on one side of gx next to it: the side's characters nearest gx, up to a gap as wide as a gutter."""
    chars = sorted((c for c in row if (c[1] <= gx if left else c[0] >= gx)), key=lambda c: c[0], reverse=left)
    near = chars[:1]
    for a, b in zip(chars, chars[1:]):
        if (a[0] - b[1] if left else b[0] - a[1]) >= 2 * MARGIN:
            break
        near.append(b)
    return bool(near) and _prose(near)


def _strip_gutter(rows: list, x0: float, x1: float, least: int = 0) -> float | None:
    """A gutter that lines need not cross together: the x (15-85% across) with most lines of prose beside it on
    each side (the fewer side counts), three or more each, touched by no more than a fifth of the lines; with `least`,
    only runs of that many characters or more count as prose."""
    width = x1 - x0
    segments = [[(a, b, p and n >= least) for a, b, p, n in _segments(r)] for r in rows]
    counts = []
    for step in range(int(width * 0.15), int(width * 0.85), 2):
        gx = x0 + step
        crossing = left = right = 0
        for segs in segments:
            if any(a - MARGIN < gx < b + MARGIN for a, b, _ in segs):
                crossing += 1
                continue
            before = [p for a, b, p in segs if b <= gx]
            after = [p for a, b, p in segs if a >= gx]
            left += bool(before) and before[-1]
            right += bool(after) and after[0]
        counts.append((gx, 0 if crossing * 5 > len(rows) else min(left, right), crossing))
    return _middle(counts, 3)


def _segments(row) -> list[tuple[float, float, bool, int]]:
    """A line's runs of characters split at gaps as wide as a gutter, left to right: (x0, x1, prose, characters)."""
    chars = sorted(row, key=lambda c: c[0])
    out, run = [], chars[:1]
    for a, b in zip(chars, chars[1:]):
        if b[0] - a[1] >= 2 * MARGIN:
            out.append(run)
            run = []
        run.append(b)
    out.append(run)
    return [(min(c[0] for c in r), max(c[1] for c in r), _prose(r), len(r)) for r in out if r]


def _bands(rows: list, gutter: float, rules: list[float] = ()) -> list[tuple[str, float, float]]:
    """(columns | across, top, bottom) for runs of lines in order: runs leaving the gutter blank with two or more
    two-sided lines are columns, the others stay across. A rule across the gutter (`rules`, their y) ends a run.
    A run is columns too with two or more lines of prose beside the gutter on each side though none has both (columns
    whose lines do not share baselines: a box or a pull quote in one column shifts its lines off the other's grid)."""
    ordered = sorted(rows, key=lambda r: min(c[2] for c in r))
    out: list[tuple[str, float, float]] = []
    run: list = []
    pending = sorted(rules)

    def span(lines: list) -> tuple[float, float]:
        return min(c[2] for r in lines for c in r) - 1, max(c[3] for r in lines for c in r) + 1

    def close() -> None:
        if run:
            split = sum(_two_sided(r, gutter) for r in run) >= 2 or (
                min(sum(_side(r, gutter, True) for r in run), sum(_side(r, gutter, False) for r in run)) >= 2)
            out.append(("columns" if split else "across", *span(run)))
            run.clear()

    for r in ordered:
        while pending and pending[0] < min(c[2] for c in r):
            if run and pending[0] > max(c[3] for c in run[-1]):
                close()
            pending.pop(0)
        if _crosses(r, gutter):
            # lines of the run beside it (a folio's bigger figure beside the footer's words) go across with it
            beside = [q for q in run if max(c[3] for c in q) > min(c[2] for c in r)]
            run[:] = [q for q in run if all(q is not b for b in beside)]
            close()
            out.append(("across", *span([*beside, r])))
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
