"""Tenders and contracts: every procurement and contract on one timeline, dates as ranges."""
from datetime import date

import streamlit as st

from components import data_access
from components import timeline as tl
from components import timeline_view as view
from components.layout import page_footer, page_header, presenter_mode
from components.provenance import short_names
from components.timeline_readings import misprint_readings, with_readings
from data.store import DataUnavailable

show_controls = page_header("tenders")
try:
    procs, areas, documents = data_access.procurements(), data_access.areas(), data_access.documents()
    findings = data_access.findings()
except DataUnavailable as exc:
    st.error(f"The procurement table cannot be read: {exc}")
    st.stop()

names = dict(zip(areas["area_code"], areas["name"]))
doc_titles = dict(zip(documents["doc_id"], documents["title"]))
readings = misprint_readings(procs, findings)   # misprinted years drawn at the reading their finding gives

filters = view.show_filters(procs, names, show_controls)
when = view.show_when(procs, date.today(), show_controls)

stored = tl.filter_procurements(procs, filters.authorities, filters.categories, filters.statuses)
rows = with_readings(stored, readings)
info = tl.procurement_info(rows, names, doc_titles)
windows = tl.stage_windows(rows)
open_rows = tl.open_at(tl.phases(rows, tl.document_coverage(documents)), when.today)
starting = tl.starting_soon(windows, when.today, when.months)
ending = tl.ending_soon(windows, when.today, when.months)

view.show_counts(rows, len(procs), filters, names, when, open_rows, starting, ending)
view.show_chart(rows, names, doc_titles, when, readings, presenter_mode(), show_controls)
view.show_readings(readings, rows)
view.show_lists(open_rows, starting, ending, info, when)
view.show_unplaced(rows, names)
if show_controls:
    view.show_downloads(stored, rows, names, short_names(documents))

page_footer()
