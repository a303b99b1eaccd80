"""Charts built once per set of arguments and shared by every session (read-only).

Building an Altair chart and validating it against the Vega-Lite schema costs 50-300 ms of CPU per
chart, which `st.altair_chart` repeats on every rerun of every session. Here a chart builder (a plain function returning an Altair chart)
and its arguments (DataFrames, strings, numbers, frozen dataclasses, sequences of them) are
turned into a Vega-Lite specification once, kept in a bounded in-process cache. The first showing of a
chart (per width, theme and alt text) goes through `st.vega_lite_chart`, which turns it into the element
Streamlit sends (a VegaLiteChart message: the spec as stabilised JSON, the datasets as Arrow); that element is
kept with the chart, and every later showing in any session enqueues it again as it is, with no JSON work
(a map's spec with its GeoJSON is 60-250 KB, which Streamlit would dump and load three times a run). The PNG
download renders the same specification (components/export.py), so screen and image cannot drift; maps are
cached charts too (components/maps.py).

    chart = cached_chart(bar_by_area, frame, "Unpaid carers", "people")
    show_chart(chart, key="carers_counts", alt="Bar chart of ...")
    png_download(chart.spec, title, source, key="png_carers_counts")
"""
from __future__ import annotations

import hashlib
import json
import pickle
import threading
from collections import OrderedDict
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass, field
from typing import Any, Literal

import pandas as pd
import streamlit as st

from components.element_cache import Element as _Element
from components.element_cache import capture, recording
from components.element_cache import enqueue as _enqueue_element
from components.shared_cache import SharedCache, frame_digest, pickle_digest
from components.theme import CHART_TEXT_HEX

MAX_ENTRIES = 256  # distinct charts kept (authority x period x control choices); each is tens of KB
MAX_SHOWINGS = 8  # elements kept per chart (distinct width x theme x alt text it was shown with)

_cache: SharedCache[BuiltChart | None] = SharedCache(MAX_ENTRIES)
# content digests of the frames and dicts charts were asked for, by the very object: a view model's shared frame
# or map GeoJSON (read-only) is digested once, not on every run (a map's pickle was a tenth of a home run's CPU)
_digests: SharedCache[Any] = SharedCache(4 * MAX_ENTRIES)
_altair_lock = threading.Lock()  # where this Streamlit has no lock of its own around Altair's globals


@dataclass(frozen=True)
class BuiltChart:
    """A chart's Vega-Lite specification as JSON (the PNG's), and what the screen is sent: the same
    specification without its datasets, and the datasets already serialised as Arrow (as Streamlit sends them)."""
    spec_json: str
    screen_json: str
    arrow: tuple[tuple[str, bytes], ...]
    # (width, theme, alt) -> the element `st.vega_lite_chart` made of it (kept, enqueued again as it is)
    shown: OrderedDict = field(default_factory=OrderedDict, compare=False, repr=False, hash=False)
    # its name in the disk store (components/chart_store.py), where its elements are kept too; None: not stored
    store_name: str | None = field(default=None, compare=False, repr=False, hash=False)

    def spec(self) -> dict:
        """A fresh copy of the full specification (datasets inline): callers may change it."""
        return json.loads(self.spec_json)

    def screen_spec(self) -> dict:
        """A fresh copy of what `st.vega_lite_chart` is given: the spec with its datasets as Arrow bytes."""
        out = json.loads(self.screen_json)
        if self.arrow:
            out["datasets"] = dict(self.arrow)
        return out


def fingerprint(value: Any) -> Any:
    """A cheap, hashable stand-in for an argument: frames by a hash of their content, index, columns and types."""
    if isinstance(value, pd.DataFrame):
        return _digests.get("frame", lambda: ("frame", tuple(map(str, value.columns)), tuple(map(str, value.dtypes)),
                                             frame_digest(value)), pinned=(value,))
    if isinstance(value, pd.Series):
        return ("series", str(value.name), str(value.dtype), frame_digest(value.to_frame()))
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, tuple(fingerprint(v) for v in value))
    if isinstance(value, dict):  # a map's GeoJSON among them: a digest of its pickle, 10x faster than walking it
        return _digests.get("dict", lambda: _dict_fingerprint(value), pinned=(value,))
    try:
        hash(value)
    except TypeError:
        return ("pickled", hashlib.blake2b(pickle.dumps(value), digest_size=16).hexdigest())
    return value


def _dict_fingerprint(value: dict) -> Any:
    digest = pickle_digest(value)
    if digest is not None:
        return ("dict", digest)
    return ("dict", tuple(sorted((str(k), fingerprint(v)) for k, v in value.items())))


