"""The dashboard's read side (data/store.py): typed tables, clear errors, period and name helpers."""
from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pandas as pd
import pytest

from data.extract import OUTPUTS, extract_all, write_tables
from data.model import FINDING_COLUMNS
from data.store import (
    DATA_DIR,
    REGISTRY_DIR,
    DataUnavailable,
    area_name,
    current_area_name,
    load_areas,
    load_documents,
    load_findings,
    load_measures,
    load_procurements,
    period_year,
)
from data.vocab import MEASURE_COLUMNS, PROCUREMENT_COLUMNS


@pytest.fixture(scope="module")
def fresh(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh extraction written to a temporary folder, so these tests do not depend on the committed CSVs."""
    folder = tmp_path_factory.mktemp("tables")
    write_tables(extract_all(), folder)
    return folder


def test_measures_are_typed(fresh: Path) -> None:
    frame = load_measures(fresh)
    assert list(frame.columns) == list(MEASURE_COLUMNS)
    assert frame["value"].dtype == "float64" and frame["line"].dtype == "int64"
    assert len(frame) > 0


def test_measures_round_trip_the_extracted_values(fresh: Path) -> None:
    with (fresh / "measures.csv").open(newline="", encoding="utf-8") as fh:
        raw = list(csv.DictReader(fh))
    frame = load_measures(fresh)
    assert frame["value"].tolist() == [float(r["value"]) for r in raw]
    assert frame["doc_id"].tolist() == [r["doc_id"] for r in raw]


def test_procurement_dates_are_datetimes(fresh: Path) -> None:
    frame = load_procurements(fresh)
    assert list(frame.columns) == list(PROCUREMENT_COLUMNS)
    for column in ("procurement_start_earliest", "contract_end_latest", "extension_end_latest"):
        assert str(frame[column].dtype).startswith("datetime64")
    with (fresh / "procurements.csv").open(newline="", encoding="utf-8") as fh:
        raw = list(csv.DictReader(fh))
    for r, loaded in zip(raw, frame["contract_start_earliest"]):
        if r["contract_start_earliest"]:
            assert loaded == pd.Timestamp(r["contract_start_earliest"])
        else:
            assert pd.isna(loaded)


def test_findings_numbers_are_floats_with_nan_for_blanks(fresh: Path) -> None:
    frame = load_findings(fresh)
    assert list(frame.columns) == list(FINDING_COLUMNS)
    assert frame["difference"].dtype == "float64" and frame["line"].dtype == "int64"
    with (fresh / "findings.csv").open(newline="", encoding="utf-8") as fh:
        raw = list(csv.DictReader(fh))
    assert [r["expected"] == "" for r in raw] == frame["expected"].isna().tolist()


def test_committed_tables_load() -> None:
    for loader in (load_measures, load_procurements, load_findings):
        assert isinstance(loader(), pd.DataFrame)


def test_registries_load() -> None:
    areas = load_areas()
    assert areas["area_code"].is_unique
    assert str(areas["valid_to"].dtype).startswith("datetime64")
    docs = load_documents()
    assert docs["doc_id"].is_unique and "seed_file" in docs.columns


def _copy(fresh: Path, tmp_path: Path) -> Path:
    for path, _ in OUTPUTS.values():
        shutil.copy(fresh / path.name, tmp_path)
    return tmp_path


def test_missing_csv_is_data_unavailable(fresh: Path, tmp_path: Path) -> None:
    folder = _copy(fresh, tmp_path)
    (folder / "measures.csv").unlink()
    with pytest.raises(DataUnavailable, match=r"measures.csv is missing .*python -m data.extract"):
        load_measures(folder)


def _set_value(lines: list[str], text: str) -> list[str]:
    row = next(csv.reader([lines[1]]))
    row[MEASURE_COLUMNS.index("value")] = text
    return [lines[0], ",".join(f'"{c}"' for c in row), *lines[2:]]


@pytest.mark.parametrize(
    ("damage", "expected"),
    [
        (lambda lines: [lines[0].replace("value", "amount"), *lines[1:]], "lacks the column"),
        (lambda lines: _set_value(lines, "lots"), "value on data row 1 is 'lots'"),
        (lambda lines: [], "not a readable CSV"),
    ],
    ids=["renamed-column", "non-numeric-value", "empty-file"],
)
def test_malformed_measures_are_data_unavailable(fresh: Path, tmp_path: Path, damage, expected: str) -> None:
    folder = _copy(fresh, tmp_path)
    path = folder / "measures.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    path.write_text("\n".join(damage(lines)), encoding="utf-8")
    with pytest.raises(DataUnavailable, match=expected):
        load_measures(folder)


def test_bad_date_and_encoding_are_data_unavailable(fresh: Path, tmp_path: Path) -> None:
    folder = _copy(fresh, tmp_path)
    path = folder / "procurements.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) > 1, "the fresh extraction has procurements"
    at = PROCUREMENT_COLUMNS.index("contract_start_earliest")
    row = next(csv.reader([lines[1]]))
    row[at] = "Spring 2019"
    lines[1] = ",".join(f'"{c}"' for c in row)
    path.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(DataUnavailable, match="contract_start_earliest on data row 1 is 'Spring 2019'"):
        load_procurements(folder)
    (folder / "findings.csv").write_bytes(b"doc_id,check\n\xff\xfe\n")
    with pytest.raises(DataUnavailable, match="not UTF-8"):
        load_findings(folder)


@pytest.mark.parametrize(
    ("period", "year"),
    [
        ("2015", 2015),
        ("2014/15", 2014),
        ("2019/2020", 2019),
        ("2014-16", 2015),
        ("2012-2021", 2016),
        ("May 2014", 2014),
        ("end of 2019", 2019),
        ("2013/14 to 2014/15", None),
        ("", None),
        ("current", None),
    ],
)
def test_period_year(period: str, year: int | None) -> None:
    assert period_year(period) == year


def test_area_names_come_from_the_registry() -> None:
    with (REGISTRY_DIR / "areas.csv").open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    renamed = [r for r in rows if r["current_name"] and r["current_name"] != r["name"]]
    assert renamed, "the registry records renamed or merged areas"
    for r in rows:
        assert area_name(r["area_code"]) == r["name"]
        assert current_area_name(r["area_code"]) == (r["current_name"] or r["name"])
    assert area_name("NOT-A-CODE") == "NOT-A-CODE" == current_area_name("NOT-A-CODE")


def test_default_folder_is_the_data_package() -> None:
    assert DATA_DIR.name == "data" and (DATA_DIR / "vocab.py").is_file()
