"""Page frame: heading, presenter mode and the footer every page shares.

Presenter mode (`?present=1`) is for commissioners at provider forums: controls are
hidden, type is enlarged, and a "Next view" button steps through the key views.
"""
from __future__ import annotations

import streamlit as st

from components.navigation import PAGES, PageSpec, page_by_url

PRESENTER_PARAM = "present"
# The views a presenter steps through, in order.
PRESENTER_SEQUENCE: tuple[str, ...] = ("", "carers", "dementia", "extra-care", "tenders")

_PRESENTER_CSS = """
<style>
html, body, [data-testid="stAppViewContainer"] { font-size: 1.3rem; }
[data-testid="stMarkdownContainer"] p, [data-testid="stCaptionContainer"] { font-size: 1.25rem !important; }
h1 { font-size: 3.2rem !important; }
h2, h3 { font-size: 2.1rem !important; }
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"] { display: none; }
[data-testid="stMetricValue"], [data-testid="stMetricValue"] [data-testid="stMarkdownContainer"] p { font-size: 3.2rem !important; line-height: 1.2; }
[data-testid="stMetricLabel"] [data-testid="stMarkdownContainer"] p { font-size: 1.3rem !important; }
</style>
"""


def presenter_mode() -> bool:
    return st.query_params.get(PRESENTER_PARAM) == "1"


def page_header(url_path: str) -> bool:
    """Draw the page title and summary; returns True when controls should be shown.

    Every page starts with this so headings, presenter mode and the mode switch behave
    the same everywhere.
    """
    spec = page_by_url(url_path)
    # Set again here: in Streamlit 1.67 a page opened directly by its URL falls back to the
    # centred layout unless the page itself asks for wide.
    st.set_page_config(page_title=f"{spec.title} · Care Market Atlas" if spec.url_path else spec.title, layout="wide")
    presenting = presenter_mode()
    _sidebar_navigation()
    if presenting:
        # Our own fixed stylesheet; no document text is ever passed through HTML.
        st.html(_PRESENTER_CSS)
    st.title(spec.title)
    st.caption(spec.summary)
    if presenting:
        _presenter_bar(spec)
    else:
        with st.sidebar:
            if st.button("Presenter mode", icon=":material/co_present:", help="Large type, no controls; step through the key views"):
                st.query_params[PRESENTER_PARAM] = "1"
                st.rerun()
    return not presenting


def _sidebar_navigation() -> None:
    with st.sidebar:
        for page in PAGES:
            st.page_link(page.path, label=page.title, icon=page.icon)
        st.divider()


def _presenter_bar(spec: PageSpec) -> None:
    seq = list(PRESENTER_SEQUENCE)
    pos = seq.index(spec.url_path) if spec.url_path in seq else -1
    cols = st.columns([3, 2, 3])
    if pos + 1 < len(seq):
        nxt = page_by_url(seq[pos + 1])
        if cols[0].button(f"Next: {nxt.title}", icon=":material/arrow_forward:", type="primary", width="stretch"):
            st.switch_page(nxt.path, query_params={PRESENTER_PARAM: "1"})
    if cols[1].button("Exit presenter mode", icon=":material/close:", width="stretch"):
        del st.query_params[PRESENTER_PARAM]
        st.rerun()


def page_footer(map_vintages: tuple[str, ...] = (), on_sources_page: bool = False) -> None:
    """Sources note, and the boundary attribution for each vintage the page's maps use."""
    st.divider()
    lines = ["Figures are as published in each council's Market Position Statement"
             + ("; select a figure above for its locator." if on_sources_page
                else "; see *Data and sources* for every locator.")]
    if map_vintages:
        from geo.attribution import attribution

        lines += [f"Boundaries ({v}): {attribution(v)}" for v in sorted(set(map_vintages))]
    st.caption("  \n".join(lines))


def all_pages() -> tuple[PageSpec, ...]:
    return PAGES
