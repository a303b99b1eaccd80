"""Reading the source documents (data/seeds.py): every way a document can be wrong gets a clear message."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from data.seeds import SEEDS_ENV, DocumentError, document_info, document_registry, passage, read_document, seeds_dir

KENT = "kent-community-mps-2016"


def _seed(tmp_path: Path, doc_id: str, content: bytes) -> Path:
    path = tmp_path / document_info(doc_id).seed_file
    path.write_bytes(content)
    return path


def test_every_registered_document_reads_from_the_shared_seeds() -> None:
    for info in document_registry():
        doc = read_document(info.doc_id)
        assert doc.doc_id == info.doc_id
        assert doc.path.name == info.seed_file
        assert len(doc.lines) > 100


def test_missing_file_says_where_it_looked_and_how_to_fix(tmp_path: Path) -> None:
    with pytest.raises(DocumentError) as info:
        read_document(KENT, tmp_path)
    message = str(info.value)
    assert "not found" in message and str(tmp_path) in message and SEEDS_ENV in message


@pytest.mark.parametrize("content", [b"", b"  \n\n\t \n"])
def test_empty_document(tmp_path: Path, content: bytes) -> None:
    _seed(tmp_path, KENT, content)
    with pytest.raises(DocumentError, match="is empty"):
        read_document(KENT, tmp_path)


def test_binary_document(tmp_path: Path) -> None:
    _seed(tmp_path, KENT, b"%PDF-1.7\n\x00\x01\x02 stream")
    with pytest.raises(DocumentError, match="binary"):
        read_document(KENT, tmp_path)


def test_non_utf8_document_names_the_byte(tmp_path: Path) -> None:
    real = read_document(KENT).path.read_bytes()
    _seed(tmp_path, KENT, real[:200] + "café".encode("latin-1") + real[200:])
    with pytest.raises(DocumentError, match="not valid UTF-8") as info:
        read_document(KENT, tmp_path)
    assert "byte 203" in str(info.value)


def test_seeds_folder_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copy(read_document(KENT).path, tmp_path)
    monkeypatch.setenv(SEEDS_ENV, str(tmp_path))
    assert seeds_dir() == tmp_path
    assert read_document(KENT).path == tmp_path / document_info(KENT).seed_file
    # an explicit folder wins over the environment
    other = tmp_path / "other"
    other.mkdir()
    assert seeds_dir(other) == other
    with pytest.raises(DocumentError, match="not found"):
        read_document(KENT, other)


def test_unknown_document_lists_known_ones() -> None:
    with pytest.raises(DocumentError) as info:
        read_document("no-such-doc")
    assert "no-such-doc" in str(info.value) and KENT in str(info.value)


def test_find_is_case_insensitive_and_honours_start() -> None:
    doc = read_document(KENT)
    first = doc.find("unpaid care provision")
    assert doc.line(first).startswith("Unpaid Care Provision")
    assert doc.find("Ashford", first) > first
    with pytest.raises(DocumentError, match="not found from line"):
        doc.find("Unpaid Care Provision", first + 1, first + 5)


def test_line_out_of_range() -> None:
    doc = read_document(KENT)
    with pytest.raises(DocumentError, match="does not exist"):
        doc.line(len(doc.lines) + 1)
    with pytest.raises(DocumentError, match="does not exist"):
        doc.line(0)


def test_passage_shows_the_lines_around_a_locator(tmp_path: Path) -> None:
    doc = read_document(KENT)
    at = doc.find("Unpaid Care Provision")
    got = passage(KENT, at, context=1)
    assert got == [(at - 1, doc.line(at - 1)), (at, doc.line(at)), (at + 1, doc.line(at + 1))]
    assert passage(KENT, at, seeds=tmp_path) is None  # no document here: the page says so instead of failing
