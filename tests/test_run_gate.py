"""A few script runs at a time per process (components/run_gate.py): the rest wait their turn, in order."""
import threading

import pytest

from components import run_gate


def test_no_more_than_the_allowed_runs_hold_a_slot_at_once_and_all_get_one():
    inside, most, done = 0, 0, []
    lock = threading.Lock()
    release = threading.Event()

    def run(i: int) -> None:
        nonlocal inside, most
        with run_gate.run_slot():
            with lock:
                inside += 1
                most = max(most, inside)
            release.wait(5)
            with lock:
                inside -= 1
                done.append(i)

    threads = [threading.Thread(target=run, args=(i,)) for i in range(8)]
    for t in threads:
        t.start()
    while True:  # wait until the slots are taken and the rest are queued
        with lock:
            if inside == run_gate.allowed_runs() and run_gate.runs_in_progress() == 8:
                break
    release.set()
    for t in threads:
        t.join(10)
    assert most == run_gate.allowed_runs() == run_gate.DEFAULT_RUNS
    assert sorted(done) == list(range(8))
    assert run_gate.runs_in_progress() == 0


def test_a_run_that_ends_in_an_exception_gives_its_slot_back():
    for _ in range(run_gate.allowed_runs() + 2):
        with pytest.raises(RuntimeError), run_gate.run_slot():
            raise RuntimeError("a rerun or an error ends the run")
    acquired = [run_gate._gate.acquire(timeout=1) for _ in range(run_gate.allowed_runs())]
    for _ in acquired:
        run_gate._gate.release()
    assert all(acquired)
    assert run_gate.runs_in_progress() == 0


@pytest.mark.parametrize(("value", "expected"), [("3", 3), ("1", 1), ("0", 1), ("-2", 1), ("many", 2), ("", 2)])
def test_the_number_of_runs_comes_from_the_environment(monkeypatch, value, expected):
    monkeypatch.setenv(run_gate.RUNS_ENV, value)
    assert run_gate.allowed_runs() == expected


def test_the_warm_up_waits_until_no_run_is_in_progress():
    import asyncio

    from components.session_client import run_async  # its own thread: Playwright may hold this thread's loop
    from components.warmup import until_no_viewer_runs

    release = threading.Event()
    holding = threading.Event()

    def viewer() -> None:
        with run_gate.run_slot():
            holding.set()
            release.wait(5)

    thread = threading.Thread(target=viewer)
    thread.start()
    holding.wait(5)

    async def waits() -> bool:
        try:
            await asyncio.wait_for(until_no_viewer_runs(), 0.3)
        except TimeoutError:
            return True
        return False

    assert run_async(waits())  # still waiting while the viewer's run holds its slot
    release.set()
    thread.join(5)
    run_async(asyncio.wait_for(until_no_viewer_runs(), 2))  # returns once it has ended
