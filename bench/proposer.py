"""How well the proposer does: recall and trap hits on the made-up corpus and on the five seeds.

    python -m bench.proposer            (make bench-proposer)

Corpus (tests/corpus/): each excerpt's expected figures and dates, and its traps, are data
beside it. Seeds (../shared/seeds): the proposer alone, without the documents' specs, against
the curated carers, dementia and extra care figures (data/measures.csv) and the dated
procurement stages (data/procurements.csv). Timings are wall-clock on this machine.
"""
from __future__ import annotations

import concurrent.futures
import contextlib
import csv
import multiprocessing
import os
import sys
import time
import types
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"
HEADLINE_THEMES = ("carers", "dementia", "extra_care")


@dataclass
class Score:
    expected: int = 0
    found: int = 0
    traps: int = 0
    trap_hits: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0


def _read(path: Path) -> list[dict[str, str]]:
    if not path.is_file():
        return []
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= max(0.011, abs(b) * 1e-6)


def _near(values: pd.Series, target: float) -> pd.Series:
    """Boolean mask (never a column selection, even when empty) of values equal to target."""
    v = pd.to_numeric(values, errors="coerce")
    return ((v - target).abs() <= max(0.011, abs(target) * 1e-6)).fillna(False).astype(bool)


def _same(cand: pd.DataFrame, col: str, want: str | None) -> pd.DataFrame:
    """Proposals whose `col` is as expected: blank expects nothing in particular, '-' expects a blank."""
    if not want:
        return cand
    have = cand[col].fillna("").astype(str).str.strip()
    return cand[have == ("" if want == "-" else want)]


def match_expected(props: pd.DataFrame, expected: list[dict[str, str]]) -> tuple[int, list[str]]:
    """How many expected rows some proposal meets (each proposal meets one at most); and the misses."""
    used: set[int] = set()
    found, missed = 0, []
    for e in expected:
        if e["kind"] == "measure":
            cand = props[(props["kind"] == "measure") & (props["measure"] == e["measure"])]
            cand = cand[_near(cand["value"], float(e["value"]))]
            if e.get("area_code"):  # '?': an area the registry does not hold, left for the analyst to choose
                cand = cand[cand["area_code"] == ("" if e["area_code"] == "?" else e["area_code"])]
            for col in ("area_name", "breakdown", "period"):
                cand = _same(cand, col, e.get(col))
        else:
            cand = props[(props["kind"] == "procurement") & (props["stage"] == e["stage"])
                         & (props["earliest"] == e["earliest"]) & (props["latest"] == e["latest"])]
            cand = _same(cand, "service", e.get("service"))
        cand = cand[~cand.index.isin(used)]
        if len(cand):
            used.add(cand.index[0])
            found += 1
        else:
            missed.append(" ".join(f"{k}={v}" for k, v in e.items() if v and k != "note"))
    return found, missed


def trap_hits(props: pd.DataFrame, traps: list[dict[str, str]]) -> list[str]:
    hits = []
    for t in traps:
        text = t.get("text", "")
        on_line = props["text"].astype(str).str.contains(text, regex=False) if text else True
        if t["kind"] == "measure":
            # (a trap is caught whatever its sign: a change is proposed signed, '−550' as -550)
            bad = props[(props["kind"] == "measure") & on_line
                        & _near(pd.to_numeric(props["value"], errors="coerce").abs(), abs(float(t["value"])))]
        else:
            bad = props[(props["kind"] == "procurement") & on_line & (props["earliest"] == t["earliest"])]
        if len(bad):
            hits.append(f"{t.get('note', '')}: {t.get('value') or t.get('earliest')} on line {bad['line'].iloc[0]}")
    return hits


