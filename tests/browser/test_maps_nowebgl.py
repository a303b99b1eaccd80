"""Every default map draws in a Chromium that has no WebGL: areas, legend and tooltips, at three sizes. "Default" is
each view a link opens without a choice made: every page's default view and the theme pages' national tabs.

Chrome 139+ refuses a WebGL context where it would have used its software renderer (a council
virtual desktop without a GPU). This browser is launched with WebGL switched off and without
Playwright's --enable-unsafe-swiftshader, and the test checks that is so before looking at maps.
What a map should show is read from the same page run in AppTest (tests.maphelp): the colour of
every area with a figure and of every legend entry; the canvas's pixels must then hold them: the
areas' colours outside the legend, each legend colour inside the legend's swatches (where the drawn
Vega view put them, wherever the spec placed the legend: below the map, over a corner, at the side).
"""
from __future__ import annotations

import pytest

from components.maps import MAP_KINDS, MAX_LISTED_AREAS
from components.navigation import page_views, view_id, view_path
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from components.theme import LAND_FILL_HEX, SYMBOL_HEX
from tests.browser.maphelp import TOOLTIP_JS, MAP, MAP_CANVAS, map_layout, tooltip_text, wait_for_maps
from tests.browser.server import CHROMIUM, CHROMIUM_ARGS, wait_for_app

NO_WEBGL_ARGS = [*CHROMIUM_ARGS, "--disable-webgl", "--disable-3d-apis"]
# every view with a map by default: the home page, the theme pages' documents tabs and their national tabs
MAP_VIEWS = {view_id(p, q): (view_path(p, q), p.path, q) for p, q in page_views()
             if p.url_path in ("", "carers", "dementia", "extra-care")}

_PIXELS_JS = """([sel, index, colours, legendBoxes, swatchBoxes, symbolHex, ignore]) => {
  const canvas = document.querySelectorAll(sel)[index];
  const W = canvas.width, H = canvas.height;
  const ratio = W / canvas.getBoundingClientRect().width;
  // the legends' and their swatches' boxes (CSS px from the canvas's corner) as device pixel masks
  const mask = boxes => { const m = new Uint8Array(W * H);
    for (const [x1, y1, x2, y2] of boxes)
      for (let y = Math.max(0, Math.floor(y1 * ratio)); y < Math.min(H, Math.ceil(y2 * ratio)); y++)
        for (let x = Math.max(0, Math.floor(x1 * ratio)); x < Math.min(W, Math.ceil(x2 * ratio)); x++) m[y * W + x] = 1;
    return m; };
  const legendAt = mask(legendBoxes), swatchAt = mask(swatchBoxes);
  const data = canvas.getContext('2d').getImageData(0, 0, W, H).data;
  const hex = h => [1, 3, 5].map(i => parseInt(h.slice(i, i + 2), 16));
  const rgb = colours.map(hex), sym = hex(symbolHex);
  const cls = new Int16Array(W * H).fill(-1);
  const bluish = new Uint8Array(W * H);
  for (let i = 0; i < W * H; i++) {
    const r = data[4 * i], g = data[4 * i + 1], b = data[4 * i + 2];
    for (let k = 0; k < rgb.length; k++) {
      if (Math.abs(r - rgb[k][0]) <= 3 && Math.abs(g - rgb[k][1]) <= 3 && Math.abs(b - rgb[k][2]) <= 3) { cls[i] = k; break; }
    }
    // a proportional symbol: the symbol colour at partial opacity over a light ground
    bluish[i] = (b - r > 70 && b > 140 && Math.abs(g - (sym[1] + 0.3 * (235 - sym[1]))) < 45) ? 1 : 0;
  }
  const inMap = new Array(rgb.length).fill(0), inLegend = new Array(rgb.length).fill(0);
  let symMap = 0, symLegend = 0;
  for (let i = 0; i < W * H; i++) {
    const k = cls[i];
    if (k >= 0) { if (!legendAt[i]) inMap[k]++; else if (swatchAt[i]) inLegend[k]++; }
    if (bluish[i]) { if (!legendAt[i]) symMap++; else if (swatchAt[i]) symLegend++; }
  }
  // a point well inside a drawn area (or circle), to hover for its tooltip
  const inside = (i, test) => { const x = i % W, y = (i - x) / W;
    if (x < 4 || y < 4 || x >= W - 4 || y >= H - 4) return false;
    for (const d of [-4, 4]) if (legendAt[i + d] || legendAt[i + d * W] || !test(i + d) || !test(i + d * W)) return false;
    return true; };
  let target = null, symTarget = null;
  for (let i = 0; i < W * H && (target === null || symTarget === null); i++) {
    if (target === null && cls[i] >= 0 && colours[cls[i]] !== ignore && inside(i, j => cls[j] === cls[i])) target = i;
    if (symTarget === null && bluish[i] && inside(i, j => bluish[j] === 1)) symTarget = i;
  }
  const css = i => i === null ? null : [(i % W) / ratio, Math.floor(i / W) / ratio];
  // separate filled regions of one colour (outlines and gaps split them) outside the legend
  const seen = new Uint8Array(W * H); let regions = 0; const stack = [];
  for (let s = 0; s < W * H; s++) {
    if (cls[s] < 0 || seen[s] || legendAt[s]) continue;
    let size = 0; seen[s] = 1; stack.push(s);
    while (stack.length) {
      const p = stack.pop(); size++;
      const x = p % W, y = (p - x) / W;
      for (const q of [x > 0 ? p - 1 : -1, x < W - 1 ? p + 1 : -1, y > 0 ? p - W : -1, y < H - 1 ? p + W : -1]) {
        if (q >= 0 && !seen[q] && !legendAt[q] && cls[q] === cls[p]) { seen[q] = 1; stack.push(q); }
      }
    }
    if (size >= 20) regions++;
  }
  return {inMap, inLegend, regions, symMap, symLegend, cssWidth: canvas.getBoundingClientRect().width,
          target: css(target), symTarget: css(symTarget)};
}"""


