"""Read a statement published as a web page and saved from the browser (.html, .htm) into numbered lines of text.

The page's text comes out as the Word reader gives a document's: a paragraph a line, headings and paragraphs between
blank lines, list items led by a bullet, each table row one tab-separated line (a cell spanning columns followed by
empty cells, a cell spanning rows repeated in the rows below, as Word's merged cells read), so one table reader and one
proposer serve every format. What a viewer never reads as the statement is left out: scripts and styles, the site's
menus (`nav`), its banner and footer (a `header` or `footer` outside the page's `main` or `article`), forms' controls,
hidden and screen-reader-only text, and footnote markers set after a figure (`79,260<sup>1</sup>` is 79,260).
"""
from __future__ import annotations

import re

from data.ingest.errors import IngestError

# Never read: code, the site's furniture, form controls, embedded media.
_SKIPPED = frozenset({"script", "style", "noscript", "template", "nav", "svg", "math", "iframe", "object", "embed",
                      "canvas", "map", "button", "select", "textarea", "input", "head", "title", "meta", "link", "img",
                      "picture", "video", "audio"})
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
# Elements that start a line of their own; those in _PARAGRAPHS also end with a blank line.
_PARAGRAPHS = frozenset({"p", "blockquote", "address", "figcaption", "summary", "dd", "caption", "legend", "hr"})
_BLOCKS = _PARAGRAPHS | frozenset({"div", "section", "article", "main", "aside", "header", "footer", "figure",
                                   "details", "dl", "dt", "ul", "ol", "li", "form", "fieldset", "body", "html",
                                   "center", "menu", "table", "tr"})
_HIDDEN_CLASSES = frozenset({"visually-hidden", "govuk-visually-hidden", "sr-only", "screen-reader-text",
                             "visuallyhidden", "hidden", "d-none"})
_FOOTNOTE_MARK = re.compile(r"\s*[\[(]?(?:\d{1,3}|[*†‡§¶]|[a-z])[\])]?\s*")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
BULLET = "• "
_LEVEL = "\x01"  # a nested list item's level, kept through whitespace collapsing, written as two spaces
_BREAK = "\u2028"  # a <br>: the one line break inside a paragraph (the source's own newlines are spaces)


def looks_like_html(raw: bytes) -> bool:
    """True when text starts as a web page does ('<!DOCTYPE html', '<html'): a page saved with a .txt name."""
    head = raw[:1024].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    return head.startswith((b"<!doctype html", b"<html"))


