"""Sections of a theme page for one authority's child areas: map, period, totals, counts and shares, change.

Each section is worked out once per authority and choices (a view model, components/view_cache.py) and
drawn by a `show_*` function, so a page is a list of calls and another section is one more call. Works
for any authority whose districts the documents give figures for; nothing here names a council.
"""
from __future__ import annotations

from contextlib import nullcontext
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from components.area_figures import (
    CardsView, benchmark_refs, cards_view, geography_notes, period_label, period_qualifiers, with_sources,
)
from components.cards import Card, show_cards
from components.chart_cache import BuiltChart, cached_chart, show_chart
from components.charts import bar_by_area, benchmark_chart, change_frame, dumbbell_chart, figures_table
from components.export import png_download
from components.maps import ClassLegend, area_features, choropleth_map, class_legend, interactive_map
from components.provenance import Sources, paragraphs, show_sources, source_caption, sources
from components.tables_view import rows_height, show_table, wrapped_row_px
from components.theme_view import (
    DistrictFigures, DistrictSpec, district_figures, in_period, later_periods, map_vintage, other_figures, paired_table,
    top_rows, totals_check,
)
from components.url_state import control_columns, select_control
from components.view_cache import view_model
from data.store import period_year

Key = tuple  # (DistrictSpec, measure names, authority code): what every section of one district view is built from


# --- the view of one authority: its figures, periods and map classes -------------------------------

@dataclass(frozen=True, eq=False)
class DistrictView:
    key: Key
    fig: DistrictFigures
    periods: tuple[str, ...]
    labels: dict[str, str]        # period -> '2020 (projection)'
    legend: ClassLegend | None    # the map's classes over every period (None: no child areas)
    change_choices: tuple[str, ...]

    def label(self, period: str) -> str:
        return self.labels.get(period, period)


def district_model(tables, spec: DistrictSpec, measures: tuple[str, ...], code: str) -> DistrictView:  # noqa: ANN001
    """An authority's figures for a theme (`measures`), for `view_model`: shared by every session, read-only."""
    rows = tables.measures[tables.measures["measure"].isin(measures)]
    fig = district_figures(with_sources(rows, tables.documents), tables.areas, code, spec)
    if not fig.has_children:
        return DistrictView((spec, measures, code), fig, (), {}, None, ())
    periods = tuple(fig.periods)
    kinds = period_qualifiers(fig.mapped)
    legend = class_legend(fig.mapped["value"].tolist(), str(fig.mapped["unit"].iloc[0]))
    choices = ("share", "count") if len(fig.child_rows("share")) else ("count",)
    return DistrictView((spec, measures, code), fig, periods, {p: period_label(p, kinds.get(p)) for p in periods},
                        legend, choices)


def choose_period(view: DistrictView, show_controls: bool) -> str:
    """The period control (in the URL as ?period=); in presenter mode the chosen period is stated instead."""
    period = select_control("segmented", "Period", "period", list(view.periods), view.periods[0],
                            format_func=view.label, show=show_controls,
                            state=True, help="Counts, estimates and projections are labelled as such")
    return period


# --- one period: headline figures, map, counts and shares -------------------------------------------

@dataclass(frozen=True, eq=False)
class PeriodChart:
    name: str
    chart: BuiltChart
    title: str
    source: str
    alt: str


@dataclass(frozen=True, eq=False)
class PeriodView:
    cards: tuple[Card, ...]                   # the headline figures, each with its source
    mismatch: str                             # the caption when the total is not the sum ('' when it is)
    map_heading: str
    vintage: str
    now: pd.DataFrame
    map_title: str
    legend_title: str
    value_label: str
    map_source: str
    notes: tuple[str, ...]
    figures_heading: str
    charts: tuple[PeriodChart, ...]
    refs_caption: str
    table: pd.DataFrame                        # display table, every district
    table_codes: tuple[str, ...]               # each row's area code (a clicked district shows its row only)
    sources: Sources


