"""Read a statement saved as OpenDocument Text (.odt: LibreOffice Writer's format, and the open standard UK public
bodies publish beside PDF) into numbered lines of text.

The text comes out as the Word reader gives a document's: a paragraph a line, headings between blank lines (Writer's
headings and paragraphs typed in a heading style: heading_styles), list items led by a bullet (a sub-list's indented, as Markdown writes it), each table row one tab-separated line (a cell
spanning columns followed by empty cells, one spanning rows repeated below, as Word's merged cells read), a text
box's paragraphs after the paragraph it is anchored in, footnotes at the end of the section citing them. What the
document does not show as its text is left out: changes tracked as deleted, reviewers' comments, footnote numbers
set after a figure, and the page header and footer (kept in styles.xml, as Word's are unread).
"""
from __future__ import annotations

import re
import zipfile

from data.ingest.errors import IngestError

ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"
_NS = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",  # (a spreadsheet's data styles: dates, per cents)
}
BULLET = "• "
_MAX_REPEAT = 64  # LibreOffice writes a sheet-wide table's unused columns as one cell repeated a thousand times
_SPACES = re.compile(r"[ \t\r\n]+")


def odf_name(name: str) -> str:
    """'text:p' as lxml names it ('{urn:...:text:1.0}p')."""
    prefix, local = name.split(":")
    return f"{{{_NS[prefix]}}}{local}"


P, H, LIST, ITEM, HEADER_ITEM = odf_name("text:p"), odf_name("text:h"), odf_name("text:list"), odf_name("text:list-item"), odf_name("text:list-header")
SPACE, TAB, BREAK, NOTE, NOTE_BODY = odf_name("text:s"), odf_name("text:tab"), odf_name("text:line-break"), odf_name("text:note"), odf_name("text:note-body")
TRACKED, ANNOTATION, ANNOTATION_END = odf_name("text:tracked-changes"), odf_name("office:annotation"), odf_name("office:annotation-end")
TABLE, ROW, CELL, COVERED = odf_name("table:table"), odf_name("table:table-row"), odf_name("table:table-cell"), odf_name("table:covered-table-cell")
FRAME, TEXT_BOX, NUMBER = odf_name("draw:frame"), odf_name("draw:text-box"), odf_name("text:number")
# containers whose blocks are read in order (sections, a table of contents' body, row groups)
_CONTAINERS = {odf_name("text:section"), odf_name("text:index-body"), odf_name("text:table-of-content"), odf_name("text:illustration-index"),
               odf_name("text:table-index"), odf_name("text:alphabetical-index"), odf_name("text:user-index"),
               odf_name("text:bibliography"), odf_name("text:object-index")}
ROW_GROUPS = {odf_name("table:table-header-rows"), odf_name("table:table-rows"), odf_name("table:table-row-group")}
_SKIPPED = {TRACKED, ANNOTATION, ANNOTATION_END, odf_name("text:sequence-decls"), odf_name("text:variable-decls"),
            odf_name("text:user-field-decls"), odf_name("office:forms"), odf_name("table:table-columns"), odf_name("table:table-column"),
            odf_name("table:table-column-group"), odf_name("text:soft-page-break")}


def read_odt(archive: zipfile.ZipFile, name: str) -> list[str]:
    """The document's text as lines (see the module's docstring), or an IngestError saying what is wrong. `archive`
    has been checked against the zip limits (readers.check_zip)."""
    from lxml import etree

    names = set(archive.namelist())
    mimetype = archive.read("mimetype").decode("ascii", "replace").strip() if "mimetype" in names else ""
    if mimetype and mimetype != ODT_MIMETYPE:
        kind = mimetype.rsplit(".", 1)[-1]
        if kind.startswith("spreadsheet"):  # (read as one under its own name)
            raise IngestError(f"{name!r} is an OpenDocument spreadsheet, not a text document: upload it with an .ods "
                              "name.", "format")
        raise IngestError(f"{name!r} is an OpenDocument {kind} file, not a text document: save it as .odt, .docx or "
                          "a text .pdf.", "format")
    if "content.xml" not in names:
        raise IngestError(f"{name!r} could not be read as an OpenDocument text file (it has no content.xml): it may "
                          "be damaged.", "corrupt")
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.fromstring(archive.read("content.xml"), parser)
    except etree.XMLSyntaxError as exc:
        raise IngestError(f"{name!r} could not be read as an OpenDocument text file ({exc.msg}): it may be damaged.",
                          "corrupt") from None
    body = root.find(f"{odf_name('office:body')}/{odf_name('office:text')}")
    if body is None:
        raise IngestError(f"{name!r} is not an OpenDocument text document (it has no text body).", "format")
    reader = TextReader(heading_styles(archive, root, parser))
    reader.blocks(body)
    reader.flush_notes()
    return reader.lines


