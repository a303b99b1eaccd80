"""Dementia: estimated people by Kent district, change, a rate per registered patient, diagnosis by CCG, other authorities."""
import pandas as pd
import streamlit as st

from components import data_access
from components.area_figures import (
    benchmark_refs, child_districts, figure_cards, findings_expander, geography_notes, not_in_documents_yet,
    period_label, period_qualifiers, rows_for, sorted_periods, with_sources,
)
from components.charts import bar_by_area, change_frame, dumbbell_chart, figures_table
from components.dementia_view import ccg_codes, ccg_rates, derivation_text
from components.export import png_download
from components.layout import page_footer, page_header
from components.maps import area_features, choropleth_map, class_legend
from components.provenance import figure_sources, source_caption, short_names
from components.url_state import select_control
from data.store import period_year

KENT = "E10000016"
DEMENTIA_MEASURES = ("dementia_estimated", "dementia_diagnosis_rate", "dementia_register", "practice_population",
                     "dementia_prevalence_estimated", "dementia_prevalence_recorded", "dementia_diagnosis_target")

show_controls = page_header("dementia")
measures, areas, documents = data_access.measures(), data_access.areas(), data_access.documents()
names = short_names(documents)
districts = child_districts(areas, KENT)

estimates = with_sources(rows_for(measures, "dementia_estimated", [*districts, KENT]), documents)
district_rows = estimates[estimates["area_code"].isin(districts)]
# the district table's own total row (same group of people), not the CCG table's all-ages total
groups = district_rows["breakdown"].unique().tolist()
kent_rows = estimates[(estimates["area_code"] == KENT) & estimates["breakdown"].isin(groups)]

st.subheader("Kent's districts")
if district_rows.empty:
    not_in_documents_yet("People estimated to live with dementia by Kent district")
else:
    periods = sorted_periods(district_rows)
    kinds = period_qualifiers(district_rows)
    period = select_control("segmented", "Period", "period", periods, periods[0],
                            format_func=lambda p: period_label(p, kinds.get(p)), show=show_controls)
    if not show_controls:
        st.markdown(f"**Period: {period_label(period, kinds.get(period))}**")
    now = district_rows[district_rows["period"] == period]
    group = ", ".join(g for g in groups if g) or "all ages"
    kent_now = kent_rows[kent_rows["period"] == period]

    cols = st.columns(3)
    if not kent_now.empty:
        cols[0].metric(f"Kent total ({group})", kent_now["value_text"].iloc[0],
                       help=f"The document's total row: {kent_now['source'].iloc[0]}")
    total = float(now["value"].sum())
    cols[1].metric(f"Sum of {len(now)} districts", f"{total:,.0f}",
                   help="Added up here from the district rows")
    if not kent_now.empty and abs(total - float(kent_now["value"].iloc[0])) >= 1:
        cols[2].metric("Total minus sum", f"{float(kent_now['value'].iloc[0]) - total:+,.0f}",
                       help="The document's Kent total does not equal the sum of its districts for this period")
        st.caption(":material/warning: For this period the document's Kent total is not the sum of its "
                   "districts; both are shown as published.")

    st.markdown(f"##### People estimated to live with dementia ({group}), {period_label(period, kinds.get(period))}")
    st.caption("These are numbers of people, not rates: districts with more (and older) residents have more "
               "people with dementia. The documents give no district population to divide by; a rate per "
               "registered patient by clinical commissioning group is further down.")
    fc = area_features(districts, "2023")
    legend = class_legend(district_rows["value"].tolist(), "people")
    choropleth_map(fc, now, f"People estimated to live with dementia ({group}) by Kent district, {period}",
                   "People with dementia", value_label="People with dementia",
                   source=source_caption(now, documents), key="dementia_map", show_download=show_controls,
                   legend=legend, show_attribution=False)
    for note in geography_notes(now["area_code"], period_year(period)):
        st.caption(f":material/info: {note}: the figure is drawn on today's boundary and named as today.")

    bars = bar_by_area(now, f"People with dementia, {group}", "people")
    st.altair_chart(bars, key="dementia_bars",
                    alt=f"Bar chart of people estimated to live with dementia by district, {period}; values printed on bars.")
    if show_controls:
        png_download(bars, f"People estimated to live with dementia by Kent district, {period}",
                     source_caption(now, documents), key="png_dementia_bars")
    figure_sources(estimates[estimates["period"] == period], documents)

    st.subheader("Change between periods")
    if len(periods) < 2:
        st.info("The documents give one period only, so there is no change to show.")
    else:
        start, end = periods[0], periods[-1]
        changes = change_frame(district_rows, start, end)
        chart = dumbbell_chart(changes, f"People with dementia, {group}", "people")
        st.altair_chart(chart, key="dementia_change",
                        alt=f"Dot plot of people with dementia by district in {start} and {end}, labelled with the change.")
        falls = changes[changes["change"] < 0]["area"].tolist()
        st.caption(f"{period_label(start, kinds.get(start))} to {period_label(end, kinds.get(end))}. "
                   + (f"Falls in {', '.join(falls)} are as published, against rises everywhere else; "
                      "see the data-quality notes below." if falls else ""))
        if show_controls:
            png_download(chart, f"People with dementia by Kent district, {start} and {end}",
                         source_caption(district_rows, documents), key="png_dementia_change")

