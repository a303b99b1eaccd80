"""Small, simplified WGS84 GeoJSON for the browser, built once and cached on disk.

Full-resolution boundaries are megabytes; the browser needs a few hundred kilobytes at
most. Shapes are simplified in metres (EPSG:27700), label points are picked inside each
simplified shape, coordinates are rounded, and the whole layer for a vintage is written to
`.cache/geo/mapready_<vintage>.geojson` with a stamp of what it was built from, so the
dashboard only reads a small file and rebuilds only when the source or settings change.
"""
from __future__ import annotations

import hashlib
import json
import math
import os
import tempfile
from pathlib import Path
from typing import Iterable, Mapping

from data.model import area_registry
from data.paths import areas_csv
from geo.sources import cache_dir, locate, vintage_file

# Douglas-Peucker tolerance in metres (EPSG:27700). At county zoom (deck.gl zoom 8-9) a
# screen pixel is 150-300 m, so 100 m moves no edge by more than a pixel; it shrinks Kent's
# twelve 2013 districts from about 280 KB to about 110 KB. The 2023 file is already
# generalised to 500 m, so it barely changes.
TOLERANCE_M = 100.0
COORD_DECIMALS = 5  # about 1 m
FORMAT_VERSION = 3  # bump when the layer's content, properties or layout change
MAX_MAP_BYTES = 300_000  # the browser budget for one map's GeoJSON

_TIER_BY_PREFIX = {
    "E06": "unitary authority", "E07": "non-metropolitan district", "E08": "metropolitan district",
    "E09": "London borough", "W06": "unitary authority", "S12": "council area", "N09": "district",
}


def layer_path(vintage: str) -> Path:
    return cache_dir() / f"mapready_{vintage_file(vintage).vintage}.geojson"


def _stamp_path(vintage: str) -> Path:
    return layer_path(vintage).with_suffix(".stamp.json")


def source_stamp(vintage: str) -> dict[str, object]:
    """What a prepared layer depends on; raises BoundariesUnavailable if there is no source."""
    found = locate(vintage)
    st = found.path.stat()
    return {
        "format": FORMAT_VERSION,
        "vintage": found.vintage,
        "source": str(found.path.resolve()),
        "size": st.st_size,
        "mtime_ns": st.st_mtime_ns,
        "tolerance_m": TOLERANCE_M,
        "decimals": COORD_DECIMALS,
        "registry_sha256": hashlib.sha256(areas_csv().read_bytes()).hexdigest(),
    }


