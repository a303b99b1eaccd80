"""Home: what the atlas covers and where to go next."""
import streamlit as st

from components.layout import page_footer, page_header
from components.navigation import PAGES

page_header("")
st.markdown(
    "Figures from councils' **Market Position Statements**, extracted into tidy tables, "
    "joined to district boundaries and traceable to the line they came from."
)
st.subheader("Where next")
for page in PAGES[1:]:
    st.page_link(page.path, label=page.title, icon=page.icon, help=page.summary)
page_footer()
