"""Which shape and vintage an area code is drawn with, and what covers it today."""
from __future__ import annotations

import pytest

from data.model import area_registry
from geo import BoundaryRef, UnknownArea, boundary_for, map_codes, no_shape_reason, successor_today
from geo.lookup import districts_of

DORSET_FIVE = ("E07000049", "E07000050", "E07000051", "E07000052", "E07000053")
KENT_DISTRICTS = tuple(f"E07000{n}" for n in range(105, 117))


def _row(code: str) -> dict[str, str]:
    return next(r for r in area_registry() if r["area_code"] == code)


@pytest.mark.parametrize("code", ["E06000028", "E06000029", "E07000048"])
def test_bournemouth_poole_christchurch_are_bcp_today(code):
    today = successor_today(code)
    assert today.code == "E06000058"
    assert today.name == "Bournemouth, Christchurch and Poole"


@pytest.mark.parametrize("code", DORSET_FIVE)
def test_other_dorset_districts_are_dorset_unitary_today(code):
    assert successor_today(code) == ("E06000059", "Dorset")


def test_shepway_is_folkestone_and_hythe_with_the_same_code():
    assert successor_today("E07000112") == ("E07000112", "Folkestone and Hythe")
    ref = boundary_for("E07000112", 2016)
    assert ref.shape_code == ref.successor_code == "E07000112"
    assert "Shepway (2016)" in ref.note and "Folkestone and Hythe" in ref.note


def test_2015_bournemouth_figure_uses_2013_shape_and_says_where_it_is_today():
    ref = boundary_for("E06000028", 2015)
    assert ref == BoundaryRef(
        vintage="2013",
        shape_code="E06000028",
        successor_code="E06000058",
        note="Bournemouth (2015) shown within Bournemouth, Christchurch and Poole (2019-)",
    )


def test_dorset_county_note_mentions_christchurch_going_to_bcp():
    ref = boundary_for("E10000009", 2015)
    assert (ref.vintage, ref.successor_code) == ("2013", "E06000059")
    assert "Christchurch is now in Bournemouth, Christchurch and Poole" in ref.note
    # Dorset County did not exist in 2023, so even a later year keeps the 2013 shape.
    assert boundary_for("E10000009", 2024).vintage == "2013"


@pytest.mark.parametrize("code", KENT_DISTRICTS + ("E10000016",))
def test_kent_maps_to_either_vintage_by_year(code):
    assert boundary_for(code, 2016).vintage == "2013"
    assert boundary_for(code, 2020).vintage == "2023"
    assert boundary_for(code).vintage == "2023"
    assert boundary_for(code, 2016).successor_code == code


def test_new_unitaries_only_exist_in_2023():
    assert boundary_for("E06000058", 2015).vintage == "2023"
    assert boundary_for("E06000059").vintage == "2023"


@pytest.mark.parametrize("code", ["E92000001", "E38000180", "E38000043"])
def test_ccgs_and_england_have_no_shape_and_a_reason(code):
    assert boundary_for(code, 2016) is None
    reason = no_shape_reason(code)
    assert _row(code)["name"] in reason and "not mapped" in reason


def test_unknown_code_is_a_clear_error():
    with pytest.raises(UnknownArea, match="not in data/registry/areas.csv"):
        boundary_for("E99999999")


def test_dissolved_counties_have_their_registry_districts():
    assert districts_of("E10000016", "2013") == list(KENT_DISTRICTS)
    assert districts_of("E10000016", "2023") == list(KENT_DISTRICTS)
    assert sorted(districts_of("E10000009", "2013")) == sorted(("E07000048",) + DORSET_FIVE)
    assert districts_of("E10000009", "2023") == []


def test_map_codes_expand_counties_and_drop_unmapped_areas():
    codes = map_codes(["E06000028", "E06000029", "E10000009", "E38000180"], "2013")
    assert codes[:3] == ["E06000028", "E06000029", "E10000009"]
    assert sorted(codes[3:]) == sorted(("E07000048",) + DORSET_FIVE)


def test_every_registry_successor_and_parent_is_a_registry_code():
    codes = {r["area_code"] for r in area_registry()}
    for r in area_registry():
        assert not r["successor_code"] or r["successor_code"] in codes, r["area_code"]
        assert not r["parent_code"] or r["parent_code"] in codes, r["area_code"]
        assert r["boundary"] in ("lad", "dissolve", "none"), r["area_code"]