STYLE, TEXT_PROPERTIES = odf_name("style:style"), odf_name("style:text-properties")
_HEADING_NAME = re.compile(r"(?:heading|title|subtitle)\b", re.IGNORECASE)  # as Writer's own: 'Heading 2', 'Title'
HEADING_POINTS = 14.0  # bold text this size or larger is set as a heading (Writer's body text is 10-12pt)


def heading_styles(archive: zipfile.ZipFile, content, parser) -> frozenset[str]:
    """The paragraph styles a heading is typed in: Writer's own ('Heading 2', 'Title'), one with an outline level,
    and one an officer made that sets its text bold at heading size ('BMBC Heading', 15pt bold), with the
    automatic styles derived from them (a paragraph's 'P5' whose parent is 'BMBC_Heading'). A table's heading
    style is none."""
    from lxml import etree

    roots = [content]
    if "styles.xml" in archive.namelist():
        try:
            roots.insert(0, etree.fromstring(archive.read("styles.xml"), parser))
        except etree.XMLSyntaxError:
            pass  # (the named styles are lost: their paragraphs read as paragraphs)
    parents: dict[str, str | None] = {}
    own: dict[str, bool | None] = {}
    for root in roots:
        for style in root.iter(STYLE):
            if style.get(odf_name("style:family")) != "paragraph" or not style.get(odf_name("style:name")):
                continue
            name = style.get(odf_name("style:name"))
            parents[name] = style.get(odf_name("style:parent-style-name"))
            own[name] = _heading_style(style)

    def is_heading(name: str | None, depth: int = 0) -> bool:
        if name is None or name not in own or depth > 20:
            return False
        return own[name] if own[name] is not None else is_heading(parents[name], depth + 1)

    return frozenset(name for name in own if is_heading(name))


def _heading_style(style) -> bool | None:
    """Whether a style sets a heading (True), a table's or body text (False), or leaves it to its parent (None)."""
    label = style.get(odf_name("style:display-name")) or style.get(odf_name("style:name"), "").replace("_20_", " ")
    if re.search(r"\btable\b", label, re.IGNORECASE):
        return False
    if style.get(odf_name("style:default-outline-level")) or _HEADING_NAME.match(label):
        return True
    text = style.find(TEXT_PROPERTIES)
    if text is None or text.get(odf_name("fo:font-weight")) is None and text.get(odf_name("fo:font-size")) is None:
        return None
    size = re.fullmatch(r"([\d.]+)pt", text.get(odf_name("fo:font-size")) or "")
    return text.get(odf_name("fo:font-weight")) == "bold" and size is not None and float(size.group(1)) >= HEADING_POINTS


