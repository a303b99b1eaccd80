"""Every area the published tables name has exactly one shape to be drawn with.

The tables grow as specs are added, so they are read at test time.
"""
from __future__ import annotations

import csv
from collections import Counter
from functools import lru_cache
from pathlib import Path

import pytest

from data.model import area_codes, area_registry
from data.seeds import document_info
from geo import boundary_for, period_year
from geo.boundaries import area_shapes

ROOT = Path(__file__).resolve().parent.parent


def _rows(name: str) -> list[dict[str, str]]:
    with (ROOT / "data" / name).open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _uses() -> list[tuple[str, int | None, str]]:
    """(area code, year of the figure, where it came from) for every row of both tables."""
    uses = []
    for row in _rows("measures.csv"):
        uses.append((row["area_code"], period_year(row["period"]), f"measures {row['locator']}"))
    for row in _rows("procurements.csv"):
        year = period_year(document_info(row["doc_id"]).period)
        for code in row["authority_code"].split("|"):
            uses.append((code, year, f"procurements {row['procurement_id']}"))
    return uses


@lru_cache(maxsize=2)
def _shape_counts(vintage: str) -> Counter:
    return Counter(area_shapes(vintage)["area_code"])


def test_the_tables_name_areas():
    assert len(_uses()) > 0


def test_every_table_area_code_is_in_the_registry():
    unknown = sorted({code for code, _, _ in _uses() if code not in area_codes()})
    assert unknown == []


def test_every_mappable_table_area_has_exactly_one_shape_in_its_vintage():
    boundary = {r["area_code"]: r["boundary"] for r in area_registry()}
    problems = []
    for code, year, where in sorted(set(_uses()), key=lambda u: (u[0], u[1] or 0, u[2])):
        ref = boundary_for(code, year)
        if boundary[code] == "none":
            assert ref is None
            continue
        n = _shape_counts(ref.vintage)[ref.shape_code]
        if n != 1:
            problems.append(f"{code} ({year}) has {n} shapes in {ref.vintage}: {where}")
        # and on today's map, through the successor lookup
        if _shape_counts("2023")[ref.successor_code] != 1:
            problems.append(f"{code} successor {ref.successor_code} has no single 2023 shape: {where}")
    assert problems == []


@pytest.mark.parametrize("vintage", ["2013", "2023"])
def test_shape_codes_are_unique_per_vintage(vintage):
    assert [c for c, n in _shape_counts(vintage).items() if n > 1] == []
