"""What the corpus's file generators (make_NNN_pdf.py, make_NNN_docx.py, make_NNN_odt.py, the workbooks') share:
printing a page of HTML to a PDF with the local headless Chromium, saving a Word document with fixed zip entry times,
and writing an OpenDocument file's or a workbook's parts as a zip with fixed entry times.

The generators are run by hand from the repository root (`python tests/corpus/make_122_pdf.py`), so they import this
as a sibling module; the tests read the committed files, never the generators.
"""
from __future__ import annotations

import io
import pathlib
import subprocess
import tempfile
import zipfile

CHROMIUM = "/usr/bin/chromium"


def print_to_pdf(html: str, pdf: pathlib.Path) -> pathlib.Path:
    """Print `html` to `pdf` with headless Chromium (no header or footer, a throwaway profile, nothing fetched: the
    pages use local fonts only)."""
    tmp = pathlib.Path(tempfile.mkdtemp(prefix=f"{pdf.stem}_"))
    page = tmp / f"{pdf.stem}.html"
    page.write_text(html, encoding="utf-8")
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
           f"--user-data-dir={tmp / 'profile'}", f"--print-to-pdf={pdf}", page.as_uri()]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120,
                   env={"HOME": str(tmp), "PATH": "/usr/bin:/bin"})
    return pdf


# every OpenDocument namespace the .odt and .ods generators declare, by the prefix LibreOffice gives it
ODF_NAMESPACES = {
    "office": "urn:oasis:names:tc:opendocument:xmlns:office:1.0",
    "style": "urn:oasis:names:tc:opendocument:xmlns:style:1.0",
    "text": "urn:oasis:names:tc:opendocument:xmlns:text:1.0",
    "table": "urn:oasis:names:tc:opendocument:xmlns:table:1.0",
    "draw": "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0",
    "fo": "urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0",
    "xlink": "http://www.w3.org/1999/xlink",
    "dc": "http://purl.org/dc/elements/1.1/",
    "meta": "urn:oasis:names:tc:opendocument:xmlns:meta:1.0",
    "number": "urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0",
    "svg": "urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0",
    "ooo": "http://openoffice.org/2004/office",
    "officeooo": "http://openoffice.org/2009/office",
    "loext": "urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0",
    "calcext": "urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0",
}


def xmlns(*prefixes: str) -> str:
    """The namespace declarations of `prefixes`, in that order ('xmlns:office="urn:oasis:..." xmlns:style=...')."""
    return " ".join(f'xmlns:{p}="{ODF_NAMESPACES[p]}"' for p in prefixes)


ODT_MIME = "application/vnd.oasis.opendocument.text"
ODS_MIME = "application/vnd.oasis.opendocument.spreadsheet"


def odt_manifest(head: str, mime: str = ODT_MIME) -> str:
    """An OpenDocument file's META-INF/manifest.xml as LibreOffice writes it (`head`: its XML declaration; `mime`: a
    text document's or a spreadsheet's media type)."""
    return (head + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
            'manifest:version="1.3">'
            f' <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="{mime}"/>'
            ' <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            ' <manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
            ' <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
            "</manifest:manifest>")


def write_zip(out: pathlib.Path, parts, date_time: tuple[int, int, int, int, int, int]) -> None:
    """Write `parts` ((name, text, compression) in order) to the zip `out`, every entry stamped `date_time` and made
    on no particular system, so the same parts give the same bytes."""
    with zipfile.ZipFile(out, "w") as z:
        for name, data, how in parts:
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = how
            info.create_system = 0
            info.external_attr = 0
            z.writestr(info, data.encode("utf-8"))


