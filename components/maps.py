"""Maps of figures by area: choropleths, proportional symbols and coverage, drawn without WebGL.

Every default map is ONE Vega-Lite specification (built with Altair, drawn by Vega on a 2D
canvas, so it works on a virtual desktop with no GPU): the page shows it and its PNG download
renders the same dictionary with vl-convert (components.export), so screen and PNG cannot
drift. Shapes come from the prepared files (geo.webshapes, json only): nothing on the serving
path needs geopandas or shapely, and no basemap or other third-party request is made.

pydeck is kept for one job: the optional interactive map (`interactive_map`) a viewer opens
on request to pan, zoom and click an area, which needs WebGL and says so.

Values are a DataFrame with at least area_code, value, unit and period; `source` (or doc_id,
section and line) and area_name (as the document wrote it) make the tooltips traceable.
"""
from __future__ import annotations

import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import altair as alt
import pandas as pd
import streamlit as st

from components.chart_cache import BuiltChart, cached_chart, show_chart, vega_lite_dict
from components.shared_cache import SharedCache
from components.charts import display_name, figure_frame
from components.provenance import paragraphs
from components.export import png_download
from components.theme import (
    CONTEXT_FILL_HEX,
    LAND_FILL_HEX,
    LAND_LINE_HEX,
    MAP_CLASSES,
    MAP_HALO_HEX,
    MAP_HEIGHT_PX,
    MAP_LABEL_HEX,
    MAP_LEGEND_FONT_PX,
    NO_DATA_HEX,
    OUTLINE_HEX,
    SEQUENTIAL_HEX,
    SYMBOL_HEX,
    SYMBOL_MAX_RADIUS_PX,
    format_value,
    hex_to_rgb,
    shown_number,
)
from data.vocab import unit_label

NO_DATA_LABEL = "No figure"
TOOLTIP_TEXT = "{tooltip_name}\n{tooltip_value}\nPeriod: {tooltip_period}\nSource: {tooltip_source}"
INTERACTIVE_LABEL = "Interactive map (pan, zoom, click a district; needs WebGL)"
WEBGL_NOTE = ("This map needs WebGL, which some browsers and virtual desktops without a graphics card do not "
              "offer; if it stays blank, use the map above and the table, which show the same figures.")
# Properties a map specification carries per area (tooltips, colour, labels); nothing else is sent.
SPEC_PROPERTIES = ("area_code", "name", "value", "value_text", "tip", "period", "source", "class_label",
                   "label_lon", "label_lat")
COVERAGE_DOT_PX2 = 140  # area of the dot marking each covered area on the coverage map
MAX_PREPARED_MAPS = 128  # maps kept ready to send (views x authorities x periods x looks)
MAX_LISTED_AREAS = 40  # a text alternative lists every area's figure up to this many, else summarises
MAP_KINDS = ("choropleth", "symbols", "coverage")


# --- boundaries (prepared files, json only) -------------------------------------------------------

def _boundaries_unavailable(exc: Exception) -> None:
    st.info(str(exc), icon="🗺️")


def area_features(area_codes: Sequence[str], vintage: str = "2023") -> dict | None:
    """The shapes for `area_codes` (from the prepared layer), or None after telling the reader why there is no map.

    Pages keep working without boundary files: the message says how to get them, and the
    tables and charts beside the map still draw. Shapes are shared: do not change them.
    """
    from geo.sources import BoundariesUnavailable
    from geo.webshapes import features

    try:
        return features(tuple(area_codes), str(vintage))
    except BoundariesUnavailable as exc:
        _boundaries_unavailable(exc)
        return None


def national_features(layer: str = "ew2021") -> dict | None:
    """Every district of England and Wales 2021-23 ("ew2021", the 331 of Census 2021) or of the UK in
    May 2023 ("uk2023"), simplified for a country-wide map; None after saying why when not prepared."""
    from geo.sources import BoundariesUnavailable
    from geo.webshapes import national

    try:
        return national(layer)
    except BoundariesUnavailable as exc:
        _boundaries_unavailable(exc)
        return None


def map_attribution(vintage: str = "2023") -> str:
    """The licence line for a map's boundaries; the 2021 national layer is cut from the 2023 file along
    2013 boundaries, so it carries both credits."""
    from geo.attribution import attribution, attribution_text

    return attribution_text() if str(vintage) == "2021" else attribution(str(vintage))


