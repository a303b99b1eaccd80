"""A view's frames, cards, captions and charts worked out once per set of parameters and shared by every session.

When a room of viewers opens a page at once, each session runs the page script; what a run repeats must
be tiny. So each view splits into a *model* (a plain function `..._model(tables, *params)` that takes the
run's tables (components.data_access.Tables) and plain parameters (an authority code, a period, control
choices) and returns frames and plain values, and may build its charts with chart_cache.cached_chart) and
the `show_*` functions that only emit elements from a model.

    model = view_model(extra_care_model, code, kind, mode)

The cache key is the model function, the tables' version (data folders, analysts' rows shown or not and
their digest: a save gives a new version at once) and the parameters, so nothing big is hashed on a run.
Models are shared, read-only: a `show_*` function derives new frames from them and never changes them.
Bounded (least recently used first out), and one session builds a model while others asking for it wait.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from components import data_access

MAX_ENTRIES = 192  # models kept (views x authorities x control choices x versions); each is a few small frames

T = TypeVar("T")

_cache: OrderedDict[tuple, tuple[Any, Callable[..., Any], tuple]] = OrderedDict()  # key -> (model, builder, params)
_lock = threading.Lock()
_building: dict[tuple, threading.Lock] = {}


def view_model(builder: Callable[..., T], *params: Hashable, tables: data_access.Tables | None = None) -> T:
    """`builder(tables, *params)`, computed once per (builder, tables.version, params) and shared.

    `builder` must be a pure function of the tables and its parameters (module constants aside), and its
    parameters cheap, hashable values (strings, numbers, tuples of them): never frames.
    """
    tables = tables or data_access.tables()
    key = (builder.__module__, builder.__qualname__, tables.version, params)
    with _lock:
        if key in _cache:
            _cache.move_to_end(key)
            return _cache[key][0]
        building = _building.setdefault(key, threading.Lock())
    with building:  # many sessions opening the same view at once wait for one build
        with _lock:
            if key in _cache:
                _cache.move_to_end(key)
                return _cache[key][0]
        try:
            built = builder(tables, *params)
            with _lock:
                _cache[key] = (built, builder, params)
                while len(_cache) > MAX_ENTRIES:
                    _cache.popitem(last=False)
        finally:
            with _lock:
                _building.pop(key, None)
    return built


def entries() -> int:
    """How many models are kept (tests, memory checks)."""
    with _lock:
        return len(_cache)


def cached() -> list[tuple[Callable[..., Any], tuple, tuple, Any]]:
    """(builder, version, params, model) of every model kept, oldest first (tests: models stay as built)."""
    with _lock:
        return [(builder, key[2], params, model) for key, (model, builder, params) in _cache.items()]


def clear() -> None:
    """Forget every model (tests)."""
    with _lock:
        _cache.clear()