def headline_cards(fig: DistrictFigures, spec: DistrictSpec, period: str) -> tuple[list[Card], str]:
    """The authority's total, the sum of its districts and any gap, its share and its benchmarks' shares, the top
    district ('Highest in ...', with its sources): (cards, the caption when total and sum differ)."""
    counts = in_period(fig.child_rows("count"), period)
    total = in_period(fig.total_rows(), period)
    check = totals_check(counts, total)
    group = f" ({fig.group})" if fig.group else ""
    cards: list[Card] = []
    if check.total is not None:
        cards.append(Card(f"{spec.count_label}, {fig.name}{group}", total["value_text"].iloc[0],
                          f"The document's total row: {total['source'].iloc[0]}"))
    if len(counts) > 1:
        cards.append(Card(f"Sum of {check.n_parts} districts", f"{check.parts:,.0f}",
                          "Added up here from the district rows"))
    if not check.matches:
        cards.append(Card("Total minus sum", f"{check.difference:+,.0f}",
                          f"The document's {fig.name} total does not equal the sum of its districts for this period"))
    shares = in_period(fig.shares, period)
    for code, name in fig.benchmarks:
        row = shares[shares["area_code"] == code]
        if len(row):
            cards.append(Card(f"Share, {name}", row["value_text"].iloc[0], row["source"].iloc[0]))
    leaders = top_rows(in_period(fig.mapped, period))
    if len(leaders):
        cards.append(Card("Highest share" if spec.share and fig.mapped["measure"].iloc[0] == spec.share
                          else "Highest number", leaders["value_text"].iloc[0],
                          "Highest in " + ", ".join(leaders["area"]), note="; ".join(leaders["source"])))
    mismatch = "" if check.matches else (f":material/warning: For this period the document's {fig.name} total is not "
                                         "the sum of its districts; both are shown as published.")
    return cards, mismatch


def period_model(tables, spec: DistrictSpec, measures: tuple[str, ...], code: str, period: str) -> PeriodView:  # noqa: ANN001
    """Everything the by-district view shows for one period, for `view_model`."""
    view = view_model(district_model, spec, measures, code, tables=tables)
    fig, documents = view.fig, tables.documents
    cards, mismatch = headline_cards(fig, spec, period)
    # the map
    now = in_period(fig.mapped, period)
    share = bool(spec.share) and fig.mapped["measure"].iloc[0] == spec.share
    what = f"{spec.count_label}, {spec.share_label.lower()}" if share else spec.count_label
    group = f" ({fig.group})" if fig.group else ""
    # counts and shares
    count_now = in_period(fig.child_rows("count"), period)
    share_now = in_period(fig.child_rows("share"), period)
    comma_group = f", {fig.group}" if fig.group else ""
    charts = []
    if len(count_now):
        charts.append(PeriodChart("counts", cached_chart(bar_by_area, count_now, f"{spec.count_label}{comma_group}", "people"),
                                  f"{spec.count_label}{comma_group} by district of {fig.name}, {period}",
                                  source_caption(count_now, documents),
                                  f"Bar chart of {spec.count_label.lower()} by district of {fig.name}, {period}; values "
                                  "are printed on the bars."))
    refs = benchmark_refs(fig.shares, fig.benchmarks, period) if len(share_now) else []
    if len(share_now):
        charts.append(PeriodChart("shares", cached_chart(benchmark_chart, share_now, spec.share_label, "percent", references=refs),
                                  f"{spec.count_label}, {spec.share_label.lower()} by district of {fig.name}, {period}",
                                  source_caption(share_now, documents),
                                  f"Dot chart of {spec.share_label.lower()} by district, {period}, with "
                                  + "; ".join(r.text for r in refs) + " as reference lines."))
    if len(share_now):
        table = paired_table(count_now, share_now)
        columns = {"area": "District", "value_text_count": f"{spec.count_label} (people)",
                   "value_text_share": f"{spec.share_label} (%)", "qualifier": "Kind", "source": "Source"}
    else:
        table = count_now.sort_values("area")
        columns = {"area": "District", "value_text": f"{spec.count_label}{comma_group} (people)", "qualifier": "Kind",
                   "source": "Source"}
    return PeriodView(
        tuple(cards), mismatch,
        f"##### {what}{group} by district, {view.label(period)}", map_vintage(fig.children, period), now,
        f"{what}{group} by district of {fig.name}, {period}", f"{spec.share_label} (%)" if share else spec.count_label,
        what, source_caption(now, documents),
        tuple(geography_notes(now["area_code"], period_year(period))),
        f"##### {'Counts and shares' if len(share_now) else spec.count_label + comma_group}, {period}",
        tuple(charts), ("Dashed lines: " + "; ".join(r.text for r in refs) + ", from the same table.") if refs else "",
        figures_table(table, columns), tuple(table["area_code"]),
        sources(pd.concat([in_period(fig.counts, period), in_period(fig.shares, period)])))


