"""Sections of a theme page for one authority's child areas: map, period, totals, counts and shares, change.

Each `show_*` function draws one section from a `DistrictFigures` (components.theme_view), so
a page is a list of calls and another section is one more call. Works for any authority whose
districts the documents give figures for; nothing here names a council.
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from components.area_figures import benchmark_refs, geography_notes, period_label, period_qualifiers
from components.chart_cache import cached_chart, show_chart
from components.charts import bar_by_area, benchmark_chart, change_frame, dumbbell_chart, figures_table
from components.export import png_download
from components.maps import area_features, choropleth_map, class_legend, interactive_map
from components.provenance import figure_sources, source_caption
from components.theme_view import (
    DistrictFigures, DistrictSpec, in_period, later_periods, map_vintage, paired_table, top_rows, totals_check,
)
from components.url_state import select_control
from data.store import period_year


def _kinds(fig: DistrictFigures) -> dict[str, str]:
    """Each period's kind of figure, worked out once per figures object (period labels ask for it per option)."""
    kinds = fig.__dict__.get("_period_kinds")
    if kinds is None:
        kinds = fig.__dict__["_period_kinds"] = period_qualifiers(fig.mapped)
    return kinds


def _label(fig: DistrictFigures, period: str) -> str:
    return period_label(period, _kinds(fig).get(period))


def choose_period(fig: DistrictFigures, show_controls: bool) -> str:
    """The period control (in the URL as ?period=); in presenter mode the chosen period is stated instead."""
    periods = fig.periods
    kinds = _kinds(fig)
    period = select_control("segmented", "Period", "period", periods, periods[0],
                            format_func=lambda p: period_label(p, kinds.get(p)), show=show_controls,
                            help="Counts, estimates and projections are labelled as such")
    if not show_controls:
        st.markdown(f"**Period: {_label(fig, period)}**")
    return period


def show_headline_figures(fig: DistrictFigures, spec: DistrictSpec, period: str) -> None:
    """The authority's total, the sum of its districts and any gap, its share and its benchmarks' shares, the top district."""
    counts = in_period(fig.child_rows("count"), period)
    total = in_period(fig.total_rows(), period)
    check = totals_check(counts, total)
    group = f" ({fig.group})" if fig.group else ""
    cards: list[tuple[str, str, str]] = []  # (label, value, help)
    if check.total is not None:
        cards.append((f"{spec.count_label}, {fig.name}{group}", total["value_text"].iloc[0],
                      f"The document's total row: {total['source'].iloc[0]}"))
    if len(counts) > 1:
        cards.append((f"Sum of {check.n_parts} districts", f"{check.parts:,.0f}", "Added up here from the district rows"))
    if not check.matches:
        cards.append(("Total minus sum", f"{check.difference:+,.0f}",
                      f"The document's {fig.name} total does not equal the sum of its districts for this period"))
    shares = in_period(fig.shares, period)
    for code, name in fig.benchmarks:
        row = shares[shares["area_code"] == code]
        if len(row):
            cards.append((f"Share, {name}", row["value_text"].iloc[0], row["source"].iloc[0]))
    leaders = top_rows(in_period(fig.mapped, period))
    if len(leaders):
        cards.append(("Highest share" if spec.share and fig.mapped["measure"].iloc[0] == spec.share else "Highest number",
                      leaders["value_text"].iloc[0], "; ".join(leaders["source"])))
    for start in range(0, len(cards), 3):
        cols = st.columns(3)
        for col, (label, value, help_text) in zip(cols, cards[start:start + 3]):
            col.metric(label, value, help=help_text)
            if label.startswith("Highest"):
                col.caption("Highest in " + ", ".join(leaders["area"]))
    if not check.matches:
        st.caption(f":material/warning: For this period the document's {fig.name} total is not the sum of its "
                   "districts; both are shown as published.")


def show_district_map(fig: DistrictFigures, spec: DistrictSpec, period: str, documents: pd.DataFrame,
                      show_controls: bool) -> tuple[str, str | None]:
    """The child areas coloured by the mapped figure on boundaries of the figures' time, and on request an
    interactive map; returns the vintage and the area clicked on the interactive map (None when none)."""
    now = in_period(fig.mapped, period)
    share = bool(spec.share) and fig.mapped["measure"].iloc[0] == spec.share
    what = f"{spec.count_label}, {spec.share_label.lower()}" if share else spec.count_label
    group = f" ({fig.group})" if fig.group else ""
    st.markdown(f"##### {what}{group} by district, {_label(fig, period)}")
    if spec.note:
        st.caption(spec.note)
    vintage = map_vintage(fig.children, period)
    legend = class_legend(fig.mapped["value"].tolist(), str(fig.mapped["unit"].iloc[0]))
    title = f"{what}{group} by district of {fig.name}, {period}"
    joined = choropleth_map(area_features(fig.children, vintage), now, title,
                            f"{spec.share_label} (%)" if share else spec.count_label, value_label=what,
                            source=source_caption(now, documents), key=f"{spec.key}_map", show_download=show_controls,
                            legend=legend, show_attribution=False)
    picked = interactive_map(joined, key=f"{spec.key}_pick", show=show_controls, title=title)
    for note in geography_notes(now["area_code"], period_year(period)):
        st.caption(f":material/info: {note}.")
    st.caption("The colour classes are the same for every period, so maps for different years compare directly.")
    return vintage, picked