def _to_dict(chart: Any) -> dict:
    """The spec exactly as `st.altair_chart` would make it: without Altair's default theme (Streamlit swaps it
    for "none"), all rows kept. Altair's theme and data transformer are process-wide, so this holds the lock
    Streamlit itself holds while it changes them."""
    import altair as alt
    from streamlit.elements import vega_charts

    lock = getattr(vega_charts, "_altair_globals_lock", None) or _altair_lock
    with lock:
        theme = alt.theme.enable("none") if alt.theme.active == "default" else nullcontext()
        with theme, alt.data_transformers.enable("default", max_rows=None):
            return vega_lite_dict(chart)


def vega_lite_dict(chart: Any) -> dict:
    """An Altair chart as its Vega-Lite dict, without checking it against the schema on the serving path
    (a third of a chart's build time, Nov 2026): tests/test_chart_schema.py checks every chart every page
    draws against the Vega-Lite schema instead."""
    return chart.to_dict(validate=False)


def _arrow(records: Any) -> bytes:
    from streamlit import dataframe_util

    return dataframe_util.convert_anything_to_arrow_bytes(pd.DataFrame.from_records(records)
                                                          if isinstance(records, list) else records)


# Text Vega draws (axes, legends, facet headers, titles), in the one chart text colour: Streamlit's chart theme
# draws it grey, rgb(128, 132, 149), 3.7:1 on white, under WCAG AA's 4.5:1 and faint on a projector.
READABLE_TEXT_CONFIG: dict[str, dict[str, str]] = {
    "axis": {"labelColor": CHART_TEXT_HEX, "titleColor": CHART_TEXT_HEX},
    "legend": {"labelColor": CHART_TEXT_HEX, "titleColor": CHART_TEXT_HEX},
    "header": {"labelColor": CHART_TEXT_HEX, "titleColor": CHART_TEXT_HEX},
    "title": {"color": CHART_TEXT_HEX},
}


def with_readable_text(spec: dict) -> dict:
    """`spec` (changed in place and returned) with READABLE_TEXT_CONFIG wherever it sets no text colour itself."""
    config = spec.setdefault("config", {})
    for section, colours in READABLE_TEXT_CONFIG.items():
        for key, colour in colours.items():
            config.setdefault(section, {}).setdefault(key, colour)
    return spec


def _build(builder: Callable[..., Any], args: tuple, kwargs: dict) -> BuiltChart | None:
    from streamlit.elements.vega_charts import _is_geojson_or_topojson_payload as is_geo

    chart = builder(*args, **kwargs)
    if chart is None:  # a builder may have nothing to draw
        return None
    spec = with_readable_text(chart if isinstance(chart, dict) else _to_dict(chart))
    screen = {k: v for k, v in spec.items() if k != "datasets"}
    datasets = spec.get("datasets") or {}
    shapes = {name: data for name, data in datasets.items() if is_geo(data)}
    if shapes:  # geometry stays in the spec for Vega to read, as Streamlit does
        screen["datasets"] = shapes
    arrow = tuple((str(name), _arrow(data)) for name, data in datasets.items() if name not in shapes)
    return BuiltChart(json.dumps(spec), json.dumps(screen), arrow)


def _kept_or_built(builder: Callable[..., Any], args: tuple, kwargs: dict, args_fp: Any,
                   kwargs_fp: Any) -> BuiltChart | None:
    """The chart from the disk store (components/chart_store.py: written by an earlier process with the same code
    and data), else built here (and stored for the next process)."""
    from components import chart_store

    name = chart_store.key(builder, args_fp, kwargs_fp) if _store_enabled() else None
    if name is not None:
        kept = chart_store.load(name)
        if kept is not None:
            return BuiltChart(*kept, store_name=name)
    built = _build(builder, args, kwargs)
    if name is not None and built is not None:
        if chart_store.save(name, built.spec_json, built.screen_json, built.arrow):
            built = BuiltChart(built.spec_json, built.screen_json, built.arrow, store_name=name)
    return built


def _store_enabled() -> bool:
    """The disk store serves real server processes (or wherever $CMA_CHART_STORE names a folder; "0": nowhere)."""
    import os

    from components import chart_store

    if os.environ.get(chart_store.STORE_ENV):
        return chart_store.folder() is not None
    from components.warmup import serving

    return serving()


def cached_chart(builder: Callable[..., Any], *args: Any, **kwargs: Any) -> BuiltChart | None:
    """The chart `builder(*args, **kwargs)` as a shared specification, built once per distinct arguments
    (None when the builder returns None).

    `builder` must be a pure function of its arguments (module constants aside): the cache key is its
    name and a fingerprint of each argument, so equal frames share one entry whichever session made them.
    """
    args_fp = fingerprint(args)
    kwargs_fp = ("dict", tuple(sorted((name, fingerprint(value)) for name, value in kwargs.items())))
    key = (builder.__module__, builder.__qualname__, getattr(builder, "__code__", None), args_fp, kwargs_fp)
    # many sessions opening the same view at once wait for one build rather than each building it
    return _cache.get(key, lambda: _kept_or_built(builder, args, kwargs, args_fp, kwargs_fp))


