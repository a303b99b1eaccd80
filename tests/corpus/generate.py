"""What the corpus's file generators (make_NNN_pdf.py, make_NNN_docx.py) share: printing a page of HTML to a PDF with
the local headless Chromium, and saving a Word document with fixed zip entry times.

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
