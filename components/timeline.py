"""The tenders timeline: stage windows, phases, what is open at a date, and the Gantt chart.

Documents date procurements loosely ("Autumn 2018", "2030"), so every stage is a window
of days (earliest..latest), never a point. Whether something is open at a date is
therefore answered in two grades:

- *certainly open*: every reading of the dates puts the date inside the phase
  (the start window has closed and the end window has not opened yet);
- *possibly open*: some readings do (the date falls inside a start or end window), the
  phase is the option period, or its end is not stated.

Where a document does not state a phase's start or end, the period the document covers
stands in for it (see `document_coverage`), and the reason says so.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

import pandas as pd

from components.theme import TIMELINE_LABEL_CHARS
from data.vocab import PROCUREMENT_STAGES, SERVICE_CATEGORIES, STAGE_LABELS

CERTAIN = "certainly"
POSSIBLE = "possibly"

PHASE_LABELS: dict[str, str] = {
    "procurement": "Procurement running",
    "mobilisation": "Awarded, not yet started",
    "contract": "Contract live",
    "option": "Option to extend",
}
START_STAGES: tuple[str, ...] = ("procurement_start", "award", "contract_start")
END_STAGES: tuple[str, ...] = ("contract_end", "extension_end")

WINDOW_COLUMNS = ["procurement_id", "stage", "stage_label", "order", "text", "earliest", "latest", "read"]
# Set by components/timeline_readings.with_readings: the stages dated at the probable reading of a misprint.
READ_STAGES = "read_stages"
MISREAD_DOUBT = "the printed year is a misprint; this is its probable reading"
PHASE_COLUMNS = [
    "procurement_id", "phase", "start_text", "start_earliest", "start_latest", "start_stated",
    "end_text", "end_earliest", "end_latest", "end_stated", "coverage", "read",
]
EVENT_COLUMNS = ["procurement_id", "stage", "stage_label", "text", "earliest", "latest", "level", "reason"]
OPEN_COLUMNS = ["procurement_id", "phase", "phase_label", "start_text", "end_text", "level", "reason"]


# ---------------------------------------------------------------- dates

def as_date(value: Any) -> date | None:
    """A stage date from the store (Timestamp/NaT), a CSV (ISO text or '') or a date."""
    if value is None or value is pd.NaT:
        return None
    if isinstance(value, pd.Timestamp):
        return None if pd.isna(value) else value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    if not text or text.lower() in {"nat", "nan", "none"}:
        return None
    return date.fromisoformat(text[:10])


def add_months(day: date, months: int) -> date:
    """The same day `months` later, clamped to the month's end (31 Aug + 6 -> 28/29 Feb)."""
    month0 = day.month - 1 + months
    year, month = day.year + month0 // 12, month0 % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def fmt_day(day: date | None) -> str:
    return day.strftime("%-d %b %Y") if day else "not stated"


def window_text(text: str, earliest: date | None, latest: date | None) -> str:
    """'Autumn 2018 (1 Sep 2018 – 30 Nov 2018)': the words as written plus the days they allow."""
    if earliest is None or latest is None:
        return f"{text} (not a date the atlas can place)" if text else "not stated"
    days = fmt_day(earliest) if earliest == latest else f"{fmt_day(earliest)} – {fmt_day(latest)}"
    return f"{text} ({days})" if text else days


# ---------------------------------------------------------------- coverage

@dataclass(frozen=True)
class Coverage:
    """The period a document covers: the stand-in for a phase start or end it does not state."""

    start: date | None
    end: date | None
    text: str


_YEARS = re.compile(r"(?<!\d)(\d{4})(?!\d)")


def document_coverage(documents: pd.DataFrame) -> dict[str, Coverage]:
    """'2019-2021' -> 1 Jan 2019..31 Dec 2021; '2024 onwards' -> from 1 Jan 2024, no end."""
    out: dict[str, Coverage] = {}
    for doc_id, period in zip(documents["doc_id"], documents["period"]):
        years = [int(y) for y in _YEARS.findall(str(period))]
        if not years:
            out[doc_id] = Coverage(None, None, str(period))
            continue
        open_ended = "onward" in str(period).lower() or len(years) == 1 and "from" in str(period).lower()
        end = None if open_ended else date(max(years), 12, 31)
        out[doc_id] = Coverage(date(min(years), 1, 1), end, str(period))
    return out


