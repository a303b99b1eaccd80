"""Read an uploaded statement (.txt, .md, .csv, .docx, .odt, text .pdf, a web page's .html, an Excel workbook's .xlsx,
an OpenDocument spreadsheet's .ods) into numbered lines of text.

Tables come out as tab-separated lines whatever the format, so one table reader serves
all. Parsing is bounded: a DOCX whose archive would expand past a limit is refused before
it is opened, and a PDF is parsed in a child process with a page cap, a memory cap and a
time limit, so a hostile file costs one short-lived process, never the server.
"""
from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from data.ingest.characters import plain_characters
from data.ingest.columns import read_columns
from data.ingest.errors import IngestError
from data.ingest.open_document import read_odt
from data.ingest.open_spreadsheet import read_ods
from data.ingest.spreadsheet import read_xlsx
from data.ingest.web_page import looks_like_html, read_html
from data.document_formats import FORMATS, HTML_SUFFIXES, SUFFIXES, TEXT_SUFFIXES  # noqa: F401 - SUFFIXES re-exported


@dataclass(frozen=True)
class Limits:
    text_bytes: int = 5 * 1024 * 1024          # a statement saved as text is well under 1 MB
    file_bytes: int = 20 * 1024 * 1024         # a DOCX or PDF as uploaded
    docx_expanded_bytes: int = 60 * 1024 * 1024  # everything in the DOCX archive, uncompressed
    docx_ratio: float = 100.0                  # uncompressed / compressed, over the whole archive
    pdf_pages: int = 300
    pdf_seconds: float = 30.0
    pdf_memory_bytes: int = 1024 * 1024 * 1024
    lines: int = 200_000


LIMITS = Limits()


def _mb(n: float) -> str:
    return f"{n / 1e6:.1f} MB"


def read_document(source: bytes | str | os.PathLike[str], name: str | None = None,
                  limits: Limits = LIMITS) -> list[str]:
    """The document's text as lines (line 1 is the first), or an IngestError saying what is wrong.

    `source` is the file's bytes (an upload; then `name` gives its file name) or a path.
    """
    if isinstance(source, (bytes, bytearray)):
        raw = bytes(source)
        name = name or "upload"
    else:
        path = Path(source)
        name = name or path.name
        try:
            size = path.stat().st_size
        except OSError as exc:
            raise IngestError(f"{name!r} cannot be opened: {exc.strerror or exc}.", "missing") from None
        if size > limits.file_bytes:
            raise IngestError(f"{name!r} is {_mb(size)}; the limit is {_mb(limits.file_bytes)}.", "oversize")
        raw = path.read_bytes()
    suffix = Path(name).suffix.lower()
    if not raw.strip():
        raise IngestError(f"{name!r} is empty.", "empty")
    if suffix == ".docx":
        lines = plain_characters(read_docx(raw, name, limits))
    elif suffix == ".pdf":
        lines = read_columns(plain_characters(read_pdf(raw, name, limits)))
    elif suffix in HTML_SUFFIXES or (suffix in TEXT_SUFFIXES or suffix == "") and looks_like_html(raw):
        refuse_misnamed(raw, name, "a web page")
        lines = plain_characters(read_html(raw, name, limits.file_bytes))  # (a web page saved with a .txt name too)
    elif suffix in TEXT_SUFFIXES or suffix == "":
        lines = read_columns(plain_characters(read_text(raw, name, limits)))  # (text saved from a two-column PDF page)
    elif suffix == ".odt":
        archive = check_zip(raw, name, limits, "OpenDocument text file (.odt)", "content.xml")
        with read_as(name, "an OpenDocument text file"):
            lines = plain_characters(read_odt(archive, name))
    elif suffix == ".xlsx":
        lines = plain_characters(read_workbook(raw, name, limits))
    elif suffix == ".ods":
        lines = plain_characters(read_open_spreadsheet(raw, name, limits))
    elif suffix == FLAT_SPREADSHEET:
        raise IngestError(f"{name!r} is a flat OpenDocument spreadsheet (.fods), which the atlas does not read: open "
                          "it in LibreOffice Calc and save it as .ods (File > Save As, 'ODF Spreadsheet').", "format")
    elif suffix == ".doc":
        raise IngestError(f"{name!r} is an old Word (.doc) file: save it as .docx or as plain text (.txt).", "format")
    elif suffix in OLD_WORKBOOK_SUFFIXES:
        raise IngestError(f"{name!r} is an Excel {suffix} file, which the atlas does not read: open it in Excel and "
                          "save it as .xlsx or .csv.", "format")
    else:
        raise IngestError(f"{name!r} is a {suffix} file: the atlas reads {FORMATS}.", "format")
    if not any(line.strip() for line in lines):
        raise IngestError(f"{name!r} has no text in it.", "empty")
    if len(lines) > limits.lines:
        raise IngestError(f"{name!r} has {len(lines):,} lines; the limit is {limits.lines:,}.", "oversize")
    return lines


