"""A few script runs at a time per server process; the others wait their turn, first come first served.

Python runs one thread at a time, so runs started together share the CPU and all finish together at
the end: when a room opens the link at once, everyone waits for everyone (60 sessions on the carers
page, Nov 2026: p50 20.1 s, p95 20.1 s). Admitted in turn, the first viewers see their page within a
second or two and the last no later than before (the work is the same, with less switching between
threads and less memory held at once). Set CMA_MAX_CONCURRENT_RUNS to change the number (default 2:
one run computing while another's messages go out).
"""
from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager

RUNS_ENV = "CMA_MAX_CONCURRENT_RUNS"
DEFAULT_RUNS = 2


def allowed_runs() -> int:
    """The number of runs at once: the environment's, if a whole number of at least 1, else the default."""
    try:
        return max(1, int(os.environ.get(RUNS_ENV, DEFAULT_RUNS)))
    except ValueError:
        return DEFAULT_RUNS


_gate = threading.Semaphore(allowed_runs())  # threading's waiters are woken in the order they came
_counting = threading.Lock()
_runs_in_progress = 0  # running or waiting for a slot


def runs_in_progress() -> int:
    """Script runs of this process that are running or waiting their turn (the warm-up waits for none)."""
    return _runs_in_progress


def _count(step: int) -> None:
    global _runs_in_progress
    with _counting:
        _runs_in_progress += step


@contextmanager
def run_slot() -> Iterator[None]:
    """Hold one of the process's run slots for the duration (released however the run ends: finished,
    stopped for a rerun, or an error)."""
    _count(+1)
    try:
        with _gate:
            yield
    finally:
        _count(-1)
