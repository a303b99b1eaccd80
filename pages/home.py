"""Home: what the atlas covers, headline figures, the tender dates around today, and where to go next."""
from datetime import date

import streamlit as st

from components import data_access
from components.home_view import documents_table, show_coverage_map, show_headlines, show_tender_dates
from components.layout import page_footer, page_header
from components.national_view import show_home_national
from components.navigation import PAGES

show_controls = page_header("")
st.markdown(
    "Figures from councils' **Market Position Statements**, extracted into tidy tables, "
    "joined to district boundaries and traceable to the line they came from."
)
measures, documents, procurements = data_access.measures(), data_access.documents(), data_access.procurements()

st.subheader("Headline figures")
show_headlines(measures, documents)
show_home_national()

st.subheader("What the atlas covers")
vintages = show_coverage_map(documents, show_controls)
st.dataframe(documents_table(documents, measures, procurements), hide_index=True, width="stretch",
             key="home_documents")

st.subheader("Tender dates around today")
show_tender_dates(procurements, documents, date.today())
st.page_link("pages/tenders.py", label="Every tender and contract on the timeline", icon=":material/event:")

st.subheader("Where next")
for page in PAGES[1:]:
    st.page_link(page.path, label=page.title, icon=page.icon, help=page.summary)
page_footer(map_vintages=vintages)
