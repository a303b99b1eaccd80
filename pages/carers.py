"""Unpaid carers for any authority: its districts on a map by period, counts and shares, totals, benchmarks, change;
every other carer figure in the documents as a card. A second tab (`?tab=national`): every district of England and
Wales on Census 2021, the authority's districts beside both censuses. Only the open tab runs."""
import streamlit as st

from components import data_access
from components.area_figures import authority_picker, findings_expander, show_other_figures
from components.district_view import show_districts, theme_model
from components.layout import page_footer, page_header
from components.national_view import show_carers_national
from components.theme_tabs import ENGLAND_AND_WALES, theme_tabs
from components.theme_view import DistrictSpec, authorities_model, theme_measures
from components.view_cache import view_model

CARERS = DistrictSpec(key="carers", count="carers_unpaid", count_label="Unpaid carers", share="carers_unpaid_pct")
MEASURES = tuple(theme_measures("carers"))

show_controls = page_header("carers")
documents = data_access.documents()
authorities = view_model(authorities_model, "carers")
code = authority_picker(authorities, show_controls)
in_documents, national = theme_tabs(authorities, code, ENGLAND_AND_WALES)

vintages: tuple[str, ...] = ()
if in_documents.open:
    with in_documents:
        view = view_model(theme_model, CARERS, MEASURES, code, "Other carer figures in the documents",
                          "Other authorities' carer figures")
        if view.district is not None:
            if view.district.fig.has_children:
                vintages = show_districts(view.district, CARERS, documents, show_controls)
            else:
                st.caption(f"The documents give no carer figures for {view.district.fig.name}'s districts: its figures "
                           "are the cards below.")
        show_other_figures(view.cards, documents)
        findings_expander(MEASURES)
if national.open:
    with national:
        vintages += show_carers_national(code, presenter=not show_controls)
page_footer(map_vintages=vintages)