def context_land(features_fc: dict | None) -> dict | None:
    """The land around the mapped areas (prepared, whole islands near them; the map clips the rest),
    so a map without a basemap shows where it is. Pass it as `context_fc`: drawn beneath, never
    picked, left out of the map's fit. None when there are no areas or no prepared land."""
    if not features_fc or not features_fc.get("features"):
        return None
    from geo.sources import BoundariesUnavailable
    from geo.webshapes import bounds, land_around

    w, s, e, n = bounds(features_fc)
    margin = max(e - w, n - s) + 0.5
    try:
        return land_around((w - margin, s - margin, e + margin, n + margin))
    except BoundariesUnavailable:
        return None


# --- classes and legend -------------------------------------------------------------------------

def class_index(value: float | None, edges: Sequence[float], unit: str) -> int | None:
    """The class of `value` among classes with these `edges` (k+1 edges for k classes): THE rule of every map, district
    and national. A class holds its lower edge and the values up to, not including, its upper edge ('2.0 to under
    3.0'); the top class holds its upper edge too, values under the first edge go in the first class and over the last
    in the top one. The value is taken as the atlas prints it (`theme.shown_number`): a district reading '3.0' is in
    the class from 3.0, whatever its unrounded figure. None: no figure (or no classes)."""
    if value is None or value != value or len(edges) < 2:
        return None
    shown = shown_number(float(value), unit)
    top = len(edges) - 2
    for i in range(top):
        if shown < edges[i + 1]:
            return i
    return top


@dataclass(frozen=True)
class ClassLegend:
    """Class breaks (k+1 edges for k classes), one colour and one label per class, and the unit."""
    edges: tuple[float, ...]
    colours: tuple[str, ...]
    labels: tuple[str, ...]
    unit: str

    def class_of(self, value: float) -> int | None:
        """Index of the class holding `value` (`class_index`: lower edges inclusive, the maximum in the top class)."""
        idx = class_index(value, self.edges, self.unit)
        return None if idx is None or idx >= len(self.colours) else idx

    def colour_of(self, value: float) -> str:
        idx = self.class_of(value)
        return NO_DATA_HEX if idx is None else self.colours[idx]

    def label_of(self, value: float) -> str:
        idx = self.class_of(value)
        return NO_DATA_LABEL if idx is None else self.labels[idx]


def class_labels(edges: Sequence[float], unit: str) -> tuple[str, ...]:
    """'2.0 to under 3.0', ..., '5.0 to 6.0': each class's range as `class_index` counts it (the top class closed)."""
    n = len(edges) - 1
    return tuple(f"{format_value(edges[i], unit)} to {'under ' if i < n - 1 else ''}{format_value(edges[i + 1], unit)}"
                 for i in range(n))


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
    """Equal-interval classes on round numbers covering the values, or a class per value when the values are too few
    to fill them.

    Equal intervals keep the legend honest about distances (a darker class is always a higher
    value by the same step), and round edges read easily on a slide. The step is the smallest
    round number that covers the range in at most the palette's number of classes, aiming at
    `n_classes`; a single distinct value gets a single class. A legend lists no class that no value is in while there
    are at most `n_classes` distinct values: then each value is a class of its own, labelled with it (two authorities
    at 2.6 and 5.4 per 1,000 were given 2 to 3, 3 to 4, 4 to 5 and 5 to 6, two of them empty). With more values an
    empty class is a gap in their spread, which equal intervals show.
    """
    clean = sorted(shown_number(float(v), unit) for v in values if v is not None and v == v)  # as printed
    if not clean:
        return ClassLegend((), (), (), unit)
    lo, hi = clean[0], clean[-1]
    if hi == lo:
        return _value_classes(clean, unit)
    max_classes = len(SEQUENTIAL_HEX)
    step = _nice_step((hi - lo) / max(n_classes, 1) / 2)
    while True:
        start = math.floor(lo / step + 1e-9) * step
        n = max(1, math.ceil((hi - start) / step - 1e-9))
        if n <= max_classes:
            break
        step = _nice_step(step * 1.0001)
    edges = tuple(round(start + i * step, 10) for i in range(n + 1))
    legend = ClassLegend(edges, _palette(n), class_labels(edges, unit), unit)
    if len({legend.class_of(v) for v in clean}) < n:  # an empty class
        by_value = _value_classes(clean, unit)
        if len(by_value.labels) <= n_classes:
            return by_value
    return legend


def _value_classes(values: Sequence[float], unit: str) -> ClassLegend:
    """A class per value as written (sorted values; values written alike share one), labelled with it. Each inner edge
    lies halfway between neighbouring values as written, so `class_index` puts every value in its own class."""
    shown = list(dict.fromkeys(shown_number(v, unit) for v in values))
    middles = [round((a + b) / 2, 10) for a, b in zip(shown, shown[1:])]
    edges = (shown[0], *middles, shown[-1])
    return ClassLegend(edges, _palette(len(shown)), tuple(format_value(v, unit) for v in shown), unit)