def refuse_misnamed(raw: bytes, name: str, what: str) -> None:
    """An IngestError for a PDF or a Word (zip) file uploaded under a text or web page name."""
    if raw.startswith(b"%PDF"):
        raise IngestError(f"{name!r} is a PDF, not {what}: upload it with a .pdf name.", "binary")
    if raw.startswith(b"PK\x03\x04"):
        raise IngestError(f"{name!r} is a zip, Word or Excel file, not {what}: upload a Word file as .docx or a "
                          "workbook as .xlsx.", "binary")


def read_text(raw: bytes, name: str, limits: Limits = LIMITS) -> list[str]:
    if len(raw) > limits.text_bytes:
        raise IngestError(f"{name!r} is {_mb(len(raw))}; the limit for a text file is {_mb(limits.text_bytes)}.",
                          "oversize")
    refuse_misnamed(raw, name, "text")
    head = raw[:8192]
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    if b"\x00" in head or controls > len(head) * 0.05:
        raise IngestError(f"{name!r} is a binary file, not text: save the statement as plain text (.txt).", "binary")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        hint = ""
        try:
            raw.decode("cp1252")
            hint = " It looks like Windows/Latin-1 text:"
        except UnicodeDecodeError:
            pass
        raise IngestError(
            f"{name!r} is not UTF-8 text (byte {exc.start} cannot be read).{hint} save it as UTF-8 and upload it again.",
            "encoding",
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


# ------------------------------------------------------------------------------- DOCX

def check_zip(raw: bytes, name: str, limits: Limits = LIMITS, kind: str = "Word document (.docx)",
              needs: str = "word/document.xml") -> zipfile.ZipFile:
    """The archive (a Word or OpenDocument file: `kind`, holding `needs`), once its declared sizes show it cannot
    expand past the limits (a zip bomb)."""
    if len(raw) > limits.file_bytes:
        raise IngestError(f"{name!r} is {_mb(len(raw))}; the limit is {_mb(limits.file_bytes)}.", "oversize")
    try:
        archive = zipfile.ZipFile(io.BytesIO(raw))
        infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError):
        raise IngestError(f"{name!r} is not {_a(kind)} that can be opened: it may be damaged.", "corrupt") from None
    expanded = sum(i.file_size for i in infos)
    if expanded > limits.docx_expanded_bytes or expanded > limits.docx_ratio * max(len(raw), 1):
        raise IngestError(
            f"{name!r} would expand to {_mb(expanded)} from {_mb(len(raw))}: refused, it is not an ordinary {kind}. "
            "Save it again from the program that made it, or as plain text.",
            "bomb",
        )
    if needs not in archive.namelist():
        raise IngestError(f"{name!r} is a zip archive but not {_a(kind)}.", "format")
    return archive


