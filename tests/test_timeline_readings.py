"""Misprinted years: drawn at the reading their data-quality finding gives, and only then.

Made-up procurements and findings (a made-up county's council) test the rule itself; the
real South Tees row ('March 20025', read from the source line at test time) tests that the
committed tables give a reading through their finding, not through code naming it.
"""
from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from components import timeline as tl
from components.timeline_chart import chart_alt_text, timeline_chart
from components.timeline_readings import (
    finding_id, misprint_readings, one_digit_dropped, read_text, with_readings,
)
from data import store
from data.vocab import PROCUREMENT_STAGES
from tests.conftest import seed_line


def made_up_procurement(line: int, **stages: str) -> dict:
    rec = {"procurement_id": f"madeup-shire-2025-L{line}", "doc_id": "madeup-shire-2025",
           "authority_code": "E10999901", "service": f"Made-up service on line {line}", "category": "carers",
           "status": "live", "options": "", "line": line, "section": "Carers", "locator": f"madeup.txt:L{line}"}
    for stage in PROCUREMENT_STAGES:
        rec[f"{stage}_text"] = stages.get(stage, "")
        rec[f"{stage}_earliest"] = pd.NaT
        rec[f"{stage}_latest"] = pd.NaT
    return rec


def finding(line: int, message: str, check: str = "document") -> dict:
    return {"doc_id": "madeup-shire-2025", "check": check, "severity": "warning", "message": message,
            "area_code": "E10999901", "line": line}


@pytest.fixture
def made_up() -> tuple[pd.DataFrame, pd.DataFrame]:
    procs = pd.DataFrame([
        made_up_procurement(10, contract_end="June 20206", extension_end="June 20206 + 3 years"),
        made_up_procurement(20, contract_end="Autumn 20277"),       # finding gives no year
        made_up_procurement(30, contract_end="May 20119"),          # finding names a year that is not a reading
        made_up_procurement(40, contract_end="April 20304"),        # finding on another line only
        made_up_procurement(50, contract_end="March 20255"),        # finding names two possible years
    ])
    findings = pd.DataFrame([
        finding(10, "The contract ends in 'June 20206', an impossible year; 2026 was most likely meant."),
        finding(10, "contract ends is written 'June 20206'; not a possible year", check="dates"),
        finding(20, "'Autumn 20277' is not a possible year."),
        finding(30, "'May 20119' is impossible; the contract began in 2015."),
        finding(41, "'April 20304' is impossible; 2034 was meant."),
        finding(50, "'March 20255' is impossible: 2025 or 2055?"),
    ])
    return procs, findings


def test_one_digit_dropped():
    assert one_digit_dropped("20025", "2025")
    assert one_digit_dropped("20206", "2026")
    assert not one_digit_dropped("20119", "2015")
    assert not one_digit_dropped("2025", "2025")


def test_reading_needs_a_finding_on_the_same_line_that_names_one_year(made_up):
    procs, findings = made_up
    readings = misprint_readings(procs, findings)
    assert set(readings["procurement_id"]) == {"madeup-shire-2025-L10"}
    end = readings.set_index("stage").loc["contract_end"]
    assert (end["published"], end["reading"]) == ("June 20206", "June 2026")
    assert (end["earliest"], end["latest"]) == (date(2026, 6, 1), date(2026, 6, 30))
    assert end["finding_id"] == "madeup-shire-2025-L10-document"  # the finding that gives the reading
    option = readings.set_index("stage").loc["extension_end"]
    assert (option["earliest"], option["latest"]) == (date(2029, 6, 1), date(2029, 6, 30))


def test_read_stages_are_placed_and_flagged_but_keep_their_text(made_up):
    procs, findings = made_up
    placed = with_readings(procs, misprint_readings(procs, findings))
    row = placed[placed["procurement_id"] == "madeup-shire-2025-L10"].iloc[0]
    assert row["contract_end_text"] == "June 20206"
    assert row["read_stages"] == "contract_end|extension_end"
    windows = tl.stage_windows(placed)
    assert set(windows["procurement_id"]) == {"madeup-shire-2025-L10"} and windows["read"].all()
    # the others stay off the timeline, listed as written
    assert set(tl.unplaced_dates(placed)["procurement_id"]) == {f"madeup-shire-2025-L{n}" for n in (20, 30, 40, 50)}
    # a reading is never certain
    ending = tl.ending_soon(windows, date(2026, 1, 1), 12)
    assert list(ending["level"]) == [tl.POSSIBLE] and tl.MISREAD_DOUBT in ending.iloc[0]["reason"]
    open_rows = tl.open_at(tl.phases(placed[placed["line"] == 10], {}), date(2027, 1, 1))
    assert list(open_rows["phase"]) == ["option"] and tl.MISREAD_DOUBT in open_rows.iloc[0]["reason"]


def test_chart_rings_the_reading_prints_the_text_and_links_the_finding(made_up):
    procs, findings = made_up
    readings = misprint_readings(procs, findings)
    placed = with_readings(procs, readings)
    chart = timeline_chart(placed, {}, {}, date(2026, 1, 1), width=700, readings=readings,
                           finding_href="sources?finding=")
    spec = chart.to_dict()
    data = [r for rows in spec["datasets"].values() for r in rows]
    ringed = [r for r in data if r.get("printed")]
    assert {r["printed"] for r in ringed} == {"printed “June 20206”", "printed “June 20206 + 3 years”"}
    assert {r["href"] for r in ringed} == {"sources?finding=madeup-shire-2025-L10-document"}
    assert all("misprint" in r["mark"] and "June 2026" in r["mark"] for r in ringed)
    assert any(layer.get("mark", {}).get("strokeDash") for layer in spec["layer"])
    assert "probable reading of a misprinted year" in chart_alt_text(placed, date(2026, 1, 1), 18)


def test_the_committed_misprint_is_read_through_its_finding():
    procs, findings = store.load_procurements(), store.load_findings()
    readings = misprint_readings(procs, findings)
    assert len(readings) > 0
    docs = store.load_documents().set_index("doc_id")["seed_file"]
    for r in readings.to_dict("records"):
        rec = procs[procs["procurement_id"] == r["procurement_id"]].iloc[0]
        printed = next(t for t in r["published"].split() if len(t) > 4 and t.isdigit())
        assert printed in seed_line(docs[rec["doc_id"]], int(rec["line"]))  # as printed in the document
        meant = r["reading"].split()[1]
        assert one_digit_dropped(printed, meant)
        message = findings[findings.apply(lambda f: finding_id(f["doc_id"], f["line"], f["check"]) == r["finding_id"],
                                          axis=1)].iloc[0]["message"]
        assert printed in message and meant in message
    # nothing else undated is read
    assert set(readings["procurement_id"]) <= set(procs.loc[procs["contract_end_text"].str.contains(r"\d{5}"),
                                                           "procurement_id"])


def test_read_text_handles_an_option_counted_from_the_misprint():
    span = read_text("March 20025 + 2 years", "20025", "2025")
    assert (span.earliest, span.latest) == (date(2027, 3, 1), date(2027, 3, 31))
