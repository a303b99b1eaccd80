"""Extra care and Home pages in Debian Chromium: maps and charts draw, no error boxes, screenshots saved."""
from __future__ import annotations

from data import store
from tests.browser.maphelp import hover_until_tooltip, wait_for_maps
from tests.browser.server import streamlit_server, wait_for_app
from tests.browser.sweep import CARDS_CUT
from tests.browser.test_pages_browser import assert_no_error_boxes

VEGA = '[data-testid="stVegaLiteChart"]'


def full_height_screenshot(page, path) -> None:
    """Streamlit scrolls inside its own container, so grow the window to the content and then shoot."""
    height = page.evaluate(
        "Math.max(...[...document.querySelectorAll('[data-testid=\"stMainBlockContainer\"]')].map(e => e.scrollHeight), 1000)")
    page.set_viewport_size({"width": 1400, "height": int(height) + 200})
    page.wait_for_timeout(1500)
    page.screenshot(path=str(path), full_page=True)


def wait_for_maps_and_charts(page, maps: int, charts: int) -> None:
    wait_for_maps(page, maps)
    page.wait_for_function(
        f"[...document.querySelectorAll('{VEGA}')].filter(e => e.querySelector('canvas, svg')).length >= {charts}",
        timeout=60_000)


def open_drawn(page, url: str, maps: int, charts: int) -> None:
    """Open `url` and wait until the script has run and its maps and charts have drawn."""
    page.goto(url)
    wait_for_app(page)
    wait_for_maps_and_charts(page, maps=maps, charts=charts)


def test_home_coverage_map_renders(page, app_url, screenshots_dir):
    open_drawn(page, f"{app_url}/", maps=1, charts=1)
    assert_no_error_boxes(page)
    # the four headline figures and the two tender dates, each a card with a value that is not cut
    assert page.locator("li.cma-card").count() >= 6
    assert page.evaluate(CARDS_CUT) == []
    full_height_screenshot(page, screenshots_dir / "home.png")


def test_extra_care_maps_and_charts_render(page, app_url, screenshots_dir):
    # one symbol map per document with figures (North East 2024; Bournemouth, Poole & Dorset 2015),
    # each with its size key, then the provision, rate and housing charts
    open_drawn(page, f"{app_url}/extra-care", maps=2, charts=5)
    assert_no_error_boxes(page)
    body = page.locator("body").inner_text()
    assert "Bournemouth" in body and "South Tyneside" in body
    assert "per 1,000" in body
    full_height_screenshot(page, screenshots_dir / "extra-care.png")


def test_extra_care_on_todays_boundaries_states_the_mapping(page, app_url, screenshots_dir):
    open_drawn(page, f"{app_url}/extra-care?boundaries=today&measure=schemes", maps=2, charts=4)
    assert_no_error_boxes(page)
    assert "shown within Bournemouth, Christchurch and Poole" in page.locator("body").inner_text()
    full_height_screenshot(page, screenshots_dir / "extra-care-today-schemes.png")


# Streamlit resolves a first visit's URL against the pages/ file names before st.navigation runs,
# so each page file is named after its URL path (pages/extra-care.py for /extra-care).
def test_first_visit_to_extra_care_on_a_fresh_server_has_no_page_not_found_dialog(browser):
    with streamlit_server() as url:
        page = browser.new_page(viewport={"width": 1400, "height": 1000})
        try:
            page.goto(f"{url}/extra-care")
            wait_for_app(page)
            page.wait_for_timeout(1000)
            assert page.locator("h1").first.inner_text().strip() == "Extra care and housing"
            assert page.get_by_text("Page not found").count() == 0
        finally:
            page.close()


def test_home_coverage_tooltip_names_authority_document_and_period(page, app_url):
    documents = store.load_documents()
    open_drawn(page, f"{app_url}/", maps=1, charts=1)
    text = hover_until_tooltip(page, 0)
    doc = next((d for d in documents.itertuples() if d.short_name in text), None)
    assert doc is not None, text
    assert f"Period: {doc.period}" in text and doc.publisher.split(" (")[0] in text, text


def test_extra_care_circle_tooltip_names_value_period_and_source(page, app_url):
    open_drawn(page, f"{app_url}/extra-care", maps=2, charts=1)
    text = hover_until_tooltip(page, 0, "South Tyneside")  # the areas with no figure have tooltips that say so
    units = store.load_measures().query("area_code == 'E08000023' and measure == 'extra_care_units'").iloc[0]
    assert "South Tyneside" in text and f"{units['value']:,.0f}" in text, text
    assert f"Period: {units['period']}" in text and f"line {units['line']}" in text, text


def test_home_where_next_opens_a_theme_page_at_the_chosen_authority(page, app_url):
    page.goto(f"{app_url}/")
    wait_for_app(page)
    picker = page.get_by_role("combobox", name="Authority")
    picker.click()
    picker.fill("County Durham")  # typed, as a keyboard user picks
    page.get_by_role("option", name="County Durham", exact=True).click()
    wait_for_app(page)
    assert "for=E06000047" in page.url  # the choice is in the home page's URL too
    page.get_by_role("link", name="Dementia: County Durham").click()
    page.wait_for_function("location.pathname.endsWith('/dementia')")
    wait_for_app(page)
    assert "area=E06000047" in page.url  # not the page's first authority (Kent), so the link keeps it
    assert page.get_by_role("combobox", name="Authority").input_value() == "County Durham"
    assert_no_error_boxes(page)
