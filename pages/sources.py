"""Data and sources: every table, the documents, the data-quality findings and any figure's passage. One tab at a
time (`?tab=`): only the open tab runs and is sent, so a viewer who came for the figures does not wait for every
other table."""
import streamlit as st

from components import data_access
from components.layout import page_footer, page_header
from components.navigation import SOURCES_TABS, TAB_PARAM
from components.national_view import show_crosschecks
from components.sources_view import (
    ALL, figures_model, findings_model, locator_panel, show_followed_finding, theme_label, themes_model,
)
from components.tables_view import downloadable_table, show_table
from components.url_state import select_control, tabs_control
from components.view_cache import view_model

show_controls = page_header("sources")
documents = data_access.documents()
show_followed_finding(data_access.findings(), documents)


def figures() -> None:
    doc_ids = [ALL, *documents["doc_id"].tolist()]
    titles = dict(zip(documents["doc_id"], documents["title"]))
    left, right = st.columns(2)
    with left:
        doc_id = select_control("select", "Document", "doc", doc_ids, ALL,
                                format_func=lambda d: "All documents" if d == ALL else titles.get(d, d),
                                show=show_controls)
    with right:
        theme = select_control("select", "Theme", "theme", view_model(themes_model), ALL,
                               format_func=theme_label, show=show_controls)
    table, shown = view_model(figures_model, doc_id, theme)
    st.caption("Select a row to see its locator and the original passage.")
    event = downloadable_table(shown, "figures", selectable=True, key="figures")
    rows = event.selection.rows if event is not None else []
    if rows:
        locator_panel(table.iloc[rows[0]], dict(zip(documents["doc_id"], documents["seed_file"])))


def findings() -> None:
    st.markdown(
        "Checks run on every extraction: schema, totals against the sum of their parts, shares against counts, "
        "implausible jumps between periods and dates that cannot be right. Figures are kept **as published**; "
        "a finding records what does not add up, where, and by how much."
    )
    show_table(view_model(findings_model))
    downloadable_table(data_access.findings(), "findings")
    show_crosschecks()


SHOW_TAB = {
    "figures": figures,
    "contracts": lambda: downloadable_table(data_access.procurements(), "procurements"),
    "findings": findings,
    "documents": lambda: downloadable_table(documents, "documents"),
    "areas": lambda: downloadable_table(data_access.areas(), "areas"),
}

for tab_name, tab in tabs_control(TAB_PARAM, SOURCES_TABS, next(iter(SOURCES_TABS))).items():
    if tab.open:
        with tab:
            SHOW_TAB[tab_name]()

page_footer(on_sources_page=True)
