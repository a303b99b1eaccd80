"""Characters a PDF or Word conversion leaves that mean something plainer: ligatures ('ﬁgure'), non-breaking and
thin spaces, a Symbol-font or geometric bullet at a line's start ('\uf0b7', '●', '▪'), soft and non-breaking
hyphens, zero-width marks. Each line keeps its place (line numbers are the proposals' locators)."""
from __future__ import annotations

import re

_LIGATURES = str.maketrans({"ﬀ": "ff", "ﬁ": "fi", "ﬂ": "fl", "ﬃ": "ffi", "ﬄ": "ffl", "ﬅ": "st", "ﬆ": "st",
                            "\u00a0": " ", "\u202f": " ", "\u2007": " ", "\u2009": " ", "\u200a": " ",
                            "\u2010": "-", "\u2011": "-", "\u200b": None, "\u200c": None, "\u200d": None,
                            "\ufeff": None})
# a bullet the converter kept as a Symbol or Wingdings code point (Private Use Area) or a geometric shape, at the
# line's start: the plain bullet the readers know; a square or hollow one, which Word and PDFs give the sub-bullets of
# a list, stays a mark of its own ('▪') so a sub-bullet is still told from the bullet it hangs from
_BULLET = re.compile(r"^(\s*)[\uf0b7\uf0d8\uf076\uf0fc\uf06e\uf0e0●►▸▶➢➤❖♦◆✓✔](?=\s|\S)")
_SUB_BULLET = re.compile(r"^(\s*)[\uf0a7\uf0a8○◦■□▫](?=\s|\S)")
_SOFT_HYPHEN_END = re.compile(r"\u00ad\s*$")


def plain_characters(lines: list[str]) -> list[str]:
    """The lines with converter characters made plain; a soft hyphen ending a line is a hyphen there (the word goes
    on on the next line), anywhere else it is dropped."""
    out = []
    for line in lines:
        if line.isascii():
            out.append(line)
            continue
        line = _SOFT_HYPHEN_END.sub("-", line).replace("\u00ad", "").translate(_LIGATURES)
        out.append(_SUB_BULLET.sub(r"\1▪", _BULLET.sub(r"\1•", line)))
    return out
