"""The iCalendar export, parsed back: RFC 5545 line rules, escaping, one event per dated stage."""
from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pandas as pd
import pytest

from components import timeline as tl
from components.calendar_export import (
    MAX_OCTETS, calendar_events, escape_text, export_dtstamp, fold, procurements_ics, to_ics,
)
from components.provenance import short_names
from data import store

STAMP = datetime(2026, 11, 25, 16, 30, 5, tzinfo=timezone.utc)


@pytest.fixture(scope="module")
def procs() -> pd.DataFrame:
    return store.load_procurements()


@pytest.fixture(scope="module")
def names() -> dict[str, str]:
    areas = store.load_areas()
    return dict(zip(areas["area_code"], areas["name"]))


@pytest.fixture(scope="module")
def titles() -> dict[str, str]:
    """Short document names, as the page passes them."""
    return short_names(store.load_documents())


@pytest.fixture(scope="module")
def ics(procs, names, titles) -> bytes:
    return procurements_ics(procs, names, titles, STAMP)


def unfold(raw: bytes) -> list[str]:
    """Content lines: CRLF-split physical lines with continuation lines joined back."""
    lines: list[str] = []
    for physical in raw.split(b"\r\n")[:-1]:
        text = physical.decode("utf-8")  # every physical line must be valid UTF-8 on its own
        if text.startswith(" "):
            lines[-1] += text[1:]
        else:
            lines.append(text)
    return lines


def unescape(text: str) -> str:
    return re.sub(r"\\([\\;,nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), text)


def events(raw: bytes) -> list[dict[str, str]]:
    out, current = [], None
    for line in unfold(raw):
        if line == "BEGIN:VEVENT":
            current = {}
        elif line == "END:VEVENT":
            out.append(current)
            current = None
        elif current is not None:
            name, _, value = line.partition(":")
            current[name] = value
    return out


def test_crlf_line_endings_and_75_octet_lines(ics):
    assert ics.endswith(b"\r\n")
    assert b"\n" not in ics.replace(b"\r\n", b"")  # no bare LF (and no bare CR)
    physical = ics.split(b"\r\n")[:-1]
    assert max(len(p) for p in physical) <= MAX_OCTETS
    assert any(p.startswith(b" ") for p in physical), "long lines are folded"
    assert unfold(ics)[0] == "BEGIN:VCALENDAR" and unfold(ics)[-1] == "END:VCALENDAR"


def test_one_vevent_per_dated_stage(procs, ics):
    windows = tl.stage_windows(procs)
    parsed = events(ics)
    assert len(parsed) == len(windows) > 0
    uids = [e["UID"] for e in parsed]
    assert len(set(uids)) == len(uids)
    assert {f"{p}-{s}@care-market-atlas" for p, s in zip(windows["procurement_id"], windows["stage"])} == set(uids)


def test_season_is_exported_as_its_window_with_exclusive_end(procs, titles, ics):
    handy = procs[procs["service"] == "Handy Person Service"].iloc[0]
    ev = next(e for e in events(ics) if e["UID"] == f"{handy['procurement_id']}-procurement_start@care-market-atlas")
    assert ev["DTSTART;VALUE=DATE"] == "20180901"
    assert ev["DTEND;VALUE=DATE"] == "20181201"  # latest is 30 Nov 2018; DTEND is the day after
    description = unescape(ev["DESCRIPTION"])
    assert "Date as written: Autumn 2018" in description
    assert "1 Sep 2018 to 30 Nov 2018 (91 days)" in description
    assert f"Source: {titles[handy['doc_id']]}, line {handy['line']} ({handy['section']})" in description
    assert unescape(ev["SUMMARY"]) == "Procurement starts: Handy Person Service (County Durham)"


def test_exact_day_is_a_one_day_event(procs, ics):
    hub = procs[procs["service"].str.startswith("Kent Advocacy Hub")].iloc[0]
    ev = next(e for e in events(ics) if e["UID"] == f"{hub['procurement_id']}-contract_start@care-market-atlas")
    assert (ev["DTSTART;VALUE=DATE"], ev["DTEND;VALUE=DATE"]) == ("20160401", "20160402")


def test_commas_semicolons_and_newlines_are_escaped(procs, ics):
    with_comma = procs[procs["service"].str.contains(",") & procs["procurement_id"].isin(
        tl.stage_windows(procs)["procurement_id"])]
    assert len(with_comma) > 0  # real service names carry commas
    service = with_comma.iloc[0]["service"]
    prefix = with_comma.iloc[0]["procurement_id"] + "-"
    raw_summaries = [e["SUMMARY"] for e in events(ics) if e["UID"].startswith(prefix)]
    assert raw_summaries and all(service.replace(",", "\\,") in s for s in raw_summaries)
    assert all(service in unescape(s) for s in raw_summaries)
    for ev in events(ics):
        assert re.search(r"(?<!\\),", ev["SUMMARY"]) is None
        assert "\\n" in ev["DESCRIPTION"] and "\n" not in ev["DESCRIPTION"]
    assert escape_text("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"


def test_folding_never_splits_a_multibyte_character():
    line = "SUMMARY:" + "Crèche – " * 30
    parts = fold(line)
    assert all(len(p.encode("utf-8")) <= MAX_OCTETS for p in parts)
    assert all(p.startswith(" ") for p in parts[1:])
    assert parts[0] + "".join(p[1:] for p in parts[1:]) == line


def test_dtstamp_is_the_export_time_in_utc(procs, names, titles, ics):
    assert all(e["DTSTAMP"] == "20261125T163005Z" for e in events(ics))
    assert procurements_ics(procs, names, titles, STAMP) == ics  # same rows, same moment: same file
    # without a stamp the file is stamped now, in UTC (not a date taken from the data)
    before = datetime.now(timezone.utc).replace(microsecond=0)
    stamps = {e["DTSTAMP"] for e in events(procurements_ics(procs, names, titles))}
    after = datetime.now(timezone.utc)
    assert len(stamps) == 1
    stamp = datetime.strptime(stamps.pop(), "%Y%m%dT%H%M%SZ").replace(tzinfo=timezone.utc)
    assert before <= stamp <= after
    local = datetime(2026, 3, 29, 2, 30, tzinfo=timezone(timedelta(hours=2)))
    assert export_dtstamp(local) == datetime(2026, 3, 29, 0, 30, tzinfo=timezone.utc)


def test_descriptions_name_the_document_and_line_not_files(procs, names, titles, ics):
    seeds = {str(loc).split(":")[0] for loc in procs["locator"]}
    assert seeds and all(s.endswith(".txt") for s in seeds)
    for ev in events(ics):
        description = unescape(ev["DESCRIPTION"])
        assert re.search(r"Source: .+, line \d+", description)
        assert not any(seed in description for seed in seeds)
        assert ".txt" not in description


def test_filtered_rows_give_only_their_events(procs, names, titles):
    home = tl.filter_procurements(procs, [], ["home care"], [])
    evs = calendar_events(home, names, titles)
    assert len(evs) == len(tl.stage_windows(home)) > 0
    assert all(ev.categories == "home care" for ev in evs)
    raw = to_ics(evs, STAMP)
    assert len(events(raw)) == len(evs)
    assert all(ev.end > ev.start for ev in evs)
