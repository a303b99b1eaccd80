"""python -m data.ingest propose FILE --authority CODE [--doc-id ID] --out proposals.csv
python -m data.ingest promote REVIEW.csv --document FILE --authority CODE --doc-id ID ...  (data/ingest/promote.py)"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from data.document_formats import FORMATS
from data.ingest import IngestError, propose, read_document


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m data.ingest",
                                     description="Propose figures and procurement dates from a council's document.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("propose", help="write proposals for one document to a CSV for review")
    p.add_argument("file", type=Path, help=FORMATS)
    p.add_argument("--authority", required=True, help="area code of the document's council (default area)")
    p.add_argument("--doc-id", default=None, help="id for the document (default: the file name)")
    p.add_argument("--out", type=Path, required=True, help="CSV to write")
    p.set_defaults(func=_propose)
    from data.ingest import promote as promote_command

    promote_command.add_parser(sub)
    args = parser.parse_args(argv)
    return args.func(args)


def _propose(args: argparse.Namespace) -> int:
    try:
        lines = read_document(args.file)
        frame = propose(lines, args.authority, args.doc_id or args.file.stem)
    except IngestError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return 2
    tmp = args.out.with_name(f".{args.out.name}.tmp")
    try:
        frame.to_csv(tmp, index=False)
        tmp.replace(args.out)
    except OSError as exc:
        print(f"error: cannot write {args.out}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    measures = int((frame["kind"] == "measure").sum())
    low = int((frame["confidence"] == "low").sum())
    print(f"{args.out}: {len(frame)} proposals ({measures} figures, {len(frame) - measures} procurement dates; "
          f"{low} low confidence). Nothing is accepted until reviewed.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