@pytest.fixture(scope="module")
def nowebgl(browser):
    """A second Chromium from the same Playwright, with WebGL unavailable (no software fallback either)."""
    b = browser.browser_type.launch(executable_path=CHROMIUM, headless=True, args=NO_WEBGL_ARGS,
                                    ignore_default_args=["--enable-unsafe-swiftshader"])
    try:
        yield b
    finally:
        b.close()


@pytest.fixture
def nowebgl_page(nowebgl):
    context = nowebgl.new_context(viewport={"width": 1400, "height": 1000}, device_scale_factor=1)
    try:
        yield context.new_page()
    finally:
        context.close()


@pytest.fixture(scope="module")
def expected():
    """view id -> the maps that view draws, as AppTest sees them."""
    from urllib.parse import parse_qsl

    from tests.conftest import run_page
    from tests.maphelp import page_maps

    out = {}
    for name, (_, path, query) in MAP_VIEWS.items():
        at = run_page(path, dict(parse_qsl(query)))
        assert not at.exception, name
        out[name] = page_maps(at)
    return out


def hover_at(page, index: int, point: list[float], needle: str) -> str:
    """Move the mouse to a point of a map (CSS px from its canvas's corner); the tooltip text that shows."""
    box = page.locator(MAP_CANVAS).nth(index).bounding_box()
    page.mouse.move(box["x"] + point[0], box["y"] + point[1])
    try:
        page.wait_for_function(f"({TOOLTIP_JS})().includes({needle!r})", timeout=5_000)
    except PlaywrightTimeout:
        return tooltip_text(page)
    return tooltip_text(page)


def _colours(drawn) -> tuple[list[str], list[str]]:
    """(colours of the areas drawn, colours of every legend entry) of a classed map, from its colour scale."""
    layer = next(la for la in drawn.spec["layer"] if "color" in la.get("encoding", {}))
    colour = layer["encoding"]["color"]
    field = colour["field"].removeprefix("properties.")
    colour_of = dict(zip(colour["scale"]["domain"], colour["scale"]["range"]))
    areas = sorted({colour_of[p[field]] for p in drawn.features})
    return areas, list(colour["scale"]["range"])


def map_pixels(page, i: int, colours: list[str]) -> dict:
    """Map `i`'s canvas read pixel by pixel: each colour's pixels outside the legend (`inMap`) and inside the
    legend's swatches (`inLegend`), proportional symbols likewise (`symMap`, `symLegend`), separate regions,
    points to hover. The legend is where the drawn Vega view put it (its scenegraph), whatever the spec said."""
    layout = map_layout(page.locator(MAP).nth(i))
    assert layout["legends"] and layout["legendSymbols"], f"map {i}: the drawn view has no legend ({layout})"
    return page.evaluate(_PIXELS_JS, [MAP_CANVAS, i, colours, layout["legends"], layout["legendSymbols"],
                                      SYMBOL_HEX, LAND_FILL_HEX])


def _expected_regions(drawn) -> int:
    """Separate areas the canvas must show: each area of a county map; on a country map most of them
    (small ones, such as the City of London or the boroughs under a thick outline, have fewer than the
    20 px a region must have to count)."""
    n = len(drawn.features)
    if n <= MAX_LISTED_AREAS:
        return sum(1 for p in drawn.features if p.get("value") is not None)
    return int(0.7 * n)


