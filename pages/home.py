"""Home: what the atlas covers, headline figures, the tender dates around today, and where to go next."""
from datetime import date

import streamlit as st

from components.home_view import (
    home_model, show_coverage_map, show_headlines, show_tender_dates, show_where_next, where_next_model,
)
from components.layout import page_footer, page_header
from components.national_view import show_home_national
from components.navigation import link_target, page_by_url
from components.tables_view import show_table
from components.view_cache import view_model

show_controls = page_header("")
st.markdown(
    "Figures from councils' **Market Position Statements**, extracted into tidy tables, "
    "joined to district boundaries and traceable to the line they came from."
)
view = view_model(home_model, date.today())

st.subheader("Headline figures")
show_headlines(view.headlines)
show_home_national()

st.subheader("What the atlas covers")
vintages = show_coverage_map(view.coverage, show_controls)
show_table(view.documents, width="stretch", key="home_documents")

st.subheader("Tender dates around today")
show_tender_dates(view.tenders)
st.page_link(link_target(page_by_url("tenders")), label="Every tender and contract on the timeline",
             icon=":material/event:")

st.subheader("Where next")
show_where_next(view_model(where_next_model), show_controls)
page_footer(map_vintages=vintages)