def corpus_scores_each_way(rewrites: dict[str, Callable[[list[str]], list[str]] | None],
                           part: tuple[int, int] = (0, 1)) -> dict[str, dict[str, Score]]:
    """Each excerpt's score as each of `rewrites` writes it (None: as written), keyed as `rewrites` is. Each excerpt
    is read once (a PDF's reading, in a child process, costs more than proposing from its lines) and proposed each
    way; a score's seconds are its proposing, plus the reading for the first way."""
    from data.ingest import PROPOSAL_COLUMNS, IngestError, propose, read_document

    out: dict[str, dict[str, Score]] = {label: {} for label in rewrites}
    for entry in _read(CORPUS / "index.csv")[part[0]::part[1]]:
        path = CORPUS / entry["file"]
        expected = _read(path.with_name(path.name + ".expected.csv"))
        traps = _read(path.with_name(path.name + ".traps.csv"))
        start = time.perf_counter()
        try:
            lines, error = read_document(path), ""
        except IngestError as exc:
            lines, error = [], exc.message
        for label, rewrite in rewrites.items():
            s = Score(expected=len(expected), traps=len(traps))
            props = pd.DataFrame(columns=list(PROPOSAL_COLUMNS))
            if error:
                s.missed.append(f"error: {error}")
            else:
                try:
                    props = propose(rewrite(lines) if rewrite else lines, entry["authority"], path.stem)
                except IngestError as exc:
                    s.missed.append(f"error: {exc.message}")
            s.seconds = time.perf_counter() - start
            s.found, missed = match_expected(props, expected)
            s.missed += missed
            s.trap_hits = trap_hits(props, traps)
            out[label][entry["file"]] = s
            start = time.perf_counter()
    return out


def _scores_as(job: tuple[tuple[str | None, ...], int, int]) -> dict[str | None, dict[str, Score]]:
    from bench.rewrites import MEASURED, REWRITES

    labels, k, n = job
    ways = {label: ({**REWRITES, **MEASURED}[label] if label else None) for label in labels}
    return corpus_scores_each_way(ways, (k, n))  # type: ignore[arg-type]


@contextlib.contextmanager
def spawned_pool(workers: int):
    """A pool of `workers` spawned (not forked: a test session has threads) processes that start from the
    package alone. A spawned process first re-runs the parent's `__main__` file; under a test session that
    file can be a script Streamlit's AppTest left as `__main__` (it runs each script as `__main__`), which
    cannot run on its own, so the pool's processes would die before their first job. While the pool lives,
    `__main__` is an empty module; the parent's is put back when it closes. Jobs must be functions of an
    importable module (`bench.proposer`, not `__main__`)."""
    parent_main = sys.modules["__main__"]
    sys.modules["__main__"] = types.ModuleType("__main__")
    try:
        with concurrent.futures.ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
            yield pool
    finally:
        sys.modules["__main__"] = parent_main


def corpus_scores_as(labels: list[str | None]) -> dict[str | None, dict[str, Score]]:
    """The corpus's scores as written (label None) and as each named rewrite writes it (bench/rewrites.py REWRITES
    and MEASURED).
    The test suite scores the corpus five ways: each excerpt is read once for all five, and the excerpts are scored in
    parts, one process a core. Spawned, not forked: a test session has threads."""
    workers = os.cpu_count() or 1
    if workers == 1:
        return _scores_as((tuple(labels), 0, 1))
    jobs = [(tuple(labels), k, workers * 2) for k in range(workers * 2)]  # (in parts, so no core waits long)
    out: dict[str | None, dict[str, Score]] = {label: {} for label in labels}
    from bench import proposer  # by its package name, so jobs pickle even when this file runs as __main__

    with spawned_pool(workers) as pool:
        for scores in pool.map(proposer._scores_as, jobs):
            for label in labels:
                out[label].update(scores[label])
    order = [entry["file"] for entry in _read(CORPUS / "index.csv")]
    return {label: {name: by_file[name] for name in order if name in by_file} for label, by_file in out.items()}


