"""Carers and dementia pages in Chromium: the map canvas and the charts draw, no error boxes, screenshots saved."""
from __future__ import annotations

import pytest

from tests.browser.maphelp import MAP_CANVAS as MAP, hover_until_tooltip
from tests.browser.server import wait_for_app
from tests.browser.test_pages_browser import assert_no_error_boxes

CHART = '[data-testid="stVegaLiteChart"]'


def wait_for_charts(page, minimum: int) -> None:
    page.wait_for_selector(MAP, state="attached", timeout=60_000)
    page.wait_for_function(
        """(n) => [...document.querySelectorAll('[data-testid="stVegaLiteChart"]')]
                  .filter(el => el.querySelector('canvas, svg')).length >= n""",
        arg=minimum, timeout=60_000,
    )


@pytest.mark.parametrize("url_path, query, charts", [
    ("carers", "", 4),
    ("carers", "?period=2020&change=count", 4),
    ("dementia", "?period=2020", 5),
])
def test_map_and_charts_render(page, app_url, screenshots_dir, url_path, query, charts):
    page.set_viewport_size({"width": 1400, "height": 4600})  # the app scrolls inside; a tall window shows it all
    page.goto(f"{app_url}/{url_path}{query}")
    wait_for_app(page)
    wait_for_charts(page, charts)
    canvas = page.locator(MAP).first
    box = canvas.bounding_box()
    assert box and box["width"] > 300 and box["height"] > 300, box
    assert_no_error_boxes(page)
    name = f"{url_path}{'-' + query.strip('?').replace('&', '-').replace('=', '_') if query else ''}"
    page.screenshot(path=str(screenshots_dir / f"{name}.png"), full_page=True)


def test_map_tooltip_names_value_period_and_source(page, app_url):
    page.goto(f"{app_url}/carers?period=2011")
    wait_for_app(page)
    wait_for_charts(page, 1)
    text = hover_until_tooltip(page, 0, "Source:")
    assert "Period: 2011" in text and "Source:" in text and "%" in text, text


def test_where_the_figures_come_from_opens_with_its_table(page, app_url):
    """The sources expander is drawn closed and empty; a click reruns the page with its table inside."""
    page.goto(f"{app_url}/carers")
    wait_for_app(page)
    box = page.locator('[data-testid="stExpander"]').filter(has_text="Where these figures come from").first
    assert box.locator('[data-testid="stDataFrame"]').count() == 0
    box.locator("summary").click()
    box.locator('[data-testid="stDataFrame"]').wait_for(timeout=30_000)
    wait_for_app(page)
    assert "Line numbers refer to the source document" in box.inner_text()
    assert_no_error_boxes(page)
