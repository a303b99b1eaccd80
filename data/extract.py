"""Regenerate the atlas tables from the documents, or check the committed ones.

    python -m data.extract            # rebuild data/measures.csv, procurements.csv, findings.csv
    python -m data.extract --check    # fail if the committed tables differ from a fresh extraction
    python -m data.extract --seeds /path/to/seeds

A broken or missing document stops the run with a message and writes nothing, so the
committed (curated) tables are never lost or half-overwritten.
"""
from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from data.csv_out import render_csv
from data.model import FINDING_COLUMNS, Extraction, Finding
from data.seeds import REGISTRY_ENV, DocumentError, document_registry, read_document
from data.specs import runner
from data.specs.runner import SPECS_ENV
from data.vocab import MEASURE_COLUMNS, PROCUREMENT_COLUMNS

DATA_DIR = Path(__file__).resolve().parent
OUTPUTS = {
    "measures": (DATA_DIR / "measures.csv", MEASURE_COLUMNS),
    "procurements": (DATA_DIR / "procurements.csv", PROCUREMENT_COLUMNS),
    "findings": (DATA_DIR / "findings.csv", FINDING_COLUMNS),
}


@dataclass
class Tables:
    measures: list[dict[str, object]]
    procurements: list[dict[str, object]]
    findings: list[dict[str, object]]


def run_spec(doc_id: str, seeds: str | None = None) -> Extraction:
    return runner.run(read_document(doc_id, seeds))


def extract_all(seeds: str | None = None) -> Tables:
    """Run every document's spec, then the cross-table validation, in a fixed order."""
    from data.validate import validate_tables

    extractions = [run_spec(info.doc_id, seeds) for info in document_registry()]
    measures = [r.as_dict() for e in extractions for r in e.measures]
    procurements = [r.as_dict() for e in extractions for r in e.procurements]
    measures.sort(key=lambda r: (r["doc_id"], r["line"], r["area_code"], r["measure"], r["period"], r["breakdown"]))
    procurements.sort(key=lambda r: (r["doc_id"], r["line"], r["procurement_id"]))
    findings: list[Finding] = [f for e in extractions for f in e.findings]
    findings += validate_tables(measures, procurements)
    finding_rows = [f.as_dict() for f in findings]
    finding_rows.sort(key=lambda r: (r["doc_id"], r["check"], r["line"], r["area_code"], r["measure"], r["period"], r["message"]))
    return Tables(measures, procurements, finding_rows)


def rendered(tables: Tables) -> dict[str, str]:
    return {name: render_csv(getattr(tables, name), cols) for name, (_, cols) in OUTPUTS.items()}


def write_tables(tables: Tables, out_dir: Path = DATA_DIR) -> list[Path]:
    """Write each table atomically: a crash mid-way leaves the previous file intact."""
    written = []
    for name, text in rendered(tables).items():
        target = out_dir / OUTPUTS[name][0].name
        fd, tmp = tempfile.mkstemp(dir=out_dir, prefix=f".{name}.", suffix=".tmp")
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, target)
        written.append(target)
    return written


def differences(tables: Tables, out_dir: Path = DATA_DIR) -> list[str]:
    """Human-readable differences between a fresh extraction and the committed tables."""
    problems = []
    for name, text in rendered(tables).items():
        path = out_dir / OUTPUTS[name][0].name
        if not path.exists():
            problems.append(f"{path.name}: missing (run `python -m data.extract`)")
            continue
        old = path.read_text(encoding="utf-8").splitlines()
        new = text.splitlines()
        if old != new:
            removed = [line for line in old if line not in set(new)]
            added = [line for line in new if line not in set(old)]
            problems.append(
                f"{path.name}: {len(old) - 1} committed rows vs {len(new) - 1} extracted; "
                f"{len(removed)} lines only in the committed file, {len(added)} only in the fresh extraction"
                + "".join(f"\n  - {line[:160]}" for line in removed[:5])
                + "".join(f"\n  + {line[:160]}" for line in added[:5])
            )
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m data.extract", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed tables; write nothing")
    parser.add_argument("--seeds", help="folder holding the seed documents (default: ../shared/seeds or $CMA_SEEDS_DIR)")
    parser.add_argument("--out", type=Path, default=DATA_DIR,
                        help="folder the tables are written to / checked against (default: data/)")
    parser.add_argument("--registry", help=f"document registry CSV (default: data/registry/documents.csv or ${REGISTRY_ENV})")
    parser.add_argument("--specs", help=f"folder of the documents' specs (default: data/specs or ${SPECS_ENV})")
    args = parser.parse_args(argv)
    if not args.out.is_dir():
        print(f"error: {args.out} is not a folder", file=sys.stderr)
        return 2
    # a trial registry and specs (e.g. a promoted document tried out in a temporary folder), for this run only
    saved = {env: os.environ.get(env) for env in (REGISTRY_ENV, SPECS_ENV)}
    for value, env in ((args.registry, REGISTRY_ENV), (args.specs, SPECS_ENV)):
        if value:
            os.environ[env] = str(Path(value).resolve())
    try:
        return _run(args)
    finally:
        for env, value in saved.items():
            if value is None:
                os.environ.pop(env, None)
            else:
                os.environ[env] = value


def _run(args: argparse.Namespace) -> int:
    try:
        tables = extract_all(args.seeds)
    except DocumentError as exc:
        print(f"error: {exc}\nNothing was written; the committed tables are unchanged.", file=sys.stderr)
        return 2
    if args.check:
        problems = differences(tables, args.out)
        if problems:
            print("The committed tables differ from a fresh extraction:", file=sys.stderr)
            print("\n".join(problems), file=sys.stderr)
            return 1
        print(f"ok: {len(tables.measures)} measures, {len(tables.procurements)} procurements, "
              f"{len(tables.findings)} findings match the documents")
        return 0
    for path in write_tables(tables, args.out):
        print(f"wrote {os.path.relpath(path)}")
    print(f"{len(tables.measures)} measures, {len(tables.procurements)} procurements, {len(tables.findings)} findings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
