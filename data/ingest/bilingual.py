"""Bilingual Welsh and English text read as its English.

Welsh public bodies write headings, captions, table headers and row labels in both languages, Welsh first:
'Gofalwyr di-dâl / Unpaid carers', 'Sir Benfro / Pembrokeshire', 'Cymru / Wales'. The proposer reads English,
so each part of a line or table cell between ' / ' that is Welsh (most of its words in welsh_words.csv, or a
Welsh place name) is left out when an English part stays; and a Welsh place name in English text is read as
its English name (welsh_place_names.csv): 'in Sir Gaerfyrddin (Carmarthenshire)' and 'In Sir Benfro' name
Carmarthenshire and Pembrokeshire. Text with no Welsh in it is left as it is.
"""
from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

HERE = Path(__file__).parent
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_SLASH = re.compile(r"\s+/\s+")


@lru_cache(maxsize=1)
def welsh_words() -> frozenset[str]:
    with open(HERE / "welsh_words.csv", newline="", encoding="utf-8") as f:
        return frozenset(r["word"].strip().lower() for r in csv.DictReader(f) if r["word"].strip())


@lru_cache(maxsize=1)
def welsh_place_names() -> dict[str, str]:
    """Welsh name (lower case) -> English name, for the principal areas whose names differ."""
    with open(HERE / "welsh_place_names.csv", newline="", encoding="utf-8") as f:
        return {r["welsh"].strip().lower(): r["english"].strip() for r in csv.DictReader(f)}


@lru_cache(maxsize=1)
def _place_pattern() -> re.Pattern[str]:
    names = sorted(welsh_place_names(), key=len, reverse=True)
    alternation = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in names)
    return re.compile(rf"(?<![\w-])({alternation})(?![\w-])(?:\s*\(([^()]+)\))?", re.IGNORECASE)


def is_welsh(text: str) -> bool:
    """Text written in Welsh: a Welsh place name alone, or at least half its words Welsh ones."""
    words = [w.lower() for w in _WORD.findall(text)]
    if not words:
        return False
    if " ".join(words) in welsh_place_names():
        return True
    return sum(w in welsh_words() for w in words) * 2 >= len(words)


def _english_parts(text: str) -> str:
    """A cell or line's parts between ' / ' without its Welsh ones, when an English part with words stays."""
    parts = _SLASH.split(text)
    if len(parts) < 2:
        return text
    kept = [p for p in parts if not is_welsh(p)]
    if not kept or not any(_WORD.search(p) for p in kept) or len(kept) == len(parts):
        return text
    lead = text[:len(text) - len(text.lstrip())]
    return lead + " / ".join(p.strip() for p in kept)


def _english_place(m: re.Match[str]) -> str:
    english = welsh_place_names()[" ".join(m.group(1).lower().split())]
    bracketed = m.group(2)
    if bracketed is not None and " ".join(bracketed.split()).lower() != english.lower():
        return f"{english} ({bracketed})"
    return english


def english_text(text: str) -> str:
    """One line read as its English: each tab cell's Welsh parts left out, Welsh place names in English."""
    cells = [_english_parts(cell) for cell in text.split("\t")]
    out = "\t".join(_place_pattern().sub(_english_place, cell) for cell in cells)
    # 'Carmarthenshire (Sir Gaerfyrddin)' -> 'Carmarthenshire (Carmarthenshire)': once is enough
    return re.sub(r"\b([A-Z][\w' -]*?)\s*\(\1\)", r"\1", out)


def english_lines(lines: list[str]) -> list[str]:
    """Every line read as its English (the same lines where there is no Welsh)."""
    return [english_text(line) if line.strip() else line for line in lines]
