"""The area registry covers every UK local authority; names resolve exactly or are suggested (data/ingest/areas.py)."""
from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pyogrio
import pytest

from data.ingest.areas import exact, find_areas, suggest_areas
from data.model import area_registry, resolve_area
from data.registry.build_areas import ORDINARY_ALIASES
from data.seeds import DocumentError

ROOT = Path(__file__).resolve().parent.parent
GEO = ROOT.parent / "shared" / "geo"
ROWS = {r["area_code"]: r for r in area_registry()}


def _codes(name: str, column: str) -> set[str]:
    path = GEO / name
    if not path.is_file():
        pytest.skip(f"{path} not on this machine")
    return set(pyogrio.read_dataframe(path, read_geometry=False, columns=[column])[column])


def test_every_district_of_both_boundary_vintages_is_in_the_registry():
    missing = (_codes("lad_2013_gb.geojson", "LAD13CD") | _codes("lad_2023_uk_buc.geojson", "LAD23CD")) - set(ROWS)
    assert missing == set()


def test_every_shire_district_has_its_county_and_abolished_ones_their_successor():
    for code, r in ROWS.items():
        if r["tier"] == "non-metropolitan district":
            assert ROWS[r["parent_code"]]["tier"] == "county", code
        if r["valid_to"] and r["tier"] != "clinical commissioning group" and r["boundary"] == "lad":
            assert r["successor_code"] in ROWS, code
    assert ROWS["E07000004"]["successor_code"] == "E06000060"  # Aylesbury Vale -> Buckinghamshire
    assert ROWS["E07000205"]["successor_code"] == "E07000244"  # Suffolk Coastal -> East Suffolk
    assert ROWS["E07000027"]["successor_code"] == "E06000064"  # Barrow-in-Furness -> Westmorland and Furness
    assert ROWS["E06000063"]["valid_from"] == "2023-04-01" and ROWS["E07000026"]["valid_to"] == "2023-03-31"


def test_curated_rows_are_kept_exactly():
    with (ROOT / "data" / "registry" / "areas_curated.csv").open(newline="", encoding="utf-8") as fh:
        for r in csv.DictReader(fh):
            assert ROWS[r["area_code"]] == r


def test_the_committed_registry_is_what_the_builder_makes():
    if not GEO.is_dir():
        pytest.skip("boundary files not on this machine")
    done = subprocess.run([sys.executable, "-m", "data.registry.build_areas", "--check"], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr


def test_no_alias_is_an_ordinary_word():
    for r in area_registry():
        for alias in r["document_names"].split("|"):
            assert alias.lower() not in ORDINARY_ALIASES, (r["area_code"], alias)
    with pytest.raises(DocumentError):
        resolve_area("Total")
    assert find_areas("The total number of carers rose.") == []


def test_names_match_exactly_whatever_the_case_ampersand_or_council_suffix():
    assert exact("Tonbridge & Malling") == "E07000115"
    assert exact("fenland district council") == "E07000010"
    assert exact("Bristol") == "E06000023" and exact("City of Bristol") == "E06000023"
    assert exact("Ashford") == "E07000105"                       # the district, not the CCG of that name
    assert exact("Ashford", prefer_ccg=True) == "E38000002"
    assert exact("Dorset", year=2015) == "E10000009" and exact("Dorset", year=2024) == "E06000059"
    assert exact("Ashton") is None


def test_near_matches_are_suggestions_only():
    assert suggest_areas("Tunbridge Wels")[0][:2] == ("E07000116", "Tunbridge Wells")
    assert suggest_areas("Newcastle-upon-Tyne")[0][0] == "E08000021"
    assert suggest_areas("Total") == [] and suggest_areas("Ashton") == []
    with pytest.raises(DocumentError, match="near matches: Tunbridge Wells"):
        resolve_area("Tunbridge Wels")


def test_place_names_that_are_ordinary_words_need_a_capital_and_a_place_cue():
    assert find_areas("We are reading the figures.") == []
    assert find_areas("Reading the figures closely, we see growth.") == []
    assert [h.code for h in find_areas("Carers in Reading and in Bury")] == ["E06000038", "E08000002"]
    assert find_areas("Canterbury") and find_areas("Canterbury")[0].code == "E07000106"  # not Bury inside it