def _a(kind: str) -> str:
    """'a Word document', 'an Excel workbook'."""
    return f"{'an' if kind[:1].lower() in 'aeiou' else 'a'} {kind}"


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
# the wrappers a paragraph's runs sit in: a hyperlink, a tracked insertion or move (the draft as it stands now), an
# inline content control's content (a template's field: a figure or a date picked in it), a simple field's cached
# result ('see Table 3'), a smart tag or custom XML element, a text direction override
_RUN_WRAPPERS = frozenset(f"{{{_W}}}{tag}" for tag in (
    "hyperlink", "ins", "moveTo", "sdt", "sdtContent", "fldSimple", "customXml", "smartTag", "dir", "bdo"))
_RUN = f"{{{_W}}}r"
_PLACEHOLDER = f"{{{_W}}}showingPlcHdr"


def _current_runs(element, depth: int = 0):
    """The runs of a paragraph (or of a wrapper in it) in reading order, those inside wrappers too; a tracked
    deletion's (w:del, w:moveFrom) stays out, and so does a content control still showing its placeholder ('Click or
    tap here to enter a date.'), the template's prompt rather than the document's text."""
    for child in element:
        if child.tag == _RUN:
            yield child
        elif child.tag in _RUN_WRAPPERS and depth < 8:
            properties = child.find(f"{{{_W}}}sdtPr")
            if properties is not None and properties.find(_PLACEHOLDER) is not None:
                continue
            yield from _current_runs(child, depth + 1)


def current_text(paragraph) -> str:
    """A paragraph's text as a draft with tracked changes stands now: a tracked insertion's runs (w:ins, w:moveTo)
    are the document's text, which python-docx's `text` passes over; a tracked deletion's (w:del, its w:delText) is
    the old text and stays out. Without the insertion, 'home to [del 1,398,200][ins 1,400,900] residents' would read
    'home to  residents'. A template's inline content controls, simple fields and smart tags hold text too, which
    python-docx passes over: 'We estimate [control: 7,940] people' would read 'We estimate  people'."""
    return "".join(run.text for run in _current_runs(paragraph._p))


def _current_cell_text(cell) -> str:
    return "\n".join(current_text(p) for p in cell.paragraphs)


def _cell_text(text: str) -> str:
    return " ".join(text.replace("\t", " ").split())


def _paragraph_lines(paragraph) -> list[str]:
    """A paragraph's lines, a heading's (a 'Heading n' or 'Title' style) between blank lines; an item of Word's automatic list (a 'List Bullet' or 'List Number' style, or numbering of
    its own) led by a bullet, as Word writes its list marks when it saves as text: the mark is numbering, not text, so
    python-docx gives none, and the item would read as a sentence of the paragraph above."""
    text = current_text(paragraph)
    p_pr = paragraph._p.pPr
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    listed = (p_pr is not None and p_pr.numPr is not None) or style.startswith(("List Bullet", "List Number"))
    if listed and text.strip() and not style.startswith(("Heading", "Title")):
        text = "• " + text.lstrip()
    if text.strip() and style.startswith(("Heading", "Title", "Subtitle")):
        # a Word heading stands apart, as a heading does in text: 'Dementia' under the carers' last sentence is the
        # next section's title, not a line of the paragraph above
        return ["", *text.split("\n"), ""]
    return text.split("\n")


def _spacer_columns(table) -> set[int]:
    """Grid columns in which no cell of any row starts or holds text: the empty spacer columns a PDF-to-Word converter
    puts between a ruled table's columns (its gaps rebuilt as narrow cells). Left in, each row's figures sit two tabs
    apart and the header's names do not line up with them; a column merged over (a band row's label across the
    table) is not a cell of its own and does not keep a spacer."""
    width = 0
    filled: set[int] = set()
    for row in table.rows:
        previous = None
        cells = row.cells
        width = max(width, len(cells))
        for j, cell in enumerate(cells):
            if previous is not None and cell._tc is previous:
                continue
            previous = cell._tc
            if _current_cell_text(cell).strip() or cell.tables:
                filled.add(j)
    if width < 3 or len(filled) < 2:
        return set()
    return set(range(width)) - filled


