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

from collections.abc import Callable, Hashable
from typing import Any, TypeVar

from components import data_access
from components.shared_cache import SharedCache

MAX_ENTRIES = 192  # models kept (views x authorities x control choices x versions); each is a few small frames

T = TypeVar("T")

_models: SharedCache[Any] = SharedCache(MAX_ENTRIES)


def view_model(builder: Callable[..., T], *params: Hashable, tables: data_access.Tables | None = None) -> T:
    """`builder(tables, *params)`, computed once per (builder, tables.version, params) and shared.

    `builder` must be a pure function of the tables and its parameters (module constants aside), and its
    parameters cheap, hashable values (strings, numbers, tuples of them): never frames.
    """
    tables = tables or data_access.tables()
    return _models.get((builder, tables.version, params), lambda: builder(tables, *params))


def entries() -> int:
    """How many models are kept (tests, memory checks)."""
    return len(_models)


def cached() -> list[tuple[Callable[..., Any], Any, tuple, Any]]:
    """(builder, version, params, model) of every model kept, oldest first (tests: models stay as built)."""
    return [(*key, model) for key, model in _models.items()]


def clear() -> None:
    """Forget every model (tests)."""
    _models.clear()
