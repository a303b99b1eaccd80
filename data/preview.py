"""Check a new council's document before it joins the atlas: is it readable, what tables does it hold?

Nothing here writes anything: a preview never touches the curated tables. Adding a
document for real means a registry row and a spec (see the README).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from data.seeds import Document, DocumentError, DocumentInfo
from data.tables import Table, TableRow, scan_tables


def layout_tables(lines: list[str]):  # noqa: ANN201 - data.ingest.layout.TableBlock, imported lazily
    from data.ingest.layout import analyse

    return analyse(lines).tables

MAX_UPLOAD_BYTES = 5 * 1024 * 1024
ALLOWED_SUFFIXES = (".txt", ".md", ".tsv")


@dataclass
class Preview:
    name: str
    lines: int
    tables: list[Table]
    areas_mentioned: list[tuple[str, str]]  # (code, name)


def decode_upload(raw: bytes, name: str) -> Document:
    """The upload as a Document, or a DocumentError saying plainly what is wrong with it."""
    if not name.lower().endswith(ALLOWED_SUFFIXES):
        raise DocumentError(f"{name!r} is not a text document: upload the statement saved as plain text (.txt).")
    if len(raw) > MAX_UPLOAD_BYTES:
        raise DocumentError(f"{name!r} is {len(raw) / 1e6:.1f} MB; the limit is {MAX_UPLOAD_BYTES / 1e6:.0f} MB.")
    if not raw.strip():
        raise DocumentError(f"{name!r} is empty.")
    if b"\x00" in raw[:4096] or raw.startswith(b"%PDF"):
        raise DocumentError(f"{name!r} is a binary file (a PDF or Word file?), not plain text: save it as .txt first.")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DocumentError(f"{name!r} is not UTF-8 text (byte {exc.start} cannot be read): save it as UTF-8.") from None
    info = DocumentInfo(doc_id="upload", title=name, publisher="", authorities=(), period="", published="",
                        seed_file=name, spec="")
    return Document(info=info, path=Path(name), lines=text.splitlines())


def preview_document(raw: bytes, name: str) -> Preview:
    from data.ingest.areas import area_name, find_areas

    doc = decode_upload(raw, name)
    tables = scan_tables(doc)
    # tables the tab reader cannot see (columns aligned with spaces, 'Label: value' lists) from the proposer's reader
    seen = {r.line for t in tables for r in t.header + t.rows}
    for block in layout_tables(doc.lines):
        if not any(r.line in seen for r in block.rows):
            tables.append(Table(block.title or " ".join(block.rows[0].cells[:1]), block.title_line,
                                [TableRow(r.line, r.cells) for r in block.header],
                                [TableRow(r.line, r.cells) for r in block.rows]))
    tables.sort(key=lambda t: t.title_line)
    # whole names only, as written ('Bury' is not found in 'Canterbury', nor 'Total' anywhere)
    codes = dict.fromkeys(hit.code for line in doc.lines for hit in find_areas(line))
    mentioned = [(code, area_name(code)) for code in codes]
    return Preview(name=name, lines=len(doc.lines), tables=tables, areas_mentioned=mentioned)
