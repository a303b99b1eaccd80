"""Dementia for any authority: people estimated to live with dementia by district and period, totals, change,
a rate per registered patient and diagnosis by CCG; every other dementia figure as a card. A second tab
(`?tab=national`): every English authority by NHS England's diagnosis rate, the documents' estimates beside NHS's.
Only the open tab runs."""
import pandas as pd
import streamlit as st

from components import data_access
from components.area_figures import authority_picker, findings_expander, show_other_figures, with_sources
from components.dementia_view import show_ccg_rates, show_diagnosis
from components.district_view import show_districts
from components.layout import page_footer, page_header
from components.national_view import show_dementia_national
from components.theme_tabs import ENGLAND, theme_tabs
from components.theme_view import DistrictSpec, district_figures, other_figures, theme_authorities, theme_measures

DEMENTIA = DistrictSpec(
    key="dementia", count="dementia_estimated", count_label="People with dementia",
    note="These are numbers of people, not rates: districts with more (and older) residents have more people with "
         "dementia. A rate per registered patient by clinical commissioning group follows where the document gives one.")
MEASURES = theme_measures("dementia")
CARD_MEASURES = ["dementia_estimated", "dementia_register", "dementia_prevalence_estimated", "dementia_prevalence_recorded"]

show_controls = page_header("dementia")
measures, areas, documents = data_access.measures(), data_access.areas(), data_access.documents()
theme_rows = measures[measures["measure"].isin(MEASURES)]
authorities = theme_authorities(measures, areas, MEASURES)
code = authority_picker(authorities, show_controls)
in_documents, national = theme_tabs(authorities, code, ENGLAND)

vintages: tuple[str, ...] = ()
if in_documents.open:
    with in_documents:
        shown = [theme_rows.iloc[0:0]]
        if code is not None:
            figures = district_figures(with_sources(theme_rows, documents), areas, code, DEMENTIA)
            if figures.has_children:
                vintages = show_districts(figures, DEMENTIA, documents, show_controls)
                shown.append(figures.used())
            shown.append(show_ccg_rates(measures, areas, documents, code, figures.name, show_controls))
            shown.append(show_diagnosis(measures, areas, documents, code, figures.name, show_controls))
            if not figures.has_children:
                st.caption(f"The documents give no dementia figures for {figures.name}'s districts: its figures are "
                           "the cards below.")
        cards = other_figures(theme_rows[theme_rows["measure"].isin(CARD_MEASURES)], pd.concat(shown), areas, code)
        show_other_figures(cards, documents, "Other dementia figures in the documents",
                           "Other authorities' dementia estimates")
        findings_expander(data_access.findings(), MEASURES)
if national.open:
    with national:
        vintages += show_dementia_national(code, presenter=not show_controls)
page_footer(map_vintages=vintages)
