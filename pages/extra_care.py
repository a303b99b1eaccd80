"""Extra care and housing page (placeholder until the view lands)."""
import streamlit as st

st.title("Extra care and housing")
st.info("Coming soon: Extra care units and schemes by authority as proportional symbols on the map, planned and dementia-capable units, units per 1,000 people aged 65+, and the sheltered and supported housing context.", icon=":material/construction:")