def seed_scores() -> dict[str, dict[str, Score]]:
    """Per seed document: carers/dementia/extra care figures and dated procurement stages recalled."""
    from data.ingest import propose
    from data.seeds import DocumentError, document_registry, read_document
    from data.vocab import MEASURES, PROCUREMENT_STAGES

    measures = pd.read_csv(ROOT / "data" / "measures.csv", dtype=str, keep_default_na=False)
    procurements = pd.read_csv(ROOT / "data" / "procurements.csv", dtype=str, keep_default_na=False)
    out: dict[str, dict[str, Score]] = {}
    for info in document_registry():
        try:
            doc = read_document(info.doc_id)
        except DocumentError as exc:
            print(f"  {info.doc_id}: {exc}", file=sys.stderr)
            continue
        start = time.perf_counter()
        props = propose(doc.lines, info.authorities[0], info.doc_id)
        took = time.perf_counter() - start
        scores: dict[str, Score] = {}
        mine = measures[(measures["doc_id"] == info.doc_id)
                        & measures["measure"].map(lambda m: MEASURES[m].theme in HEADLINE_THEMES)]
        figs = props[props["kind"] == "measure"]
        s_any, s_same = Score(), Score()
        for row in mine.itertuples():
            line, value = int(row.line), float(row.value)
            near = figs[(figs["line"] - line).abs() <= 1]
            hit = near[_near(near["value"], value)]
            s_any.expected += 1
            s_same.expected += 1
            if len(hit):
                s_any.found += 1
            else:
                s_any.missed.append(f"L{line} {row.measure} {row.area_name} {row.period} = {row.value}")
            if len(hit[hit["measure"] == row.measure]):
                s_same.found += 1
        # the other way round: proposals in these themes that match no curated figure (wrong, or not curated)
        s_extra = Score()
        for prop in figs[figs["theme"].isin(HEADLINE_THEMES)].itertuples():
            s_extra.expected += 1
            curated = mine[(mine["line"].astype(int) - prop.line).abs() <= 1]
            if len(curated[_near(curated["value"], float(prop.value))]):
                s_extra.found += 1
        s_proc, s_proc_stage = Score(), Score()
        dated = props[props["kind"] == "procurement"]
        for row in procurements[procurements["doc_id"] == info.doc_id].itertuples():
            for stage in PROCUREMENT_STAGES:
                earliest, latest = getattr(row, f"{stage}_earliest"), getattr(row, f"{stage}_latest")
                if not earliest:
                    continue
                s_proc.expected += 1
                s_proc_stage.expected += 1
                near = dated[((dated["line"] - int(row.line)).abs() <= 2) & (dated["earliest"] == earliest)
                             & (dated["latest"] == latest)]
                if len(near):
                    s_proc.found += 1
                else:
                    s_proc.missed.append(f"L{row.line} {stage} {getattr(row, f'{stage}_text')!r}")
                if len(near[near["stage"] == stage]):
                    s_proc_stage.found += 1
        s_any.seconds = took
        scores.update({"figures (line and value)": s_any, "figures (same measure too)": s_same,
                       "proposals in these themes matching a curated figure": s_extra,
                       "procurement dates (line and dates)": s_proc, "procurement dates (same stage too)": s_proc_stage})
        out[info.doc_id] = scores
    return out


def read_timings() -> dict[str, float]:
    """Wall-clock to read a made-up DOCX and a three-page text PDF (the PDF in its own process)."""
    sys.path.insert(0, str(ROOT))
    from data.ingest import read_document
    from tests.ingest_fixtures import make_docx, make_pdf

    lines = (CORPUS / "01_carers_spaced.txt").read_text(encoding="utf-8").splitlines()
    docx = make_docx(lines, table=[["District", "2011", "2021"], ["Cambridge", "9,812", "10,240"]])
    pdf = make_pdf([lines[:40], lines[:40], lines[:40]], table=[["District", "2011"], ["Cambridge", "9,812"]])
    out = {}
    for name, raw in (("docx", docx), ("pdf", pdf)):
        start = time.perf_counter()
        read_document(raw, f"bench.{name}")
        out[name] = time.perf_counter() - start
    return out


