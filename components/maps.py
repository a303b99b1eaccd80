"""Maps of figures by area: choropleths and proportional symbols, offline, with legends and sources.

Two renderings of every map share one set of class breaks and colours: a pydeck map for the
page (no basemap, so it works without internet) and an Altair geoshape map that goes into the
PNG download. Pages call `choropleth_map` / `symbol_map`; the pieces they are built from
(`class_legend`, `join_values`, `*_deck`, `*_altair`) are public so other views can reuse them.

Values are a DataFrame with at least area_code, value, unit and period; `source` (or doc_id,
section and line) and area_name (as the document wrote it) make the tooltips traceable.
"""
from __future__ import annotations

import json

import math
from collections.abc import Sequence
from dataclasses import dataclass

import altair as alt
import pandas as pd
import pydeck as pdk
import streamlit as st

from components.charts import display_name, figure_frame
from components.export import png_download
from components.theme import (
    CONTEXT_FILL_RGBA,
    LAND_FILL_HEX,
    LAND_FILL_RGBA,
    LAND_LINE_HEX,
    LAND_LINE_RGBA,
    MAP_CLASSES,
    MAP_HEIGHT_PX,
    MAP_LABEL_RGBA,
    MAP_WIDTH_PX,
    NO_DATA_HEX,
    OUTLINE_RGBA,
    SEQUENTIAL_HEX,
    SYMBOL_HEX,
    SYMBOL_MAX_RADIUS_PX,
    format_value,
    hex_to_rgb,
)
from data.vocab import unit_label

NO_DATA_LABEL = "No figure"
TOOLTIP_TEXT = "{tooltip_name}\n{tooltip_value}\nPeriod: {tooltip_period}\nSource: {tooltip_source}"


# --- boundaries ------------------------------------------------------------------------------

@st.cache_data(show_spinner=False, max_entries=32)
def _cached_features(area_codes: tuple[str, ...], vintage: str) -> dict:
    from geo.mapready import map_features

    return map_features(area_codes, vintage)


def area_features(area_codes: Sequence[str], vintage: str = "2023") -> dict | None:
    """The shapes for `area_codes` (cached), or None after telling the reader why there is no map.

    Pages keep working without boundary files: the message says how to get them, and the
    tables and charts beside the map still draw.
    """
    from geo.sources import BoundariesUnavailable

    try:
        return _cached_features(tuple(area_codes), str(vintage))
    except BoundariesUnavailable as exc:
        st.info(str(exc), icon=":material/map:")
        return None


def map_attribution(vintage: str = "2023") -> str:
    from geo.attribution import attribution

    return attribution(str(vintage))


# --- surroundings (no basemap, so the land around the areas is drawn from the boundaries) ---------

CONTEXT_VINTAGE = "2023"  # the coastline is the same in both vintages; the 2023 file is the lighter one


@st.cache_resource(show_spinner=False)
def _land_shape():  # noqa: ANN202 - a shapely geometry; shapely stays out of the module's import path
    """Great Britain's land as one simplified shape (districts unioned), built once per process (about a second)."""
    import shapely
    from shapely.geometry import shape

    from geo.lookup import dissolve_parents
    from geo.mapready import load_layer

    skip = set(dissolve_parents())
    parts = [shape(f["geometry"]).simplify(0.005) for f in load_layer(CONTEXT_VINTAGE)["features"]
             if f["properties"]["area_code"] not in skip]
    land = shapely.union_all(shapely.buffer(parts, 0.0005)).simplify(0.01)
    # Districts tile the land, so any hole in their union is a sliver between simplified edges,
    # which would draw as stray lines across the land: keep the outer rings only.
    outer = [shapely.Polygon(part.exterior) for part in shapely.get_parts(land) if part.area > 1e-5]
    return shapely.set_precision(shapely.MultiPolygon(outer), 0.0001)


