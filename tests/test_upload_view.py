"""Messages of 'Check a new document' read as English: counts agree with their nouns."""
from __future__ import annotations

from components.theme import plural
from components.upload_view import found_text
from data.preview import preview_document


def test_plural_agrees_with_the_count():
    assert plural(0, "table") == "0 tables"
    assert plural(1, "table") == "1 table"
    assert plural(2, "table") == "2 tables"
    assert plural(1204, "line") == "1,204 lines"


def test_one_table_is_one_table():
    text = ("Made-up Shire Market Position Statement\n\nTable 1: Carers by district\n"
            "District\tCarers\nNorthvale\t1,200\nSouthvale\t900\n")
    preview = preview_document(text.encode("utf-8"), "made-up.txt")
    assert len(preview.tables) == 1
    assert found_text(preview) == f"Read {preview.lines} lines; found 1 table with figures."
