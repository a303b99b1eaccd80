"""Made-up DOCX and PDF files for the ingest tests, written at test time (nothing binary is committed)."""
from __future__ import annotations

import io
import os
import zipfile


def make_docx(paragraphs: list[str], table: list[list[str]] | None = None, after: list[str] | None = None) -> bytes:
    import docx

    document = docx.Document()
    for p in paragraphs:
        if p.startswith("# "):
            document.add_heading(p[2:], level=1)
        else:
            document.add_paragraph(p)
    if table:
        t = document.add_table(rows=len(table), cols=len(table[0]))
        for i, row in enumerate(table):
            for j, cell in enumerate(row):
                t.cell(i, j).text = cell
    for p in after or []:
        document.add_paragraph(p)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def docx_built_by(build) -> bytes:
    """A Word file's bytes: python-docx's blank document, given to `build` to fill, saved."""
    import docx

    document = docx.Document()
    build(document)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def zip_bomb_docx(expanded_bytes: int) -> bytes:
    """A real DOCX with one extra member of zeros that deflates to almost nothing."""
    base = make_docx(["A statement."])
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info.filename))
        with dst.open("word/media/padding.bin", "w") as fh:
            chunk = b"\0" * (1 << 20)
            for _ in range(expanded_bytes // len(chunk)):
                fh.write(chunk)
    return out.getvalue()


def _escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def pdf_of_pages(pages_ops: list[list[str]]) -> bytes:
    """A minimal PDF written by hand: one A4 page per list of content-stream operators, with Helvetica as /F1."""
    objects: list[bytes] = []

    def add(body: bytes) -> int:
        objects.append(body)
        return len(objects)

    font = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    contents = []
    for ops in pages_ops:
        stream = "\n".join(ops).encode("latin-1")
        contents.append(add(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream"))
    pages_id = len(objects) + 1 + len(pages_ops)
    page_ids = [add(
        b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R >> >> "
        b"/Contents %d 0 R >>" % (pages_id, font, c)) for c in contents]
    kids = b" ".join(b"%d 0 R" % p for p in page_ids)
    assert add(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_ids))) == pages_id
    catalog = add(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % i + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, catalog, xref))
    return out.getvalue()


def make_pdf(pages: list[list[str]], table: list[list[str]] | None = None, text: bool = True,
             right: list[list[str]] | None = None) -> bytes:
    """A minimal PDF written by hand: each page's lines in Helvetica; optionally a ruled table on page 1.

    `text=False` gives pages with no text at all (what a scanned document looks like to a reader).
    `right`: each page's right-hand column, its lines beside the page's lines (a two-column page).
    """
    pages_ops = []
    for n, lines in enumerate(pages):
        ops = []
        y = 800
        if text:
            beside = right[n] if right else []
            for i in range(max(len(lines), len(beside))):
                if i < len(lines) and lines[i]:
                    ops.append(f"BT /F1 11 Tf 50 {y} Td ({_escape(lines[i])}) Tj ET")
                if i < len(beside) and beside[i]:
                    ops.append(f"BT /F1 11 Tf 320 {y} Td ({_escape(beside[i])}) Tj ET")
                y -= 16
        if table and n == 0:
            top = y - 10
            col_w, row_h = 150, 20
            cols = len(table[0])
            for i, row in enumerate(table):
                for j, cell in enumerate(row):
                    ops.append(f"BT /F1 10 Tf {55 + j * col_w} {top - (i + 1) * row_h + 6} Td ({_escape(cell)}) Tj ET")
            for i in range(len(table) + 1):
                yy = top - i * row_h
                ops.append(f"50 {yy} m {50 + cols * col_w} {yy} l S")
            for j in range(cols + 1):
                xx = 50 + j * col_w
                ops.append(f"{xx} {top} m {xx} {top - len(table) * row_h} l S")
        if not text:
            ops.append("0.9 g 50 50 200 200 re f")  # a grey box: an image stand-in, no text
        pages_ops.append(ops)
    return pdf_of_pages(pages_ops)


ODF_NAMESPACES = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
                  'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
                  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
                  'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
                  'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
                  'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
                  'xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" '
                  'xmlns:dc="http://purl.org/dc/elements/1.1/"')
ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"


