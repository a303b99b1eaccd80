"""Data and sources page (placeholder until the view lands)."""
import streamlit as st

st.title("Data and sources")
st.info("Coming soon: Every table browsable and downloadable, the documents list, the data-quality findings, and the locator and original passage for any figure.", icon=":material/construction:")
