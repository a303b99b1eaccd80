"""Tenders and contracts page (placeholder until the view lands)."""
import streamlit as st

st.title("Tenders and contracts")
st.info("Coming soon: A Gantt-style timeline of every procurement and contract across authorities, drawing season-level date uncertainty honestly, with filters, a movable today line, and CSV and iCalendar downloads.", icon=":material/construction:")