def make_odt(body: str, mimetype: str = "application/vnd.oasis.opendocument.text", automatic_styles: str = "",
             named_styles: str = "", office_body: str = "office:text", encrypted: bool = False) -> bytes:
    """An OpenDocument file whose office:text (or `office_body`: office:spreadsheet) holds `body` (ODF XML, the
    namespaces above declared), zipped as LibreOffice zips one: the mimetype first and stored, then the manifest and
    the content; `automatic_styles` in the content's office:automatic-styles, `named_styles` (the document's own
    styles) in styles.xml's office:styles; `encrypted`: the manifest says content.xml was encrypted with a password."""
    automatic = f"<office:automatic-styles>{automatic_styles}</office:automatic-styles>" if automatic_styles else ""
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODF_NAMESPACES} office:version="1.3">'
               f"{automatic}<office:body><{office_body}>{body}</{office_body}></office:body>"
               "</office:document-content>")
    styles = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-styles {ODF_NAMESPACES} office:version="1.3">'
              f"<office:styles>{named_styles}</office:styles></office:document-styles>") if named_styles else ""
    encryption = ('<manifest:encryption-data manifest:checksum-type="SHA1/1K" manifest:checksum="AAAA">'
                  '<manifest:algorithm manifest:algorithm-name="Blowfish CFB" manifest:initialisation-vector="AAAA"/>'
                  '<manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:iteration-count="1024" '
                  'manifest:salt="AAAA"/></manifest:encryption-data>') if encrypted else ""
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/>'
                f'<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">{encryption}'
                "</manifest:file-entry></manifest:manifest>")
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), mimetype, compress_type=zipfile.ZIP_STORED)
        z.writestr("META-INF/manifest.xml", manifest, compress_type=zipfile.ZIP_DEFLATED)
        z.writestr("content.xml", os.urandom(64) if encrypted else content, compress_type=zipfile.ZIP_DEFLATED)
        if styles:
            z.writestr("styles.xml", styles, compress_type=zipfile.ZIP_DEFLATED)
    return buf.getvalue()


# ------------------------------------------------------------------------------- an OpenDocument spreadsheet

ODS_STYLES = (  # a hidden sheet's table style; a count's, a per cent's (0.0%) and a date's (dd/mm/yyyy) cell styles
    '<style:style style:name="ta1" style:family="table"><style:table-properties table:display="true"/></style:style>'
    '<style:style style:name="ta2" style:family="table"><style:table-properties table:display="false"/></style:style>'
    '<number:percentage-style style:name="N11"><number:number number:decimal-places="1" '
    'number:min-integer-digits="1"/><number:text>%</number:text></number:percentage-style>'
    '<number:date-style style:name="N37"><number:day number:style="long"/><number:text>/</number:text>'
    '<number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/>'
    '</number:date-style>'
    '<number:date-style style:name="N40"><number:month number:textual="true"/><number:text>-</number:text>'
    '<number:year/></number:date-style>'
    '<style:style style:name="ce3" style:family="table-cell" style:data-style-name="N11"/>'
    '<style:style style:name="ce4" style:family="table-cell" style:data-style-name="N37"/>'
    '<style:style style:name="ce5" style:family="table-cell" style:data-style-name="N40"/>')


def ods_text(text: str, repeat: int = 1) -> str:
    across = f' table:number-columns-repeated="{repeat}"' if repeat > 1 else ""
    return (f'<table:table-cell office:value-type="string"{across}><text:p>{_escape_xml(text)}</text:p>'
            "</table:table-cell>")


def ods_float(value: float, shown: str | None = None) -> str:
    return (f'<table:table-cell office:value-type="float" office:value="{value}"><text:p>{shown or value}</text:p>'
            "</table:table-cell>")


def ods_percent(fraction: float, shown: str) -> str:
    return (f'<table:table-cell table:style-name="ce3" office:value-type="percentage" office:value="{fraction}">'
            f"<text:p>{shown}</text:p></table:table-cell>")


def ods_date(iso: str, shown: str, style: str = "ce4") -> str:
    return (f'<table:table-cell table:style-name="{style}" office:value-type="date" office:date-value="{iso}">'
            f"<text:p>{shown}</text:p></table:table-cell>")


def ods_empty(repeat: int = 1) -> str:
    return f'<table:table-cell table:number-columns-repeated="{repeat}"/>' if repeat > 1 else "<table:table-cell/>"


def ods_row(*cells: str, repeat: int = 1, hidden: bool = False) -> str:
    """A row of cells, the sheet's unused columns to its edge as one repeated empty cell, as Calc ends a row."""
    attrs = (f' table:number-rows-repeated="{repeat}"' if repeat > 1 else "") + (
        ' table:visibility="collapse"' if hidden else "")
    return f"<table:table-row{attrs}>{''.join(cells)}{ods_empty(16384 - len(cells))}</table:table-row>"


