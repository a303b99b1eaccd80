"""Open every page (and the theme pages' national tabs) in Debian Chromium: heading visible, no error box, screenshot saved."""
from __future__ import annotations

import pytest

from components.navigation import PAGES, page_views, view_id, view_path
from tests.browser.server import wait_for_app


def assert_no_error_boxes(page) -> None:
    assert page.locator('[data-testid="stException"]').count() == 0, "an exception box is shown"
    errors = page.locator('[data-testid="stAlertContentError"]')
    assert errors.count() == 0, f"an error box is shown: {errors.first.inner_text() if errors.count() else ''}"
    # deck.gl and Vega report their own errors inside the chart, not as Streamlit alerts
    for chart in page.locator('[data-testid="stDeckGlJsonChart"], [data-testid="stVegaLiteChart"]').all():
        text = chart.inner_text()
        assert "Error" not in text, f"a chart shows an error: {text[:200]}"


@pytest.mark.parametrize(("spec", "view"), page_views(), ids=[view_id(*v) for v in page_views()])
def test_page_renders_in_chromium(page, app_url, screenshots_dir, spec, view):
    page.goto(f"{app_url}/{view_path(spec, view)}")
    wait_for_app(page)
    assert page.locator("h1").first.inner_text().strip() == spec.title
    assert_no_error_boxes(page)
    # the sidebar lists every page once, in order, with the open one marked for screen readers too
    nav = page.locator('[data-testid="stSidebarNav"] a[data-testid="stSidebarNavLink"]')
    assert [t.split("\n")[-1].strip() for t in nav.all_inner_texts()] == [p.title for p in PAGES]
    assert nav.nth(PAGES.index(spec)).get_attribute("aria-current") == "page"
    # wide layout on every page, also when a page is opened directly by its URL
    width = page.evaluate("document.querySelector('[data-testid=stMainBlockContainer]').getBoundingClientRect().width")
    assert width > 1000, f"main column is {width}px wide: the page fell back to the centred layout"
    page.screenshot(path=str(screenshots_dir / f"{view_id(spec, view)}.png"), full_page=True)
