"""Dementia page (placeholder until the view lands)."""
import streamlit as st

st.title("Dementia")
st.info("Coming soon: Estimated people living with dementia by district and period, the change, a rate per population where a denominator exists, diagnosis rates by clinical commissioning group, and other authorities' estimates and projections.", icon=":material/construction:")
