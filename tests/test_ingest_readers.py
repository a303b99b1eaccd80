"""Reading uploads: every format, and one clear message per bad or hostile input (data/ingest/readers.py)."""
from __future__ import annotations

import os
import random

import pytest

from data.ingest import IngestError, Limits, read_document
from tests.ingest_fixtures import make_docx, make_pdf, refused, zip_bomb_docx



def test_text_and_markdown_are_read_as_lines():
    raw = "Carers\r\nThere are 4,200 unpaid carers.\n".encode("utf-8-sig")
    assert read_document(raw, "a.txt") == ["Carers", "There are 4,200 unpaid carers.", ""]
    assert read_document(b"# Heading\ntext", "b.md") == ["# Heading", "text"]


def test_a_path_is_read_too(tmp_path):
    p = tmp_path / "statement.txt"
    p.write_text("Extra care\nThere are 7 extra care schemes.\n", encoding="utf-8")
    assert read_document(p)[1] == "There are 7 extra care schemes."


def test_docx_paragraphs_and_tables_in_order_with_tabs():
    raw = make_docx(["# Extra care", "Before the table."], table=[["Area", "Units"], ["Ashton", "120"]], after=["After."])
    lines = read_document(raw, "s.docx")
    assert lines.index("Before the table.") < lines.index("Area\tUnits") < lines.index("Ashton\t120") < lines.index("After.")


def test_text_pdf_tables_come_out_tab_separated():
    raw = make_pdf([["Carers in Ashton", "There are 4,200 unpaid carers."]],
                   table=[["Area", "2011", "2021"], ["Ashton", "4,100", "4,200"]])
    lines = read_document(raw, "s.pdf")
    assert "There are 4,200 unpaid carers." in lines
    assert "Area\t2011\t2021" in lines and "Ashton\t4,100\t4,200" in lines


def test_text_pdf_keeps_wide_gaps_blank_lines_and_a_header_over_an_empty_cell():
    # an unruled table and key figures side by side: pdfplumber's own text joined every gap with one space, so
    # 'Babergh   10,120' and '84,310   13,950' read as runs of words, and it wrote no blank lines at all
    left = ["Key facts", "", "84,310", "unpaid carers", "", "", "Babergh", "Ipswich"]
    right = ["", "", "13,950", "people with dementia", "", "2021", "10,120", "13,460"]
    lines = read_document(make_pdf([left], right=[right]), "facts.pdf")
    assert lines[:2] == ["Key facts", ""]  # the space under a heading is a blank line, as a converter writes it
    assert [line.split() for line in lines if "   " in line] == [
        ["84,310", "13,950"], ["unpaid", "carers", "people", "with", "dementia"], ["2021"], ["Babergh", "10,120"],
        ["Ipswich", "13,460"]]
    header = next(line for line in lines if line.strip() == "2021")
    assert header.index("2021") == next(line for line in lines if "Babergh" in line).index("10,120") > 20


def test_text_pdf_prose_keeps_one_space_between_words():
    raw = make_pdf([["There are 4,200 unpaid carers in Ashton, and 1,300 of them care for 50 hours or more."]])
    assert "There are 4,200 unpaid carers in Ashton, and 1,300 of them care for 50 hours or more." in read_document(
        raw, "prose.pdf")


def test_empty_file():
    assert refused(b"", "empty.txt").reason == "empty"
    assert refused(b"  \n\n ", "blank.txt").reason == "empty"


def test_random_bytes_are_binary():
    rng = random.Random(9)
    raw = bytes(rng.randrange(256) for _ in range(4096))
    assert refused(raw, "noise.txt").reason == "binary"


def test_latin1_text_is_not_utf8_and_says_which_byte():
    err = refused("Carers’ café £5".encode("cp1252"), "latin.txt")
    assert err.reason == "encoding" and "byte" in err.message and "UTF-8" in err.message


def test_oversize_text():
    err = refused(b"a" * 2048, "big.txt", Limits(text_bytes=1024))
    assert err.reason == "oversize" and "limit" in err.message


def test_oversize_path_is_refused_before_reading(tmp_path):
    p = tmp_path / "big.pdf"
    with p.open("wb") as fh:
        fh.truncate(3 * 1024 * 1024)
    with pytest.raises(IngestError) as err:
        read_document(p, limits=Limits(file_bytes=1024 * 1024))
    assert err.value.reason == "oversize"


def test_unknown_format_and_old_word():
    assert refused(b"x", "slides.pptx").reason == "format"
    assert refused(b"x", "sheet.xlsx").reason == "corrupt"  # (a workbook is read now: this one is no zip)
    assert refused(b"\xd0\xcf\x11\xe0" + b"\0" * 100, "old.doc").reason == "format"


def test_pdf_named_as_text_is_binary():
    assert refused(make_pdf([["x"]]), "statement.txt").reason == "binary"


def test_docx_zip_bomb_is_refused_before_parsing():
    bomb = zip_bomb_docx(80 << 20)  # 80 MB of zeros in a ~0.1 MB file
    err = refused(bomb, "bomb.docx")
    assert err.reason == "bomb" and "expand" in err.message


def test_docx_over_the_expanded_size_limit_even_at_a_low_ratio():
    raw = make_docx(["A statement."])
    assert refused(raw, "small.docx", Limits(docx_expanded_bytes=1000)).reason == "bomb"


def test_damaged_docx_and_zip_that_is_not_word():
    assert refused(b"PK\x03\x04 not really a zip", "broken.docx").reason == "corrupt"
    import io
    import zipfile
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("hello.txt", "hi")
    assert refused(buf.getvalue(), "archive.docx").reason == "format"


def test_scanned_pdf_with_no_text():
    err = refused(make_pdf([["x"], ["y"]], text=False), "scan.pdf")
    assert err.reason == "scanned" and "scanned" in err.message


def test_pdf_with_too_many_pages_is_refused():
    raw = make_pdf([[f"Page {n}"] for n in range(12)])
    err = refused(raw, "long.pdf", Limits(pdf_pages=10))
    assert err.reason == "pages" and "12 pages" in err.message


def test_pdf_that_parses_too_long_is_stopped():
    raw = make_pdf([["Carers"]])
    err = refused(raw, "slow.pdf", Limits(pdf_seconds=0.01))
    assert err.reason == "timeout" and "stopped" in err.message


def test_damaged_pdf():
    assert refused(b"%PDF-1.4\n garbage " + os.urandom(200), "broken.pdf").reason == "corrupt"
    assert refused(b"not a pdf at all", "fake.pdf").reason == "format"
