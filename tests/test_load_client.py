"""The load benchmark's WebSocket client against a real (bare) Streamlit server, and its arithmetic.

Not timed: these check that one protocol session renders a page the way a browser's
would (and that failures are counted), so the load figures measure what they claim.
"""
from __future__ import annotations

import os
import textwrap

import pytest

from bench import load
from bench.stats import BenchPage
from components.session_client import RunResult, render_once, rerun_message, stream_url
from tests.browser.server import streamlit_server

APP = textwrap.dedent('''
    import streamlit as st
    st.title("Load client check")
    if st.query_params.get("boom"):
        raise ValueError("made-up failure for the load client test")
    if st.query_params.get("again") and "again" not in st.session_state:
        st.session_state["again"] = True
        st.rerun()
    st.write("rendered", st.query_params.get("who", "nobody"))
''')


@pytest.fixture(scope="module")
def bare_url(tmp_path_factory):
    script = tmp_path_factory.mktemp("loadapp") / "app.py"
    script.write_text(APP, encoding="utf-8")
    with streamlit_server(script) as url:
        yield url


def test_one_session_renders_the_bare_app(bare_url):
    result = load.run_async(render_once(bare_url, "", "who=bench", timeout=60))
    assert result.ok, result
    assert result.seconds is not None and result.seconds > 0
    assert result.elements >= 2 and result.runs == 1   # the title and the line (a busy server may add a placeholder)
    assert result.bytes > 100 and result.messages >= result.elements
    assert not result.exceptions


def test_a_script_error_is_counted_not_raised(bare_url):
    result = load.run_async(render_once(bare_url, "", "boom=1", timeout=60))
    assert not result.ok
    # showErrorDetails = "none" (config.toml): the message is Streamlit's redacted one
    assert len(result.exceptions) == 1 and "error" in result.exceptions[0]
    assert result.seconds is not None     # the run itself finished


def test_a_rerun_is_followed_to_its_end(bare_url):
    result = load.run_async(render_once(bare_url, "", "again=1", timeout=60))
    assert result.ok, result
    assert result.runs == 2               # ended early for the rerun, then finished


def test_a_refused_connection_is_an_error_not_an_exception():
    from tests.browser.server import free_port

    result = load.run_async(render_once(f"http://127.0.0.1:{free_port()}", "", timeout=10))
    assert not result.ok and result.error.startswith("connect failed")


def test_the_first_rerun_mirrors_the_browser():
    msg = rerun_message("carers", "?area=E10000016", "http://127.0.0.1:8501")
    assert msg.WhichOneof("type") == "rerun_script"
    assert msg.rerun_script.query_string == "area=E10000016"
    assert msg.rerun_script.page_name == "carers" and msg.rerun_script.page_script_hash == ""
    assert msg.rerun_script.context_info.url == "http://127.0.0.1:8501/carers?area=E10000016"
    assert stream_url("http://127.0.0.1:8501") == "ws://127.0.0.1:8501/_stcore/stream"
    assert stream_url("https://atlas.example/app/") == "wss://atlas.example/app/_stcore/stream"


def test_percentile_is_nearest_rank():
    values = [float(v) for v in range(1, 101)]
    assert load.percentile(values, 50) == 50.0
    assert load.percentile(values, 95) == 95.0
    assert load.percentile(values, 100) == 100.0
    assert load.percentile([3.0], 95) == 3.0
    assert load.percentile([], 50) is None


def test_a_burst_counts_failures_and_reports_against_the_bare_app():
    ok = [RunResult("home", seconds=float(s), bytes=1000) for s in (1, 2, 3, 4)]
    bad = RunResult("home", error="no script_finished within 300 s")
    burst = load.Burst("dashboard", "home", 5, results=[*ok, bad], wall_s=4.0)
    bare = load.Burst("baseline", "home", 5, results=[RunResult("home", seconds=1.0, bytes=10)] * 5, wall_s=1.0)
    assert burst.errors == ["no script_finished within 300 s"]
    assert burst.p50 == 2.0 and burst.p95 == 4.0 and burst.max == 4.0
    assert burst.bytes_per_session == 1000 and burst.throughput == 1.0
    text = load.report([bare, burst], [])
    assert "4.0x" in text and "1 (no script_finished" in text


