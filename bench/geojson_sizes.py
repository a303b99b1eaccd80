"""Bytes each map sends to the browser, against the per-map budget.

The maps are found by running every view of the app (components/navigation.py page_views: each page's
default view and the theme pages' national tabs) with Streamlit's AppTest and reading the Vega-Lite maps it emits (tests.maphelp),
so a new map joins the benchmark without anyone listing it here. For each map three sizes are given:

- shapes: the geo layer's own collection for the map's areas and vintage
  (geo.mapready.map_features, sized with geojson_size_bytes: compact JSON);
- GeoJSON sent: the map's datasets (areas with their figures and tooltips, outlines, land) as compact JSON;
- chart sent: the chart element exactly as Streamlit puts it in the delta over the WebSocket (protobuf size).

The national rows are a map of every district (England and Wales 2021, UK 2023) with a figure,
tooltip and source per district: the largest map the atlas draws (country maps use the national
layers; the county-detail layers are only sent for a few areas at a time).
"""
from __future__ import annotations

import json
from dataclasses import dataclass

from geo import mapready
from geo.sources import VINTAGES

TARGET_BYTES: int = mapready.MAX_MAP_BYTES


@dataclass(frozen=True)
class MapSize:
    name: str              # "<page> map <n>: <alt text>" or "every district (<layer>)"
    vintage: str           # as the chart's collection states it ("2013+2023" when mixed)
    areas: int             # areas drawn (context land excluded)
    shapes_bytes: int      # geo.mapready.map_features for those areas
    geojson_bytes: int | None = None   # the map's datasets (GeoJSON features with figures), compact
    chart_bytes: int | None = None     # the chart as sent (the delta's element)

    @property
    def sent_bytes(self) -> int:
        """What the target is judged on: the bytes the browser actually receives for the map."""
        return self.chart_bytes if self.chart_bytes is not None else self.shapes_bytes

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


def chart_map_size(name: str, spec: dict, chart_bytes: int) -> MapSize:
    """Sizes of one map's Vega-Lite specification (`chart_bytes`: the element's size in the delta)."""
    datasets = spec.get("datasets", {})
    codes = [f["properties"]["area_code"] for f in datasets.get("areas", []) if f["properties"].get("area_code")]
    vintage = str((spec.get("usermeta") or {}).get("cma_map", {}).get("vintage", ""))
    shapes = shapes_bytes(codes, vintage) if codes and (vintage in VINTAGES or "+" in vintage) else 0
    return MapSize(name, vintage, len(codes), shapes, sum(_compact(rows) for rows in datasets.values()), chart_bytes)


def page_map_sizes() -> list[MapSize]:
    """Every map every page draws in each of its views (the default, and a theme page's national tab)."""
    from urllib.parse import parse_qsl

    from tests.conftest import run_page  # AppTest of the real app, as the page tests run it
    from tests.maphelp import page_maps
    from components.navigation import page_views, view_id

    sizes = []
    for page, query in page_views():
        label = view_id(page, query)
        at = run_page(page.path, dict(parse_qsl(query)))
        if len(at.exception):
            raise RuntimeError(f"view {label} raised: {at.exception[0].message}")
        for n, drawn in enumerate(page_maps(at), start=1):
            alt = " ".join(drawn.alt.split()).removeprefix("Map: ")
            name = f"{label} map {n}" + (f": {alt[:40]}..." if len(alt) > 40 else f": {alt}" if alt else "")
            sizes.append(chart_map_size(name, drawn.spec, drawn.sent_bytes))
    return sizes


def national_sizes() -> list[MapSize]:
    """A map of every district with a figure, tooltip and source each: the largest map the atlas draws."""
    import pandas as pd

    from components.maps import choropleth_spec, class_legend, join_values
    from geo.webshapes import national

    out = []
    for layer in ("ew2021", "uk2023"):
        fc = national(layer)
        codes = [f["properties"]["area_code"] for f in fc["features"]]
        values = pd.DataFrame({"area_code": codes, "value": [5 + (i % 97) / 10 for i in range(len(codes))],
                               "unit": "percent", "period": "2021", "area": [f"District {c}" for c in codes],
                               "value_text": [f"{5 + (i % 97) / 10:.1f}%" for i in range(len(codes))],
                               "source": "Office for National Statistics, Census 2021 TS039 (OGL v3.0)"})
        legend = class_legend(values["value"].tolist(), "percent")
        spec = choropleth_spec(join_values(fc, values, legend, "Share"), legend, "Share (%)", "Share", show_labels=False)
        out.append(MapSize(f"every district ({layer})", fc["vintage"], len(codes), _compact(fc["features"]),
                           sum(_compact(rows) for rows in spec["datasets"].values()), _compact(spec)))
    return out


def map_sizes() -> list[MapSize]:
    """The pages' maps, then the all-areas upper bounds.

    Raises geo.sources.BoundariesUnavailable when there are no boundary files.
    """
    return [*page_map_sizes(), *national_sizes()]
