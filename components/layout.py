"""Page frame: heading, presenter mode and the footer every page shares.

Presenter mode (`?present=1`) is for commissioners at provider forums: controls are
hidden, type is enlarged, and a "Next view" button steps through the key views.
"""
from __future__ import annotations

import streamlit as st

from components.navigation import PageSpec, page_by_url, view_path
from components.theme import CAPTION_HEX, PRESENTER_TYPE_SCALE
from components.user_figures import analyst_toggle
from components.reconnect import rerun_after_reconnect
from components.startup import through_the_entry_point

PRESENTER_PARAM = "present"
# The views a presenter steps through, in order: these pages, each followed by its other tabs (the theme pages'
# national picture), as view paths ("carers", "carers?tab=national").
PRESENTER_PAGES: tuple[str, ...] = ("", "carers", "dementia", "extra-care", "tenders")
PRESENTER_SEQUENCE: tuple[str, ...] = tuple(view_path(page, view) for page in map(page_by_url, PRESENTER_PAGES)
                                            for view in ("", *page.views))
NATIONAL_STEP = "national picture"  # how the Next button names a page's national tab

# Every page: small text dark enough for WCAG 2.2 AA contrast (4.5:1; Streamlit fades captions to 4.4:1 on white),
# and single-figure cards (components/cards.py: a list sent as one element), each bordered like
# st.container(border=True) with a value as large as st.metric's, 2 or 3 a row (`cma-cards-N`), 2 then 1 as the
# column narrows (a container query: a phone, or a narrow column), their words wrapped, never cut.
_BASE_CSS = f"""
<style>
[data-testid="stCaptionContainer"] {{ opacity: 1; }}
[data-testid="stCaptionContainer"], [data-testid="stCaptionContainer"] p {{ color: {CAPTION_HEX}; }}
.cma-cards-block {{ container-type: inline-size; }}
.cma-cards-block p {{ margin: 0; }}
ul.cma-cards {{
  list-style: none; margin: 0; padding: 0; display: grid; gap: 1rem;
  grid-template-columns: repeat(var(--cma-cols, 2), minmax(0, 1fr));
}}
ul.cma-cards-3 {{ --cma-cols: 3; }}
@container (max-width: 720px) {{ ul.cma-cards-3 {{ --cma-cols: 2; }} }}
@container (max-width: 480px) {{ ul.cma-cards {{ --cma-cols: 1; }} }}
li.cma-card {{
  margin: 0; padding: calc(1rem - 1px); border: 1px solid rgba(27, 31, 36, 0.2); border-radius: 0.5rem;
  min-width: 0; display: flex; flex-direction: column; gap: 0.25rem; overflow-wrap: anywhere;
}}
.cma-card-label {{ font-size: 0.875rem; line-height: 1.4; }}
.cma-card-value {{ font-size: 2.25rem; line-height: 1.2; padding-bottom: 0.25rem; }}
.cma-card-delta {{ font-size: 1rem; line-height: 1.4; }}
.cma-card-caption, .cma-card-note, .cma-cards-note {{ font-size: 0.875rem; line-height: 1.6; color: {CAPTION_HEX}; }}
.cma-cards-after {{ margin-top: 0.75rem !important; }}
.cma-cards-lead {{ margin-bottom: 0.75rem !important; }}
/* the date field's day, month and year segments: targets of at least 24 x 24 px (WCAG 2.5.8) */
[data-testid="stDateInput"] [role="spinbutton"] {{
  display: inline-flex; align-items: center; justify-content: center; min-width: 24px; min-height: 24px;
}}
/* every set of tabs on a phone (a page's views, components/url_state.py; the timeline's lists): side by side, their
   labels wrapped between words, never cut and never inside a word (five tabs a fifth of the row each broke
   "Documents" into "Documen" "ts"; the tenders lists' third tab, "Ending within 6 months", showed 59 of its 138 px) */
@media (max-width: 640px) {{
  [data-testid="stTabs"] [role="tablist"] {{ overflow-x: visible; }}
  [data-testid="stTabs"] [role="tab"] {{ flex: 1 1 0; min-width: min-content; height: auto; white-space: normal; }}
  [data-testid="stTabs"] [role="tab"] p {{ white-space: normal; overflow-wrap: normal; word-break: normal; }}
}}
</style>
"""

