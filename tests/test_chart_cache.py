"""Charts built once per set of arguments: the shared spec is what st.altair_chart would send, and the PNG's."""
from __future__ import annotations

import json

import pandas as pd
import pytest
import pyarrow as pa

from components import chart_cache, shared_cache
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
    monkeypatch.setattr(chart_cache._cache, "max_entries", 3)
    built = [chart_cache.cached_chart(bar_by_area, frame((float(i), 1.0)), "X", "people") for i in range(5)]
    assert len(chart_cache._cache) == 3
    assert chart_cache.cached_chart(bar_by_area, frame((4.0, 1.0)), "X", "people") is built[4]


def test_screen_spec_matches_streamlits_own_conversion_of_the_altair_chart():
    from streamlit.elements.vega_charts import _convert_altair_to_vega_lite_spec

    refs = (Reference("Made-up county", 10.5, "percent", "2011"),)
    chart = benchmark_chart(frame(), "Share", "percent", references=refs)
    # Streamlit's own conversion, with the one change the atlas makes to every chart: readable text colours
    streamlit_spec = chart_cache.with_readable_text(_convert_altair_to_vega_lite_spec(chart))
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
    from_altair = export_spec(with_provenance(chart_cache.with_readable_text(chart_cache.vega_lite_dict(
        bar_by_area(frame(), "Unpaid carers", "people"))), "Title", "Source: made-up"))
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
    digest = shared_cache.frame_digest
    assert digest(rebuilt) == digest(base)
    assert digest(frame((11811.0, 9001.0))) != digest(base)                     # a value
    assert digest(base.set_axis([5, 6])) != digest(base)                        # the index
    assert digest(base.astype({"value": "float32"})) != digest(base)            # a type
    assert digest(base.rename(columns={"area": "place"})) != digest(base)       # a column name



# --- a kept element is exactly what st.vega_lite_chart sends (guards a Streamlit upgrade: requirements.txt pins it) ---

def _showings_script():
    """Each chart and option set drawn three ways, one after another: by st.vega_lite_chart, then by show_chart
    twice (the first showing makes the element, the second sends the kept one)."""
    import pandas as pd
    import streamlit as st

    from components import chart_cache
    from components.charts import Reference, bar_by_area, benchmark_chart

    rows = pd.DataFrame({"area": ["Ashton", "Brookfield"], "value": [11811.0, 9000.0], "value_text": ["11,811", "9,000"],
                         "period": ["2011", "2011"], "source": ["Made-up statement, line 3", "line 4"], "unit": "people"})
    square = [[[0.0, 51.0], [0.0, 51.2], [0.3, 51.2], [0.3, 51.0], [0.0, 51.0]]]
    shapes = [{"type": "Feature", "properties": {"name": name, "value": value},
               "geometry": {"type": "Polygon", "coordinates": [[[x + dx, y] for x, y in square[0]]]}}
              for name, value, dx in (("Ashton", 3.0, 0.0), ("Brookfield", 5.0, 0.4))]

    def a_map(features):
        return {"$schema": "https://vega.github.io/schema/vega-lite/v5.json", "width": "container", "height": 300,
                "datasets": {"areas": features},
                "layer": [{"data": {"name": "areas"}, "mark": {"type": "geoshape", "stroke": "#333333"},
                           "encoding": {"color": {"field": "properties.value", "type": "quantitative"}}},
                          {"data": {"name": "areas"}, "mark": "text",
                           "encoding": {"text": {"field": "properties.name", "type": "nominal"}}}],
                "projection": {"type": "mercator"}}

    charts = [chart_cache.cached_chart(bar_by_area, rows, "Unpaid carers", "people"),
              chart_cache.cached_chart(benchmark_chart, rows, "Share", "percent",
                                       references=(Reference("Made-up county", 10.5, "percent", "2011"),)),
              chart_cache.cached_chart(a_map, shapes)]
    option_sets = [{}, {"width": "stretch", "theme": None, "alt": "Map of made-up areas", "key": "k1"},
                   {"width": 400, "alt": "A chart"}, {"width": "content", "theme": "streamlit"}]
    for chart in charts:
        for options in option_sets:
            st.vega_lite_chart(chart.screen_spec(), **options)
            chart_cache.show_chart(chart, **options)
            chart_cache.show_chart(chart, **options)


def test_a_kept_element_is_exactly_what_st_vega_lite_chart_sends(monkeypatch):
    from streamlit import delta_generator
    from streamlit.testing.v1 import AppTest

    chart_cache.clear()
    sent = []
    original = delta_generator._enqueue_message

    def recording(msg):
        if msg.WhichOneof("type") == "delta" and msg.delta.new_element.WhichOneof("type") == "vega_lite_chart":
            sent.append(msg.delta.new_element.SerializeToString(deterministic=True))
        return original(msg)

    monkeypatch.setattr(delta_generator, "_enqueue_message", recording)
    at = AppTest.from_function(_showings_script, default_timeout=30).run()
    assert not at.exception
    assert len(sent) == 3 * 4 * 3
    for i in range(0, len(sent), 3):
        assert sent[i + 1] == sent[i] and sent[i + 2] == sent[i], f"showing {i // 3} differs"
    assert len(set(sent[::3])) == len(sent) // 3  # the option sets really differ (width, theme, alt reach the element)
    drawn = at.get("vega_lite_chart")
    assert len(drawn) == len(sent) and all(d.proto == drawn[i - i % 3].proto for i, d in enumerate(drawn))
    maps = [json.loads(d.proto.spec) for d in drawn[-12:]]
    assert all(m["datasets"]["areas"][0]["type"] == "Feature" for m in maps)  # the GeoJSON stays in the spec


