"""Dementia rates by clinical commissioning group, derived from the document's own columns.

The Kent document gives, per CCG, the estimated number with dementia and the sum of its GP
practices' registered populations, so a rate per 1,000 registered patients can be worked out
without any outside denominator. The document's own 'estimated rate' column is kept beside
the derived one so a reader can check that they agree.
"""
from __future__ import annotations

from collections.abc import Sequence

import pandas as pd

from components.area_figures import rows_for, with_sources

CCG_TIER = "clinical commissioning group"


def ccg_codes(areas: pd.DataFrame, parent_code: str) -> list[str]:
    rows = areas[(areas["parent_code"] == parent_code) & (areas["tier"] == CCG_TIER)]
    return rows["area_code"].tolist()


def _first(rows: pd.DataFrame, code: str, period: str) -> pd.Series | None:
    hit = rows[(rows["area_code"] == code) & (rows["period"] == period)]
    return None if hit.empty else hit.iloc[0]


def ccg_rates(measures: pd.DataFrame, codes: Sequence[str], documents: pd.DataFrame | None = None) -> pd.DataFrame:
    """Per area: estimated number, registered patients, estimated and register per 1,000 (derived), the document's rate.

    Only areas with both an estimate and a practice population for the same period and document appear.
    """
    population = rows_for(measures, "practice_population", codes)
    estimated = rows_for(measures, "dementia_estimated", codes)
    register = rows_for(measures, "dementia_register", codes)
    doc_rate = rows_for(measures, "dementia_prevalence_estimated", codes)
    out = []
    for _, pop in population.iterrows():
        code, period = pop["area_code"], pop["period"]
        same_doc = estimated[estimated["doc_id"] == pop["doc_id"]]
        est = _first(same_doc, code, period)
        if est is None or not pop["value"]:
            continue
        reg = _first(register[register["doc_id"] == pop["doc_id"]], code, period)
        rate = _first(doc_rate[doc_rate["doc_id"] == pop["doc_id"]], code, period)
        per_1000 = float(est["value"]) / float(pop["value"]) * 1000
        reg_1000 = float(reg["value"]) / float(pop["value"]) * 1000 if reg is not None else float("nan")
        lines = sorted({int(r["line"]) for r in (pop, est, reg, rate) if r is not None})
        out.append({
            "area_code": code, "area_name": est["area_name"], "period": period, "doc_id": pop["doc_id"],
            "section": pop["section"], "line": lines[0], "lines": ", ".join(map(str, lines)),
            "estimated": float(est["value"]), "population": float(pop["value"]),
            "estimated_per_1000": round(per_1000, 1), "register_per_1000": round(reg_1000, 1),
            "document_rate": float(rate["value"]) if rate is not None else float("nan"),
        })
    frame = pd.DataFrame(out)
    if frame.empty:
        return frame
    frame = frame.assign(measure="dementia_estimated", unit="per_1000", value=frame["estimated_per_1000"],
                         qualifier="rate", breakdown="")
    frame = with_sources(frame, documents) if documents is not None else _plain_sources(frame)
    frame["estimated_text"] = [f"{v:,.0f}" for v in frame["estimated"]]
    frame["population_text"] = [f"{v:,.0f}" for v in frame["population"]]
    frame["estimated_per_1000_text"] = [f"{v:.1f}" for v in frame["estimated_per_1000"]]
    frame["register_per_1000_text"] = [f"{v:.1f}" if v == v else "–" for v in frame["register_per_1000"]]
    frame["document_rate_text"] = [f"{v:.2f}%" if v == v else "–" for v in frame["document_rate"]]
    return frame


def _plain_sources(frame: pd.DataFrame) -> pd.DataFrame:
    from components.charts import figure_frame

    return figure_frame(frame)


def derivation_text(rates: pd.DataFrame, doc_names: dict[str, str] | None = None) -> str:
    """How the rate was worked out, in words, naming the columns and the document line range."""
    lines = sorted({int(x) for ls in rates["lines"] for x in str(ls).split(", ")})
    span = f"lines {lines[0]}–{lines[-1]}" if len(lines) > 1 else f"line {lines[0]}"
    period = ", ".join(sorted(rates["period"].unique()))
    doc = str(rates["doc_id"].iloc[0])
    first = rates.iloc[0]
    example = (f"{first['area']}: {first['document_rate']:.2f}% against {first['estimated_per_1000']:.1f} per 1,000"
               if first["document_rate"] == first["document_rate"] else "a percentage is ten times smaller")
    return ((f"**How this rate is derived ({period}):** the table's *estimated number* with dementia (all ages) "
            f"divided by the *sum of practice populations* (people registered with the CCG's GP practices), "
            f"times 1,000. Both columns are from the same table ({(doc_names or {}).get(doc, doc)}, {span}). "
            "Registered patients are not the same as residents, and the estimate covers all ages. The document's "
            f"own *estimated rate* column is shown beside it as a check ({example})."))
