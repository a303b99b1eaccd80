"""Find and read the source documents (Market Position Statements).

The documents are never copied into this repository: they are read at run time from
`../shared/seeds/` beside the clone, or from the folder named by `CMA_SEEDS_DIR`.
Every figure the atlas publishes points back to a line of one of these files.
"""
from __future__ import annotations

import csv
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
REGISTRY_DIR = Path(__file__).resolve().parent / "registry"
DOCUMENTS_CSV = REGISTRY_DIR / "documents.csv"
SEEDS_ENV = "CMA_SEEDS_DIR"
REGISTRY_ENV = "CMA_DOCUMENTS_CSV"


class DocumentError(Exception):
    """A document is missing, unreadable or not what its spec expects.

    Raised with a message meant for a person (CLI or UI), never a traceback.
    """


@dataclass(frozen=True)
class DocumentInfo:
    doc_id: str
    title: str
    publisher: str
    authorities: tuple[str, ...]
    period: str
    published: str
    seed_file: str
    spec: str
    notes: str = ""


@dataclass
class Document:
    info: DocumentInfo
    path: Path
    lines: list[str] = field(repr=False)

    @property
    def doc_id(self) -> str:
        return self.info.doc_id

    def line(self, number: int) -> str:
        """Line `number` (1-based, as editors and locators count)."""
        if not 1 <= number <= len(self.lines):
            raise DocumentError(
                f"{self.info.seed_file} has {len(self.lines)} lines; line {number} does not exist"
            )
        return self.lines[number - 1]

    def find(self, needle: str, start: int = 1, end: int | None = None) -> int:
        """First line number at or after `start` containing `needle` (case-insensitive).

        Specs locate figures by a short phrase rather than a fixed line number, so a
        re-issued document with shifted lines still extracts, and a changed one fails loudly.
        """
        low = needle.lower()
        stop = len(self.lines) if end is None else min(end, len(self.lines))
        for n in range(max(start, 1), stop + 1):
            if low in self.lines[n - 1].lower():
                return n
        raise DocumentError(
            f"{self.info.seed_file} ({self.doc_id}): expected text {needle!r} not found "
            f"from line {start}; the document may have changed or be the wrong file"
        )


def seeds_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Where the documents live: an explicit path, then $CMA_SEEDS_DIR, then ../shared/seeds."""
    if override:
        return Path(override)
    env = os.environ.get(SEEDS_ENV)
    if env:
        return Path(env)
    return REPO_ROOT.parent / "shared" / "seeds"


def registry_path() -> Path:
    """The document registry: data/registry/documents.csv, or the file named by $CMA_DOCUMENTS_CSV
    (a trial registry, e.g. a promoted document checked in a temporary folder)."""
    env = os.environ.get(REGISTRY_ENV)
    return Path(env) if env else DOCUMENTS_CSV


def document_registry() -> tuple[DocumentInfo, ...]:
    path = registry_path()
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        raise DocumentError(f"The document registry {path} does not exist.") from None
    return _read_registry(path, mtime)


@lru_cache(maxsize=4)
def _read_registry(path: Path, mtime: int) -> tuple[DocumentInfo, ...]:
    with path.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return tuple(
        DocumentInfo(
            doc_id=r["doc_id"],
            title=r["title"],
            publisher=r["publisher"],
            authorities=tuple(a for a in r["authorities"].split("|") if a),
            period=r["period"],
            published=r["published"],
            seed_file=r["seed_file"],
            spec=r["spec"],
            notes=r.get("notes", ""),
        )
        for r in rows
    )


def document_info(doc_id: str) -> DocumentInfo:
    for info in document_registry():
        if info.doc_id == doc_id:
            return info
    known = ", ".join(i.doc_id for i in document_registry())
    raise DocumentError(f"Unknown document {doc_id!r}. Known documents: {known}")


def read_document(doc_id: str, seeds: str | os.PathLike[str] | None = None) -> Document:
    """Read one registered document, with a clear DocumentError for every way it can fail."""
    info = document_info(doc_id)
    folder = seeds_dir(seeds)
    path = folder / info.seed_file
    if not path.is_file():
        raise DocumentError(
            f"Document {doc_id!r} not found: expected {path}. Put the seed files in "
            f"../shared/seeds beside the clone, or set {SEEDS_ENV} to their folder."
        )
    raw = path.read_bytes()
    if not raw.strip():
        raise DocumentError(f"Document {doc_id!r} ({path}) is empty.")
    if b"\x00" in raw:
        raise DocumentError(f"Document {doc_id!r} ({path}) is binary, not a text document.")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DocumentError(
            f"Document {doc_id!r} ({path}) is not valid UTF-8 text (byte {exc.start})."
        ) from None
    return Document(info=info, path=path, lines=text.splitlines())


def passage(doc_id: str, line: int, context: int = 0, seeds: str | os.PathLike[str] | None = None) -> list[tuple[int, str]] | None:
    """The original lines around a locator, or None when the document is not available here.

    Used by the Data and sources page to show where a figure came from; the text is
    read live from the local document and never stored in the repository.
    """
    try:
        doc = read_document(doc_id, seeds)
    except DocumentError:
        return None
    lo = max(1, line - context)
    hi = min(len(doc.lines), line + context)
    return [(n, doc.lines[n - 1]) for n in range(lo, hi + 1)]
