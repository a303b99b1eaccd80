"""Unpaid carers: prevalence by Kent district on a map, counts and shares, change, benchmarks, other authorities."""
import pandas as pd
import streamlit as st

from components import data_access
from components.area_figures import (
    ENGLAND, benchmark_refs, child_districts, figure_cards, findings_expander, geography_notes,
    not_in_documents_yet, period_label, period_qualifiers, rows_for, sorted_periods, with_sources,
)
from components.charts import bar_by_area, benchmark_chart, change_frame, dumbbell_chart, figures_table
from components.export import png_download
from components.layout import page_footer, page_header
from components.maps import area_features, choropleth_map, class_legend
from components.provenance import figure_sources, source_caption, short_names
from components.url_state import select_control
from data.store import period_year
from data.vocab import MEASURES

KENT = "E10000016"
BENCHMARKS = ((KENT, "Kent"), (ENGLAND, "England"))
CARER_MEASURES = [m for m, spec in MEASURES.items() if spec.theme == "carers"]

show_controls = page_header("carers")
measures, areas, documents = data_access.measures(), data_access.areas(), data_access.documents()
names = short_names(documents)
districts = child_districts(areas, KENT)

counts = with_sources(rows_for(measures, "carers_unpaid", [*districts, KENT, ENGLAND], breakdown=""), documents)
shares = with_sources(rows_for(measures, "carers_unpaid_pct", [*districts, KENT, ENGLAND], breakdown=""), documents)
district_shares = shares[shares["area_code"].isin(districts)]
district_counts = counts[counts["area_code"].isin(districts)]

st.subheader("Kent's districts")
if district_shares.empty:
    not_in_documents_yet("Unpaid carers by Kent district")
    period = None
