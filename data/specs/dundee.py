"""Dundee Health and Social Care Partnership, Market Facilitation Strategy 2017-2021 (seed 004).

The strategy is mostly narrative: its figures are the population projection, the
partnership's annual budget and the Transformation Programme investment table
(Appendix 1). It dates no procurement; the one tender it intends (a joint sensory
impairment social work service, in the care group summaries) is kept undated.
"""
from __future__ import annotations

from data.model import Extraction
from data.seeds import Document
from data.specs._prose import locate, prose_measure
from data.tables import read_table

DUNDEE = "S12000042"
AREA_NAME = "Dundee City"
# Undated "current" figures are given the first year the strategy covers.
STATED = "2017"
INVESTMENT = "Appendix 1: Transformation Programme investment"

# (marker, figure as written, scale, measure, period, qualifier, breakdown, section)
PROSE: tuple[tuple[str, str, float, str, str, str, str, str], ...] = (
    ("annual investment of", "249", 1e6, "spend", STATED, "budget", "health and social care (annual)",
     "Making the changes that are right for Dundee"),
    ("population of Dundee is projected", "170,811", 1, "population", "2037", "projection", "",
     "2.1 A focus on health and wellbeing"),
    ("population of Dundee is projected", "15%", 1, "population_change_pct", "2014-2037", "projection", "",
     "2.1 A focus on health and wellbeing"),
    ("16-64 population accounts for", "98,706", 1, "population", STATED, "estimate", "aged 16-64",
     "2.1 A focus on health and wellbeing"),
    ("16-64 population accounts for", "9%", 1, "population_change_pct", f"{STATED}-2037", "projection",
     "aged 16-64", "2.1 A focus on health and wellbeing"),
    ("16-64 population accounts for", "107,815", 1, "population", "2037", "projection", "aged 16-64",
     "2.1 A focus on health and wellbeing"),
)


def extract(doc: Document) -> Extraction:
    ex = Extraction(doc)
    for marker, text, scale, measure, period, qualifier, breakdown, section in PROSE:
        prose_measure(ex, marker, text, scale=scale, section=section, area_code=DUNDEE, area_name=AREA_NAME,
                      measure=measure, period=period, qualifier=qualifier, breakdown=breakdown)
    _investment(ex)
    _procurements(ex)
    return ex


def _investment(ex: Extraction) -> None:
    table = read_table(ex.doc, "Strategic and Commissioning Plan Priority\t")
    for period in ("2016/17", "2017/18"):
        col = table.column_index(period)
        parts = 0.0
        total = None
        for row in table.rows:
            value = row.number(col)
            if value is None:  # written as a dash: no investment stated
                continue
            is_total = row.label.lower() == "total"
            ex.measure(line=row.line, section=INVESTMENT, area_code=DUNDEE, area_name=AREA_NAME,
                       measure="investment", period=period, value=value, qualifier="budget",
                       breakdown="" if is_total else row.label)
            if is_total:
                total = (row, value)
            else:
                parts += value
        if total and total[1] != parts:
            row, value = total
            rounding = abs(value - parts) <= 1
            ex.finding(check="document", severity="info" if rounding else "warning",
                       area_code=DUNDEE, measure="investment", period=period, expected=parts, observed=value,
                       line=row.line,
                       message=f"The {period} investment column totals {row.cells[col].strip()} (£000) but its "
                               f"rows add up to {parts:,.0f} ({value - parts:+,.0f})"
                               + ("; most likely rounding" if rounding else ""))


def _procurements(ex: Extraction) -> None:
    line = locate(ex.doc, "Tender and commission a new joint", start=ex.doc.find("Sensory Impairment", 400))
    ex.procurement(line=line, section="Appendix 2: Sensory Impairment", authority_codes=(DUNDEE,),
                   service="Joint (visual and hearing) statutory social work service for sensory impairment",
                   category="other", status="intended", stages={})
