"""Each server process opens every page's default view once, in the background, as soon as it is serving.

A page's first view in a process builds its frames and chart specifications (about 0.7-1.2 s of CPU on a
2-core machine, Nov 2026); every later view reuses them (the caches are shared by all sessions). Without a
warm-up the first viewer of each page pays that, and at a provider forum that is everyone who opens that page
in the first second. So when the first page has been drawn, a background thread visits the other pages the
way a browser tab does (components/session_client.py, over loopback to this same process), one after another,
and closes each session: every page's default view first, then the theme pages' national tabs (only the open tab
of a page runs, so those are views of their own; a viewer who picks the tab then finds it built too). A page a
viewer has just opened comes first: its other views are the next the warm-up opens (`viewer_on`). It opens a page only when no viewer's run is in progress (components/run_gate.py), so it
builds in the gaps and never makes a viewer wait for a page they did not ask for. Set CMA_WARMUP=0 to turn it off.

It starts before any viewer: dashboard.py hands `open_first_page_when_serving` to Streamlit as the server's
lifespan, so a process opens its home page itself once `/_stcore/health` answers (importing pandas and Altair and
building the home page's view while the first viewer's browser is still loading Streamlit's scripts), and that
first run starts the warm-up of the rest. If a viewer gets there first, their run starts it as before.
"""
from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager

import streamlit as st
from streamlit.logger import get_logger

WARMUP_ENV = "CMA_WARMUP"
PAGE_TIMEOUT_S = 120
IDLE_POLL_S = 0.05
# After a viewer's run the warm-up waits this long with no run in progress before opening a page: the run's last
# messages (and Python's work on them) go out first, not behind the next page's build (cold start, Nov 2026).
QUIET_S = 0.3
SERVING_PATIENCE_S = 60
_LOOPBACK = {"", "0.0.0.0", "::", "localhost"}

log = get_logger(__name__)
_started = False
_lock = threading.Lock()
_viewed: list[str] = []      # pages (URL paths) viewers' runs showed, the latest last
_opening: str | None = None  # the page the warm-up's own session is opening now
_viewed_lock = threading.Lock()


def own_base_url() -> str:
    """This process's own server, as a client on the same machine reaches it."""
    address = st.get_option("server.address") or ""
    host = "127.0.0.1" if address in _LOOPBACK else address
    host = f"[{host}]" if ":" in host else host
    scheme = "https" if st.get_option("server.sslCertFile") else "http"
    base = (st.get_option("server.baseUrlPath") or "").strip("/")
    return f"{scheme}://{host}:{st.get_option('server.port')}" + (f"/{base}" if base else "")


def serving() -> bool:
    """True in a real server process (AppTest runs scripts on a stand-in runtime: no server to visit)."""
    from streamlit import runtime
    from streamlit.runtime import Runtime

    return runtime.exists() and type(runtime.get_instance()) is Runtime


def enabled() -> bool:
    return os.environ.get(WARMUP_ENV, "1") != "0"


@asynccontextmanager
async def open_first_page_when_serving(_app: object) -> AsyncIterator[None]:
    """The server's lifespan (st.App): while it serves, a background thread waits for it to answer and opens the
    first page once, whose run starts the warm-up of the others (`warm_pages_once`)."""
    if enabled():
        threading.Thread(target=_open_first_page, args=(own_base_url(),), name="cma-warmup-start",
                         daemon=True).start()
    yield


def _open_first_page(base_url: str, patience_s: float = SERVING_PATIENCE_S) -> list[str]:
    """Wait until this server answers its health check, then open the first page (logged, never raised)."""
    from components.session_client import wait_healthy

    try:
        wait_healthy(base_url, patience_s, poll_s=0.05)
    except RuntimeError:
        log.warning("Warm-up: %s did not answer within %.0f s; the first viewer will build the pages",
                    base_url, patience_s)
        return [f"{base_url} not serving"]
    return warm(base_url, [""])


def warm_pages_once(page_paths: Sequence[str], shown: str) -> bool:
    """Start the warm-up of `page_paths` (URL paths, "" for the first page, or "path?query" for another view of a
    page, such as a theme page's national tab) other than `shown`, once per process, when a real server is running;
    True if this call started it."""
    global _started
    if not enabled() or not serving():
        return False
    with _lock:
        if _started:
            return False
        _started = True
    others = [path for path in page_paths if path != shown]
    threading.Thread(target=warm, args=(own_base_url(), others, True), name="cma-warmup", daemon=True).start()
    return True


def viewer_on(url_path: str) -> None:
    """A viewer's run showed the page at `url_path`: the warm-up opens that page's other views next (a viewer on
    a page is the likeliest to open its other tab). The warm-up's own runs of a page do not count."""
    with _viewed_lock:
        if url_path == _opening:
            return
        if url_path in _viewed:
            _viewed.remove(url_path)
        _viewed.append(url_path)
        del _viewed[:-8]  # the latest few are enough


def next_view(pending: Sequence[str]) -> str:
    """The view the warm-up opens next: another view of the page a viewer was on most recently, else the first
    in order (every page's default view, then the other tabs)."""
    with _viewed_lock:
        recent = list(reversed(_viewed))
    for page in recent:
        for path in pending:
            if path.partition("?")[0] == page:
                return path
    return pending[0]


def warming_up() -> bool:
    """True once this process has started its warm-up of the pages (which then freezes the startup objects)."""
    return _started


async def until_no_viewer_runs(quiet_s: float = QUIET_S) -> None:
    """Return once no script run of this process has been in progress or waiting for `quiet_s` (the warm-up's own
    have finished)."""
    from components.run_gate import runs_in_progress

    quiet_since = None
    loop = asyncio.get_running_loop()
    while True:
        if runs_in_progress():
            quiet_since = None
        elif quiet_since is None:
            quiet_since = loop.time()
        if quiet_since is not None and loop.time() - quiet_since >= quiet_s:
            return
        await asyncio.sleep(IDLE_POLL_S)


def warm(base_url: str, page_paths: Sequence[str], then_freeze: bool = False) -> list[str]:
    """Open each page once, one after another; returns what went wrong (logged, never raised: a warm-up that
    fails leaves the pages to be built by their first viewers, as without it). `then_freeze`: afterwards, when no
    viewer's run is in progress, freeze the objects alive (components/startup.py), off every viewer's run: the
    full collection before it takes 0.1-0.3 s, which the first viewer's run used to pay before its page was done."""
    from components.session_client import render_once, run_async

    async def visit_each() -> list[str]:
        global _opening
        problems = []
        pending = list(page_paths)
        while pending:
            await until_no_viewer_runs()
            path = next_view(pending)
            pending.remove(path)
            page, _, query = path.partition("?")
            with _viewed_lock:
                _opening = page
            try:
                result = await render_once(base_url, page, query, timeout=PAGE_TIMEOUT_S)
            finally:
                with _viewed_lock:
                    _opening = None
            if not result.ok:
                problems.append(f"{path or 'home'}: {result.error or result.exceptions[0]}")
                if result.error.startswith("connect failed"):
                    break  # the server cannot be reached this way (TLS, a firewall): no use trying the rest
        if then_freeze:
            from components.startup import freeze_startup_objects

            await until_no_viewer_runs()
            freeze_startup_objects()
        return problems

    try:
        problems = run_async(visit_each())
    except Exception as exc:  # noqa: BLE001 - a background courtesy must never take the server down
        problems = [f"{type(exc).__name__}: {exc}"]
    if problems:
        log.warning("Warm-up of the pages stopped short: %s", "; ".join(problems))
    else:
        log.info("Warm-up: %d pages ready", len(page_paths))
    return problems