# ---------------------------------------------------------------- filters and labels

def split_codes(codes: str) -> list[str]:
    return [c for c in str(codes).split("|") if c]


def authority_options(procs: pd.DataFrame) -> list[str]:
    return sorted({c for codes in procs["authority_code"] for c in split_codes(codes)})


def category_options(procs: pd.DataFrame) -> list[str]:
    present = set(procs["category"])
    return [c for c in SERVICE_CATEGORIES if c in present] + sorted(present - set(SERVICE_CATEGORIES))


def status_options(procs: pd.DataFrame) -> list[str]:
    return sorted(s for s in set(procs["status"]) if s)


def filter_procurements(procs: pd.DataFrame, authorities: list[str], categories: list[str],
                        statuses: list[str]) -> pd.DataFrame:
    """Rows matching every non-empty selection; a joint contract matches any of its authorities."""
    keep = pd.Series(True, index=procs.index)
    if authorities:
        wanted = set(authorities)
        keep &= procs["authority_code"].map(lambda codes: bool(wanted & set(split_codes(codes))))
    if categories:
        keep &= procs["category"].isin(categories)
    if statuses:
        keep &= procs["status"].isin(statuses)
    return procs[keep]


def filter_summary(authorities: list[str], categories: list[str], statuses: list[str],
                   names: dict[str, str]) -> str:
    """' (category: home care; status: live)': the active filters in words, for when controls are hidden."""
    chosen = [f"{label}: {', '.join(values)}" for label, values in (
        ("authority", [names.get(c, c) for c in authorities]), ("category", categories), ("status", statuses))
        if values]
    return f" ({'; '.join(chosen)})" if chosen else ""


def authority_text(codes: str, names: dict[str, str], short: bool = False) -> str:
    """'Middlesbrough, Redcar and Cleveland' (or 'Middlesbrough +1' on the axis)."""
    found = [names.get(c, c) for c in split_codes(codes)]
    if short and len(found) > 1:
        return f"{found[0]} +{len(found) - 1}"
    return ", ".join(found)


