"""The proposer against the made-up corpus (tests/corpus): the issue's aims as a test."""
from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest

from bench.proposer import CORPUS, corpus_scores_as, match_expected, trap_hits
from bench.rewrites import REWRITES


def test_the_corpus_has_eight_excerpts_each_with_figures_and_traps():
    entries = list(csv.DictReader((CORPUS / "index.csv").open(encoding="utf-8")))
    assert len(entries) >= 8
    for e in entries:
        path = CORPUS / e["file"]
        assert path.is_file()
        assert len(list(csv.DictReader(Path(f"{path}.expected.csv").open(encoding="utf-8")))) >= 4, e["file"]
        assert len(list(csv.DictReader(Path(f"{path}.traps.csv").open(encoding="utf-8")))) >= 3, e["file"]


@pytest.fixture(scope="module")
def scored() -> dict:
    """The corpus's scores as written (None) and as each rewrite writes it, worked out once, side by side."""
    return corpus_scores_as([None, *REWRITES])


@pytest.fixture(scope="module")
def written(scored) -> dict:
    """The corpus's scores on its text as written."""
    return scored[None]


def test_recall_at_least_85_percent_and_no_trap(written, scored):
    scores = written
    # (scored in parts side by side: every excerpt, as written and as each rewrite writes it, is scored once)
    files = [e["file"] for e in csv.DictReader((CORPUS / "index.csv").open(encoding="utf-8"))]
    assert all(sorted(by_label) == sorted(files) for by_label in scored.values())
    expected = sum(s.expected for s in scores.values())
    found = sum(s.found for s in scores.values())
    hits = [f"{name}: {h}" for name, s in scores.items() for h in s.trap_hits]
    missed = [f"{name}: {m}" for name, s in scores.items() for m in s.missed]
    assert found / expected >= 0.85, missed
    assert hits == []


def test_the_scorer_can_fail():
    # a proposal set missing a figure and holding a trap is scored as such
    props = pd.DataFrame([{"kind": "measure", "measure": "carers_unpaid", "value": 42.0, "area_code": "X",
                           "period": "", "stage": "", "earliest": "", "latest": "", "text": "Our 42 Carers Ambassadors",
                           "line": 3}])
    found, missed = match_expected(props, [{"kind": "measure", "measure": "carers_unpaid", "value": "42000",
                                            "area_code": "", "period": "", "stage": "", "earliest": "", "latest": ""}])
    assert (found, len(missed)) == (0, 1)
    assert trap_hits(props, [{"kind": "measure", "value": "42", "earliest": "", "text": "42 Carers Ambassadors",
                              "note": "ambassadors"}]) == ["ambassadors: 42 on line 3"]


@pytest.mark.parametrize("label", list(REWRITES))
def test_the_corpus_rewritten_as_another_converter_writes_it_keeps_its_figures(label, written, scored):
    # a paragraph on one line or wrapped at 70, page breaks anywhere, other bullets: at most 1% fewer of the expected
    # figures and dates than the text as written, and still no trap
    scores = scored[label]
    found = sum(s.found for s in scores.values())
    missed = [f"{name}: {m}" for name, s in scores.items() for m in s.missed]
    assert found >= sum(s.found for s in written.values()) * 0.99, missed
    assert [f"{name}: {h}" for name, s in scores.items() for h in s.trap_hits] == []
