"""Checks on the extracted tables: schema first, then consistency with themselves.

Findings are reported, never fixed: the tables keep each figure as published, and
findings.csv says what does not add up, where, and by how much.
"""
from __future__ import annotations

from data.model import Finding, area_codes
from data.vocab import MEASURES


def schema_findings(measures: list[dict[str, object]], procurements: list[dict[str, object]]) -> list[Finding]:
    codes = area_codes()
    out: list[Finding] = []
    for r in measures:
        if r["area_code"] not in codes:
            out.append(Finding(doc_id=str(r["doc_id"]), check="schema", severity="error",
                               message=f"area code {r['area_code']} is not in the area registry",
                               area_code=str(r["area_code"]), line=int(r["line"]), locator=str(r["locator"])))
        m = MEASURES.get(str(r["measure"]))
        if m is None or m.unit != r["unit"] and not (m.unit == "percent" and r["unit"] == "percent"):
            if m is None or r["unit"] != m.unit:
                out.append(Finding(doc_id=str(r["doc_id"]), check="schema", severity="error",
                                   message=f"measure {r['measure']} with unit {r['unit']} is not allowed",
                                   measure=str(r["measure"]), line=int(r["line"]), locator=str(r["locator"])))
    for p in procurements:
        for code in str(p["authority_code"]).split("|"):
            if code not in codes:
                out.append(Finding(doc_id=str(p["doc_id"]), check="schema", severity="error",
                                   message=f"authority code {code} is not in the area registry",
                                   area_code=code, line=int(p["line"]), locator=str(p["locator"])))
    return out


def validate_tables(measures: list[dict[str, object]], procurements: list[dict[str, object]]) -> list[Finding]:
    return schema_findings(measures, procurements)
