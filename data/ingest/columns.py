"""Two-column pages in converted PDF text, read one column after the other.

Text taken from a two-column page comes out as lines holding a left-column and a right-column fragment
with a wide run of spaces between them, so a sentence of one column is interleaved line by line with the
other's. A gutter is a column position where the right-hand fragments of several lines start, every line
around it leaving it blank (text of the left column ends before it, text of the right starts at it), and the
left fragments are prose filling their column (not a table's short labels and numbers). Each such region
is written out as its left column, a blank line, then its right column; every other line is left as it is.
A sidebar of 'Key figures' boxes beside a column of prose is read the same way: its short lines (a figure alone,
then its label) sit on the prose's lines after a wide run of spaces.
"""
from __future__ import annotations

import re
from collections import Counter

_GAP = re.compile(r"\S( {3,})(?=\S)")
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
MIN_SPLIT_LINES = 3   # lines holding both columns' text before a region counts as two columns
MIN_GUTTER = 30       # a left column narrower than this is a table's label column
MIN_SIDEBAR_GUTTER = 45  # a sidebar beside a narrower column of prose is a table's last column
SIDEBAR_WIDTH = 30    # a key-figure box's line is no longer than this


def _prose(text: str) -> bool:
    """Words, not cells: three or more words, no wide gap inside, and letters at least 40% of the characters
    ('13,870 in 2011. Of these, 4,210 provide 50' is prose; 'Fairway Care Ltd      31 March 2027' is two cells)."""
    t = text.strip()
    letters = sum(ch.isalpha() for ch in t)
    return len(_WORD.findall(t)) >= 3 and "   " not in t and letters >= 0.4 * len(t.replace(" ", ""))


def _splits(line: str) -> list[int]:
    """The columns where text starts after a run of three or more spaces inside the line."""
    return [m.start(1) + len(m.group(1)) for m in _GAP.finditer(line)]


def _cut(line: str, gutter: int) -> int | None:
    """Where the line's right-hand text starts: within a column of the gutter (a proportional font's text is
    placed a character either way), after two or more spaces; None when there is none."""
    for at in (gutter, gutter + 1, gutter - 1):
        if 2 <= at < len(line) and line[at - 2:at] == "  " and line[at] != " ":
            return at
    return None


def _fits(line: str, gutter: int) -> bool:
    """The line leaves the gutter blank: it is blank, ends before it, starts at it, or has a gap across it."""
    body = line.rstrip()
    if not body.strip() or len(body) <= gutter - 2:
        return True
    return _cut(body, gutter) is not None


def _box_line(text: str) -> bool:
    """A sidebar box's line: short (SIDEBAR_WIDTH characters or fewer) with no wide gap inside ('20,140', 'unpaid
    carers', '(Census 2021)')."""
    t = text.strip()
    return bool(t) and len(t) <= SIDEBAR_WIDTH and "   " not in t


# a box's figure alone ('24,310', '66.1%') or its date alone ('15 July 2026', 'January 2027', a key-dates box's)
_FIGURE_ALONE = re.compile(r"^(?:[£€]?\d[\d,.]*(?:%|k|m)?|(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                           r"[a-z]*\.?\s+(?:19|20)\d{2})$", re.IGNORECASE)


def _figure_row(text: str) -> bool:
    """A key-figures or key-dates table's row: its label (words), one wide gap, then a figure or a date alone
    ('Unpaid carers (2021)          31,250', 'Tender published          October 2025')."""
    cells = [c for c in re.split(r" {3,}", text.strip()) if c]
    return len(cells) == 2 and bool(_WORD.match(cells[0])) and bool(_FIGURE_ALONE.match(cells[1]))


def _both(line: str, gutter: int, sidebar: bool = False, table: bool = False) -> bool:
    """A line with prose on each side of the gutter (with `sidebar`, prose on the left and a box's line on the
    right; with `table`, a key-figures table's row on one side and prose on the other)."""
    at = _cut(line, gutter)
    if at is None:
        return False
    left, right = line[:at], line[at:]
    if table:
        return _figure_row(left) and _prose(right) or _prose(left) and _figure_row(right)
    if not _prose(left):
        return False
    return _box_line(right) if sidebar else _prose(right)


def _filled(lines: list[str], gutter: int, sidebar: bool = False, table: bool = False) -> bool:
    """The left fragments of the two-sided lines fill their column (half or more reach 60% of the gutter), as a
    column of prose does and a table's label column does not."""
    lefts = [len(line[:_cut(line, gutter)].rstrip()) for line in lines if _both(line, gutter, sidebar, table)]
    return bool(lefts) and sum(n >= 0.6 * gutter for n in lefts) * 2 >= len(lefts)