def symbol_radius_px(value: float, max_value: float, max_radius: float = SYMBOL_MAX_RADIUS_PX) -> float:
    """Radius for a value, so a symbol's AREA is proportional to the value (radius ∝ √value)."""
    if not value or value != value or max_value <= 0:
        return 0.0
    return max_radius * math.sqrt(max(value, 0) / max_value)


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
    Geometry objects are shared with the input (never changed).
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
            shown = display_name(code, written) if written else name
            props.update({
                "value": value,
                "unit": row.unit,
                "value_text": row.value_text,
                "period": str(row.period),
                "source": row.source,
                "class_label": legend.label_of(value),
                "fill": hex_to_rgb(colour, 230),
                "fill_hex": colour,
                "tooltip_name": shown,
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


# --- the one specification per map (screen and PNG) ------------------------------------------------

def _slim(fc: dict | None, tip_from_tooltip: bool = False) -> list[dict]:
    """Features with only the properties the map uses (what goes over the wire)."""
    out = []
    for f in (fc or {}).get("features", []):
        p = f["properties"]
        value_text = p.get("value_text", "")
        props = {"area_code": p.get("area_code", ""), "name": p.get("tooltip_name") or p.get("current_name")
                 or p.get("area_name", ""), "value": p.get("value"), "value_text": value_text,
                 # the tooltip's figure: the value as text, or why there is none / what covers the area
                 "tip": p.get("tooltip_value", value_text) if p.get("value") is None or tip_from_tooltip else value_text,
                 "period": p.get("tooltip_period", p.get("period", "")),
                 "source": p.get("tooltip_source", p.get("source", "")), "class_label": p.get("class_label", ""),
                 "label_lon": p.get("label_lon"), "label_lat": p.get("label_lat"),
                 **({"nolabel": True} if p.get("nolabel") else {})}  # a number left off not to overprint its twin
        out.append({"type": "Feature", "properties": props, "geometry": f["geometry"]})
    return out


def _fit_box(fc: dict, padding: float) -> dict:
    """A lon/lat box around the areas with a margin: the projection fits this, not the land around."""
    from geo.webshapes import bounds

    w, s, e, n = bounds(fc)
    pad = max(e - w, n - s) * padding
    w, s, e, n = (round(w - pad, 4), round(s - pad, 4), round(e + pad, 4), round(n + pad, 4))
    # clockwise: d3-geo (Vega) reads an anticlockwise ring as the whole globe outside it
    return {"type": "Feature", "properties": {},
            "geometry": {"type": "Polygon", "coordinates": [[[w, s], [w, n], [e, n], [e, s], [w, s]]]}}


def _font(presenter: bool) -> int:
    return MAP_LEGEND_FONT_PX["presenter" if presenter else "normal"]


def _tooltip(value_title: str) -> list[alt.Tooltip]:
    return [alt.Tooltip("properties.name:N", title="Area"),
            alt.Tooltip("properties.tip:N", title=value_title or "Value"),
            alt.Tooltip("properties.period:N", title="Period"),
            alt.Tooltip("properties.source:N", title="Source")]


def _land_layer(land: bool) -> list[alt.Chart]:
    if not land:
        return []
    return [alt.Chart(alt.NamedData("land")).mark_geoshape(
        fill=LAND_FILL_HEX, stroke=LAND_LINE_HEX, strokeWidth=0.5, clip=True)]


def _labels(value_title: str, presenter: bool, dy: int = 0, circle_top: float | None = None) -> list[alt.Chart]:
    """Each area's value at its label point, dark on a white halo; hidden on a phone-width map. `circle_top`: the
    value of the largest circle of a symbol map, whose labels sit just above each area's own circle (a fixed lift put
    the largest circles' labels across their top edge: South Tyneside's '177' on its circle)."""
    size = 15 if presenter else 11
    if circle_top:
        dy = alt.ExprRef(f"-({SYMBOL_MAX_RADIUS_PX} * sqrt(max(0, datum.properties.value) / {circle_top}) "
                         f"+ {2 + size / 2})")
    base = alt.Chart(alt.NamedData("areas")).transform_filter("datum.properties.value != null "
                                                              "&& !datum.properties.nolabel")
    encoding = dict(longitude="properties.label_lon:Q", latitude="properties.label_lat:Q", text="properties.value_text:N",
                    tooltip=_tooltip(value_title))
    shown = alt.ExprRef("width < 480 ? 0 : 1")
    halo = base.mark_text(fontSize=size, fontWeight="bold", dy=dy, stroke=MAP_HALO_HEX, strokeWidth=3,
                          strokeJoin="round", color=MAP_HALO_HEX, opacity=shown).encode(**encoding)
    text = base.mark_text(fontSize=size, fontWeight="bold", dy=dy, color=MAP_LABEL_HEX, opacity=shown).encode(**encoding)
    return [halo, text]


def legend_below(title: str | None, presenter: bool, swatches: bool = True, **extra: object) -> alt.Legend:
    """A legend under the map (never over an area), in as many columns as fit (one on a phone), type at least
    14 px (18 in presenter mode); the national maps use it too."""
    font = _font(presenter)
    if swatches:
        extra |= {"symbolSize": font * font * 1.6, "symbolType": "square", "symbolStrokeColor": OUTLINE_HEX,
                  "symbolStrokeWidth": 0.5}
    return alt.Legend(title=title, orient="bottom", direction="horizontal", labelFontSize=font, titleFontSize=font,
                      titleLimit=0, labelLimit=0, columns=alt.ExprRef("max(1, min(3, floor(width / 200)))"),
                      columnPadding=16, rowPadding=4, **extra)


# Fit the column's width; the map keeps its height and the legend adds below (on a phone the one-column
# legend would otherwise squeeze the map; Streamlit fits both ways when a spec does not say).
MAP_AUTOSIZE = {"type": "fit-x", "contains": "padding"}


def mercator_aspect(fc: dict) -> float:
    """Height over width of a collection's shapes as the maps draw them (Mercator): what the projection fits into the
    map's width and height, so the shapes fill the width whenever the map is taller than width x aspect."""
    from geo.webshapes import bounds

    w, s, e, n = bounds(fc)

    def y(lat: float) -> float:
        return math.log(math.tan(math.pi / 4 + math.radians(max(-85.0, min(85.0, lat))) / 2))

    return (y(n) - y(s)) / math.radians(e - w) if e > w else 0.0


def height_to_shape(fc: dict, max_height: int) -> list[dict]:
    """A map's height as the shapes' height at the width it is drawn, at most `max_height`: a Vega-Lite parameter
    named `height` (Vega-Lite makes it the view's height signal, worked out in the browser from the width the column
    gives). A fixed height left a band of blank under a national map on a phone (about 80 px at 390 px: the shapes fit
    the width, the height stayed); at desktop and projector widths the shapes are height-bound and nothing changes.
    Empty (the fixed height) when the shapes have no extent."""
    aspect = mercator_aspect(fc)
    if not (aspect > 0 and math.isfinite(aspect)):
        return []
    return [{"name": "height", "expr": f"min({int(max_height)}, ceil(width * {aspect:.5f}))"}]


def _template(layers: list[alt.Chart], kind: str, height: int) -> str:
    """A map's specification without its data and fit, as JSON: built once per
    look, because building Altair layers costs about half a second; each map then fills it in.
    (The schema check is in the tests: tests/test_chart_schema.py.)"""
    chart = alt.layer(*layers).project(type="mercator").properties(
        width="container", height=height,
        # vega-embed reads embedOptions from usermeta: draw on a 2D canvas (one element, fast, no WebGL)
        usermeta={"cma_map": {"kind": kind}, "embedOptions": {"renderer": "canvas"}},
    ).configure_view(stroke=None).configure(font="sans-serif")
    spec = vega_lite_dict(chart)
    spec["autosize"] = dict(MAP_AUTOSIZE)
    return json.dumps(spec)


def _fill(template: str, fit: dict, datasets: dict[str, list[dict]], vintage: str) -> dict:
    """A fresh copy of a template with this map's areas, fit, height to the fit's shape, and vintage."""
    spec = json.loads(template)
    spec["projection"]["fit"] = [fit]
    if fitted := height_to_shape({"features": [fit]}, spec["height"]):
        spec["params"] = [*spec.get("params", []), *fitted]
    spec["usermeta"]["cma_map"] |= {"areas": len(datasets["areas"]), "vintage": vintage}
    spec["datasets"] = {name: rows for name, rows in datasets.items() if rows}
    return spec


@lru_cache(maxsize=256)
def _choropleth_template(domain: tuple[str, ...], colours: tuple[str, ...], legend_title: str, value_title: str,
                         show_labels: bool, land: bool, presenter: bool, kind: str, height: int,
                         outline_px: float) -> str:
    shapes = alt.Chart(alt.NamedData("areas")).mark_geoshape(stroke=OUTLINE_HEX, strokeWidth=outline_px).encode(
        color=alt.Color("properties.class_label:N", scale=alt.Scale(domain=list(domain), range=list(colours)),
                        sort=list(domain), legend=legend_below(legend_title, presenter, values=list(domain))),
        tooltip=_tooltip(value_title),
    )
    layers = [*_land_layer(land), shapes]
    dy = 0
    if kind == "coverage":
        # At country scale a city (Dundee) is a few pixels: a dot in its colour keeps every area visible.
        layers.append(alt.Chart(alt.NamedData("areas")).mark_circle(
            size=COVERAGE_DOT_PX2, opacity=1, stroke=OUTLINE_HEX, strokeWidth=0.8).encode(
            longitude="properties.label_lon:Q", latitude="properties.label_lat:Q",
            color=alt.Color("properties.class_label:N", scale=alt.Scale(domain=list(domain), range=list(colours)),
                            legend=None),
            tooltip=_tooltip(value_title)))
        dy = -12
    layers += _labels(value_title, presenter, dy=dy) if show_labels else []
    return _template(layers, kind, height)


def choropleth_spec(joined_fc: dict, legend: ClassLegend, legend_title: str, value_title: str = "",
                    show_labels: bool = True, context_fc: dict | None = None, presenter: bool = False,
                    kind: str = "choropleth", height: int = MAP_HEIGHT_PX) -> dict:
    """The Vega-Lite specification of a classed map with its legend: the screen's and the PNG's.

    Legend entries are the classes (and "No figure" when an area has none), in order, with their
    range and unit; for `kind="coverage"` they are the documents.
    """
    areas = _slim(joined_fc, tip_from_tooltip=kind == "coverage")
    has_missing = any(f["properties"]["value"] is None for f in areas) and NO_DATA_LABEL not in legend.labels
    domain = tuple(legend.labels) + ((NO_DATA_LABEL,) if has_missing else ())
    colours = tuple(legend.colours) + ((NO_DATA_HEX,) if has_missing else ())
    # thin outlines on a country map, or small districts (London's boroughs) turn into dark blots
    outline_px = 0.7 if len(areas) <= MAX_LISTED_AREAS else 0.25
    land = _slim(context_fc)
    template = _choropleth_template(domain, colours, legend_title, value_title, show_labels, bool(land), presenter,
                                    kind, height, outline_px)
    return _fill(template, _fit_box(joined_fc, 0.04), {"areas": areas, "land": land},
                 str(joined_fc.get("vintage", "")))


@lru_cache(maxsize=256)
def _symbol_template(legend_title: str, top: float, unit: str, value_title: str, show_labels: bool, land: bool,
                     presenter: bool, height: int, missing: bool = False) -> str:
    outline = alt.Chart(alt.NamedData("outline")).mark_geoshape(
        fill=CONTEXT_FILL_HEX, stroke=OUTLINE_HEX, strokeWidth=0.7)
    # An area with no figure is filled "No figure" as on every other map (and keyed so), never left looking like an
    # area whose figure is too small for a circle. Its key comes after the size key: from a layer drawn after the
    # circles that draws nothing (legends follow their layers' order; the fill must lie under the circles)
    areas_without = alt.Chart(alt.NamedData("areas")).transform_filter("datum.properties.value == null")
    no_figure = areas_without.mark_geoshape(fill=NO_DATA_HEX, stroke=OUTLINE_HEX, strokeWidth=0.7).encode(
        tooltip=_tooltip(value_title))
    no_figure_key = alt.Chart(alt.NamedData("areas")).transform_filter("false").mark_geoshape().encode(
        color=alt.Color("properties.class_label:N", scale=alt.Scale(domain=[NO_DATA_LABEL], range=[NO_DATA_HEX]),
                        legend=legend_below(None, presenter, values=[NO_DATA_LABEL])))
    circles = alt.Chart(alt.NamedData("areas")).transform_filter("datum.properties.value != null").mark_circle(
        color=SYMBOL_HEX, opacity=0.75, stroke=MAP_HALO_HEX, strokeWidth=1).encode(
        longitude="properties.label_lon:Q", latitude="properties.label_lat:Q",
        size=alt.Size("properties.value:Q",
                      scale=alt.Scale(type="linear", domain=[0, top], range=[0, 4 * SYMBOL_MAX_RADIUS_PX ** 2], zero=True),
                      legend=legend_below(legend_title, presenter, swatches=False, values=size_legend_values(top),
                                     symbolFillColor=SYMBOL_HEX, symbolStrokeColor=MAP_HALO_HEX, symbolOpacity=0.75,
                                     format=",.0f", labelExpr=f"datum.label + (datum.value == 1 ? ' {unit_label(unit, 1)}' "
                                                                    f": ' {unit_label(unit)}')")),
        order=alt.Order("properties.value:Q", sort="descending"),
        tooltip=_tooltip(value_title),
    )
    labels = _labels(value_title, presenter, circle_top=top) if show_labels else []
    layers = [*_land_layer(land), outline, *([no_figure] if missing else []), circles,
              *([no_figure_key] if missing else []), *labels]
    template = _template(layers, "symbols", height)
    if not missing:
        return template
    spec = json.loads(template)  # the size key, then "No figure" under it (not beside it, level with its title)
    spec.setdefault("config", {})["legend"] = {"layout": {"expr": "{bottom: {anchor: 'start', direction: 'vertical', "
                                                                   "margin: 8}}"}}
    return json.dumps(spec)


def symbol_spec(joined_fc: dict, outline_fc: dict | None, legend_title: str, max_value: float, unit: str,
                value_title: str = "", show_labels: bool = True, context_fc: dict | None = None,
                presenter: bool = False, height: int = MAP_HEIGHT_PX) -> dict:
    """Proportional circles (area ∝ value, one size scale to `max_value`) at each area's label point,
    over the areas' outlines, with a size key drawn from the same scale: the screen's and the PNG's."""
    top = max_value or max((f["properties"]["value"] or 0 for f in joined_fc["features"]), default=0) or 1
    land = _slim(context_fc)
    areas = _slim(joined_fc)
    missing = any(f["properties"]["value"] is None for f in areas)
    template = _symbol_template(legend_title, float(top), unit, value_title, show_labels, bool(land), presenter, height,
                                missing)
    outline_fc = outline_fc or joined_fc
    datasets = {"areas": areas, "outline": _slim(outline_fc), "land": land}
    return _fill(template, _fit_box(outline_fc, 0.12), datasets, str(joined_fc.get("vintage", "")))


def spec_bytes(spec: dict) -> int:
    """Bytes of a map's specification as compact JSON: about what goes to the browser."""
    return len(json.dumps(spec, separators=(",", ":")).encode("utf-8"))


# --- text alternatives --------------------------------------------------------------------------

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


def map_summary(joined_fc: dict, title: str, what: str = "coloured by class") -> str:
    """One short sentence stating what a map shows: how many areas, the range, highest and lowest."""
    named = [(f["properties"]["value"], f["properties"]["tooltip_name"].replace("\n", ", "), f["properties"]["value_text"])
             for f in joined_fc.get("features", []) if f["properties"].get("value") is not None]
    n_all = len(joined_fc.get("features", []))
    if not named:
        return f"Map: {title}. No area has a figure."
    named.sort(key=lambda t: t[0])
    low, high = named[0], named[-1]
    text = f"Map: {title}: {len(named)} of {n_all} areas {what}"
    if high[0] != low[0]:
        text += f", from {low[2]} ({low[1]}) to {high[2]} ({high[1]})"
    return text + ". Every figure is also in the table on this page."


def _alt_text(joined_fc: dict, title: str) -> str:
    if len(joined_fc.get("features", [])) > MAX_LISTED_AREAS:
        return map_summary(joined_fc, title)
    return map_alt_text(joined_fc, title)


# --- page-level components ----------------------------------------------------------------------

def _presenter() -> bool:
    from components.layout import presenter_mode

    return presenter_mode()


@dataclass(frozen=True)
class _PreparedMap:
    """A map ready to send: its areas with figures joined (shared: never change them), chart and texts."""
    joined: dict
    chart: BuiltChart
    alt_text: str
    summary: str


_prepared: SharedCache[_PreparedMap] = SharedCache(MAX_PREPARED_MAPS)


def _prepared_map(look: tuple, prepare, features_fc: dict, context_fc: dict | None, values: pd.DataFrame,  # noqa: ANN001
                  legend: ClassLegend | None, outline_fc: dict | None = None) -> _PreparedMap:
    """`prepare()` once per map: a view model's figures (the same frame object on every run) on the same shapes
    (the prepared layer's shared feature objects; a collection's dict is new on each run, its features are not) with
    the same look. Joining figures to shapes, the text alternative and the chart's key took a tenth of a theme
    page's built run (Nov 2026); a built run now only sends the map."""
    collections = (features_fc, context_fc, outline_fc)
    shape_key = tuple(None if fc is None else (str(fc.get("vintage")), len(fc.get("features", ()))) for fc in collections)
    shapes = tuple(f for fc in collections if fc is not None for f in fc.get("features", ()))
    return _prepared.get((look, shape_key), prepare, pinned=(values, legend, *shapes))


def map_caption(summary: str, notes: Sequence[str] = ()) -> str:
    """The one caption under a map: its one-sentence description first (what a screen reader user reads after the
    map), then how to read it and any notes on its geography, a paragraph each. One element, not one per line: each
    element a page sends costs the server a fixed share of a run (issue 11)."""
    return paragraphs(summary, *notes)


def show_map(chart: BuiltChart, key: str, alt_text: str, summary: str, notes: Sequence[str] = ()) -> None:
    """Draw a map (a cached chart: built once per areas, figures and look) full width (no WebGL) with its
    one-sentence description and `notes` under it, in one caption (`map_caption`)."""
    show_chart(chart, width="stretch", theme=None, key=key, alt=alt_text)
    st.caption(map_caption(summary, notes))


def _no_shapes(features_fc: dict | None, notes: Sequence[str] = ()) -> bool:
    """True (after saying why) when there is nothing to draw; the map's `notes` are still shown."""
    if features_fc is not None and features_fc.get("features"):
        return False
    if features_fc is not None:
        st.info("No boundary shapes for these areas, so there is no map; the figures are in the table below.")
    if notes:
        st.caption(map_caption("", notes))
    return True


def _vintage_note(vintage: str, show_attribution: bool) -> str:
    return (f"Boundaries: {vintage} vintage. "
            + (map_attribution(vintage) if show_attribution else "Licence and attribution at the foot of the page."))


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
    notes: Sequence[str] = (),
) -> dict | None:
    """Draw a classed map with its legend, attribution and a PNG download; returns the joined collection.

    `features_fc` None (no boundaries) draws nothing: `area_features` has already said why.
    `unit_label_text` titles the legend (e.g. "Share of population (%)"). Pass `legend` (from
    `class_legend` over every period's values) to keep colours comparable when a period selector
    redraws the map. `show_attribution=False` when the page footer carries the licence line
    (`page_footer(map_vintages=...)`); the PNG always carries it. `notes` (paragraphs on the map's geography)
    join its description and how to read it in the caption under it, before the download.
    """
    if _no_shapes(features_fc, notes):
        return None
    presenter = _presenter()

    def prepare() -> _PreparedMap:
        frame = _values_frame(values)
        chosen = legend or class_legend(frame["value"].tolist(), str(frame["unit"].iloc[0]) if len(frame) else "",
                                        n_classes)
        joined = join_values(features_fc, frame, chosen, value_label)
        chart = cached_chart(choropleth_spec, joined, chosen, unit_label_text, value_label, show_labels, context_fc,
                             presenter)
        return _PreparedMap(joined, chart, _alt_text(joined, title),
                            map_summary(joined, title, f"coloured by {unit_label_text.lower()}"))

    prepared = _prepared_map(("choropleth", title, unit_label_text, value_label, show_labels, n_classes, presenter),
                             prepare, features_fc, context_fc, values, legend)
    joined, chart = prepared.joined, prepared.chart
    vintage = str(features_fc.get("vintage", "2023"))
    show_map(chart, key, prepared.alt_text, prepared.summary,
             ("Hover an area for its figure, period and source. " + _vintage_note(vintage, show_attribution), *notes))
    if show_download:
        png_download(chart.spec, title, source, map_attribution(vintage), key=f"{key}_png")
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
    notes: Sequence[str] = (),
) -> dict | None:
    """Draw proportional symbols (area ∝ value) over area outlines, with a size key, attribution and PNG download.

    Use it for counts (units, places), where a choropleth would mislead by area size. Give
    several maps the same `max_value` so their circles (and size keys) share one scale. `notes`: as for
    `choropleth_map`.
    """
    if _no_shapes(features_fc, notes):
        return None
    presenter = _presenter()

    def prepare() -> _PreparedMap:
        frame = _values_frame(values)
        joined = join_values(features_fc, frame, None, value_label)
        unit = str(frame["unit"].iloc[0]) if len(frame) else ""
        top = max_value or (float(frame["value"].max()) if len(frame) else 0.0)
        chart = cached_chart(symbol_spec, joined, outline_fc, unit_label_text, top, unit, value_label, show_labels,
                             context_fc, presenter)
        return _PreparedMap(joined, chart, _alt_text(joined, title),
                            map_summary(joined, title, "drawn as circles whose area is proportional to the value"))

    prepared = _prepared_map(("symbols", title, unit_label_text, value_label, show_labels, max_value, presenter),
                             prepare, features_fc, context_fc, values, None, outline_fc)
    joined, chart = prepared.joined, prepared.chart
    vintage = str(features_fc.get("vintage", "2023"))
    show_map(chart, key, prepared.alt_text, prepared.summary,
             ("Circle area is proportional to the value. Hover a circle for its figure, period and source. "
              + _vintage_note(vintage, show_attribution), *notes))
    if show_download:
        png_download(chart.spec, title, source, map_attribution(vintage), key=f"{key}_png")
    return joined