def main() -> int:
    print("Proposer benchmark (data/ingest), recall = expected figures proposed / expected\n")
    from bench.rewrites import MEASURED, REWRITES

    every_way = corpus_scores_as([None, *REWRITES, *MEASURED])
    corpus = every_way[None]
    total = Score()
    print(f"{'corpus excerpt':32} {'found':>9} {'recall':>7} {'traps hit':>10} {'time':>7}")
    for name, s in corpus.items():
        total.expected += s.expected
        total.found += s.found
        total.traps += s.traps
        total.trap_hits += s.trap_hits
        total.seconds += s.seconds
        print(f"{name:32} {s.found:>4}/{s.expected:<4} {s.recall:>7.0%} {len(s.trap_hits):>4}/{s.traps:<5} "
              f"{s.seconds * 1000:>5.0f}ms")
    print(f"{'corpus total':32} {total.found:>4}/{total.expected:<4} {total.recall:>7.0%} "
          f"{len(total.trap_hits):>4}/{total.traps:<5} {total.seconds * 1000:>5.0f}ms")
    for name, s in corpus.items():
        for m in s.missed:
            print(f"  missed in {name}: {m}")
        for t in s.trap_hits:
            print(f"  TRAP in {name}: {t}")

    print("\nThe corpus rewritten as other converters write it (bench/rewrites.py): what should not change")
    print(f"{'rewrite':40} {'found':>11} {'recall':>7} {'traps hit':>10}")
    for label in REWRITES:
        scores = every_way[label].values()
        found, expected = sum(s.found for s in scores), sum(s.expected for s in scores)
        print(f"{label:40} {found:>5}/{expected:<5} {found / expected:>7.1%} {sum(len(s.trap_hits) for s in scores):>10}")

    for label in MEASURED:
        scores = every_way[label].values()
        found, expected = sum(s.found for s in scores), sum(s.expected for s in scores)
        print(f"{label:40} {found:>5}/{expected:<5} {found / expected:>7.1%} {sum(len(s.trap_hits) for s in scores):>10}")

    print("\nSeeds: proposer alone (no specs) against the curated tables")
    seeds = seed_scores()
    grand: dict[str, Score] = {}
    print(f"{'document':34} {'what':52} {'found':>9} {'recall':>7}")
    for doc_id, scores in seeds.items():
        for what, s in scores.items():
            g = grand.setdefault(what, Score())
            g.expected += s.expected
            g.found += s.found
            if s.expected:
                print(f"{doc_id:34} {what:52} {s.found:>4}/{s.expected:<4} {s.recall:>7.0%}")
    for what, g in grand.items():
        print(f"{'all five seeds':34} {what:52} {g.found:>4}/{g.expected:<4} {g.recall:>7.0%}")
    headline = grand["figures (line and value)"]
    proc = grand["procurement dates (line and dates)"]
    both = Score(expected=headline.expected + proc.expected, found=headline.found + proc.found)
    print(f"{'all five seeds':34} {'carers+dementia+extra care+procurement':52} {both.found:>4}/{both.expected:<4} "
          f"{both.recall:>7.0%}")
    seconds = sum(s["figures (line and value)"].seconds for s in seeds.values())
    print(f"proposer time over the five seeds: {seconds:.2f} s")
    if "-v" in sys.argv:
        for doc_id, scores in seeds.items():
            for what, s in scores.items():
                for m in s.missed:
                    print(f"  missed in {doc_id} ({what}): {m}")
    timings = read_timings()
    print(f"\nreading a made-up DOCX: {timings['docx'] * 1000:.0f} ms; a 3-page text PDF (child process): "
          f"{timings['pdf'] * 1000:.0f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
