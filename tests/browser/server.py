"""Start and stop a real Streamlit server (and Debian Chromium) for browser tests and the benchmarks."""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from components.session_client import wait_healthy
from scripts.serve import _stop, free_port, streamlit_command

ROOT = Path(__file__).resolve().parents[2]

CHROMIUM = "/usr/bin/chromium"
# Flags for a closed network: without the background-networking ones Chromium keeps
# calling out and failing, which slows every start.
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--disable-dev-shm-usage",
]


@contextmanager
def streamlit_process(script: Path = ROOT / "dashboard.py", port: int | None = None,
                      env: dict[str, str] | None = None,
                      timeout: float = 60) -> Iterator[tuple[str, subprocess.Popen]]:
    """Serve `script` on 127.0.0.1 and yield (base URL, process); the server is always stopped.

    Its output goes to a temporary file, not a pipe: under load Streamlit and uvicorn log a line
    per connection, and a pipe nobody reads fills up and stalls every server thread. When the
    server does not come up, the error carries the end of that output.
    """
    port = port or free_port()
    url = f"http://127.0.0.1:{port}"
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(
            streamlit_command(script, port), cwd=ROOT, env={**os.environ, **(env or {})},
            stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
        )
        try:
            try:
                wait_healthy(url, timeout, proc)
            except RuntimeError as err:
                log.seek(0)
                raise RuntimeError(f"{err}:\n{log.read().decode(errors='replace')[-2000:]}") from None
            yield url, proc
        finally:
            _stop(proc)


@contextmanager
def streamlit_server(script: Path = ROOT / "dashboard.py", port: int | None = None,
                     env: dict[str, str] | None = None, timeout: float = 60) -> Iterator[str]:
    """Serve `script` on 127.0.0.1 and yield its base URL; the server is always stopped."""
    with streamlit_process(script, port, env, timeout) as (url, _proc):
        yield url


@contextmanager
def chromium_browser(args: list[str] = CHROMIUM_ARGS) -> Iterator[object]:
    """Debian's Chromium (never a downloaded one), headless, with `args`; closed on exit."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=args)
        try:
            yield browser
        finally:
            browser.close()


def server_pid_rss_kb(pid: int) -> int:
    """Resident memory of a process and its children, in KB (for the benchmark)."""
    total = 0
    pids = [pid]
    try:
        children = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
        pids += [int(c) for c in children]
    except FileNotFoundError:
        pass
    for p in pids:
        try:
            for line in Path(f"/proc/{p}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except FileNotFoundError:
            continue
    return total


def wait_for_app(page, timeout_ms: int = 60_000) -> None:
    """Wait until Streamlit has finished running the page script and painted a heading."""
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=timeout_ms)
    page.wait_for_selector("h1", timeout=timeout_ms)
    # a rerun may be queued right after the first run (query params, widgets); settle once more
    page.wait_for_timeout(300)
    page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=timeout_ms)