def test_repeated_bursts_report_the_median_p95_and_keep_every_failure():
    def burst(p95: float, failed: bool = False) -> load.Burst:
        results = [RunResult("home", seconds=p95, bytes=10)] * 3 + ([RunResult("home", error="lost")] if failed else [])
        return load.Burst("dashboard", "home", 3, results=results)

    repeats = [burst(3.0), burst(1.0, failed=True), burst(2.0)]
    chosen = load.median_burst(repeats)
    assert chosen.p95 == 2.0 and chosen.p95_runs == [3.0, 1.0, 2.0]
    assert chosen.errors == ["lost"]  # the fast repeat's failure is not hidden by choosing another
    assert load.median_burst([burst(1.0), burst(4.0)]).p95 == 1.0  # an even count: the lower middle
    bare = load.Burst("baseline", "home", 3, results=[RunResult("home", seconds=1.0, bytes=10)] * 3)
    text = load.report([bare, chosen], [])
    assert "2.00 s (1.00-3.00)" in text and "2.0x" in text


def test_pages_and_session_counts_from_the_command_line():
    assert [p.label for p in load.select_pages("home,carers")] == ["home", "carers"]
    assert load.select_pages(None)[0] == BenchPage("", load.bench_pages()[0].title)
    with pytest.raises(SystemExit):
        load.select_pages("no-such-page")
    assert load.parse_sessions("10,30") == [10, 30]
    assert load.parse_sessions("none") == []
    with pytest.raises(Exception):
        load.parse_sessions("0")


def test_server_cpu_is_read_from_proc_and_reported_per_session():
    # /proc/PID/stat: utime and stime are fields 14 and 15; the command name may hold spaces and parentheses
    stat = "4242 (python (streamlit) x) S 1 4242 4242 0 -1 4194560 9 0 0 0 250 130 0 0 20 0 31 0 1 2 3"
    assert load.cpu_seconds_from_stat(stat, 100) == pytest.approx(3.8)
    assert load.cpu_s([os.getpid()]) > 0 and load.cpu_s([2 ** 22 + 7]) == 0.0  # this process; one that is gone
    burst = load.Burst("dashboard", "home", 4, results=[RunResult("home", seconds=1.0, bytes=10)] * 4, cpu_s=0.1)
    assert burst.cpu_ms_per_session == pytest.approx(25.0)
    assert "25.0 ms" in load.report([burst], [])
    assert load.Burst("dashboard", "home", 4).cpu_ms_per_session is None


def test_the_floor_app_sends_as_many_elements_as_it_is_asked_for_and_nothing_else():
    """`--floor N`: the bare app with N elements, Streamlit's own cost of a page the atlas's size."""
    with load.local_server(load.FLOOR, {"CMA_FLOOR_ELEMENTS": "12"}) as (url, pids):
        result = load.run_async(render_once(url, "", "", timeout=60))
    assert result.ok, result
    assert result.elements == 12 and pids
    assert load.floor_app_name(12) == "bare app with 12 elements"
    bare = load.Burst("baseline", "home", 3, results=[RunResult("home", seconds=1.0, bytes=10)] * 3)
    floor = load.Burst(load.floor_app_name(12), "home", 3, results=[RunResult("home", seconds=2.5, bytes=10)] * 3)
    text = load.report([bare, floor], [])
    assert "bare app with 12 elements" in text and "2.5x" in text


