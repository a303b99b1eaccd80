"""Footnote markers set as superscripts after a table header's year or word, as a PDF's text layer gives them.

A designed PDF sets a note's number as a superscript right after the header it qualifies ('2025<sup>5</sup>',
'Unpaid carers 2021<sup>1</sup>', 'Planned units<sup>8</sup>'); its text layer runs the two together ('20255',
'Unpaid carers 20211', 'Planned units8') or sets the marker a space apart ('2021 1'). A header row so read names no
year ('20255' is no year) and its column no measure's word. Here, in a header line of a space-aligned table (three
or more cells, no figure among them, a row of figures right below), such a marker is blanked (the line keeps its
length, so its columns hold). Figures with a marker run into them ('10,9603') are read by numbers.py.

A spreadsheet published in the government's accessible style cites its notes in square brackets instead
('Table 1: Unpaid carers by district, Census 2021 [note 1]', 'Number of unpaid carers [note 2]', '[notes 3 and
4]'): a note's number is no figure of the line, so the marker is blanked wherever it stands (unmarked_notes).
"""
from __future__ import annotations

import re

_CELLS = re.compile(r"\S(?:\S| (?! ))*")   # a cell of a space-aligned line: words a single space apart
# a year with a note's number (1-2 digits) run into it or a space after it, ending its cell
_YEAR_MARK = re.compile(r"(?<![\d,.£])((?:19[5-9]|20[0-6])\d)( ?)([1-9]\d?)$")
# a word of three or more small letters with a note's number run into it, ending its cell ('units8'; not 'TS039')
_WORD_MARK = re.compile(r"(?<=[a-z]{3})([1-9]\d?)$")
_FIGURE = re.compile(r"^[-+−–]?[£]?\d[\d,.]*%?$")


def _figures(line: str) -> int:
    """Cells that are figures (not a year, nor a year with its marker)."""
    return sum(bool(_FIGURE.match(c.group())) and not _YEAR_MARK.fullmatch(c.group())
               and not re.fullmatch(r"(?:19|20)\d\d", c.group()) for c in _CELLS.finditer(line))


def _next_text(lines: list[str], i: int) -> str:
    for j in range(i + 1, min(i + 3, len(lines))):
        if lines[j].strip():
            return lines[j]
    return ""


def unmarked_headers(lines: list[str]) -> list[str]:
    """The lines with the footnote markers after a table header's years and words blanked (line numbers hold)."""
    out = list(lines)
    for i, line in enumerate(lines):
        if "  " not in line.strip() or not re.search(r"\d", line):
            continue
        cells = list(_CELLS.finditer(line))
        if len(cells) < 3 or _figures(line) or _figures(_next_text(lines, i)) < 2:
            continue  # (no header: a row of figures, or no figures below it)
        text = line
        for c in cells:
            cell = c.group()
            m = _YEAR_MARK.search(cell)
            if m:
                cut = c.start() + m.start(2)
            else:
                m = _WORD_MARK.search(cell)
                if not m:
                    continue
                cut = c.start() + m.start(1)
            text = text[:cut] + " " * (c.end() - cut) + text[c.end():]
        if text != line:
            out[i] = text
    return out


# a note cited in square brackets, as the accessible-spreadsheet style writes it: '[note 1]', '[Note 2]', '[notes 3
# and 4]', '[notes 1, 2]', '[note 5a]'
_NOTE_CITED = re.compile(r"\[notes? ?\d+[a-z]?(?:(?:, ?| and | to |-|–)\d+[a-z]?)*\]", re.IGNORECASE)


def unmarked_notes(lines: list[str]) -> list[str]:
    """The lines with every note cited in square brackets blanked (the line keeps its length, so a space-aligned
    table's columns hold)."""
    return [_NOTE_CITED.sub(lambda m: " " * len(m.group()), line) if "[" in line else line for line in lines]


# a text browser's link reference ('lynx -dump'): the link's number in square brackets run into the link's text
# ('[20]2021 Census', 'The [29]Carers Support Service', '([22]ONS guidance'), at a line's start or after a space or
# bracket; a note's marker after a figure or word ('79,260[1]', 'care.[2] ') is not one
_LINK_REFERENCE = re.compile(r"(?:(?<=^)|(?<=[\s(]))\[\d{1,4}\](?=[^\s\]\[])")


def _unlinked(line: str) -> str:
    """The line without its link references; the width each took is added to the next gap of two or more spaces
    after it, so a space-aligned table's later columns hold."""
    while m := _LINK_REFERENCE.search(line):
        rest = line[m.end():]
        gap = rest.find("  ")
        if gap < 0:
            line = line[:m.start()] + rest
        else:
            line = line[:m.start()] + rest[:gap] + " " * len(m.group()) + rest[gap:]
    return line


def unlinked_references(lines: list[str]) -> list[str]:
    """The lines with a text browser's link references taken out ('[20]2021 Census' read as '2021 Census')."""
    return [_unlinked(line) if "[" in line else line for line in lines]