else:
    periods = sorted_periods(district_shares)
    kinds = period_qualifiers(district_shares)
    period = select_control("segmented", "Period", "period", periods, periods[0],
                            format_func=lambda p: period_label(p, kinds.get(p)), show=show_controls,
                            help="2011 is the census count; later years are the document's estimates and projections")
    if not show_controls:
        st.markdown(f"**Period: {period_label(period, kinds.get(period))}**")

    share_now = district_shares[district_shares["period"] == period]
    count_now = district_counts[district_counts["period"] == period]
    kent_share = shares[(shares["area_code"] == KENT) & (shares["period"] == period)]
    kent_count = counts[(counts["area_code"] == KENT) & (counts["period"] == period)]
    eng_share = shares[(shares["area_code"] == ENGLAND) & (shares["period"] == period)]

    cols = st.columns(4)
    if not kent_count.empty:
        cols[0].metric("Unpaid carers, Kent", kent_count["value_text"].iloc[0],
                       help=kent_count["source"].iloc[0])
    if not kent_share.empty:
        cols[1].metric("Share, Kent", kent_share["value_text"].iloc[0],
                       help=kent_share["source"].iloc[0])
    if not eng_share.empty:
        cols[2].metric("Share, England", eng_share["value_text"].iloc[0],
                       help=eng_share["source"].iloc[0])
    if not share_now.empty:
        leaders = share_now[share_now["value"] == share_now["value"].max()]  # ties are all named
        cols[3].metric("Highest share", leaders["value_text"].iloc[0], delta=", ".join(leaders["area"]),
                       delta_color="off", delta_arrow="off", help="; ".join(leaders["source"]))

    st.markdown(f"##### Unpaid carers as a share of the population, {period_label(period, kinds.get(period))}")
    fc = area_features(districts, "2023")
    legend = class_legend(district_shares["value"].tolist(), "percent")
    title = f"Unpaid carers, share of population by Kent district, {period}"
    choropleth_map(fc, share_now, title, "Share of population (%)", value_label="Unpaid carers, share",
                   source=source_caption(share_now, documents), key="carers_map", show_download=show_controls,
                   legend=legend, show_attribution=False)
    for note in geography_notes(share_now["area_code"], period_year(period)):
        st.caption(f":material/info: {note}: the figure is drawn on today's boundary and named as today.")
    st.caption("The colour classes are the same for every period, so maps for different years compare directly.")

    st.markdown(f"##### Counts and shares, {period}")
    left, right = st.columns(2)
    with left:
        count_chart = bar_by_area(count_now, "Unpaid carers", "people")
        st.altair_chart(count_chart, key="carers_counts",
                        alt=f"Bar chart of the number of unpaid carers by Kent district, {period}; values are printed on the bars.")
        if show_controls:
            png_download(count_chart, f"Unpaid carers by Kent district, {period}", source_caption(count_now, documents),
                         key="png_carers_counts")
    with right:
        refs = benchmark_refs(shares, BENCHMARKS, period)
        share_chart = benchmark_chart(share_now, "Share of population", "percent", references=refs)
        st.altair_chart(share_chart, key="carers_shares",
                        alt=f"Dot chart of unpaid carers as a share of population by district, {period}, with "
                            + "; ".join(r.text for r in refs) + " as reference lines.")
        if show_controls:
            png_download(share_chart, f"Unpaid carers, share of population by Kent district, {period}",
                         source_caption(share_now, documents), key="png_carers_shares")
    if refs:
        st.caption("Dashed lines: " + "; ".join(r.text for r in refs) + ", from the same table.")
    table = count_now[["area_code", "area", "value_text", "source"]].merge(
        share_now[["area_code", "value_text", "qualifier"]], on="area_code", suffixes=("_count", "_share"))
    st.dataframe(
        figures_table(table.sort_values("area"), {"area": "District", "value_text_count": "Unpaid carers (people)",
                                                   "value_text_share": "Share of population (%)",
                                                   "qualifier": "Kind", "source": "Source"}),
        hide_index=True, width="stretch", key="carers_table", height=36 * (len(table) + 1) + 2)
    figure_sources(pd.concat([counts[counts["period"] == period], shares[shares["period"] == period]]), documents)

    st.subheader("Change between periods")
    if len(periods) < 2:
        st.info("The documents give one period only, so there is no change to show.")
    else:
        c1, c2, c3 = st.columns(3)
        with c1:
            start = select_control("select", "From", "from", periods[:-1], periods[0],
                                   format_func=lambda p: period_label(p, kinds.get(p)), show=show_controls)
        later = [p for p in periods if (period_year(p) or 0) > (period_year(start) or 0)] or periods[-1:]
        with c2:
            end = select_control("select", "To", "to", later, later[-1],
                                 format_func=lambda p: period_label(p, kinds.get(p)), show=show_controls)
        with c3:
            what = select_control("segmented", "Figure", "change", ["share", "count"], "share",
                                  format_func=lambda w: {"share": "Share of population", "count": "Number"}[w],
                                  show=show_controls)
        source_rows = shares if what == "share" else district_counts
        unit = "percent" if what == "share" else "people"
        label = "Share of population" if what == "share" else "Unpaid carers"
        changes = change_frame(source_rows, start, end)
        chart = dumbbell_chart(changes, label, unit)
        st.altair_chart(chart, key="carers_change",
                        alt=f"Dot plot of {label.lower()} by area in {start} and {end}, each labelled with the change.")
        if what == "share":
            st.caption("A change in a share is in percentage points. Kent and England rows are the document's own totals.")
        st.caption(f"{period_label(start, kinds.get(start))} to {period_label(end, kinds.get(end))}: "
                   "a projection is a forecast, not a count.")
        used = source_rows[source_rows["period"].isin([start, end])]
        if show_controls:
            png_download(chart, f"{label}, {start} and {end}, Kent districts", source_caption(used, documents),
                         key="png_carers_change")

st.subheader("Other carer figures in the documents")
st.caption("Single figures as each document gives them, for different years and groups: shown as cards, "
           "not on a shared scale with Kent's districts.")
others = measures[measures["measure"].isin(CARER_MEASURES)]
others = others[~((others["doc_id"] == "kent-community-mps-2016")
                  & others["measure"].isin(["carers_unpaid", "carers_unpaid_pct"]))]
if others.empty:
    not_in_documents_yet("Other authorities' carer figures")
else:
    figure_cards(with_sources(others, documents), names)
    figure_sources(others, documents, label="Where these figures come from (other authorities)")

findings_expander(data_access.findings(), CARER_MEASURES)
page_footer(map_vintages=("2023",))
