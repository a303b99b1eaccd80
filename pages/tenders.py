"""Tenders and contracts: every procurement and contract on one timeline, dates as ranges."""
from datetime import date

import streamlit as st

from components import data_access
from components import timeline_view as view
from components.layout import page_footer, page_header, presenter_mode
from components.view_cache import view_model
from data.store import DataUnavailable

show_controls = page_header("tenders")
try:
    data_access.procurements(), data_access.findings()
except DataUnavailable as exc:
    st.error(f"The procurement table cannot be read: {exc}")
    st.stop()

base = view_model(view.tenders_base)
filters = view.show_filters(base, show_controls)
when = view.show_when(date.today(), show_controls)
shown = view_model(view.tenders_model, filters, when, presenter_mode())

view.show_counts(shown)
view.show_chart(shown, base, show_controls)
view.show_readings(shown)
view.show_lists(shown)
view.show_unplaced(shown)
if show_controls:
    view.show_downloads(shown, base)

page_footer()
