"""Lines of a document -> paragraphs (a sentence wrapped over lines is one sentence again) -> sentences."""
from __future__ import annotations

import re
from dataclasses import dataclass

from data.dates import unfuse
from data.ingest.layout import BULLET, is_heading, is_tab_row, pipe_cells, reads_on

_FURNITURE = re.compile(r"\bpage\s+\d+\s+of\s+\d+\b|^\s*page\s+\d+\s*$|^\s*\d+\s*$", re.IGNORECASE)
_BARE_FIGURE = re.compile(r"^\s*(?:c\.\s*|~\s*)?\d[\d,]*(?:\.\d+)?\s*(?:%|k)?\s*$")
_BULLET = BULLET  # ('o Reablement ...': Word's hollow bullet)


# a full stop after these is an abbreviation's, not a sentence's end, when a figure follows ('c. 6,100', 'No. 4',
# 'Fig. 3', 'approx. 1,200', 'est. 5,000', 'p. 12')
_ABBREVIATION = re.compile(r"(?:^|[\s(])(?:c|ca|circa|approx|est|no|nos|fig|figs|p|pp|para|paras|ref|vol|tel|sec|"
                           r"art|ch|cf|vs|v|st|nd|rd|th|q|approximately|e\.g|i\.e|etc|inc|incl|max|min|av|avg)$",
                           re.IGNORECASE)


def sentences(text: str) -> list[tuple[int, str]]:
    """(offset, sentence) pairs: a sentence ends at a full stop or semicolon before a capital, or at a full stop
    after a word, year or figure before a figure ('... in 2024. 1,240 carers were assessed'), but not after an
    abbreviation ('c. 6,100') or a number standing for a list item or section ('Step 2. 300 ...' keeps them); a note's
    marker may follow the full stop ('... in 2011.[2] The ...')."""
    out, start = [], 0
    for m in re.finditer(r"(?<=[a-z0-9%)\]])[.;]\s+(?=[A-Z])|(?<=[.!?])\s+(?=[A-Z])|"
                         r"(?<=[A-Za-z0-9%)\]])\.\s+(?=\d)|"
                         r"(?<=[a-z0-9%)])\.\[\d{1,3}\]\s+(?=[A-Z])", text):  # a note's marker after the full stop
        # ('... across England.[1] The count was ...': Word's footnote reference written out)
        if m.group(0).startswith(".") and text[m.end():m.end() + 1].isdigit() and not _sentence_end_before_figure(
                text[:m.start()]):
            continue
        out.append((start, text[start:m.start() + 1]))
        start = m.end()
    out.append((start, text[start:]))
    return [(s, t) for s, t in out if t.strip()]


def _sentence_end_before_figure(before: str) -> bool:
    """Whether a full stop after `before` ends a sentence when a figure follows it."""
    word = re.search(r"(\S+)$", before)
    if not word:
        return False
    w = word.group(1)
    if _ABBREVIATION.search(before) or re.fullmatch(r"\(?[A-Za-z]\)?", w):
        return False  # an abbreviation or an initial ('J. 2')
    if re.fullmatch(r"\d{1,2}", w):
        return False  # 'Step 2. 300 ...', 'Section 4. 12 ...': a numbered item, not a figure ending a sentence
    return len(before.split()) >= 3  # a sentence of a few words at least


@dataclass
class Paragraph:
    text: str                      # lines joined with spaces, words run together undone
    starts: list[tuple[int, int]]  # (offset in text, line number)
    bullet: bool
    heading_line: int

    def line_at(self, pos: int) -> int:
        line = self.starts[0][1]
        for off, n in self.starts:
            if off <= pos:
                line = n
        return line


def _cells_row(text: str) -> bool:
    """A tab row of two cells or more ('Pipeline<tab>64 apartments ...'), each its own paragraph; not a wrapped bullet's
    next line indented with a tab ('<tab>Peakdale Housing Group, due on site 2027')."""
    return is_tab_row(text) and sum(1 for c in text.split("\t") if c.strip()) >= 2