def _rows_unwrapped(table):
    """The table with its rows and cells out of the content controls around them (a template's repeating section: a
    w:sdt around each row of a timetable, or around a cell), which python-docx's rows and cells pass over; a copy, the
    document left as it is. A table with no such control is itself."""
    import copy

    from docx.table import Table

    wrapped = _xpath(table._tbl, "w:sdt | w:tr/w:sdt")
    if not wrapped:
        return table
    tbl = copy.deepcopy(table._tbl)
    for _ in range(5):  # (a control inside a control: unwrapped a level at a time)
        controls = _xpath(tbl, "w:sdt | w:tr/w:sdt")
        if not controls:
            break
        for sdt in controls:
            content = sdt.find(f"{{{_W}}}sdtContent")
            for child in list(content) if content is not None else []:
                sdt.addprevious(child)
            sdt.getparent().remove(sdt)
    return Table(tbl, table._parent)


def _table_lines(table, depth: int = 0) -> list[str]:
    """A Word table's rows, each one tab-separated line between blank lines. A table nested in a cell (a box made of a
    one-cell table around a title, a table and a note; a cell holding its own small table) is read as a table of its
    own after the row, the box's paragraphs as lines of their own, not run together as the cell's text. Rows and
    cells inside content controls are the table's too."""
    from docx.table import Table

    table = _rows_unwrapped(table)
    lines = [""]
    spacers = _spacer_columns(table)
    for row in table.rows:
        cells, previous, nested = [], None, []
        for cell in row.cells:
            if previous is not None and cell._tc is previous:  # a merged cell repeats
                cells.append("")
                continue
            previous = cell._tc
            if depth < 3 and cell.tables:
                nested.append(cell)
                cells.append(_cell_text(" ".join(current_text(p) for p in cell.paragraphs[:1])))
            else:
                cells.append(_cell_text(_current_cell_text(cell)))
        if nested and len([c for c in cells if c]) <= 1 and len({id(c._tc) for c in row.cells}) == 1:
            # a box: its content in order (title, table, note) rather than a row
            for block in nested[0].iter_inner_content():
                lines.extend(_table_lines(block, depth + 1) if isinstance(block, Table) else _paragraph_lines(block))
            continue
        lines.append("\t".join(c for j, c in enumerate(cells) if j not in spacers).rstrip("\t"))
        for cell in nested:
            for block in cell.iter_inner_content():
                if isinstance(block, Table):
                    lines.extend(_table_lines(block, depth + 1))
    lines.append("")
    return lines


_XNS = {"w": _W, "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006"}


def _xpath(element, expr: str) -> list:
    from lxml import etree

    return etree.XPath(expr, namespaces=_XNS)(element)


def _box_lines(paragraph, depth: int = 0) -> list[str]:
    """The text boxes anchored to a paragraph (a 'Key facts' callout floating beside the prose), each box's paragraphs
    and tables as lines of their own between blank lines, after the paragraph. python-docx gives none of a box's text:
    it sits in a w:txbxContent inside the anchor run's drawing. Word saves a box twice, as a DrawingML shape and as its
    VML fallback (mc:Fallback) holding the same text, so the fallback is skipped; a box inside a box is the inner
    paragraph's."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    p = paragraph._p
    lines: list[str] = []
    for box in _xpath(p, ".//w:txbxContent[not(ancestor::mc:Fallback)]"):
        if _xpath(box, "ancestor::w:p[1]")[0] is not p:
            continue
        inner: list[str] = []
        for child in box.iterchildren(f"{{{_W}}}p", f"{{{_W}}}tbl"):
            if child.tag == f"{{{_W}}}tbl":
                inner.extend(_table_lines(Table(child, paragraph._parent)))
                continue
            para = Paragraph(child, paragraph._parent)
            inner.extend(_paragraph_lines(para))
            if depth < 2:
                inner.extend(_box_lines(para, depth + 1))
        if any(line.strip() for line in inner):
            lines.extend(["", *inner, ""])
    return lines


def _notes(document, kind: str) -> dict[str, list[str]]:
    """A Word file's footnotes (or endnotes) by id, each note's paragraphs as lines; the separators left out."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import parse_xml
    from docx.text.paragraph import Paragraph

    reltype = RT.FOOTNOTES if kind == "footnote" else RT.ENDNOTES
    part = next((rel.target_part for rel in document.part.rels.values()
                 if rel.reltype == reltype and not rel.is_external), None)
    if part is None:
        return {}
    root = part.element if hasattr(part, "element") else parse_xml(part.blob)
    notes: dict[str, list[str]] = {}
    for note in root.iterchildren(f"{{{_W}}}{kind}"):
        if note.get(f"{{{_W}}}type") in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        text = [" ".join(Paragraph(p, None).text.split()) for p in note.iterchildren(f"{{{_W}}}p")]
        if any(text):
            notes[note.get(f"{{{_W}}}id")] = [t for t in text if t]
    return notes