def show_headline_figures(view: PeriodView) -> None:
    """The period's headline cards, three to a row on a wide screen (one element)."""
    show_cards(view.cards, columns=3, label="Headline figures for this period")
    if view.mismatch:
        st.caption(view.mismatch)


def show_district_map(view: DistrictView, spec: DistrictSpec, pv: PeriodView, show_controls: bool) -> str | None:
    """The child areas coloured by the mapped figure on boundaries of the figures' time, and on request an
    interactive map; returns the area clicked on the interactive map (None when none)."""
    st.markdown(pv.map_heading)
    if spec.note:
        st.caption(spec.note)
    joined = choropleth_map(area_features(view.fig.children, pv.vintage), pv.now, pv.map_title, pv.legend_title,
                            value_label=pv.value_label, source=pv.map_source, key=f"{spec.key}_map",
                            show_download=show_controls, legend=view.legend, show_attribution=False,
                            notes=map_notes(pv))
    return interactive_map(joined, key=f"{spec.key}_pick", show=show_controls, title=pv.map_title)


def map_notes(pv: PeriodView) -> tuple[str, ...]:
    """The district map's notes, paragraphs of the caption under it: where an area of the period is another today,
    and that its colours compare across periods."""
    return (*(f":material/info: {note}." for note in pv.notes),
            "The colour classes are the same for every period, so maps for different years compare directly.")


def show_counts_and_shares(spec: DistrictSpec, pv: PeriodView, documents: pd.DataFrame, show_controls: bool,
                           picked: str | None = None) -> None:
    """Counts as bars and shares as dots against the authority and its parents, then the table of both
    (only the `picked` district's row when one was clicked on the interactive map)."""
    st.markdown(pv.figures_heading)
    # side by side on a wide screen; Streamlit stacks columns on a phone. One chart takes the width without a column.
    holders = st.columns(len(pv.charts)) if len(pv.charts) > 1 else [nullcontext()] * len(pv.charts)
    for col, part in zip(holders, pv.charts):
        with col:
            show_chart(part.chart, key=f"{spec.key}_{part.name}", alt=part.alt)
            if show_controls:
                png_download(part.chart.spec, part.title, part.source, key=f"png_{spec.key}_{part.name}")
    if pv.refs_caption:
        st.caption(pv.refs_caption)
    table = pv.table
    if picked in pv.table_codes:
        table = table[[c == picked for c in pv.table_codes]].reset_index(drop=True)
    show_table(table, width="stretch", key=f"{spec.key}_table",
               height=rows_height(len(table), not show_controls, wrapped_row_px(table, not show_controls)))
    show_sources(pv.sources, documents)


# --- change between two periods -------------------------------------------------------------------

@dataclass(frozen=True, eq=False)
class ChangeView:
    chart: BuiltChart
    alt: str
    share_note: str
    caption: str
    title: str
    source: str


