"""Compare authorities page (placeholder until the view lands)."""
import streamlit as st

st.title("Compare authorities")
st.info("Coming soon: Pick authorities and a theme and see their figures side by side, with period and source for every figure.", icon=":material/construction:")