st.subheader("Rate per registered patient, by clinical commissioning group")
ccgs = ccg_codes(areas, KENT)
rates = ccg_rates(measures, [*ccgs, KENT], documents)
if rates.empty:
    not_in_documents_yet("Dementia estimates and practice populations by clinical commissioning group")
else:
    st.markdown(derivation_text(rates, names))
    rate_chart = bar_by_area(rates[rates["area_code"] != KENT], "Estimated with dementia, registered patients", "per_1000",
                             references=benchmark_refs(rates, ((KENT, "Kent"),), rates["period"].iloc[0]))
    st.altair_chart(rate_chart, key="dementia_rates",
                    alt="Bar chart of estimated people with dementia per 1,000 registered patients by CCG, with Kent's rate as a reference line.")
    st.dataframe(figures_table(rates, {
        "area": "Clinical commissioning group", "period": "Period", "estimated_text": "Estimated number",
        "population_text": "Registered patients", "estimated_per_1000_text": "Estimated per 1,000 (derived)",
        "document_rate_text": "Document's estimated rate (%)", "register_per_1000_text": "On GP register per 1,000 (derived)",
        "source": "Source"}), hide_index=True, width="stretch", key="dementia_rates_table")
    if show_controls:
        png_download(rate_chart, "Estimated dementia per 1,000 registered patients by Kent CCG",
                     source_caption(rows_for(measures, "practice_population", [*ccgs, KENT]), documents),
                     key="png_dementia_rates")

st.subheader("Diagnosis rate by clinical commissioning group")
diagnosis = with_sources(rows_for(measures, "dementia_diagnosis_rate", [*ccgs, KENT]), documents)
target_rows = with_sources(rows_for(measures, "dementia_diagnosis_target"), documents)
if diagnosis.empty:
    not_in_documents_yet("Dementia diagnosis rates by clinical commissioning group")
else:
    d_periods = sorted_periods(diagnosis)
    refs = []
    if not target_rows.empty:
        t = target_rows.iloc[0]
        refs = [benchmark_refs(target_rows, ((t["area_code"], "National target"),), t["period"])[0]]
    changes = change_frame(diagnosis, d_periods[0], d_periods[-1])
    chart = dumbbell_chart(changes, "Recorded as share of estimated", "percent", references=refs)
    st.altair_chart(chart, key="dementia_diagnosis",
                    alt=f"Dot plot of the dementia diagnosis rate by CCG in {d_periods[0]} and {d_periods[-1]}"
                        + (f", with {refs[0].text} as a reference line." if refs else "."))
    st.caption("Diagnosis rate: people on GP dementia registers as a share of the number estimated to have dementia. "
               "A change in a rate is in percentage points."
               + (f" Dashed line: {refs[0].text} ({target_rows.iloc[0]['source']})." if refs else
                  " The national target is not in the extracted figures yet."))
    if show_controls:
        png_download(chart, f"Dementia diagnosis rate by Kent CCG, {d_periods[0]} and {d_periods[-1]}",
                     source_caption(diagnosis, documents), key="png_dementia_diagnosis")
    figure_sources(pd.concat([diagnosis, target_rows]), documents)

st.subheader("Other dementia figures in the documents")
st.caption("Estimates and projections as each document gives them, for different years and age groups: shown as "
           "cards, not on a shared scale with Kent's districts.")
others = with_sources(measures[measures["measure"].isin(["dementia_estimated", "dementia_register",
                                                           "dementia_prevalence_estimated", "dementia_prevalence_recorded"])
                               & (measures["doc_id"] != "kent-community-mps-2016")], documents)
if others.empty:
    not_in_documents_yet("Other authorities' dementia estimates")
else:
    figure_cards(others, names)
    figure_sources(others, documents, label="Where these figures come from (other authorities)")

findings_expander(data_access.findings(), DEMENTIA_MEASURES)
page_footer(map_vintages=("2023",))
