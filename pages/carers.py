"""Unpaid carers for any authority: its districts on a map by period, counts and shares, totals, benchmarks, change;
every other carer figure in the documents as a card. A second tab (`?tab=national`): every district of England and
Wales on Census 2021, the authority's districts beside both censuses. Only the open tab runs."""
import streamlit as st

from components import data_access
from components.area_figures import authority_picker, findings_expander, show_other_figures, with_sources
from components.district_view import show_districts
from components.layout import page_footer, page_header
from components.national_view import show_carers_national
from components.theme_tabs import ENGLAND_AND_WALES, theme_tabs
from components.theme_view import DistrictSpec, district_figures, other_figures, theme_authorities, theme_measures

CARERS = DistrictSpec(key="carers", count="carers_unpaid", count_label="Unpaid carers", share="carers_unpaid_pct")
MEASURES = theme_measures("carers")

show_controls = page_header("carers")
measures, areas, documents = data_access.measures(), data_access.areas(), data_access.documents()
theme_rows = measures[measures["measure"].isin(MEASURES)]
authorities = theme_authorities(measures, areas, MEASURES)
code = authority_picker(authorities, show_controls)
in_documents, national = theme_tabs(authorities, code, ENGLAND_AND_WALES)

vintages: tuple[str, ...] = ()
if in_documents.open:
    with in_documents:
        shown = theme_rows.iloc[0:0]
        if code is not None:
            figures = district_figures(with_sources(theme_rows, documents), areas, code, CARERS)
            if figures.has_children:
                vintages = show_districts(figures, CARERS, documents, show_controls)
                shown = figures.used()
            else:
                st.caption(f"The documents give no carer figures for {figures.name}'s districts: its figures are the "
                           "cards below.")
        show_other_figures(other_figures(theme_rows, shown, areas, code), documents,
                           "Other carer figures in the documents", "Other authorities' carer figures")
        findings_expander(data_access.findings(), MEASURES)
if national.open:
    with national:
        vintages += show_carers_national(code, presenter=not show_controls)
page_footer(map_vintages=vintages)
