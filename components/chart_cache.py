"""Charts built once per set of arguments and shared by every session (read-only).

Building an Altair chart and validating it against the Vega-Lite schema costs 50-300 ms of CPU per
chart, which `st.altair_chart` repeats on every rerun of every session. Here a chart builder (a plain function returning an Altair chart)
and its arguments (DataFrames, strings, numbers, frozen dataclasses, sequences of them) are
turned into a Vega-Lite specification once, kept in a bounded in-process cache, and each rerun
only sends it with `st.vega_lite_chart` (about a millisecond). The PNG download renders the
same specification (components/export.py), so screen and image cannot drift; maps follow the
same idea with their own cached templates (components/maps.py).

    chart = cached_chart(bar_by_area, frame, "Unpaid carers", "people")
    show_chart(chart, key="carers_counts", alt="Bar chart of ...")
    png_download(chart.spec, title, source, key="png_carers_counts")
"""
from __future__ import annotations

import hashlib
import io
import json
import pickle
import threading
from collections import OrderedDict
from collections.abc import Callable
from contextlib import nullcontext
from dataclasses import dataclass
from typing import Any, Literal

import pandas as pd
import streamlit as st

MAX_ENTRIES = 256  # distinct charts kept (authority x period x control choices); each is tens of KB

_cache: OrderedDict[tuple, BuiltChart | None] = OrderedDict()
_cache_lock = threading.Lock()
_building: dict[tuple, threading.Lock] = {}  # key -> lock held while that chart is built


@dataclass(frozen=True)
class BuiltChart:
    """A chart's Vega-Lite specification as JSON (the PNG's), and what the screen is sent: the same
    specification without its datasets, and the datasets already serialised as Arrow (as Streamlit sends them)."""
    spec_json: str
    screen_json: str
    arrow: tuple[tuple[str, bytes], ...]

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
        return ("frame", tuple(map(str, value.columns)), tuple(map(str, value.dtypes)), _frame_digest(value))
    if isinstance(value, pd.Series):
        return ("series", str(value.name), str(value.dtype), _frame_digest(value.to_frame()))
    if isinstance(value, (list, tuple)):
        return (type(value).__name__, tuple(fingerprint(v) for v in value))
    if isinstance(value, dict):
        return ("dict", tuple(sorted((str(k), fingerprint(v)) for k, v in value.items())))
    try:
        hash(value)
    except TypeError:
        return ("pickled", hashlib.blake2b(pickle.dumps(value), digest_size=16).hexdigest())
    return value


def _frame_digest(frame: pd.DataFrame) -> str:
    """A digest of a frame's content: its pickle without the memo ("fast" mode), so equal frames get equal
    digests whichever objects hold their strings (a plain pickle refers back to repeated objects by identity).
    About 15x faster than hashing rows with pandas for the atlas's small frames (0.2 ms for 40 rows)."""
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=5)
    pickler.fast = True
    try:
        pickler.dump(frame)
    except (ValueError, RecursionError, pickle.PicklingError):  # a self-referencing cell: hash rows instead
        hashed = pd.util.hash_pandas_object(frame, index=True).to_numpy()
        return hashlib.blake2b(hashed.tobytes(), digest_size=16).hexdigest()
    return hashlib.blake2b(buffer.getvalue(), digest_size=16).hexdigest()


def _to_dict(chart: Any) -> dict:
    """The spec exactly as `st.altair_chart` would make it: without Altair's default theme (Streamlit swaps it
    for "none"), all rows kept. Altair's theme and data transformer are process-wide, so this holds the lock
    Streamlit itself holds while it changes them."""
    import altair as alt
    from streamlit.elements import vega_charts

    lock = getattr(vega_charts, "_altair_globals_lock", None) or _cache_lock
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


def _build(builder: Callable[..., Any], args: tuple, kwargs: dict) -> BuiltChart | None:
    from streamlit.elements.vega_charts import _is_geojson_or_topojson_payload as is_geo

    chart = builder(*args, **kwargs)
    if chart is None:  # a builder may have nothing to draw
        return None
    spec = chart if isinstance(chart, dict) else _to_dict(chart)
    screen = {k: v for k, v in spec.items() if k != "datasets"}
    datasets = spec.get("datasets") or {}
    shapes = {name: data for name, data in datasets.items() if is_geo(data)}
    if shapes:  # geometry stays in the spec for Vega to read, as Streamlit does
        screen["datasets"] = shapes
    arrow = tuple((str(name), _arrow(data)) for name, data in datasets.items() if name not in shapes)
    return BuiltChart(json.dumps(spec), json.dumps(screen), arrow)


def cached_chart(builder: Callable[..., Any], *args: Any, **kwargs: Any) -> BuiltChart | None:
    """The chart `builder(*args, **kwargs)` as a shared specification, built once per distinct arguments
    (None when the builder returns None).

    `builder` must be a pure function of its arguments (module constants aside): the cache key is its
    name and a fingerprint of each argument, so equal frames share one entry whichever session made them.
    """
    key = (builder.__module__, builder.__qualname__, getattr(builder, "__code__", None), fingerprint(args),
           fingerprint(kwargs))
    with _cache_lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key]
        building = _building.setdefault(key, threading.Lock())
    # many sessions opening the same view at once wait for one build rather than each building it
    with building:
        with _cache_lock:
            if key in _cache:
                _cache.move_to_end(key)
                return _cache[key]
        try:
            built = _build(builder, args, kwargs)
            with _cache_lock:
                _cache[key] = built
                _cache.move_to_end(key)
                while len(_cache) > MAX_ENTRIES:
                    _cache.popitem(last=False)
        finally:
            with _cache_lock:
                _building.pop(key, None)
    return built


def show_chart(chart: BuiltChart, *, key: str | None = None, alt: str | None = None,
               theme: Literal["streamlit"] | None = "streamlit", width: Any = None) -> None:
    """Draw a cached chart as `st.altair_chart` would have drawn it (same spec, data, theme, width and alt text)."""
    options: dict[str, Any] = {"key": key, "alt": alt, "theme": theme}
    if width is not None:
        options["width"] = width
    st.vega_lite_chart(chart.screen_spec(), **options)


def clear() -> None:
    """Forget every cached chart (tests; a data refresh)."""
    with _cache_lock:
        _cache.clear()