def show_counts_and_shares(fig: DistrictFigures, spec: DistrictSpec, period: str, documents: pd.DataFrame,
                           show_controls: bool, picked: str | None = None) -> None:
    """Counts as bars and shares as dots against the authority and its parents, then the table of both
    (only the `picked` district's row when one was clicked on the interactive map)."""
    count_now = in_period(fig.child_rows("count"), period)
    share_now = in_period(fig.child_rows("share"), period)
    group = f", {fig.group}" if fig.group else ""
    st.markdown(f"##### {'Counts and shares' if len(share_now) else spec.count_label + group}, {period}")
    charts = []
    if len(count_now):
        charts.append(("counts", cached_chart(bar_by_area, count_now, f"{spec.count_label}{group}", "people"),
                       f"{spec.count_label}{group} by district of {fig.name}, {period}", count_now,
                       f"Bar chart of {spec.count_label.lower()} by district of {fig.name}, {period}; values are printed on the bars."))
    refs = benchmark_refs(fig.shares, fig.benchmarks, period) if len(share_now) else []
    if len(share_now):
        charts.append(("shares", cached_chart(benchmark_chart, share_now, spec.share_label, "percent", references=refs),
                       f"{spec.count_label}, {spec.share_label.lower()} by district of {fig.name}, {period}", share_now,
                       f"Dot chart of {spec.share_label.lower()} by district, {period}, with "
                       + "; ".join(r.text for r in refs) + " as reference lines."))
    # side by side on a wide screen; Streamlit stacks columns on a phone
    for col, (name, chart, title, rows, alt_text) in zip(st.columns(len(charts)) if charts else [], charts):
        with col:
            show_chart(chart, key=f"{spec.key}_{name}", alt=alt_text)
            if show_controls:
                png_download(chart.spec, title, source_caption(rows, documents), key=f"png_{spec.key}_{name}")
    if refs:
        st.caption("Dashed lines: " + "; ".join(r.text for r in refs) + ", from the same table.")
    if len(share_now):
        table = paired_table(count_now, share_now)
        columns = {"area": "District", "value_text_count": f"{spec.count_label} (people)",
                   "value_text_share": f"{spec.share_label} (%)", "qualifier": "Kind", "source": "Source"}
    else:
        table = count_now.sort_values("area")
        columns = {"area": "District", "value_text": f"{spec.count_label}{group} (people)", "qualifier": "Kind",
                   "source": "Source"}
    if picked in set(table["area_code"]):
        table = table[table["area_code"] == picked]
    st.dataframe(figures_table(table, columns), hide_index=True, width="stretch", key=f"{spec.key}_table",
                 height=36 * (len(table) + 1) + 2)
    figure_sources(pd.concat([in_period(fig.counts, period), in_period(fig.shares, period)]), documents)


def show_change(fig: DistrictFigures, spec: DistrictSpec, documents: pd.DataFrame, show_controls: bool) -> None:
    """Each district's figure at two chosen periods, joined and labelled with the change."""
    st.subheader("Change between periods")
    periods = fig.periods
    if len(periods) < 2:
        st.info("The documents give one period only, so there is no change to show.")
        return
    c1, c2, c3 = st.columns(3)
    with c1:
        start = select_control("select", "From", "from", periods[:-1], periods[0],
                               format_func=lambda p: _label(fig, p), show=show_controls)
    later = later_periods(periods, start)
    with c2:
        end = select_control("select", "To", "to", later, later[-1], format_func=lambda p: _label(fig, p),
                             show=show_controls)
    choices = ["share", "count"] if len(fig.child_rows("share")) else ["count"]
    with c3:
        what = select_control("segmented", "Figure", "change", choices, choices[0],
                              format_func=lambda w: {"share": spec.share_label, "count": "Number"}[w],
                              show=show_controls and len(choices) > 1)
    # shares: the districts with the authority's and its parents' own rows; counts: districts only (one scale)
    rows = fig.shares if what == "share" else fig.child_rows("count")
    unit = "percent" if what == "share" else "people"
    label = spec.share_label if what == "share" else spec.count_label + (f", {fig.group}" if fig.group else "")
    changes = change_frame(rows, start, end)
    chart = cached_chart(dumbbell_chart, changes, label, unit)
    show_chart(chart, key=f"{spec.key}_change",
                    alt=f"Dot plot of {label.lower()} by area in {start} and {end}, each labelled with the change.")
    if what == "share":
        st.caption(f"A change in a share is in percentage points. The {' and '.join(n for _, n in fig.benchmarks)} "
                   "rows are the document's own totals.")
    falls = changes[changes["change"] < 0]["area"].tolist()
    kinds = period_qualifiers(rows)
    forecast = "projection" in (kinds.get(start), kinds.get(end))
    st.caption(f"{_label(fig, start)} to {_label(fig, end)}." + (" A projection is a forecast, not a count." if forecast else "")
               + (f" Falls in {', '.join(falls)} are as published; see the data-quality notes below." if falls else ""))
    if show_controls:
        png_download(chart.spec, f"{label}, {start} and {end}, districts of {fig.name}",
                     source_caption(rows[rows["period"].isin([start, end])], documents), key=f"png_{spec.key}_change")


def show_districts(fig: DistrictFigures, spec: DistrictSpec, documents: pd.DataFrame, show_controls: bool) -> tuple[str, ...]:
    """The whole by-district view (period, headline figures, map, counts and shares, change); returns map vintages."""
    st.subheader(f"{fig.name}: by district")
    period = choose_period(fig, show_controls)
    show_headline_figures(fig, spec, period)
    vintage, picked = show_district_map(fig, spec, period, documents, show_controls)
    show_counts_and_shares(fig, spec, period, documents, show_controls, picked)
    show_change(fig, spec, documents, show_controls)
    return (vintage,)
