"""The proposer benchmark's process pool starts whatever module a test session has left as __main__.

Streamlit's AppTest runs each page script as `__main__` and leaves it there; a spawned process
re-runs the parent's `__main__` file first. Here `__main__` is such a file, one that cannot run on
its own, as it is in a test process after any AppTest."""
from __future__ import annotations

import concurrent.futures
from concurrent.futures.process import BrokenProcessPool
import multiprocessing
import operator
import sys
import types

import pytest

from bench.proposer import spawned_pool


@pytest.fixture
def main_that_cannot_run_alone(tmp_path, monkeypatch):
    script = tmp_path / "page_script.py"
    script.write_text("show(*__args)\n")  # as AppTest.from_function writes it: names only its runner defines
    main = types.ModuleType("__main__")
    main.__file__ = str(script)
    monkeypatch.setitem(sys.modules, "__main__", main)
    return main


def test_a_plain_spawned_pool_dies_on_such_a_main(main_that_cannot_run_alone):
    """The failure the pool guards against, reproduced: the plain pool's process dies before its job."""
    with pytest.raises(BrokenProcessPool):
        with concurrent.futures.ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
            list(pool.map(operator.neg, [1, 2]))


def test_the_proposer_pool_runs_its_jobs_and_puts_main_back(main_that_cannot_run_alone):
    with spawned_pool(2) as pool:
        assert list(pool.map(operator.neg, [1, 2, 3, 4])) == [-1, -2, -3, -4]
    assert sys.modules["__main__"] is main_that_cannot_run_alone


def test_main_is_put_back_when_a_job_fails(main_that_cannot_run_alone):
    with pytest.raises(ZeroDivisionError):
        with spawned_pool(1) as pool:
            pool.submit(operator.truediv, 1, 0).result()
    assert sys.modules["__main__"] is main_that_cannot_run_alone