def _gutter(lines: list[str]) -> int | None:
    """The column most lines with prose on both sides split at (a character either way), if three or more do."""
    candidates: Counter[int] = Counter()
    usable = [line for line in lines if "\t" not in line and "|" not in line and "   " in line.strip()]
    for line in usable:
        for at in _splits(line):
            if at >= MIN_GUTTER:
                candidates[at] += 1
    best, most = None, 0
    for at, _ in candidates.most_common(20):
        n = sum(_both(line, at) for line in usable)
        if n > most:
            best, most = at, n
    return best if most >= MIN_SPLIT_LINES else None


def _sidebar_gutter(lines: list[str]) -> int | None:
    """Where a sidebar of key-figure boxes starts beside a column of prose: the column at which three or more
    lines' right-hand text starts after prose filling the column to its left, each such text a box's short line,
    one of them a figure alone ('24,310', '66.1%') and one words (its label)."""
    usable = [line.rstrip() for line in lines if "\t" not in line and "|" not in line]
    candidates: Counter[int] = Counter(at for line in usable for at in _splits(line) if at >= MIN_SIDEBAR_GUTTER)
    for at, _ in candidates.most_common(5):
        rights = [line[_cut(line, at):].strip() for line in usable if _both(line, at, sidebar=True)]
        alone = [line[at:].strip() for line in usable if len(line) - len(line.lstrip(" ")) == at]
        boxes = rights + [t for t in alone if _box_line(t)]
        if (len(rights) >= MIN_SPLIT_LINES and any(_FIGURE_ALONE.match(t) for t in boxes)
                and any(_WORD.search(t) for t in boxes) and _filled(usable, at, sidebar=True)):
            return at
    return None


def _table_gutter(lines: list[str]) -> int | None:
    """Where a column of prose and a key-figures table (rows of a label and a figure alone) meet side by side: the
    column at which three or more lines pair such a row with prose, the left-hand side filling its column and the
    prose going on beside a row from the line above (a table's notes column, a note a row, stays in its table)."""
    usable = [line.rstrip() for line in lines if "\t" not in line and "|" not in line]
    candidates: Counter[int] = Counter(at for line in usable for at in _splits(line) if at >= MIN_SIDEBAR_GUTTER)
    for at, _ in candidates.most_common(5):
        if (sum(_both(line, at, table=True) for line in usable) >= MIN_SPLIT_LINES and _filled(usable, at, table=True)
                and _runs_on(usable, at)):
            return at
    return None


def _runs_on(lines: list[str], gutter: int) -> bool:
    """Whether the prose beside a table's row goes on there from the line above (the row's line holds a lower-case
    word first on the prose's side), as a column of prose flowing past a table does; a notes column starts a note
    at each row."""
    for line in lines:
        if not _both(line, gutter, table=True):
            continue
        at = _cut(line, gutter)
        left, right = line[:at].strip(), line[at:].strip()
        prose = right if _figure_row(left) else left
        if prose[0].islower():
            return True
    return False


def _regions(lines: list[str], gutter: int, sidebar: bool = False, table: bool = False) -> list[tuple[int, int]]:
    """Runs of lines (start, end exclusive) that leave the gutter blank and hold enough two-sided lines."""
    out, start = [], None
    for i, line in enumerate([*lines, "\0" * (gutter + 2)]):
        ok = i < len(lines) and "\t" not in line and _fits(line, gutter)
        if ok and start is None:
            start = i
        elif not ok and start is not None:
            # trim blank lines and lines with no right-hand text at the edges (a heading above, a footer below)
            a, b = start, i
            while a < b and (not lines[a].strip() or len(lines[a].rstrip()) <= gutter - 2):
                a += 1
            while b > a and not lines[b - 1].strip():
                b -= 1
            # left-only lines right under the region's last line with right-hand text end its left column when that
            # line has left-hand text too ('the option to extend for a further' / 'two.', or a longer left column's
            # sentence going on under a box-out beside it); after a blank line they are a footer or the page's next
            # paragraph, read after the region as before
            while b > a and (not lines[b - 1].strip() or len(lines[b - 1].rstrip()) <= gutter - 2):
                b -= 1
            last = lines[b - 1].rstrip() if b > a else ""
            at = _cut(last, gutter) if last else None
            if at is not None and last[:at].strip():
                while b < i and lines[b].strip() and len(lines[b].rstrip()) <= gutter - 2:
                    b += 1
            if (sum(_both(lines[k], gutter, sidebar, table) for k in range(a, b)) >= 2
                    and _filled(lines[a:b], gutter, sidebar, table)):
                # (two two-sided lines make a region: the gutter itself is held by three or more)
                out.append((a, b))
            start = None
    return out


