"""The Tenders and contracts page's sections: filters, the date and span, counts, chart, lists, downloads.

What the page shows for a set of filters and dates is worked out once (`tenders_model`, a view model shared
by every session: components/view_cache.py); each `show_*` function draws one section from it. The logic
behind them (windows, phases, what is open, readings of misprints) is in components/timeline.py and
timeline_readings.py, testable without Streamlit.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd
import streamlit as st

from components import timeline as tl
from components.cards import Card, show_cards
from components.calendar_export import procurements_ics
from components import chart_cache
from components.export import png_download
from components.navigation import FINDINGS_TAB, TAB_PARAM
from components.provenance import md_escape
from components.tables_view import show_table
from components.theme import TIMELINE_VIEW_MONTHS
from components.timeline_chart import (
    chart_alt_text, drawn_ids, open_not_drawn_text, timeline_chart, timeline_png_chart, view_span,
)
from components.timeline_readings import misprint_readings, reading_note, with_readings
from components.url_date import date_control
from components.url_state import control_columns, multiselect_control, select_control

WITHIN_OPTIONS = ("3", "6", "12", "24")
SPAN_OPTIONS = (str(TIMELINE_VIEW_MONTHS), "all")
# the Data and sources page shows the finding named in its URL, its findings tab open
FINDING_HREF = f"sources?{TAB_PARAM}={FINDINGS_TAB}&finding="


@dataclass(frozen=True)
class Filters:
    authorities: tuple[str, ...]
    categories: tuple[str, ...]
    statuses: tuple[str, ...]


@dataclass(frozen=True)
class When:
    today: date
    months: int                 # "soon" means within this many months
    span: int | None            # the chart shows the rows of the next `span` months (None: every date)


@dataclass(frozen=True, eq=False)
class TendersBase:
    """What the controls offer, worked out once per data version (and day, for the date bounds)."""
    names: dict[str, str]
    doc_titles: dict[str, str]
    doc_names: dict[str, str]
    readings: pd.DataFrame          # misprinted years drawn at the reading their finding gives
    authorities: list[str]
    categories: list[str]
    statuses: list[str]


def tenders_base(tables) -> TendersBase:  # noqa: ANN001 - components.data_access.Tables
    procs, areas, documents = tables.procurements, tables.areas, tables.documents
    return TendersBase(dict(zip(areas["area_code"], areas["name"])), dict(zip(documents["doc_id"], documents["title"])),
                       dict(zip(documents["doc_id"], documents["short_name"])), misprint_readings(procs, tables.findings),
                       tl.authority_options(procs), tl.category_options(procs), tl.status_options(procs))


def date_bounds(tables, real_today: date) -> tuple[date, date]:  # noqa: ANN001
    """The dates the date control allows (for `view_model`)."""
    return tl.date_bounds(tables.procurements, real_today)


def show_filters(base: TendersBase, show: bool) -> Filters:
    names = base.names
    cols = control_columns(3, show)
    with cols[0]:
        authorities = multiselect_control("Authority", "authority", base.authorities, [],
                                          format_func=lambda c: names.get(c, c), show=show,
                                          help="Joint contracts appear under each partner authority. Empty = all.")
    with cols[1]:
        categories = multiselect_control("Category", "category", base.categories, [], show=show,
                                         help="Service category. Empty = all.")
    with cols[2]:
        statuses = multiselect_control("Status", "status", base.statuses, [], show=show,
                                       help="As the document describes it when published. Empty = all.")
    return Filters(tuple(authorities), tuple(categories), tuple(statuses))


def show_when(real_today: date, show: bool) -> When:
    from components.view_cache import view_model

    lo, hi = view_model(date_bounds, real_today)
    cols = control_columns(3, show)
    with cols[0]:
        today = date_control("Date to look at", "today", real_today, lo, hi, show=show,
                             help="Moves the line on the timeline; defaults to today's date.")
    with cols[1]:
        # the unit in the label, so the four options fit one row in a third of the page and on a phone
        within = select_control("segmented", "“Soon” means within (months)", "within", WITHIN_OPTIONS, "6", show=show)
    with cols[2]:
        span = select_control("segmented", "Timeline shows", "span", SPAN_OPTIONS, SPAN_OPTIONS[0],
                              format_func=lambda v: "every date" if v == "all" else f"next {v} months", show=show)
    return When(today, int(within), None if span == "all" else int(span))


@dataclass(frozen=True, eq=False)
class TendersView:
    """Everything the page shows for one set of filters, date, span and mode (see `tenders_model`)."""
    when: When
    matched: str                                   # 'N of M procurements ... match the filters ...'
    counts: tuple[Card, ...]                       # label, number, 'x certainly, y possibly'
    chart: chart_cache.BuiltChart | None
    chart_alt: str
    open_note: str                                 # why the chart draws fewer rows than are open ('': it does not)
    rows: pd.DataFrame                             # the filtered rows, with readings (the PNG and .ics)
    readings: pd.DataFrame
    readings_text: str
    timeline_table: pd.DataFrame
    lists: tuple[pd.DataFrame | None, ...]         # open, starting, ending as tables (None: nothing)
    unplaced: pd.DataFrame | None
    csv: bytes


def tenders_model(tables, filters: Filters, when: When, presenter: bool) -> TendersView:  # noqa: ANN001
    """The rows, counts, chart, lists and downloads for a choice of filters and dates, for `view_model`."""
    from components.view_cache import view_model

    base = view_model(tenders_base, tables=tables)
    procs, names, doc_titles = tables.procurements, base.names, base.doc_titles
    stored = tl.filter_procurements(procs, list(filters.authorities), list(filters.categories), list(filters.statuses))
    rows = with_readings(stored, base.readings)
    info = tl.procurement_info(rows, names, doc_titles)
    windows = tl.stage_windows(rows)
    open_rows = tl.open_at(tl.phases(rows, tl.document_coverage(tables.documents)), when.today)
    starting = tl.starting_soon(windows, when.today, when.months)
    ending = tl.ending_soon(windows, when.today, when.months)
    counts = []
    for label, frame in ((f"Open on {tl.fmt_day(when.today)}", open_rows),
                         (f"Starting within {when.months} months", starting),
                         (f"Ending within {when.months} months", ending)):
        certain, possible = tl.level_counts(frame)
        counts.append(Card(label, str(certain + possible), f"{certain} certainly, {possible} possibly"))
    chart = chart_cache.cached_chart(timeline_chart, rows, names, doc_titles, when.today, presenter=presenter,
                                     months=when.span, readings=base.readings, finding_href=FINDING_HREF)
    unplaced = tl.unplaced_dates(rows)
    return TendersView(
        when, f"{len(rows)} of {len(procs)} procurements and contracts match the filters"
              f"{tl.filter_summary(list(filters.authorities), list(filters.categories), list(filters.statuses), names)}.",
        tuple(counts), chart, chart_alt_text(rows, when.today, when.span) if chart is not None else "",
        open_not_drawn_text(set(open_rows.get("procurement_id", ())),  # (no columns when none is open)
                            drawn_ids(rows, when.today, when.span), tl.fmt_day(when.today), when.span,
                            control_shown=not presenter), rows,
        base.readings, readings_text(base.readings, rows), tl.timeline_table(info),
        (tl.open_table(open_rows, info) if len(open_rows) else None,
         tl.event_table(starting, info) if len(starting) else None,
         tl.event_table(ending, info) if len(ending) else None),
        tl.unplaced_table(unplaced, names) if len(unplaced) else None, tl.procurements_csv(stored))


COUNTS_NOTE = "Each count is of distinct procurements; see the lists below for each one's reason."


def show_counts(view: TendersView) -> None:
    show_cards(view.counts, columns=3, notes=(COUNTS_NOTE,), label="Procurements on the chosen day", lead=(view.matched,))
    when = view.when
    st.caption(
        "Dates are ranges (*Autumn 2018* is any day from 1 September to 30 November 2018). **Certainly** open: every "
        "reading of the dates puts the day inside the phase. **Possibly** open: only some do — the day falls inside a "
        "start or end window, the phase is an option to extend, or its end is not stated."
    )
    with st.expander("How uncertain dates are counted", icon=":material/help:"):
        st.markdown(
            "- **Open** means a procurement is running (from its start to its award or contract start) or a contract "
            "is live (from its start to its end, or to the end of an option to extend) on the chosen day.\n"
            "- **Certainly open**: the start window has closed and the end window has not begun.\n"
            "- **Possibly open**: the day is inside the start or end window; or the phase is an option to extend "
            "(it happens only if the option is taken up); or the document does not state the end, in which case the "
            "phase is counted only until the end of the period the document covers; or a date is the probable "
            "reading of a misprinted year.\n"
            "- A contract the document describes as current but whose start it does not give is counted from the "
            "start of the period the document covers.\n"
            f"- **Starting/ending soon** lists each stage whose window meets the next {when.months} months; it is "
            "*certain* when the whole window lies inside them and *possibly* when part of it may fall before or after.\n"
            "- Each list gives the reason for its grade in words."
        )


def _span_text(when: When) -> str:
    if when.span is None:
        return "every dated procurement and contract"
    start, end = view_span(when.today, when.span)
    return (f"the procurements and contracts with a date or a running phase between {tl.fmt_day(start)} and "
            f"{tl.fmt_day(end)} (the next {when.span} months)")


def show_chart(view: TendersView, base: TendersBase, show: bool) -> None:
    chart, when, rows = view.chart, view.when, view.rows
    if chart is None:
        where = f" in the {when.span} months from {tl.fmt_day(when.today)}" if when.span else ""
        st.info(f"No procurement in this selection has a date the atlas can place{where}; "
                + ("choose *every date* or an earlier date, or " if when.span else "") + "see the lists below.",
                icon=":material/event_busy:")
        return
    st.markdown(
        f"**How to read it:** the chart shows {_span_text(when)}; each row is one (service, then authority · "
        f"category).{view.open_note} A translucent band spans every day a stage's wording allows and its marker "
        "(shape = stage) sits mid-window; lines join the stages — dotted while procured, solid while the contract is live, dashed and "
        "lighter for an *option* to extend. The vermilion line is the chosen date. A dashed ring marks a date drawn "
        "at the probable reading of a misprinted year, with the text as printed beside it. Drag or scroll on the "
        "chart to move through the dates; hover for the dates as written and the source line."
    )
    chart_cache.show_chart(chart, alt=view.chart_alt)
    if show:
        png_download(lambda: timeline_png_chart(rows, base.names, base.doc_titles, when.today, when.span, view.readings),
                     "Tenders and contracts timeline",
                     "Source: councils' Market Position Statements (see Data and sources for every line); "
                     "bands show the range of days each written date allows.", key="png_tenders")


def readings_text(readings: pd.DataFrame, rows: pd.DataFrame) -> str:
    """Each date drawn at the reading of a misprint, with the text as printed and a link to its finding ('': none)."""
    shown = readings[readings["procurement_id"].isin(set(rows["procurement_id"]))]
    if shown.empty:
        return ""
    services = dict(zip(rows["procurement_id"], rows["service"]))
    lines = [f"- **{md_escape(services.get(r['procurement_id'], r['procurement_id']))}**: {md_escape(reading_note(r))} "
             f"([the finding]({FINDING_HREF}{r['finding_id']}))." for r in shown.to_dict("records")]
    return "**Dates read from a misprint**\n\n" + "\n".join(lines)


def show_readings(view: TendersView) -> None:
    if view.readings_text:
        st.markdown(view.readings_text)


def show_lists(view: TendersView) -> None:
    with st.expander("The timeline as a table", icon=":material/table_view:"):
        show_table(view.timeline_table, key="timeline_table")
    day, months = tl.fmt_day(view.when.today), view.when.months
    tabs = st.tabs([f"Open on {day}", f"Starting within {months} months", f"Ending within {months} months"])
    for tab, table, empty, key in (
            (tabs[0], view.lists[0], "Nothing in this selection is open on that date.", "open_table"),
            (tabs[1], view.lists[1], f"No start, award or contract start falls within {months} months of that date.",
             "starting_table"),
            (tabs[2], view.lists[2], f"No contract or extension ends within {months} months of that date.",
             "ending_table")):
        with tab:
            if table is None:
                st.write(empty)
            else:
                show_table(table, key=key)


def show_unplaced(view: TendersView) -> None:
    if view.unplaced is None:
        return
    st.subheader("Dates the timeline cannot place")
    st.caption("These are kept as written rather than guessed; a row marked *no* is not on the chart at all.")
    show_table(view.unplaced, key="unplaced_table")


def show_downloads(view: TendersView, base: TendersBase) -> None:
    """CSV of the rows as stored; the calendar of the dated stages, stamped when it is downloaded."""
    placed, names, doc_names = view.rows, base.names, base.doc_names
    row = st.container(horizontal=True)  # one block, the buttons side by side and wrapped on a phone
    row.download_button("Download CSV (filtered rows)", view.csv, file_name="procurements.csv",
                        mime="text/csv", icon=":material/download:", on_click="ignore")
    row.download_button("Download calendar (.ics)", lambda: procurements_ics(placed, names, doc_names),
                        file_name="tenders.ics", mime="text/calendar", icon=":material/event:",
                        on_click="ignore",
                        help="One all-day event per dated stage, spanning the whole window its wording allows.")