def is_fresh(vintage: str, stamp: dict[str, object] | None = None) -> bool:
    stamp = stamp or source_stamp(vintage)
    try:
        saved = json.loads(_stamp_path(vintage).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return saved == stamp and layer_path(vintage).is_file()


def _round(coords: object) -> object:
    if isinstance(coords, float):
        return round(coords, COORD_DECIMALS)
    if isinstance(coords, (list, tuple)):
        return [_round(c) for c in coords]
    return coords


def _label_point(geom):  # noqa: ANN001, ANN202 - shapely types stay out of the light import path
    """A point well inside the shape: the centre of the largest circle in its largest part."""
    import shapely

    parts = shapely.get_parts(geom)
    largest = max(parts, key=lambda p: p.area)
    centre = shapely.get_point(shapely.maximum_inscribed_circle(largest, 10.0), 0)
    return centre if largest.contains(centre) else largest.representative_point()


def _drop_specks(geom, min_area: float):  # noqa: ANN001, ANN202
    """Drop islands and holes smaller than the tolerance squared: sub-pixel at county zoom, and
    simplification leaves them as stray triangles. The largest part is always kept."""
    import shapely

    parts = sorted(shapely.get_parts(geom), key=lambda p: p.area, reverse=True)
    kept = [
        shapely.Polygon(p.exterior, [r for r in p.interiors if shapely.Polygon(r).area >= min_area])
        for i, p in enumerate(parts) if i == 0 or p.area >= min_area
    ]
    return kept[0] if len(kept) == 1 else shapely.MultiPolygon(kept)


def _tidy(geom, grid: float):  # noqa: ANN001, ANN202
    """Valid polygons on a lon/lat grid: reprojection can make simplified rings touch."""
    import shapely

    from geo.boundaries import _polygonal

    geom = _polygonal(shapely.make_valid(geom))
    try:
        geom = shapely.set_precision(geom, grid)
    except shapely.errors.GEOSException:
        geom = shapely.set_precision(shapely.buffer(geom, 0), grid)
    return geom if geom.is_valid else _polygonal(shapely.make_valid(geom))


def build_layer(vintage: str) -> dict:
    """The map-ready FeatureCollection of every shape of a vintage (the slow part: seconds)."""
    import geopandas as gpd
    import shapely
    from shapely.geometry import mapping

    from geo.boundaries import BNG, WGS84, area_shapes

    shapes = area_shapes(vintage)
    area_km2 = (shapes.geometry.area / 1e6).round(2).tolist()
    simple = shapes.geometry.simplify(TOLERANCE_M, preserve_topology=True).apply(
        _drop_specks, min_area=TOLERANCE_M ** 2
    )
    labels_bng = [_label_point(g) for g in simple]
    grid = 10.0 ** -COORD_DECIMALS
    wgs = [_tidy(g, grid) for g in simple.to_crs(WGS84).values]
    labels = gpd.GeoSeries(labels_bng, crs=BNG).to_crs(WGS84)
    registry = {row["area_code"]: row for row in area_registry()}

    features = []
    for i, row in enumerate(shapes.itertuples()):
        geom = wgs[i]
        label = shapely.Point(round(labels.iloc[i].x, COORD_DECIMALS), round(labels.iloc[i].y, COORD_DECIMALS))
        if not geom.contains(label):  # rounding or reprojection nudged it out: pick again in lon/lat
            rep = geom.representative_point()
            label = shapely.Point(round(rep.x, COORD_DECIMALS), round(rep.y, COORD_DECIMALS))
        reg = registry.get(row.area_code)
        features.append({
            "type": "Feature",
            "properties": {
                "area_code": row.area_code,
                "area_name": row.area_name,
                "current_name": (reg["current_name"] if reg else "") or row.area_name,
                "tier": reg["tier"] if reg else _TIER_BY_PREFIX.get(row.area_code[:3], "district"),
                "label_lon": label.x,
                "label_lat": label.y,
                "area_km2": area_km2[i],
            },
            "geometry": _round(mapping(geom)),
        })
    return {"type": "FeatureCollection", "vintage": vintage_file(vintage).vintage, "features": features}


def _write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def layer_text(layer: dict) -> str:
    """The layer as GeoJSON with one feature per line (its properties first), so the served app can find a
    district's line and parse only the shapes it draws (geo.webshapes); any JSON reader reads it whole."""
    head = json.dumps({k: v for k, v in layer.items() if k != "features"}, separators=(",", ":"))
    lines = [json.dumps({"type": "Feature", "properties": f["properties"], "geometry": f["geometry"]},
                        separators=(",", ":")) for f in layer["features"]]
    return head[:-1] + ',"features":[\n' + ",\n".join(lines) + "\n]}\n"


def write_layer(vintage: str, layer: dict, stamp: dict[str, object]) -> Path:
    """Write the layer then its stamp, so a crash in between reads as stale, never as fresh."""
    path = layer_path(vintage)
    _write_atomic(path, layer_text(layer))
    _write_atomic(_stamp_path(vintage), json.dumps(stamp, indent=1))
    return path


def prepare_layer(vintage: str) -> tuple[bool, Path]:
    """Build and cache the layer unless the cached one is fresh; (built?, path)."""
    stamp = source_stamp(vintage)
    if is_fresh(vintage, stamp):
        return False, layer_path(vintage)
    return True, write_layer(vintage, build_layer(vintage), stamp)


_loaded: dict[str, tuple[str, dict]] = {}  # vintage -> (what it was built from, layer)


def load_layer(vintage: str) -> dict:
    """The whole map-ready layer: from the cache when fresh, else built (and cached if possible)."""
    stamp = source_stamp(vintage)
    key = json.dumps([str(layer_path(vintage)), stamp], sort_keys=True)
    held = _loaded.get(vintage)
    if held and held[0] == key:
        return held[1]
    layer = None
    if is_fresh(vintage, stamp):
        try:
            layer = json.loads(layer_path(vintage).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            layer = None  # damaged cache: rebuild below
    if layer is None:
        layer = build_layer(vintage)
        try:
            write_layer(vintage, layer, stamp)
        except OSError:
            pass  # a read-only checkout still gets maps, just rebuilt per process
    _loaded[vintage] = (key, layer)
    return layer


def map_features(
    area_codes: Iterable[str],
    vintage: str,
    extra: Mapping[str, Mapping[str, object]] | None = None,
) -> dict:
    """A GeoJSON FeatureCollection (WGS84) of the given shapes, in the order given.

    Properties: area_code, area_name, current_name, tier, label_lon, label_lat, area_km2,
    plus anything in `extra[area_code]` (e.g. the value to colour by). Codes with no shape
    in this vintage are listed under the collection's "missing" member. Geometry objects
    are shared with the cached layer: copy before changing them.
    """
    layer = load_layer(vintage)
    index = {f["properties"]["area_code"]: f for f in layer["features"]}
    features, missing = [], []
    for code in dict.fromkeys(area_codes):
        feature = index.get(code)
        if feature is None:
            missing.append(code)
            continue
        props = dict(feature["properties"])
        if extra and code in extra:
            props.update(extra[code])
        features.append({"type": "Feature", "properties": props, "geometry": feature["geometry"]})
    return {"type": "FeatureCollection", "vintage": layer["vintage"], "missing": missing, "features": features}


def geojson_size_bytes(fc: Mapping[str, object]) -> int:
    """Bytes the collection takes as compact JSON, i.e. what goes over the wire to the browser."""
    return len(json.dumps(fc, separators=(",", ":")).encode("utf-8"))


def _positions(geometry: Mapping[str, object]) -> Iterable[tuple[float, float]]:
    coords = geometry["coordinates"]
    rings = [coords] if geometry["type"] == "Polygon" else coords
    for polygon in rings:  # type: ignore[union-attr]
        for ring in polygon:
            for lon, lat in ring:
                yield lon, lat


def region_bounds(fc: Mapping[str, object]) -> tuple[float, float, float, float]:
    """(min_lon, min_lat, max_lon, max_lat) of every shape in the collection."""
    lons, lats = [], []
    for feature in fc["features"]:  # type: ignore[union-attr]
        for lon, lat in _positions(feature["geometry"]):
            lons.append(lon)
            lats.append(lat)
    if not lons:
        raise ValueError("The map has no shapes to frame")
    return min(lons), min(lats), max(lons), max(lats)


def _mercator_y(lat: float) -> float:
    rad = math.radians(lat)
    return (1 - math.log(math.tan(rad) + 1 / math.cos(rad)) / math.pi) / 2


def view_state(fc: Mapping[str, object], width: int = 700, height: int = 500, padding: float = 0.1) -> dict[str, float]:
    """Centre and zoom (deck.gl's 512-pixel world) that fit the shapes in a width x height map."""
    min_lon, min_lat, max_lon, max_lat = region_bounds(fc)
    dx = max((max_lon - min_lon) / 360, 1e-6)
    dy = max(_mercator_y(min_lat) - _mercator_y(max_lat), 1e-6)
    usable = 1 - 2 * padding
    zoom = math.log2(min(width * usable / (dx * 512), height * usable / (dy * 512)))
    return {
        "longitude": round((min_lon + max_lon) / 2, 5),
        "latitude": round((min_lat + max_lat) / 2, 5),
        "zoom": round(min(max(zoom, 0.0), 14.0), 2),
    }
