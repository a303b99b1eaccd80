"""Characters a PDF or Word conversion leaves that mean something plainer: ligatures ('ﬁgure'), non-breaking and
thin spaces, a Symbol-font or geometric bullet at a line's start ('\uf0b7', '●', '▪'), soft and non-breaking
hyphens, zero-width marks. Each line keeps its place (line numbers are the proposals' locators)."""
from __future__ import annotations

import html
import re

from data.ingest.html_tables import html_tables
from data.ingest.spacing import single_spaced_tables

_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st",
                            "\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ",
                            "\u2010": "-", "\u2011": "-", "\u200b": None, "\u200c": None, "\u200d": None,
                            "\ufeff": None})
# a panel or table drawn in box-drawing characters (a designed PDF's ruled boxes, kept by `pdftotext -layout`): its
# rules are no words and its '│' stands where a space-aligned table has a run of spaces, so each is a space
_BOX_DRAWING = str.maketrans({c: " " for c in "│┃─━┌┐└┘├┤┬┴┼"})
# a bullet the converter kept as a Symbol or Wingdings code point (Private Use Area) or a geometric shape, at the
# line's start: the plain bullet the readers know; a square or hollow one, which Word and PDFs give the sub-bullets of
# a list, stays a mark of its own ('▪') so a sub-bullet is still told from the bullet it hangs from
_BULLET = re.compile(r"^(\s*)[\uf0b7\uf0d8\uf076\uf0fc\uf06e\uf0e0●►▸▶➢➤❖♦◆✓✔](?=\s|\S)")
_SUB_BULLET = re.compile(r"^(\s*)[\uf0a7\uf0a8○◦■□▫](?=\s|\S)")
_SOFT_HYPHEN_END = re.compile(r"\u00ad\s*$")
# what a PDF-to-Markdown converter leaves around the words: a page's anchor ('<span id="page-7-0"></span>'), an image
# placeholder ('![](_page_3_Picture_2.jpeg)'), a footnote's mark as a superscript or a reference stuck to a figure
# ('56,870<sup>2</sup>', '8,940[^3]'), a line break inside a table cell ('Hours of care<br>each week'), and a
# footnote's text led by its reference ('[^1]: ONS, Census 2021'). Neither the anchors' nor the marks' numbers are
# figures: the anchor and image go, a mark goes, a cell's break is a space, a footnote is led by its number as a
# converted PDF page's notes are ('1 ONS, Census 2021'). Other superscripts keep their text ('1<sup>st</sup>').
_MARKUP = re.compile(r"<|\[\^|!\[|&(?:[A-Za-z]{2,8}|#\d{2,5});|\{#")
_ANCHOR = re.compile(r"<(span|a)\s+(?:id|name)=\"[^\"]*\"\s*/?>\s*(?:</\1>)?")
# an image: its file name no words; its alt text a sentence of the page when it states a figure, as a chart's does
# ('![Chart: 11.2% of residents provide unpaid care](carers.png)'), less the kind of picture before its colon; a
# picture's caption naming no share or count ('![Banner: the city skyline 2025](banner.jpg)') goes with the file
_IMAGE = re.compile(r"!\[(?P<alt>[^\]]*)\]\([^)]*\)")
_ALT_FIGURE = re.compile(r"\d\s*%|\d{1,3}(?:,\d{3})+")
_PICTURE_KIND = re.compile(r"^\s*(?:(?:bar|line|pie)\s+)?(?:chart|graph|infographic|figure|image|picture|photo|map|diagram)"
                           r"(?:\s+\d{1,2})?\s*[:.–-]\s*", re.IGNORECASE)


def _image_text(m: re.Match[str]) -> str:
    alt = m.group("alt").strip()
    if not _ALT_FIGURE.search(alt):
        return ""
    alt = _PICTURE_KIND.sub("", alt).rstrip(" .")
    return f"{alt}." if alt else ""
_MARK = re.compile(r"<sup>\s*(?:\d{1,2}|[*†‡a-z])(?:\s*,\s*\d{1,2})*\s*</sup>|(?<=\S)\[\^\w{1,8}\]")
_SCRIPT = re.compile(r"</?su[pb]>")
_BREAK = re.compile(r"\s*<br\s*/?>\s*")
_FOOTNOTE = re.compile(r"^\s*\[\^(\w{1,8})\]:\s*")


# what a content management system's or wiki's Markdown export leaves: an HTML entity ('Carers &amp; Breaks',
# '31&nbsp;March') is its character, and a heading's anchor ('## Home Care {#home-care}') no words of the heading
_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{2,5});")
_HEADING_ANCHOR = re.compile(r"\s*\{#[A-Za-z][\w:.-]*(?:\s+[^{}]*)?\}\s*$")


def _plain_markup(line: str) -> str:
    if "&" in line:
        line = _ENTITY.sub(lambda m: html.unescape(m.group(0)).replace("\u00a0", " "), line)
    if "{#" in line:
        line = _HEADING_ANCHOR.sub("", line)
    line = _SCRIPT.sub("", _MARK.sub("", _ANCHOR.sub("", _IMAGE.sub(_image_text, line))))
    line = _BREAK.sub(" ", line)
    m = _FOOTNOTE.match(line)
    return f"{m.group(1)} {line[m.end():]}" if m and m.group(1).isdigit() else _FOOTNOTE.sub("", line)


