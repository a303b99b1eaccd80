"""National web layers, built offline by `make boundaries`: every district at once, and the land.

- `ew2021`: the 331 districts of England and Wales as they stood from April 2021 to March 2023
  (the geography of Census 2021, e.g. TS039). The May 2023 file lacks the 17 districts that
  became Cumberland, Westmorland and Furness, North Yorkshire and Somerset in April 2023; each
  is cut out of its 2023 successor along its 2013 boundary (geo/lad2021_from_2023.csv), so the
  outer edges match their 2023 neighbours exactly.
- `uk2023`: every district of the United Kingdom, May 2023 (361).
- `land`: the outline of the land (every 2023 district unioned, outer rings only), drawn
  beneath county maps so a map without a basemap shows where it is.

National layers are simplified as a coverage (shared edges move together, so no slivers open
between neighbours) and rounded to 3 decimals (about 100 m), which keeps a map of every district
with its figures and tooltips under the 300 KB budget. They are drawn at country scale, where a
pixel is over a kilometre. Only this module (and geo.mapready, geo.boundaries) import geopandas.
"""
from __future__ import annotations

import csv
import hashlib
import json
from pathlib import Path

from geo.mapready import _drop_specks, _label_point, _tidy, _write_atomic
from geo.sources import cache_dir, locate

FORMAT_VERSION = 1
NATIONAL_TOLERANCE_M = 2000.0  # coverage simplification of the national layers (a pixel is ~1.5 km on a country map)
NATIONAL_MIN_PART_KM2 = 6.0  # islands smaller than this vanish at country scale (a pixel is ~1-2 km)
LAND_TOLERANCE_M = 600.0
LAND_MIN_PART_KM2 = 2.0
NATIONAL_DECIMALS = 3  # about 100 m
LAND_DECIMALS = 3
CHANGES_CSV = Path(__file__).with_name("lad2021_from_2023.csv")

# name -> (what it is, the vintages it is built from)
LAYERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "ew2021": ("every district of England and Wales, 2021-2023 (Census 2021 geography)", ("2023", "2013")),
    "uk2023": ("every district of the United Kingdom, May 2023", ("2023",)),
    "land": ("the land of the United Kingdom, for context beneath county maps", ("2023",)),
}


def layer_file(name: str) -> Path:
    if name not in LAYERS:
        raise ValueError(f"Unknown national layer {name!r}; use one of {', '.join(LAYERS)}")
    return cache_dir() / ("land.geojson" if name == "land" else f"national_{name}.geojson")


def _stamp_file(name: str) -> Path:
    return layer_file(name).with_suffix(".stamp.json")


def changes_2021() -> list[dict[str, str]]:
    with CHANGES_CSV.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def stamp(name: str) -> dict[str, object]:
    """What a layer depends on; raises BoundariesUnavailable when a source file is missing."""
    sources = {}
    for vintage in LAYERS[name][1]:
        path = locate(vintage).path
        info = path.stat()
        sources[vintage] = [str(path.resolve()), info.st_size, info.st_mtime_ns]
    return {
        "format": FORMAT_VERSION, "layer": name, "sources": sources,
        "tolerance_m": LAND_TOLERANCE_M if name == "land" else NATIONAL_TOLERANCE_M,
        "changes_sha256": hashlib.sha256(CHANGES_CSV.read_bytes()).hexdigest(),
    }


