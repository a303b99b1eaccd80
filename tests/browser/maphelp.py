"""Finding and reading the atlas's Vega maps in a real browser (canvas renderer, no WebGL)."""
from __future__ import annotations

# A map is a Vega-Lite chart whose text alternative starts "Map:" (components.maps sets it).
MAP = '[data-testid="stVegaLiteChart"][aria-label^="Map:"]'
MAP_CANVAS = f"{MAP} canvas"

TOOLTIP_JS = """() => {
  const el = document.getElementById('vg-tooltip-element');
  if (!el || !el.classList.contains('visible')) return '';
  const rows = [...el.querySelectorAll('tr')].map(r => [...r.querySelectorAll('td')].map(td => td.innerText.trim()));
  return rows.map(cells => cells.join(': ')).join('\\n');
}"""


def wait_for_maps(page, count: int, timeout_ms: int = 60_000) -> None:
    """Until `count` maps have drawn their canvas with a non-zero size."""
    page.wait_for_function(
        """([sel, n]) => [...document.querySelectorAll(sel)].filter(c => c.width > 0 && c.height > 0).length >= n""",
        arg=[MAP_CANVAS, count], timeout=timeout_ms)


def tooltip_text(page) -> str:
    """The Vega tooltip shown now, one 'Title: value' line per row ('' when none is visible)."""
    return page.evaluate(TOOLTIP_JS)


def hover_until_tooltip(page, map_index: int = 0, needle: str = "Period:", steps: int = 20) -> str:
    """Sweep a map until its tooltip contains `needle`; return the tooltip's text ('' if none showed)."""
    canvas = page.locator(MAP_CANVAS).nth(map_index)
    canvas.scroll_into_view_if_needed()
    box = canvas.bounding_box()
    grid = [i / steps for i in range(1, steps)]
    for fy in grid:
        for fx in grid:
            page.mouse.move(box["x"] + box["width"] * fx, box["y"] + box["height"] * fy)
            page.wait_for_timeout(30)
            text = tooltip_text(page)
            if needle in text:
                return text
    return ""
