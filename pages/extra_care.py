"""Extra care and housing page (placeholder until the view lands)."""
import streamlit as st

from components.layout import page_footer, page_header

page_header("extra-care")
st.info("Coming soon: extra care units and schemes by authority as proportional symbols on the map, planned and "
        "dementia-capable units, units per 1,000 people aged 65+, and the sheltered and supported housing context.",
        icon=":material/construction:")
page_footer()
