"""Several sessions at once, a save killed mid-way, a restart: nothing saved is lost (SQLite and PostgreSQL)."""
from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time

from data.userdb import UserStore
from tests.conftest import ROOT
from tests.userdb_support import (  # noqa: F401  (fixtures)
    COUNTY, document, measure_rows, save_in_child, store, target,
)


def save(store: UserStore, tag: str, values: list[float], reviewer: str = ""):
    data, lines = document(tag)
    return store.save_review(data=data, filename=f"{tag}.txt", lines=lines, authority=COUNTY,
                             rows=measure_rows(values), reviewer=reviewer)


def test_sessions_saving_at_once_in_threads_lose_nothing(target):
    UserStore(target).migrate()
    # 8 sessions: 4 documents, each saved by two sessions with different figures, all released together.
    plans = [(f"doc{i % 4}", [float(i * 100 + k) for k in range(3 + i)], f"session {i}") for i in range(8)]
    barrier, errors, done = threading.Barrier(len(plans)), [], []

    def run(tag, values, who):
        try:
            barrier.wait(timeout=30)
            done.append((tag, who, save(UserStore(target), tag, values, reviewer=who)))
        except Exception as exc:  # noqa: BLE001 - reported below
            errors.append(repr(exc))

    threads = [threading.Thread(target=run, args=plan) for plan in plans]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    assert errors == [] and len(done) == 8

    store = UserStore(target)
    figures, docs, reviews = store.measures(), store.documents(), store.reviews()
    assert len(docs) == 4 and len(reviews) == 8                     # every save recorded
    for tag in ("doc0", "doc1", "doc2", "doc3"):
        doc_id = next(s.doc_id for t, _, s in done if t == tag)
        got = figures.loc[figures["doc_id"] == doc_id, "value"].tolist()
        candidates = {who: values for t, values, who in plans if t == tag}
        # exactly one session's figures, whole: no mix, no duplicates; and it is the last review's
        last = docs.set_index("doc_id").loc[doc_id, "reviewer"]
        assert got == candidates[last]


def test_sessions_saving_at_once_in_processes_lose_nothing(target):
    UserStore(target).migrate()
    start_at = time.time() + 0.5
    ctx = multiprocessing.get_context("fork")    # each child opens its own connection after the fork
    with ctx.Pool(4) as pool:
        results = [pool.apply_async(save_in_child, (target, f"proc{i}", [float(i)] * (i + 1), start_at))
                   for i in range(4)]
        doc_ids = [r.get(timeout=120) for r in results]
    figures = UserStore(target).measures()
    assert sorted(set(figures["doc_id"])) == sorted(doc_ids)
    for i, doc_id in enumerate(doc_ids):
        assert figures.loc[figures["doc_id"] == doc_id, "value"].tolist() == [float(i)] * (i + 1)


def _stalled_save(target, ready) -> None:
    """In a forked child: replace alpha's figures but stall before the commit, and wait to be killed."""
    from data.userdb.backend import Backend

    real = Backend.executemany

    def stall_after_insert(self, text, rows):
        real(self, text, rows)
        if text.startswith("INSERT INTO user_measures"):
            ready.set()                     # old figures deleted, new ones written, nothing committed
            time.sleep(120)

    Backend.executemany = stall_after_insert
    data, lines = document("alpha")
    UserStore(target).save_review(data=data, filename="alpha.txt", lines=lines, authority=COUNTY,
                                  rows=measure_rows([900, 901, 902]), note="never committed")


_READER = textwrap.dedent("""
    import json, sys
    from data.userdb import UserStore, Target
    store = UserStore(Target(sys.argv[1], sys.argv[2]))
    print(json.dumps({"values": store.measures()["value"].tolist(), "notes": store.documents()["note"].tolist()}))
""")


def test_a_server_killed_mid_save_loses_nothing_and_a_restarted_one_reads_everything_back(target):
    """Save, then kill a second process in the middle of replacing those figures; a new process reads the first."""
    save(UserStore(target), "alpha", [1, 2, 3])
    save(UserStore(target), "beta", [4])
    ctx = multiprocessing.get_context("fork")
    ready = ctx.Event()
    child = ctx.Process(target=_stalled_save, args=(target, ready))
    child.start()
    try:
        assert ready.wait(timeout=60), "the child never reached the middle of its save"
        os.kill(child.pid, signal.SIGKILL)          # no clean-up, no rollback by the dying process
    finally:
        child.join(timeout=30)
    assert child.exitcode == -signal.SIGKILL
    env = {**os.environ, "PYTHONPATH": str(ROOT)}   # a fresh interpreter reads the store back
    out = subprocess.run([sys.executable, "-c", _READER, target.kind, target.location], cwd=ROOT, env=env,
                         capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    import json

    got = json.loads(out.stdout)
    assert sorted(got["values"]) == [1.0, 2.0, 3.0, 4.0]
    assert "never committed" not in got["notes"]
    # and the store takes new saves after the crash (no lock left behind)
    assert save(UserStore(target), "alpha", [5]).replaced == 3


def test_a_first_save_that_lost_a_race_on_the_documents_key_is_tried_once_more(target, monkeypatch):
    """PostgreSQL's upsert guards only the document's key: a racing first save can trip its sha256 index instead.
    The save is tried once more (the row is there by then); a refusal that persists is still a clear message."""
    import sqlite3

    from data.userdb.store import UserStoreError

    store = UserStore(target)
    store.migrate()
    write, calls = store._write_review, []

    def lose_the_race_once(*args, **kwargs):
        calls.append(1)
        if len(calls) == 1:
            raise sqlite3.IntegrityError("UNIQUE constraint failed: user_documents.sha256")
        return write(*args, **kwargs)

    monkeypatch.setattr(store, "_write_review", lose_the_race_once)
    saved = save(store, "raced", [1.0, 2.0, 3.0])
    assert len(calls) == 2 and saved.n_measures == 3

    def always_refused(*args, **kwargs):
        raise sqlite3.IntegrityError("UNIQUE constraint failed: user_documents.sha256")

    monkeypatch.setattr(store, "_write_review", always_refused)
    try:
        save(store, "refused", [1.0])
    except UserStoreError as exc:
        assert "Nothing was saved" in str(exc)
    else:
        raise AssertionError("a refused save must say so")
