"""Read district boundaries and build upper-tier shapes by dissolving their districts.

Shapes are returned in British National Grid (EPSG:27700) because areas, unions and
simplification tolerances only mean something in metres.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import pandas as pd
import shapely

from geo import lookup
from geo.sources import BoundariesUnavailable, how_to_get_them, locate, vintage_file

BNG = "EPSG:27700"
WGS84 = "EPSG:4326"


@lru_cache(maxsize=4)
def _read(path: Path, mtime_ns: int, vintage: str) -> gpd.GeoDataFrame:
    vf = vintage_file(vintage)
    try:
        raw = gpd.read_file(path, engine="pyogrio", columns=[vf.code_field, vf.name_field])
        missing = {vf.code_field, vf.name_field} - set(raw.columns)
        if missing or raw.empty:
            raise ValueError(f"no features with {', '.join(sorted(missing)) or 'areas'}")
    except Exception as exc:  # noqa: BLE001 - any unreadable file gets the same advice
        raise BoundariesUnavailable(
            f"Boundary file {path} could not be read ({type(exc).__name__}: {exc}). " + how_to_get_them(vintage)
        ) from None
    if raw.crs is None:
        raw = raw.set_crs(WGS84)
    frame = gpd.GeoDataFrame(
        {
            "area_code": raw[vf.code_field].astype(str),
            "area_name": raw[vf.name_field].astype(str),
            # Some 2013 rings self-intersect; repair so unions and areas are right.
            "geometry": shapely.make_valid(raw.geometry.values),
        },
        crs=raw.crs,
    )
    frame = frame[frame.geometry.geom_type.isin(["Polygon", "MultiPolygon", "GeometryCollection"])]
    frame["geometry"] = frame.geometry.apply(_polygonal)
    return frame.to_crs(BNG).reset_index(drop=True)


def _polygonal(geom: shapely.Geometry) -> shapely.Geometry:
    """make_valid can leave stray lines beside the polygons; keep the area only."""
    if geom.geom_type in ("Polygon", "MultiPolygon"):
        return geom
    parts = [p for p in shapely.get_parts(geom) if p.geom_type in ("Polygon", "MultiPolygon")]
    return shapely.union_all(parts)


def read_districts(vintage: str) -> gpd.GeoDataFrame:
    """Districts of a vintage: area_code, area_name, geometry (EPSG:27700).

    Raises BoundariesUnavailable when the file is on none of the searched paths.
    """
    found = locate(vintage)
    return _read(found.path, found.path.stat().st_mtime_ns, found.vintage).copy()


def dissolve(districts: gpd.GeoDataFrame, vintage: str) -> gpd.GeoDataFrame:
    """Upper-tier shapes (registry boundary == "dissolve") as unions of their districts.

    A county is built only when every one of its districts is in the file, so a vintage
    where it no longer exists (Dorset County after 2019) gets no misleading partial shape.
    """
    by_code = dict(zip(districts["area_code"], districts.geometry))
    rows = []
    for parent in lookup.dissolve_parents():
        children = lookup.districts_of(parent, vintage)
        if not children or not lookup.exists_in(parent, vintage) or any(c not in by_code for c in children):
            continue
        rows.append({
            "area_code": parent,
            "area_name": lookup.area(parent)["name"],
            "geometry": shapely.union_all([by_code[c] for c in children]),
        })
    return gpd.GeoDataFrame(rows, columns=["area_code", "area_name", "geometry"], geometry="geometry", crs=BNG)


def area_shapes(vintage: str) -> gpd.GeoDataFrame:
    """Every shape of a vintage: its districts plus the dissolved counties (EPSG:27700)."""
    districts = read_districts(vintage)
    districts["dissolved"] = False
    counties = dissolve(districts, vintage)
    counties["dissolved"] = True
    frame = gpd.GeoDataFrame(
        pd.concat([districts, counties], ignore_index=True), geometry="geometry", crs=BNG
    )
    return frame
