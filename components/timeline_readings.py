"""Misprinted years on the timeline: drawn at their probable reading, never silently.

A document may print a year that cannot be ('March 20025'). Extraction keeps the text as
written, leaves the date empty and records a data-quality finding (data/findings.csv).
When that finding names the year most likely meant, and that year is the printed one with
a single digit dropped ('20025' -> '2025'), the timeline draws the stage at that reading:

- the reading is derived here from the finding's own words, for any document (no council
  or contract is named in code);
- the stage keeps its text as published, gains the reading and a link to the finding;
- nothing is guessed where no finding says what was meant.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import pandas as pd

from components.timeline import READ_STAGES
from data.dates import DateSpan, add_years, parse_date_text
from data.vocab import PROCUREMENT_STAGES

READING_COLUMNS = ["procurement_id", "stage", "published", "reading", "earliest", "latest", "finding_id",
                   "finding"]
_LONG_YEAR = re.compile(r"(?<!\d)(\d{5,6})(?!\d)")
_YEAR = re.compile(r"(?<!\d)((?:19|20|21)\d{2})(?!\d)")
_PLUS_YEARS = re.compile(r"^(.*\S)\s*\+\s*(\d+)\s+years?$")


def finding_id(doc_id: str, line: object, check: str) -> str:
    """A finding's stable name in links: '<document>-L<line>-<check>' (the findings table has no id column)."""
    return f"{doc_id}-L{int(line)}-{check}"


def one_digit_dropped(printed: str, year: str) -> bool:
    """True when `year` is `printed` with exactly one digit left out ('20025' -> '2025')."""
    return len(printed) == len(year) + 1 and any(printed[:i] + printed[i + 1:] == year for i in range(len(printed)))


@dataclass(frozen=True)
class Reading:
    text: str            # the text with the year as probably meant ('March 2025')
    span: DateSpan
    finding_id: str
    finding: str


def read_text(text: str, printed: str, year: str) -> DateSpan:
    """Parse the text with the misprinted year replaced; 'X + 2 years' (an option worked out from X) too."""
    fixed = text.replace(printed, year)
    m = _PLUS_YEARS.match(fixed)
    if m:
        return add_years(parse_date_text(m.group(1)), int(m.group(2)), fixed)
    return parse_date_text(fixed)


def _reading_for(text: str, candidates: pd.DataFrame) -> Reading | None:
    m = _LONG_YEAR.search(text)
    if not m:
        return None
    printed = m.group(1)
    for f in candidates.to_dict("records"):
        message = str(f["message"])
        if printed not in message:
            continue
        meant = [y for y in _YEAR.findall(message) if one_digit_dropped(printed, y)]
        if len(set(meant)) != 1:  # the finding must name one year, and only one, that the misprint can be
            continue
        span = read_text(text, printed, meant[0])
        if span.earliest is not None and span.latest is not None:
            return Reading(text.replace(printed, meant[0]), span, finding_id(f["doc_id"], f["line"], f["check"]),
                           message)
    return None


def misprint_readings(procs: pd.DataFrame, findings: pd.DataFrame) -> pd.DataFrame:
    """One row per undated stage whose year is a misprint that a finding on the same line reads."""
    rows = []
    if findings.empty or procs.empty:
        return pd.DataFrame(columns=READING_COLUMNS)
    by_place = {key: grp for key, grp in findings.groupby(["doc_id", "line"])}
    for rec in procs.to_dict("records"):
        candidates = by_place.get((rec["doc_id"], int(rec["line"])))
        if candidates is None:
            continue
        for stage in PROCUREMENT_STAGES:
            text = str(rec[f"{stage}_text"] or "")
            if not text or not pd.isna(rec[f"{stage}_earliest"]):
                continue
            reading = _reading_for(text, candidates)
            if reading is not None:
                rows.append({"procurement_id": rec["procurement_id"], "stage": stage, "published": text,
                             "reading": reading.text, "earliest": reading.span.earliest,
                             "latest": reading.span.latest, "finding_id": reading.finding_id,
                             "finding": reading.finding})
    return pd.DataFrame(rows, columns=READING_COLUMNS)


def with_readings(procs: pd.DataFrame, readings: pd.DataFrame) -> pd.DataFrame:
    """The procurements with each read stage dated at its reading (the text as published is kept).

    The column `read_stages` ('contract_end|extension_end') tells the timeline which dates are readings.
    """
    out = procs.copy()
    out[READ_STAGES] = ""
    if readings.empty:
        return out
    index = {pid: i for i, pid in zip(out.index, out["procurement_id"])}
    for r in readings.to_dict("records"):
        i = index.get(r["procurement_id"])
        if i is None:
            continue
        out.at[i, f"{r['stage']}_earliest"] = pd.Timestamp(r["earliest"])
        out.at[i, f"{r['stage']}_latest"] = pd.Timestamp(r["latest"])
        out.at[i, READ_STAGES] = "|".join(filter(None, [out.at[i, READ_STAGES], r["stage"]]))
    return out


def reading_note(reading: pd.Series | dict) -> str:
    """'Published as “March 20025”, a misprint; drawn at its probable reading, March 2025 (see the finding).'"""
    return (f"published as “{reading['published']}”, a misprint; drawn at its probable reading, "
            f"“{reading['reading']}”, as the data-quality finding says")
