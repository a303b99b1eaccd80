"""Promote a reviewed document to a curated one: its declarative spec + a registry row.

    python -m data.ingest promote REVIEW.csv --document FILE --authority CODE --doc-id ID [--title ...]
    python -m data.ingest promote --from-db USER_DOC_ID --doc-id ID [--title ...]

REVIEW.csv is an accepted review in the proposer's columns (every row in it is kept); with
--from-db the review is the latest one saved in the user-data store. The spec is tried on the
document before anything is written; then data/specs/<name>.yaml and a row of
data/registry/documents.csv are written (each atomically), and the document's text as read is
put beside the other documents (the seeds folder) if it is not there yet. `make data` then
includes it. Bad input gets a message, never a traceback, and nothing is half-written.
"""
from __future__ import annotations

import argparse
import csv
import io
import math
import os
import re
import sys
import tempfile
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from data.document_formats import FORMATS
from data.seeds import DOCUMENTS_CSV, Document, DocumentError, DocumentInfo, registry_path, seeds_dir
from data.specs import runner
from data.specs.writer import REVIEW_COLUMNS, dump_spec, spec_from_review

REGISTRY_COLUMNS = ("doc_id", "short_name", "title", "publisher", "authorities", "period", "published",
                    "seed_file", "spec", "notes")
MAX_REVIEW_BYTES = 5 * 1024 * 1024


class PromoteError(DocumentError):
    """Promotion refused; the message says why. Nothing was written."""


@dataclass(frozen=True)
class Promoted:
    doc_id: str
    spec_file: Path
    registry: Path
    seed_file: Path
    seed_written: bool
    n_measures: int
    n_procurements: int


# ------------------------------------------------------------------ reading the review and the document

