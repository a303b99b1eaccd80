"""A draft saved or printed with its tracked changes and comments showing, as a council circulates a statement for
comment: the text as it now stands. Deleted text goes and inserted text stays, whichever way the converter wrote them
(inline '[Deleted: 1,240][Inserted: 1,360]', Markdown's struck-through '~~2,100~~ 2,350', HTML's '<del>'/'<ins>',
pandoc's '[2,100]{.deletion ...}' spans); Word's margin balloons ('Deleted: 31 March 2026', 'Formatted: Font: Bold',
'Comment [AB1]: ...', 'Commented [JS2]: ...', 'Moved (insertion) [1]') are the margin's, not the text's: a balloon
on a line of its own is blanked and returned as margin furniture (a sentence runs on across it as across a page's
running footer), one beside a line's text after a wide gap is cut off. A comment's anchor stuck to the commented
word ('2,860 people[KP6]') goes, and so does the 'Summary of markup' Word prints after the text ('Page 2: [3]
Deleted   J Sandhu   02/12/2025 14:07:00' and the deleted text under it). Each line keeps its place."""
from __future__ import annotations

import re

_AUTHOR = r"(?:\s+by\s+[^:\]\n]{1,40})?"
# inline marks: what goes (deleted) and what stays (inserted, its text in one of the groups)
_MARK = re.compile(r"\[(?:Deleted|Deletion)" + _AUTHOR + r":[^\]]*\]"
                   r"|(?<!~)~~(?!~)(?=\S)[^~\n]{1,200}?(?<=\S)~~(?!~)"
                   r"|<(?P<tag>del|s|strike)\b[^>]*>.*?</(?P=tag)>"
                   r"|\[[^\]\n]*\]\{\.deletion\b[^}]*\}"
                   r"|\[(?:Inserted|Insertion)" + _AUTHOR + r":\s*(?P<ins>[^\]]*)\]"
                   r"|<ins\b[^>]*>(?P<ins_html>.*?)</ins>"
                   r"|\[(?P<ins_span>[^\]\n]*)\]\{\.insertion\b[^}]*\}", re.IGNORECASE)
# a balloon's text: what Word writes in the margin for a change, a formatting change or a comment
_BALLOON = (r"(?:(?:Deleted|Inserted|Formatted|Moved\s+(?:up|down|from|to)(?:\s*\[\d{1,3}\])?|"
            r"Moved\s*\((?:insertion|deletion)\)(?:\s*\[\d{1,3}\])?|"
            r"Comment(?:ed)?\s*\[[A-Za-z]{1,6}\d{1,3}\])\s*:"
            r"|(?:Formatted\s+Table|Deleted\s+Cells|Inserted\s+Cells|Merged\s+Cells|Split\s+Cells|"
            r"Field\s+Code\s+Changed|Moved\s*\((?:insertion|deletion)\)\s*\[\d{1,3}\])\s*$)")
_BALLOON_LINE = re.compile(r"^\s*" + _BALLOON)
_BALLOON_BESIDE = re.compile(r"(?<=\S)(?:\s{3,}|\t+)" + _BALLOON + r".*$")
_COMMENT_TAG = re.compile(r"^\s*Comment(?:ed)?\s*\[([A-Za-z]{1,6}\d{1,3})\]\s*:")
# the list of markup Word prints after the text: 'Page 3: [2] Deleted   A Bramwell   13/01/2026 10:42:00'
_SUMMARY_ENTRY = re.compile(r"^\s*Page\s+\d{1,4}:\s*\[\d{1,3}\]\s+(?:Deleted|Inserted|Formatted|Moved|Changed|"
                            r"Comment(?:ed)?)\b", re.IGNORECASE)
_CUE = re.compile(r"~~|\[(?:Deleted|Inserted|Deletion|Insertion)|<(?:del|ins|s|strike)\b|\{\.(?:deletion|insertion)"
                  r"|^\s*" + _BALLOON + r"|(?:\s{3,}|\t)" + _BALLOON + r"|^\s*Page\s+\d{1,4}:\s*\[\d", re.IGNORECASE)


def _kept(m: re.Match[str]) -> str:
    return (m.group("ins") or m.group("ins_html") or m.group("ins_span") or "").strip()


def _resolved(line: str, tags: set[str]) -> str:
    """The line with its deleted text gone and its inserted text plain. Cell by cell where a wide gap parts the line:
    a cell that shrinks keeps its width, so a space-aligned table's next columns stay where they were."""
    marks = list(_MARK.finditer(line))
    if marks:
        inside = lambda pos: any(m.start() <= pos < m.end() for m in marks)  # noqa: E731
        cuts = [0, *(p for g in re.finditer(r" {2,}|\t+", line) if not inside(g.start()) for p in g.span()), len(line)]
        out = []
        for k, (a, b) in enumerate(zip(cuts, cuts[1:])):
            cell = line[a:b]
            own = [m for m in marks if a <= m.start() < b]
            if k % 2 or not own:  # a gap, or a cell with no mark
                out.append(cell)
                continue
            text, pos = "", a
            for m in own:
                text += line[pos:m.start()] + _kept(m)
                pos = m.end()
            text += line[pos:b]
            lead = re.match(r"\s*", cell).group(0)
            text = lead + re.sub(r" {2,}", " ", text.strip())
            out.append(text.ljust(len(cell)) if line[b:b + 2] == "  " else text)
        line = "".join(out)
    if tags and "[" in line:
        line = re.sub(r"(?<=\S)\[(?:" + "|".join(map(re.escape, tags)) + r")\]", "", line)
    return _BALLOON_BESIDE.sub("", line)


def tracked_changes(lines: list[str]) -> tuple[list[str], set[int]]:
    """The lines as the text now stands, and the (1-based) lines that were margin balloons or the summary of markup,
    now blank. A document holding fewer than two marks of markup is left as it is ('Deleted:' once is a form's)."""
    counts = {i: len(_CUE.findall(line)) for i, line in enumerate(lines) if _CUE.search(line)}
    marked = set(counts)
    if sum(counts.values()) < 2:
        return lines, set()
    tags = {m.group(1) for m in map(_COMMENT_TAG.match, lines) if m}
    out, margin, summary = list(lines), set(), False
    for i, line in enumerate(lines):
        summary = bool(_SUMMARY_ENTRY.match(line)) or (summary and bool(line.strip()))
        if summary or _BALLOON_LINE.match(line):
            out[i] = ""
            margin.add(i + 1)
        elif i in marked or tags:
            out[i] = _resolved(line, tags)
    return out, margin
