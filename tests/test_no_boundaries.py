"""With no boundary files anywhere, every page still runs: maps give way to a message, figures stay."""
from __future__ import annotations

import pytest
import streamlit as st

from components.navigation import PAGES
from tests.conftest import run_page
from tests.maphelp import page_maps
from tests.theme_helpers import cards


@pytest.fixture
def no_boundaries(tmp_path, monkeypatch):
    monkeypatch.setenv("CMA_SHARED_GEO_DIR", str(tmp_path / "none"))
    monkeypatch.setenv("CMA_GEO_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("CMA_GEO_DIR", raising=False)
    st.cache_data.clear()
    yield
    st.cache_data.clear()


@pytest.mark.parametrize("page", [p for p in PAGES if p.url_path in ("", "carers", "dementia", "extra-care")],
                         ids=lambda p: p.url_path or "home")
def test_map_pages_explain_missing_boundaries_and_keep_their_figures(no_boundaries, page):
    at = run_page(page.path)
    assert not at.exception, [e.value for e in at.exception]
    assert any("District boundaries not found" in i.value for i in at.info), [i.value for i in at.info]
    assert not page_maps(at) and not at.get("deck_gl_json_chart"), "no map is drawn without boundaries"
    assert at.dataframe or cards(at), "the page's figures are still shown"