def test_a_chart_shown_again_reuses_its_element_and_does_no_json_work(monkeypatch):
    """After the first showing, show_chart neither loads the spec nor dumps it (st.vega_lite_chart would)."""
    chart_cache.clear()
    built = chart_cache.cached_chart(bar_by_area, frame(), "Unpaid carers", "people")
    chart_cache.show_chart(built, alt="A chart", key="a")
    first = chart_cache._element(built, {"key": "a", "alt": "A chart", "theme": "streamlit"})
    assert first is not None and first.delta_type == "vega_lite_chart" and len(built.shown) == 1
    enqueued = []
    real_enqueue = chart_cache._enqueue_element
    monkeypatch.setattr(chart_cache, "_enqueue_element", lambda element: enqueued.append(element) or real_enqueue(element))
    monkeypatch.setattr(chart_cache.BuiltChart, "screen_spec", lambda self: pytest.fail("spec loaded again"))
    monkeypatch.setattr(json, "loads", lambda *a, **k: pytest.fail("json loaded"))
    monkeypatch.setattr(json, "dumps", lambda *a, **k: pytest.fail("json dumped"))
    chart_cache.show_chart(built, alt="A chart", key="b")  # the key does not reach the element (no selections)
    chart_cache.show_chart(built, alt="A chart")
    assert enqueued == [first, first]


def test_show_chart_falls_back_to_st_vega_lite_chart_without_the_private_call(monkeypatch):
    """A Streamlit without DeltaGenerator._enqueue (or one whose vega_lite_chart works differently) still draws."""
    import streamlit as st

    chart_cache.clear()
    built = chart_cache.cached_chart(bar_by_area, frame(), "Unpaid carers", "people")
    calls = []
    monkeypatch.setattr(chart_cache, "_enqueue_element", lambda element: False)
    monkeypatch.setattr(st, "vega_lite_chart", lambda spec, **options: calls.append((spec, options)))
    chart_cache.show_chart(built, alt="A chart")
    assert calls and calls[0][1]["alt"] == "A chart" and "datasets" in calls[0][0]
    calls.clear()
    monkeypatch.setattr(chart_cache, "_capture", lambda spec, options: None)
    built.shown.clear()
    monkeypatch.setattr(chart_cache, "_enqueue_element", lambda element: pytest.fail("nothing to enqueue"))
    chart_cache.show_chart(built, alt="A chart")
    assert len(calls) == 1


def test_a_spec_dict_is_kept_by_its_content():
    """show_spec: equal dicts (new objects each run) share one element; a changed one is built again."""
    chart_cache.clear()
    spec = {"mark": "bar", "datasets": {"d": [{"a": 1}, {"a": 2}]}, "data": {"name": "d"},
            "encoding": {"y": {"field": "a", "type": "quantitative"}}}
    chart_cache.show_spec(json.loads(json.dumps(spec)), alt="A")
    chart_cache.show_spec(json.loads(json.dumps(spec)), alt="A")
    assert len(chart_cache._cache) == 1
    ((_, kept),) = chart_cache._cache.items()
    assert len(kept.shown) == 1
    changed = json.loads(json.dumps(spec))
    changed["datasets"]["d"][1]["a"] = 3
    chart_cache.show_spec(changed, alt="A")
    assert len(chart_cache._cache) == 2
    assert spec == {"mark": "bar", "datasets": {"d": [{"a": 1}, {"a": 2}]}, "data": {"name": "d"},
                    "encoding": {"y": {"field": "a", "type": "quantitative"}}}


def test_a_shared_frame_or_dict_is_digested_once_and_equal_content_gets_equal_fingerprints(monkeypatch):
    chart_cache.clear()
    digested = []
    real = chart_cache.pickle_digest
    monkeypatch.setattr(chart_cache, "pickle_digest", lambda v: digested.append(type(v).__name__) or real(v))
    real_frame_digest = chart_cache.frame_digest
    monkeypatch.setattr(chart_cache, "frame_digest", lambda f: digested.append("frame") or real_frame_digest(f))
    shapes = {"type": "FeatureCollection", "features": [{"type": "Feature", "properties": {"area": "Ashton"},
                                                          "geometry": {"type": "Point", "coordinates": [0, 51]}}]}
    shared = frame()
    for _ in range(3):  # three runs showing the same view model's objects
        fp = chart_cache.fingerprint((shared, shapes))
    assert sorted(digested) == ["dict", "frame"]
    assert chart_cache.fingerprint((frame(), json.loads(json.dumps(shapes)))) == fp  # equal content, other objects
    other = json.loads(json.dumps(shapes))
    other["features"][0]["properties"]["area"] = "Brookfield"
    assert chart_cache.fingerprint((shared, other)) != fp
    assert chart_cache.fingerprint((frame((1.0, 2.0)), shapes)) != fp


def test_keyword_arguments_are_part_of_the_key_by_content():
    chart_cache.clear()
    a = chart_cache.cached_chart(bar_by_area, frame(), "Unpaid carers", unit="people")
    b = chart_cache.cached_chart(bar_by_area, frame(), "Unpaid carers", unit="people")
    c = chart_cache.cached_chart(bar_by_area, frame(), "Unpaid carers", unit="% of residents")
    assert a is b and c is not a