def ods_sheet(name: str, *rows: str, hidden: bool = False, columns: str = "") -> str:
    """A sheet: its rows, then the empty rows to the sheet's foot as one row repeated a million times."""
    columns = columns or '<table:table-column table:number-columns-repeated="16384"/>'
    style = "ta2" if hidden else "ta1"
    return (f'<table:table table:name="{_escape_xml(name)}" table:style-name="{style}">{columns}{"".join(rows)}'
            f'<table:table-row table:number-rows-repeated="1048000">{ods_empty(16384)}</table:table-row>'
            "</table:table>")


def make_ods(*sheets: str, mimetype: str = ODS_MIMETYPE, encrypted: bool = False) -> bytes:
    """An OpenDocument spreadsheet (.ods) of `sheets` (ods_sheet's XML) with the styles above, as Calc zips one."""
    return make_odt("".join(sheets), mimetype, ODS_STYLES, office_body="office:spreadsheet", encrypted=encrypted)


XLSX_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
XLSX_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


def make_xlsx(sheets: list[tuple[str, str] | tuple[str, str, str]], strings: list[str] = (),
              formats: list[int | str] = (), date1904: bool = False) -> bytes:
    """An Excel workbook (.xlsx) as Excel lays one out: `sheets` are (name, the worksheet's inner XML: cols,
    sheetData, mergeCells[, state]); `strings` the shared strings; `formats` each cell style's number format, a
    built-in id or a custom format code (style 0 is General)."""
    custom = {code: 164 + k for k, code in enumerate(dict.fromkeys(f for f in formats if isinstance(f, str)))}
    num_fmts = "".join(f'<numFmt numFmtId="{i}" formatCode="{_escape_xml(c)}"/>' for c, i in custom.items())
    xfs = "".join(f'<xf numFmtId="{custom.get(f, f)}" fontId="0" fillId="0" borderId="0" xfId="0"/>'
                  for f in [0, *formats])
    styles = (f'<styleSheet xmlns="{XLSX_MAIN}"><numFmts count="{len(custom)}">{num_fmts}</numFmts>'
              '<fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders>'
              f'<cellXfs count="{len(formats) + 1}">{xfs}</cellXfs></styleSheet>')
    sst = (f'<sst xmlns="{XLSX_MAIN}" count="{len(strings)}" uniqueCount="{len(strings)}">'
           + "".join(f"<si><t>{_escape_xml(t)}</t></si>" for t in strings) + "</sst>")
    listed = "".join(f'<sheet name="{_escape_xml(sheet[0])}" sheetId="{k + 1}" r:id="rId{k + 1}"'
                     + (f' state="{sheet[2]}"' if len(sheet) > 2 else "") + "/>" for k, sheet in enumerate(sheets))
    pr = '<workbookPr date1904="1"/>' if date1904 else "<workbookPr/>"
    workbook = f'<workbook xmlns="{XLSX_MAIN}" xmlns:r="{XLSX_REL}">{pr}<sheets>{listed}</sheets></workbook>'
    rels = "".join(f'<Relationship Id="rId{k + 1}" Type="{XLSX_REL}/worksheet" Target="worksheets/sheet{k + 1}.xml"/>'
                   for k in range(len(sheets)))
    rels += (f'<Relationship Id="rId90" Type="{XLSX_REL}/styles" Target="styles.xml"/>'
             f'<Relationship Id="rId91" Type="{XLSX_REL}/sharedStrings" Target="sharedStrings.xml"/>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')
        z.writestr("xl/workbook.xml", workbook)
        z.writestr("xl/_rels/workbook.xml.rels",
                   f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}'
                   "</Relationships>")
        z.writestr("xl/styles.xml", styles)
        z.writestr("xl/sharedStrings.xml", sst)
        for k, sheet in enumerate(sheets):
            z.writestr(f"xl/worksheets/sheet{k + 1}.xml", f'<worksheet xmlns="{XLSX_MAIN}">{sheet[1]}</worksheet>')
    return buf.getvalue()


def _escape_xml(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


def refused(raw: bytes, name: str, limits=None):  # noqa: ANN001, ANN201 - data.ingest's Limits and IngestError
    """The IngestError reading `raw` as `name` raises: a message naming the file, never a traceback."""
    import pytest

    from data.ingest import IngestError, Limits, read_document

    with pytest.raises(IngestError) as err:
        read_document(raw, name, limits or Limits())
    assert err.value.message and "Traceback" not in err.value.message
    assert name in err.value.message, "the message names the file"
    return err.value