def truncate(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


ROW_LABEL_BREAK = "\n"


def row_labels(procs: pd.DataFrame, names: dict[str, str]) -> pd.Series:
    """One unique two-line axis label per procurement: 'service' / 'category · authority'.

    Long service names are shortened (the tooltip has them whole); the category is
    written so the row's colour is never the only clue to it.
    """
    seen: dict[str, int] = {}
    unique = []
    for service, codes, category in zip(procs["service"], procs["authority_code"], procs["category"]):
        # the category first: on a phone the axis cuts a long line's end, and the category must not be what is cut
        second = f"{category} · {authority_text(codes, names, short=True)}"
        first = truncate(service, TIMELINE_LABEL_CHARS)
        n = seen[first + second] = seen.get(first + second, 0) + 1
        if n > 1:  # two services that read the same once shortened: number the later ones
            first = truncate(service, TIMELINE_LABEL_CHARS - 4) + f" ({n})"
        unique.append(f"{first}{ROW_LABEL_BREAK}{second}")
    return pd.Series(unique, index=procs.index)


# ---------------------------------------------------------------- windows and phases

def read_stages(rec: dict) -> set[str]:
    """The stages of one procurement dated at the probable reading of a misprint (none unless marked)."""
    return set(split_codes(rec.get(READ_STAGES) or ""))


def stage_windows(procs: pd.DataFrame) -> pd.DataFrame:
    """One row per dated stage: the earliest and latest days its wording allows (`read`: from a misprint)."""
    rows = []
    for rec in procs.to_dict("records"):
        read = read_stages(rec)
        for order, stage in enumerate(PROCUREMENT_STAGES):
            earliest, latest = as_date(rec[f"{stage}_earliest"]), as_date(rec[f"{stage}_latest"])
            if earliest is None or latest is None:
                continue
            rows.append({"procurement_id": rec["procurement_id"], "stage": stage, "stage_label": STAGE_LABELS[stage],
                         "order": order, "text": rec[f"{stage}_text"], "earliest": earliest, "latest": latest,
                         "read": stage in read})
    return pd.DataFrame(rows, columns=WINDOW_COLUMNS)


def unplaced_dates(procs: pd.DataFrame) -> pd.DataFrame:
    """Stages written but not placeable, and procurements with no date at all: listed, never dropped."""
    rows = []
    for rec in procs.to_dict("records"):
        dated = [s for s in PROCUREMENT_STAGES if as_date(rec[f"{s}_earliest"]) is not None]
        written = [s for s in PROCUREMENT_STAGES if str(rec[f"{s}_text"]).strip()]
        base = {"procurement_id": rec["procurement_id"], "service": rec["service"],
                "authority_code": rec["authority_code"], "on_timeline": "yes (other stages)" if dated else "no"}
        for stage in written:
            if stage in dated:
                continue
            text = str(rec[f"{stage}_text"])
            if re.search(r"\d{5,}", text):
                note = "The year is not a possible year (a typo in the document?); the atlas does not guess it."
            else:
                note = "The wording does not name a calendar date the atlas can place."
            rows.append({**base, "stage_label": STAGE_LABELS[stage], "text": text, "note": note})
        if not written:
            rows.append({**base, "stage_label": "–", "text": "",
                         "note": "The document gives no date for this procurement."})
    return pd.DataFrame(rows, columns=["procurement_id", "service", "authority_code", "stage_label", "text",
                                       "on_timeline", "note"])


def phases(procs: pd.DataFrame, coverage: dict[str, Coverage]) -> pd.DataFrame:
    """The periods between stages: procurement running, awarded, contract live, option to extend.

    A contract end with no start before it (or one that precedes the new contract's start,
    as when a document gives the current contract's expiry and the new one's start) is
    read as the *current* contract, which the document vouches for from the start of its
    period. Missing ends fall back to the end of the document's period.
    """
    rows = []
    for rec in procs.to_dict("records"):
        win = {}
        for stage in PROCUREMENT_STAGES:
            e, l = as_date(rec[f"{stage}_earliest"]), as_date(rec[f"{stage}_latest"])
            if e is not None and l is not None:
                win[stage] = (str(rec[f"{stage}_text"]), e, l)
        cov = coverage.get(rec["doc_id"], Coverage(None, None, ""))
        status = str(rec["status"])
        read = read_stages(rec)

        def add(phase: str, start: str | None, end: str | None, rec: dict = rec, win: dict = win,
                cov: Coverage = cov, read: set = read) -> None:
            if start:
                st_text, st_e, st_l = win[start]
            else:
                st_text, st_e, st_l = "", cov.start, cov.start
            if end:
                en_text, en_e, en_l = win[end]
            else:
                en_text, en_e, en_l = "", cov.end, cov.end
            if st_e is not None and en_l is not None and en_l < st_e:
                return  # out of order, or the document's period ends before the phase starts
            rows.append({"procurement_id": rec["procurement_id"], "phase": phase,
                         "start_text": st_text, "start_earliest": st_e, "start_latest": st_l,
                         "start_stated": bool(start), "end_text": en_text, "end_earliest": en_e,
                         "end_latest": en_l, "end_stated": bool(end), "coverage": cov.text,
                         "read": bool({start, end} & read)})

        pre_end = "award" if "award" in win else "contract_start" if "contract_start" in win else None
        if "procurement_start" in win:
            add("procurement", "procurement_start", pre_end)
        elif status == "procuring":
            add("procurement", None, pre_end)
        if "award" in win and "contract_start" in win:
            add("mobilisation", "award", "contract_start")
        cs, ce = win.get("contract_start"), win.get("contract_end")
        if ce and (not cs or ce[2] < cs[1]):
            add("contract", None, "contract_end")
            if cs:
                add("contract", "contract_start", None)
        elif cs:
            add("contract", "contract_start", "contract_end" if ce else None)
        elif status == "live":
            add("contract", None, None)
        if ce and "extension_end" in win:
            add("option", "contract_end", "extension_end")
    return pd.DataFrame(rows, columns=PHASE_COLUMNS)


# ---------------------------------------------------------------- what is open / starting / ending

def open_at(phase_rows: pd.DataFrame, day: date) -> pd.DataFrame:
    """Phases running on `day`, each graded certainly/possibly with the reason in words."""
    rows = []
    for p in phase_rows.to_dict("records"):
        s_e, s_l = p["start_earliest"] or date.min, p["start_latest"] or date.min
        e_e, e_l = p["end_earliest"] or date.max, p["end_latest"] or date.max
        if day < s_e or day > e_l:
            continue
        doubts, notes = [], []
        if p.get("read"):
            doubts.append(MISREAD_DOUBT)
        if p["phase"] == "option":
            doubts.append("only if the option to extend is taken up")
        if not p["start_stated"]:
            if p["start_earliest"] is not None:
                notes.append(f"start not stated: counted from {fmt_day(p['start_earliest'])}, the start of the "
                             f"period the document covers ({p['coverage']})")
        elif day < s_l:
            doubts.append(f"may not have started yet ('{p['start_text']}' runs to {fmt_day(s_l)})")
        if not p["end_stated"]:
            until = (f"; counted until {fmt_day(p['end_latest'])}, the end of the period the document covers "
                     f"({p['coverage']})") if p["end_latest"] else ""
            doubts.append(f"end not stated{until}")
        elif day > e_e:
            doubts.append(f"may already have ended ('{p['end_text']}' runs from {fmt_day(e_e)})")
        rows.append({"procurement_id": p["procurement_id"], "phase": p["phase"],
                     "phase_label": PHASE_LABELS[p["phase"]],
                     "start_text": p["start_text"] or "not stated", "end_text": p["end_text"] or "not stated",
                     "level": POSSIBLE if doubts else CERTAIN,
                     "reason": "; ".join(doubts + notes) or "dates are certain"})
    return pd.DataFrame(rows, columns=OPEN_COLUMNS)


def _upcoming(windows: pd.DataFrame, day: date, months: int, stages: tuple[str, ...]) -> pd.DataFrame:
    horizon = add_months(day, months)
    rows = []
    for w in windows[windows["stage"].isin(stages)].to_dict("records"):
        if w["latest"] < day or w["earliest"] > horizon:
            continue
        doubts = [MISREAD_DOUBT] if w.get("read") else []
        if w["stage"] == "extension_end":
            doubts.append("only if the option to extend is taken up")
        if w["earliest"] < day:
            doubts.append(f"may already have happened ('{w['text']}' runs from {fmt_day(w['earliest'])})")
        if w["latest"] > horizon:
            doubts.append(f"may fall after {fmt_day(horizon)} ('{w['text']}' runs to {fmt_day(w['latest'])})")
        rows.append({**{k: w[k] for k in ("procurement_id", "stage", "stage_label", "text", "earliest", "latest")},
                     "level": POSSIBLE if doubts else CERTAIN,
                     "reason": "; ".join(doubts) or f"the whole window is within {months} months"})
    out = pd.DataFrame(rows, columns=EVENT_COLUMNS)
    return out.sort_values(["earliest", "procurement_id"], kind="stable").reset_index(drop=True)


def starting_soon(windows: pd.DataFrame, day: date, months: int) -> pd.DataFrame:
    """Procurement starts, awards and contract starts whose window meets [day, day + months]."""
    return _upcoming(windows, day, months, START_STAGES)


def ending_soon(windows: pd.DataFrame, day: date, months: int) -> pd.DataFrame:
    """Contract and extension ends whose window meets [day, day + months]."""
    return _upcoming(windows, day, months, END_STAGES)


def level_counts(rows: pd.DataFrame) -> tuple[int, int]:
    """(certain, possible) distinct procurements in an open/starting/ending list."""
    certain = set(rows.loc[rows["level"] == CERTAIN, "procurement_id"])
    possible = set(rows.loc[rows["level"] == POSSIBLE, "procurement_id"]) - certain
    return len(certain), len(possible)


# ---------------------------------------------------------------- tables for people

def procurement_info(procs: pd.DataFrame, names: dict[str, str], doc_titles: dict[str, str]) -> pd.DataFrame:
    """Per procurement: everything a tooltip or table shows about it, as display text."""
    info = pd.DataFrame({
        "procurement_id": procs["procurement_id"],
        "service": procs["service"],
        "authorities": [authority_text(c, names) for c in procs["authority_code"]],
        "category": procs["category"],
        "status": procs["status"].replace("", "not stated"),
        "options": procs["options"].replace("", "none stated"),
        "document": [doc_titles.get(d, d) for d in procs["doc_id"]],
        "line": procs["line"],
        "section": procs["section"],
        "locator": procs["locator"],
    }, index=procs.index)
    for stage in PROCUREMENT_STAGES:
        info[stage] = [window_text(str(t), as_date(e), as_date(l)) for t, e, l in
                       zip(procs[f"{stage}_text"], procs[f"{stage}_earliest"], procs[f"{stage}_latest"])]
    info["first_date"] = [min((d for d in (as_date(rec[f"{s}_earliest"]) for s in PROCUREMENT_STAGES) if d),
                              default=None) for rec in procs.to_dict("records")]
    return info.reset_index(drop=True)


def timeline_table(info: pd.DataFrame) -> pd.DataFrame:
    """The chart as a table (its text alternative): one row per procurement, stages as written."""
    cols = {"service": "Service", "authorities": "Authorities", "category": "Category", "status": "Status",
            **{s: STAGE_LABELS[s] for s in PROCUREMENT_STAGES}, "options": "Options", "document": "Document",
            "line": "Line"}
    return info[list(cols)].rename(columns=cols)


def event_table(rows: pd.DataFrame, info: pd.DataFrame) -> pd.DataFrame:
    """A starting/ending list for display: stage, service, authority, date as written and its days."""
    merged = rows.merge(info[["procurement_id", "service", "authorities", "document", "line"]], on="procurement_id")
    return pd.DataFrame({
        "How sure": merged["level"],
        "Stage": merged["stage_label"],
        "Service": merged["service"],
        "Authorities": merged["authorities"],
        "Date as written": merged["text"],
        "Earliest": merged["earliest"].map(fmt_day),
        "Latest": merged["latest"].map(fmt_day),
        "Why": merged["reason"],
        "Document": merged["document"],
        "Line": merged["line"],
    })


def open_table(rows: pd.DataFrame, info: pd.DataFrame) -> pd.DataFrame:
    merged = rows.merge(info[["procurement_id", "service", "authorities", "document", "line"]], on="procurement_id")
    merged = merged.sort_values(["level", "phase", "service"], kind="stable")
    return pd.DataFrame({
        "How sure": merged["level"],
        "Phase": merged["phase_label"],
        "Service": merged["service"],
        "Authorities": merged["authorities"],
        "From (as written)": merged["start_text"],
        "To (as written)": merged["end_text"],
        "Why": merged["reason"],
        "Document": merged["document"],
        "Line": merged["line"],
    })


def unplaced_table(rows: pd.DataFrame, names: dict[str, str]) -> pd.DataFrame:
    return pd.DataFrame({
        "Service": rows["service"],
        "Authorities": [authority_text(c, names) for c in rows["authority_code"]],
        "Stage": rows["stage_label"],
        "As written": rows["text"],
        "On the timeline": rows["on_timeline"],
        "Note": rows["note"],
    })


def procurements_csv(procs: pd.DataFrame) -> bytes:
    """The rows as stored (dates ISO), for the CSV download."""
    out = procs.copy()
    for col in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[col]):
            out[col] = out[col].dt.strftime("%Y-%m-%d").fillna("")
    return out.to_csv(index=False).encode("utf-8")


def date_bounds(procs: pd.DataFrame, today: date, years: int = 5) -> tuple[date, date]:
    """The range the date control offers: the data's dates and today, widened by `years`."""
    days = [d for col in procs.columns if col.endswith(("_earliest", "_latest")) for d in map(as_date, procs[col]) if d]
    lo, hi = min(days + [today]), max(days + [today])
    return date(lo.year - years, 1, 1), date(hi.year + years, 12, 31)


def rows_in_view(procs: pd.DataFrame, start: date, end: date) -> pd.DataFrame:
    """The procurements drawn on [start, end]: a stage window or a drawn phase (start and end stated) meets it."""
    hits: set[str] = set()
    w = stage_windows(procs)
    hits |= set(w.loc[(w["latest"] >= start) & (w["earliest"] <= end), "procurement_id"])
    ph = phases(procs, {})
    ph = ph[ph["start_stated"] & ph["end_stated"]]
    hits |= set(ph.loc[(ph["end_latest"] >= start) & (ph["start_earliest"] <= end), "procurement_id"])
    return procs[procs["procurement_id"].isin(hits)]

