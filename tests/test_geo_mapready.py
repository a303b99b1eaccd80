"""Map-ready GeoJSON: small enough for the browser, WGS84, labels inside their shapes."""
from __future__ import annotations

import json

import pytest
import shapely
from shapely.geometry import shape

from data.seeds import document_registry
from geo import attribution, boundary_for, geojson_size_bytes, map_codes, map_features, period_year, view_state
from geo.attribution import attribution_text
from geo.mapready import MAX_MAP_BYTES, load_layer, region_bounds

GB_LON, GB_LAT = (-8.7, 1.8), (49.8, 60.9)  # Great Britain
UK_LON, UK_LAT = (-8.7, 1.8), (49.8, 60.9)  # Northern Ireland (2023 file) lies inside these too


def _document_maps():
    """One map per source document in its own vintage, and one of the same areas today."""
    maps = []
    for doc in document_registry():
        refs = [boundary_for(code, period_year(doc.period)) for code in doc.authorities]
        refs = [r for r in refs if r]
        vintage = refs[0].vintage
        maps.append((f"{doc.doc_id}@{vintage}", map_codes([r.shape_code for r in refs], vintage), vintage))
        today = map_codes(dict.fromkeys(r.successor_code for r in refs), "2023")
        maps.append((f"{doc.doc_id}@today", today, "2023"))
    return maps


MAPS = _document_maps()


@pytest.mark.parametrize("name, codes, vintage", MAPS, ids=[m[0] for m in MAPS])
def test_each_map_is_small_complete_and_wgs84(name, codes, vintage):
    fc = map_features(codes, vintage)
    assert fc["missing"] == []
    assert [f["properties"]["area_code"] for f in fc["features"]] == codes
    assert geojson_size_bytes(fc) < MAX_MAP_BYTES
    assert geojson_size_bytes(fc) == len(json.dumps(fc, separators=(",", ":")).encode())
    min_lon, min_lat, max_lon, max_lat = region_bounds(fc)
    assert GB_LON[0] < min_lon < max_lon < GB_LON[1]
    assert GB_LAT[0] < min_lat < max_lat < GB_LAT[1]
    view = view_state(fc)
    assert min_lon < view["longitude"] < max_lon and min_lat < view["latitude"] < max_lat
    assert 6 < view["zoom"] < 12  # a county or a city, not the world or a street


@pytest.mark.parametrize("vintage", ["2013", "2023"])
def test_labels_inside_shapes_and_coordinates_rounded(vintage):
    layer = load_layer(vintage)
    assert len(layer["features"]) > 350
    for feature in layer["features"]:
        props = feature["properties"]
        geom = shape(feature["geometry"])
        assert geom.is_valid and not geom.is_empty, props["area_code"]
        label = shapely.Point(props["label_lon"], props["label_lat"])
        assert geom.contains(label), props["area_code"]
        coords = shapely.get_coordinates(geom)
        assert (coords[:, 0] > UK_LON[0]).all() and (coords[:, 0] < UK_LON[1]).all(), props["area_code"]
        assert (coords[:, 1] > UK_LAT[0]).all() and (coords[:, 1] < UK_LAT[1]).all(), props["area_code"]
        assert (coords.round(5) == coords).all(), props["area_code"]
        assert props["area_km2"] > 0


def test_properties_name_areas_then_and_now():
    fc = map_features(["E07000112", "E06000028", "E10000016"], "2013")
    props = {f["properties"]["area_code"]: f["properties"] for f in fc["features"]}
    assert props["E07000112"]["area_name"] == "Shepway"
    assert props["E07000112"]["current_name"] == "Folkestone and Hythe"
    assert props["E06000028"]["current_name"] == "Bournemouth, Christchurch and Poole"
    assert props["E10000016"]["area_name"] == "Kent"
    assert props["E10000016"]["tier"] == "county"
    assert set(props["E07000112"]) >= {"area_code", "area_name", "current_name", "label_lon", "label_lat", "area_km2"}
    # Kent's twelve districts cover roughly 3,500 km2, measured in British National Grid.
    assert 3400 < props["E10000016"]["area_km2"] < 3700


def test_area_km2_is_the_same_area_in_both_vintages():
    old = {f["properties"]["area_code"]: f["properties"]["area_km2"] for f in map_features(["E10000016"], "2013")["features"]}
    new = {f["properties"]["area_code"]: f["properties"]["area_km2"] for f in map_features(["E10000016"], "2023")["features"]}
    assert old["E10000016"] == pytest.approx(new["E10000016"], rel=0.01)


def test_extra_properties_and_missing_codes():
    fc = map_features(["E06000028", "E06000058"], "2013", extra={"E06000028": {"value": 12.5}})
    assert fc["missing"] == ["E06000058"]  # BCP did not exist in 2013
    assert fc["features"][0]["properties"]["value"] == 12.5
    assert "value" not in map_features(["E06000028"], "2013")["features"][0]["properties"]


def test_attribution_for_each_vintage():
    assert "Open Government Licence v3.0" in attribution("2023")
    assert "database right 2023" in attribution("2023")
    assert "database right 2014" in attribution("2013") and "CC BY 4.0" in attribution("2013")
    assert "CC BY" not in attribution("2023")
    both = attribution_text()
    assert "database right 2023" in both and "2014" in both and "CC BY 4.0" in both