def _note_refs(element, kind: str) -> list[str]:
    return _xpath(element, f".//w:{kind}Reference[not(ancestor::mc:Fallback)]/@w:id")


def _blocks(element, parent, depth: int = 0):
    """The paragraphs and tables of the document's body in order, those inside a content control (a w:sdt: Word's
    table of contents, a cover page, a template's fields) too, which python-docx's iter_inner_content passes over."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    for child in element.iterchildren(f"{{{_W}}}p", f"{{{_W}}}tbl", f"{{{_W}}}sdt"):
        if child.tag == f"{{{_W}}}p":
            yield Paragraph(child, parent)
        elif child.tag == f"{{{_W}}}tbl":
            yield Table(child, parent)
        elif depth < 5 and (content := child.find(f"{{{_W}}}sdtContent")) is not None:
            yield from _blocks(content, parent, depth + 1)


def _is_heading(paragraph) -> bool:
    style = (paragraph.style.name if paragraph.style is not None else "") or ""
    return bool(current_text(paragraph).strip()) and style.startswith(("Heading", "Title"))


@contextmanager
def read_as(name: str, kind: str) -> Iterator[None]:
    """A reader's run: its own IngestError as it is, any other failure (a damaged archive member raises many kinds)
    as '<name> could not be read as <kind>: it may be damaged'."""
    try:
        yield
    except IngestError:
        raise
    except Exception as exc:  # noqa: BLE001 - see the docstring
        raise IngestError(f"{name!r} could not be read as {kind} ({type(exc).__name__}): it may be damaged.",
                          "corrupt") from None


def read_docx(raw: bytes, name: str, limits: Limits = LIMITS) -> list[str]:
    """Paragraphs in order; each table row as one tab-separated line. A paragraph's text boxes follow it; footnotes
    (printed at the foot of the page that refers to them) come at the end of the section they are referred to in,
    before the next heading, so a note keeps its section's subject; endnotes come at the end."""
    check_zip(raw, name, limits)
    with read_as(name, "a Word document"):  # (python-docx raises many kinds on a damaged file)
        import docx  # python-docx
        from docx.table import Table

        document = docx.Document(io.BytesIO(raw))
        footnotes, endnotes = _notes(document, "footnote"), _notes(document, "endnote")
        lines: list[str] = []
        pending: list[str] = []

        def flush(ids: list[str], notes: dict[str, list[str]]) -> None:
            for note in dict.fromkeys(ids):  # each note once, in the order referred to
                if note in notes:
                    lines.extend([*([""] if lines and lines[-1].strip() else []), *notes.pop(note), ""])
            ids.clear()

        for block in _blocks(document.element.body, document._body):
            if isinstance(block, Table):
                lines.extend(_table_lines(block))
                pending.extend(_note_refs(block._tbl, "footnote"))
            else:
                if pending and _is_heading(block):
                    flush(pending, footnotes)
                lines.extend(_paragraph_lines(block))
                lines.extend(_box_lines(block))
                pending.extend(_note_refs(block._p, "footnote"))
        flush(pending, footnotes)
        flush(list(endnotes), endnotes)
    return lines


# ------------------------------------------------------------------------------- XLSX

OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # a Compound File: an old .xls, or an encrypted workbook
OLD_WORKBOOK_SUFFIXES = (".xls", ".xlsb", ".xlsm")
WORKBOOK = "Excel workbook (.xlsx)"


def read_workbook(raw: bytes, name: str, limits: Limits = LIMITS) -> list[str]:
    """The visible sheets of an Excel workbook as lines (data/ingest/spreadsheet.py), its archive checked first. A
    workbook saved with a password is encrypted inside an OLE compound file, not a zip; so is an old .xls renamed."""
    if raw.startswith(OLE_SIGNATURE):
        raise IngestError(f"{name!r} is password-protected (encrypted) or an old Excel .xls file renamed, so it cannot "
                          "be read: open it in Excel, remove the password (File > Info > Protect Workbook) and save "
                          "it as .xlsx, or save the sheets with the figures as .csv.", "encrypted")
    archive = check_zip(raw, name, limits, WORKBOOK, "xl/workbook.xml")
    with read_as(name, "an Excel workbook"):
        return read_xlsx(archive, name)


# ------------------------------------------------------------------------------- ODS

SPREADSHEET = "OpenDocument spreadsheet (.ods)"
FLAT_SPREADSHEET = ".fods"  # one XML file, not a zip: Calc's 'Flat XML' save


def read_open_spreadsheet(raw: bytes, name: str, limits: Limits = LIMITS) -> list[str]:
    """The visible sheets of an OpenDocument spreadsheet as lines (data/ingest/open_spreadsheet.py), its archive
    checked first, as a workbook's is. A flat XML spreadsheet given an .ods name is not a zip: it is refused with what
    to do."""
    if raw.lstrip()[:5] == b"<?xml" and b"office:document" in raw[:4096]:
        raise IngestError(f"{name!r} is a flat OpenDocument spreadsheet (.fods) saved under an .ods name: open it in "
                          "LibreOffice Calc and save it as .ods (File > Save As, 'ODF Spreadsheet').", "format")
    archive = check_zip(raw, name, limits, SPREADSHEET, "content.xml")
    with read_as(name, "an OpenDocument spreadsheet"):
        return read_ods(archive, name)


# ------------------------------------------------------------------------------- PDF

def read_pdf(raw: bytes, name: str, limits: Limits = LIMITS) -> list[str]:
    """Text and tables of a text PDF, parsed in a child process that is killed past the limits."""
    if len(raw) > limits.file_bytes:
        raise IngestError(f"{name!r} is {_mb(len(raw))}; the limit is {_mb(limits.file_bytes)}.", "oversize")
    if not raw.lstrip()[:1024].startswith(b"%PDF"):
        raise IngestError(f"{name!r} is not a PDF file (it does not start with %PDF).", "format")
    cmd = [sys.executable, "-m", "data.ingest._pdf_worker", str(limits.pdf_pages), str(limits.pdf_memory_bytes)]
    root = Path(__file__).resolve().parents[2]
    try:
        done = subprocess.run(cmd, input=raw, capture_output=True, timeout=limits.pdf_seconds, cwd=root,
                              env={**os.environ, "PYTHONPATH": str(root)})
    except subprocess.TimeoutExpired:
        raise IngestError(
            f"{name!r} took longer than {limits.pdf_seconds:.0f} seconds to read and was stopped. "
            "Upload the pages with the figures, or save it as text.",
            "timeout",
        ) from None
    try:
        result = json.loads(done.stdout.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        raise IngestError(f"{name!r} could not be read as a PDF: it may be damaged or too large to read.",
                          "corrupt") from None
    if "error" in result:
        raise IngestError(result["error"].replace("{name}", repr(name)), result.get("reason", "corrupt"))
    lines: list[str] = result["lines"]
    if not any(line.strip() for line in lines):
        raise IngestError(
            f"{name!r} has {result.get('pages', 0)} page(s) but no text: it looks like a scanned image. "
            "The atlas reads text PDFs only; use the publisher's text version or an OCR'd copy.",
            "scanned",
        )
    return lines