def is_fresh(name: str, current: dict[str, object]) -> bool:
    try:
        saved = json.loads(_stamp_file(name).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return saved == current and layer_file(name).is_file()


def _districts_2021():  # noqa: ANN202 - a GeoDataFrame (BNG); geopandas stays out of the import path
    import geopandas as gpd
    import pandas as pd
    import shapely

    from geo.boundaries import read_districts

    now = read_districts("2023")
    now = now[now["area_code"].str[0].isin(["E", "W"])]
    old = dict(zip(*[read_districts("2013")[c] for c in ("area_code", "geometry")]))
    changes = changes_2021()
    replaced = {row["code_2023"] for row in changes}
    by_code = dict(zip(now["area_code"], now.geometry))
    rows = []
    for row in changes:
        parts = [old[c] for c in row["parts_2013"].split("|")]
        piece = shapely.intersection(by_code[row["code_2023"]], shapely.union_all(parts))
        rows.append({"area_code": row["code_2021"], "area_name": row["name_2021"], "geometry": piece})
    kept = now[~now["area_code"].isin(replaced)][["area_code", "area_name", "geometry"]]
    return gpd.GeoDataFrame(pd.concat([kept, gpd.GeoDataFrame(rows, crs=now.crs)], ignore_index=True),
                            geometry="geometry", crs=now.crs)


def _districts_uk2023():  # noqa: ANN202
    from geo.boundaries import read_districts

    return read_districts("2023")[["area_code", "area_name", "geometry"]]


def _feature_collection(frame, tolerance: float, min_km2: float, decimals: int, labels: bool) -> dict:  # noqa: ANN001
    import geopandas as gpd
    import shapely
    from shapely.geometry import mapping

    from geo.boundaries import BNG, WGS84

    geoms = shapely.make_valid(frame.geometry.values)
    simple = shapely.coverage_simplify(geoms, tolerance)
    simple = [_drop_specks(g, min_km2 * 1e6) for g in simple]
    grid = 10.0 ** -decimals
    wgs = gpd.GeoSeries(simple, crs=BNG).to_crs(WGS84)
    points = gpd.GeoSeries([_label_point(g) for g in simple], crs=BNG).to_crs(WGS84) if labels else None
    features = []
    for i, (code, name) in enumerate(zip(frame["area_code"], frame["area_name"])):
        geom = _tidy(wgs.iloc[i], grid)
        props = {"area_code": code, "area_name": name}
        if points is not None:
            label = shapely.Point(round(points.iloc[i].x, decimals), round(points.iloc[i].y, decimals))
            if not geom.contains(label):
                rep = geom.representative_point()
                label = shapely.Point(round(rep.x, decimals), round(rep.y, decimals))
            props |= {"label_lon": label.x, "label_lat": label.y}
        features.append({"type": "Feature", "properties": props, "geometry": _round_to(mapping(geom), decimals)})
    return {"type": "FeatureCollection", "features": features}


def _round_to(geometry: dict, decimals: int) -> dict:
    def rnd(c):  # noqa: ANN001, ANN202
        if isinstance(c, float):
            return round(c, decimals)
        return [rnd(x) for x in c]

    return {"type": geometry["type"], "coordinates": rnd(geometry["coordinates"])}


def build_national(name: str) -> dict:
    frame = _districts_2021() if name == "ew2021" else _districts_uk2023()
    fc = _feature_collection(frame, NATIONAL_TOLERANCE_M, NATIONAL_MIN_PART_KM2, NATIONAL_DECIMALS, labels=True)
    fc["layer"] = name
    fc["vintage"] = "2021" if name == "ew2021" else "2023"
    return fc


def build_land() -> dict:
    """The land as a few big polygons with outer rings only: holes in a union of districts are
    slivers between simplified edges, which would draw as stray lines across the land."""
    import geopandas as gpd
    import shapely

    from geo.boundaries import read_districts

    districts = read_districts("2023")
    land = shapely.union_all(shapely.buffer(districts.geometry.values, 50))
    outer = [shapely.Polygon(p.exterior) for p in shapely.get_parts(land)
             if p.area >= LAND_MIN_PART_KM2 * 1e6]
    frame = gpd.GeoDataFrame({"area_code": [""], "area_name": ["land"]},
                             geometry=[shapely.MultiPolygon(outer)], crs=districts.crs)
    fc = _feature_collection(frame, LAND_TOLERANCE_M, LAND_MIN_PART_KM2, LAND_DECIMALS, labels=False)
    # one feature per island, so a map can send only the land near its areas
    parts = []
    for feature in fc["features"]:
        geom = feature["geometry"]
        polygons = [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]
        parts += [{"type": "Feature", "properties": {"area_code": "", "area_name": ""},
                   "geometry": {"type": "Polygon", "coordinates": poly}} for poly in polygons]
    return {"type": "FeatureCollection", "layer": "land", "vintage": "2023", "features": parts}


def prepare(name: str) -> tuple[bool, Path]:
    """Build and write a national layer unless it is fresh; (built?, path)."""
    current = stamp(name)
    if is_fresh(name, current):
        return False, layer_file(name)
    fc = build_land() if name == "land" else build_national(name)
    _write_atomic(layer_file(name), json.dumps(fc, separators=(",", ":")))
    _write_atomic(_stamp_file(name), json.dumps(current, indent=1))
    return True, layer_file(name)


__all__ = ["LAYERS", "build_land", "build_national", "changes_2021", "layer_file", "prepare"]
