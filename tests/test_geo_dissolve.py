"""Upper-tier shapes are exactly the union of their districts (no gaps, overlaps or losses)."""
from __future__ import annotations

import pytest
import shapely

from geo.boundaries import BNG, area_shapes
from geo.lookup import districts_of
from geo.mapready import TOLERANCE_M, map_features

CASES = [("E10000016", "2013", 12), ("E10000016", "2023", 12), ("E10000009", "2013", 6)]


@pytest.mark.parametrize("county, vintage, n_districts", CASES)
def test_dissolved_county_equals_union_of_its_districts(county, vintage, n_districts):
    shapes = area_shapes(vintage)
    assert shapes.crs.to_epsg() == 27700
    children = districts_of(county, vintage)
    assert len(children) == n_districts
    districts = shapes[shapes["area_code"].isin(children)]
    assert len(districts) == n_districts
    (county_geom,) = shapes.loc[shapes["area_code"] == county, "geometry"]
    # Union computed independently, one district at a time, with each ring repaired by buffer(0).
    union = shapely.Polygon()
    for geom in districts.geometry:
        union = union.union(geom.buffer(0))
    difference = county_geom.symmetric_difference(union).area
    assert difference < 1e-6 * union.area  # square metres, EPSG:27700
    # Districts tile the county: their areas add up to it (no double-counted overlaps).
    assert districts.geometry.area.sum() == pytest.approx(county_geom.area, rel=1e-4)
    # No sliver holes between neighbours: every hole is a real feature (water), wider than 5 m.
    for part in shapely.get_parts(county_geom):
        for ring in part.interiors:
            hole = shapely.Polygon(ring)
            radius = shapely.maximum_inscribed_circle(hole, 1.0).length
            assert radius > 5, f"sliver hole of {hole.area:.0f} m2 in {county}"


@pytest.mark.parametrize("county, vintage, n_districts", CASES)
def test_map_ready_county_matches_its_simplified_districts(county, vintage, n_districts):
    import geopandas as gpd
    from shapely.geometry import shape

    fc = map_features([county, *districts_of(county, vintage)], vintage)
    assert len(fc["features"]) == n_districts + 1
    geoms = gpd.GeoSeries([shape(f["geometry"]) for f in fc["features"]], crs="EPSG:4326").to_crs(BNG)
    county_geom, union = geoms.iloc[0], shapely.union_all(geoms.iloc[1:].values)
    # Each was simplified on its own at TOLERANCE_M, so the outlines differ by at most a thin band.
    difference = county_geom.symmetric_difference(union).area
    assert difference < TOLERANCE_M * county_geom.length
    assert difference < 0.01 * county_geom.area
    props = fc["features"][0]["properties"]
    assert props["area_km2"] == pytest.approx(sum(f["properties"]["area_km2"] for f in fc["features"][1:]), rel=1e-3)
