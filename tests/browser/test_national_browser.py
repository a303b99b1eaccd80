"""The national maps (each theme page's national tab) in Chromium at desktop, projector (presenter) and phone sizes:
every district drawn, the legend over none of them and its type readable, the tooltip names the figure (and the
interval for dementia), the licence is on screen; screenshots saved. Then the tab itself: a click shows the national
map and puts the tab in the URL, a reload keeps it, the first tab brings the authority's figures back."""
from __future__ import annotations

import pytest

from components.navigation import NATIONAL_TAB, NATIONAL_VIEW, TAB_PARAM
from components.national import NO_FIGURE
from components.theme import LAND_FILL_HEX, MAP_LEGEND_FONT_PX, NO_DATA_HEX, SEQUENTIAL_HEX
from tests.browser.maphelp import map_layout, overlapping
from tests.browser.server import wait_for_app

PRESENTER_TITLE_GAP_PX = 20  # the h1 box under the header; Streamlit's own top margin, type-scaled, left 47 px more
SIZES = {"desktop": (1400, 1000, ""), "presenter": (1280, 720, "present=1"), "phone": (390, 844, "")}
MAPS = [
    # page, query, the map's text alternative starts with, a tooltip title it must show, the fewest areas drawn
    ("carers", f"area=E10000016&{NATIONAL_VIEW}", "Map: Share of usual residents aged 5+ providing unpaid care",
     "Share providing care", 290),
    ("dementia", f"area=E10000016&{NATIONAL_VIEW}", "Map: Dementia diagnosis rate", "95% confidence interval", 290),
    # only the districts with a unit count (and the land around them)
    ("extra-care", NATIONAL_VIEW, "Map: Extra care units per 1,000", "Extra care units", 3),
]
_TOOLTIP_JS = """() => {
  const el = document.getElementById('vg-tooltip-element');
  if (!el || !el.classList.contains('visible')) return '';
  return [...el.querySelectorAll('tr')].map(r => [...r.querySelectorAll('td')].map(td => td.innerText.trim()).join(': ')).join('\\n');
}"""


def _map(page, label: str):
    return page.locator(f'[data-testid="stVegaLiteChart"][aria-label^="{label}"]').first


def _hover_until(page, canvas, needle: str, steps: int = 9) -> str:
    box = canvas.bounding_box()
    for fy in [0.5, *[i / steps for i in range(1, steps)]]:
        for fx in [0.5, *[i / steps for i in range(1, steps)]]:
            page.mouse.move(box["x"] + box["width"] * fx, box["y"] + box["height"] * fy)
            page.wait_for_timeout(25)
            text = page.evaluate(_TOOLTIP_JS)
            if needle in text:
                return text
    return ""


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize(("url_path", "query", "label", "needle", "fewest"), MAPS, ids=[m[0] for m in MAPS])
def test_national_map_draws_with_tooltip_and_licence(browser, app_url, screenshots_dir, size, url_path, query,
                                                     label, needle, fewest):
    width, height, extra = SIZES[size]
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    try:
        params = "&".join(p for p in (query, extra) if p)
        page.goto(f"{app_url}/{url_path}{'?' + params if params else ''}")
        wait_for_app(page)
        if size == "presenter":  # the slide starts just under the header: no wide margin above the title
            header, title = (page.locator(css).first.bounding_box() for css in ('[data-testid="stHeader"]', "h1"))
            assert title and header and title["y"] - (header["y"] + header["height"]) <= PRESENTER_TITLE_GAP_PX, (
                title, header)
        chart = _map(page, label)
        chart.scroll_into_view_if_needed(timeout=60_000)
        canvas = chart.locator("canvas")
        canvas.wait_for(state="visible", timeout=60_000)
        page.wait_for_function("(c) => c.width > 0 && c.height > 0", arg=canvas.element_handle(), timeout=30_000)
        box = canvas.bounding_box()
        assert box and 200 < box["width"] <= width and box["height"] > 200, box
        # the legend (read from the Vega view's scenegraph) covers no area and fits the canvas; its type is readable
        layout = map_layout(chart)
        assert len(layout["legends"]) == 1 and len(layout["areas"]) >= fewest, layout["legends"]
        legend = layout["legends"][0]
        covered = [a for a, fill in zip(layout["areas"], layout["areaFills"])  # the land around is clipped, not an area
                   if fill.lower() != LAND_FILL_HEX and overlapping(legend, a)]
        assert not covered, f"the legend {legend} covers {len(covered)} areas, e.g. {covered[:3]}"
        assert legend[0] >= -0.5 and legend[2] <= box["width"] + 0.5 and legend[3] <= box["height"] + 0.5, (legend, box)
        if size == "presenter":  # map and legend on one projector screen, under Streamlit's header
            header = page.locator('[data-testid="stHeader"]').bounding_box()
            assert box["height"] + (header["height"] if header else 0) <= height, (box, header)
        least = MAP_LEGEND_FONT_PX["presenter" if size == "presenter" else "normal"]
        assert layout["legendFontPx"] and min(layout["legendFontPx"]) >= max(least, 14), layout["legendFontPx"]
        assert page.locator('[data-testid="stException"]').count() == 0
        text = _hover_until(page, canvas, needle)
        assert needle in text, f"no tooltip with {needle!r} on the {url_path} map"
        assert page.get_by_text("Open Government Licence v3.0", exact=False).count() > 0
        page.mouse.move(0, 0)
        chart.scroll_into_view_if_needed()
        page.screenshot(path=str(screenshots_dir / f"national-{url_path}-{size}.png"))
    finally:
        context.close()