def decode_page(raw: bytes, name: str) -> str:
    """The page's text: UTF-8 (with or without a byte order mark), else the charset its <meta> declares, else
    Windows-1252, which browsers assume for an older page that declares none."""
    if raw.startswith(b"\xef\xbb\xbf"):
        return raw[3:].decode("utf-8", errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    declared = _CHARSET.search(raw[:4096])
    for encoding in ([declared.group(1).decode("ascii", "ignore")] if declared else []) + ["cp1252"]:
        try:
            return raw.decode(encoding)
        except (LookupError, UnicodeDecodeError):
            continue
    raise IngestError(f"{name!r} is not text the atlas can read as a web page: save the page again as "
                      "'Web page, HTML only' or as plain text (.txt).", "encoding")


def read_html(raw: bytes, name: str, max_bytes: int) -> list[str]:
    """The page's visible text as lines (see the module's docstring), or an IngestError saying what is wrong (a PDF or
    Word file named as a page is refused before, by readers.refuse_misnamed)."""
    if len(raw) > max_bytes:
        raise IngestError(f"{name!r} is {len(raw) / 1e6:.1f} MB; the limit for a web page is {max_bytes / 1e6:.1f} MB.",
                          "oversize")
    if b"\x00" in raw[:8192]:
        raise IngestError(f"{name!r} is a binary file, not a web page: save the page as 'Web page, HTML only'.",
                          "binary")
    text = _XML_DECLARATION.sub("", decode_page(raw, name))
    try:
        import lxml.html

        root = lxml.html.document_fromstring(text)
    except Exception as exc:  # noqa: BLE001 - lxml raises several kinds on a page it cannot make a tree of
        raise IngestError(f"{name!r} could not be read as a web page ({type(exc).__name__}): it may be damaged.",
                          "corrupt") from None
    page = _PageText()
    for element in _content(root):
        page.walk(element)
    page.flush()
    return page.lines


def _content(root) -> list:
    """What to read: the page's main content (its `main`, else its articles) with its title (an h1 set above the main
    content, in the site's banner) when the main content has none; the whole page when it marks no main content (its
    banner and footer then left out, in `_PageText.skipped`)."""
    mains = root.xpath("//main | //*[@role='main']") or root.xpath("//article")
    mains = [m for m in mains if not any(a in mains for a in m.iterancestors())]
    if not mains:
        return [root]
    titles = [] if any(m.xpath(".//h1") for m in mains) else root.xpath("//h1")[:1]
    return [*titles, *mains]


def _tag(element) -> str:
    return element.tag.lower() if isinstance(element.tag, str) else ""  # comments and processing instructions: ""


def _hidden(element) -> bool:
    if element.get("hidden") is not None or element.get("aria-hidden", "").lower() == "true":
        return True
    style = (element.get("style") or "").replace(" ", "").lower()
    if "display:none" in style or "visibility:hidden" in style:
        return True
    return bool(_HIDDEN_CLASSES & set((element.get("class") or "").lower().split()))


def _footnote_mark(element) -> bool:
    """A footnote marker set after a figure: a <sup> holding a link within the page, or a number, star or letter."""
    if _tag(element) != "sup":
        return False
    if any((a.get("href") or "").startswith("#") for a in element.iter("a")):
        return True
    return bool(_FOOTNOTE_MARK.fullmatch(element.text_content()))


def _collapsed(text: str) -> str:
    return " ".join(text.replace("\xa0", " ").split())


class _PageText:
    """Walks the page's tree, gathering inline text until a block ends it."""

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.inline: list[str] = []
        self.in_main = 0  # inside the main content: its own header and footer are read
        self.in_item = 0  # list items open: their paragraphs and nested lists keep to the list's lines

    def skipped(self, element) -> bool:
        tag = _tag(element)
        if not tag or tag in _SKIPPED or _hidden(element) or _footnote_mark(element):
            return True
        # a page marking no main content: the site's banner (unless it holds the title) and footer are left out
        if tag == "header" and element.find(".//h1") is not None:
            return False
        return tag in ("header", "footer") and not self.in_main

    def flush(self, blank_after: bool = False) -> None:
        """The inline text gathered so far as lines (a <br> breaks one), then a blank line if asked."""
        text = "".join(self.inline)
        if _collapsed(text).lstrip(_LEVEL) == BULLET.strip():
            return  # a list item's bullet waits for its text (an item's first paragraph)
        self.inline = []
        for part in text.split(_BREAK):
            line = _collapsed(part)
            if line:
                level = len(line) - len(line.lstrip(_LEVEL))
                self.lines.append("  " * level + line[level:].lstrip())
        if blank_after and self.lines and self.lines[-1]:
            self.lines.append("")

    def blank(self) -> None:
        if self.lines and self.lines[-1]:
            self.lines.append("")

    def walk(self, element) -> None:
        tag = _tag(element)
        if tag == "br":
            self.inline.append(_BREAK)
            return
        if tag == "pre":
            self.flush()
            self.blank()
            self.lines.extend(line.rstrip() for line in element.text_content().replace("\xa0", " ").split("\n"))
            self.blank()
            return
        if tag == "table":
            self.flush()
            self.blank()
            self.lines.extend(_table_lines(element, self)[1:])
            return
        if tag in _HEADINGS:
            self.flush()
            self.blank()
            heading = _collapsed(self.inline_text(element))
            if heading:
                self.lines.extend([heading, ""])
            return
        block = tag in _BLOCKS
        if block:
            # a term and its description stay together; so do a list's items, their paragraphs and nested lists
            self.flush(blank_after=not self.in_item and tag not in ("li", "dt", "dd"))
            if tag == "li":  # an item of a list inside an item is indented, as Markdown writes it
                self.inline.append(_LEVEL * self.in_item + BULLET)
        main = tag in ("main", "article") or element.get("role") == "main"
        self.in_main += main
        self.in_item += tag == "li"
        self.inline.append(element.text or "")
        for child in element:
            if not self.skipped(child):
                self.walk(child)
            self.inline.append(child.tail or "")
        self.in_main -= main
        self.in_item -= tag == "li"
        if block:
            self.flush(blank_after=not self.in_item and (tag in _PARAGRAPHS or tag in ("ul", "ol", "dl")
                                                         or tag == "div" and not _has_blocks(element)))

    def inline_text(self, element) -> str:
        """An element's text as one line (a heading, a table cell): what the page shows, <br> as a space."""
        parts = [element.text or ""]
        for child in element:
            if _tag(child) == "br":
                parts.append(" ")
            elif _tag(child) in ("table",):
                pass  # a table inside a cell is read after the row
            elif not self.skipped(child):
                parts.append(" " if _tag(child) in _BLOCKS or _tag(child) in _HEADINGS else "")
                parts.append(self.inline_text(child))
            parts.append(child.tail or "")
        return "".join(parts)


def _has_blocks(element) -> bool:
    return any(_tag(child) in _BLOCKS or _tag(child) in _HEADINGS for child in element)


def table_rows(table) -> list:
    """The table's own rows, in order: those of its thead, tbody and tfoot and any directly inside it."""
    rows = []
    for child in table:
        tag = _tag(child)
        if tag == "tr":
            rows.append(child)
        elif tag in ("thead", "tbody", "tfoot"):
            rows.extend(row for row in child if _tag(row) == "tr")
    return rows


def _enclosing_table(element):
    parent = element.getparent()
    while parent is not None and _tag(parent) != "table":
        parent = parent.getparent()
    return parent


def cell_span(cell, attribute: str) -> int:
    """A cell's colspan or rowspan: 1 unless a whole number from 2 (at most 100, so a damaged page stays small)."""
    try:
        return max(1, min(int(cell.get(attribute, "1")), 100))
    except ValueError:
        return 1


def _table_lines(table, page: _PageText) -> list[str]:
    """A table's caption, then each row one tab-separated line, between blank lines; a table inside a cell after its
    row. A cell spanning columns is followed by empty cells; a cell spanning rows is repeated in the rows below."""
    lines = [""]
    for child in table:
        if _tag(child) == "caption" and (caption := _collapsed(page.inline_text(child))):
            lines.extend([caption])
    carried: dict[int, tuple[str, int]] = {}  # grid column -> (text, rows still to fill)
    for row in table_rows(table):
        cells: list[str] = []
        nested = []

        def fill_carried() -> None:
            while len(cells) in carried:
                text, left = carried[len(cells)]
                cells.append(text)
                if left <= 1:
                    del carried[len(cells) - 1]
                else:
                    carried[len(cells) - 1] = (text, left - 1)

        for cell in row:
            if _tag(cell) not in ("td", "th"):
                continue
            fill_carried()
            text = "" if _hidden(cell) else _collapsed(page.inline_text(cell))
            nested.extend(inner for inner in cell.iter("table") if _enclosing_table(inner) is table)
            across, down = cell_span(cell, "colspan"), cell_span(cell, "rowspan")
            if down > 1:
                carried[len(cells)] = (text, down - 1)
            cells.extend([text, *[""] * (across - 1)])
        fill_carried()
        lines.append("\t".join(cells).rstrip("\t"))
        for inner in nested:
            lines.extend(_table_lines(inner, page))
    lines.append("")
    return lines
