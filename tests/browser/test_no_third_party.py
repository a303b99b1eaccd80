"""Nothing leaves the machine: every request of every page goes to the app's own host.

A hosted public-sector dashboard must not send its viewers' browsers to third parties (basemap
styles, fonts, icons). Every page is opened (its other tabs too, and presenter mode, and the optional WebGL map
switched on) in a browser that records every request; any host other than the app's fails.
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from components.maps import INTERACTIVE_LABEL
from components.navigation import page_views, view_path
from tests.browser.server import streamlit_server, wait_for_app

INTERACTIVE_APP = Path(__file__).resolve().parent / "apps" / "interactive_map_app.py"
LOCAL_SCHEMES = {"data", "blob", "about"}


class Recorder:
    """Every request a browser context makes, and those that go anywhere but `origin`."""

    def __init__(self, context, origin: str) -> None:
        self.origin = urlsplit(origin).netloc
        self.urls: list[str] = []
        context.on("request", lambda request: self.urls.append(request.url))

    def foreign(self) -> list[str]:
        out = []
        for url in self.urls:
            parts = urlsplit(url)
            if parts.scheme in LOCAL_SCHEMES:
                continue
            if parts.netloc != self.origin:
                out.append(url)
        return out


def settle(page) -> None:
    wait_for_app(page)
    page.wait_for_load_state("networkidle")


@pytest.mark.parametrize("query", ["", "?present=1"], ids=["normal", "presenter"])
def test_every_page_requests_only_the_apps_own_host(browser, app_url, query):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    recorder = Recorder(context, app_url)
    page = context.new_page()
    try:
        for spec, view in page_views():  # every page, and the theme pages' national tabs
            url = f"{app_url}/{view_path(spec, view)}"
            page.goto(url + (("&" if view else "?") + query[1:] if query else ""))
            settle(page)
            toggle = page.get_by_text(INTERACTIVE_LABEL)
            if toggle.count():  # a page offering the WebGL map: switch it on too
                toggle.first.click()
                page.wait_for_selector('[data-testid="stDeckGlJsonChart"] canvas', timeout=60_000)
                settle(page)
            icon = page.evaluate("document.querySelector(\"link[rel='shortcut icon']\")?.href || ''")
            assert urlsplit(icon).scheme in LOCAL_SCHEMES or urlsplit(icon).netloc == recorder.origin, icon
        assert len(recorder.urls) > 20, "requests were recorded"
        assert recorder.foreign() == [], recorder.foreign()
    finally:
        context.close()


def test_the_interactive_map_fetches_no_basemap_and_a_click_selects_a_district(browser):
    with streamlit_server(INTERACTIVE_APP) as url:
        context = browser.new_context(viewport={"width": 1200, "height": 1400})
        recorder = Recorder(context, url)
        page = context.new_page()
        try:
            page.goto(url)
            settle(page)
            canvas = page.locator('[data-testid="stDeckGlJsonChart"] canvas').first
            canvas.wait_for(timeout=60_000)
            assert page.get_by_text("needs WebGL").count() >= 1
            box = canvas.bounding_box()
            for _ in range(6):  # deck.gl picks only once it has drawn its layers: click again until it has
                page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)  # the middle of Kent
                try:
                    page.wait_for_function("document.body.innerText.includes('picked=E')", timeout=10_000)
                    break
                except PlaywrightTimeout:
                    continue
            picked = page.locator("body").inner_text().split("picked=")[1][:9]
            assert picked.startswith("E07000"), picked
            assert recorder.foreign() == [], recorder.foreign()
        finally:
            context.close()