_PAGE_NUMBER = re.compile(r"^\s*(?:page\s+\d{1,4}(?:\s+of\s+\d{1,4})?|[-–]?\s*\d{1,4}\s*[-–]?|\d{1,4}\s*/\s*\d{1,4})\s*$",
                          re.IGNORECASE)
_PAGE_MARK = re.compile(r"^\s*(?:[-=_*]{3,}\s*)?\[?\s*page\s+\d{1,4}(?:\s+of\s+\d{1,4})?\s*\]?(?:\s*[-=_*]{3,})?\s*$|"
                        r"^\s*[-=_]{3,}\s*page\s+break\s*[-=_]{3,}\s*$", re.IGNORECASE)


def pages(lines: list[str]) -> list[tuple[int, int]]:
    """(start, end exclusive) of each page of converted text: a page starts at a form feed, a page marker ('--- Page 3
    ---', '[Page 3]'), a running header or footer, after a page number alone on its line ('7', '- 7 -', 'Page 7 of 12')
    or after three or more blank lines."""
    from data.ingest.layout import running_lines

    starts = {0}
    running = running_lines(lines)
    blank = 0
    for i, line in enumerate(lines):
        if "\f" in line or _PAGE_MARK.match(line) or i + 1 in running:
            starts.add(i)
        if _PAGE_NUMBER.match(line) or _PAGE_MARK.match(line):
            starts.add(i + 1)
        blank = blank + 1 if not line.strip() else 0
        if blank == 3:
            starts.add(i + 1)
    cuts = sorted(k for k in starts if k < len(lines))
    return [(a, b) for a, b in zip(cuts, [*cuts[1:], len(lines)]) if b > a]


def read_columns(lines: list[str]) -> list[str]:
    """The lines with every two-column region written as its left column, a blank line, then its right column.
    Single-column text (and tables) comes back unchanged. The gutter is found page by page (pages of one document
    may put it at different columns); a page with too few two-sided lines of its own uses the document's."""
    whole = _gutter(lines)
    out: list[str] = []
    changed = False
    for a, b in pages(lines):
        page = lines[a:b]
        gutter = _gutter(page) or whole
        read = _read_page(page, gutter) if gutter is not None else page
        if read is page:
            sidebar = _sidebar_gutter(page)
            read = _read_page(page, sidebar, sidebar=True) if sidebar is not None else page
        if read is page:
            table = _table_gutter(page)
            read = _read_page(page, table, table=True) if table is not None else page
        changed = changed or read is not page
        out.extend(read)
    out = out if changed else lines
    # columns that never share a line, page by page: a page here runs from one running header or form feed to the
    # next (a figure alone on a line, as a stat tile's is, does not end it)
    staggered: list[str] = []
    for a, b in _printed_pages(out):
        staggered.extend(_read_staggered(out[a:b]))
    return staggered if staggered != out else out


def _printed_pages(lines: list[str]) -> list[tuple[int, int]]:
    """(start, end exclusive) of each printed page: a page starts at a form feed or a running header or footer (a
    line of 20 characters or more whose words recur on three or more lines, however they are spaced)."""
    keys = [" ".join(line.split()) for line in lines]
    seen = Counter(k for k in keys if len(k) >= 20)
    starts = {0} | {i for i, line in enumerate(lines) if "\f" in line or seen.get(keys[i], 0) >= 3}
    cuts = sorted(k for k in starts if k < len(lines))
    return [(a, b) for a, b in zip(cuts, [*cuts[1:], len(lines)]) if b > a]


def _read_page(lines: list[str], gutter: int, sidebar: bool = False, table: bool = False) -> list[str]:
    """One page with its two-column regions at `gutter` read one column after the other (the page itself when none)."""
    regions = _regions(lines, gutter, sidebar, table)
    if not regions:
        return lines
    out: list[str] = []
    done = 0
    for a, b in regions:
        out.extend(lines[done:a])
        block = lines[a:b]
        cuts = [_cut(line.rstrip(), gutter) if len(line.rstrip()) > gutter - 2 else None for line in block]
        out.extend(line[:at].rstrip() if at is not None else line.rstrip() for line, at in zip(block, cuts))
        out.append("")
        out.extend(line[at:].rstrip() if at is not None else "" for line, at in zip(block, cuts))
        if sidebar and b < len(lines) and lines[b].strip() and out[-1].strip():
            out.append("")  # (the page's text under a sidebar's last box is no line of the box: 'Extra Care' heading)
        done = b
    out.extend(lines[done:])
    return out


