"""Figures stated in running text, located by a short marker and checked as written.

Tables have `data.tables`; prose needs the same discipline: a spec names a marker
phrase and the number exactly as the document writes it ("1,087", "0.5m", "five"),
and extraction fails loudly if that text is not on the marker's line, so a figure
can never be attributed to the wrong sentence.
"""
from __future__ import annotations

import re

from data.model import Extraction, MeasureRow
from data.seeds import Document, DocumentError
from data.tables import parse_number

# Numbers the documents spell out in words.
NUMBER_WORDS: dict[str, float] = {
    "one": 1, "both": 2, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}


def _pattern(text: str) -> re.Pattern[str]:
    if text.replace(" ", "").isalpha():
        return re.compile(rf"\b{re.escape(text)}\b", re.IGNORECASE)
    # a number must not be part of a longer number ("1" inside "1018"); letters may follow ("762.7per")
    return re.compile(rf"(?<![\d.,]){re.escape(text)}(?![\d]|[.,]\d)", re.IGNORECASE)


def locate(doc: Document, marker: str, *texts: str, start: int = 1, end: int | None = None) -> int:
    """Line number of the first line from `start` holding `marker` and every one of `texts`."""
    patterns = [_pattern(t) for t in texts]
    first = n = doc.find(marker, start, end)
    while True:
        if all(p.search(doc.line(n)) for p in patterns):
            return n
        try:
            n = doc.find(marker, n + 1, end)
        except DocumentError:
            raise DocumentError(
                f"{doc.info.seed_file} ({doc.doc_id}): no line from {first} holds {marker!r} together "
                f"with {list(texts)}; the document may have changed"
            ) from None


def as_number(text: str) -> float:
    """The value of a figure as written: digits via `parse_number`, or a spelled-out number."""
    value = parse_number(text)
    if value is None:
        value = NUMBER_WORDS.get(text.strip().lower())
    if value is None:
        raise DocumentError(f"{text!r} is not a number this extractor can read")
    return value


def prose_measure(
    ex: Extraction,
    marker: str,
    text: str,
    *,
    start: int = 1,
    end: int | None = None,
    scale: float = 1,
    **fields: object,
) -> MeasureRow:
    """Add the figure written as `text` on the line holding `marker` (value = number x `scale`)."""
    line = locate(ex.doc, marker, text, start=start, end=end)
    return ex.measure(line=line, value=as_number(text) * scale, **fields)  # type: ignore[arg-type]
