"""`python -m bench.run [--runs N] [--json out.json]`: the dashboard against a bare Streamlit app.

Each run starts both servers fresh and loads them cold in a fresh Chromium context, so
the medians compare like with like on the same machine at the same moment. Targets are
reported, never asserted: the exit status says only whether the benchmark could run.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from dataclasses import asdict
from pathlib import Path

from bench.measure import RunResult, run_baseline_once, run_once
from components.chart_store import STORE_ENV
from bench.stats import (
    bench_pages, fmt_bytes, fmt_ratio, fmt_seconds, median, medians_by_key, ratio, switch_order, table,
)
from tests.browser.server import CHROMIUM, CHROMIUM_ARGS, ROOT

DASHBOARD = ROOT / "dashboard.py"
BASELINE = Path(__file__).resolve().parent / "baseline_app.py"
BIG_DOWNLOAD_BYTES = 100_000  # a page switch fetching this much over HTTP is worth naming


def _cold_rows(dash: list[RunResult], base: list[RunResult]) -> list[list[str]]:
    """Medians of every run, then the dashboard's first run on its own: that server started with an empty chart
    store (components/chart_store.py), as new code started without `make run`'s preparation does; later runs
    start with the store `make run` prepares (scripts/prepare_charts.py), as every start through it does."""
    fields = [("server_healthy_s", fmt_seconds), ("cold_total_s", fmt_seconds), ("cold_page_s", fmt_seconds),
              ("first_load_bytes", fmt_bytes), ("first_load_http_bytes", fmt_bytes),
              ("first_load_ws_bytes", fmt_bytes), ("first_load_responses", lambda v: f"{v:.0f}")]
    d = [median(getattr(r, f) for r in dash) for f, _ in fields]
    b = [median(getattr(r, f) for r in base) for f, _ in fields]
    rows = [
        ["dashboard", *(fmt(v) for (_, fmt), v in zip(fields, d))],
        ["baseline (bare app)", *(fmt(v) for (_, fmt), v in zip(fields, b))],
        ["ratio", *(fmt_ratio(ratio(x, y)) for x, y in zip(d, b))],
    ]
    if len(dash) > 1:
        first = [getattr(dash[0], f) for f, _ in fields]
        rows += [["dashboard run 1 (empty store, unprepared)", *(fmt(v) for (_, fmt), v in zip(fields, first))],
                 ["ratio", *(fmt_ratio(ratio(x, y)) for x, y in zip(first, b))]]
    return rows


def _visit_medians(runs: list[RunResult], attr: str, visit: int) -> dict[str, float | None]:
    return medians_by_key([{v.page: getattr(v, attr) for v in r.visits if v.visit == visit} for r in runs])


SWITCH_PASSES = {
    1: "Page switches, each page's first view since the server started (sidebar link -> page rendered; "
       "'<page>-national': a click on that page's national tab -> tab rendered)",
    2: "Page switches, each page again (its frames and charts built once in this process, as on a server that "
       "has been up a while or has warmed itself: components/warmup.py)",
}


def report(dash: list[RunResult], base: list[RunResult], browser_version: str = "") -> str:
    """The printed tables; every figure is a median over the runs."""
    out = [f"Care Market Atlas benchmark: medians of {len(dash)} run(s), Chromium {browser_version} ({CHROMIUM}), "
           f"{os.cpu_count()} CPU(s)", ""]
    out += ["Cold start (server spawn -> first complete render: script not running and an h1 shown; run 1 starts "
            "with an empty chart store, later runs with the store `make run` prepares)",
            table(["app", "server healthy", "spawn->render", "goto->render", "first-load bytes", "HTTP", "WebSocket",
                   "responses"], _cold_rows(dash, base)), ""]

    if not any(r.visits for r in dash + base):  # --cold-only
        return "\n".join(out)
    base_secs = median(v.seconds for r in base for v in r.visits)
    base_bytes = median(v.bytes for r in base for v in r.visits)
    how = {v.page: v.how for v in dash[-1].visits}
    for visit in sorted({v.visit for r in dash for v in r.visits}):
        secs, total = _visit_medians(dash, "seconds", visit), _visit_medians(dash, "bytes", visit)
        http, ws = _visit_medians(dash, "http_bytes", visit), _visit_medians(dash, "ws_bytes", visit)
        rows = [[page, fmt_seconds(secs[page]), fmt_ratio(ratio(secs[page], base_secs)), fmt_bytes(total[page]),
                 fmt_bytes(http[page]), fmt_bytes(ws[page]), fmt_ratio(ratio(total[page], base_bytes)), how[page]]
                for page in secs]
        rows.append(["baseline: warm reload", fmt_seconds(base_secs), "1.0x", fmt_bytes(base_bytes), "", "", "1.0x",
                     "goto"])
        out += [SWITCH_PASSES.get(visit, f"Page switches, pass {visit}") + "; bytes received for that page",
                table(["page", "switch time", "vs baseline", "bytes", "HTTP", "WebSocket", "vs baseline", "via"], rows),
                ""]

    big = [f"  {v.page}: {fmt_bytes(size)} {path}" for v in dash[-1].visits for size, path in v.largest
           if size >= BIG_DOWNLOAD_BYTES and v.visit == 1]
    if big:
        out += [f"HTTP downloads of {fmt_bytes(BIG_DOWNLOAD_BYTES)} or more on a page switch (last run; "
                "usually JavaScript chunks a component loads on first use):", *big, ""]

    errors = [f"  run {i + 1} {v.page} (view {v.visit}): {v.error}" for i, r in enumerate(dash) for v in r.visits if v.error]
    if errors:
        out += ["Pages that did not render:", *errors, ""]

    d_rss, b_rss = median(r.rss_kb for r in dash), median(r.rss_kb for r in base)
    out += ["Server memory (RSS after visiting every page)",
            table(["app", "RSS"], [["dashboard", fmt_bytes(d_rss * 1024)], ["baseline (bare app)", fmt_bytes(b_rss * 1024)],
                                   ["ratio", fmt_ratio(ratio(d_rss, b_rss))]]), ""]
    return "\n".join(out)


def geojson_report() -> tuple[str, list[dict]]:
    """The per-map GeoJSON table, or the reason it could not be measured (the app works without maps)."""
    try:
        from bench.geojson_sizes import TARGET_BYTES, map_sizes

        sizes = map_sizes()
    except Exception as exc:  # BoundariesUnavailable and friends: say why, keep the rest of the report
        return f"GeoJSON per map: not measured ({type(exc).__name__}: {exc})\n", []
    rows = [[s.name, s.vintage, str(s.areas), fmt_bytes(s.shapes_bytes), fmt_bytes(s.geojson_bytes),
             fmt_bytes(s.chart_bytes), "yes" if s.within_target else "NO"] for s in sizes]
    text = "\n".join([
        f"Bytes sent to the browser per map (every view of each page: its default and its national tab, and a map "
        "of every district); "
        f"target <= {fmt_bytes(TARGET_BYTES)} "
        "judged on the bytes sent",
        "  shapes = the map's areas from the prepared layer (compact); GeoJSON sent = the map's datasets with "
        "figures joined (compact); chart sent = the Vega-Lite chart as Streamlit sends it",
        table(["map", "vintage", "areas", "shapes", "GeoJSON sent", "chart sent", "within target"], rows), ""])
    return text, [{**asdict(s), "target_bytes": TARGET_BYTES} for s in sizes]


def _prepare_store(store: Path) -> float:
    """Empty `store` and fill it as `make run` does before it starts new code; the seconds that took."""
    from scripts.prepare_charts import fill

    shutil.rmtree(store)
    store.mkdir()
    started = time.monotonic()
    problems = fill(store, timeout=90)
    if problems:
        raise RuntimeError("chart preparation failed: " + "; ".join(problems))
    return time.monotonic() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per app (default 3); medians are reported")
    parser.add_argument("--json", type=Path, help="also write every run's raw figures and the medians here")
    parser.add_argument("--cold-only", action="store_true",
                        help="only the cold start (no page switches): a quick comparison, about 15 s a run")
    args = parser.parse_args(argv)
    if args.runs < 1:
        parser.error("--runs must be at least 1")
    if not os.path.exists(CHROMIUM):
        print(f"Chromium not found at {CHROMIUM}: run `make chromium` (installs Debian chromium).", file=sys.stderr)
        return 2

    from playwright.sync_api import sync_playwright

    pages = bench_pages()
    started = time.monotonic()
    dash: list[RunResult] = []
    base: list[RunResult] = []
    prepare_seconds = None
    store = tempfile.TemporaryDirectory(prefix="bench-charts-")  # run 1 starts with no stored charts
    dash_env = {STORE_ENV: store.name}
    try:
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
            version = browser.version
            try:
                for i in range(args.runs):
                    if i == 1:  # the later runs start as `make run` starts new code: with the store it prepares
                        prepare_seconds = _prepare_store(Path(store.name))
                    print(f"run {i + 1}/{args.runs}: dashboard ({len(pages)} pages) ...", file=sys.stderr, flush=True)
                    dash.append(run_once(browser, DASHBOARD, "dashboard", pages, switch_order(pages),
                                         passes=0 if args.cold_only else 2, env=dash_env))
                    print(f"run {i + 1}/{args.runs}: baseline ...", file=sys.stderr, flush=True)
                    base.append(run_baseline_once(browser, BASELINE, passes=0 if args.cold_only else 1))
            finally:
                browser.close()
    except Exception as exc:
        print(f"Benchmark could not run: {type(exc).__name__}: {exc}", file=sys.stderr)
        return 1
    finally:
        store.cleanup()

    text = report(dash, base, version)
    if prepare_seconds is not None:
        text += f"\n(make run's chart preparation, scripts/prepare_charts.py, took {prepare_seconds:.1f} s before run 2)"
    geo_text, geo_rows = ("", []) if args.cold_only else geojson_report()
    print(text)
    print(geo_text)
    print(f"(benchmark took {time.monotonic() - started:.0f} s)")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({
            "runs": args.runs, "dashboard": [asdict(r) for r in dash], "baseline": [asdict(r) for r in base],
            "geojson": geo_rows,
        }, indent=1), encoding="utf-8")
    failed = any(v.error for r in dash for v in r.visits)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
