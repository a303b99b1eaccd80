"""Unpaid carers page (placeholder until the view lands)."""
import streamlit as st

st.title("Unpaid carers")
st.info("Coming soon: A choropleth of unpaid carer prevalence (share of population) by district, with a period selector (2011, 2015, 2020), counts and shares side by side, change between periods, and each district benchmarked against its county and England.", icon=":material/construction:")
