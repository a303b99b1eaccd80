"""Charts built once per set of arguments: the shared spec is what st.altair_chart would send, and the PNG's."""
from __future__ import annotations

import json

import pandas as pd
import pyarrow as pa

from components import chart_cache
from components.charts import Reference, bar_by_area, benchmark_chart
from components.export import export_spec, with_provenance


def frame(values=(11811.0, 9000.0)) -> pd.DataFrame:
    return pd.DataFrame({"area": ["Ashton", "Brookfield"], "value": list(values),
                         "value_text": [f"{v:,.0f}" for v in values], "period": ["2011", "2011"],
                         "source": ["Made-up statement, line 3", "Made-up statement, line 4"], "unit": "people"})


def without_data_names(spec: dict) -> str:
    """The spec with dataset names blanked (Streamlit names datasets by a hash of its own)."""
    text = json.dumps({k: v for k, v in spec.items() if k != "datasets"}, sort_keys=True)
    for name in spec.get("datasets", {}):
        text = text.replace(name, "DATA")
    return text


def test_equal_arguments_share_one_build_and_different_ones_do_not(monkeypatch):
    chart_cache.clear()
    calls = []

    def counting(*args, **kwargs):
        calls.append(1)
        return bar_by_area(*args, **kwargs)

    first = chart_cache.cached_chart(counting, frame(), "Unpaid carers", "people")
    again = chart_cache.cached_chart(counting, frame().copy(), "Unpaid carers", "people")
    other = chart_cache.cached_chart(counting, frame((1.0, 2.0)), "Unpaid carers", "people")
    assert first is again and other is not first and len(calls) == 2
    assert chart_cache.cached_chart(counting, frame(), "Unpaid carers", "percent") is not first  # any argument counts


def test_cache_is_bounded(monkeypatch):
    chart_cache.clear()
    monkeypatch.setattr(chart_cache, "MAX_ENTRIES", 3)
    built = [chart_cache.cached_chart(bar_by_area, frame((float(i), 1.0)), "X", "people") for i in range(5)]
    assert len(chart_cache._cache) == 3
    assert chart_cache.cached_chart(bar_by_area, frame((4.0, 1.0)), "X", "people") is built[4]


def test_screen_spec_matches_streamlits_own_conversion_of_the_altair_chart():
    from streamlit.elements.vega_charts import _convert_altair_to_vega_lite_spec

    refs = (Reference("Made-up county", 10.5, "percent", "2011"),)
    chart = benchmark_chart(frame(), "Share", "percent", references=refs)
    streamlit_spec = _convert_altair_to_vega_lite_spec(chart)
    built = chart_cache.cached_chart(benchmark_chart, frame(), "Share", "percent", references=refs)
    screen = built.screen_spec()
    assert without_data_names(screen) == without_data_names(streamlit_spec)
    rows = sorted(json.dumps(pa.ipc.open_stream(b).read_all().to_pylist(), sort_keys=True)
                  for b in screen["datasets"].values())
    theirs = sorted(json.dumps(pa.ipc.open_stream(b).read_all().to_pylist(), sort_keys=True)
                    for b in streamlit_spec["datasets"].values())
    assert rows == theirs


def test_png_renders_the_same_spec_at_the_size_an_altair_chart_had():
    built = chart_cache.cached_chart(bar_by_area, frame(), "Unpaid carers", "people")
    exported = export_spec(with_provenance(built.spec(), "Title", "Source: made-up"))
    from_altair = export_spec(with_provenance(bar_by_area(frame(), "Unpaid carers", "people"), "Title", "Source: made-up"))
    assert exported["config"] == from_altair["config"]
    assert without_data_names(exported) == without_data_names(from_altair)
    # callers get copies: changing one never changes what the next session draws
    built.spec()["layer"].clear()
    assert built.spec()["layer"]


def test_a_builder_with_nothing_to_draw_gives_none():
    assert chart_cache.cached_chart(lambda rows: None, frame()) is None


def test_sessions_asking_at_once_wait_for_one_build():
    import threading
    import time

    chart_cache.clear()
    calls = []

    def slow(rows):
        calls.append(1)
        time.sleep(0.2)
        return bar_by_area(rows, "X", "people")

    results = []
    threads = [threading.Thread(target=lambda: results.append(chart_cache.cached_chart(slow, frame()))) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len(calls) == 1 and len({id(r) for r in results}) == 1


def test_a_frame_digest_follows_content_not_object_identity():
    base = frame()
    rebuilt = base.copy()
    rebuilt["unit"] = ["".join(list(u)) for u in rebuilt["unit"]]  # equal strings, new objects
    assert rebuilt["unit"].iloc[0] is not base["unit"].iloc[0]
    digest = chart_cache._frame_digest
    assert digest(rebuilt) == digest(base)
    assert digest(frame((11811.0, 9001.0))) != digest(base)                     # a value
    assert digest(base.set_axis([5, 6])) != digest(base)                        # the index
    assert digest(base.astype({"value": "float32"})) != digest(base)            # a type
    assert digest(base.rename(columns={"area": "place"})) != digest(base)       # a column name

