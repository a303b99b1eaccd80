"""The theme pages' two tabs: the chosen authority's figures from its documents, then the national picture from
official figures.

Only the open tab's content runs and is sent (components/url_state.tabs_control): the national picture's map of
every district is 200-230 KB and the heaviest element of its page, so a viewer who came for an authority waits only
for that authority's figures. The open tab is in the URL (`?tab=national`), so a link or a reload shows the same tab.
"""
from __future__ import annotations

import pandas as pd

from components.area_figures import ALL_AUTHORITIES
from components.navigation import NATIONAL_TAB, TAB_PARAM
from components.provenance import md_escape
from components.url_state import tabs_control

DOCUMENTS, NATIONAL = "documents", NATIONAL_TAB
# what each national picture covers (the official tables it draws on)
ENGLAND_AND_WALES = "Across England and Wales (official figures)"
ENGLAND = "Across England (official figures)"


def documents_label(authorities: pd.DataFrame, code: str | None) -> str:
    """'<authority> in the documents', its name from the theme's authorities ('Every authority' for all of them)."""
    if code == ALL_AUTHORITIES:
        return "Every authority in the documents"
    names = dict(zip(authorities["area_code"], authorities["name"]))
    return f"{md_escape(names[code])} in the documents" if code in names else "In the documents"


def theme_tabs(authorities: pd.DataFrame, code: str | None, national_label: str):  # noqa: ANN201 - TabContainers
    """(the documents' tab, the national tab); each has `.open`, and only the open one should be filled."""
    tabs = tabs_control(TAB_PARAM, {DOCUMENTS: documents_label(authorities, code), NATIONAL: national_label}, DOCUMENTS)
    return tabs[DOCUMENTS], tabs[NATIONAL]