# what OCR of a printed page leaves: a thousands separator read as a space or with a space after its comma ('61 480',
# '11, 240'), a percent sign read as '%o' ('8.9%o'), a bullet glyph read as 'e' ('e 33 120 provided ...'), a table's
# rule read as a '|' stuck to a row's first cell or left at a line's end ('|Cheltenham   10 950'). Digit groups are
# joined only where they cannot be two numbers: not after a number and a space ('01452 328 410', '2025 9 870'), not
# before one ('9 870 11 640' with single spaces), not after a word that numbers a thing ('Table 2 120'), and a comma
# and space not in a list ('40, 60, 120', '60, 120 and 150'). Each line keeps its length (the space after a comma goes
# after the figure) so a space-aligned table's columns stay where they were.
_GROUPS = re.compile(r"(?<![\w,./:–-])(?<!\d )\d{1,3}(?:(?: |, )\d{3})+(?!\d|[.,]\d)")
_GROUPS_CUE = re.compile(r"\d,? \d\d\d")  # (a cheap test first: most lines hold no such group)
_NUMBERED_BEFORE = re.compile(r"\b(?:pages?|tables?|figures?|fig\.|sections?|para(?:graph)?s?|chapters?|appendix|lots?|"
                              r"wards?|aged?|ages|over|under|no\.|number|version|v)\s*$", re.IGNORECASE)
_OCR_PERCENT = re.compile(r"(?<=\d)(\s?%)o(?:(?=\s)|(?![a-z]))")
_OCR_BULLET = re.compile(r"^(\s*)e(?=\s+[A-Z\d])")
_OCR_RULE = re.compile(r"^(\s*)\|(?=[A-Za-z])|(?<=\s)\|\s*$")
_RULE_LINE = re.compile(r"^\s*_{4,}\s*$")  # a table's or a page's rule drawn with underscores: no text


def _joined_groups(m: re.Match[str]) -> str:
    text, run = m.string, m.group(0)
    after, before = text[m.end():m.end() + 12], text[max(0, m.start() - 20):m.start()]
    if re.match(r" \d", after) or _NUMBERED_BEFORE.search(before):
        return run
    if ", " in run and (re.search(r"\d,\s*$", before) or re.match(r"\s*(?:,|and\b|or\b|&)\s*\d", after)):
        return run
    digits = run.replace(", ", ",").replace(" ", ",")
    return digits + " " * (len(run) - len(digits))


def _ocr_marks(line: str) -> str:
    if _GROUPS_CUE.search(line) and _GROUPS.search(line):
        line = _GROUPS.sub(_joined_groups, line)
    if "%o" in line:
        line = _OCR_PERCENT.sub(lambda m: m.group(1) + (" " if m.string[m.end():m.end() + 1].isspace() else ""), line)
    if line.lstrip().startswith("e "):
        line = _OCR_BULLET.sub(r"\1•", line)
    if line.count("|") == 1:
        line = _OCR_RULE.sub(r"\1 ", line)
    if line.endswith("____") and _RULE_LINE.match(line):
        return ""
    return line


def plain_characters(lines: list[str]) -> list[str]:
    """The lines with converter characters made plain; a soft hyphen ending a line is a hyphen there (the word goes
    on on the next line), anywhere else it is dropped."""
    out = []
    lines = html_tables(lines)  # (a wiki's or CMS's Markdown export keeps a table with merged cells as raw HTML)
    tables = single_spaced_tables(lines)  # (their '2 140' is two cells, no OCR thousands space)
    for n, line in enumerate(lines):
        if _MARKUP.search(line):
            line = _plain_markup(line)
        line = line if n in tables else _ocr_marks(line)
        if line.isascii():
            out.append(line)
            continue
        line = _SOFT_HYPHEN_END.sub("-", line).replace("\u00ad", "").translate(_LIGATURES).translate(_BOX_DRAWING)
        out.append(_SUB_BULLET.sub(r"\1▪", _BULLET.sub(r"\1•", line)))
    return out


# a financial year written with a hyphen or dash ('2024-25', '2023–24'): the second part the first year's next
_HYPHEN_FY = re.compile(r"(?<![\d/.,£-])((?:19|20)(\d\d))[-–](\d\d)(?![\d%/-]|[.,]\d|\s*%)")


def slashed_financial_years(lines: list[str]) -> list[str]:
    """The lines with each financial year written '2024-25' (or with an en dash) written '2024/25', as the rest of
    the proposer reads a year of that kind; same length, so columns hold. A range whose second part is not the next
    year ('2026-29', a plan's period) is left as written."""
    def slash(m: re.Match[str]) -> str:
        return f"{m.group(1)}/{m.group(3)}" if (int(m.group(2)) + 1) % 100 == int(m.group(3)) else m.group(0)
    return [_HYPHEN_FY.sub(slash, line) if "-" in line or "–" in line else line for line in lines]
