"""Checking a new document: generic table discovery, and clear messages for files that cannot be read."""
from __future__ import annotations

import pytest

from data.preview import decode_upload, preview_document
from data.seeds import DocumentError
from tests.conftest import SEEDS, seed_line


def test_preview_finds_the_kent_tables_on_their_lines():
    raw = (SEEDS / "002_034f95b6eeefb17e.txt").read_bytes()
    preview = preview_document(raw, "kent.txt")
    starts = {t.title_line: t for t in preview.tables}
    carers = starts[432]  # the unpaid carers table's title line
    assert "unpaid carers" in seed_line("002_034f95b6eeefb17e.txt", 432).lower()
    assert [r.label for r in carers.rows][:2] == ["Ashford", "Canterbury"]
    assert carers.rows[-1].label == "England"
    assert ("E10000016", "Kent") in preview.areas_mentioned
    assert ("E07000112", "Shepway") in preview.areas_mentioned


def test_preview_reads_every_seed_document():
    for path in sorted(SEEDS.glob("*.txt")):
        preview = preview_document(path.read_bytes(), path.name)
        assert preview.lines == len(path.read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize(
    "raw, name, message",
    [
        (b"", "empty.txt", "is empty"),
        (b"%PDF-1.7\n\x00\x01binary", "statement.txt", "binary file"),
        (b"Caf\xe9 society\tnumbers", "latin1.txt", "not UTF-8"),
        (b"hello", "statement.pdf", "not a text document"),
        (b"x" * (5 * 1024 * 1024 + 1), "huge.txt", "the limit is"),
    ],
)
def test_malformed_uploads_get_a_clear_message(raw, name, message):
    with pytest.raises(DocumentError, match=message):
        decode_upload(raw, name)


def test_a_text_with_no_tables_previews_as_none_found():
    preview = preview_document("Intro\n\nNo tables here, only prose about Gateshead.\n".encode(), "prose.txt")
    assert preview.tables == [] and preview.areas_mentioned == [("E08000037", "Gateshead")]


def test_space_aligned_tables_and_label_lists_are_found_too():
    text = ("Carers by district\n\nDistrict        2011      2021\nAshton         4,100     4,200\nBrookfield     3,000     3,300\n\n"
            "Units per 1,000 people aged 65+\nAshton: 31\nBrookfield: 6\n")
    preview = preview_document(text.encode(), "madeup.txt")
    assert [(t.title_line, [r.label for r in t.rows]) for t in preview.tables] == [
        (1, ["Ashton", "Brookfield"]), (7, ["Ashton", "Brookfield"])]


def test_areas_are_found_by_whole_name_only():
    preview = preview_document("Canterbury carers. The total number rose.\n".encode(), "p.txt")
    assert preview.areas_mentioned == [("E07000106", "Canterbury")]  # not Bury inside it, not Kent for 'total'