def write_odt(out: pathlib.Path, date_time: tuple[int, int, int, int, int, int], head: str, content: str,
              styles: str, meta: str, mime: str = ODT_MIME) -> None:
    """An OpenDocument file (a text document, or with `mime` ODS_MIME a spreadsheet) as LibreOffice zips one: the
    mimetype first and stored, then the manifest, content.xml, styles.xml and meta.xml, every entry stamped
    `date_time`."""
    write_zip(out, [("mimetype", mime, zipfile.ZIP_STORED),
                    ("META-INF/manifest.xml", odt_manifest(head, mime), zipfile.ZIP_DEFLATED),
                    ("content.xml", content, zipfile.ZIP_DEFLATED),
                    ("styles.xml", styles, zipfile.ZIP_DEFLATED),
                    ("meta.xml", meta, zipfile.ZIP_DEFLATED)], date_time)


def save_docx(document, out: pathlib.Path, date_time: tuple[int, int, int, int, int, int]) -> None:
    """Save a python-docx document to `out` with every zip entry stamped `date_time`, so the file's bytes do not
    change between runs."""
    buf = io.BytesIO()
    document.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    packed = io.BytesIO()
    with zipfile.ZipFile(packed, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            entry = zipfile.ZipInfo(info.filename, date_time=date_time)
            entry.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(entry, src.read(info.filename))
    out.write_bytes(packed.getvalue())


def fill_cells(table, rows, start=0) -> None:
    """Write `rows` (tuples of cell texts; None leaves a cell, such as the lower part of a merge, as it is) into a
    python-docx table from row `start`."""
    for i, row in enumerate(rows, start):
        for j, text in enumerate(row):
            if text is not None:
                table.cell(i, j).text = text


def add_field(paragraph, instr, cached) -> None:
    """Append a complex field (PAGE, NUMPAGES) with its cached result to a python-docx paragraph, as Word saves it."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    def field_char(kind):
        r = OxmlElement("w:r")
        c = OxmlElement("w:fldChar")
        c.set(qn("w:fldCharType"), kind)
        r.append(c)
        return r
    paragraph._p.append(field_char("begin"))
    r = OxmlElement("w:r")
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = f" {instr} \\* MERGEFORMAT "
    r.append(t)
    paragraph._p.append(r)
    paragraph._p.append(field_char("separate"))
    paragraph.add_run(cached)
    paragraph._p.append(field_char("end"))


def set_core_properties(document, when, author: str, last_modified_by: str, title: str, revision: int) -> None:
    """A Word document's core properties, its dates all fixed at `when` (a datetime), so its bytes do not change."""
    props = document.core_properties
    props.author = author
    props.last_modified_by = last_modified_by
    props.title = title
    props.created = props.modified = props.last_printed = when
    props.revision = revision


def word_element(tag: str, **attrs):
    """A WordprocessingML element (`w:...`) with its attributes, for the XML python-docx does not write."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    element = OxmlElement(tag)
    for name, value in attrs.items():
        element.set(qn(name), str(value))
    return element


def numbering_level(ilvl: int, text: str, fmt: str = "decimal", start: int = 1, indent: int = 567,
                    hanging: int = 567):
    """One level (`w:lvl`) of a Word list or heading numbering: its number format, its text ('%1.%2') and indent."""
    level = word_element("w:lvl", **{"w:ilvl": ilvl})
    level.append(word_element("w:start", **{"w:val": start}))
    level.append(word_element("w:numFmt", **{"w:val": fmt}))
    level.append(word_element("w:lvlText", **{"w:val": text}))
    level.append(word_element("w:lvlJc", **{"w:val": "left"}))
    paragraph_props = word_element("w:pPr")
    paragraph_props.append(word_element("w:ind", **{"w:left": indent, "w:hanging": hanging}))
    level.append(paragraph_props)
    return level


def number_paragraph(paragraph, num_id: int, ilvl: int):
    """Give a python-docx paragraph Word's automatic number `num_id` at level `ilvl` (w:numPr after its style)."""
    from docx.oxml.ns import qn

    props = paragraph._p.get_or_add_pPr()
    numbering = word_element("w:numPr")
    numbering.append(word_element("w:ilvl", **{"w:val": ilvl}))
    numbering.append(word_element("w:numId", **{"w:val": num_id}))
    props.insert(1 if props.find(qn("w:pStyle")) is not None else 0, numbering)
    return paragraph