def _title_over_table(lines: list[str], i: int, previous: str, text: str) -> bool:
    """Line `i` (`text`) is a table's title straight under a paragraph's last sentence: no sentence of its own ending,
    over a tab row of cells ('... in the borough.' / 'Carers by hours of care a week, Census 2021' / 'Hours of care a
    week<tab>Number'), as a web page copied and pasted gives it. It titles the table, so it is no part of the paragraph
    (whose sentences would otherwise take the year it names as theirs)."""
    return bool(re.search(r"[.!?]$", previous)) and not re.search(r"[.!?:;,]$", text) and len(text) < 100 \
        and i < len(lines) and _cells_row(lines[i])


_BROKEN_WORD = re.compile(r"(?<![\w-])([A-Za-z]+)-$")  # 'demen-' ending a line
_WORD_START = re.compile(r"^([a-z]+)")  # 'tia' starting the next


def _joined(words: set[str], before: str, after: str) -> str:
    """A word hyphenated at a line's end, whole again: 'demen-' / 'tia' is 'dementia' (the hyphen only broke the line),
    'extra-' / 'care' is 'extra-care' (a compound). The document decides: the word written whole elsewhere in it, or
    either part never standing alone, means a broken word; both parts standing alone, a compound."""
    whole = (before + after).lower()
    if whole in words:
        return before + after
    if f"{before}-{after}".lower() in words or before.lower() in words and after.lower() in words:
        return f"{before}-{after}"
    return before + after


def _words(lines: list[str]) -> set[str]:
    """The document's words, less the pieces of words broken at a line's end: the piece before the hyphen ('ten-') and
    the one starting the next line ('ders'), which would read as a word standing alone ('ten-' / 'ders' is 'tenders',
    not a compound of 'ten' and 'ders')."""
    out: set[str] = set()
    for k, line in enumerate(lines):
        if k and _BROKEN_WORD.search(lines[k - 1].rstrip()):
            line = _WORD_START.sub("", line.strip(), count=1)
        out.update(w.lower() for w in re.findall(r"[A-Za-z]+(?:-[A-Za-z]+)*(?!-?$)", line))
    return out


def _page_breaks(lines: list[str], running: set[int]) -> dict[int, int]:
    """For each line of a page break (a running header or footer and the blank lines around it), the line after it."""
    out: dict[int, int] = {}
    i = 1
    while i <= len(lines):
        j = i
        while j <= len(lines) and (j in running or not lines[j - 1].strip()):
            j += 1
        if j > i and any(k in running for k in range(i, j)):
            out.update({k: j for k in range(i, j)})
        i = max(j, i + 1)
    return out


def _caption_goes_on(caption: str, following: str) -> bool:
    """A figure's caption wrapped in a narrow box ('4,870' / 'carers known to adult social care' / 'in 2025/26'): the
    next line, short and in lower case, finishes it (its year is the figure's)."""
    following = following.strip()
    return bool(following[:1].islower() and len(following) <= 40 and caption
                and not re.search(r"[.!?:;)\]]$", caption.strip()) and not _BARE_FIGURE.match(following))


# a report's or minutes' numbered paragraph ('6.2<tab>RP said ...', '3.1.4 The ...') after a sentence's end starts a
# paragraph of its own, however long the line before it
_PARA_NUMBERED = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+(?=[A-Z])")


# a factsheet's field, one a line: a short label, a colon, a figure and perhaps its share or note in brackets ('People
# aged 65 and over: 345,600 (21.5%)', 'Planned extra care units: 60 (by 2027)')
_FIELD_LINE = re.compile(r"^[A-Z][^:.;!?]{1,80}:\s+(?:£\s?|c\.\s*|~\s*)?\d[^:;]{0,50}$")


def field_line(text: str) -> bool:
    """Whether a line is a factsheet's field ('Population (mid-2023): 128,400')."""
    return bool(_FIELD_LINE.match(text.strip()))


def _field_after_field(previous: str, text: str) -> bool:
    """Line `text` is a field under a field (`previous`): a paragraph of its own, though the field above ends in a
    bracket ('(21.5%)') as a sentence running on would."""
    return field_line(previous) and field_line(text)


# a pull-quote set apart on its own line ('“The link worker helped us plan.”'), and the line naming who said it after
# it ('Family carer, Glenrothes', '– Carer, Kirkcaldy'): short, no sentence's end
_PULL_QUOTE = re.compile(r"^\s*[“\"][^“”\"]{10,300}[”\"][.,]?\s*$")
_ATTRIBUTION = re.compile(r"^\s*[-–—]?\s*[A-Z][\w'’-]*(?:[ ,]+[\w'’&()-]+){0,9}\s*$")


