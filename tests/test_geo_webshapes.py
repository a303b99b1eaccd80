"""Prepared web shapes: the national layers and the land, read by the served app with json only."""
from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest
import shapely
from shapely.geometry import shape

from geo import national, webshapes
from geo.mapready import MAX_MAP_BYTES

ROOT = Path(__file__).resolve().parent.parent
TS039 = ROOT.parent / "shared" / "reference" / "census2021_ts039_unpaid_care_ltla.csv"


def _signed_area(ring) -> float:
    return sum(x1 * y2 - x2 * y1 for (x1, y1), (x2, y2) in zip(ring, ring[1:])) / 2


def _exteriors(fc):
    for f in fc["features"]:
        g = f["geometry"]
        for polygon in ([g["coordinates"]] if g["type"] == "Polygon" else g["coordinates"]):
            yield f["properties"].get("area_code", ""), polygon[0]


@pytest.mark.skipif(not TS039.is_file(), reason="the reference folder is not beside the clone")
def test_ew2021_has_exactly_the_districts_of_census_2021():
    with TS039.open(newline="", encoding="utf-8") as fh:
        census = {row["geography code"] for row in csv.DictReader(fh)}
    layer = webshapes.national("ew2021")
    codes = [f["properties"]["area_code"] for f in layer["features"]]
    assert len(codes) == len(set(codes)) == 331
    assert set(codes) == census


def test_2021_districts_cut_from_their_2023_successors_fill_them():
    """Allerdale, Carlisle and Copeland (2021) together are Cumberland (2023), within simplification."""
    from geo.webshapes import features

    ew = {f["properties"]["area_code"]: shape(f["geometry"]) for f in webshapes.national("ew2021")["features"]}
    cumberland = shape(features(["E06000063"], "2023")["features"][0]["geometry"])
    parts = shapely.union_all([ew[c] for c in ("E07000026", "E07000028", "E07000029")])
    assert parts.symmetric_difference(cumberland).area / cumberland.area < 0.03
    assert "E06000063" not in ew and "E07000246" in ew  # Somerset West and Taunton from two 2013 districts


@pytest.mark.parametrize("layer", ["ew2021", "uk2023", "land"])
def test_layers_are_valid_clockwise_rounded_and_small(layer):
    fc = webshapes.read_layer(layer)
    assert webshapes.layer_path(layer).stat().st_size < MAX_MAP_BYTES
    for code, ring in _exteriors(fc):
        # d3-geo (Vega) reads an anticlockwise exterior as the whole globe outside the shape
        assert _signed_area(ring) < 0, code
        assert all(round(x, 3) == x and round(y, 3) == y for x, y in ring), code
    for f in fc["features"]:
        geom = shape(f["geometry"])
        assert geom.is_valid and not geom.is_empty, f["properties"]
        if layer != "land":
            assert geom.contains(shapely.Point(f["properties"]["label_lon"], f["properties"]["label_lat"]))


def test_land_around_sends_only_the_islands_near_a_box():
    kent_box = (0.0, 50.9, 1.5, 51.5)
    near = webshapes.land_around(kent_box)
    every = webshapes.read_layer("land")["features"]
    assert 0 < len(near["features"]) < len(every)
    assert all(webshapes.bounds({"features": [f]})[2] >= 0.0 for f in near["features"])


def test_a_missing_prepared_layer_says_to_run_make_boundaries(tmp_path, monkeypatch):
    monkeypatch.setenv("CMA_GEO_CACHE_DIR", str(tmp_path))
    with pytest.raises(webshapes.BoundariesUnavailable, match="make boundaries"):
        webshapes.national("ew2021")


def test_a_damaged_prepared_layer_is_a_clear_message(tmp_path, monkeypatch):
    monkeypatch.setenv("CMA_GEO_CACHE_DIR", str(tmp_path))
    national.layer_file("uk2023").write_text('{"type": "FeatureCollection", "features": [')
    with pytest.raises(webshapes.BoundariesUnavailable, match="damaged"):
        webshapes.national("uk2023")


def test_prepare_is_skipped_when_fresh():
    national.prepare("land")  # (builds it when `make boundaries` has not run since its sources or code changed)
    built, path = national.prepare("land")
    assert not built and path == national.layer_file("land")


SERVING = """
import sys
from tests.conftest import run_page
for page in ("pages/home.py", "pages/carers.py", "pages/dementia.py", "pages/extra-care.py"):
    at = run_page(page)
    assert not at.exception, page
heavy = sorted(m for m in ("geopandas", "shapely", "pyogrio", "pyproj") if m in sys.modules)
print(",".join(heavy) or "none")
"""


def test_the_served_map_pages_never_import_geopandas_or_shapely():
    done = subprocess.run([sys.executable, "-c", SERVING], cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "none"


def test_a_district_layer_is_read_feature_by_feature_and_gives_what_a_whole_read_gives():
    """geo.mapready writes one feature per line; webshapes parses only the districts a map draws."""
    from geo.mapready import layer_path

    whole = json.loads(layer_path("2023").read_text(encoding="utf-8"))
    by_code = {f["properties"]["area_code"]: f for f in whole["features"]}
    codes = list(by_code)[::37] + ["E99999999"]
    fc = webshapes.features(codes, "2023")
    assert [f["properties"]["area_code"] for f in fc["features"]] == codes[:-1]
    assert fc["features"] == [by_code[c] for c in codes[:-1]]
    assert fc["missing"] == ["E99999999"] and fc["vintage"] == whole["vintage"]


@pytest.mark.parametrize("layout", ["one line", "indented"])
def test_a_district_layer_in_any_geojson_layout_still_reads(tmp_path, monkeypatch, layout):
    """A layer written by an older `make boundaries` (one line), or by hand: read whole, same answer."""
    from geo.mapready import layer_path

    whole = json.loads(layer_path("2023").read_text(encoding="utf-8"))
    code = whole["features"][5]["properties"]["area_code"]
    monkeypatch.setenv("CMA_GEO_CACHE_DIR", str(tmp_path))
    layer_path("2023").write_text(json.dumps(whole, indent=1 if layout == "indented" else None))
    fc = webshapes.features([code], "2023")
    assert fc["features"] == [whole["features"][5]] and fc["vintage"] == whole["vintage"]


def test_a_damaged_district_layer_is_a_clear_message(tmp_path, monkeypatch):
    from geo.mapready import layer_path

    monkeypatch.setenv("CMA_GEO_CACHE_DIR", str(tmp_path))
    layer_path("2023").write_text('{"type":"FeatureCollection","vintage":"2023","features":[\n{"type":"Feature",\n')
    with pytest.raises(webshapes.BoundariesUnavailable, match="damaged"):
        webshapes.features(["E06000001"], "2023")["features"]


def test_a_district_layer_with_a_damaged_line_is_a_clear_message(tmp_path, monkeypatch):
    from geo.mapready import layer_path

    monkeypatch.setenv("CMA_GEO_CACHE_DIR", str(tmp_path))
    layer_path("2023").write_text('{"type":"FeatureCollection","vintage":"2023","features":[\n'
                                  '{"type":"Feature","properties":{"area_code":"E06000001"},"geometry":{"ty\n]}\n')
    assert webshapes.features(["E06000002"], "2023")["missing"] == ["E06000002"]
    with pytest.raises(webshapes.BoundariesUnavailable, match="damaged"):
        webshapes.features(["E06000001"], "2023")