@st.cache_data(show_spinner=False, max_entries=16)
def _clipped_land(bounds: tuple[float, float, float, float]) -> dict:
    import shapely
    from shapely.geometry import mapping

    land = shapely.clip_by_rect(_land_shape(), *bounds)
    features = [] if land.is_empty else [{
        "type": "Feature", "geometry": mapping(land),
        "properties": {"area_code": "", "area_name": "", "current_name": "", "label_lon": None, "label_lat": None},
    }]
    return {"type": "FeatureCollection", "vintage": CONTEXT_VINTAGE, "features": features}


def context_land(features_fc: dict | None) -> dict | None:
    """The land around the mapped areas, clipped well beyond them, so a map without a basemap shows where it is.

    Pass it as `context_fc`: it is drawn beneath everything, never picked, and left out of the
    view's fit. None when there are no areas or no boundary files (the map has said why).
    """
    if not features_fc or not features_fc.get("features"):
        return None
    from geo.mapready import region_bounds
    from geo.sources import BoundariesUnavailable

    lo_lon, lo_lat, hi_lon, hi_lat = region_bounds(features_fc)
    margin = max(hi_lon - lo_lon, hi_lat - lo_lat) + 0.5
    bounds = (round(lo_lon - margin, 2), round(lo_lat - margin, 2), round(hi_lon + margin, 2), round(hi_lat + margin, 2))
    try:
        return _clipped_land(bounds)
    except BoundariesUnavailable:
        return None


# --- classes and legend -------------------------------------------------------------------------

@dataclass(frozen=True)
class ClassLegend:
    """Class breaks (k+1 edges for k classes), one colour and one label per class, and the unit."""
    edges: tuple[float, ...]
    colours: tuple[str, ...]
    labels: tuple[str, ...]
    unit: str

    def class_of(self, value: float) -> int | None:
        """Index of the class holding `value` (upper edges inclusive, so the maximum is in the top class)."""
        if value is None or value != value:
            return None
        for i in range(len(self.colours)):
            if value <= self.edges[i + 1] or i == len(self.colours) - 1:
                return i
        return None

    def colour_of(self, value: float) -> str:
        idx = self.class_of(value)
        return NO_DATA_HEX if idx is None else self.colours[idx]

    def label_of(self, value: float) -> str:
        idx = self.class_of(value)
        return NO_DATA_LABEL if idx is None else self.labels[idx]