def change_model(tables, spec: DistrictSpec, measures: tuple[str, ...], code: str, start: str, end: str,  # noqa: ANN001
                 what: str) -> ChangeView:
    """Each district's figure at two periods, joined and labelled with the change, for `view_model`."""
    view = view_model(district_model, spec, measures, code, tables=tables)
    fig = view.fig
    # shares: the districts with the authority's and its parents' own rows; counts: districts only (one scale)
    rows = fig.shares if what == "share" else fig.child_rows("count")
    unit = "percent" if what == "share" else "people"
    label = spec.share_label if what == "share" else spec.count_label + (f", {fig.group}" if fig.group else "")
    changes = change_frame(rows, start, end)
    chart = cached_chart(dumbbell_chart, changes, label, unit)
    share_note = (f"A change in a share is in percentage points. The {' and '.join(n for _, n in fig.benchmarks)} "
                  "rows are the document's own totals.") if what == "share" else ""
    falls = changes[changes["change"] < 0]["area"].tolist()
    kinds = period_qualifiers(rows)
    forecast = "projection" in (kinds.get(start), kinds.get(end))
    caption = (f"{view.label(start)} to {view.label(end)}." + (" A projection is a forecast, not a count." if forecast else "")
               + (f" Falls in {', '.join(falls)} are as published; see the data-quality notes below." if falls else ""))
    return ChangeView(chart, f"Dot plot of {label.lower()} by area in {start} and {end}, each labelled with the change.",
                      share_note, caption, f"{label}, {start} and {end}, districts of {fig.name}",
                      source_caption(rows[rows["period"].isin([start, end])], tables.documents))


def show_change(view: DistrictView, spec: DistrictSpec, show_controls: bool) -> None:
    """Each district's figure at two chosen periods, joined and labelled with the change."""
    st.subheader("Change between periods")
    periods = list(view.periods)
    if len(periods) < 2:
        st.info("The documents give one period only, so there is no change to show.")
        return
    c1, c2, c3 = control_columns(3, show_controls)
    with c1:
        start = select_control("select", "From", "from", periods[:-1], periods[0], format_func=view.label,
                               show=show_controls)
    later = later_periods(periods, start)
    with c2:
        end = select_control("select", "To", "to", later, later[-1], format_func=view.label, show=show_controls)
    choices = list(view.change_choices)
    with c3:
        what = select_control("segmented", "Figure", "change", choices, choices[0],
                              format_func=lambda w: {"share": spec.share_label, "count": "Number"}[w],
                              show=show_controls and len(choices) > 1)
    change = view_model(change_model, *view.key, start, end, what)
    show_chart(change.chart, key=f"{spec.key}_change", alt=change.alt)
    st.caption(paragraphs(change.share_note, change.caption))
    if show_controls:
        png_download(change.chart.spec, change.title, change.source, key=f"png_{spec.key}_change")


def show_districts(view: DistrictView, spec: DistrictSpec, documents: pd.DataFrame, show_controls: bool) -> tuple[str, ...]:
    """The whole by-district view (period, headline figures, map, counts and shares, change); returns map vintages."""
    st.subheader(f"{view.fig.name}: by district")
    period = choose_period(view, show_controls)
    pv = view_model(period_model, *view.key, period)
    show_headline_figures(pv)
    picked = show_district_map(view, spec, pv, show_controls)
    show_counts_and_shares(spec, pv, documents, show_controls, picked)
    show_change(view, spec, show_controls)
    return (pv.vintage,)


# --- a theme page's documents tab: the districts view and the other figures as cards -----------------

@dataclass(frozen=True, eq=False)
class ThemeView:
    district: DistrictView | None   # None: no authority has figures
    cards: CardsView


def theme_model(tables, spec: DistrictSpec, measures: tuple[str, ...], code: str | None, heading: str,  # noqa: ANN001
                what: str) -> ThemeView:
    """An authority's districts (when the documents give them) and the theme's other figures as cards, for `view_model`."""
    theme_rows = tables.measures[tables.measures["measure"].isin(measures)]
    district = view_model(district_model, spec, measures, code, tables=tables) if code is not None else None
    shown = district.fig.used() if district is not None and district.fig.has_children else theme_rows.iloc[0:0]
    return ThemeView(district, cards_view(other_figures(theme_rows, shown, tables.areas, code), tables.documents,
                                          heading, what))