@pytest.mark.parametrize("view", list(MAP_VIEWS))
def test_every_default_map_draws_its_areas_legend_and_tooltip_without_webgl(nowebgl_page, app_url, expected,
                                                                            screenshots_dir, view):
    page = nowebgl_page
    maps = expected[view]
    assert maps, f"{view} draws a map by default"
    page.goto(f"{app_url}/{MAP_VIEWS[view][0]}")
    wait_for_app(page)
    # this browser really has no WebGL, not even a software one
    contexts = page.evaluate(
        "['webgl', 'webgl2', 'experimental-webgl'].map(k => document.createElement('canvas').getContext(k))")
    assert contexts == [None, None, None]
    wait_for_maps(page, len(maps))
    assert page.locator('[data-testid="stDeckGlJsonChart"]').count() == 0, "no WebGL map unless asked for"
    for i, drawn in enumerate(maps):
        page.locator(MAP_CANVAS).nth(i).scroll_into_view_if_needed()
        if drawn.kind == "symbols":
            px = map_pixels(page, i, [])
            assert px["symMap"] > 100, f"map {i}: no circles drawn ({px})"
            assert px["symLegend"] > 50, f"map {i}: no size key drawn ({px})"
        else:
            areas, legend = _colours(drawn)
            px = map_pixels(page, i, legend)
            # every class shows on the map (outside the legend); on a country map a class may hold only the City
            # of London and Wandsworth, a few pixels at that scale
            least = 30 if len(drawn.features) <= MAX_LISTED_AREAS else 3
            for colour, count in zip(legend, px["inMap"]):
                if colour in areas:
                    assert count > least, f"map {i}: class colour {colour} is not on the map ({px})"
            assert all(n > 30 for n in px["inLegend"]), f"map {i}: a legend swatch is missing ({px})"
            assert px["regions"] >= _expected_regions(drawn), f"map {i}: {px['regions']} regions ({px})"
        point = px["symTarget"] if drawn.kind == "symbols" else px["target"]
        assert point, f"map {i}: no area big enough to point at ({px})"
        text = hover_at(page, i, point, "Source:" if drawn.kind in MAP_KINDS else "Area:")
        if drawn.kind in MAP_KINDS:  # components.maps: area, value, period and source
            assert "Area:" in text and "Period:" in text and "Source:" in text, f"map {i}: tooltip {text!r}"
        else:  # another component's map: at least the area and a figure
            assert text.startswith("Area:") and text.count("\n") >= 1, f"map {i} ({drawn.kind}): tooltip {text!r}"
    page.screenshot(path=str(screenshots_dir / f"nowebgl-{view}.png"), full_page=True)


@pytest.mark.parametrize("size, query, label", [
    ((1280, 720), "?present=1", "presenter"),
    ((390, 844), "", "phone"),
], ids=["1280x720-present", "390x844"])  # 1400x1000 is the test above
def test_maps_fit_the_screen_at_every_size(nowebgl, app_url, expected, screenshots_dir, size, query, label):
    context = nowebgl.new_context(viewport={"width": size[0], "height": size[1]}, device_scale_factor=1)
    page = context.new_page()
    try:
        for view, maps in expected.items():
            url = f"{app_url}/{MAP_VIEWS[view][0]}"
            page.goto(url + (("&" if "?" in url else "?") + query.lstrip("?") if query else ""))
            wait_for_app(page)
            wait_for_maps(page, len(maps))
            widths = page.evaluate(f"""() => [...document.querySelectorAll('{MAP}')].map(m => {{
                const box = m.getBoundingClientRect(), c = m.querySelector('canvas').getBoundingClientRect();
                return [box.left, box.right, c.left, c.right]; }})""")
            for left, right, c_left, c_right in widths:
                assert left >= 0 and right <= size[0] + 0.5, (view, label, left, right)
                assert c_left >= left - 0.5 and c_right <= right + 0.5, (view, label, "canvas wider than its box")
            for i, drawn in enumerate(maps):
                if drawn.kind != "symbols":
                    _, legend = _colours(drawn)
                    page.locator(MAP_CANVAS).nth(i).scroll_into_view_if_needed()
                    px = map_pixels(page, i, legend)
                    assert all(n > 30 for n in px["inLegend"]), (view, label, "legend cut off", px)
            page.locator(MAP).first.scroll_into_view_if_needed()
            page.screenshot(path=str(screenshots_dir / f"map-{view}-{label}.png"))
    finally:
        context.close()
