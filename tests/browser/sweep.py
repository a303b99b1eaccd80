"""One visit per view and screen size, shared by the accessibility and width tests.

A view is a page's default or another tab of it (components/navigation.py page_views: the theme pages' national
tabs). Each (view, size) is opened once per test session in its own browser context on the
session's server and browser; the visit injects axe-core (installed from npm by
`make axe` into tests/browser/node_modules) and records its WCAG A/AA violations, the
widths of every chart, map and table, and a screenshot in tests/screenshots/.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from components.navigation import PageSpec, page_views, view_id
from tests.browser.maphelp import LAYOUT_JS
from tests.browser.server import wait_for_app

AXE_JS = Path(__file__).resolve().parent / "node_modules" / "axe-core" / "axe.min.js"
# WCAG 2.0, 2.1 and 2.2, levels A and AA (axe's tag names)
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]


@dataclass(frozen=True)
class Size:
    name: str
    width: int
    height: int
    query: str = ""   # appended to the page URL (presenter mode)


SIZES: tuple[Size, ...] = (
    Size("desktop", 1400, 1000),
    Size("presenter", 1280, 720, "present=1"),
    Size("phone", 390, 844),
)

# What a person reads as a chart, map or table (Streamlit's own test ids).
WIDE_ELEMENTS = ('[data-testid="stVegaLiteChart"], [data-testid="stDeckGlJsonChart"], '
                 '[data-testid="stDataFrame"], [data-testid="stTable"], [data-testid="stImage"], '
                 '[data-testid="stVegaLiteChart"] canvas, [data-testid="stVegaLiteChart"] svg, '
                 '[data-testid="stDeckGlJsonChart"] canvas')

# The label, value or change of a single-figure card (components/cards.py) that is cut: wider or taller than its box.
CARDS_CUT = """() => [...document.querySelectorAll('.cma-card-value, .cma-card-label, .cma-card-delta')]
    .filter(el => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 2)
    .map(el => el.innerText)"""

_SETTLED = """() => document.querySelector('[data-testid="stApp"]')?.getAttribute('data-test-script-state') === 'notRunning'
    && !document.querySelector('[data-stale="true"], [data-testid="stSkeleton"]')"""

_CHARTS_DRAWN = """() => [...document.querySelectorAll('[data-testid="stVegaLiteChart"]')]
    .every(c => c.getBoundingClientRect().width === 0 || c.querySelector('canvas, svg'))"""

_WIDTHS = """(selector) => [...document.querySelectorAll(selector)].map(el => {
    const r = el.getBoundingClientRect();
    const id = el.closest('[data-testid]')?.getAttribute('data-testid') || el.tagName;
    const room = el.parentElement?.closest('[data-testid="stVerticalBlock"]')?.getBoundingClientRect().width;
    return {what: el.tagName === 'DIV' ? id : id + ' ' + el.tagName.toLowerCase(),
            left: r.left, right: r.right, width: r.width, room: room || 0};
}).filter(b => b.width > 0)"""

# Every option of every button group (segmented controls and pills), of every radio group and every tab, with the part
# a reader can see: its box cut by the viewport and by every ancestor that clips (Streamlit scrolls a segmented control
# sideways inside its own box rather than widen the page, so an option can be cut while the page is not too wide).
BUTTON_GROUP_OPTIONS = ('[data-testid="stButtonGroup"] button, '
                        '[data-testid="stRadio"] [role="radiogroup"] label, [role="tab"]')

_VISIBLE_OPTIONS = """(selector) => [...document.querySelectorAll(selector)].map(el => {
    const r = el.getBoundingClientRect();
    let left = Math.max(r.left, 0), right = Math.min(r.right, document.documentElement.clientWidth);
    for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const cs = getComputedStyle(a);
        if (cs.overflowX !== 'visible') {
            const c = a.getBoundingClientRect();
            left = Math.max(left, c.left + a.clientLeft);
            right = Math.min(right, c.left + a.clientLeft + a.clientWidth);
        }
    }
    const group = el.closest('[data-testid="stButtonGroup"], [data-testid="stRadio"]');
    const label = group?.querySelector('[data-testid="stWidgetLabel"]')?.innerText?.trim() || '';
    return {text: el.innerText.trim(), group: label, left: r.left, right: r.right, width: r.width,
            seen: Math.max(0, right - left)};
}).filter(b => b.width > 0)"""

# The labels of controls a person reads at a glance: tabs, buttons, button-group and radio options.
CONTROL_LABELS = ('[role="tab"], [data-testid="stButtonGroup"] button, [data-testid="stRadio"] label, '
                  'button[data-testid^="stBaseButton"]')

# Every word of a control's label that is broken across two lines ("Documen" / "ts": a word is cut where a label
# wraps only between words, or at a hyphen, dash or slash).
_BROKEN_WORDS = """(selector) => {
    const out = [];
    for (const el of document.querySelectorAll(selector)) {
        const box = el.getBoundingClientRect();  // not a collapsed sidebar's, drawn off the screen
        if (box.width === 0 || box.right <= 0 || box.left >= document.documentElement.clientWidth) continue;
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            for (const m of n.data.matchAll(/[^\\s\\-\u2013\u2014\\/]+/g)) {
                const r = document.createRange();
                r.setStart(n, m.index);
                r.setEnd(n, m.index + m[0].length);
                const tops = new Set([...r.getClientRects()].filter(b => b.width > 0).map(b => Math.round(b.top)));
                if (tops.size > 1) out.push({word: m[0], label: el.innerText.trim()});
            }
        }
    }
    return out;
}"""

_AXE_RUN = """async (tags) => {
    const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
    return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help, tags: v.tags,
        nodes: v.nodes.map(n => ({target: n.target.join(' '), html: n.html.slice(0, 200),
                                  summary: n.failureSummary}))}));
}"""


@dataclass
class Visit:
    spec: PageSpec
    size: Size
    url: str
    violations: list[dict] = field(default_factory=list)
    boxes: list[dict] = field(default_factory=list)   # each chart, map and table: its edges, width and `room`
                                                      # (the width of the column it is placed in)
    options: list[dict] = field(default_factory=list)   # each option of a button or radio group, and how much is seen
    broken_words: list[dict] = field(default_factory=list)  # each word of a control's label split across two lines
    page_width: int = 0        # the document's scroll width (sideways scrolling when > viewport)
    chart_texts: list[dict] = field(default_factory=list)  # every chart's axis, legend, header and title texts
    mark_texts: list[dict] = field(default_factory=list)   # every text a chart's marks draw (names, values)
    bars: list[dict] = field(default_factory=list)  # every opaque bar a chart draws: its chart and box
    screenshot: Path | None = None


def settle(page, timeout_ms: int = 60_000) -> None:
    """Wait until the script has finished, nothing is stale or a placeholder, and every chart has drawn,
    twice in a row half a second apart (a rerun queued by the URL or a widget starts in between)."""
    for _ in range(2):
        page.wait_for_function(_SETTLED, timeout=timeout_ms)
        page.wait_for_function(_CHARTS_DRAWN, timeout=timeout_ms)
        page.wait_for_timeout(500)  # Vega resizes to the column once after its first paint
    page.wait_for_function(_SETTLED, timeout=timeout_ms)


def visit(browser, app_url: str, spec: PageSpec, size: Size, screenshots: Path, view: str = "") -> Visit:
    """Open one view of a page (`view`: its query string, "" for the default) at one size, let it settle, and
    record what the tests check."""
    query = "&".join(q for q in (view, size.query) if q)
    url = f"{app_url}/{spec.url_path}" + (f"?{query}" if query else "")
    context = browser.new_context(viewport={"width": size.width, "height": size.height})
    try:
        page = context.new_page()
        page.goto(url)
        wait_for_app(page)
        settle(page)
        out = Visit(spec, size, url)
        out.boxes = page.evaluate(_WIDTHS, WIDE_ELEMENTS)
        out.options = page.evaluate(_VISIBLE_OPTIONS, BUTTON_GROUP_OPTIONS)
        out.broken_words = page.evaluate(_BROKEN_WORDS, CONTROL_LABELS)
        out.page_width = page.evaluate("document.querySelector('[data-testid=stMain]')?.scrollWidth "
                                       "|| document.documentElement.scrollWidth")
        charts = page.locator('[data-testid="stVegaLiteChart"]')
        for index in range(charts.count()):  # axe cannot read text drawn on a canvas: Vega's own scenegraph can
            drawn = charts.nth(index).evaluate(LAYOUT_JS) or {}
            width = charts.nth(index).bounding_box()["width"]
            out.chart_texts += [{**text, "chart": index, "chart_width": width} for text in drawn.get("texts", [])]
            out.mark_texts += [{**text, "chart": index, "chart_width": width} for text in drawn.get("markTexts", [])]
            out.bars += [{"box": box, "chart": index} for box in drawn.get("bars", [])]
        out.screenshot = screenshots / f"{view_id(spec, view)}-{size.name}.png"
        page.screenshot(path=str(out.screenshot))
        page.add_script_tag(path=str(AXE_JS))
        out.violations = page.evaluate(_AXE_RUN, WCAG_TAGS)
        return out
    finally:
        context.close()


def all_cases() -> list[tuple[PageSpec, Size, str]]:
    return [(spec, size, view) for spec, view in page_views() for size in SIZES]


def case_id(case: tuple[PageSpec, Size, str]) -> str:
    return f"{view_id(case[0], case[2])}-{case[1].name}"
