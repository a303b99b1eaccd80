"""Every page of the real app loads without an exception and shows its heading."""
from __future__ import annotations

import pytest

from components.navigation import PAGES
from tests.conftest import run_page


@pytest.mark.parametrize("page", PAGES, ids=[p.url_path or "home" for p in PAGES])
def test_page_loads_with_its_heading(page):
    at = run_page(page.path)
    assert not at.exception, [e.value for e in at.exception]
    assert at.title and at.title[0].value == page.title


def test_home_links_to_every_other_page():
    at = run_page("pages/home.py")
    links = at.get("page_link")
    labels = {link.proto.label for link in links}
    assert {p.title for p in PAGES[1:]} <= labels


def test_each_page_file_is_named_after_its_url_path():
    # Streamlit matches a cold first visit's URL against pages/ file names before st.navigation runs;
    # a mismatch shows a 'Page not found' dialog once.
    from pathlib import Path

    for page in PAGES[1:]:
        assert Path(page.path).stem == page.url_path, page
