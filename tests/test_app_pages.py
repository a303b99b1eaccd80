"""Every page of the real app loads without an exception and shows its heading."""
from __future__ import annotations

import pytest

from components.navigation import PAGES
from tests.conftest import ROOT, run_page


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


def test_links_from_the_runs_pages_are_the_links_a_path_makes():
    """The home page's links are given this run's st.Page objects (no file-system lookups); each must point
    where a link made from the page's path points, with the same label and icon."""
    from streamlit.testing.v1 import AppTest

    def by_path() -> None:
        import streamlit as st

        from components.navigation import PAGES

        pages = [st.Page(p.path, title=p.title, icon=p.icon, url_path=p.url_path or None, default=not p.url_path)
                 for p in PAGES]
        st.navigation(pages, position="hidden")
        for p in PAGES:
            st.page_link(p.path, label=p.title, icon=p.icon, help=p.summary)

    expected = AppTest.from_function(by_path)
    expected._script_path = str(ROOT / "dashboard.py")  # the pages' paths are relative to the entry point's folder
    expected.run()
    assert not expected.exception, expected.exception
    made = {link.proto.label: link.proto for link in expected.get("page_link")}
    at = run_page("pages/home.py")
    titles = {p.title for p in PAGES}
    to_pages = [link.proto for link in at.main.get("page_link") if link.proto.label in titles]
    assert [link.label for link in to_pages] == [p.title for p in PAGES[1:]]
    for link in to_pages:
        assert link == made[link.label], link.label
    assert all(link.page_script_hash for link in to_pages)
    assert not at.sidebar.get("page_link")  # the sidebar's page list is Streamlit's own (dashboard.py)


def test_a_link_is_given_the_runs_page_while_the_run_draws_and_the_path_otherwise():
    from components.navigation import link_target, run_pages

    pages = [object() for _ in PAGES]
    with run_pages(pages):
        assert [link_target(p) for p in PAGES] == pages
    assert [link_target(p) for p in PAGES] == [p.path for p in PAGES]


def test_page_objects_are_made_once_per_app_folder_and_each_run_gets_its_own_copies():
    from types import SimpleNamespace

    from components.navigation import app_pages

    made: list[str] = []

    def make(spec):
        made.append(spec.path)
        return SimpleNamespace(path=spec.path, _can_be_called=False)

    first = app_pages(make, "/tmp/made-up-app-a/dashboard.py")
    second = app_pages(make, "/tmp/made-up-app-a/dashboard.py")
    assert made == [p.path for p in PAGES]  # made once for the folder, not once per run
    assert [p.path for p in second] == [p.path for p in PAGES]
    assert all(a is not b for a, b in zip(first, second))
    first[0]._can_be_called = True  # what st.navigation does to the page it returns in one session's run
    assert second[0]._can_be_called is False  # another session's run is not given that page as runnable
    app_pages(make, "/tmp/made-up-app-b/dashboard.py")
    assert len(made) == 2 * len(PAGES)  # another app folder: its own pages


def test_each_theme_page_names_a_theme_of_the_vocabulary_and_its_page_lists_that_theme():
    from components.theme_view import theme_measures

    themes = {page.url_path: page.theme for page in PAGES if page.theme}
    assert set(themes) == {"carers", "dementia", "extra-care"}
    for url_path, theme in themes.items():
        assert theme_measures(theme), theme
        source = (ROOT / f"pages/{url_path}.py").read_text(encoding="utf-8")
        assert f'authorities_model, "{theme}")' in source, url_path  # the page's picker lists the same theme
