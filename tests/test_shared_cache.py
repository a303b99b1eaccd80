"""components/shared_cache.SharedCache: the one bounded, single-build cache behind view models, charts, tables
and maps."""
from __future__ import annotations

import threading
import time

import pandas as pd
import pytest

from components.shared_cache import SharedCache


def test_a_value_is_built_once_per_key_and_shared():
    cache: SharedCache[list] = SharedCache(8)
    built = []
    first = cache.get("k", lambda: built.append(1) or ["value"])
    assert cache.get("k", lambda: built.append(2) or ["other"]) is first
    assert cache.get("other", lambda: built.append(3) or []) == []
    assert built == [1, 3]


def test_pinned_objects_are_compared_by_identity_not_content():
    cache: SharedCache[int] = SharedCache(8)
    one, same_content = pd.DataFrame({"a": [1]}), pd.DataFrame({"a": [1]})
    assert cache.get("len", lambda: 1, pinned=(one,)) == 1
    assert cache.get("len", lambda: 2, pinned=(one,)) == 1
    assert cache.get("len", lambda: 3, pinned=(same_content,)) == 3  # another object: its own entry
    assert cache.get("len", lambda: 4) == 4  # nothing pinned: another key again


def test_least_recently_used_goes_first():
    cache: SharedCache[str] = SharedCache(2)
    cache.get("a", lambda: "A")
    cache.get("b", lambda: "B")
    cache.get("a", lambda: "A again")  # a is now the most recent
    cache.get("c", lambda: "C")
    assert [k for k, _ in cache.items()] == ["a", "c"]
    assert len(cache) == 2


def test_many_asking_at_once_wait_for_one_build():
    cache: SharedCache[str] = SharedCache(8)
    builds = []

    def slow() -> str:
        builds.append(1)
        time.sleep(0.2)
        return "built"

    results = []
    threads = [threading.Thread(target=lambda: results.append(cache.get("view", slow))) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert builds == [1] and results == ["built"] * 8


def test_a_failed_build_is_not_kept_and_the_next_asker_builds_again():
    cache: SharedCache[str] = SharedCache(8)

    def broken() -> str:
        raise ValueError("bad table")

    with pytest.raises(ValueError):
        cache.get("k", broken)
    assert len(cache) == 0
    assert cache.get("k", lambda: "fine") == "fine"
    cache.clear()
    assert len(cache) == 0
