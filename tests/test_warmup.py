"""Each server process opens its pages itself as soon as it serves (components/warmup.py).

Checked on real servers through what they cache (/_stcore/metrics lists every st.cache_data cache),
not through timings: a server that warms itself holds the caches of pages nobody opened, before any
viewer comes; one started with CMA_WARMUP=0 holds only what its viewers opened."""
from __future__ import annotations

import time
import urllib.request

import pytest
from streamlit import config

from components import warmup
from components.session_client import render_once, run_async
from tests.browser.server import streamlit_server


def cache_names(url: str) -> set[str]:
    """The st.cache_data caches holding something (every cache is listed; only these have a memory figure)."""
    text = urllib.request.urlopen(f"{url}/_stcore/metrics", timeout=10).read().decode()
    return {line.split('cache="')[1].split('"')[0] for line in text.splitlines()
            if line.startswith("cache_memory_bytes{") and not line.endswith(" 0")}


def wait_for_caches(url: str, wanted: set[str], patience_s: float = 60) -> set[str]:
    """The caches the server holds once `wanted` are all there (or the patience runs out)."""
    deadline = time.monotonic() + patience_s
    names = cache_names(url)
    while not wanted <= names and time.monotonic() < deadline:
        time.sleep(0.5)
        names = cache_names(url)
    return names


def caches_after_home(env: dict[str, str], wanted: set[str]) -> set[str]:
    """The caches a fresh server holds after one viewer opened the home page: polled until `wanted` are all
    there, or read once right after the viewer's page when nothing is wanted."""
    with streamlit_server(env=env) as url:
        assert run_async(render_once(url, timeout=120)).ok
        return wait_for_caches(url, wanted)


def test_the_server_builds_the_pages_nobody_has_opened_yet():
    home_only = caches_after_home({warmup.WARMUP_ENV: "0"}, set())
    # the carers and dementia pages' national tabs' caches: built by no page's default view, only by the warm-up's
    # visits to those tabs
    others = {"components.national_view._carers_map", "components.national_view._dementia_map"}
    assert not others & home_only
    warmed = caches_after_home({}, others)
    assert others <= warmed and home_only <= warmed


def test_a_server_builds_its_pages_before_any_viewer_comes():
    """dashboard.py's lifespan: once the server answers, it opens its home page itself, and that run warms the
    others; no viewer has connected."""
    wanted = {"components.national_view._carers_map", "components.national_view._dementia_map"}
    with streamlit_server() as url:
        assert wanted <= wait_for_caches(url, wanted)
        # the process has been through dashboard.py: a link straight to a page is one run
        visit = run_async(render_once(url, "carers", "area=E06000047", timeout=120))
        assert visit.ok and visit.runs == 1, visit
    with streamlit_server(env={warmup.WARMUP_ENV: "0"}) as url:
        time.sleep(2)
        assert not cache_names(url)  # switched off: nothing built until a viewer comes


def test_a_link_to_a_page_as_a_fresh_servers_first_visit_runs_through_the_entry_point():
    """Streamlit would run pages/carers.py on its own (its pages-folder mode) until some run has called
    st.navigation: no page settings, no run gate, no warm-up. A viewer who gets to a fresh process before its
    own first visit (here: warm-up off) switches the process over and reruns through dashboard.py."""
    with streamlit_server(env={warmup.WARMUP_ENV: "0"}) as url:
        first = run_async(render_once(url, "carers", "area=E06000047", timeout=120))
        assert first.ok and first.runs == 2, first   # the page on its own, stopped for a rerun; then via dashboard.py
        again = run_async(render_once(url, "carers", "area=E06000047", timeout=120))
        assert again.ok and again.runs == 1, again   # the process has switched over


def test_every_link_in_a_crowd_on_a_fresh_server_runs_through_the_entry_point():
    """Five viewers open the same link at once on a just-started server: each first run is Streamlit's
    page-on-its-own, and each reruns through dashboard.py (not only the first, which switches the process)."""
    import asyncio

    async def crowd(url: str):
        return await asyncio.gather(*(render_once(url, "carers", "area=E06000047", timeout=120) for _ in range(5)))

    with streamlit_server(env={warmup.WARMUP_ENV: "0"}) as url:
        results = run_async(crowd(url))
    assert all(r.ok for r in results), results
    assert [r.runs for r in results] == [2] * 5