def read_review(path: Path) -> list[dict[str, str]]:
    """An accepted review CSV (the proposer's columns; extra columns are ignored)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PromoteError(f"cannot read the review {path}: {exc.strerror or exc}") from None
    if len(raw) > MAX_REVIEW_BYTES:
        raise PromoteError(f"the review {path.name} is over {MAX_REVIEW_BYTES // 1_000_000} MB; is it the right file?")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise PromoteError(f"the review {path.name} is not UTF-8 text (a CSV saved from the review)") from None
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in ("line", "kind", "measure", "area_code", "period", "value") if c not in (reader.fieldnames or [])]
    if missing:
        raise PromoteError(f"the review {path.name} has no column(s) {', '.join(missing)}; expected the proposer's "
                           f"columns: {', '.join(REVIEW_COLUMNS)}")
    rows = list(reader)
    if not rows:
        raise PromoteError(f"the review {path.name} has no rows: nothing was accepted")
    return rows


def read_lines(path: Path) -> list[str]:
    """The document's lines as the proposer read them (so the review's line numbers hold)."""
    try:
        from data.ingest.readers import read_document as ingest_read  # any format data/document_formats.py names
    except ImportError:  # the readers are not installed: plain UTF-8 text only
        ingest_read = None
    if ingest_read is not None:
        try:
            return ingest_read(path)
        except DocumentError as exc:
            raise PromoteError(getattr(exc, "message", None) or str(exc)) from None
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PromoteError(f"cannot read the document {path}: {exc.strerror or exc}") from None
    if not raw.strip() or b"\x00" in raw:
        raise PromoteError(f"the document {path.name} is empty or not text")
    try:
        return raw.decode("utf-8-sig").splitlines()
    except UnicodeDecodeError:
        raise PromoteError(f"the document {path.name} is not UTF-8 text") from None


def _cell(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if hasattr(value, "date") and not isinstance(value, str):  # a pandas Timestamp
        try:
            return value.date().isoformat()
        except (AttributeError, ValueError):
            return ""
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    return "" if text in ("NaT", "nan", "<NA>") else text


def review_from_store(doc_id: str, store: Any = None) -> tuple[list[dict[str, str]], list[str], str, str]:
    """(rows, lines, file name, authority) of a review saved in the user-data store."""
    from data.userdb import UserStore, UserStoreError

    store = store or UserStore()
    try:
        docs = store.documents()
        doc = docs[docs["doc_id"] == doc_id]
        if doc.empty:
            known = ", ".join(docs["doc_id"].head(10)) or "none"
            raise PromoteError(f"no saved document {doc_id!r} in {store.description} (saved: {known})")
        measures = store.measures()
        procurements = store.procurements()
        lines = [text for _, text in store.lines(doc_id)]
    except UserStoreError as exc:
        raise PromoteError(str(exc)) from None
    authority = str(doc.iloc[0]["authority"])
    rows: list[dict[str, str]] = []
    for _, m in measures[measures["doc_id"] == doc_id].iterrows():
        rows.append({"kind": "measure", "text": _cell(m["source_text"]),
                     **{c: _cell(m[c]) for c in ("line", "area_code", "area_name", "measure", "period", "value",
                                                 "unit", "qualifier", "breakdown")}})
    for _, p in procurements[procurements["doc_id"] == doc_id].iterrows():
        rows.append({"kind": "procurement", "area_code": _cell(p["authority"]), "text": _cell(p["source_text"]),
                     **{c: _cell(p[c]) for c in ("line", "service", "stage", "date_text", "earliest", "latest",
                                                 "term_months")}})
    if not rows:
        raise PromoteError(f"the saved document {doc_id!r} has no figures or dates to promote")
    return rows, lines, str(doc.iloc[0]["filename"]), authority


# ------------------------------------------------------------------ writing

def _atomic_write(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _registry_text(path: Path, row: dict[str, str], force: bool) -> str:
    """The registry with `row` appended (or replacing its doc_id's row with --force)."""
    if path.is_file():
        with path.open(newline="", encoding="utf-8") as fh:
            reader = csv.DictReader(fh)
            columns = list(reader.fieldnames or REGISTRY_COLUMNS)
            rows = list(reader)
    else:
        columns, rows = list(REGISTRY_COLUMNS), []
    same = [r for r in rows if r.get("doc_id") == row["doc_id"]]
    if same and not force:
        raise PromoteError(f"{row['doc_id']!r} is already in {path}; choose another --doc-id, or --force to replace it")
    clash = [r for r in rows if r.get("spec") == row["spec"] and r.get("doc_id") != row["doc_id"]]
    if clash:
        raise PromoteError(f"spec name {row['spec']!r} is already used by {clash[0]['doc_id']!r}; choose another --doc-id")
    rows = [r for r in rows if r.get("doc_id") != row["doc_id"]] + [row]
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=columns, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows({c: r.get(c, "") for c in columns} for r in rows)
    return buf.getvalue()


def spec_name(doc_id: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", doc_id.lower()).strip("_")


def promote(rows: list[dict[str, Any]], lines: list[str], *, doc_id: str, authority: str, title: str,
            publisher: str = "", period: str = "", published: str = "not stated", short_name: str = "",
            notes: str = "", source: str = "", registry: Path | None = None, specs: Path | None = None,
            seeds: Path | None = None, force: bool = False, dry_run: bool = False) -> tuple[Promoted, str]:
    """Write the spec and the registry row for a reviewed document; returns (what was written, the spec text)."""
    if not re.fullmatch(r"[a-z0-9][a-z0-9-]{2,63}", doc_id or ""):
        raise PromoteError(f"--doc-id {doc_id!r}: use 3-64 lower-case letters, digits and '-' (e.g. 'wessex-mps-2026')")
    if not lines:
        raise PromoteError("the document has no lines")
    registry = Path(registry or registry_path())
    specs_folder = runner.specs_dir(specs)
    seeds_folder = Path(seeds or seeds_dir())
    name = spec_name(doc_id)
    spec_file = runner.spec_path(name, specs_folder)
    if spec_file.exists() and not force:
        raise PromoteError(f"{spec_file} already exists; --force replaces it")
    seed_file = seeds_folder / f"{doc_id}.txt"
    text = "\n".join(lines) + "\n"
    seed_exists = seed_file.is_file()
    if seed_exists and seed_file.read_text(encoding="utf-8", errors="replace").splitlines() != list(lines):
        raise PromoteError(f"{seed_file} exists with other text; move it away or choose another --doc-id")
    info = DocumentInfo(doc_id=doc_id, title=title, publisher=publisher, authorities=(authority,), period=period,
                        published=published, seed_file=seed_file.name, spec=name, notes=notes)
    doc = Document(info=info, path=seed_file, lines=list(lines))
    about = f"Promoted from an accepted review{f' ({source})' if source else ''}: {len(rows)} rows."
    spec = spec_from_review(rows, doc, authority, about=about)
    # Try it before writing anything: every reviewed figure must be found again.
    ex = runner.run(doc, data=spec)
    n_measures = sum(1 for r in rows if (str(r.get("kind") or "measure")) == "measure")
    if len(ex.measures) != n_measures:
        raise PromoteError(f"the spec finds {len(ex.measures)} figures, the review has {n_measures}; nothing written")
    header = (f"{title} ({doc_id}).\nWritten by `python -m data.ingest promote` from an accepted review; "
              f"edit freely (see data/specs/README.md).")
    spec_text = dump_spec(spec, header)
    registry_text = _registry_text(registry, {
        "doc_id": doc_id, "short_name": short_name or title[:40], "title": title, "publisher": publisher,
        "authorities": authority, "period": period, "published": published, "seed_file": seed_file.name,
        "spec": name, "notes": notes or "Promoted from an analyst's review",
    }, force)
    promoted = Promoted(doc_id, spec_file, registry, seed_file, not seed_exists, len(ex.measures),
                        len(ex.procurements))
    if dry_run:
        return promoted, spec_text
    if not seed_exists:
        _atomic_write(seed_file, text)
    _atomic_write(spec_file, spec_text)
    _atomic_write(registry, registry_text)
    return promoted, spec_text


# ------------------------------------------------------------------ command line

def add_parser(sub: Any) -> argparse.ArgumentParser:
    p = sub.add_parser("promote", help="turn a reviewed document into a curated one (declarative spec + registry row)",
                       description=__doc__.splitlines()[0])
    p.add_argument("review", nargs="?", type=Path, help="accepted review CSV (the proposer's columns)")
    p.add_argument("--document", type=Path, help=f"the document the review was made on ({FORMATS})")
    p.add_argument("--from-db", metavar="USER_DOC_ID", help="promote a review saved in the user-data store instead")
    p.add_argument("--authority", help="area code of the document's council (default area); from the store with --from-db")
    p.add_argument("--doc-id", required=True, help="id of the curated document, e.g. wessex-mps-2026")
    p.add_argument("--title", help="document title (default: the file name)")
    p.add_argument("--publisher", default="", help="who published it")
    p.add_argument("--period", default="", help="the period it covers, e.g. 2026-2029")
    p.add_argument("--published", default="not stated", help="publication date as stated")
    p.add_argument("--short-name", default="", help="short name for captions (default: the title)")
    p.add_argument("--registry", type=Path, help=f"document registry to add the row to (default: {DOCUMENTS_CSV.name})")
    p.add_argument("--specs", type=Path, help="folder for the spec (default: data/specs)")
    p.add_argument("--seeds", type=Path, help="the documents' folder (default: ../shared/seeds or $CMA_SEEDS_DIR)")
    p.add_argument("--force", action="store_true", help="replace an existing spec / registry row of the same id")
    p.add_argument("--dry-run", action="store_true", help="print the spec; write nothing")
    p.set_defaults(func=run)
    return p


def run(args: argparse.Namespace) -> int:
    try:
        if args.from_db:
            if args.review or args.document:
                raise PromoteError("give either a review CSV with --document, or --from-db, not both")
            rows, lines, filename, authority = review_from_store(args.from_db)
            authority = args.authority or authority
            source = f"user-data review of {filename}"
        else:
            if not args.review or not args.document or not args.authority:
                raise PromoteError("give the review CSV, --document FILE and --authority CODE (or --from-db ID)")
            rows, lines = read_review(args.review), read_lines(args.document)
            filename, authority, source = args.document.name, args.authority, args.review.name
        promoted, spec_text = promote(
            rows, lines, doc_id=args.doc_id, authority=authority, title=args.title or Path(filename).stem,
            publisher=args.publisher, period=args.period, published=args.published, short_name=args.short_name,
            source=source, registry=args.registry, specs=args.specs, seeds=args.seeds, force=args.force,
            dry_run=args.dry_run)
    except DocumentError as exc:  # PromoteError, ReviewError, SpecError, a document that changed
        print(f"error: {exc}\nNothing was written.", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"error: cannot write: {exc.strerror or exc} ({getattr(exc, 'filename', '')})", file=sys.stderr)
        return 2
    if args.dry_run:
        print(spec_text, end="")
        return 0
    print(f"wrote {promoted.spec_file} ({promoted.n_measures} figures, {promoted.n_procurements} procurements)")
    print(f"added {promoted.doc_id} to {promoted.registry}")
    if promoted.seed_written:
        print(f"wrote the document's text to {promoted.seed_file}")
    print("Run `make data` (python -m data.extract) to include it in the atlas tables.")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m data.ingest")
    add_parser(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(argv)
    return args.func(args)


if __name__ == "__main__":
    sys.exit(main())