def _palette(k: int) -> tuple[str, ...]:
    """k colours spread across the sequential palette, light to dark."""
    if k <= 1:
        return (SEQUENTIAL_HEX[len(SEQUENTIAL_HEX) // 2],)
    last = len(SEQUENTIAL_HEX) - 1
    return tuple(SEQUENTIAL_HEX[round(i * last / (k - 1))] for i in range(k))


def _nice_step(raw: float) -> float:
    """A round step (1, 2, 2.5 or 5 times a power of ten) at least as big as `raw`."""
    if raw <= 0:
        return 1.0
    power = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 2.5, 5, 10):
        if m * power >= raw - 1e-12:
            return m * power
    return 10 * power


def class_legend(values: Sequence[float], unit: str, n_classes: int = MAP_CLASSES) -> ClassLegend:
    """Equal-interval classes on round numbers covering the values.

    Equal intervals keep the legend honest about distances (a darker class is always a higher
    value by the same step), and round edges read easily on a slide. The step is the smallest
    round number that covers the range in at most the palette's number of classes, aiming at
    `n_classes`; a single distinct value gets a single class.
    """
    clean = sorted(float(v) for v in values if v is not None and v == v)
    if not clean:
        return ClassLegend((), (), (), unit)
    lo, hi = clean[0], clean[-1]
    if hi == lo:
        edges: tuple[float, ...] = (lo, hi)
    else:
        max_classes = len(SEQUENTIAL_HEX)
        step = _nice_step((hi - lo) / max(n_classes, 1) / 2)
        while True:
            start = math.floor(lo / step + 1e-9) * step
            n = max(1, math.ceil((hi - start) / step - 1e-9))
            if n <= max_classes:
                break
            step = _nice_step(step * 1.0001)
        edges = tuple(round(start + i * step, 10) for i in range(n + 1))
    k = len(edges) - 1
    colours = _palette(k)
    labels = tuple(
        format_value(edges[i], unit) if edges[i] == edges[i + 1]
        else f"{format_value(edges[i], unit)} to {format_value(edges[i + 1], unit)}"
        for i in range(k)
    )
    return ClassLegend(edges, colours, labels, unit)


def legend_chart(legend: ClassLegend, title: str, has_missing: bool = False) -> alt.Chart:
    """The map's key as a small Altair chart: one swatch per class with its range and unit."""
    rows = [{"order": i, "label": lab, "colour": col} for i, (lab, col) in enumerate(zip(legend.labels, legend.colours))]
    rows.reverse()  # highest class at the top, as readers expect
    if has_missing:
        rows.append({"order": len(rows), "label": NO_DATA_LABEL, "colour": NO_DATA_HEX})
    data = pd.DataFrame(rows)
    data["pos"] = range(len(data))
    y = alt.Y("pos:O", axis=None)
    swatch = alt.Chart(data).mark_square(size=260, stroke="#555", strokeWidth=0.5, opacity=1).encode(
        y=y, x=alt.value(10), color=alt.Color("colour:N", scale=None))
    text = alt.Chart(data).mark_text(align="left", dx=0, fontSize=12).encode(y=y, x=alt.value(24), text="label:N")
    return alt.layer(swatch, text).properties(
        title=alt.TitleParams(wrap_words(title, 22), fontSize=12, anchor="start"), width=150, height=24 * len(data))


def wrap_words(text: str, width: int) -> list[str]:
    """Split a title into lines of about `width` characters (Vega titles do not wrap themselves)."""
    lines: list[str] = []
    for word in text.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return lines or [""]


# --- joining values to shapes -------------------------------------------------------------------

def _values_frame(values: pd.DataFrame) -> pd.DataFrame:
    frame = values.copy()
    if "area" not in frame or "value_text" not in frame or "source" not in frame:
        frame = figure_frame(frame)
    return frame.drop_duplicates("area_code")


def join_values(features_fc: dict, values: pd.DataFrame, legend: ClassLegend | None = None,
                value_label: str = "") -> dict:
    """A copy of the collection with each feature's figure, colour, class and tooltip text in its properties.

    Features with no figure stay on the map in the no-data grey, with a tooltip that says so.
    """
    frame = _values_frame(values)
    by_code = {row.area_code: row for row in frame.itertuples(index=False)}
    legend = legend or class_legend(frame["value"].tolist(), str(frame["unit"].iloc[0]) if len(frame) else "")
    features = []
    for feature in features_fc.get("features", []):
        props = dict(feature["properties"])
        code = props.get("area_code", "")
        row = by_code.get(code)
        name = props.get("current_name") or props.get("area_name") or code
        if row is not None:
            value = float(row.value)
            colour = legend.colour_of(value)
            written = getattr(row, "area_name", "") or ""
            props.update({
                "value": value,
                "unit": row.unit,
                "value_text": row.value_text,
                "period": str(row.period),
                "source": row.source,
                "class_label": legend.label_of(value),
                "fill": hex_to_rgb(colour, 230),
                "fill_hex": colour,
                "tooltip_name": display_name(code, written) if written else name,
                "tooltip_value": f"{value_label}: {row.value_text}" if value_label else row.value_text,
                "tooltip_period": str(row.period),
                "tooltip_source": row.source,
            })
        else:
            props.update({
                "value": None, "unit": "", "value_text": "", "period": "", "source": "",
                "class_label": NO_DATA_LABEL, "fill": hex_to_rgb(NO_DATA_HEX, 200), "fill_hex": NO_DATA_HEX,
                "tooltip_name": name, "tooltip_value": "No figure in the documents for this area",
                "tooltip_period": "–", "tooltip_source": "–",
            })
        features.append({"type": "Feature", "properties": props, "geometry": feature["geometry"]})
    out = {k: v for k, v in features_fc.items() if k != "features"}
    out["features"] = features
    return out


def label_points(features_fc: dict, text_field: str = "value_text") -> list[dict]:
    """One point per feature at its label position, carrying the text to print there."""
    points = []
    for f in features_fc.get("features", []):
        p = f["properties"]
        if p.get(text_field) and p.get("label_lon") is not None:
            points.append({"position": [p["label_lon"], p["label_lat"]], "text": str(p[text_field]),
                           **{k: p.get(k) for k in ("tooltip_name", "tooltip_value", "tooltip_period", "tooltip_source")}})
    return points


def fitted_view(features_fc: dict, width: int = MAP_WIDTH_PX, height: int = MAP_HEIGHT_PX,
                padding: float = 0.04) -> pdk.ViewState:
    from geo.mapready import view_state

    return pdk.ViewState(**view_state(features_fc, width=width, height=height, padding=padding), pitch=0, bearing=0)


# --- pydeck renderings --------------------------------------------------------------------------

class CompactDeck(pdk.Deck):
    """A Deck whose JSON has no indentation: pydeck pretty-prints, which made maps 4-6x larger on the wire."""

    def to_json(self) -> str:
        return json.dumps(json.loads(super().to_json()), separators=(",", ":"))


def _deck(layers: list[pdk.Layer], view: pdk.ViewState) -> pdk.Deck:
    # map_provider=None: no basemap, no tile requests (the atlas must work offline).
    return CompactDeck(layers=layers, initial_view_state=view, map_provider=None, map_style=None,
                    tooltip={"text": TOOLTIP_TEXT, "style": {"fontSize": "13px", "whiteSpace": "pre-line"}})


def _text_layer(points: list[dict], size: int = 13) -> pdk.Layer:
    # A pale box behind each label keeps it readable on dark classes without an SDF outline (which blurs).
    # The default font family is kept on purpose: Streamlit's deck.gl renders no glyphs for a custom one.
    return pdk.Layer("TextLayer", data=points, id="labels", get_position="position", get_text="text",
                     get_size=size, get_color=MAP_LABEL_RGBA, font_weight=700, background=True, get_background_color=[255, 255, 255, 200],
                     background_padding=[3, 1, 3, 1], get_text_anchor="'middle'",
                     get_alignment_baseline="'center'", pickable=True)


def _context_layers(context_fc: dict | None) -> list[pdk.Layer]:
    if not context_fc or not context_fc.get("features"):
        return []
    return [pdk.Layer("GeoJsonLayer", data=context_fc, id="context", pickable=False, stroked=True, filled=True,
                      get_fill_color=LAND_FILL_RGBA, get_line_color=LAND_LINE_RGBA, line_width_min_pixels=0.5)]


def choropleth_deck(joined_fc: dict, show_labels: bool = True, context_fc: dict | None = None) -> pdk.Deck:
    """The page's map: filled shapes, outlines and (optionally) each area's value printed on it.

    `context_fc` (see `context_land`) is drawn underneath and does not change the view.
    """
    layers = _context_layers(context_fc) + [pdk.Layer(
        "GeoJsonLayer", data=joined_fc, id="areas", pickable=True, stroked=True, filled=True,
        get_fill_color="properties.fill", get_line_color=OUTLINE_RGBA, line_width_min_pixels=1,
        auto_highlight=True, highlight_color=[255, 255, 255, 90],
    )]
    if show_labels:
        layers.append(_text_layer(label_points(joined_fc)))
    return _deck(layers, fitted_view(joined_fc))


def symbol_radius_px(value: float, max_value: float, max_radius: float = SYMBOL_MAX_RADIUS_PX) -> float:
    """Radius for a value, so a symbol's AREA is proportional to the value (radius ∝ √value)."""
    if not value or value != value or max_value <= 0:
        return 0.0
    return max_radius * math.sqrt(max(value, 0) / max_value)


def symbol_points(joined_fc: dict, max_value: float | None = None) -> list[dict]:
    """Symbol data: label position, radius in pixels and tooltip text, largest first so small ones stay visible."""
    feats = [f["properties"] for f in joined_fc.get("features", []) if f["properties"].get("value") is not None]
    top = max_value or max([p["value"] for p in feats], default=0)
    points = [{
        "position": [p["label_lon"], p["label_lat"]], "radius": symbol_radius_px(p["value"], top),
        "value": p["value"], "text": p["value_text"],
        **{k: p[k] for k in ("tooltip_name", "tooltip_value", "tooltip_period", "tooltip_source")},
    } for p in feats]
    return sorted(points, key=lambda d: -d["radius"])


def symbol_deck(joined_fc: dict, outline_fc: dict | None = None, show_labels: bool = True,
                max_value: float | None = None, context_fc: dict | None = None) -> pdk.Deck:
    """Proportional circles at each area's label point over the outlines of the areas for context.

    `max_value` fixes the value drawn at the largest radius, so several maps share one size scale.
    """
    context = outline_fc or joined_fc
    fill = hex_to_rgb(SYMBOL_HEX, 170)
    layers = _context_layers(context_fc) + [
        pdk.Layer("GeoJsonLayer", data=context, id="outline", pickable=False, stroked=True, filled=True,
                  get_fill_color=CONTEXT_FILL_RGBA, get_line_color=OUTLINE_RGBA, line_width_min_pixels=1),
        pdk.Layer("ScatterplotLayer", data=symbol_points(joined_fc, max_value), id="symbols", pickable=True,
                  get_position="position", get_radius="radius", radius_units="'pixels'",
                  get_fill_color=fill, get_line_color=[255, 255, 255, 255], stroked=True,
                  line_width_min_pixels=1),
    ]
    if show_labels:
        layers.append(_text_layer(symbol_points(joined_fc, max_value), size=12))
    # extra room so a large circle on an area at the edge is not cut by the frame
    return _deck(layers, fitted_view(context, padding=0.15))


# --- Altair renderings (PNG export) --------------------------------------------------------------

def _features_for_altair(joined_fc: dict) -> list[dict]:
    """Features as plain dicts (geometry dicts, not strings) for alt.Data(values=...)."""
    return [{"type": "Feature", "properties": dict(f["properties"]), "geometry": f["geometry"]}
            for f in joined_fc.get("features", [])]


def _context_altair(context_fc: dict | None) -> list[alt.Chart]:
    if not context_fc or not context_fc.get("features"):
        return []
    return [alt.Chart(alt.Data(values=_features_for_altair(context_fc))).mark_geoshape(
        fill=LAND_FILL_HEX, stroke=LAND_LINE_HEX, strokeWidth=0.4, clip=True)]


def _project(layers: list[alt.Chart], fit_fc: dict, context_fc: dict | None) -> alt.LayerChart:
    """Mercator; with surroundings, fitted to the mapped areas only (the land beyond is clipped)."""
    if context_fc and context_fc.get("features"):
        # Fit to the areas' bounding box: the same fit as the shapes themselves, and a five-point
        # polygon instead of every shape keeps Altair's schema validation fast on each rerun.
        from geo.mapready import region_bounds

        w, s_, e, n = region_bounds(fit_fc)
        box = {"type": "Feature", "properties": {},
               "geometry": {"type": "Polygon", "coordinates": [[[w, s_], [w, n], [e, n], [e, s_], [w, s_]]]}}
        return alt.layer(*layers).project("mercator", fit=[box])
    return alt.layer(*layers).project("mercator")


def _label_layer(joined_fc: dict, text_field: str = "value_text", dy: int = 0) -> alt.Chart:
    points = [{"lon": p["position"][0], "lat": p["position"][1], "text": p["text"]}
              for p in label_points(joined_fc, text_field)]
    return alt.Chart(alt.Data(values=points)).mark_text(
        fontSize=10, fontWeight="bold", color="#111", stroke="white", strokeWidth=2.5, strokeOpacity=0.9, dy=dy,
    ).encode(longitude="lon:Q", latitude="lat:Q", text="text:N") + alt.Chart(alt.Data(values=points)).mark_text(
        fontSize=10, fontWeight="bold", color="#111", dy=dy,
    ).encode(longitude="lon:Q", latitude="lat:Q", text="text:N")


def choropleth_altair(joined_fc: dict, legend: ClassLegend, legend_title: str, width: int = 520,
                      height: int = 440, show_labels: bool = True, context_fc: dict | None = None) -> alt.LayerChart:
    """The same map as an Altair geoshape chart with its own legend (class ranges with units)."""
    feats = _features_for_altair(joined_fc)
    has_missing = any(f["properties"].get("value") is None for f in feats)
    domain = list(legend.labels) + ([NO_DATA_LABEL] if has_missing else [])
    colours = list(legend.colours) + ([NO_DATA_HEX] if has_missing else [])
    shapes = alt.Chart(alt.Data(values=feats)).mark_geoshape(stroke="#3c3c3c", strokeWidth=0.6).encode(
        color=alt.Color("properties.class_label:N", scale=alt.Scale(domain=domain, range=colours),
                        sort=domain, legend=alt.Legend(title=legend_title, orient="right", labelLimit=220)),
        tooltip=[alt.Tooltip("properties.tooltip_name:N", title="Area"),
                 alt.Tooltip("properties.value_text:N", title="Value"),
                 alt.Tooltip("properties.period:N", title="Period"),
                 alt.Tooltip("properties.source:N", title="Source")],
    )
    layers = [*_context_altair(context_fc), shapes]
    if show_labels:
        layers.append(_label_layer(joined_fc))
    return _project(layers, joined_fc, context_fc).properties(width=width, height=height)


def size_legend_values(max_value: float) -> list[float]:
    """Three round reference values for the size key, the largest near the biggest symbol."""
    if max_value <= 0:
        return []
    # Round numbers on a 1-2-5 ladder (never 62.5 units or half a scheme): the largest at or
    # just below the biggest symbol, then about a half and a fifth of it.
    def nice_floor(x: float) -> float:
        power = 10 ** math.floor(math.log10(x))
        return max(m * power for m in (1, 2, 5, 10) if m * power <= x * 1.0001)

    top = nice_floor(max_value)
    smaller = [nice_floor(top / d) for d in (2, 5) if top / d > 0]
    if max_value >= 1:
        smaller = [v for v in smaller if v >= 1]
    return sorted({top, *smaller}, reverse=True)


def size_legend_chart(max_value: float, unit: str, title: str) -> alt.Chart:
    """Key for proportional symbols: nested-size circles for round values, drawn to the map's scale."""
    rows = []
    for i, v in enumerate(size_legend_values(max_value)):
        r = symbol_radius_px(v, max_value)
        rows.append({"pos": i, "size": 4 * r * r, "label": f"{format_value(v, unit)} {unit_label(unit, v)}"})
    data = pd.DataFrame(rows)
    y = alt.Y("pos:O", axis=None)
    circles = alt.Chart(data).mark_circle(color=SYMBOL_HEX, opacity=0.7, stroke="white").encode(
        y=y, x=alt.value(SYMBOL_MAX_RADIUS_PX + 2), size=alt.Size("size:Q", scale=None))
    text = alt.Chart(data).mark_text(align="left", fontSize=12).encode(
        y=y, x=alt.value(2 * SYMBOL_MAX_RADIUS_PX + 10), text="label:N")
    return alt.layer(circles, text).properties(
        title=alt.TitleParams(wrap_words(title, 22), fontSize=12, anchor="start"), width=150,
        height=(2 * SYMBOL_MAX_RADIUS_PX + 6) * max(1, len(data)))


def symbol_altair(joined_fc: dict, outline_fc: dict | None, legend_title: str, width: int = 520,
                  height: int = 440, show_labels: bool = True, max_value: float | None = None,
                  context_fc: dict | None = None) -> alt.LayerChart:
    """Proportional symbols as an Altair chart (for PNG): outlines, circles sized by value, value labels."""
    context = _features_for_altair(outline_fc or joined_fc)
    points = symbol_points(joined_fc, max_value)
    top = max_value or max([p["value"] for p in points], default=0)
    unit = next((f["properties"]["unit"] for f in joined_fc["features"] if f["properties"].get("unit")), "")
    data = [{"lon": p["position"][0], "lat": p["position"][1], "size": 4 * p["radius"] ** 2, "value": p["value"],
             "text": p["text"], "name": p["tooltip_name"], "period": p["tooltip_period"], "source": p["tooltip_source"]}
            for p in points]
    outline = alt.Chart(alt.Data(values=context)).mark_geoshape(fill="#ebebeb", stroke="#3c3c3c", strokeWidth=0.6)
    legend_values = size_legend_values(top)
    circles = alt.Chart(alt.Data(values=data)).mark_circle(color=SYMBOL_HEX, opacity=0.7, stroke="white").encode(
        longitude="lon:Q", latitude="lat:Q",
        size=alt.Size("value:Q", scale=alt.Scale(domain=[0, top or 1], range=[0, 4 * SYMBOL_MAX_RADIUS_PX ** 2]),
                      legend=alt.Legend(title=legend_title, values=legend_values, symbolFillColor=SYMBOL_HEX,
                                        format=",.0f", labelExpr=f"datum.label + ' {unit_label(unit)}'")),
        tooltip=[alt.Tooltip("name:N", title="Area"), alt.Tooltip("text:N", title="Value"),
                 alt.Tooltip("period:N", title="Period"), alt.Tooltip("source:N", title="Source")],
    )
    layers = [*_context_altair(context_fc), outline, circles]
    if show_labels:
        layers.append(alt.Chart(alt.Data(values=data)).mark_text(fontSize=10, fontWeight="bold", dy=-12).encode(
            longitude="lon:Q", latitude="lat:Q", text="text:N"))
    return _project(layers, outline_fc or joined_fc, context_fc).properties(width=width, height=height)


# --- page-level components ----------------------------------------------------------------------

def map_alt_text(joined_fc: dict, title: str) -> str:
    """A sentence-per-area text alternative for screen readers (also what the table shows)."""
    parts = []
    for f in joined_fc.get("features", []):
        p = f["properties"]
        if p.get("value") is not None:
            parts.append(f"{p['tooltip_name']}: {p['value_text']} ({p['period']})")
    missing = [f["properties"]["tooltip_name"] for f in joined_fc.get("features", []) if f["properties"].get("value") is None]
    text = f"Map: {title}. " + "; ".join(parts) + "."
    if missing:
        text += " No figure for " + ", ".join(missing) + "."
    return text


def choropleth_map(
    features_fc: dict | None,
    values: pd.DataFrame,
    title: str,
    unit_label_text: str,
    value_label: str = "",
    source: str = "",
    key: str = "map",
    show_download: bool = True,
    show_labels: bool = True,
    n_classes: int = MAP_CLASSES,
    legend: ClassLegend | None = None,
    context_fc: dict | None = None,
    show_attribution: bool = True,
) -> dict | None:
    """Draw a choropleth with its legend beside it, attribution and a PNG download; returns the joined collection.

    `features_fc` None (no boundaries) draws nothing: `area_features` has already said why.
    `unit_label_text` titles the legend (e.g. "Share of population (%)"). Pass `legend` (from
    `class_legend` over every period's values) to keep colours comparable when a period selector
    redraws the map. `show_attribution=False` when the page footer carries the licence line
    (`page_footer(map_vintages=...)`); the PNG always carries it.
    """
    if features_fc is None:
        return None
    if not features_fc.get("features"):
        st.info("No boundary shapes for these areas, so there is no map; the figures are in the table below.")
        return None
    frame = _values_frame(values)
    legend = legend or class_legend(frame["value"].tolist(), str(frame["unit"].iloc[0]) if len(frame) else "",
                                    n_classes)
    joined = join_values(features_fc, frame, legend, value_label)
    has_missing = any(f["properties"]["value"] is None for f in joined["features"])
    vintage = str(features_fc.get("vintage", "2023"))
    map_col, key_col = st.columns([3, 1])
    with map_col:
        st.pydeck_chart(choropleth_deck(joined, show_labels, context_fc), height=MAP_HEIGHT_PX, key=f"{key}_deck",
                        alt=map_alt_text(joined, title))
    with key_col:
        st.altair_chart(legend_chart(legend, unit_label_text, has_missing), theme=None, key=f"{key}_legend",
                        alt=f"Legend: {unit_label_text}; " + "; ".join(legend.labels))
    attribution = map_attribution(vintage)
    st.caption(f"Hover an area for its figure, period and source. Boundaries: {vintage} vintage."
               + (f" {attribution}" if show_attribution else " Licence and attribution at the foot of the page."))
    if show_download:
        png_download(lambda: choropleth_altair(joined, legend, unit_label_text, show_labels=show_labels,
                                       context_fc=context_fc), title, source,
                     attribution, key=f"{key}_png")
    return joined


def symbol_map(
    features_fc: dict | None,
    values: pd.DataFrame,
    title: str,
    unit_label_text: str,
    outline_fc: dict | None = None,
    value_label: str = "",
    source: str = "",
    key: str = "symbols",
    show_download: bool = True,
    show_labels: bool = True,
    max_value: float | None = None,
    context_fc: dict | None = None,
    show_attribution: bool = True,
) -> dict | None:
    """Draw proportional symbols (area ∝ value) over area outlines, with a size key, attribution and PNG download.

    Use it for counts (units, places), where a choropleth would mislead by area size. Give
    several maps the same `max_value` so their circles (and size keys) share one scale.
    """
    if features_fc is None:
        return None
    if not features_fc.get("features"):
        st.info("No boundary shapes for these areas, so there is no map; the figures are in the table below.")
        return None
    frame = _values_frame(values)
    joined = join_values(features_fc, frame, None, value_label)
    unit = str(frame["unit"].iloc[0]) if len(frame) else ""
    top = max_value or (float(frame["value"].max()) if len(frame) else 0.0)
    vintage = str(features_fc.get("vintage", "2023"))
    map_col, key_col = st.columns([3, 1])
    with map_col:
        st.pydeck_chart(symbol_deck(joined, outline_fc, show_labels, top, context_fc), height=MAP_HEIGHT_PX, key=f"{key}_deck",
                        alt=map_alt_text(joined, title))
    with key_col:
        st.altair_chart(size_legend_chart(top, unit, unit_label_text), theme=None, key=f"{key}_legend",
                        alt=f"Size key: {unit_label_text}; circle area is proportional to the value")
    attribution = map_attribution(vintage)
    st.caption(f"Circle area is proportional to the value. Hover a circle for its figure, period and source. "
               f"Boundaries: {vintage} vintage."
               + (f" {attribution}" if show_attribution else " Licence and attribution at the foot of the page."))
    if show_download:
        png_download(lambda: symbol_altair(joined, outline_fc, unit_label_text, show_labels=show_labels, max_value=top,
                                   context_fc=context_fc), title, source,
                     attribution, key=f"{key}_png")
    return joined