def test_the_extra_care_map_shows_the_few_authorities_with_figures_and_not_a_country_of_no_figure(page, app_url):
    """Two authorities have an extra care unit count: the national map drew all 331 districts, 328 of them "No figure"
    grey, with the two in colour a few pixels each. It now draws only the districts with a figure, zoomed to them
    (they span most of the map's height), keys no "No figure" (none is drawn) and names them in its caption."""
    page.goto(f"{app_url}/extra-care?{NATIONAL_VIEW}")
    wait_for_app(page)
    chart = _map(page, MAPS[2][2])
    chart.scroll_into_view_if_needed(timeout=60_000)
    page.wait_for_function("(c) => c.width > 0 && c.height > 0", arg=chart.locator("canvas").element_handle(),
                           timeout=30_000)
    layout = map_layout(chart)
    legend = [t["text"] for t in layout["texts"] if t["role"] == "legend-label"]
    assert legend and NO_FIGURE not in legend, legend
    grey = [a for a, fill in zip(layout["areas"], layout["areaFills"]) if fill.lower() == NO_DATA_HEX]
    assert not grey, f"{len(grey)} of {len(layout['areas'])} areas drawn as {NO_FIGURE}"
    figured = [a for a, fill in zip(layout["areas"], layout["areaFills"]) if fill.lower() in SEQUENTIAL_HEX]
    assert len(figured) >= len(legend), (len(figured), legend)
    top, bottom = min(a[1] for a in figured), max(a[3] for a in figured)
    assert bottom - top >= 0.6 * layout["height"], (top, bottom, layout["height"])  # zoomed to them
    from components.data_access import tables
    from components.national_view import extra_care_national_model

    named = list(extra_care_national_model(tables(), False).rank.table.iloc[:, 0])  # the authorities with a figure
    caption = chart.locator("xpath=following::*[@data-testid='stCaptionContainer'][1]").inner_text()
    assert f"Only {len(named)} authorities" in caption and all(name in caption for name in named), caption


@pytest.mark.parametrize(("url_path", "tab", "label", "documents_map"), [
    ("carers", "Across England and Wales (official figures)", MAPS[0][2], "Map: Unpaid carers"),
    ("dementia", "Across England (official figures)", MAPS[1][2], "Map: People with dementia"),
], ids=["carers", "dementia"])
def test_the_national_tab_opens_on_a_click_is_in_the_url_and_survives_a_reload(page, app_url, url_path, tab, label,
                                                                                documents_map):
    page.goto(f"{app_url}/{url_path}")  # Kent, the first authority
    wait_for_app(page)
    _map(page, documents_map).wait_for(timeout=60_000)
    assert _map(page, label).count() == 0, "the national map is sent only when its tab is open"
    page.get_by_role("tab", name=tab).click()
    _map(page, label).wait_for(timeout=60_000)
    wait_for_app(page)
    page.wait_for_function(f"location.search.includes('{TAB_PARAM}={NATIONAL_TAB}')", timeout=10_000)
    assert _map(page, documents_map).count() == 0, "the documents' tab's map is gone once the other tab is open"
    page.reload()
    wait_for_app(page)
    _map(page, label).wait_for(timeout=60_000)
    assert page.get_by_role("tab", selected=True).inner_text().strip() == tab
    page.get_by_role("tab", name="Kent in the documents").click()
    _map(page, documents_map).wait_for(timeout=60_000)
    wait_for_app(page)
    page.wait_for_function(f"!location.search.includes('{TAB_PARAM}=')", timeout=10_000)
    assert _map(page, label).count() == 0


def test_on_a_phone_both_tab_labels_show_in_full(browser, app_url):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    try:
        page.goto(f"{app_url}/extra-care")  # the longest pair of labels: "Every authority ..." and "Across England and Wales ..."
        wait_for_app(page)
        # the page's stylesheet (components/layout.py) arrives in an element of its own, drawn once Streamlit's
        # HTML element has loaded: measure once its phone rule for the tabs holds, as a reader sees the page
        page.wait_for_function("""() => { const t = document.querySelector('[data-testid="stTabs"] [role="tab"]');
            return t && getComputedStyle(t).whiteSpace === 'normal'; }""", timeout=15_000)
        boxes = page.evaluate("""() => [...document.querySelectorAll('[data-testid="stTabs"] [role="tab"]')].map(t => {
            const r = t.getBoundingClientRect(), p = t.querySelector('p');
            return {text: t.innerText, left: r.left, right: r.right, cut: p.scrollWidth > p.clientWidth + 1}; })""")
        assert [b["text"] for b in boxes] == ["Every authority in the documents", "Across England and Wales (official figures)"]
        assert all(b["left"] >= 0 and b["right"] <= 390 and not b["cut"] for b in boxes), boxes
    finally:
        context.close()
