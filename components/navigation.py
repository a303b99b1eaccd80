"""The atlas's pages, once: the app's navigation, the home page links, tests and the benchmark read this list."""
from __future__ import annotations

import copy
import threading
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

# The browser tab's icon. An emoji: Streamlit draws it as an inline SVG. A :material/...: tab icon would
# be fetched from fonts.gstatic.com (Streamlit's favicon code links Google's icon server), unlike the
# icons inside the page, which come from the Material Symbols font Streamlit serves itself.
APP_ICON = "🗺️"


@dataclass(frozen=True)
class PageSpec:
    path: str        # script under pages/
    title: str       # navigation label and page heading
    url_path: str    # stable URL segment, shareable
    icon: str        # a Material Symbols name, drawn from the font Streamlit serves itself (no request
                     # leaves the app; tests/browser/test_no_third_party.py records every request)
    summary: str     # one line for the home page and tests
    views: tuple[str, ...] = ()  # the page's other views a link opens, as query strings (its tabs after the first)
    theme: str = ""  # a theme page: the vocabulary's theme its authority picker (?area=CODE) lists authorities for


# The theme pages' second tab (components/theme_tabs.py): the national picture from official figures.
TAB_PARAM = "tab"
NATIONAL_TAB = "national"
NATIONAL_VIEW = f"{TAB_PARAM}={NATIONAL_TAB}"
# The Data and sources page's tabs, value in the URL (`?tab=`) -> label; the first is the page's default view.
SOURCES_TABS = {"figures": "Figures", "contracts": "Contracts and tenders", "findings": "Data-quality findings",
                "documents": "Documents", "areas": "Areas"}
FINDINGS_TAB = "findings"

PAGES: tuple[PageSpec, ...] = (
    PageSpec("pages/home.py", "Care Market Atlas", "", ":material/map:",
             "What the atlas covers, headline figures and the next tender dates"),
    PageSpec("pages/carers.py", "Unpaid carers", "carers", ":material/volunteer_activism:",
             "Unpaid carer prevalence by district, with counts, shares and change between periods", (NATIONAL_VIEW,),
             "carers"),
    PageSpec("pages/dementia.py", "Dementia", "dementia", ":material/psychology:",
             "Estimated people living with dementia, change, rates and diagnosis by CCG", (NATIONAL_VIEW,), "dementia"),
    PageSpec("pages/extra-care.py", "Extra care and housing", "extra-care", ":material/apartment:",
             "Extra care units and schemes, planned units and the sheltered and supported housing context",
             (NATIONAL_VIEW,), "extra_care"),
    PageSpec("pages/tenders.py", "Tenders and contracts", "tenders", ":material/event:",
             "A timeline of procurements and contracts across authorities, with honest date uncertainty"),
    PageSpec("pages/compare.py", "Compare authorities", "compare", ":material/compare_arrows:",
             "Pick authorities and a theme and see their figures side by side with period and source"),
    PageSpec("pages/sources.py", "Data and sources", "sources", ":material/table_view:",
             "Every table, the documents, the data-quality findings and the passage behind any figure",
             tuple(f"{TAB_PARAM}={tab}" for tab in list(SOURCES_TABS)[1:])),
    PageSpec("pages/add-document.py", "Add a document", "add-document", ":material/upload_file:",
             "Bring in another council's document: review the figures the atlas proposes and save them"),
)


_this_run = threading.local()  # Streamlit runs each script run on a thread of its own
_page_objects: dict[Any, tuple[Any, ...]] = {}  # the app folder -> st.Page objects made once per process


def app_pages(make_page: Callable[[PageSpec], Any], folder: Any) -> list[Any]:
    """This run's `st.Page` objects for PAGES, in order: copies of ones made once per process for the app's
    `folder` by `make_page`.

    Making an `st.Page` resolves its script's path on disk (a fifth of a built run's CPU under a room of viewers,
    py-spy, Nov 2026). A page object is a few read-only fields plus the flag `st.navigation` sets on the page it
    returns and `Page.run` clears, so each run gets its own copies: runs of other sessions never share that flag."""
    made = _page_objects.get(folder)
    if made is None:
        made = _page_objects.setdefault(folder, tuple(make_page(spec) for spec in PAGES))
    return [copy.copy(page) for page in made]


@contextmanager
def run_pages(pages: Sequence[Any]) -> Iterator[None]:
    """While a run draws its page: the `st.Page` objects the entry point handed to `st.navigation`, one per PAGES
    entry in order, for the page's links (`link_target`)."""
    _this_run.pages = dict(zip((p.path for p in PAGES), pages))
    try:
        yield
    finally:
        _this_run.pages = {}


def link_target(page: PageSpec) -> Any:
    """What `st.page_link` is given for `page`: this run's `st.Page` (Streamlit then needs no file-system lookups:
    a tenth of a built run's server time with a path, Nov 2026), or the page's path when the run did not come
    through the entry point (a test running a page on its own)."""
    return getattr(_this_run, "pages", {}).get(page.path, page.path)


def page_by_url(url_path: str) -> PageSpec:
    for page in PAGES:
        if page.url_path == url_path:
            return page
    raise KeyError(url_path)


def page_views() -> list[tuple[PageSpec, str]]:
    """(page, query string) for every view a link opens with no other choice made: each page's default view
    (query ""), then the pages' other tabs. Tests, the benchmark and the warm-up read this list."""
    return [(p, "") for p in PAGES] + [(p, view) for p in PAGES for view in p.views]


def view_id(page: PageSpec, query: str = "") -> str:
    """'carers', 'carers-national', 'home': a view's name in test ids, screenshots and reports."""
    name = page.url_path or "home"
    return f"{name}-{query.split('=', 1)[-1]}" if query else name


def view_path(page: PageSpec, query: str = "") -> str:
    """A view's URL path with its query string ('carers?tab=national'; '' is the home page)."""
    return page.url_path + (f"?{query}" if query else "")
