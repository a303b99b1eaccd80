"""One benchmark run of one Streamlit app in Chromium: cold start, page switches, bytes, memory.

Times come from the browser's own clock at the moment the page became ready (recorded by
a DOM observer), not from when Python noticed, so polling and the settle wait used to
catch queued reruns do not inflate them. Browser Date.now() and Python time.time() read
the same system clock, which lets a server start in Python be timed to a render in Chromium.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlparse

from bench.stats import BenchPage
from tests.browser.server import free_port, server_pid_rss_kb, streamlit_server, wait_for_app

# Ready = Streamlit has finished the script run and a heading is on the page (the same
# condition as tests/browser/server.py wait_for_app), and the open tab, if the page has tabs, shows
# something: a click on a tab empties its panel at once, before the run that fills it. The
# observer stamps every not-ready -> ready transition with the wall clock and the heading shown
# then, and a new view while ready (a new heading or query string: a built page or a cached tab
# can finish before the browser ever shows the script as running; React then commits 'running'
# and 'notRunning' together and the script state attribute never changes).
_READY_OBSERVER = """
(() => {
  const state = { ready: false, readyAt: null, title: null, view: null, transitions: 0 };
  window.__bench = state;
  const check = () => {
    const app = document.querySelector('[data-testid="stApp"][data-test-script-state="notRunning"]');
    const h1 = document.querySelector('h1');
    const panel = document.querySelector('[role="tabpanel"]');
    const filled = !panel || panel.querySelector('[data-testid="stElementContainer"]') !== null;
    const ready = Boolean(app && h1 && filled);
    const view = ready ? h1.innerText.trim() + location.search : null;
    if (ready && (!state.ready || view !== state.view)) {
      state.readyAt = Date.now();
      state.title = h1.innerText.trim();
      state.view = view;
      state.transitions += 1;
    }
    state.ready = ready;
  };
  new MutationObserver(check).observe(document, {
    subtree: true, childList: true, characterData: true, attributes: true,
    attributeFilter: ['data-test-script-state'],
  });
})();
"""

# title None: any heading will do (the baseline app's heading is its own business)
_READY_WITH_TITLE = (
    "(title) => window.__bench && window.__bench.ready && (title === null || window.__bench.title === title)"
)
SETTLE_MS = 500  # after a page is ready: lets lazily loaded chunks and late frames land in that page's byte count


@dataclass
class ByteMeter:
    """Bytes received by the browser, booked to whichever page is being loaded."""

    bucket: str = ""
    http: dict[str, int] = field(default_factory=dict)
    ws: dict[str, int] = field(default_factory=dict)
    responses: dict[str, int] = field(default_factory=dict)
    urls: dict[str, str] = field(default_factory=dict)                        # CDP requestId -> URL
    largest: dict[str, list[tuple[int, str]]] = field(default_factory=dict)   # bucket -> (bytes, URL path)

    def book(self, kind: dict[str, int], amount: int) -> None:
        kind[self.bucket] = kind.get(self.bucket, 0) + amount

    def _finished(self, event: dict) -> None:
        size = int(event.get("encodedDataLength", 0))
        self.book(self.http, size)
        url = self.urls.pop(event.get("requestId", ""), "")
        top = self.largest.setdefault(self.bucket, [])
        top.append((size, urlparse(url).path))
        top.sort(reverse=True)
        del top[3:]

    def total(self, bucket: str) -> int:
        return self.http.get(bucket, 0) + self.ws.get(bucket, 0)

    def attach(self, context, page) -> None:
        # HTTP: encodedDataLength is what came over the wire (headers + compressed body).
        cdp = context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.on("Network.requestWillBeSent", lambda e: self.urls.__setitem__(e["requestId"], e["request"]["url"]))
        cdp.on("Network.loadingFinished", self._finished)
        page.on("response", lambda r: self.book(self.responses, 1))
        # WebSocket: Streamlit sends each script run's elements as binary frames.
        page.on("websocket", lambda ws: ws.on("framereceived", lambda payload: self.book(self.ws, len(payload))))


@dataclass
class PageVisit:
    page: str
    seconds: float | None
    bytes: int
    http_bytes: int
    ws_bytes: int
    how: str          # "click" on the sidebar link, or "goto" when no link was found
    visit: int = 1    # 1: the page's first view in this server process; 2: again, its views built once already
    largest: list[tuple[int, str]] = field(default_factory=list)  # the biggest HTTP responses (bytes, path)
    error: str = ""


@dataclass
class RunResult:
    app: str
    server_healthy_s: float      # spawn -> /_stcore/health answers (0.2 s polling)
    cold_total_s: float          # spawn -> first complete render in Chromium
    cold_page_s: float           # page.goto -> first complete render
    first_load_bytes: int
    first_load_http_bytes: int
    first_load_ws_bytes: int
    first_load_responses: int
    visits: list[PageVisit]
    rss_kb: int                  # server RSS after every page was visited


def server_pid(port: int) -> int:
    """The pid of the streamlit server listening on `port` (found by its command line; streamlit_server yields only a URL)."""
    for proc in Path("/proc").iterdir():
        if not proc.name.isdigit():
            continue
        try:
            args = (proc / "cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"streamlit" in b" ".join(args) and b"--server.port" in args:
            i = args.index(b"--server.port")
            if i + 1 < len(args) and args[i + 1] == str(port).encode():
                return int(proc.name)
    raise RuntimeError(f"no streamlit process found for port {port}")


def _ready_at(page) -> float:
    return page.evaluate("window.__bench.readyAt") / 1000


def _what_is_shown(page) -> str:
    """What the browser shows when a page did not render, for the report."""
    try:
        state = page.evaluate(
            """() => ({
              h1: (document.querySelector('h1') || {}).innerText || null,
              script: (document.querySelector('[data-testid="stApp"]') || {dataset: {}}).dataset.testScriptState || null,
              exception: (document.querySelector('[data-testid="stException"]') || {}).innerText || null,
            })"""
        )
    except Exception as exc:  # the page itself may be gone
        return f"page state unavailable ({type(exc).__name__})"
    shown = f"heading shown {state['h1']!r}, script state {state['script']!r}"
    if state["exception"]:
        shown += f", exception: {state['exception'].splitlines()[0][:200]}"
    return shown


def _switch(page, meter: ByteMeter, base_url: str, target: BenchPage, timeout_ms: int, visit: int = 1) -> PageVisit:
    meter.bucket = f"{target.label}#{visit}"
    # Streamlit's own sidebar navigation or the app's st.page_link list: either way a sidebar link
    links = page.locator('[data-testid="stSidebar"] a')
    link = links.filter(has=page.get_by_text(target.title, exact=True)) if target.title else None
    t0 = time.time()
    if link is not None and link.count() == 1:
        how = "click"
        link.click()
    else:
        how = "goto"
        page.goto(f"{base_url}/{target.url_path}")
    error = ""
    seconds: float | None = None
    try:
        page.wait_for_function(_READY_WITH_TITLE, arg=target.title, timeout=timeout_ms)
        wait_for_app(page, timeout_ms)
        seconds = _ready_at(page) - t0
    except Exception as exc:  # a page that never renders is reported, not fatal
        error = f"{type(exc).__name__}: {str(exc).splitlines()[0]}; {_what_is_shown(page)}"
    page.wait_for_timeout(SETTLE_MS)
    bucket = meter.bucket
    return PageVisit(target.label, seconds, meter.total(bucket), meter.http.get(bucket, 0), meter.ws.get(bucket, 0),
                     how, visit, meter.largest.get(bucket, []), error)


def _open_tab(page, meter: ByteMeter, target: BenchPage, view: str, timeout_ms: int, visit: int = 1) -> PageVisit:
    """Click the tab of one of the page's other views (the n-th view is tab n + 1), as a viewer does after the page
    has rendered; timed to the end of the rerun it starts (the page's heading stays, so the ready stamp must be a
    new one). The view's query string must then be in the URL."""
    label = f"{target.label}-{view.split('=', 1)[-1]}"
    meter.bucket = f"{label}#{visit}"
    before = page.evaluate("window.__bench.transitions")
    tab = page.locator('[data-testid="stTabs"] [role="tab"]').nth(1 + target.views.index(view))
    error = ""
    seconds: float | None = None
    t0 = time.time()
    try:
        tab.click(timeout=timeout_ms)
        page.wait_for_function(f"window.__bench.ready && window.__bench.transitions > {before}", timeout=timeout_ms)
        wait_for_app(page, timeout_ms)
        seconds = _ready_at(page) - t0
        page.wait_for_function(f"location.search.includes({view!r})", timeout=timeout_ms)
    except Exception as exc:  # a tab that never renders is reported, not fatal
        error = f"{type(exc).__name__}: {str(exc).splitlines()[0]}; {_what_is_shown(page)}"
    page.wait_for_timeout(SETTLE_MS)
    bucket = meter.bucket
    return PageVisit(label, seconds, meter.total(bucket), meter.http.get(bucket, 0), meter.ws.get(bucket, 0),
                     "tab", visit, meter.largest.get(bucket, []), error)


