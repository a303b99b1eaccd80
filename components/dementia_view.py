"""Dementia by clinical commissioning group for any authority: a rate derived from the document's own columns,
and diagnosis rates against the national target.

A document may give, per CCG, the estimated number with dementia and the sum of its GP
practices' registered populations, so a rate per 1,000 registered patients can be worked out
without any outside denominator. The document's own 'estimated rate' column is kept beside
the derived one so a reader can check that they agree.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from components.area_figures import CardsView, benchmark_refs, cards_view, not_in_documents_yet, rows_for, with_sources
from components.chart_cache import BuiltChart, cached_chart, show_chart
from components.district_view import DistrictView, district_model
from components.charts import bar_by_area, change_frame, dumbbell_chart, figures_table
from components.export import png_download
from components.provenance import Sources, show_sources, source_caption, sources
from components.tables_view import show_table
from components.theme_view import DistrictSpec, other_figures, sorted_periods
from components.view_cache import view_model

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
    recorded = rows_for(measures, "dementia_prevalence_recorded", codes)
    out = []
    for _, pop in population.iterrows():
        code, period = pop["area_code"], pop["period"]
        same_doc = estimated[estimated["doc_id"] == pop["doc_id"]]
        est = _first(same_doc, code, period)
        if est is None or not pop["value"]:
            continue
        reg = _first(register[register["doc_id"] == pop["doc_id"]], code, period)
        rate = _first(doc_rate[doc_rate["doc_id"] == pop["doc_id"]], code, period)
        rec = _first(recorded[recorded["doc_id"] == pop["doc_id"]], code, period)
        per_1000 = float(est["value"]) / float(pop["value"]) * 1000
        reg_1000 = float(reg["value"]) / float(pop["value"]) * 1000 if reg is not None else float("nan")
        lines = sorted({int(r["line"]) for r in (pop, est, reg, rate) if r is not None})
        out.append({
            "area_code": code, "area_name": est["area_name"], "period": period, "doc_id": pop["doc_id"],
            "section": pop["section"], "line": lines[0], "lines": ", ".join(map(str, lines)),
            "estimated": float(est["value"]), "population": float(pop["value"]),
            "estimated_per_1000": round(per_1000, 1), "register_per_1000": round(reg_1000, 1),
            "document_rate": float(rate["value"]) if rate is not None else float("nan"),
            "recorded_rate": float(rec["value"]) if rec is not None else float("nan"),
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
    frame["recorded_rate_text"] = [f"{v:.2f}%" if v == v else "–" for v in frame["recorded_rate"]]
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


RATE_COLUMNS = {
    "area": "Clinical commissioning group", "period": "Period", "estimated_text": "Estimated number",
    "population_text": "Registered patients", "estimated_per_1000_text": "Estimated per 1,000 (derived)",
    "document_rate_text": "Document's estimated rate (%)", "register_per_1000_text": "On GP register per 1,000 (derived)",
    "recorded_rate_text": "Document's recorded rate (%)", "source": "Source"}


@dataclass(frozen=True, eq=False)
class CcgView:
    """The derived rate by CCG, worked out (`chart` None with `missing` set: the documents give no rates)."""
    missing: str
    derivation: str = ""
    chart: BuiltChart | None = None
    alt: str = ""
    table: pd.DataFrame | None = None
    title: str = ""
    source: str = ""


def ccg_view(measures: pd.DataFrame, areas: pd.DataFrame, documents: pd.DataFrame, code: str,
             name: str) -> tuple[CcgView | None, pd.DataFrame]:
    """The rate per 1,000 registered patients by CCG with the authority's own as a reference (None: the authority
    has no CCGs), and the rows used."""
    ccgs = ccg_codes(areas, code)
    if not ccgs:
        return None, measures.iloc[0:0]
    rates = ccg_rates(measures, [*ccgs, code], documents)
    if rates.empty:
        return CcgView(f"Dementia estimates and practice populations by CCG in {name}"), measures.iloc[0:0]
    names = dict(zip(documents["doc_id"], documents["short_name"]))
    refs = benchmark_refs(rates, ((code, name),), rates["period"].iloc[0])
    chart = cached_chart(bar_by_area, rates[rates["area_code"] != code], "Estimated with dementia, registered patients",
                         "per_1000", references=refs)
    used = measures[measures["measure"].isin(["practice_population", "dementia_estimated", "dementia_register",
                                              "dementia_prevalence_estimated", "dementia_prevalence_recorded"])
                    & measures["area_code"].isin(set(rates["area_code"])) & measures["doc_id"].isin(set(rates["doc_id"]))]
    return CcgView("", derivation_text(rates, names), chart,
                   f"Bar chart of estimated people with dementia per 1,000 registered patients by CCG in {name}"
                   + (f", with {name}'s rate as a reference line." if refs else "."),
                   figures_table(rates, RATE_COLUMNS), f"Estimated dementia per 1,000 registered patients by CCG in {name}",
                   source_caption(used, documents)), used


def show_ccg_rates(view: CcgView | None, show_controls: bool) -> None:
    if view is None:
        return
    st.subheader("Rate per registered patient, by clinical commissioning group")
    if view.chart is None:
        not_in_documents_yet(view.missing)
        return
    st.markdown(view.derivation)
    show_chart(view.chart, key="dementia_rates", alt=view.alt)
    show_table(view.table, width="stretch", key="dementia_rates_table")
    if show_controls:
        png_download(view.chart.spec, view.title, view.source, key="png_dementia_rates")


@dataclass(frozen=True, eq=False)
class DiagnosisView:
    chart: BuiltChart
    alt: str
    caption: str
    title: str
    source: str
    sources: Sources


def diagnosis_view(measures: pd.DataFrame, areas: pd.DataFrame, documents: pd.DataFrame, code: str,
                   name: str) -> tuple[DiagnosisView | None, pd.DataFrame]:
    """Diagnosis rates by CCG at the first and last period, against the national target (None: none), and rows used."""
    ccgs = ccg_codes(areas, code)
    diagnosis = with_sources(rows_for(measures, "dementia_diagnosis_rate", [*ccgs, code]), documents)
    if not ccgs or diagnosis.empty:
        return None, measures.iloc[0:0]
    targets = with_sources(rows_for(measures, "dementia_diagnosis_target"), documents)
    periods = sorted_periods(diagnosis)
    refs = []
    if not targets.empty:
        t = targets.iloc[0]
        refs = benchmark_refs(targets, ((t["area_code"], "National target"),), t["period"])
    chart = cached_chart(dumbbell_chart, change_frame(diagnosis, periods[0], periods[-1]), "Recorded as share of estimated",
                         "percent", references=refs)
    caption = ("Diagnosis rate: people on GP dementia registers as a share of the number estimated to have dementia. "
               "A change in a rate is in percentage points."
               + (f" Dashed line: {refs[0].text} ({targets.iloc[0]['source']})." if refs else
                  " The national target is not in the extracted figures yet."))
    used = pd.concat([diagnosis, targets])
    return DiagnosisView(chart, f"Dot plot of the dementia diagnosis rate by CCG in {periods[0]} and {periods[-1]}"
                         + (f", with {refs[0].text} as a reference line." if refs else "."), caption,
                         f"Dementia diagnosis rate by CCG in {name}, {periods[0]} and {periods[-1]}",
                         source_caption(diagnosis, documents), sources(used)), used


def show_diagnosis(view: DiagnosisView | None, documents: pd.DataFrame, show_controls: bool) -> None:
    if view is None:
        return
    st.subheader("Diagnosis rate by clinical commissioning group")
    show_chart(view.chart, key="dementia_diagnosis", alt=view.alt)
    st.caption(view.caption)
    if show_controls:
        png_download(view.chart.spec, view.title, view.source, key="png_dementia_diagnosis")
    show_sources(view.sources, documents)


# --- the documents tab, once per authority ----------------------------------------------------------

@dataclass(frozen=True, eq=False)
class DementiaView:
    district: DistrictView | None   # None: no authority has figures
    ccg: CcgView | None
    diagnosis: DiagnosisView | None
    cards: CardsView


def dementia_model(tables, spec: DistrictSpec, measures: tuple[str, ...], card_measures: tuple[str, ...],  # noqa: ANN001
                   code: str | None) -> DementiaView:
    """The authority's districts, rates and diagnosis by CCG, and the other dementia figures as cards (for
    components.view_cache.view_model: shared by every session, read-only)."""
    all_rows, areas, documents = tables.measures, tables.areas, tables.documents
    theme_rows = all_rows[all_rows["measure"].isin(measures)]
    shown = [theme_rows.iloc[0:0]]
    district = ccg = diagnosis = None
    if code is not None:
        district = view_model(district_model, spec, measures, code, tables=tables)
        if district.fig.has_children:
            shown.append(district.fig.used())
        ccg, used = ccg_view(all_rows, areas, documents, code, district.fig.name)
        shown.append(used)
        diagnosis, used = diagnosis_view(all_rows, areas, documents, code, district.fig.name)
        shown.append(used)
    cards = other_figures(theme_rows[theme_rows["measure"].isin(card_measures)], pd.concat(shown), areas, code)
    return DementiaView(district, ccg, diagnosis, cards_view(cards, documents, "Other dementia figures in the documents",
                                                             "Other authorities' dementia estimates"))
