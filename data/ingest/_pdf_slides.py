"""A landscape page's text read box by box: a slide exported to PDF (PowerPoint, Keynote, Google Slides).

A slide's text sits in boxes placed anywhere on it, often side by side: three key-figure boxes in a row, two or three
text boxes of bullets under them, call-outs beside a big number, the months of a timeline above and below an arrow.
Read a line at a time across the page, each line held a piece of every box beside it ('28,760  10.8%  9,310', then
'unpaid carers in Sefton  of residents aged 5+ give  carers give 50 or more'), so no figure stayed with its words.
Here the page's lines are cut where a gap between words is wide (a box's edge), the pieces stacked one under another
with a line's space between them are a box, and each box is read whole, in order down the page and left to right. A
table stays a table: boxes side by side whose lines are at the same heights, one of them mostly figures (a Units
column beside the Scheme names), are one box read row by row, its cells a run of spaces apart.
"""
from __future__ import annotations

import re

WIDE_GAP = 2.5  # a gap between words this many of the left word's characters wide or more is a box's edge
LINE_SPACE = 1.0  # pieces this many of their line heights apart or less, one over the other, are one box's lines
SAME_ROW = 2.0  # points: pieces whose tops are this close are on one row
FIGURE = re.compile(r"^[£$€(]?[-+−]?\d[\d,.]*%?[)]?$")


def is_slide(page) -> bool:
    """A landscape page (wider than tall by a fifth or more): a slide, a poster or an infographic."""
    return page.width >= 1.2 * page.height


def _rows(words: list[dict]) -> list[list[dict]]:
    rows: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (w["top"], w["x0"])):
        for row in rows:
            height = min(w["bottom"] - w["top"], row[0]["bottom"] - row[0]["top"])
            if min(w["bottom"], row[0]["bottom"]) - max(w["top"], row[0]["top"]) >= 0.5 * height:
                row.append(w)
                break
        else:
            rows.append([w])
    return [sorted(r, key=lambda w: w["x0"]) for r in rows]


def _pieces(words: list[dict]) -> list[dict]:
    """Each row of words cut at its wide gaps: pieces with their box and text."""
    out = []
    for row in _rows(words):
        run = [row[0]]
        for a, b in zip(row, row[1:]):
            unit = (a["x1"] - a["x0"]) / max(len(a["text"]), 1)
            if b["x0"] - a["x1"] >= WIDE_GAP * unit:
                out.append(run)
                run = []
            run.append(b)
        out.append(run)
    return [{"x0": min(w["x0"] for w in r), "x1": max(w["x1"] for w in r), "top": min(w["top"] for w in r),
             "bottom": max(w["bottom"] for w in r), "text": " ".join(w["text"] for w in r)} for r in out]


