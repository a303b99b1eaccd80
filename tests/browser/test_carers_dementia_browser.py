"""Carers and dementia pages in Chromium: the map canvas and the charts draw, no error boxes, screenshots saved."""
from __future__ import annotations

import pytest

from tests.browser.server import wait_for_app

MAP = '[data-testid="stDeckGlJsonChart"] canvas'
CHART = '[data-testid="stVegaLiteChart"]'


def assert_no_error_boxes(page) -> None:
    assert page.locator('[data-testid="stException"]').count() == 0, "an exception box is shown"
    assert page.locator('[data-testid="stAlertContentError"]').count() == 0, "an error box is shown"


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
    page.wait_for_timeout(1500)  # let deck.gl paint before the picture
    name = f"{url_path}{'-' + query.strip('?').replace('&', '-').replace('=', '_') if query else ''}"
    page.screenshot(path=str(screenshots_dir / f"{name}.png"), full_page=True)


def test_map_tooltip_names_value_period_and_source(page, app_url):
    page.goto(f"{app_url}/carers?period=2011")
    wait_for_app(page)
    wait_for_charts(page, 1)
    page.wait_for_timeout(1500)
    canvas = page.locator(MAP).first
    box = canvas.bounding_box()
    # sweep the middle of the map until a tooltip shows (any district will do)
    text = ""
    for fx in (0.5, 0.45, 0.55, 0.4, 0.6):
        page.mouse.move(box["x"] + box["width"] * fx, box["y"] + box["height"] * 0.5)
        page.wait_for_timeout(400)
        tip = page.locator(".deck-tooltip")
        if tip.count() and tip.first.is_visible():
            text = tip.first.inner_text()
            if text.strip():
                break
    assert "Period: 2011" in text and "Source:" in text and "%" in text, text
