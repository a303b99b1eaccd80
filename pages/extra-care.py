"""Extra care and housing for every authority or one: units and schemes on the map, planned and dementia-capable
provision, units per 1,000 people aged 65+, and the sheltered and supported housing around them. A second tab
(`?tab=national`): units per 1,000 aged 65+ on Census 2021 for every authority with a unit count, ranked and mapped.
Only the open tab runs."""
from contextlib import nullcontext

import streamlit as st

from components import data_access
from components.area_figures import authority_picker, findings_expander
from components.extra_care_view import (
    BOUNDARY_LABELS, BOUNDARY_MODES, KIND_LABELS, KINDS, extra_care_model, show_housing, show_maps, show_provision,
    show_rates,
)
from components.layout import page_footer, page_header
from components.national_view import show_extra_care_national
from components.theme_tabs import ENGLAND_AND_WALES, theme_tabs
from components.theme_view import authorities_model
from components.url_state import select_control
from components.view_cache import view_model

show_controls = page_header("extra-care")
documents = data_access.documents()
authorities = view_model(authorities_model, "extra_care")
code = authority_picker(authorities, show_controls, with_all=True)
in_documents, national = theme_tabs(authorities, code, ENGLAND_AND_WALES)

vintages: set[str] = set()
if in_documents.open:
    with in_documents:
        left, right = st.columns(2) if show_controls else (nullcontext(), nullcontext())  # presenter: no controls
        with left:
            kind = select_control("segmented", "Measure", "measure", KINDS, "units", format_func=KIND_LABELS.get,
                                  show=show_controls, help="Extra care homes (units) or the schemes that hold them")
        with right:
            mode = select_control("segmented", "Map", "boundaries", BOUNDARY_MODES, "published",
                                  format_func=BOUNDARY_LABELS.get, show=show_controls,
                                  help="Draw older figures on the boundaries of their year, or on today's authorities")
        if not show_controls:
            st.markdown(f"**{KIND_LABELS[kind]} · {BOUNDARY_LABELS[mode]}**")
        view = view_model(extra_care_model, code, kind, mode)
        st.subheader(f"Extra care {kind} by authority")
        vintages.update(show_maps(view.maps, show_controls))
        st.subheader(f"Existing, planned and dementia-capable extra care {kind}")
        show_provision(view.provision, documents, show_controls)
        st.subheader("Extra care units per 1,000 people aged 65+")
        show_rates(view.rates, documents, show_controls)
        st.subheader(f"Sheltered and supported housing {kind}")
        show_housing(view.housing, documents, show_controls)
        findings_expander(view.finding_measures)
if national.open:
    with national:
        vintages.update(show_extra_care_national(presenter=not show_controls))
page_footer(map_vintages=tuple(sorted(vintages)))