def show_chart(chart: BuiltChart, *, key: str | None = None, alt: str | None = None,
               theme: Literal["streamlit"] | None = "streamlit", width: Any = None) -> None:
    """Draw a cached chart as `st.altair_chart` would have drawn it (same spec, data, theme, width and alt text).

    The first showing with these options goes through `st.vega_lite_chart`; later ones send the element it made."""
    options: dict[str, Any] = {"key": key, "alt": alt, "theme": theme}
    if width is not None:
        options["width"] = width
    chart = _for_presenter(chart)
    element = _element(chart, options)
    if element is None or not _enqueue_element(element):
        st.vega_lite_chart(chart.screen_spec(), **options)


def _for_presenter(chart: BuiltChart) -> BuiltChart:
    """In presenter mode, the chart with its own texts at the presenter type scale (components.charts.presenter_spec):
    a chart of its own, built once from this one's spec and shared; otherwise (or with no such texts) `chart`."""
    from components.charts import TYPE_SCALE_PARAM
    from components.layout import presenter_mode

    if not presenter_mode() or TYPE_SCALE_PARAM not in chart.screen_json:
        return chart
    return cached_chart(_at_presenter_scale, chart.spec_json) or chart


def _at_presenter_scale(spec_json: str) -> dict:
    from components.charts import presenter_spec

    return presenter_spec(json.loads(spec_json))


def show_spec(spec: dict, *, key: str | None = None, alt: str | None = None,
              theme: Literal["streamlit"] | None = "streamlit", width: Any = None) -> None:
    """`st.vega_lite_chart(spec, ...)` for a Vega-Lite dict built elsewhere (a country map with its GeoJSON): kept
    by a digest of its content (a few ms for 200 KB, against about 100 ms of JSON work in Streamlit each run), so
    an equal spec is sent as the element its first showing made. `spec` is read, never changed."""
    show_chart(cached_chart(_given, spec), key=key, alt=alt, theme=theme, width=width)


def _given(spec: dict) -> dict:
    return spec


def _element(chart: BuiltChart, options: dict[str, Any]) -> _Element | None:
    """The element `st.vega_lite_chart(chart.screen_spec(), **options)` makes, made once per chart and options;
    None where it cannot be reused (this Streamlit works differently, or the agent API records this session)."""
    if recording():
        return None
    variant = (repr(options.get("width")), options["theme"], options["alt"])
    shown = chart.shown
    try:
        return shown[variant]
    except KeyError:
        pass
    element = _stored_element(chart, variant)
    if element is None:
        element = _capture(chart.screen_spec(), options)
        if element is not None:
            _store_element(chart, variant, element)
    if element is not None:
        shown[variant] = element
        while len(shown) > MAX_SHOWINGS:
            try:
                shown.popitem(last=False)
            except KeyError:  # another session trimmed it first
                break
    return element


def _capture(spec: dict, options: dict[str, Any]) -> _Element | None:
    """The element `st.vega_lite_chart(spec, **options)` makes (components/element_cache.py)."""
    try:
        from streamlit.elements.vega_charts import VegaChartsMixin
    except ImportError:
        return None
    return capture(VegaChartsMixin, "vega_lite_chart", spec, **options)


def _stored_element(chart: BuiltChart, variant: tuple) -> _Element | None:
    """The element an earlier process made of this stored chart with these options (its message and layout, as
    made by `st.vega_lite_chart`: Streamlit's version is in the store's key), or None."""
    if chart.store_name is None:
        return None
    from components import chart_store

    kept = chart_store.load_element(chart.store_name, variant)
    if kept is None:
        return None
    delta_type, message, layout = kept
    try:
        from streamlit.elements.lib.layout_utils import LayoutConfig
        from streamlit.proto.VegaLiteChart_pb2 import VegaLiteChart

        if delta_type != "vega_lite_chart":
            return None
        proto = VegaLiteChart()
        proto.ParseFromString(message)
        return _Element(delta_type, proto, LayoutConfig(**layout))
    except Exception:  # noqa: BLE001 - another Streamlit's layout or message: make the element again
        return None


def _store_element(chart: BuiltChart, variant: tuple, element: _Element) -> None:
    """Keep a stored chart's element for the next process (only plain layouts: width, height, alignment)."""
    import dataclasses

    if chart.store_name is None or not dataclasses.is_dataclass(element.layout):
        return
    layout = dataclasses.asdict(element.layout)
    if not all(value is None or isinstance(value, (str, int)) for value in layout.values()):
        return
    from components import chart_store

    chart_store.save_element(chart.store_name, variant, element.delta_type, element.proto.SerializeToString(),
                             layout)


def clear() -> None:
    """Forget every cached chart (tests; a data refresh)."""
    _cache.clear()
    _digests.clear()
