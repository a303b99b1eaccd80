"""Tenders and contracts: every procurement and contract on one timeline, dates as ranges."""
from datetime import date

import streamlit as st

from components import data_access
from components import timeline as tl
from components.calendar_export import data_dtstamp, procurements_ics
from components.export import png_download
from components.timeline_chart import chart_alt_text, timeline_chart, timeline_png_chart
from components.url_date import date_control
from components.layout import page_footer, page_header, presenter_mode
from components.url_state import multiselect_control, select_control
from data.store import DataUnavailable

WITHIN_OPTIONS = ("3", "6", "12", "24")

show_controls = page_header("tenders")
try:
    procs, areas, documents = data_access.procurements(), data_access.areas(), data_access.documents()
except DataUnavailable as exc:
    st.error(f"The procurement table cannot be read: {exc}")
    st.stop()

names = dict(zip(areas["area_code"], areas["name"]))
doc_titles = dict(zip(documents["doc_id"], documents["title"]))
real_today = date.today()
lo, hi = tl.date_bounds(procs, real_today)

filters = st.columns(3)
with filters[0]:
    authorities = multiselect_control("Authority", "authority", tl.authority_options(procs), [],
                                      format_func=lambda c: names.get(c, c), show=show_controls,
                                      help="Joint contracts appear under each partner authority. Empty = all.")
with filters[1]:
    categories = multiselect_control("Category", "category", tl.category_options(procs), [], show=show_controls,
                                     help="Service category. Empty = all.")
with filters[2]:
    statuses = multiselect_control("Status", "status", tl.status_options(procs), [], show=show_controls,
                                   help="As the document describes it when published. Empty = all.")
when = st.columns([1, 2])
with when[0]:
    today = date_control("Date to look at", "today", real_today, lo, hi, show=show_controls,
                            help="Moves the line on the timeline; defaults to today's date.")
with when[1]:
    within = select_control("segmented", "“Soon” means within", "within", WITHIN_OPTIONS, "6",
                            format_func=lambda m: f"{m} months", show=show_controls)
months = int(within)

rows = tl.filter_procurements(procs, authorities, categories, statuses)
info = tl.procurement_info(rows, names, doc_titles)
windows = tl.stage_windows(rows)
coverage = tl.document_coverage(documents)
open_rows = tl.open_at(tl.phases(rows, coverage), today)
starting = tl.starting_soon(windows, today, months)
ending = tl.ending_soon(windows, today, months)

st.caption(f"{len(rows)} of {len(procs)} procurements and contracts match the filters"
           f"{tl.filter_summary(authorities, categories, statuses, names)}.")
metrics = st.columns(3)
for col, label, frame in ((metrics[0], f"Open on {tl.fmt_day(today)}", open_rows),
                          (metrics[1], f"Starting within {months} months", starting),
                          (metrics[2], f"Ending within {months} months", ending)):
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
        "- **Open** means a procurement is running (from its start to its award or contract start) or a contract is "
        "live (from its start to its end, or to the end of an option to extend) on the chosen day.\n"
        "- **Certainly open**: the start window has closed and the end window has not begun.\n"
        "- **Possibly open**: the day is inside the start or end window; or the phase is an option to extend "
        "(it happens only if the option is taken up); or the document does not state the end, in which case the "
        "phase is counted only until the end of the period the document covers.\n"
        "- A contract the document describes as current but whose start it does not give is counted from the start "
        "of the period the document covers.\n"
        f"- **Starting/ending soon** lists each stage whose window meets the next {months} months; it is *certain* "
        "when the whole window lies inside them and *possibly* when part of it may fall before or after.\n"
        "- Each list gives the reason for its grade in words."
    )

chart = timeline_chart(rows, names, doc_titles, today, presenter=presenter_mode())
if chart is None:
    st.info("No procurement in this selection has a date the atlas can place; see the list below.")
else:
    st.markdown(
        "**How to read it:** each row is one procurement or contract (service, then authority · category). "
        "A translucent band spans every day a stage's wording allows and its marker "
        "(shape = stage) sits mid-window; lines join the stages — dotted while procured, solid while the "
        "contract is live, dashed and lighter for an *option* to extend. The vermilion line is the chosen date. "
        "Drag or scroll on the chart to zoom the dates; hover for the dates as written and the source line."
    )
    st.altair_chart(chart, alt=chart_alt_text(rows, today))
    if show_controls:
        png_download(timeline_png_chart(rows, names, doc_titles, today), "Tenders and contracts timeline",
                     "Source: councils' Market Position Statements (see Data and sources for every line); "
                     "bands show the range of days each written date allows.", key="png_tenders")

with st.expander("The timeline as a table", icon=":material/table_view:"):
    st.dataframe(tl.timeline_table(info), hide_index=True, key="timeline_table")

open_tab, starting_tab, ending_tab = st.tabs([f"Open on {tl.fmt_day(today)}", f"Starting within {months} months",
                                              f"Ending within {months} months"])
with open_tab:
    if open_rows.empty:
        st.write("Nothing in this selection is open on that date.")
    else:
        st.dataframe(tl.open_table(open_rows, info), hide_index=True, key="open_table")
with starting_tab:
    if starting.empty:
        st.write(f"No start, award or contract start falls within {months} months of that date.")
    else:
        st.dataframe(tl.event_table(starting, info), hide_index=True, key="starting_table")
with ending_tab:
    if ending.empty:
        st.write(f"No contract or extension ends within {months} months of that date.")
    else:
        st.dataframe(tl.event_table(ending, info), hide_index=True, key="ending_table")

unplaced = tl.unplaced_dates(rows)
if not unplaced.empty:
    st.subheader("Dates the timeline cannot place")
    st.caption("These are kept as written rather than guessed; a row marked *no* is not on the chart at all.")
    st.dataframe(tl.unplaced_table(unplaced, names), hide_index=True, key="unplaced_table")

if show_controls:
    downloads = st.columns(3)
    downloads[0].download_button("Download CSV (filtered rows)", tl.procurements_csv(rows),
                                 file_name="procurements.csv", mime="text/csv", icon=":material/download:",
                                 on_click="ignore")
    downloads[1].download_button("Download calendar (.ics)",
                                 procurements_ics(rows, names, doc_titles, data_dtstamp(procs)),
                                 file_name="tenders.ics", mime="text/calendar", icon=":material/event:",
                                 on_click="ignore",
                                 help="One all-day event per dated stage, spanning the whole window its wording "
                                      "allows.")

page_footer()
