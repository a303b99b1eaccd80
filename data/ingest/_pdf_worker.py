"""Child process for data.ingest.readers.read_pdf: PDF bytes on stdin, JSON lines on stdout.

Runs with a memory cap and a page cap; the parent kills it past its time limit.
"""
from __future__ import annotations

import io
import json
import sys


def _cap_memory(limit: int) -> None:
    try:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    except (ImportError, ValueError, OSError):
        pass


def _cell(text: object) -> str:
    return " ".join(str(text or "").replace("\t", " ").split())


def _page_lines(page) -> list[str]:
    lines: list[str] = []
    tables = sorted(page.find_tables(), key=lambda t: t.bbox[1])
    top = 0.0
    for table in tables:
        x0, t_top, x1, t_bottom = table.bbox
        if t_top > top:
            text = page.crop((0, top, page.width, t_top)).extract_text() or ""
            lines.extend(text.split("\n"))
        lines.append("")
        for row in table.extract():
            lines.append("\t".join(_cell(c) for c in row).rstrip("\t"))
        lines.append("")
        top = max(top, t_bottom)
    if top < page.height:
        text = (page.crop((0, top, page.width, page.height)) if top else page).extract_text() or ""
        lines.extend(text.split("\n"))
    return lines


def main() -> int:
    max_pages, memory = int(sys.argv[1]), int(sys.argv[2])
    raw = sys.stdin.buffer.read()
    _cap_memory(memory)
    try:
        import pdfplumber

        with pdfplumber.open(io.BytesIO(raw)) as pdf:
            pages = len(pdf.pages)
            if pages > max_pages:
                print(json.dumps({"error": f"{{name}} has {pages} pages; the limit is {max_pages}. "
                                           "Upload the part of the document with the figures.", "reason": "pages"}))
                return 0
            lines: list[str] = []
            for page in pdf.pages:
                lines.extend(_page_lines(page))
                page.close()
    except MemoryError:
        print(json.dumps({"error": "{name} needs too much memory to read: refused.", "reason": "oversize"}))
        return 0
    except Exception as exc:  # pdfminer raises many kinds on damaged files
        print(json.dumps({"error": f"{{name}} could not be read as a PDF ({type(exc).__name__}): "
                                   "it may be damaged or encrypted.", "reason": "corrupt"}))
        return 0
    print(json.dumps({"lines": lines, "pages": pages}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