def run_once(browser, script: Path, app: str, pages: list[BenchPage], switches: list[BenchPage],
             timeout_ms: int = 90_000, switch_timeout_ms: int = 45_000, passes: int = 2,
             env: dict[str, str] | None = None) -> RunResult:
    """Start a fresh server for `script`, load its first page cold in a fresh browser context, then switch pages:
    `passes` times round, so the first pass times each page's first view in the process and the next its views
    once built (what viewers of a server that has been up a while get)."""
    port = free_port()
    # The browser side is prepared first so the cold start times the server and the page, not Chromium.
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    try:
        page = context.new_page()
        page.add_init_script(_READY_OBSERVER)
        meter = ByteMeter(bucket="first-load")
        meter.attach(context, page)
        first = pages[0]
        t_spawn = time.time()
        with streamlit_server(script, port=port, env=env) as url:
            t_healthy = time.time()
            t_goto = time.time()
            page.goto(f"{url}/{first.url_path}")
            page.wait_for_function(_READY_WITH_TITLE, arg=first.title, timeout=timeout_ms)
            wait_for_app(page, timeout_ms)
            ready = _ready_at(page)
            page.wait_for_timeout(SETTLE_MS)
            first_bytes = (meter.total("first-load"), meter.http.get("first-load", 0),
                           meter.ws.get("first-load", 0), meter.responses.get("first-load", 0))
            visits = []
            for visit in range(1, passes + 1):
                for target in switches:
                    visits.append(_switch(page, meter, url, target, switch_timeout_ms, visit))
                    visits += [_open_tab(page, meter, target, view, switch_timeout_ms, visit) for view in target.views]
            rss = server_pid_rss_kb(server_pid(urlparse(url).port or port))
    finally:
        context.close()
    return RunResult(app, t_healthy - t_spawn, ready - t_spawn, ready - t_goto, *first_bytes, visits, rss)


def run_baseline_once(browser, script: Path, timeout_ms: int = 90_000, passes: int = 1) -> RunResult:
    """The bare app has one page; its "switch" is a warm reload of that page in the same session."""
    page = BenchPage("", None)
    return run_once(browser, script, "baseline", [page], [page], timeout_ms, passes=passes)
