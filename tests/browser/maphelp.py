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


# The Vega view behind a chart: Streamlit keeps it in a hook of the chart's React component (found by
# walking up from the chart's element); its scenegraph says where each legend and each drawn area is.
LAYOUT_JS = """(chart) => {
  let view = null;
  for (let el = chart; el && !view; el = el.parentElement) {
    const key = Object.keys(el).find(k => k.startsWith('__reactFiber$'));
    for (let f = key && el[key], depth = 0; f && !view && depth < 20; f = f.return, depth++) {
      for (let h = f.memoizedState, i = 0; h && typeof h === 'object' && 'next' in h && i < 200; h = h.next, i++) {
        const v = h.memoizedState, c = v && typeof v === 'object' && 'current' in v ? v.current : v;
        if (c && typeof c.scenegraph === 'function' && typeof c.origin === 'function') { view = c; break; }
      }
    }
  }
  if (!view) return null;
  const [ox, oy] = view.origin();
  const out = {legends: [], legendSymbols: [], areas: [], areaFills: [], legendFontPx: [], texts: [], markTexts: [], bars: [],
               width: view.width(), height: view.height()};
  const box = (b, x, y) => (b && b.x1 <= b.x2 && b.y1 <= b.y2) ? [b.x1 + x, b.y1 + y, b.x2 + x, b.y2 + y] : null;
  // `clip`: the left and right edges of the region a clipping group or mark cuts its texts to (null: none);
  // `group`: the enclosing group's edges, the region of a mark that clips itself
  const visit = (mark, x, y, legend, clip, group) => {
    const cut = mark.clip && group ? [Math.max(group[0], clip ? clip[0] : -Infinity),
                                      Math.min(group[1], clip ? clip[1] : Infinity)] : clip;
    for (const item of mark.items || []) {
      const b = box(item.bounds, x, y);
      if (mark.role === 'legend' && b) out.legends.push(b);
      else if (!legend && mark.role === 'mark' && ['shape', 'symbol'].includes(mark.marktype) && b) {
        out.areas.push(b); out.areaFills.push(item.fill || ''); }
      if (legend && mark.marktype === 'text' && item.text) out.legendFontPx.push(item.fontSize);
      if (mark.marktype === 'text' && item.text && mark.role !== 'mark')
        out.texts.push({role: mark.role, fill: item.fill || '', text: String(item.text), x1: b ? b[0] : null,
                        x2: b ? b[2] : null});
      else if (mark.marktype === 'text' && item.text && b && (item.opacity ?? 1) > 0 && (item.fillOpacity ?? 1) > 0
               && !(cut && (b[2] <= cut[0] || b[0] >= cut[1])))  // wholly clipped away: not drawn at all
        out.markTexts.push({role: 'mark', text: [].concat(item.text).join(' '), x1: b[0], x2: b[2], y1: b[1], y2: b[3],
                            px: item.fontSize, clip_x1: cut ? cut[0] : null, clip_x2: cut ? cut[1] : null});
      if (mark.marktype === 'rect' && mark.role === 'mark' && b && (item.opacity ?? 1) >= 0.9
          && (item.fillOpacity ?? 1) >= 0.9 && item.fill && item.fill !== 'transparent')
        out.bars.push(b);
      if (!legend && mark.marktype === 'symbol' && mark.role === 'mark' && b && (item.opacity ?? 1) >= 0.5
          && (item.shape ?? 'circle') === 'circle' && item.size >= 150)  // a map's circles sized by value
        out.bars.push(b);
      if (legend && mark.marktype === 'symbol' && b) out.legendSymbols.push(b);
      if (mark.marktype === 'group') {
        const gx = x + (item.x || 0), gy = y + (item.y || 0), inner = [gx, gx + (item.width || 0)];
        const clipped = item.clip ? [Math.max(inner[0], cut ? cut[0] : -Infinity),
                                     Math.min(inner[1], cut ? cut[1] : Infinity)] : cut;
        for (const child of item.items || [])
          visit(child, gx, gy, legend || mark.role === 'legend', clipped, inner);
      }
    }
  };
  visit(view.scenegraph().root, ox, oy, false, null, null);
  return out;
}"""


def map_layout(chart) -> dict:
    """Where a drawn Vega chart put things, in CSS px from its canvas's top-left corner: `legends`, their
    `legendSymbols` (swatches) and `areas` (the drawn shapes and symbols) as [x1, y1, x2, y2] boxes, `areaFills` (each
    area's fill colour, in the order of `areas`),
    `legendFontPx` (every legend text's size), `texts` (each axis, legend, header and title text: its role, fill
    colour, text, and left and right edges `x1`, `x2`), `markTexts` (each text the chart's marks draw: names above
    bars, values beside them; its text, a wrapped one's lines joined by spaces, its edges, and `clip_x1`, `clip_x2`: the
    edges of the region a clipping group or mark cuts it to, or None; a text clipped away whole is left out), `bars`
    (each opaque bar a mark draws, and each circle of 150 px² or more, as a box).
    `chart` is the chart's locator ([data-testid="stVegaLiteChart"])."""
    layout = chart.evaluate(LAYOUT_JS)
    assert layout is not None, "no Vega view found behind the chart (has Streamlit changed how it keeps it?)"
    return layout


def overlapping(a: list[float], b: list[float], margin: float = 0.5) -> bool:
    """Whether two [x1, y1, x2, y2] boxes share more than a hairline."""
    return a[0] < b[2] - margin and b[0] < a[2] - margin and a[1] < b[3] - margin and b[1] < a[3] - margin
