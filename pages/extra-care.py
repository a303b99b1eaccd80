"""Extra care and housing for every authority or one: units and schemes on the map, planned and dementia-capable
provision, units per 1,000 people aged 65+, and the sheltered and supported housing around them. A second tab
(`?tab=national`): units per 1,000 aged 65+ on Census 2021 for every authority with a unit count, ranked and mapped.
Only the open tab runs."""
import streamlit as st

from components import data_access
from components.area_figures import authority_picker, findings_expander
from components.extra_care_view import (
    BOUNDARY_LABELS, BOUNDARY_MODES, KIND_LABELS, KINDS, show_housing, show_maps, show_provision, show_rates,
)
from components.layout import page_footer, page_header
from components.national_view import show_extra_care_national
from components.theme_tabs import ENGLAND_AND_WALES, theme_tabs
from components.theme_view import area_and_below, focus, theme_authorities, theme_measures
from components.url_state import select_control

show_controls = page_header("extra-care")
all_measures, areas, documents = data_access.measures(), data_access.areas(), data_access.documents()
authorities = theme_authorities(all_measures, areas, theme_measures("extra_care"))
code = authority_picker(authorities, show_controls, with_all=True)
in_documents, national = theme_tabs(authorities, code, ENGLAND_AND_WALES)

vintages: set[str] = set()
if in_documents.open:
    with in_documents:
        measures = focus(all_measures, areas, code)
        within = area_and_below(areas, code) if code and code != "all" else None
        left, right = st.columns(2) if show_controls else (st.container(), st.container())
        with left:
            kind = select_control("segmented", "Measure", "measure", KINDS, "units", format_func=KIND_LABELS.get,
                                  show=show_controls, help="Extra care homes (units) or the schemes that hold them")
        with right:
            mode = select_control("segmented", "Map", "boundaries", BOUNDARY_MODES, "published",
                                  format_func=BOUNDARY_LABELS.get, show=show_controls,
                                  help="Draw older figures on the boundaries of their year, or on today's authorities")
        if not show_controls:
            st.markdown(f"**{KIND_LABELS[kind]} · {BOUNDARY_LABELS[mode]}**")
        st.subheader(f"Extra care {kind} by authority")
        vintages.update(show_maps(measures, documents, kind, mode, show_controls, within))
        st.subheader(f"Existing, planned and dementia-capable extra care {kind}")
        show_provision(measures, documents, kind, show_controls)
        st.subheader("Extra care units per 1,000 people aged 65+")
        show_rates(measures, documents, show_controls)
        st.subheader(f"Sheltered and supported housing {kind}")
        show_housing(measures, documents, kind, show_controls)
        findings_expander(data_access.findings(), [m for m in measures["measure"].unique()
                                                   if m.startswith(("extra_care", "sheltered_housing", "supported_housing"))])
if national.open:
    with national:
        vintages.update(show_extra_care_national(presenter=not show_controls))
page_footer(map_vintages=tuple(sorted(vintages)))
