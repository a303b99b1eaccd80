"""The serving app's map shapes: prepared files read with json only (no geopandas, no shapely).

`make boundaries` (python -m geo.prepare) writes every layer the app draws to `.cache/geo`:
the districts and dissolved counties of each vintage (geo.mapready), the national layers and
the land (geo.national). This module only reads them, once per process, and hands out shared,
read-only feature dicts; copy before changing one. With no prepared file it raises
BoundariesUnavailable with a message saying how to get the boundaries or prepare them.
"""
from __future__ import annotations

import json
import re
import threading
from pathlib import Path
from typing import Iterable

from geo.sources import VINTAGES, BoundariesUnavailable, how_to_get_them, locate

_lock = threading.Lock()
_held: dict[str, tuple[tuple[str, int, int], dict]] = {}  # layer -> ((path, size, mtime), collection)
_indexed: dict[str, tuple[tuple[str, int, int], "_ShapeIndex"]] = {}  # vintage layer -> (file key, its index)
_AREA_CODE = re.compile(r'"area_code":"([^"]+)"')


def layer_path(name: str) -> Path:
    """Where `make boundaries` writes a layer: a vintage ("2013", "2023") or a national layer."""
    if name in VINTAGES:
        from geo.mapready import layer_path as vintage_path

        return vintage_path(name)
    from geo.national import layer_file

    return layer_file(name)


def _sources(name: str) -> tuple[str, ...]:
    if name in VINTAGES:
        return (name,)
    from geo.national import LAYERS

    return LAYERS[name][1]


def not_prepared_message(name: str) -> str:
    """Why a layer is missing: no boundary file at all, or boundaries that were never prepared."""
    for vintage in _sources(name):
        try:
            locate(vintage)
        except BoundariesUnavailable:
            return how_to_get_them(vintage)
    return (f"Map shapes are not prepared ({layer_path(name).name} is missing). Run `make boundaries` "
            "(python -m geo.prepare) once; it takes under a minute. The figures are in the tables meanwhile.")


def _damaged(path: Path) -> BoundariesUnavailable:
    return BoundariesUnavailable(f"The prepared map file {path} is damaged. Run `make boundaries` to rebuild it.")


def _read_once(held: dict, name: str, parse):  # noqa: ANN001, ANN202 - a layer file, parsed by `parse`
    """`parse` of a prepared layer's text, once per process (again only if the file changes)."""
    path = layer_path(name)
    try:
        info = path.stat()
    except OSError:
        raise BoundariesUnavailable(not_prepared_message(name)) from None
    key = (str(path), info.st_size, info.st_mtime_ns)
    kept = held.get(name)
    if kept and kept[0] == key:
        return kept[1]
    with _lock:
        kept = held.get(name)
        if kept and kept[0] == key:
            return kept[1]
        try:
            parsed = parse(path.read_text(encoding="utf-8"))
        except (OSError, ValueError, KeyError, TypeError):
            raise _damaged(path) from None
        held[name] = (key, parsed)
        return parsed


def read_layer(name: str) -> dict:
    """A prepared layer as a FeatureCollection, read once per process (again only if the file changes)."""
    return _read_once(_held, name, json.loads)


class _ShapeIndex:
    """A district layer's features by area code, each parsed the first time it is drawn: a vintage holds every
    district of Great Britain or the UK (the 2013 one is 3 MB), a map draws a county's dozen."""

    def __init__(self, vintage: str, lines: dict[str, str]) -> None:
        self.vintage = vintage
        self._lines = lines
        self._parsed: dict[str, dict] = {}

    @classmethod
    def from_text(cls, text: str, fallback_vintage: str) -> "_ShapeIndex":
        """From geo.mapready's one-feature-per-line GeoJSON; any other GeoJSON is parsed whole."""
        head, *rows = text.rstrip("\n").split("\n")
        if head.endswith('"features":[') and rows and rows.pop() == "]}":  # the whole file was written
            lines = {}
            for row in rows:
                found = _AREA_CODE.search(row)
                if found:
                    lines[found.group(1)] = row.rstrip(",")
            return cls(json.loads(head + "]}").get("vintage", fallback_vintage), lines)
        layer = json.loads(text)
        index = cls(layer.get("vintage", fallback_vintage), {})
        index._parsed = {f["properties"]["area_code"]: f for f in layer["features"]}
        return index

    def get(self, code: str) -> dict | None:
        """The area's feature, or None when the layer has no shape for it; ValueError if its line is damaged."""
        feature = self._parsed.get(code)
        if feature is None and code in self._lines:
            feature = self._parsed[code] = json.loads(self._lines[code])  # a race parses twice, harmlessly
        return feature


def _shape_index(layer: str) -> _ShapeIndex:
    """A vintage's prepared layer, indexed once per process (again only if the file changes)."""
    return _read_once(_indexed, layer, lambda text: _ShapeIndex.from_text(text, layer))


def features(area_codes: Iterable[str], layer: str) -> dict:
    """The shapes of the given areas from a district layer (a vintage), in the order given; codes without a
    shape are listed under "missing". Geometry and property dicts are shared with the layer: do not change
    them."""
    index = _shape_index(layer)
    found, missing = [], []
    for code in dict.fromkeys(area_codes):
        try:
            feature = index.get(code)
        except ValueError:
            raise _damaged(layer_path(layer)) from None
        if feature is None:
            missing.append(code)
        else:
            found.append(feature)
    return {"type": "FeatureCollection", "vintage": index.vintage, "missing": missing, "features": found}


def national(layer: str) -> dict:
    """Every district of a national layer ("ew2021" or "uk2023")."""
    held = read_layer(layer)
    return {"type": "FeatureCollection", "vintage": held["vintage"], "layer": layer, "missing": [],
            "features": held["features"]}


def _rings(geometry: dict) -> Iterable[list]:
    coords = geometry["coordinates"]
    polygons = [coords] if geometry["type"] == "Polygon" else coords
    for polygon in polygons:
        yield from polygon


def bounds(fc: dict) -> tuple[float, float, float, float]:
    """(min_lon, min_lat, max_lon, max_lat) of every shape in a collection."""
    lo_x = lo_y = float("inf")
    hi_x = hi_y = float("-inf")
    for feature in fc["features"]:
        for ring in _rings(feature["geometry"]):
            for x, y in ring:
                lo_x, hi_x = min(lo_x, x), max(hi_x, x)
                lo_y, hi_y = min(lo_y, y), max(hi_y, y)
    if lo_x == float("inf"):
        raise ValueError("The map has no shapes to frame")
    return lo_x, lo_y, hi_x, hi_y


def land_around(box: tuple[float, float, float, float]) -> dict:
    """The parts of the prepared land layer that reach into `box` (lon/lat), whole: the map clips them."""
    held = read_layer("land")
    if "_boxes" not in held:
        held["_boxes"] = [bounds({"features": [f]}) for f in held["features"]]
    w, s, e, n = box
    near = [f for f, (fw, fs, fe, fn) in zip(held["features"], held["_boxes"])
            if fw <= e and fe >= w and fs <= n and fn >= s]
    return {"type": "FeatureCollection", "vintage": "2023", "features": near}
