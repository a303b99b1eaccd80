"""The benchmark's arithmetic and page list (no servers, no browser, no timing targets)."""
from __future__ import annotations

import json


from bench import stats
from bench.measure import PageVisit, RunResult
from bench.run import report
from components import navigation
from components.navigation import PAGES, PageSpec


def test_pages_come_from_the_app_navigation():
    assert [(p.url_path, p.title) for p in stats.bench_pages()] == [(p.url_path, p.title) for p in PAGES]
    assert stats.bench_pages()[0].label == "home"


def test_the_theme_pages_national_tabs_are_opened_too():
    views = {p.label: p.views for p in stats.bench_pages()}
    assert views["carers"] == views["dementia"] == views["extra-care"] == (navigation.NATIONAL_VIEW,)
    assert views["home"] == views["tenders"] == ()


def test_a_new_page_joins_the_benchmark(monkeypatch):
    extra = PageSpec("pages/new.py", "A new page", "new-page", ":material/add:", "added for the test")
    monkeypatch.setattr(navigation, "PAGES", (*PAGES, extra))
    assert stats.bench_pages()[-1] == stats.BenchPage("new-page", "A new page")


def test_switch_order_reaches_every_page_once_ending_at_the_first():
    pages = stats.bench_pages()
    order = stats.switch_order(pages)
    assert sorted(p.label for p in order) == sorted(p.label for p in pages)
    assert order[-1] == pages[0] and order[0] == pages[1]
    assert stats.switch_order([]) == []


def test_median_ignores_unmeasured_values():
    assert stats.median([3.0, 1.0, 2.0]) == 2.0
    assert stats.median([4.0, 1.0, 2.0, 3.0]) == 2.5
    assert stats.median([None, 5.0, None, 1.0, 3.0]) == 3.0
    assert stats.median([None, None]) is None
    assert stats.median([]) is None


def test_ratio_to_baseline():
    assert stats.ratio(3.0, 1.5) == 2.0
    assert stats.ratio(1.0, 4.0) == 0.25
    assert stats.ratio(None, 1.0) is None
    assert stats.ratio(1.0, None) is None
    assert stats.ratio(1.0, 0) is None


def test_medians_by_key_keeps_page_order_and_missing_runs():
    runs = [{"home": 1.0, "carers": 9.0}, {"home": 3.0}, {"home": 2.0, "carers": 5.0, "sources": None}]
    assert stats.medians_by_key(runs) == {"home": 2.0, "carers": 7.0, "sources": None}


def test_formatting():
    assert stats.fmt_bytes(950) == "950 B"
    assert stats.fmt_bytes(300_000) == "300.0 KB"
    assert stats.fmt_bytes(2_690_000) == "2.69 MB"
    assert stats.fmt_seconds(1.234) == "1.23 s"
    assert stats.fmt_ratio(2.0) == "2.0x"
    assert stats.fmt_seconds(None) == stats.fmt_bytes(None) == stats.fmt_ratio(None) == "-"
    lines = stats.table(["page", "bytes"], [["home", "1 B"], ["carers", "10 B"]]).splitlines()
    assert lines[2] == "home      1 B" and lines[3] == "carers   10 B"


def _run(app: str, cold: float, switch: float, switch_bytes: int, rss_kb: int, again: float | None = None) -> RunResult:
    visits = [PageVisit("home", switch, switch_bytes, 0, switch_bytes, "click")]
    if again is not None:
        visits.append(PageVisit("home", again, switch_bytes, 0, switch_bytes, "click", visit=2))
    return RunResult(app, 1.0, cold, cold - 1.0, 1000, 900, 100, 10, visits, rss_kb)


def test_report_prints_medians_and_ratios_to_the_baseline():
    dash = [_run("dashboard", 3.0, 0.5, 4000, 300_000, 0.3), _run("dashboard", 9.0, 0.7, 6000, 100_000, 0.5),
            _run("dashboard", 4.0, 0.6, 5000, 200_000, 0.4)]
    base = [_run("baseline", 2.0, 0.3, 1000, 50_000), _run("baseline", 1.0, 0.2, 1000, 50_000),
            _run("baseline", 2.0, 0.2, 1000, 50_000)]
    text = report(dash, base)
    cold = next(line for line in text.splitlines() if line.startswith("ratio") and "2.0x" in line)
    assert cold.split()[2] == "2.0x"  # spawn->render: median 4.0 s against 2.0 s
    home, home_again = [line for line in text.splitlines() if line.startswith("home")]
    # first view: switch 0.6 s vs baseline 0.2 s = 3.0x; 5.0 KB vs 1.0 KB = 5.0x
    assert home.split()[1:4] == ["0.60", "s", "3.0x"] and "5.0 KB" in home and home.split()[-2] == "5.0x"
    assert home_again.split()[1:4] == ["0.40", "s", "2.0x"]  # the second view: median 0.4 s
    assert text.index("first view since the server started") < text.index("each page again")
    rss = [line for line in text.splitlines() if line.startswith("ratio")][-1]
    assert rss.split()[-1] == "4.0x"  # 200,000 KB against 50,000 KB


def test_chart_map_size_reads_the_map_spec_as_sent():
    import pandas as pd

    from bench.geojson_sizes import chart_map_size
    from components.maps import choropleth_spec, class_legend, join_values
    from geo.mapready import geojson_size_bytes, map_features

    kent = [f"E07000{n}" for n in range(105, 117)]
    fc = map_features(kent, "2023")
    values = pd.DataFrame({"area_code": kent, "value": [10.0 + i / 10 for i in range(12)], "unit": "percent",
                           "period": "2011", "area": kent, "value_text": "x", "source": "s"})
    legend = class_legend(values["value"].tolist(), "percent")
    spec = choropleth_spec(join_values(fc, values, legend), legend, "Share (%)")
    size = chart_map_size("kent", spec, 123_456)
    assert size.vintage == "2023" and size.areas == 12
    assert size.shapes_bytes == geojson_size_bytes(fc)
    assert size.geojson_bytes == len(json.dumps(spec["datasets"]["areas"], separators=(",", ":")).encode())
    assert size.chart_bytes == size.sent_bytes == 123_456


def test_mixed_vintage_shapes_take_each_area_from_the_vintage_that_has_it():
    from bench.geojson_sizes import shapes_bytes
    from geo.mapready import geojson_size_bytes, map_features

    bournemouth, bcp = "E06000028", "E06000058"  # gone in 2019 / created in 2019
    expected = geojson_size_bytes(map_features([bournemouth], "2013")) + geojson_size_bytes(map_features([bcp], "2023"))
    assert shapes_bytes([bournemouth, bcp], "2013+2023") == expected
    assert shapes_bytes([bcp], "2023") == geojson_size_bytes(map_features([bcp], "2023"))
