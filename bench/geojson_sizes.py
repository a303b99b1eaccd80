"""GeoJSON bytes each map sends to the browser, against the per-map budget.

The maps are found by running every page of the app (components/navigation.py PAGES) in
its default view with Streamlit's AppTest and reading the pydeck charts it emits, so a new
map joins the benchmark without anyone listing it here. For each map three sizes are given:

- shapes: the geo layer's own collection for the map's areas and vintage
  (geo.mapready.map_features, sized with geojson_size_bytes: compact JSON);
- GeoJSON sent: the GeoJSON layers in the chart as compact JSON (shapes plus the values,
  tooltips and the context land joined onto them);
- deck JSON sent: the chart specification exactly as Streamlit sends it over the WebSocket
  (pydeck serialises it indented, which is most of the difference).

The all-areas rows are the upper bound per vintage: every shape the registry knows.
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from bench.stats import bench_pages
from data.model import area_registry
from geo import lookup, mapready
from geo.sources import VINTAGES

TARGET_BYTES: int = mapready.MAX_MAP_BYTES


@dataclass(frozen=True)
class MapSize:
    name: str              # "<page> map <n>: <alt text>" or "all registry areas (<vintage>)"
    vintage: str           # as the chart's collection states it ("2013+2023" when mixed)
    areas: int             # areas drawn (context land excluded)
    shapes_bytes: int      # geo.mapready.map_features for those areas
    geojson_bytes: int | None = None   # GeoJSON layers in the chart, compact
    deck_bytes: int | None = None      # the chart spec as sent

    @property
    def sent_bytes(self) -> int:
        """What the target is judged on: the bytes the browser actually receives for the map."""
        return self.deck_bytes if self.deck_bytes is not None else self.shapes_bytes

    @property
    def within_target(self) -> bool:
        return self.sent_bytes <= TARGET_BYTES


def _compact(value: object) -> int:
    return len(json.dumps(value, separators=(",", ":")).encode("utf-8"))


def shapes_bytes(codes: list[str], vintage: str) -> int:
    """Size of the geo layer's collection for `codes`; a mixed vintage ("2013+2023") takes each code from the first vintage that has it."""
    total, left = 0, list(dict.fromkeys(codes))
    for v in vintage.split("+"):
        if not left:
            break
        missing = list(mapready.map_features(left, v).get("missing", []))
        present = [c for c in left if c not in missing]
        if present:  # sized as the collection of just these areas, as a map of them would get it
            total += mapready.geojson_size_bytes(mapready.map_features(present, v))
        left = missing
    return total


def deck_map_size(name: str, deck_json: str) -> MapSize:
    """Sizes of one pydeck chart's specification (the `json` field of Streamlit's DeckGlJsonChart)."""
    spec = json.loads(deck_json)
    geo_layers = [layer["data"] for layer in spec.get("layers", [])
                  if isinstance(layer.get("data"), dict) and layer["data"].get("type") == "FeatureCollection"]
    codes: list[str] = []
    vintage = ""
    for fc in geo_layers:
        mine = [f["properties"].get("area_code") for f in fc["features"] if f.get("properties", {}).get("area_code")]
        if mine:
            vintage = vintage or str(fc.get("vintage", ""))
            codes += [c for c in mine if c not in codes]
    shapes = shapes_bytes(codes, vintage) if codes and vintage else 0
    return MapSize(name, vintage, len(codes), shapes, sum(_compact(fc) for fc in geo_layers),
                   len(deck_json.encode("utf-8")))


def page_map_sizes() -> list[MapSize]:
    """Every pydeck map every page draws in its default view."""
    from tests.conftest import run_page  # AppTest of the real app, as the page tests run it
    from components.navigation import PAGES

    paths = {p.url_path: p.path for p in PAGES}
    sizes = []
    for page in bench_pages():
        at = run_page(paths[page.url_path])
        if len(at.exception):
            raise RuntimeError(f"page {page.label} raised: {at.exception[0].message}")
        for n, chart in enumerate(at.get("deck_gl_json_chart"), start=1):
            alt = " ".join(chart.proto.alt.split()).removeprefix("Map: ")
            name = f"{page.label} map {n}" + (f": {alt[:40]}..." if len(alt) > 40 else f": {alt}" if alt else "")
            sizes.append(deck_map_size(name, chart.proto.json))
    return sizes


def registry_bounds() -> list[MapSize]:
    """The largest map the atlas could draw per vintage: every area with a shape."""
    out = []
    for vintage in VINTAGES:
        every = [row["area_code"] for row in area_registry()
                 if lookup.has_shape(row["area_code"]) and lookup.exists_in(row["area_code"], vintage)]
        fc = mapready.map_features(lookup.map_codes(every, vintage), vintage)
        out.append(MapSize(f"all registry areas ({vintage})", vintage, len(fc["features"]),
                           mapready.geojson_size_bytes(fc)))
    return out


def map_sizes() -> list[MapSize]:
    """The pages' maps, then the all-areas upper bounds.

    Raises geo.sources.BoundariesUnavailable when there are no boundary files.
    """
    return [*page_map_sizes(), *registry_bounds()]