class TextReader:
    """An OpenDocument body's text as lines, in order: paragraphs, headings, lists, tables (a row a tab-separated line),
    text frames after their paragraph and footnotes after their section; also a spreadsheet cell's shown text
    (cell_text, for data/ingest/open_spreadsheet.py)."""

    def __init__(self, headings: frozenset[str] = frozenset()) -> None:
        self.headings = headings  # the paragraph styles a heading is typed in (heading_styles)
        self.lines: list[str] = []
        self.notes: list[list[str]] = []  # footnotes cited since the last heading

    def blank(self) -> None:
        if self.lines and self.lines[-1].strip():
            self.lines.append("")

    def flush_notes(self) -> None:
        for note in self.notes:
            self.blank()
            self.lines.extend(note)
        if self.notes:
            self.lines.append("")
        self.notes = []

    def blocks(self, parent, level: int = 0) -> None:
        for child in parent:
            self.block(child, level)

    def block(self, element, level: int = 0) -> None:
        tag = element.tag
        if tag == H or tag == P and element.get(odf_name("text:style-name")) in self.headings:
            self.flush_notes()
            self.blank()
            self.lines.extend(self.paragraph(element))
            self.lines.append("")
            self.boxes(element)
        elif tag == P:
            self.lines.extend(self.paragraph(element))
            self.boxes(element)
        elif tag == LIST:
            self.list(element, level)
        elif tag == TABLE:
            self.blank()
            self.lines.extend(self.table(element))
            self.lines.append("")
        elif tag in _CONTAINERS:
            self.blocks(element, level)

    def list(self, element, level: int) -> None:
        for item in element:
            if item.tag not in (ITEM, HEADER_ITEM):
                continue
            first = True
            for child in item:
                if child.tag in (P, H) and first:
                    text = self.paragraph(child)
                    if text:
                        self.lines.append("  " * level + BULLET + text[0])
                        self.lines.extend(text[1:])
                        first = False
                    self.boxes(child)
                elif child.tag == LIST:
                    self.list(child, level + 1)
                else:
                    self.block(child, level)

    def paragraph(self, element) -> list[str]:
        """A paragraph's lines (a line break splits one), its footnotes kept for the section's end."""
        parts: list[str] = []
        self.inline(element, parts)
        text = "".join(parts)
        return [line.strip(" ") for line in text.split("\n") if line.strip(" \t")]

    def inline(self, element, parts: list[str]) -> None:
        parts.append(_SPACES.sub(" ", element.text or ""))
        for child in element:
            tag = child.tag
            if tag == SPACE:
                parts.append(" " * _count(child.get(odf_name("text:c"))))
            elif tag == TAB:
                parts.append("\t")
            elif tag == BREAK:
                parts.append("\n")
            elif tag == NUMBER:  # a numbered heading's or item's number as shown, then the space it is set apart by
                parts.append(f"{' '.join((child.text or '').split())} ")
            elif tag == NOTE:
                body = child.find(NOTE_BODY)
                if body is not None:
                    note = TextReader(self.headings)
                    note.blocks(body)
                    self.notes.append([line for line in note.lines if line.strip()])
            elif tag in _SKIPPED or tag == FRAME:
                pass  # (a frame's text box is read after the paragraph)
            else:
                self.inline(child, parts)
            parts.append(_SPACES.sub(" ", child.tail or ""))

    def boxes(self, paragraph) -> None:
        """The text boxes anchored in a paragraph, each box's blocks between blank lines after it."""
        for box in paragraph.iter(TEXT_BOX):
            inner = TextReader(self.headings)
            inner.blocks(box)
            if any(line.strip() for line in inner.lines):
                self.blank()
                self.lines.extend(inner.lines)
                self.lines.append("")
            self.notes.extend(inner.notes)

    def cell_text(self, cell) -> str:
        parts = []
        for child in cell:
            if child.tag in (P, H):
                parts.append(" ".join(self.paragraph(child)))
            elif child.tag == LIST:
                inner = TextReader(self.headings)
                inner.list(child, 0)
                parts.extend(inner.lines)
        return " ".join(" ".join(parts).replace("\t", " ").split())

    def table(self, table) -> list[str]:
        """A table's rows as tab-separated lines; a table inside a cell after its row."""
        lines: list[str] = []
        carried: dict[int, tuple[str, int]] = {}  # column -> (text, rows below still covered)
        for row in _rows(table):
            cells: list[str] = []
            nested = []
            for cell in row:
                if cell.tag not in (CELL, COVERED):
                    continue
                repeat = min(_count(cell.get(odf_name("table:number-columns-repeated"))), _MAX_REPEAT)
                for _ in range(repeat):
                    column = len(cells)
                    if cell.tag == COVERED:
                        text, left = carried.get(column, ("", 0))
                        cells.append(text)
                        if left > 1:
                            carried[column] = (text, left - 1)
                        else:
                            carried.pop(column, None)
                        continue
                    text = self.cell_text(cell)
                    down = _count(cell.get(odf_name("table:number-rows-spanned")))
                    if down > 1:
                        carried[column] = (text, down - 1)
                    cells.append(text)
                nested.extend(t for t in cell.iter(TABLE) if _enclosing_table(t) is table)
            line = "\t".join(cells).rstrip("\t")
            if line.strip() or (lines and lines[-1].strip()):
                lines.append(line)
            for inner in nested:
                lines.extend(["", *self.table(inner), ""])
        while lines and not lines[-1].strip():
            lines.pop()  # (empty rows at the table's foot: a page's worth of them, as LibreOffice keeps a grid)
        return lines


def _enclosing_table(element):
    parent = element.getparent()
    while parent is not None and parent.tag != TABLE:
        parent = parent.getparent()
    return parent


def _rows(table) -> list:
    rows = []
    for child in table:
        if child.tag == ROW:
            repeat = min(_count(child.get(odf_name("table:number-rows-repeated"))), _MAX_REPEAT)
            rows.extend([child] * repeat)
        elif child.tag in ROW_GROUPS:
            rows.extend(_rows(child))
    return rows


def _count(value: str | None) -> int:
    try:
        return max(1, min(int(value or "1"), 10_000))
    except ValueError:
        return 1
