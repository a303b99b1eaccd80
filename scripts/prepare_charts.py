"""Fill the chart store before a server starts: `make run` and `make serve` run this after `make boundaries`.

A server process that finds its charts in the store (components/chart_store.py) draws its first page without
importing Altair or building a chart. The first start of new code used to find the store empty and build the home
page's charts while its first viewer waited (cold start 1.5-1.9x the bare app's against 1.3-1.5x with the store
filled, `make bench`, Nov 2026). Here one Streamlit process on a free loopback port, with its own warm-up off, is
sent every view the warm-up opens (components/warmup.py, the same runs a viewer's browser asks for), writes what
it builds to the store, and stops. A marker in the store names the code and data it was filled for, so a later
`make run` with nothing changed skips all of it.

Preparation is a courtesy: if it cannot run, it says why and the server starts anyway (its first viewers then
build the charts, as without it). `python -m scripts.prepare_charts [--timeout S]`.
"""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from components import chart_store
from components.navigation import page_views, view_path
from scripts.serve import ROOT, _stop, free_port, streamlit_command

MARKER_SUFFIX = ".prepared"


def marker(store: Path, digest: str) -> Path:
    return store / f"{digest}{MARKER_SUFFIX}"


def up_to_date(store: Path, digest: str) -> bool:
    return marker(store, digest).exists()


def mark_prepared(store: Path, digest: str) -> None:
    """Leave one marker: this code and data's (earlier ones name code that is gone)."""
    for old in store.glob(f"*{MARKER_SUFFIX}"):
        old.unlink(missing_ok=True)
    marker(store, digest).write_text(time.strftime("%Y-%m-%d %H:%M:%S\n"), encoding="utf-8")


def visit_views(base_url: str) -> list[str]:
    """Open every view once (what went wrong, per view; empty when all rendered)."""
    from components.warmup import warm

    return warm(base_url, [view_path(*view) for view in page_views()])


def fill(store: Path, timeout: float, visit: Callable[[str], list[str]] = visit_views,
         script: Path = ROOT / "dashboard.py") -> list[str]:
    """Serve `script` on a free port with the store at `store`, visit every view, stop; what went wrong."""
    from components.session_client import wait_healthy

    port = free_port()
    env = {**os.environ, chart_store.STORE_ENV: str(store), "CMA_WARMUP": "0"}
    with tempfile.TemporaryFile() as log:
        proc = subprocess.Popen(streamlit_command(script, port), cwd=ROOT, env=env, stdout=log,
                                stderr=subprocess.STDOUT, start_new_session=True)
        try:
            url = f"http://127.0.0.1:{port}"
            try:
                wait_healthy(url, timeout, proc)
            except RuntimeError as exc:
                log.seek(0)
                tail = log.read().decode(errors="replace").strip().splitlines()[-3:]
                return [str(exc), *tail]
            return visit(url)
        finally:
            _stop(proc)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.prepare_charts", description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=90, help="seconds the server may take to start")
    args = parser.parse_args(argv)
    store = chart_store.folder()
    if store is None:
        print(f"Chart store is off ({chart_store.STORE_ENV}=0): nothing to prepare.")
        return 0
    digest = chart_store.environment_digest()
    if up_to_date(store, digest):
        print(f"Charts already prepared for this code and data ({store}).")
        return 0
    started = time.monotonic()
    print("Preparing every page's charts (once per change of code or data) ...", flush=True)
    problems = fill(store, args.timeout)
    if problems:
        print("Could not prepare the charts; the server will build them for its first viewers instead:\n  "
              + "\n  ".join(problems), file=sys.stderr)
        return 0
    mark_prepared(store, digest)
    print(f"Charts prepared in {time.monotonic() - started:.0f} s ({store}).")
    return 0


if __name__ == "__main__":
    sys.exit(main())
