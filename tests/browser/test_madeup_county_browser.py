"""The theme pages on a made-up county in Chromium (tests/fixtures/madeup): maps draw, nothing is wider than the
screen, headline figures are not cut, links keep their authority and period, PNGs download. Screenshots of each
page at 1400x1000, presenter 1280x720 and phone 390x844 go to tests/screenshots/madeup-<page>-<size>.png."""
from __future__ import annotations

import pytest

from tests.browser.maphelp import wait_for_maps
from tests.browser.server import streamlit_server, wait_for_app
from tests.browser.sweep import CARDS_CUT as _CUT, SIZES, WIDE_ELEMENTS, _WIDTHS, settle

PAGES = {"carers": "?area=E10000901&period=2021", "dementia": "?period=2016", "extra-care": "?area=E10000901"}


@pytest.fixture(scope="module")
def madeup_url(madeup_dirs):
    with streamlit_server(env=madeup_dirs) as url:
        yield url


def open_page(browser, url: str, width: int, height: int):
    context = browser.new_context(viewport={"width": width, "height": height}, accept_downloads=True)
    page = context.new_page()
    page.goto(url)
    wait_for_app(page)
    settle(page)
    return context, page


@pytest.mark.parametrize("size", SIZES, ids=[s.name for s in SIZES])
@pytest.mark.parametrize("path", list(PAGES))
def test_theme_page_fits_the_screen_and_draws_its_map(browser, madeup_url, screenshots_dir, path, size):
    query = PAGES[path] + (f"&{size.query}" if size.query else "")
    context, page = open_page(browser, f"{madeup_url}/{path}{query}", size.width, size.height)
    try:
        assert page.locator('[data-testid="stException"]').count() == 0, "an exception box is shown"
        wait_for_maps(page, 1)
        assert "Glenmarsh" in page.locator('[data-testid="stMain"]').inner_text()
        boxes = page.evaluate(_WIDTHS, WIDE_ELEMENTS)
        assert boxes, "no chart, map or table measured"
        too_wide = [b for b in boxes if b["right"] > size.width + 1 or b["left"] < -1]
        assert not too_wide, f"{path} at {size.width}px: " + "; ".join(
            f"{b['what']} spans {b['left']:.0f}..{b['right']:.0f}px" for b in too_wide)
        if path != "extra-care":  # the theme pages' headline figures are cards
            assert page.locator("li.cma-card").count() >= 3, "no headline cards drawn"
        cut = page.evaluate(_CUT)
        assert not cut, f"headline figures cut at {size.width}px: {cut}"
        page.screenshot(path=str(screenshots_dir / f"madeup-{path}-{size.name}.png"))
        tall = page.evaluate("document.querySelector('[data-testid=stMain]').scrollHeight")
        page.set_viewport_size({"width": size.width, "height": min(int(tall) + 50, 9000)})
        settle(page)
        page.screenshot(path=str(screenshots_dir / f"madeup-{path}-{size.name}-full.png"))
    finally:
        context.close()


def test_links_keep_the_authority_and_an_unknown_one_gets_a_note(browser, madeup_url):
    context, page = open_page(browser, f"{madeup_url}/dementia?area=E06000901", 1400, 1000)
    try:
        page.get_by_text("no dementia figures for Port Sallow's districts").wait_for(timeout=30_000)
        page.goto(f"{madeup_url}/carers?area=nowhere")
        wait_for_app(page)
        settle(page)
        page.get_by_text("The link's area value was not recognised").wait_for(timeout=30_000)
        page.get_by_role("heading", name="Glenmarsh: by district").wait_for(timeout=30_000)
    finally:
        context.close()


def test_the_map_downloads_as_a_png(browser, madeup_url, tmp_path):
    context, page = open_page(browser, f"{madeup_url}/carers", 1400, 1000)
    try:
        wait_for_maps(page, 1)
        button = page.get_by_role("button", name="Download PNG").first
        button.scroll_into_view_if_needed()
        with page.expect_download(timeout=60_000) as info:
            button.click()
        path = tmp_path / info.value.suggested_filename
        info.value.save_as(path)
        assert path.name.endswith(".png") and "glenmarsh" in path.name
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    finally:
        context.close()
