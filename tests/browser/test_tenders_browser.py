"""The tenders timeline in Debian Chromium: the chart paints, legends and the date line show."""
from __future__ import annotations

from tests.browser.server import wait_for_app
from tests.browser.test_pages_browser import assert_no_error_boxes


def test_timeline_renders_with_legends(page, app_url, screenshots_dir):
    page.goto(f"{app_url}/tenders?today=2019-03-15")
    wait_for_app(page)
    assert page.locator("h1").first.inner_text().strip() == "Tenders and contracts"
    chart = page.locator('[data-testid="stVegaLiteChart"]').first
    chart.wait_for(timeout=60_000)
    page.wait_for_function(
        """() => { const c = document.querySelector('[data-testid="stVegaLiteChart"]');
                   return c && c.querySelector('canvas, svg'); }""", timeout=60_000)
    assert_no_error_boxes(page)
    # the chart fits the page column (no sideways overflow) and is tall enough for one row per procurement
    box = chart.bounding_box()
    main = page.locator('[data-testid="stMainBlockContainer"]').bounding_box()
    assert box and main and box["x"] + box["width"] <= main["x"] + main["width"] + 2
    assert box["height"] > 1000
    assert page.get_by_text("Dates the timeline cannot place").count() == 1
    # Streamlit scrolls inside its own container, so grow the viewport to photograph the whole chart
    page.set_viewport_size({"width": 1400, "height": int(box["y"] + box["height"] + 200)})
    page.wait_for_timeout(800)
    page.screenshot(path=str(screenshots_dir / "tenders-timeline.png"))


def test_presenter_mode_hides_controls_keeps_chart(page, app_url, screenshots_dir):
    page.goto(f"{app_url}/tenders?present=1&today=2025-06-01&category=home%20care")
    wait_for_app(page)
    page.wait_for_function(
        """() => { const c = document.querySelector('[data-testid="stVegaLiteChart"]');
                   return c && c.querySelector('canvas, svg'); }""", timeout=60_000)
    assert page.locator('[data-testid="stMultiSelect"]').count() == 0
    assert page.locator('[data-testid="stDateInput"]').count() == 0
    assert_no_error_boxes(page)
    page.screenshot(path=str(screenshots_dir / "tenders-presenter.png"), full_page=True)


_LABEL_BOXES = """() => {
    const chart = document.querySelector('[data-testid="stVegaLiteChart"]');
    // the row labels: the y axis's labels are right-aligned (the date axis's are centred)
    return [...chart.querySelectorAll('.role-axis-label text[text-anchor="end"]')].map(t => {
        const r = t.getBoundingClientRect();
        return {text: t.textContent, top: r.top, bottom: r.bottom, left: r.left, right: r.right};
    }).filter(b => b.bottom > b.top);
}"""


def test_presenter_row_labels_never_overprint(browser, app_url, screenshots_dir):
    context = browser.new_context(viewport={"width": 1280, "height": 720})
    try:
        page = context.new_page()
        page.goto(f"{app_url}/tenders?present=1&today=2019-03-15")
        wait_for_app(page)
        page.wait_for_function(
            """() => { const c = document.querySelector('[data-testid="stVegaLiteChart"]');
                       return c && c.querySelectorAll('.role-axis-label text').length > 10; }""", timeout=60_000)
        boxes = page.evaluate(_LABEL_BOXES)
        rows = sorted(boxes, key=lambda b: b["top"])
        assert len(rows) > 20
        for a, b in zip(rows, rows[1:]):
            assert a["bottom"] <= b["top"] + 0.5, f"'{a['text']}' overprints '{b['text']}'"
        page.screenshot(path=str(screenshots_dir / "tenders-presenter-1280.png"), full_page=True)
    finally:
        context.close()
