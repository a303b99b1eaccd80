"""`python -m bench.load` (or `make bench-load`): many sessions opening a page at once.

For every page (components/navigation.py PAGES) and every N in --sessions, N sessions are
started at the same moment over Streamlit's own WebSocket protocol (components/session_client.py: the
browser's `rerun_script` BackMsg, read until `script_finished`), held open until all have
finished, then closed. Printed per page and N: p50/p95/max seconds from connect to
`script_finished`, errors, bytes per session, the server's CPU time per session (what each viewer
costs it: a burst's p95 is mostly these added up), server RSS before, at peak (sampled every
0.1 s) and after the sessions closed. The bare app (bench/baseline_app.py) is measured the
same way in the same run, and every p95 is given as a multiple of the bare app's at that N.

While each burst runs, a real Debian Chromium opens the same page and checks it renders
(script finished, the page's own h1, no exception box).

Memory (issue 11 item 3) is measured first on each fresh server: RSS after the first
session (home; then the same session visiting every page), then after 100 more sessions
(waves of 10 across the pages) have come and gone and the server's
server.disconnectedSessionTTL has passed.

`--url` measures a server that is already running (e.g. nginx in front of `make serve`);
`--proxy` starts scripts/serve.py's stack with 1 and then 2 Streamlit processes behind
nginx and prints the throughput of each.

Targets are printed next to the figures, never asserted; the exit status is non-zero only
when the benchmark could not run or a session failed.
"""
from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import signal
import sys
import threading
import time
import tomllib
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterator, Sequence

from bench.stats import BenchPage, bench_pages, fmt_bytes, fmt_ratio, fmt_seconds, ratio, table
from components.session_client import RunResult, open_and_run, run_async
from tests.browser.server import CHROMIUM, ROOT, chromium_browser, server_pid_rss_kb, streamlit_process

DASHBOARD = ROOT / "dashboard.py"
BASELINE = Path(__file__).resolve().parent / "baseline_app.py"
FLOOR = Path(__file__).resolve().parent / "floor_app.py"
DEFAULT_FLOOR_ELEMENTS = 45  # about what a theme page sends (40-50 elements and blocks; README, "Where the time goes")
DEFAULT_SESSIONS = (10, 30, 60, 100)
P95_TARGET = 2.0        # issue 11: p95 at 60 sessions <= 2x the bare app's
MEMORY_TARGET = 1.5     # issue 11: RSS after 100 sessions <= 1.5x after the first
SETTLE_S = 1.0          # after closing a burst, before reading "after" RSS


# ---------------------------------------------------------------- pure helpers (unit-tested)

def percentile(values: Sequence[float], q: float) -> float | None:
    """Nearest-rank percentile (q in 0..100) of the measured values; None when there are none."""
    if not values:
        return None
    ordered = sorted(values)
    rank = max(1, math.ceil(q / 100 * len(ordered)))
    return ordered[min(rank, len(ordered)) - 1]


@dataclass
class Burst:
    """N sessions opening one page at once."""

    app: str
    page: str
    sessions: int
    results: list[RunResult] = field(default_factory=list)
    wall_s: float = 0.0             # first connect -> last script_finished
    rss_before_kb: int = 0
    rss_peak_kb: int = 0
    rss_after_kb: int = 0
    cpu_s: float = 0.0              # the server processes' CPU time (user + system) over the burst
    browser_s: float | None = None  # Chromium: page open -> rendered, during the burst
    browser_error: str = ""
    p95_runs: list[float] = field(default_factory=list)    # with --repeats: every repeat's p95 (this is the median one)
    other_errors: list[str] = field(default_factory=list)  # with --repeats: the other repeats' failures

    @property
    def times(self) -> list[float]:
        return [r.seconds for r in self.results if r.ok]

    @property
    def errors(self) -> list[str]:
        return [r.error or "; ".join(r.exceptions) for r in self.results if not r.ok] + self.other_errors

    @property
    def p50(self) -> float | None:
        return percentile(self.times, 50)

    @property
    def p95(self) -> float | None:
        return percentile(self.times, 95)

    @property
    def max(self) -> float | None:
        return max(self.times) if self.times else None

    @property
    def bytes_per_session(self) -> float | None:
        sizes = [r.bytes for r in self.results if r.ok]
        return sum(sizes) / len(sizes) if sizes else None

    @property
    def cpu_ms_per_session(self) -> float | None:
        """Server CPU per session opened: the work each viewer costs, which the p95 of a burst mostly adds up."""
        return 1000 * self.cpu_s / len(self.results) if self.results and self.cpu_s > 0 else None

    @property
    def throughput(self) -> float | None:
        """Sessions rendered per second over the burst."""
        return len(self.times) / self.wall_s if self.wall_s > 0 and self.times else None