def _pull_quotes(lines: list[str]) -> set[int]:
    """The (1-based) lines of pull-quotes a designed PDF's converter drops among a paragraph's lines, with their
    attribution lines: no part of the paragraph, which runs on across them."""
    out: set[int] = set()
    for i, text in enumerate(lines, start=1):
        if _PULL_QUOTE.match(text):
            out.add(i)
            if i < len(lines) and _ATTRIBUTION.match(lines[i]) and not re.search(r"\d", lines[i]):
                out.add(i + 1)
    return out


def paragraphs(lines: list[str], skip: set[int], running: set[int] = frozenset()) -> list[Paragraph]:
    """Runs of text lines joined into paragraphs (a sentence wrapped over lines is one sentence again, also across a
    page's running header and footer); a bullet or a heading starts a new one."""
    breaks = _page_breaks(lines, running) if running else {}
    out: list[Paragraph] = []
    current: Paragraph | None = None
    previous = ""
    caption_of = 0  # the line of a figure standing alone above its caption (an infographic converted to text)
    vocabulary: set[str] | None = None  # the document's words, read when a line ends in a broken word
    quotes = _pull_quotes(lines)
    for i, raw in enumerate(lines, start=1):
        if i in quotes:
            continue  # a pull-quote and who said it, dropped among the paragraph's lines: step over them
        figure = bool(_BARE_FIGURE.match(raw)) and i < len(lines) and lines[i].strip()[:1].islower()
        if _FURNITURE.search(raw) and len(raw) < 120 and not figure:
            continue  # a running header or footer inside a page-broken sentence: step over it
        if i in breaks:  # a page's running header or footer, or a contents page, is no paragraph
            if not (current is not None and breaks[i] <= len(lines) and reads_on(previous, lines[breaks[i] - 1])
                    and not re.search(r"[.!?:]$", previous)):
                current = None  # (unless a sentence runs on across it: '... we estimate a need for' / header /
            continue            # '2,960 extra care units by 2035')
        if i in skip or not raw.strip():
            current = None
            continue
        if figure or (caption_of and i == caption_of + 2 and not _caption_goes_on(previous, raw)):
            current = None  # '47,300' / 'unpaid carers (Census 2021)' is one sentence of its own
        caption_of = i if figure else caption_of
        bullet = bool(_BULLET.match(raw))
        text = unfuse(_BULLET.sub("", raw).strip())
        after_title = bool(previous) and len(previous) < 70 and not re.search(r"[.,;:!?)]$", previous) \
            and previous[:1].isupper() and text[:1].isupper() and not reads_on(previous, text)
        # ('The 2021 Census recorded 11,240 residents of' / 'Ashcombe providing unpaid care': the capital on the next
        # line is a name's, not a new paragraph's)
        bold_label = bool(re.match(r"^\s*(?:\*\*|__)[^*_]{2,80}?(?::(?:\*\*|__)|(?:\*\*|__)\s*:)", raw))  # '**Lot 2**: ...'
        if current is None or bullet or bold_label or is_heading(lines, i - 1) or after_title or re.match(r"^\[\d+\]", text) \
                or (i >= 2 and is_heading(lines, i - 2)) or pipe_cells(raw) is not None or _cells_row(raw) \
                or (i >= 2 and _cells_row(lines[i - 2])) \
                or (re.search(r"[.!?:]$", previous) and text[:1].isupper() and len(previous) < 60) \
                or (re.search(r"[.!?:]$", previous) and _PARA_NUMBERED.match(text)) \
                or _title_over_table(lines, i, previous, text) or _field_after_field(previous, text):
            current = Paragraph("", [], bullet, i)
            out.append(current)
        broken = _BROKEN_WORD.search(current.text) if current.text else None
        start = _WORD_START.match(text) if broken else None
        if broken and start:  # 'living with demen-' / 'tia.': one word again, its line where the word starts
            words = vocabulary if vocabulary is not None else _words(lines)
            vocabulary = words
            word = _joined(words, broken.group(1), start.group(1))
            current.text = current.text[:broken.start()] + word
            current.starts.append((len(current.text), i))
            current.text += text[start.end():]
            previous = text
            continue
        if current.text:
            current.text += " "
        current.starts.append((len(current.text), i))
        current.text += text
        previous = text
    return out