_PRESENTER_CSS = """
<style>
html, body, [data-testid="stAppViewContainer"] { font-size: PRESENTER_TYPE_SCALErem; }
[data-testid="stMarkdownContainer"] p, [data-testid="stCaptionContainer"] { font-size: 1.25rem !important; }
h1 { font-size: 3.2rem !important; }
h2, h3 { font-size: 2.1rem !important; }
[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"] { display: none; }
[data-testid="stMainBlockContainer"] { padding-top: 3.5rem; }
.cma-card-label { font-size: 1.3rem; }
.cma-card-value { font-size: 3.2rem; }
.cma-card-delta { font-size: 1.3rem; }
.cma-card-caption, .cma-card-note, .cma-cards-note { font-size: 1.25rem; }
</style>
""".replace("PRESENTER_TYPE_SCALE", str(PRESENTER_TYPE_SCALE))


def presenter_mode() -> bool:
    return st.query_params.get(PRESENTER_PARAM) == "1"


def page_header(url_path: str) -> bool:
    """Draw the page title and summary; returns True when controls should be shown.

    Every page starts with this so headings, presenter mode and the mode switch behave
    the same everywhere.
    """
    through_the_entry_point()  # a fresh process's first run may be a page on its own: run it via dashboard.py
    spec = page_by_url(url_path)
    # Each page's own title in the browser tab (dashboard.py sets the app's).
    st.set_page_config(page_title=f"{spec.title} · Care Market Atlas" if spec.url_path else spec.title, layout="wide")
    presenting = presenter_mode()
    analyst_toggle()   # the switch for analysts' saved figures (only when there are some)
    rerun_after_reconnect()  # hosting: rebuilt on another process after a failover
    # Our own fixed stylesheets; no document text is ever passed through HTML.
    st.html(_BASE_CSS + (_PRESENTER_CSS if presenting else ""))
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


def _shown_view(spec: PageSpec) -> str:
    """The view path of what this run shows: the page, or the page with one of its other tabs open (by the URL)."""
    for view in spec.views:
        key, _, value = view.partition("=")
        if st.query_params.get(key) == value:
            return view_path(spec, view)
    return spec.url_path


def _presenter_bar(spec: PageSpec) -> None:
    seq = list(PRESENTER_SEQUENCE)
    shown = _shown_view(spec)
    pos = seq.index(shown) if shown in seq else seq.index(spec.url_path) if spec.url_path in seq else -1
    bar = st.container(horizontal=True)  # buttons as wide as their labels: never cut
    if pos + 1 < len(seq):
        path, _, view = seq[pos + 1].partition("?")
        nxt = page_by_url(path)
        label = f"{nxt.title}: {NATIONAL_STEP}" if view else nxt.title
        if bar.button(f"Next: {label}", icon=":material/arrow_forward:", type="primary", width="content"):
            key, _, value = view.partition("=")
            if nxt == spec:  # another tab of this page: the same authority, that tab open
                st.query_params[key] = value
                st.rerun()
            st.switch_page(nxt.path, query_params={PRESENTER_PARAM: "1", **({key: value} if view else {})})
    if bar.button("Exit presenter mode", icon=":material/close:", width="content"):
        del st.query_params[PRESENTER_PARAM]
        st.rerun()


def page_footer(map_vintages: tuple[str, ...] = (), on_sources_page: bool = False) -> None:
    """Sources note, and the boundary attribution for each vintage the page's maps use, under a rule: one element
    (the rule is the caption's own markdown, not an element of its own: each costs the server a share of a run)."""
    lines = ["Figures are as published in each council's Market Position Statement"
             + ("; select a figure above for its locator." if on_sources_page
                else "; see *Data and sources* for every locator.")]
    if map_vintages:
        from geo.attribution import attribution

        lines += [f"Boundaries ({v}): {attribution(v)}" for v in sorted(set(map_vintages))]
    st.caption(footer_text(lines))


def footer_text(lines: list[str]) -> str:
    """The footer caption's markdown: a rule, then the lines."""
    return "---\n\n" + "  \n".join(lines)