def coverage_map(joined_fc: dict, legend: ClassLegend, title: str, legend_title: str, key: str,
                 source: str = "", attribution: str = "", context_fc: dict | None = None,
                 show_download: bool = True, notes: Sequence[str] = ()) -> None:
    """Areas coloured by category (e.g. the document that covers them), numbered, with a legend, `notes` under its
    description (one caption) and PNG."""
    long_text = map_alt_text(joined_fc, title).replace("\n", ", ")
    chart = cached_chart(choropleth_spec, joined_fc, legend, legend_title, legend_title, True, context_fc,
                        _presenter(), kind="coverage")
    documents = len({f["properties"]["class_label"] for f in joined_fc["features"]})
    show_map(chart, key, long_text, f"Map: {title}: {len(joined_fc['features'])} areas in {documents} colours, one "
                                   "per document, each numbered as in the legend and the documents table.", notes)
    if show_download:
        png_download(chart.spec, title, source, attribution, key=f"{key}_png")


# --- the optional interactive map (pydeck, needs WebGL) -------------------------------------------

def _deck(joined_fc: dict, outline_fc: dict | None):  # noqa: ANN202 - a pydeck Deck; pydeck loads only on request
    import pydeck as pdk

    from geo.mapready import view_state

    class CompactDeck(pdk.Deck):
        """No indentation in the JSON: pydeck pretty-prints, which made maps 4-6x larger on the wire."""

        def to_json(self) -> str:
            return json.dumps(json.loads(super().to_json()), separators=(",", ":"))

    layers = []
    if outline_fc and outline_fc is not joined_fc:
        layers.append(pdk.Layer("GeoJsonLayer", data=outline_fc, id="outline", pickable=False, stroked=True,
                                filled=False, get_line_color=hex_to_rgb(OUTLINE_HEX, 200), line_width_min_pixels=1))
    layers.append(pdk.Layer(
        "GeoJsonLayer", data=joined_fc, id="areas", pickable=True, stroked=True, filled=True,
        get_fill_color="properties.fill", get_line_color=hex_to_rgb(OUTLINE_HEX, 200), line_width_min_pixels=1,
        auto_highlight=True, highlight_color=[255, 255, 255, 90],
    ))
    view = pdk.ViewState(**view_state(outline_fc or joined_fc, width=600, height=MAP_HEIGHT_PX, padding=0.05))
    # No basemap, so the browser fetches nothing from other hosts: map_provider=None, and map_style left at
    # pydeck's "__MAP_STYLE__" sentinel, which Streamlit reads as "no style". (map_style=None leaves the
    # style out, and Streamlit then falls back to Carto's positron style from basemaps.cartocdn.com.)
    return CompactDeck(layers=layers, initial_view_state=view, map_provider=None,
                       tooltip={"text": TOOLTIP_TEXT, "style": {"fontSize": "14px", "whiteSpace": "pre-line"}})


