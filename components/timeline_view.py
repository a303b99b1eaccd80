"""The Tenders and contracts page's sections: filters, the date and span, counts, chart, lists, downloads.

Each function draws one section; the logic behind them (windows, phases, what is open,
readings of misprints) is in components/timeline.py and timeline_readings.py, testable
without Streamlit.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pandas as pd
import streamlit as st

from components import timeline as tl
from components.calendar_export import procurements_ics
from components import chart_cache
from components.export import png_download
from components.provenance import md_escape
from components.theme import TIMELINE_VIEW_MONTHS
from components.timeline_chart import chart_alt_text, timeline_chart, timeline_png_chart, view_span
from components.timeline_readings import reading_note
from components.url_date import date_control
from components.url_state import multiselect_control, select_control

WITHIN_OPTIONS = ("3", "6", "12", "24")
SPAN_OPTIONS = (str(TIMELINE_VIEW_MONTHS), "all")
FINDING_HREF = "sources?finding="   # the Data and sources page shows the finding named in its URL


@dataclass(frozen=True)
class Filters:
    authorities: list[str]
    categories: list[str]
    statuses: list[str]


@dataclass(frozen=True)
class When:
    today: date
    months: int                 # "soon" means within this many months
    span: int | None            # the chart shows the rows of the next `span` months (None: every date)


def show_filters(procs: pd.DataFrame, names: dict[str, str], show: bool) -> Filters:
    cols = st.columns(3)
    with cols[0]:
        authorities = multiselect_control("Authority", "authority", tl.authority_options(procs), [],
                                          format_func=lambda c: names.get(c, c), show=show,
                                          help="Joint contracts appear under each partner authority. Empty = all.")
    with cols[1]:
        categories = multiselect_control("Category", "category", tl.category_options(procs), [], show=show,
                                         help="Service category. Empty = all.")
    with cols[2]:
        statuses = multiselect_control("Status", "status", tl.status_options(procs), [], show=show,
                                       help="As the document describes it when published. Empty = all.")
    return Filters(authorities, categories, statuses)


def show_when(procs: pd.DataFrame, real_today: date, show: bool) -> When:
    lo, hi = tl.date_bounds(procs, real_today)
    cols = st.columns(3)
    with cols[0]:
        today = date_control("Date to look at", "today", real_today, lo, hi, show=show,
                             help="Moves the line on the timeline; defaults to today's date.")
    with cols[1]:
        within = select_control("segmented", "“Soon” means within", "within", WITHIN_OPTIONS, "6",
                                format_func=lambda m: f"{m} months", show=show)
    with cols[2]:
        span = select_control("segmented", "Timeline shows", "span", SPAN_OPTIONS, SPAN_OPTIONS[0],
                              format_func=lambda v: "every date" if v == "all" else f"next {v} months", show=show)
    return When(today, int(within), None if span == "all" else int(span))


def show_counts(rows: pd.DataFrame, total: int, filters: Filters, names: dict[str, str], when: When,
                open_rows: pd.DataFrame, starting: pd.DataFrame, ending: pd.DataFrame) -> None:
    st.caption(f"{len(rows)} of {total} procurements and contracts match the filters"
               f"{tl.filter_summary(filters.authorities, filters.categories, filters.statuses, names)}.")
    cols = st.columns(3)
    for col, label, frame in ((cols[0], f"Open on {tl.fmt_day(when.today)}", open_rows),
                              (cols[1], f"Starting within {when.months} months", starting),
                              (cols[2], f"Ending within {when.months} months", ending)):
        certain, possible = tl.level_counts(frame)
        col.metric(label, certain + possible, help="Distinct procurements; see the lists below for each one's reason.")
        col.caption(f"{certain} certainly, {possible} possibly")
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


def show_chart(rows: pd.DataFrame, names: dict[str, str], doc_titles: dict[str, str], when: When,
               readings: pd.DataFrame, presenter: bool, show: bool) -> None:
    chart = chart_cache.cached_chart(timeline_chart, rows, names, doc_titles, when.today, presenter=presenter,
                                     months=when.span, readings=readings, finding_href=FINDING_HREF)
    if chart is None:
        where = f" in the {when.span} months from {tl.fmt_day(when.today)}" if when.span else ""
        st.info(f"No procurement in this selection has a date the atlas can place{where}; "
                + ("choose *every date* or an earlier date, or " if when.span else "") + "see the lists below.",
                icon=":material/event_busy:")
        return
    st.markdown(
        f"**How to read it:** the chart shows {_span_text(when)}; each row is one (service, then authority · "
        "category). A translucent band spans every day a stage's wording allows and its marker (shape = stage) sits "
        "mid-window; lines join the stages — dotted while procured, solid while the contract is live, dashed and "
        "lighter for an *option* to extend. The vermilion line is the chosen date. A dashed ring marks a date drawn "
        "at the probable reading of a misprinted year, with the text as printed beside it. Drag or scroll on the "
        "chart to move through the dates; hover for the dates as written and the source line."
    )
    chart_cache.show_chart(chart, alt=chart_alt_text(rows, when.today, when.span))
    if show:
        png_download(lambda: timeline_png_chart(rows, names, doc_titles, when.today, when.span, readings),
                     "Tenders and contracts timeline",
                     "Source: councils' Market Position Statements (see Data and sources for every line); "
                     "bands show the range of days each written date allows.", key="png_tenders")


def show_readings(readings: pd.DataFrame, rows: pd.DataFrame) -> None:
    """Each date drawn at the reading of a misprint, with the text as printed and a link to its finding."""
    shown = readings[readings["procurement_id"].isin(set(rows["procurement_id"]))]
    if shown.empty:
        return
    services = dict(zip(rows["procurement_id"], rows["service"]))
    lines = [f"- **{md_escape(services.get(r['procurement_id'], r['procurement_id']))}**: {md_escape(reading_note(r))} "
             f"([the finding]({FINDING_HREF}{r['finding_id']}))." for r in shown.to_dict("records")]
    st.markdown("**Dates read from a misprint**\n\n" + "\n".join(lines))


def show_lists(open_rows: pd.DataFrame, starting: pd.DataFrame, ending: pd.DataFrame, info: pd.DataFrame,
               when: When) -> None:
    with st.expander("The timeline as a table", icon=":material/table_view:"):
        st.dataframe(tl.timeline_table(info), hide_index=True, key="timeline_table")
    day, months = tl.fmt_day(when.today), when.months
    tabs = st.tabs([f"Open on {day}", f"Starting within {months} months", f"Ending within {months} months"])
    for tab, frame, table, empty, key in (
            (tabs[0], open_rows, tl.open_table, "Nothing in this selection is open on that date.", "open_table"),
            (tabs[1], starting, tl.event_table,
             f"No start, award or contract start falls within {months} months of that date.", "starting_table"),
            (tabs[2], ending, tl.event_table,
             f"No contract or extension ends within {months} months of that date.", "ending_table")):
        with tab:
            if frame.empty:
                st.write(empty)
            else:
                st.dataframe(table(frame, info), hide_index=True, key=key)


def show_unplaced(rows: pd.DataFrame, names: dict[str, str]) -> None:
    unplaced = tl.unplaced_dates(rows)
    if unplaced.empty:
        return
    st.subheader("Dates the timeline cannot place")
    st.caption("These are kept as written rather than guessed; a row marked *no* is not on the chart at all.")
    st.dataframe(tl.unplaced_table(unplaced, names), hide_index=True, key="unplaced_table")


def show_downloads(stored: pd.DataFrame, placed: pd.DataFrame, names: dict[str, str],
                   doc_names: dict[str, str]) -> None:
    """CSV of the rows as stored; the calendar of the dated stages, stamped when it is downloaded."""
    cols = st.columns(3)
    cols[0].download_button("Download CSV (filtered rows)", tl.procurements_csv(stored), file_name="procurements.csv",
                            mime="text/csv", icon=":material/download:", on_click="ignore")
    cols[1].download_button("Download calendar (.ics)", lambda: procurements_ics(placed, names, doc_names),
                            file_name="tenders.ics", mime="text/calendar", icon=":material/event:",
                            on_click="ignore",
                            help="One all-day event per dated stage, spanning the whole window its wording allows.")