def test_a_warm_up_that_cannot_reach_its_server_says_so_and_stops():
    async def from_a_running_event_loop() -> list[str]:  # as under Playwright's sync API, or a server's thread
        return warmup.warm("http://127.0.0.1:9", ["carers", "dementia"])  # port 9 (discard): nothing listens

    problems = run_async(from_a_running_event_loop())
    assert len(problems) == 1 and problems[0].startswith("carers: connect failed"), problems


def test_a_server_that_never_answers_leaves_the_pages_to_their_viewers():
    problems = warmup._open_first_page("http://127.0.0.1:9", patience_s=0.3)  # port 9: nothing listens
    assert problems == ["http://127.0.0.1:9 not serving"]


def test_no_warm_up_without_a_server(app_page):
    assert warmup.warm_pages_once(["", "carers"], "") is False  # a bare script: no runtime
    at = app_page("pages/add-document.py")  # AppTest: a stand-in runtime, no server
    assert not at.exception
    assert warmup.serving() is False and warmup.warm_pages_once(["", "carers"], "") is False


@pytest.mark.parametrize(("address", "base", "expected"), [
    ("", "", "http://127.0.0.1:8501"),
    ("0.0.0.0", "/atlas/", "http://127.0.0.1:8501/atlas"),
    ("10.1.2.3", "", "http://10.1.2.3:8501"),
    ("::1", "", "http://[::1]:8501"),
])
def test_the_server_reaches_itself_where_it_listens(address, base, expected):
    saved = {name: config.get_option(name) for name in ("server.address", "server.baseUrlPath", "server.port")}
    try:
        config.set_option("server.address", address)
        config.set_option("server.baseUrlPath", base)
        config.set_option("server.port", 8501)
        assert warmup.own_base_url() == expected
    finally:
        for name, value in saved.items():
            config.set_option(name, value)


def test_after_a_run_the_warm_up_waits_for_a_quiet_moment():
    """A viewer's run that just ended gets its last messages out before the warm-up opens the next page."""
    import asyncio

    from components import run_gate

    async def waited() -> float:
        loop = asyncio.get_running_loop()
        with run_gate.run_slot():
            start = loop.time()
        await warmup.until_no_viewer_runs(quiet_s=0.2)
        return loop.time() - start

    assert run_async(waited()) >= 0.2


def test_the_warm_up_freezes_the_startup_objects_when_it_is_done(monkeypatch):
    """Off every viewer's run: the full collection before the freeze is not on the way to anyone's page."""
    import components.startup as startup

    froze = []
    monkeypatch.setattr(startup, "freeze_startup_objects", lambda: froze.append(1) or True)
    warmup.warm("http://127.0.0.1:9", ["carers"])  # port 9: nothing listens
    assert froze == []
    problems = warmup.warm("http://127.0.0.1:9", ["carers"], then_freeze=True)
    assert froze == [1] and problems[0].startswith("carers: connect failed")


def test_the_warm_up_opens_the_other_views_of_the_page_a_viewer_is_on_next(monkeypatch):
    """A viewer on a page is the likeliest to open its other tab: that page's views jump the queue; the warm-up's
    own runs of a page do not count as a viewer's."""
    from components import session_client

    opened: list[str] = []

    class Opened:
        ok, error, exceptions = True, "", []

    async def open_view(base_url, page, query, timeout):  # noqa: ANN001 - stands in for render_once
        opened.append(page + (f"?{query}" if query else ""))
        warmup.viewer_on(page)  # the warm-up's own run of the page goes through dashboard.py too
        if len(opened) == 1:
            warmup.viewer_on("dementia")  # meanwhile a viewer opens the dementia page
        return Opened()

    async def no_wait(*_: object) -> None:
        return None

    monkeypatch.setattr(session_client, "render_once", open_view)
    monkeypatch.setattr(warmup, "until_no_viewer_runs", no_wait)
    monkeypatch.setattr(warmup, "_viewed", [])
    paths = ["", "carers", "dementia", "tenders", "carers?tab=national", "dementia?tab=national"]
    assert warmup.warm("http://127.0.0.1:9", paths) == []
    assert opened == ["", "dementia", "dementia?tab=national", "carers", "tenders", "carers?tab=national"]
    assert warmup.next_view(["tenders", "carers?tab=national"]) == "tenders"  # dementia's views are done