def selected_area(state: object) -> str | None:
    """The area_code of the feature a viewer clicked on the interactive map, from st.pydeck_chart's state."""
    try:
        objects = state["selection"]["objects"]  # type: ignore[index]
    except (KeyError, TypeError):
        return None
    for feature in objects.get("areas", []) or []:
        code = (feature.get("properties") or {}).get("area_code")
        if code:
            return str(code)
    return None


def interactive_map(joined_fc: dict | None, key: str, outline_fc: dict | None = None, show: bool = True,
                    title: str = "") -> str | None:
    """On request (a toggle), the same areas on a pydeck map to pan, zoom and click; returns the clicked area_code.

    Off by default, so pages need no WebGL and load no deck.gl. A plain note says it needs WebGL.
    Use the returned code to filter the page's table. Nothing is drawn when `show` is False
    (presenter mode) or there is no map.
    """
    if not show or not joined_fc or not joined_fc.get("features"):
        return None
    if not st.toggle(INTERACTIVE_LABEL, key=f"{key}_on", help="Opens a map you can pan and zoom; click an area "
                     "to show only its rows in the table. It needs WebGL."):
        return None
    st.caption(WEBGL_NOTE)
    state = st.pydeck_chart(_deck(joined_fc, outline_fc), height=MAP_HEIGHT_PX, key=f"{key}_deck",
                            on_select="rerun", selection_mode="single-object",
                            alt=f"Interactive map{': ' + title if title else ''}; the same figures are in the table.")
    code = selected_area(state)
    if code:
        name = next((f["properties"]["tooltip_name"] for f in joined_fc["features"]
                     if f["properties"].get("area_code") == code), code)
        st.caption(f"Selected on the interactive map: **{name}**. Click it again or switch the map off to show all.")
    return code
