"""Real-browser fixtures: one Streamlit server and one Debian Chromium for the session."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.browser.server import CHROMIUM, chromium_browser, streamlit_server

SCREENSHOTS = Path(__file__).resolve().parents[1] / "screenshots"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def app_url():
    with streamlit_server() as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: run `make test` (it installs Debian chromium) or apt-get install chromium")
    with chromium_browser() as b:
        yield b


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    p = context.new_page()
    try:
        yield p
    finally:
        context.close()


@pytest.fixture(scope="session")
def screenshots_dir() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


@pytest.fixture(scope="session")
def page_visits(browser, app_url, screenshots_dir):
    """Each view of each page at each size visited once per session (tests/browser/sweep.py), on first request."""
    from tests.browser.sweep import AXE_JS, visit

    if not AXE_JS.exists():
        pytest.fail(f"{AXE_JS} is missing: run `make axe` (npm ci in tests/browser)")
    cache: dict = {}

    def get(spec, size, view=""):
        key = (spec.url_path, size.name, view)
        if key not in cache:
            cache[key] = visit(browser, app_url, spec, size, screenshots_dir, view)
        return cache[key]

    return get
