"""Finding a figure in running text: a marker phrase and the number exactly as the document writes it.

A spec names a marker ("care homes for older people") and the figure as written ("1,087",
"0.5m", "five"); extraction fails loudly if that text is not on the marker's line, so a
figure can never be attributed to the wrong sentence.
"""
from __future__ import annotations

import re

from data.seeds import Document, DocumentError
from data.tables import parse_number

# Numbers the documents spell out in words.
NUMBER_WORDS: dict[str, float] = {
    "one": 1, "both": 2, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12,
}


def pattern(text: str) -> re.Pattern[str]:
    """`text` as a whole word, or as a number that is not part of a longer number."""
    if text.replace(" ", "").isalpha():
        return re.compile(rf"\b{re.escape(text)}\b", re.IGNORECASE)
    # a number must not be part of a longer number ("1" inside "1018"); letters may follow ("762.7per")
    return re.compile(rf"(?<![\d.,]){re.escape(text)}(?![\d]|[.,]\d)", re.IGNORECASE)


def locate(doc: Document, marker: str, *texts: str, start: int = 1, end: int | None = None) -> int:
    """Line number of the first line from `start` holding `marker` and every one of `texts`."""
    patterns = [pattern(t) for t in texts]
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


def heading(doc: Document, text: str, start: int = 1) -> int:
    """A heading line exactly (not a mention of the same words inside a paragraph)."""
    want = text.strip()
    for n in range(max(start, 1), len(doc.lines) + 1):
        if doc.lines[n - 1].strip() == want:
            return n
    raise DocumentError(f"{doc.info.seed_file}: heading {want!r} not found")
