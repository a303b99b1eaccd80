"""The extraction command (python -m data.extract): deterministic, checkable, and safe on bad input."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from data import extract
from data.extract import OUTPUTS, Tables, differences, extract_all, main, rendered, write_tables
from data.model import area_codes
from data.seeds import document_info, document_registry, seeds_dir

KENT = "kent-community-mps-2016"


@pytest.fixture(scope="module")
def tables() -> Tables:
    return extract_all()


def _committed_bytes() -> dict[str, bytes]:
    return {name: path.read_bytes() for name, (path, _) in OUTPUTS.items() if path.exists()}


def test_committed_tables_match_a_fresh_extraction(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--check"])
    err = capsys.readouterr().err
    assert code == 0, f"data/*.csv are stale; run `python -m data.extract` and commit them:\n{err}"


def test_extraction_is_deterministic(tables: Tables) -> None:
    assert rendered(extract_all()) == rendered(tables)


def test_differences_detect_a_changed_table(tables: Tables, tmp_path: Path) -> None:
    write_tables(tables, tmp_path)
    assert differences(tables, tmp_path) == []
    measures = tmp_path / "measures.csv"
    lines = measures.read_text(encoding="utf-8").splitlines()
    assert len(lines) > 1, "a fresh extraction has measures"
    cells = lines[1].split(",")
    value_at = OUTPUTS["measures"][1].index("value")
    cells[value_at] = str(float(cells[value_at]) + 1)
    lines[1] = ",".join(cells)
    measures.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "findings.csv").unlink()
    problems = differences(tables, tmp_path)
    assert len(problems) == 2
    changed = next(p for p in problems if p.startswith("measures.csv"))
    assert "1 lines only in the committed file, 1 only in the fresh extraction" in changed
    assert lines[1][:100] in changed
    assert any(p.startswith("findings.csv: missing") for p in problems)


def test_write_tables_leaves_no_temporary_files(tables: Tables, tmp_path: Path) -> None:
    written = write_tables(tables, tmp_path)
    assert sorted(p.name for p in written) == sorted(p.name for p, _ in OUTPUTS.values())
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in written)


def _copy_seeds(tmp_path: Path) -> Path:
    folder = tmp_path / "seeds"
    folder.mkdir()
    for info in document_registry():
        shutil.copy(seeds_dir() / info.seed_file, folder)
    return folder


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        (lambda p: p.write_bytes(b"\x00\x01PK binary"), "binary"),
        (lambda p: p.write_bytes(b""), "is empty"),
        (lambda p: p.unlink(), "not found"),
        (lambda p: p.write_bytes(p.read_bytes()[:500] + b"\xff" + p.read_bytes()[500:]), "not valid UTF-8"),
        # a document whose tables are gone: the spec cannot find what it looks for
        (lambda p: p.write_text("\n".join(line for line in p.read_text(encoding="utf-8").splitlines()
                                          if "\t" not in line), encoding="utf-8"), ""),
    ],
    ids=["binary", "empty", "missing", "not-utf8", "tables-removed"],
)
def test_broken_seed_stops_the_run_and_keeps_the_committed_tables(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], damage, expected: str
) -> None:
    folder = _copy_seeds(tmp_path)
    damage(folder / document_info(KENT).seed_file)
    before = _committed_bytes()
    code = main(["--seeds", str(folder)])
    out, err = capsys.readouterr()
    assert code == 2
    assert err.startswith("error: ") and expected in err
    assert "Nothing was written; the committed tables are unchanged." in err
    assert "Traceback" not in err and out == ""
    assert _committed_bytes() == before
    assert not list(extract.DATA_DIR.glob(".*.tmp"))


def test_every_area_code_is_in_the_registry(tables: Tables) -> None:
    codes = area_codes()
    assert tables.measures, "the specs extract figures"
    assert {r["area_code"] for r in tables.measures} <= codes
    authorities = {c for r in tables.procurements for c in str(r["authority_code"]).split("|")}
    assert authorities <= codes


def test_every_row_points_at_a_registered_document_line(tables: Tables) -> None:
    known = {i.doc_id: i for i in document_registry()}
    for row in [*tables.measures, *tables.procurements]:
        info = known[str(row["doc_id"])]
        assert str(row["locator"]).startswith(f"{info.seed_file}:L{row['line']}")


def test_fresh_extraction_has_no_schema_errors(tables: Tables) -> None:
    errors = [f["message"] for f in tables.findings if f["severity"] == "error"]
    assert errors == []


def test_out_must_be_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--out", str(tmp_path / "nowhere")]) == 2
    assert "is not a folder" in capsys.readouterr().err


def test_a_trial_registry_is_used_for_one_run_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--registry names another documents.csv for this run; the next run uses the committed one again."""
    import os

    registry = tmp_path / "documents.csv"
    lines = (extract.DATA_DIR / "registry" / "documents.csv").read_text(encoding="utf-8").splitlines()
    registry.write_text("\n".join(line for line in lines if not line.startswith(KENT)) + "\n", encoding="utf-8")
    assert main(["--registry", str(registry), "--out", str(tmp_path)]) == 0
    written = (tmp_path / "measures.csv").read_text(encoding="utf-8")
    assert KENT not in written and "durham-mps-2019" in written
    assert "CMA_DOCUMENTS_CSV" not in os.environ
    assert KENT in {i.doc_id for i in document_registry()}