def test_the_floor_app_with_controls_sends_a_theme_pages_controls_among_its_elements():
    """`--floor N --floor-controls`: the same N elements, eleven of them a theme page's controls (select boxes,
    segmented controls, a toggle, a button, download buttons): the floor of a page that must offer them."""
    with load.local_server(load.FLOOR, {"CMA_FLOOR_ELEMENTS": "16", "CMA_FLOOR_CONTROLS": "1"}) as (url, pids):
        result = load.run_async(render_once(url, "", "", timeout=60))
    assert result.ok, result
    assert result.elements == 16 and pids
    assert load.floor_app_name(16, controls=True) == "bare app with 16 elements, 11 of them controls"


def test_bursts_wait_until_the_server_stops_working_on_its_own():
    """A server still warming up (its CPU time growing) is waited for; one at rest is not; a server that never
    rests is waited for no longer than the limit."""
    now = [0.0]

    def sleep(s: float) -> None:
        now[0] += s

    busy_until = 5.0  # the warm-up uses half a core until t = 5 s

    def cpu(_pids) -> float:
        return 0.5 * min(now[0], busy_until)

    waited = load.wait_until_idle([1], clock=lambda: now[0], sleep=sleep, cpu=cpu)
    assert waited == 6.0  # the first quiet second is 5-6 s
    now[0] = 0.0
    assert load.wait_until_idle([1], clock=lambda: now[0], sleep=sleep, cpu=lambda _p: 0.0) == 1.0
    now[0] = 0.0
    assert load.wait_until_idle([1], limit_s=10, clock=lambda: now[0], sleep=sleep,
                                cpu=lambda _p: now[0]) == 10.0


def test_a_burst_starts_when_the_browsers_page_opens_its_socket(monkeypatch):
    """With the browser check, the sessions start when Chromium's page opens its WebSocket, not with its download of
    Streamlit's scripts; a check that never gets that far (or no browser) lets the burst start when it ends."""
    import time

    started: list[float] = []

    async def fake_burst(url, page, n, timeout):
        started.append(time.monotonic())
        return [RunResult(page, seconds=0.01, bytes=1)] * n, 0.01

    monkeypatch.setattr(load, "_burst", fake_burst)
    marks: dict[str, float] = {}

    def browser(page, on_socket):
        time.sleep(0.3)  # loading Streamlit's scripts
        marks["socket"] = time.monotonic()
        on_socket()
        time.sleep(0.3)  # the page's run and drawing
        marks["done"] = time.monotonic()
        return 0.6, ""

    burst = load.run_burst("dashboard", "http://x", [], BenchPage("", None), 3, 5, browser)
    assert marks["socket"] <= started[0] < marks["done"] and burst.browser_s == 0.6 and len(burst.results) == 3

    def no_socket(page, on_socket):
        time.sleep(0.2)
        marks["failed"] = time.monotonic()
        return None, "TimeoutError: page did not render"

    burst = load.run_burst("dashboard", "http://x", [], BenchPage("", None), 2, 5, no_socket)
    assert started[1] >= marks["failed"] and burst.browser_error.startswith("TimeoutError")
    load.run_burst("baseline", "http://x", [], BenchPage("", None), 1, 5, None)
    assert len(started) == 3


def test_a_browsers_first_load_is_reported_against_the_bare_apps():
    loads = [load.FirstLoad("baseline", "", cpu_ms=[40.0, 50.0, 60.0], requests=[60, 60, 61]),
             load.FirstLoad("dashboard", "", cpu_ms=[260.0, 240.0, 250.0], requests=[143] * 3),
             load.FirstLoad("dashboard via nginx, 2 processes", "", cpu_ms=[30.0], requests=[143],
                            error="TimeoutError: page did not render")]
    text = load.report([], [], first_loads=loads)
    rows = {line.split("  ")[0].strip(): line for line in text.splitlines() if " home " in line}
    assert "250 ms" in rows["dashboard"] and "5.0x" in rows["dashboard"] and "143" in rows["dashboard"]
    assert "50 ms" in rows["baseline"] and "TimeoutError" in rows["dashboard via nginx, 2 processes"]
    assert load.FirstLoad("dashboard", "").median_cpu_ms is None