_SENTENCE_END = re.compile(r"[.:;!?\"”)]\s*$")


def _staggered_gutter(lines: list[str]) -> int | None:
    """Where the right column starts on a page whose two columns never share a line (their baselines are offset, so
    each line holds one column's text): the indent of three or more prose lines starting at MIN_GUTTER or further
    (a character either way)."""
    indents: Counter[int] = Counter()
    for line in lines:
        body = line.strip()
        if "\t" in line or "|" in line or not _prose(body):
            continue
        at = len(line) - len(line.lstrip(" "))
        if at >= MIN_GUTTER:
            indents[at] += 1
    for at, _ in indents.most_common(3):
        if sum(indents[k] for k in (at - 1, at, at + 1)) >= MIN_SPLIT_LINES:
            return at
    return None


def _read_staggered(lines: list[str]) -> list[str]:
    """A page in two columns whose lines alternate between the columns (a right-hand line indented to the gutter, a
    left-hand line ending before it, never both on one line) read as its left column, a blank line, then its right
    column. The run must hold three or more prose lines on each side that take turns four or more times, and the
    left-hand prose lines must fill their column, so a paragraph above an indented block (an address, a signature)
    is left as it is. A blank line in the run goes to the column of the line after it when that column's last line
    ends a sentence or is short (a heading); otherwise it is a gap the other column's box made, and is dropped."""
    gutter = _staggered_gutter(lines)
    if gutter is None:
        return lines

    def side(line: str) -> str | None:
        body = line.rstrip()
        if not body.strip():
            return "blank"
        if "\t" in line:
            return None
        at = len(body) - len(body.lstrip(" "))
        if gutter - 1 <= at <= gutter + 1:
            return "right"
        if at < gutter - 1 and len(body) > gutter and _cut(body, gutter) is not None:
            return "both"
        if at < gutter - 1 and len(body) <= gutter + gutter // 4:
            # (each line is set on its own, so a left-hand line may run a few characters past the gutter)
            return "left"
        return None

    sides = [side(line) for line in lines]
    best: tuple[int, int] | None = None
    i = 0
    while i < len(lines):
        if sides[i] is None:
            i += 1
            continue
        j = i
        while j < len(lines) and sides[j] is not None:
            j += 1
        first_right = next((k for k in range(i, j) if sides[k] == "right"), None)
        if first_right is not None:
            a = first_right
            while a > i and sides[a - 1] != "blank":
                a -= 1
            b = j
            while b > a and sides[b - 1] == "blank":
                b -= 1
            run = [k for k in range(a, b) if sides[k] in ("left", "right")]
            turns = sum(sides[p] != sides[q] for p, q in zip(run, run[1:]))
            prose = {s: [k for k in run if sides[k] == s and _prose(lines[k])] for s in ("left", "right")}
            lefts = [len(lines[k].rstrip()) for k in prose["left"]]
            if (len(prose["left"]) >= MIN_SPLIT_LINES and len(prose["right"]) >= MIN_SPLIT_LINES and turns >= 4
                    and sum(n >= 0.6 * gutter for n in lefts) * 2 >= len(lefts)):
                best = (a, b)
                break
        i = j
    if best is None:
        return lines
    a, b = best
    cols: dict[str, list[str]] = {"left": [], "right": []}
    for k in range(a, b):
        if sides[k] == "both":
            at = _cut(lines[k].rstrip(), gutter)
            cols["left"].append(lines[k][:at].strip())
            cols["right"].append(lines[k][at:].strip())
            continue
        if sides[k] != "blank":
            cols[sides[k]].append(lines[k].strip())
            continue
        nxt = next((sides[m] for m in range(k + 1, b) if sides[m] != "blank"), None)
        if nxt not in cols:
            continue
        col = cols[nxt]
        if not col or (col[-1] and (_SENTENCE_END.search(col[-1]) or len(col[-1]) < 0.6 * gutter)):
            col.append("")
    return [*lines[:a], *cols["left"], "", *cols["right"], *lines[b:]]
