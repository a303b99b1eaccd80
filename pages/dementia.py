"""Dementia for any authority: people estimated to live with dementia by district and period, totals, change,
a rate per registered patient and diagnosis by CCG; every other dementia figure as a card. A second tab
(`?tab=national`): every English authority by NHS England's diagnosis rate, the documents' estimates beside NHS's.
Only the open tab runs."""
import streamlit as st

from components import data_access
from components.area_figures import authority_picker, findings_expander, show_other_figures
from components.dementia_view import dementia_model, show_ccg_rates, show_diagnosis
from components.district_view import show_districts
from components.layout import page_footer, page_header
from components.national_view import show_dementia_national
from components.theme_tabs import ENGLAND, theme_tabs
from components.theme_view import DistrictSpec, authorities_model, theme_measures
from components.view_cache import view_model

DEMENTIA = DistrictSpec(
    key="dementia", count="dementia_estimated", count_label="People with dementia",
    note="These are numbers of people, not rates: districts with more (and older) residents have more people with "
         "dementia. A rate per registered patient by clinical commissioning group follows where the document gives one.")
MEASURES = tuple(theme_measures("dementia"))
CARD_MEASURES = ("dementia_estimated", "dementia_register", "dementia_prevalence_estimated", "dementia_prevalence_recorded")

show_controls = page_header("dementia")
documents = data_access.documents()
authorities = view_model(authorities_model, "dementia")
code = authority_picker(authorities, show_controls)
in_documents, national = theme_tabs(authorities, code, ENGLAND)

vintages: tuple[str, ...] = ()
if in_documents.open:
    with in_documents:
        view = view_model(dementia_model, DEMENTIA, MEASURES, CARD_MEASURES, code)
        if view.district is not None and view.district.fig.has_children:
            vintages = show_districts(view.district, DEMENTIA, documents, show_controls)
        show_ccg_rates(view.ccg, show_controls)
        show_diagnosis(view.diagnosis, documents, show_controls)
        if view.district is not None and not view.district.fig.has_children:
            st.caption(f"The documents give no dementia figures for {view.district.fig.name}'s districts: its figures "
                       "are the cards below.")
        show_other_figures(view.cards, documents)
        findings_expander(MEASURES)
if national.open:
    with national:
        vintages += show_dementia_national(code, presenter=not show_controls)
page_footer(map_vintages=vintages)
