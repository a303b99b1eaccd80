"""Tender and contract dates as an iCalendar file (RFC 5545) for providers' calendars.

One all-day VEVENT per dated stage. A season-level date is exported as the whole
window it allows (DTSTART = earliest day, DTEND = the day after the latest, since
DTEND is exclusive), so a calendar shows "Autumn 2018" as three months, not as
1 September. UIDs come from the procurement id and stage, so calendar clients update
rather than duplicate events; DTSTAMP is the time the file is exported (RFC 5545 3.8.7.2:
when the calendar object was created), in UTC. Descriptions name the document by its
short name and the line the date is on, never internal file names.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

import pandas as pd

from data.vocab import PROCUREMENT_STAGES, STAGE_LABELS

PRODID = "-//Care Market Atlas//Tenders and contracts//EN"
UID_DOMAIN = "care-market-atlas"
CALENDAR_NAME = "Care Market Atlas: tenders and contracts"
MAX_OCTETS = 75  # RFC 5545 3.1: content lines are folded after 75 octets, excluding CRLF
CRLF = "\r\n"


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    start: date      # first day of the window
    end: date        # day after the last day (exclusive)
    summary: str
    description: str
    categories: str


def escape_text(text: str) -> str:
    """RFC 5545 3.3.11 TEXT: backslash, semicolon and comma escaped; newlines as \\n."""
    text = str(text).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> list[str]:
    """Split one content line into physical lines of at most 75 octets (UTF-8).

    Continuation lines start with a single space, which counts towards their 75; a
    multi-byte character is never split, so every physical line is valid UTF-8.
    """
    out: list[str] = []
    current, size, limit = "", 0, MAX_OCTETS
    for char in line:
        n = len(char.encode("utf-8"))
        if size + n > limit:
            out.append(current)
            current, size, limit = " ", 1, MAX_OCTETS
        current += char
        size += n
    out.append(current)
    return out


def _day(value: object) -> date | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    return date.fromisoformat(text[:10]) if text else None


def _days_text(earliest: date, latest: date) -> str:
    if earliest == latest:
        return f"exact day ({earliest:%-d %b %Y})"
    span = (latest - earliest).days + 1
    return f"any day from {earliest:%-d %b %Y} to {latest:%-d %b %Y} ({span} days); the calendar shows the whole window"


def source_text(doc_name: str, line: object, section: object) -> str:
    """'Kent MPS 2016, line 98 (Opportunities)': where a person finds the date in the document."""
    where = f"{doc_name}, line {line}"
    section = "" if section is None or (not isinstance(section, str) and pd.isna(section)) else str(section).strip()
    return f"{where} ({section})" if section else where


def calendar_events(procs: pd.DataFrame, authority_names: dict[str, str],
                    doc_names: dict[str, str] | None = None) -> list[CalendarEvent]:
    """Every dated stage of every row, in table order then stage order.

    `doc_names` maps doc_id to the document's short name (as the Data and sources page cites it).
    """
    doc_names = doc_names or {}
    events = []
    for rec in procs.to_dict("records"):
        names = ", ".join(authority_names.get(c, c) for c in str(rec["authority_code"]).split("|") if c)
        read = set(str(rec.get("read_stages") or "").split("|"))  # dated at the probable reading of a misprint
        for stage in PROCUREMENT_STAGES:
            earliest, latest = _day(rec[f"{stage}_earliest"]), _day(rec[f"{stage}_latest"])
            if earliest is None or latest is None:
                continue
            text = str(rec[f"{stage}_text"])
            description = "\n".join(line for line in (
                f"Date as written: {text}" if text else "Date as written: (not stated in words)",
                "Read from a misprint: the year as printed is impossible; these are the days of its probable "
                "reading (see the data-quality finding on the atlas's Data and sources page)" if stage in read else "",
                f"Uncertainty: {_days_text(earliest, latest)}",
                f"Status: {rec['status'] or 'not stated'}",
                f"Options: {rec['options']}" if str(rec["options"]).strip() else "",
                f"Source: {source_text(doc_names.get(rec['doc_id'], rec['doc_id']), rec['line'], rec['section'])}",
            ) if line)
            events.append(CalendarEvent(
                uid=f"{rec['procurement_id']}-{stage}@{UID_DOMAIN}",
                start=earliest,
                end=latest + timedelta(days=1),
                summary=f"{STAGE_LABELS[stage]}: {rec['service']} ({names})",
                description=description,
                categories=str(rec["category"]),
            ))
    return events


def export_dtstamp(now: datetime | None = None) -> datetime:
    """DTSTAMP: the export time in UTC, to the second (`now` is for tests)."""
    return (now or datetime.now(timezone.utc)).astimezone(timezone.utc).replace(microsecond=0)


def to_ics(events: list[CalendarEvent], dtstamp: datetime) -> bytes:
    """The VCALENDAR text: CRLF line ends, folded lines, escaped text, UTF-8."""
    stamp = dtstamp.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
             f"X-WR-CALNAME:{escape_text(CALENDAR_NAME)}"]
    for ev in events:
        lines += [
            "BEGIN:VEVENT",
            f"UID:{ev.uid}",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{ev.start:%Y%m%d}",
            f"DTEND;VALUE=DATE:{ev.end:%Y%m%d}",
            f"SUMMARY:{escape_text(ev.summary)}",
            f"DESCRIPTION:{escape_text(ev.description)}",
            f"CATEGORIES:{escape_text(ev.categories)}",
            "TRANSP:TRANSPARENT",
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(part + CRLF for line in lines for part in fold(line)).encode("utf-8")


def procurements_ics(procs: pd.DataFrame, authority_names: dict[str, str], doc_names: dict[str, str],
                     dtstamp: datetime | None = None) -> bytes:
    """The download: the (filtered) rows' dated stages as one calendar, stamped now unless `dtstamp` is given."""
    return to_ics(calendar_events(procs, authority_names, doc_names), dtstamp or export_dtstamp())