def _boxes(pieces: list[dict]) -> list[list[dict]]:
    parent = list(range(len(pieces)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i, a in enumerate(pieces):
        for j, b in enumerate(pieces):
            if b["top"] <= a["top"] or min(a["x1"], b["x1"]) <= max(a["x0"], b["x0"]):
                continue
            height = min(a["bottom"] - a["top"], b["bottom"] - b["top"])
            if b["top"] - a["bottom"] <= LINE_SPACE * height:
                parent[find(j)] = find(i)
    groups: dict[int, list[dict]] = {}
    for i, p in enumerate(pieces):
        groups.setdefault(find(i), []).append(p)
    return [sorted(g, key=lambda p: (p["top"], p["x0"])) for g in groups.values()]


def _figures(box: list[dict]) -> bool:
    return sum(bool(FIGURE.match(p["text"])) for p in box) >= 0.5 * len(box)


def _aligned(a: list[dict], b: list[dict]) -> int:
    return sum(any(abs(p["top"] - q["top"]) <= SAME_ROW for q in b) for p in a)


def _span(box: list[dict]) -> tuple[float, float, float, float]:
    return (min(p["x0"] for p in box), min(p["top"] for p in box), max(p["x1"] for p in box),
            max(p["bottom"] for p in box))


def _tables(boxes: list[list[dict]]) -> list[tuple[bool, list[dict]]]:
    """Boxes side by side with three or more lines at the same heights, one of them mostly figures: one table."""
    merged = True
    tables = [False] * len(boxes)
    while merged:
        merged = False
        for i in range(len(boxes)):
            for j in range(len(boxes)):
                if i == j or not boxes[i] or not boxes[j]:
                    continue
                a, b = boxes[i], boxes[j]
                (ax0, at, ax1, ab), (bx0, bt, bx1, bb) = _span(a), _span(b)
                if bx0 < ax1 or min(ab, bb) <= max(at, bt):
                    continue  # b is not to the right of a, beside it
                if _aligned(b, a) >= 3 and (_figures(a) or _figures(b)):
                    boxes[i] = a + b
                    boxes[j] = []
                    tables[i] = True
                    tables[j] = False
                    merged = True
    return [(t, b) for t, b in zip(tables, boxes) if b]


MONTH_YEAR = re.compile(r"^(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? (19|20)\d\d$", re.I)
BULLET = "•▪◦‣–-*>"


def _box_lines(box: list[dict]) -> list[str]:
    """A box's lines, its paragraphs' wrapped lines joined (the next line a wrap's space below, in the same size of
    type, and no bullet), and a lone figure or month over its caption (a big number, a timeline's milestone) joined
    to the caption: '28,760 unpaid carers in Sefton (Census 2021)', 'Mar 2026 Tender published'."""
    out: list[str] = []
    last = None
    for p in box:
        height = p["bottom"] - p["top"]
        if last is not None:
            lone = FIGURE.match(last["text"]) or MONTH_YEAR.match(last["text"])
            wrapped = (abs(height - (last["bottom"] - last["top"])) <= 0.1 * height
                       and p["top"] - last["bottom"] <= 0.5 * height and p["text"][0] not in BULLET)
            if (lone and len(out[-1]) == len(last["text"])) or wrapped:
                out[-1] += " " + p["text"]
                last = p
                continue
        out.append(p["text"])
        last = p
    return out


def _grid(boxes: list[list[dict]]) -> list[list[dict]]:
    """One-line boxes side by side in three or more rows, half the rows or more with a figure: a table whose rows
    stand further apart than a box's lines (a designed table's cell padding), read as one box row by row."""
    singles = [b for b in boxes if len(_rows(b)) == 1]
    rows: list[list[list[dict]]] = []
    for b in sorted(singles, key=lambda b: _span(b)[1]):
        if rows and abs(_span(rows[-1][0])[1] - _span(b)[1]) <= SAME_ROW:
            rows[-1].append(b)
        else:
            rows.append([b])
    rows = [r for r in rows if len(r) >= 2]
    runs: list[list[list[list[dict]]]] = []
    for r in rows:
        x0, x1 = min(_span(b)[0] for b in r), max(_span(b)[2] for b in r)
        if runs:
            last = runs[-1][-1]
            if min(x1, max(_span(b)[2] for b in last)) > max(x0, min(_span(b)[0] for b in last)):
                runs[-1].append(r)
                continue
        runs.append([r])
    out = [b for b in boxes if not any(b is c for run in runs if _is_table(run) for r in run for c in r)]
    for run in runs:
        if _is_table(run):
            out.append([p for r in run for b in r for p in b] + [{"table": True}])
    return out


def _is_table(run: list[list[list[dict]]]) -> bool:
    return len(run) >= 3 and sum(any(_figures(b) for b in r) for r in run) >= len(run) / 2


def _table_lines(box: list[dict]) -> list[str]:
    left = min(p["x0"] for p in box)
    unit = min((p["x1"] - p["x0"]) / max(len(p["text"]), 1) for p in box)
    out = []
    for row in _rows(box):
        line = ""
        for p in row:
            column = round((p["x0"] - left) / unit)
            line += (" " * max(3, column - len(line)) if line else "") + p["text"]
        out.append(line)
    return out


def _bars(page, pieces: list[dict]) -> tuple[list[dict], list[tuple[float, float, list[str]]]]:
    """A bar chart's bars (filled rectangles standing on one baseline, three or more) each with a figure on or just
    above it (its data label) and words right under the baseline across its middle (its category): read as rows
    'category   figure' where the chart stands, those pieces and the value axis's tick labels beside the bars taken out. Read as text, the labels came down the page
    by their bars' heights, between the axis's ticks, and the categories all on one line under them."""
    bars = [r for r in page.rects if r.get("fill") and 2 < r["x1"] - r["x0"] < page.width / 4 and r["bottom"] - r["top"] > 2]
    feet: dict[int, list[dict]] = {}
    for r in bars:
        feet.setdefault(round(r["bottom"] / 2), []).append(r)
    out_rows, used = [], set()
    for group in feet.values():
        rows = []
        for bar in sorted(group, key=lambda r: r["x0"]):
            middle = (bar["x0"] + bar["x1"]) / 2
            label = [i for i, p in enumerate(pieces) if FIGURE.match(p["text"]) and bar["x0"] <= (p["x0"] + p["x1"]) / 2
                     <= bar["x1"] and bar["top"] - 2 * (p["bottom"] - p["top"]) <= p["top"] <= bar["bottom"]]
            name = [i for i, p in enumerate(pieces) if not FIGURE.match(p["text"]) and p["x0"] <= middle <= p["x1"]
                    and 0 <= p["top"] - bar["bottom"] <= 3 * (p["bottom"] - p["top"])]
            if len(label) == 1 and len(name) == 1:
                rows.append((name[0], label[0]))
        if len(rows) >= 3:
            used.update(i for row in rows for i in row)
            # the value axis's tick labels, figures a line each left of the first bar: the scale, no content
            first, top = min(r["x0"] for r in group), min(r["top"] for r in group)
            ticks = [i for i, p in enumerate(pieces) if FIGURE.match(p["text"]) and first - 80 <= p["x1"] <= first
                     and 1.5 * top - 0.5 * group[0]["bottom"] - 10 <= p["top"] <= group[0]["bottom"] + 5]
            if len(ticks) >= 3:
                used.update(ticks)
            out_rows.append((min(pieces[n]["x0"] for n, _ in rows),
                             min([pieces[i]["top"] for i in ticks if len(ticks) >= 3] + [top]),
                             [f"{pieces[n]['text']}   {pieces[v]['text']}" for n, v in rows]))
    return [p for i, p in enumerate(pieces) if i not in used], out_rows


def slide_lines(page, ruled: list[tuple[tuple[float, float, float, float], list[str]]] = ()) -> list[str]:
    """The page's text box by box, a blank line between boxes; `ruled`: the page's ruled tables (bbox, lines), each
    read as found, in its place down the page, its text left out of the boxes."""

    def outside(obj: dict) -> bool:
        return obj.get("object_type") != "char" or not any(
            x0 <= (obj["x0"] + obj["x1"]) / 2 <= x1 and top <= (obj["top"] + obj["bottom"]) / 2 <= bottom
            for (x0, top, x1, bottom), _ in ruled)

    words = page.filter(outside).extract_words() if ruled else page.extract_words()
    pieces, charts = _bars(page, _pieces(words)) if words else ([], [])
    boxes = _grid(_boxes(pieces)) if pieces else []
    grids = [[p for p in b if "table" not in p] for b in boxes if any("table" in p for p in b)]
    boxes = [b for b in boxes if not any("table" in p for p in b)]
    blocks = [(_span(box)[:2], table, _table_lines(box) if table else _box_lines(box))
              for table, box in _tables(boxes) + [(True, g) for g in grids]]
    blocks += [((bbox[0], bbox[1]), True, lines) for bbox, lines in ruled]
    blocks += [((x0, top), True, lines) for x0, top, lines in charts]
    blocks.sort(key=lambda b: (round(b[0][1] / 6), b[0][0]))
    out: list[str] = [""]  # (a slide's first line is no continuation of the slide before's footer)
    for _, table, lines in blocks:
        for line in lines:
            out.append(line)
            if not table:
                out.append("")  # a box's paragraphs (bullets, a heading, a caption) are no one sentence
        if table:
            out.append("")
    return out
