"""The same document as different converters write it: rewrites of a text that should not change what the proposer
offers, so that the made-up corpus can be scored again in layouts it was not written in.

- `one_line_paragraphs`: a paragraph's wrapped lines joined into one (a Word document saved as text).
- `wrapped`: prose lines longer than 70 characters wrapped at 70 (a PDF converter's fixed width).
- `running_headers`: a page's running header, with the blank lines around it, every 45 lines (page breaks anywhere,
  also inside lists and tables).
- `round_bullets`: '-' and '*' bullets written '•'.

Measured, not held (`MEASURED`): rewrites that lose what a reader needs, so the proposer is not expected to find
everything after them, only scored on them.

- `single_spaced_cells`: every table's cells a single space apart (tabs and runs of spaces between words made one
  space), as text copied out of a PDF viewer or a converter without a layout mode writes tables.

Only prose is rewritten: a line with a tab, a pipe, a run of three spaces (a table's cells), a bullet, a Markdown
heading, a 'Label: value' field, a comma between words without a space (a CSV row) or fewer than five words is
left as it is.
"""
from __future__ import annotations

import re
import textwrap
from typing import Callable

WIDTH = 70
WRAPPED_LINE = 55  # a line at least this long, ending no sentence, was wrapped: the next line goes on with it
PAGE_LINES = 45
RUNNING_HEADER = "Adult Social Care Market Position Statement 2026/27        Page {}"

_BULLET = re.compile(r"^\s*(?:[-*•●o]|\d+[.)])\s")
_FIELD = re.compile(r"^[A-Z][\w ()/'’-]{1,40}:\s")


def is_prose(line: str) -> bool:
    """A line of running text a converter may wrap or join (no table cells, bullet, heading, field or CSV row)."""
    text = line.strip()
    return (len(text.split()) >= 5 and "\t" not in line and "|" not in line and not re.search(r"\S {3,}\S", line)
            and not _BULLET.match(line) and not text.startswith("#") and not re.search(r"\S,\S", text)
            and not text.endswith(":") and not _FIELD.match(text) and bool(re.search(r"[a-z]{3,} [a-z]{3,}", text)))


def one_line_paragraphs(lines: list[str]) -> list[str]:
    """Runs of prose lines joined into one line each: a line of `WRAPPED_LINE` characters or more that ends no sentence
    goes on to the next prose line."""
    out: list[str] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            out.append(" ".join(t.strip() for t in run) if len(run) > 1 else run[0])
            run.clear()

    for line in lines:
        if is_prose(line) and run and len(run[-1].strip()) >= WRAPPED_LINE and not run[-1].rstrip().endswith((".", ":")):
            run.append(line)  # (a line of a wrapped paragraph runs close to the width; a short one ends its paragraph)
            continue
        flush()
        if is_prose(line):
            run.append(line)
        else:
            out.append(line)
    flush()
    return out


def wrapped(lines: list[str], width: int = WIDTH) -> list[str]:
    """Prose lines longer than `width` wrapped at it."""
    out: list[str] = []
    for line in lines:
        out.extend(textwrap.wrap(line, width) if is_prose(line) and len(line) > width else [line])
    return out


def running_headers(lines: list[str], every: int = PAGE_LINES) -> list[str]:
    """A running header with its page number, a blank line before and after, every `every` lines."""
    out: list[str] = []
    for i, line in enumerate(lines):
        if i and i % every == 0:
            out += ["", RUNNING_HEADER.format(i // every + 1), ""]
        out.append(line)
    return out


def round_bullets(lines: list[str]) -> list[str]:
    return [re.sub(r"^(\s*)[-*] ", r"\1• ", line) for line in lines]


REWRITES: dict[str, Callable[[list[str]], list[str]]] = {
    "one line a paragraph": one_line_paragraphs,
    f"wrapped at {WIDTH}": wrapped,
    f"running header every {PAGE_LINES} lines": running_headers,
    "bullets as •": round_bullets,
}


def single_spaced_cells(lines: list[str]) -> list[str]:
    return [re.sub(r"(?<=\S)(?:\t+| {2,})(?=\S)", " ", line).replace("\t", " ") if "\t" in line or "  " in line.strip()
            else line for line in lines]


MEASURED: dict[str, Callable[[list[str]], list[str]]] = {
    "tables single-spaced (measured, not held)": single_spaced_cells,
}
