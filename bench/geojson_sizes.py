"""GeoJSON bytes each map sends to the browser, against the per-map budget.

The map pages are the atlas's headline themes (data/vocab.py HEADLINE_MEASURES). A map of a
theme shows the areas that have figures for that theme's measures, drawn on the boundary
vintage that matches each figure's year (geo.lookup.vintage_for) — so one map per theme
and vintage. The collection is built with the same function the pages use
(geo.mapready.map_features) and sized as compact JSON (geo.mapready.geojson_size_bytes).
An "all areas" map per vintage is the upper bound: every shape the registry knows.
"""
from __future__ import annotations

from dataclasses import dataclass

from data import store
from data.model import area_registry
from data.vocab import HEADLINE_MEASURES, MEASURES
from geo import lookup, mapready
from geo.sources import VINTAGES

TARGET_BYTES: int = mapready.MAX_MAP_BYTES


@dataclass(frozen=True)
class MapSize:
    name: str            # "<theme> (<vintage>)"
    vintage: str
    areas: int           # areas with figures (before adding a county's districts)
    features: int        # shapes in the collection sent to the browser
    bytes: int
    missing: tuple[str, ...]  # codes the vintage has no shape for

    @property
    def within_target(self) -> bool:
        return self.bytes <= TARGET_BYTES


def theme_measures(theme: str) -> set[str]:
    """A map page's measures: its headline measures plus every measure the vocabulary files under its theme."""
    return set(HEADLINE_MEASURES[theme]) | {m.name for m in MEASURES.values() if m.theme == theme}


def theme_map_areas() -> dict[tuple[str, str], list[str]]:
    """(theme, vintage) -> area codes with a shape that have figures for the theme, in first-seen order."""
    measures = store.load_measures()
    out: dict[tuple[str, str], list[str]] = {}
    for theme in HEADLINE_MEASURES:
        rows = measures[measures["measure"].isin(theme_measures(theme))]
        for code, period in zip(rows["area_code"], rows["period"]):
            if not lookup.has_shape(code):
                continue
            try:
                vintage = lookup.vintage_for(code, store.period_year(period))
            except lookup.UnknownArea:
                continue
            codes = out.setdefault((theme, vintage), [])
            if code not in codes:
                codes.append(code)
    return out


def _size(name: str, vintage: str, codes: list[str]) -> MapSize:
    shapes = lookup.map_codes(codes, vintage)
    fc = mapready.map_features(shapes, vintage)
    return MapSize(name, vintage, len(codes), len(fc["features"]), mapready.geojson_size_bytes(fc),
                   tuple(fc.get("missing", ())))


def map_sizes() -> list[MapSize]:
    """Sizes of every theme map, then the all-areas upper bound per vintage.

    Raises geo.sources.BoundariesUnavailable when there are no boundary files.
    """
    sizes = [_size(f"{theme} ({vintage})", vintage, codes)
             for (theme, vintage), codes in sorted(theme_map_areas().items())]
    for vintage in VINTAGES:
        every = [row["area_code"] for row in area_registry()
                 if lookup.has_shape(row["area_code"]) and lookup.exists_in(row["area_code"], vintage)]
        sizes.append(_size(f"all registry areas ({vintage})", vintage, every))
    return sizes