@dataclass
class FirstLoad:
    """A fresh browser's first load of a page (Streamlit's scripts and styles, then the page's run): what it costs
    the server processes, whichever serves the files (a Streamlit process, or nginx from disk with make serve)."""
    app: str
    page: str
    cpu_ms: list[float] = field(default_factory=list)   # server processes' CPU per load
    requests: list[int] = field(default_factory=list)   # HTTP requests and WebSockets the browser made
    error: str = ""

    @property
    def median_cpu_ms(self) -> float | None:
        return percentile(self.cpu_ms, 50) if self.cpu_ms else None


@dataclass
class Memory:
    app: str
    first_home_kb: int = 0        # after one session rendered home and closed
    first_all_kb: int = 0         # after one session visited every page and closed
    after_kb: int = 0             # after `sessions` more came and went, TTL passed
    sessions: int = 0
    ttl_s: float = 0.0
    errors: int = 0

    @property
    def ratio_home(self) -> float | None:
        return ratio(self.after_kb, self.first_home_kb)

    @property
    def ratio_all(self) -> float | None:
        return ratio(self.after_kb, self.first_all_kb)


def median_burst(repeats: Sequence[Burst]) -> Burst:
    """Of the same burst run several times, the one with the median p95 (the lower middle of an even count),
    carrying every repeat's p95 and the other repeats' failures: one slow or fast burst moves no ratio, and no
    failure is hidden."""
    ranked = sorted(repeats, key=lambda b: (b.p95 is None, b.p95 or 0.0))
    chosen = ranked[(len(ranked) - 1) // 2]
    chosen.p95_runs = [b.p95 for b in repeats if b.p95 is not None]
    chosen.other_errors = [e for b in repeats if b is not chosen for e in b.errors]
    return chosen


def _p95_text(b: Burst) -> str:
    if len(b.p95_runs) < 2:
        return fmt_seconds(b.p95)
    return f"{fmt_seconds(b.p95)} ({min(b.p95_runs):.2f}-{max(b.p95_runs):.2f})"


def burst_rows(bursts: Sequence[Burst], baseline: dict[int, Burst]) -> list[list[str]]:
    rows = []
    for b in bursts:
        bare = baseline.get(b.sessions)
        first_error = b.errors[0][:60] if b.errors else ""
        rows.append([
            b.page, str(b.sessions), fmt_seconds(b.p50), _p95_text(b), fmt_seconds(b.max),
            fmt_ratio(ratio(b.p95, bare.p95)) if bare is not None and bare is not b else "",
            f"{len(b.errors)}" + (f" ({first_error})" if first_error else ""),
            fmt_bytes(b.bytes_per_session), fmt_bytes(b.rss_before_kb * 1024), fmt_bytes(b.rss_peak_kb * 1024),
            fmt_bytes(b.rss_after_kb * 1024),
            f"{b.cpu_ms_per_session:.1f} ms" if b.cpu_ms_per_session else "-",
            f"{b.throughput:.1f}/s" if b.throughput else "-",
            (fmt_seconds(b.browser_s) if not b.browser_error else f"FAILED: {b.browser_error[:60]}")
            if (b.browser_s is not None or b.browser_error) else "-",
        ])
    return rows


BURST_HEADERS = ["page", "N", "p50", "p95", "max", "p95 vs bare", "errors", "bytes/session", "RSS before",
                 "RSS peak", "RSS after", "CPU/session", "rendered/s", "Chromium"]


def report(bursts: Sequence[Burst], memory: Sequence[Memory], note: str = "",
           first_loads: Sequence[FirstLoad] = ()) -> str:
    out = [f"Load benchmark: sessions opened at once over the WebSocket protocol; {os.cpu_count()} CPU(s). {note}".strip(), ""]
    baseline = {b.sessions: b for b in bursts if b.app == "baseline"}
    for app in dict.fromkeys(b.app for b in bursts):
        mine = [b for b in bursts if b.app == app]
        out += [f"{app}: seconds from connect to script_finished; 'p95 vs bare' is against the bare app at the same N "
                f"(target <= {P95_TARGET:.0f}x at 60)", table(BURST_HEADERS, burst_rows(mine, baseline)), ""]
    if first_loads:
        bare = next((f.median_cpu_ms for f in first_loads if f.app == "baseline"), None)
        rows = [[f.app, f.page or "home", f"{f.median_cpu_ms:.0f} ms" if f.median_cpu_ms is not None else "-",
                 fmt_ratio(ratio(f.median_cpu_ms, bare)) if f.app != "baseline" else "",
                 f"{percentile(f.requests, 50):.0f}" if f.requests else "-", f.error or "0"] for f in first_loads]
        out += ["A fresh browser's first load (Streamlit's files, then the page's run), after the bursts: the server "
                "processes' CPU, median of the loads",
                table(["app", "page", "server CPU", "vs bare", "requests", "errors"], rows), ""]
    if memory:
        rows = [[m.app, fmt_bytes(m.first_home_kb * 1024), fmt_bytes(m.first_all_kb * 1024),
                 f"{fmt_bytes(m.after_kb * 1024)} ({m.sessions})", fmt_ratio(m.ratio_home), fmt_ratio(m.ratio_all),
                 f"{m.ttl_s:.0f} s", str(m.errors)] for m in memory]
        out += [f"Server memory (RSS) after the first session and after more sessions came and went "
                f"(target <= {MEMORY_TARGET}x)",
                table(["app", "first (home)", "first (every page)", "after (sessions)", "vs home", "vs every page",
                       "session TTL", "errors"], rows), ""]
    return "\n".join(out)


# ---------------------------------------------------------------- measuring



def rss_kb(pids: Sequence[int]) -> int:
    return sum(server_pid_rss_kb(p) for p in pids)


def cpu_seconds_from_stat(stat: str, ticks_per_s: float) -> float:
    """User + system CPU seconds from the text of /proc/PID/stat (fields 14 and 15, after the command's
    parenthesised name, which may itself hold spaces or parentheses)."""
    fields = stat[stat.rindex(")") + 2:].split()
    return (int(fields[11]) + int(fields[12])) / ticks_per_s


def cpu_s(pids: Sequence[int]) -> float:
    """The processes' CPU time so far (0 for one that has gone, or where /proc cannot be read)."""
    ticks = os.sysconf("SC_CLK_TCK")
    total = 0.0
    for pid in pids:
        try:
            total += cpu_seconds_from_stat(Path(f"/proc/{pid}/stat").read_text(), ticks)
        except (OSError, ValueError, IndexError):
            pass
    return total


FIRST_LOADS = 3  # fresh browsers' first loads measured per app
BROWSER_SOCKET_WAIT_S = 60  # longest a burst waits for the browser's page to open its WebSocket


def wait_until_idle(pids: Sequence[int], quiet_cpu_s: float = 0.05, window_s: float = 1.0,
                    limit_s: float = 180.0, clock: Callable[[], float] = time.monotonic,
                    sleep: Callable[[float], None] = time.sleep,
                    cpu: Callable[[Sequence[int]], float] = cpu_s) -> float:
    """Wait until the servers use less than `quiet_cpu_s` of CPU in a `window_s` (their own warm-up done, as on a
    server that has been up a minute before a room opens it), at most `limit_s`; returns the seconds waited."""
    started = clock()
    before = cpu(pids)
    while clock() - started < limit_s:
        sleep(window_s)
        now = cpu(pids)
        if now - before < quiet_cpu_s:
            break
        before = now
    return clock() - started


class PeakSampler:
    """Samples the servers' total RSS every `interval` seconds in a thread; `.peak` is the highest seen."""

    def __init__(self, pids: Sequence[int], interval: float = 0.1) -> None:
        self.pids, self.interval, self.peak = list(pids), interval, rss_kb(pids)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        while not self._stop.wait(self.interval):
            self.peak = max(self.peak, rss_kb(self.pids))

    def __enter__(self) -> "PeakSampler":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._stop.set()
        self._thread.join()
        self.peak = max(self.peak, rss_kb(self.pids))


async def _burst(url: str, page: str, n: int, timeout: float) -> tuple[list[RunResult], float]:
    """N sessions connect and run `page` at once; all are held open until the last finishes, then closed."""
    t0 = time.monotonic()
    pairs = await asyncio.gather(*(open_and_run(url, page, timeout=timeout) for _ in range(n)))
    wall = time.monotonic() - t0
    await asyncio.gather(*(s.close() for s, _ in pairs if s is not None))
    return [r for _, r in pairs], wall


def run_burst(app: str, url: str, pids: Sequence[int], page: BenchPage, n: int, timeout: float,
              browser_check: Callable[..., tuple[float | None, str]] | None) -> Burst:
    """N sessions at once; with `browser_check`, Chromium opens the same page meanwhile and the burst starts when
    its page opens its WebSocket (its scripts loaded), so every app's burst meets the same part of a browser's
    visit: the page's run and drawing, not, by chance, the download and start of Streamlit's scripts (the bare
    app's p95 moved between 0.22 and 0.76 s with the burst and the browser started together, Nov 2026)."""
    burst = Burst(app, page.label, n, rss_before_kb=rss_kb(pids))
    box: dict = {}
    go = threading.Event()

    def load() -> None:
        go.wait(BROWSER_SOCKET_WAIT_S)
        try:
            box["out"] = asyncio.run(_burst(url, page.url_path, n, timeout))
        except BaseException as exc:  # reported below, in the main thread
            box["exc"] = exc

    cpu_before = cpu_s(pids)
    with PeakSampler(pids) as peak:
        worker = threading.Thread(target=load, daemon=True)
        worker.start()
        try:
            if browser_check is not None:
                burst.browser_s, burst.browser_error = browser_check(page, on_socket=go.set)
        finally:
            go.set()  # no browser, or one that never got that far: the burst starts now
        worker.join()
    burst.cpu_s = cpu_s(pids) - cpu_before
    if "exc" in box:
        raise box["exc"]
    burst.results, burst.wall_s = box["out"]
    burst.rss_peak_kb = peak.peak
    time.sleep(SETTLE_S)
    burst.rss_after_kb = rss_kb(pids)
    return burst


async def _one_viewer(url: str, pages: Sequence[BenchPage], timeout: float) -> list[RunResult]:
    """One session that opens the first page then visits every other page in turn, as a person clicking through."""
    session, first = await open_and_run(url, pages[0].url_path, timeout=timeout)
    results = [first]
    if session is not None:
        for page in pages[1:]:
            results.append(await session.run_page(page.url_path, timeout=timeout))
        await session.close()
    return results


async def _waves(url: str, pages: Sequence[BenchPage], sessions: int, wave: int, timeout: float) -> list[RunResult]:
    results: list[RunResult] = []
    i = 0
    while i < sessions:
        k = min(wave, sessions - i)
        page = pages[(i // wave) % len(pages)]
        out, _ = await _burst(url, page.url_path, k, timeout)
        results += out
        i += k
    return results


def measure_memory(app: str, url: str, pids: Sequence[int], pages: Sequence[BenchPage], sessions: int,
                   ttl_s: float, timeout: float) -> Memory:
    """RSS after the first session, then after `sessions` more have come and gone and the session TTL passed."""
    mem = Memory(app, sessions=sessions, ttl_s=ttl_s)
    first = run_async(_one_viewer(url, pages[:1], timeout))
    time.sleep(SETTLE_S)
    mem.first_home_kb = rss_kb(pids)
    every = run_async(_one_viewer(url, pages, timeout))
    time.sleep(SETTLE_S)
    mem.first_all_kb = rss_kb(pids)
    many = run_async(_waves(url, pages, sessions, 10, timeout))
    # Disconnected sessions are kept for reconnection for server.disconnectedSessionTTL seconds and
    # expire lazily (a TTL cache), so wait out the TTL, then let one more session come and go.
    time.sleep(ttl_s + 1)
    last = run_async(_one_viewer(url, pages[:1], timeout))
    time.sleep(SETTLE_S)
    mem.after_kb = rss_kb(pids)
    mem.errors = sum(not r.ok for r in [*first, *every, *many, *last])
    return mem


def session_ttl_s() -> float:
    """server.disconnectedSessionTTL as the app's .streamlit/config.toml sets it (Streamlit's default: 120)."""
    try:
        conf = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
        return float(conf.get("server", {}).get("disconnectedSessionTTL", 120))
    except (OSError, tomllib.TOMLDecodeError, ValueError):
        return 120.0


class BrowserCheck:
    """Debian Chromium opening a page while the load runs: (seconds to render, error or "")."""

    READY = ("(title) => { const app = document.querySelector('[data-testid=\"stApp\"]');"
             " const h1 = document.querySelector('h1');"
             " return Boolean(app && app.dataset.testScriptState === 'notRunning' && h1"
             " && (title === null || h1.innerText.trim() === title)); }")

    def __init__(self, browser, base_url: str, timeout_s: float) -> None:
        self.browser, self.base_url, self.timeout_ms = browser, base_url, int(timeout_s * 1000)

    @contextmanager
    def _fresh_tab(self) -> Iterator[object]:
        """A tab in a new browser context (empty cache, as a first visit), closed afterwards."""
        context = self.browser.new_context(viewport={"width": 1400, "height": 1000})
        try:
            yield context.new_page()
        finally:
            context.close()

    def _open(self, tab, page: BenchPage) -> None:
        tab.goto(f"{self.base_url}/{page.url_path}")
        tab.wait_for_function(self.READY, arg=page.title, timeout=self.timeout_ms)

    def __call__(self, page: BenchPage, on_socket: Callable[[], None] = lambda: None) -> tuple[float | None, str]:
        """Open `page`, calling `on_socket` when it opens Streamlit's WebSocket; (seconds to render, problem)."""
        try:
            with self._fresh_tab() as tab:
                tab.on("websocket", lambda ws: on_socket() if ws.url.endswith("/_stcore/stream") else None)
                t0 = time.monotonic()
                self._open(tab, page)
                seconds = time.monotonic() - t0
                shown = tab.locator('[data-testid="stException"]')
                if shown.count():
                    return seconds, f"exception shown: {shown.first.inner_text()[:200]}"
                return seconds, ""
        except Exception as exc:
            return None, _problem(exc)

    def first_loads(self, app: str, page: BenchPage, pids: Sequence[int], loads: int = FIRST_LOADS) -> FirstLoad:
        """`loads` fresh browsers (empty caches) open `page` one after another, each until its network is quiet."""
        out = FirstLoad(app, page.label)
        for _ in range(loads):
            try:
                with self._fresh_tab() as tab:
                    count = [0]
                    tab.on("request", lambda _r: count.__setitem__(0, count[0] + 1))
                    tab.on("websocket", lambda _w: count.__setitem__(0, count[0] + 1))
                    before = cpu_s(pids)
                    self._open(tab, page)
                    tab.wait_for_load_state("networkidle", timeout=self.timeout_ms)
                    out.cpu_ms.append(1000 * (cpu_s(pids) - before))
                    out.requests.append(count[0])
            except Exception as exc:
                out.error = _problem(exc)
        return out


def _problem(exc: Exception) -> str:
    return f"{type(exc).__name__}: {str(exc).splitlines()[0][:200]}"


@contextmanager
def chromium(enabled: bool) -> Iterator[object | None]:
    if not enabled:
        yield None
        return
    if not os.path.exists(CHROMIUM):
        raise RuntimeError(f"Chromium not found at {CHROMIUM}: run `make chromium` or pass --no-browser")
    with chromium_browser() as browser:
        yield browser


@contextmanager
def local_server(script: Path, env: dict[str, str] | None = None) -> Iterator[tuple[str, list[int]]]:
    """A Streamlit server for `script` on 127.0.0.1, as make run starts it; yields (URL, [pid]).

    Its output goes to a file, never a pipe (tests/browser/server.py streamlit_process).
    """
    with streamlit_process(script, env=env, timeout=90) as (url, proc):
        yield url, [proc.pid]


FLOOR_CONTROLS = 11  # bench/floor_app.py theme_page_controls(): a theme page's controls


def floor_app_name(elements: int, controls: bool = False) -> str:
    return f"bare app with {elements} elements" + (f", {FLOOR_CONTROLS} of them controls" if controls else "")


def run_app(app: str, url: str, pids: Sequence[int], pages: Sequence[BenchPage], sessions: Sequence[int],
            timeout: float, browser, memory_sessions: int, log: Callable[[str], None],
            repeats: int = 1) -> tuple[list[Burst], Memory | None, FirstLoad | None]:
    memory = None
    if memory_sessions:
        log(f"{app}: memory, first session then {memory_sessions} sessions (waits the session TTL) ...")
        memory = measure_memory(app, url, pids, pages, memory_sessions, session_ttl_s(), timeout)
    waited = wait_until_idle(pids)
    log(f"{app}: idle after {waited:.0f} s; bursts start")
    check = BrowserCheck(browser, url, timeout) if browser is not None else None
    bursts = []
    for page in pages:
        for n in sessions:
            log(f"{app}: {page.label}, {n} sessions at once" + (f", {repeats} times" if repeats > 1 else "") + " ...")
            bursts.append(median_burst([run_burst(app, url, pids, page, n, timeout, check) for _ in range(repeats)]))
    first = None
    if check is not None and pages:
        log(f"{app}: {pages[0].label}, {FIRST_LOADS} fresh browsers' first loads ...")
        wait_until_idle(pids)
        first = check.first_loads(app, pages[0], pids)
    return bursts, memory, first


# ---------------------------------------------------------------- command line

def select_pages(names: str | None) -> list[BenchPage]:
    pages = bench_pages()
    if not names or names == "all":
        return pages
    wanted = [n.strip() for n in names.split(",") if n.strip()]
    known = {p.label: p for p in pages}
    unknown = [n for n in wanted if n not in known]
    if unknown:
        raise SystemExit(f"unknown page(s) {', '.join(unknown)}; pages: {', '.join(known)}")
    return [known[n] for n in wanted]


def parse_sessions(text: str) -> list[int]:
    if text.strip().lower() == "none":   # memory figures only
        return []
    try:
        values = [int(v) for v in text.split(",") if v.strip()]
    except ValueError:
        raise argparse.ArgumentTypeError(f"--sessions takes numbers separated by commas, not {text!r}") from None
    if not values or any(v < 1 for v in values):
        raise argparse.ArgumentTypeError("--sessions needs numbers of at least 1")
    return values


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.load", description=__doc__.splitlines()[0])
    parser.add_argument("--sessions", type=parse_sessions, default=list(DEFAULT_SESSIONS),
                        help="sessions at once, comma-separated (default 10,30,60,100); 'none': memory figures only")
    parser.add_argument("--pages", help="pages by URL path ('home' for the first), comma-separated (default: all)")
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium check during the load")
    parser.add_argument("--no-baseline", action="store_true", help="skip the bare app (and the floor app)")
    parser.add_argument("--floor", type=int, default=DEFAULT_FLOOR_ELEMENTS,
                        help="also measure the bare app sending this many one-line elements, as many as an atlas "
                             f"page sends: Streamlit's own cost of a page that size (default {DEFAULT_FLOOR_ELEMENTS}; "
                             "0 skips it)")
    parser.add_argument("--floor-controls", action="store_true",
                        help="also measure that bare app with a theme page's controls (three select boxes, two "
                             "segmented controls, a toggle, a button, four download buttons) among its elements")
    parser.add_argument("--memory-sessions", type=int, default=100,
                        help="sessions that come and go for the memory figure (0 skips it; default 100)")
    parser.add_argument("--url", help="measure an already running server at this URL instead of starting one")
    parser.add_argument("--pids", help="with --url: the server process ids whose memory to read, comma-separated")
    parser.add_argument("--proxy", action="store_true",
                        help="also run the dashboard behind nginx with 1 and then 2 processes (scripts/serve.py)")
    parser.add_argument("--malloc-arena-max", type=int, default=2,
                        help="MALLOC_ARENA_MAX for the servers started here (default 2, as make serve sets; "
                             "0 leaves glibc's default)")
    parser.add_argument("--timeout", type=float, default=300, help="seconds a session may take (default 300)")
    parser.add_argument("--repeats", type=int, default=1,
                        help="run each burst this many times and report the one with the median p95, every "
                             "repeat's p95 in brackets (default 1)")
    parser.add_argument("--json", type=Path, help="also write every session's figures here")
    args = parser.parse_args(argv)
    pages = select_pages(args.pages)
    # a plain `kill` stops the run like Ctrl-C: the servers it started are stopped too
    signal.signal(signal.SIGTERM, _interrupt)

    def log(text: str) -> None:
        print(text, file=sys.stderr, flush=True)

    server_env = {"MALLOC_ARENA_MAX": str(args.malloc_arena_max)} if args.malloc_arena_max else None
    started = time.monotonic()
    bursts: list[Burst] = []
    memory: list[Memory] = []
    first_loads: list[FirstLoad] = []
    try:
        with chromium(not args.no_browser) as browser:
            targets: list[tuple[str, Callable]] = []
            if not args.no_baseline:
                targets.append(("baseline", lambda: local_server(BASELINE, server_env)))
                if args.floor > 0:
                    targets.append((floor_app_name(args.floor), lambda: local_server(
                        FLOOR, {**(server_env or {}), "CMA_FLOOR_ELEMENTS": str(args.floor)})))
                if args.floor > FLOOR_CONTROLS and args.floor_controls:
                    targets.append((floor_app_name(args.floor, controls=True), lambda: local_server(
                        FLOOR, {**(server_env or {}), "CMA_FLOOR_ELEMENTS": str(args.floor),
                                "CMA_FLOOR_CONTROLS": "1"})))
            if args.url:
                pids = [int(p) for p in args.pids.split(",")] if args.pids else []
                targets.append(("dashboard", lambda: _given(args.url, pids)))
            else:
                targets.append(("dashboard", lambda: local_server(DASHBOARD, server_env)))
            if args.proxy:
                from scripts.serve import serve_stack

                for procs in (1, 2):
                    targets.append((f"dashboard via nginx, {procs} process{'es' if procs > 1 else ''}",
                                    lambda procs=procs: _stack(serve_stack(processes=procs))))
            for app, start in targets:
                app_pages = pages if app.startswith("dashboard") else [BenchPage("", None)]
                with start() as (url, pids):
                    b, m, f = run_app(app, url, pids, app_pages, args.sessions, args.timeout, browser,
                                      args.memory_sessions if app in ("baseline", "dashboard") else 0, log,
                                      max(1, args.repeats))
                bursts += b
                memory += [m] if m is not None else []
                first_loads += [f] if f is not None else []
    except (Exception, KeyboardInterrupt) as exc:
        print(f"Load benchmark could not run: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1

    arena = f"MALLOC_ARENA_MAX={args.malloc_arena_max}" if args.malloc_arena_max else "glibc default arenas"
    print(report(bursts, memory, note=f"Session TTL {session_ttl_s():.0f} s; {arena}.", first_loads=first_loads))
    print(f"(load benchmark took {time.monotonic() - started:.0f} s)")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({
            "bursts": [{**asdict(b), "p50": b.p50, "p95": b.p95, "max": b.max} for b in bursts],
            "memory": [asdict(m) for m in memory],
            "first_loads": [asdict(f) for f in first_loads],
        }, indent=1), encoding="utf-8")
    failed = (any(b.errors or b.browser_error for b in bursts) or any(m.errors for m in memory)
              or any(f.error for f in first_loads))
    return 1 if failed else 0


def _interrupt(*_: object) -> None:
    raise KeyboardInterrupt


@contextmanager
def _given(url: str, pids: list[int]) -> Iterator[tuple[str, list[int]]]:
    yield url.rstrip("/"), pids


@contextmanager
def _stack(stack) -> Iterator[tuple[str, list[int]]]:
    with stack as running:
        yield running.url, running.pids


if __name__ == "__main__":
    sys.exit(main())
