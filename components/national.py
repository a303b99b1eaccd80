"""The national picture: official figures for every area beside the documents' own, as frames and chart specs.

Plain functions over DataFrames and GeoJSON dicts (no Streamlit), unit-tested on their own;
components/national_view.py draws them. Official figures come from data/reference.csv, each row
with its publisher, table, universe and licence, and every chart, map and PNG built here names them.
Codes of different vintages meet through the area registry's successors (geo.lookup): Census 2021
is on 2021 districts, the 2011 Census on April 2018 districts, NHS dementia data on April 2023
authorities; where a figure is drawn or summed on another vintage's areas, the frame says so.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import altair as alt
import pandas as pd

from components.chart_cache import vega_lite_dict
from components.charts import (
    BAND_PX,
    NAME_FONT_PX,
    VALUE_FONT_PX,
    VALUE_TICKS,
    scaled_legend,
    text_px,
    type_scaled,
    wrap_label,
    wrapped_axis,
)
from components.theme import (
    AREA_EDGE_HEX, CAPTION_HEX, CATEGORICAL_HEX, CENSUS_HEX, CHART_TEXT_HEX, ESTIMATE_HEX, FOCUS_OUTLINE_HEX, INTERVAL_HEX,
    LAND_FILL_HEX, LAND_LINE_HEX, MAP_HALO_HEX, MAP_LABEL_HEX, MAP_LEGEND_FONT_PX, NO_DATA_HEX, OUTLINE_HEX, REFERENCE_HEX, TARGET_DIVERGING_HEX, format_value, plural,
    value_with_unit,
)
from data.reference import (
    AGED_5_PLUS,
    AGED_65_PLUS,
    ALL_RESIDENTS,
    BAND_50_PLUS,
    DEMENTIA_TARGET_PCT,
    LICENCE,
    WHAT_IT_COUNTS,
)

CENSUS_2021 = "Census 2021 TS039"
CENSUS_2011 = "2011 Census QS301EW"
CENSUS_AGE = "Census 2021 TS007"
NHS_DEMENTIA = "Primary Care Dementia Data, January 2025, Table 4"
DEMENTIA_PERIOD = "January 2025"
ENGLAND, WALES, ENGLAND_AND_WALES = "E92000001", "W92000004", "K04000001"
NO_FIGURE = "No figure"

# The carers map's choices: any amount of care, or 50+ hours a week (what commissioners ask about).
CARER_BANDS = {"": "Any unpaid care", BAND_50_PLUS: "50 or more hours a week"}
# Diagnosis-rate classes: below the 66.7% target in oranges, at or above it in blues.
DEMENTIA_EDGES: tuple[float, ...] = (0, 55, 60, DEMENTIA_TARGET_PCT, 75, 200)
# Lower edges inclusive (components.maps.class_index): a rate of exactly 66.7% has met the target.
DEMENTIA_LABELS: tuple[str, ...] = ("under 55%", "55% to under 60%", f"60% to under {DEMENTIA_TARGET_PCT}%",
                                    f"{DEMENTIA_TARGET_PCT}% to under 75% (target met)", "75% or more (target met)")


def attribution_line(rows: pd.DataFrame) -> str:
    """'Source: Office for National Statistics, Census 2021 TS039; ... licensed under the Open Government Licence v3.0.'"""
    parts = list(dict.fromkeys(f"{p}, {t}" for p, t in zip(rows["publisher"], rows["table"])))
    return f"Source: {'; '.join(parts)}; licensed under the {LICENCE}." if parts else ""


def official(ref: pd.DataFrame, table: str, measure: str, breakdown: str = "") -> pd.DataFrame:
    """Rows of one official table, measure and group (breakdown '' is the whole universe)."""
    return ref[(ref["table"] == table) & (ref["measure"] == measure) & (ref["breakdown"] == breakdown)]


def value_of(ref: pd.DataFrame, table: str, measure: str, code: str, breakdown: str = "") -> float | None:
    rows = official(ref, table, measure, breakdown)
    hit = rows[rows["area_code"] == code]
    return float(hit["value"].iloc[0]) if len(hit) else None


def tidy_name(name: str) -> str:
    """NHS England writes names in capitals; 'NORTH EAST LINCOLNSHIRE' -> 'North East Lincolnshire'."""
    if name != name.upper():
        return name
    small = {"and", "of", "upon", "on", "the", "with", "in", "under", "le"}
    words = name.lower().split()
    return " ".join(w if i and w in small else "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
                    for i, w in enumerate(words))


def census_names(ref: pd.DataFrame) -> dict[str, str]:
    """code -> the census's name for it ('Stoke-on-Trent'; NHS England writes 'STOKE-ON-TRENT')."""
    rows = ref[ref["table"] == CENSUS_AGE]
    return dict(zip(rows["area_code"], rows["area_name"]))


# --- areas across vintages -----------------------------------------------------------------------

@dataclass
class AreaParts:
    """The areas of one official geography that make up an authority, and what the reader must be told."""
    codes: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # where an area of another vintage stands in
    exact: bool = True  # False when a successor covering more than the authority stands in
    # the successor standing in (its name) -> the former areas it is counted for, their names (also in `notes`)
    taken_over: dict[str, list[str]] = field(default_factory=dict)


def _and(names: Sequence[str]) -> str:
    """'A', 'A and B', 'A, B and C'."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def taken_over_notes(taken_over: dict[str, list[str]]) -> list[str]:
    """One note per successor naming every former area counted within it (a group of authorities' notes merged:
    'Bournemouth is counted within ..., which took it over' written once for each of three made the derivation of
    extra care per 1,000 aged 65+ 537 characters long)."""
    return [f"{_and(names)} {'is' if len(names) == 1 else 'are'} counted within {successor}, which took "
            f"{'it' if len(names) == 1 else 'them'} over" for successor, names in taken_over.items()]


def _registry(areas: pd.DataFrame) -> tuple[dict[str, dict], dict[str, list[str]]]:
    rows = {r["area_code"]: r for r in areas.to_dict("records")}
    children: dict[str, list[str]] = {}
    for r in rows.values():
        if r.get("parent_code") and r.get("boundary") == "lad":
            children.setdefault(r["parent_code"], []).append(r["area_code"])
    return rows, children


def parts_in(code: str, available: Iterable[str], areas: pd.DataFrame) -> AreaParts:
    """The areas in `available` (one official geography) that make up `code`.

    The area itself when the geography has it; else its districts (a county is the sum of its
    districts); else the successor that covers it today, followed until the geography has it
    (a 2015 Bournemouth figure meets Census 2021 as Bournemouth, Christchurch and Poole), noted.
    """
    have = set(available)
    rows, children = _registry(areas)
    out = AreaParts()

    def name(c: str) -> str:
        r = rows.get(c, {})
        return str(r.get("name") or c)

    predecessors: dict[str, list[str]] = {}
    for r in rows.values():
        if r.get("successor_code") and r.get("boundary") == "lad":
            predecessors.setdefault(str(r["successor_code"]), []).append(r["area_code"])
    taken_over: dict[str, list[str]] = {}

    def walk(c: str, depth: int = 0) -> None:
        if c in have:
            if c not in out.codes:
                out.codes.append(c)
            return
        kids = children.get(c, [])
        if kids and depth < 4:
            for k in kids:
                walk(k, depth + 1)
            return
        before = [p for p in predecessors.get(c, []) if p in have]
        if before and len(before) == len(predecessors[c]) and depth < 4:
            out.notes.append(f"{name(c)} is the sum of the areas it replaced ({', '.join(name(p) for p in before)})")
            for p in before:
                walk(p, depth + 1)
            return
        seen, nxt = {c}, str(rows.get(c, {}).get("successor_code") or "")
        while nxt and nxt not in have and nxt not in seen:
            seen.add(nxt)
            nxt = str(rows.get(nxt, {}).get("successor_code") or "")
        if nxt and nxt in have:
            out.exact = False
            taken_over.setdefault(nxt, []).append(name(c))
            if nxt not in out.codes:
                out.codes.append(nxt)
        elif c in rows:
            out.exact = False
            out.notes.append(f"{name(c)} has no figure in this table's geography")

    walk(code)
    out.taken_over = {name(successor): names for successor, names in taken_over.items()}
    out.notes += taken_over_notes(out.taken_over)
    return out


# --- carers --------------------------------------------------------------------------------------

def carers_map_values(ref: pd.DataFrame, band: str = "") -> pd.DataFrame:
    """Every 2021 district of England and Wales: share providing unpaid care (any, or a band), count and base."""
    share = official(ref, CENSUS_2021, "carers_unpaid_pct", band)
    share = share[share["geography"] == "districts 2021"]
    count = official(ref, CENSUS_2021, "carers_unpaid", band).set_index("area_code")["value"]
    base = official(ref, CENSUS_2021, "population", "aged 5+").set_index("area_code")["value"]
    out = share[["area_code", "area_name", "value", "universe", "period", "publisher", "table"]].copy()
    out["count"] = out["area_code"].map(count)
    out["base"] = out["area_code"].map(base)
    out["value"] = 100 * out["count"] / out["base"]  # unrounded, so the text rounds once
    out["value_text"] = [f"{v:.1f}%" for v in out["value"]]
    out["count_text"] = [f"{c:,.0f} of {b:,.0f} {AGED_5_PLUS}" for c, b in zip(out["count"], out["base"])]
    return out.reset_index(drop=True)


@dataclass(frozen=True)
class Classes:
    edges: tuple[float, ...]
    labels: tuple[str, ...]
    colours: tuple[str, ...]
    unit: str = "percent"

    def label_of(self, value: float | None) -> str:
        """The class label of `value` by the district maps' one rule (components.maps.class_index)."""
        from components.maps import class_index

        idx = class_index(value, self.edges, self.unit)
        return NO_FIGURE if idx is None else self.labels[min(idx, len(self.labels) - 1)]


def value_classes(values: Sequence[float], unit: str = "percent") -> Classes:
    """The atlas's map classes (components.maps.class_legend: equal intervals on round edges, or a class per value)."""
    from components.maps import class_legend

    legend = class_legend(list(values), unit)
    return Classes(tuple(legend.edges), tuple(legend.labels), tuple(legend.colours), unit)


DEMENTIA_CLASSES = Classes(DEMENTIA_EDGES, DEMENTIA_LABELS, TARGET_DIVERGING_HEX)


def join_features(features_fc: dict, values: pd.DataFrame, classes: Classes, tips: Sequence[str]) -> list[dict]:
    """Slim features for a national map: name, class and tooltip texts only (every byte goes to the browser)."""
    by_code = values.set_index("area_code")
    out = []
    for f in features_fc.get("features", []):
        code = f["properties"].get("area_code", "")
        props = {"code": code, "name": f["properties"].get("area_name", code)}
        if code in by_code.index:
            row = by_code.loc[code]
            props["cls"] = classes.label_of(float(row["value"]))
            props.update({t: str(row[t]) for t in tips})
        else:
            props["cls"] = NO_FIGURE
            props.update({t: "–" for t in tips})
        out.append({"type": "Feature", "properties": props, "geometry": f["geometry"]})
    return out


NATIONAL_MAP_HEIGHT_PX = {"normal": 560, "presenter": 480}  # the map; its legend adds below


def district_map_spec(features_fc: dict, values: pd.DataFrame, classes: Classes, legend_title: str,
                      tooltips: Sequence[tuple[str, str]], outline_codes: Sequence[str] = (),
                      outline_label: str = "", height: int | None = None, presenter: bool = False,
                      description: str = "", figures_only: bool = False) -> dict:
    """A Vega-Lite map of every district classed by value, the chosen authority's districts outlined.

    `tooltips` are (column of `values`, title) pairs; the spec carries its shapes as named datasets
    (one copy of each geometry), so screen and PNG are drawn from the same specification.
    `figures_only`: draw only the districts with a figure, zoomed to them, on the plain land around them (a map of
    331 districts of which 3 have a figure was a country of "No figure" grey with two specks of colour); the legend
    then has no "No figure" key, for no district is drawn without one.
    """
    # on a projector (1280x720) the map and its legend below it fit one screen under the header
    height = height or NATIONAL_MAP_HEIGHT_PX["presenter" if presenter else "normal"]
    tips = [t for t, _ in tooltips]
    areas = join_features(features_fc, values, classes, tips)
    land, fit = None, None
    if figures_only and (figured := [a for a in areas if a["properties"]["cls"] != NO_FIGURE]):
        from components.maps import context_land
        from geo.webshapes import bounds

        source = {f["properties"].get("area_code", ""): f["properties"] for f in features_fc["features"]}
        value_of = dict(zip(values["area_code"], values["value"]))
        areas, labelled = [], set()
        for a in figured:  # one label per figure: districts of a group share theirs (the first one carries it)
            code, props = a["properties"]["code"], a["properties"]
            figure = tuple(props.get(t) for t in ("cls", *tips))
            if figure not in labelled:
                labelled.add(figure)
                props = {**props, "value_label": format_value(value_of[code], classes.unit),
                         "label_lon": source[code].get("label_lon"), "label_lat": source[code].get("label_lat")}
            areas.append({**a, "properties": props})
        w, s, e, n = (round(v, 3) for v in bounds({"features": areas}))
        pad = max(e - w, n - s) * 0.06
        # the box the map is fitted to, its ring clockwise: Vega reads an anticlockwise one as the globe outside it
        fit = {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [[
            [w - pad, s - pad], [w - pad, n + pad], [e + pad, n + pad], [e + pad, s - pad], [w - pad, s - pad]]]}}
        land = context_land({"features": areas})
    has_missing = any(a["properties"]["cls"] == NO_FIGURE for a in areas)
    domain = [*classes.labels, *([NO_FIGURE] if has_missing else [])]
    colours = [*classes.colours, *([NO_DATA_HEX] if has_missing else [])]
    from components.maps import MAP_AUTOSIZE, height_to_shape, legend_below

    tooltip = [alt.Tooltip("properties.name:N", title="Area"),
               *[alt.Tooltip(f"properties.{t}:N", title=title) for t, title in tooltips]]
    # few areas on plain land: dark outlines, as the district maps', so the palest class stands out from the land
    edge = {"stroke": OUTLINE_HEX, "strokeWidth": 0.8} if land else {"stroke": AREA_EDGE_HEX, "strokeWidth": 0.3}
    shapes = alt.Chart(alt.NamedData("areas")).mark_geoshape(**edge).encode(
        color=alt.Color("properties.cls:N", scale=alt.Scale(domain=domain, range=colours), sort=domain,
                        # under the map, as the district maps: over a corner it hid Cornwall and Devon on a phone
                        legend=legend_below(legend_title, presenter, values=domain)),
        tooltip=tooltip,
    )
    layers: list[alt.Chart] = [shapes]
    if land:
        layers.insert(0, alt.Chart(alt.NamedData("land")).mark_geoshape(
            fill=LAND_FILL_HEX, stroke=LAND_LINE_HEX, strokeWidth=0.5, clip=True))
    if land:  # each figure marked by a dot in its class's colour and written beside it: a district of a few
        # pixels (South Tyneside on a map of England) is seen by its dot and read by its label
        label = alt.Chart(alt.NamedData("areas")).transform_filter("datum.properties.value_label").encode(
            longitude="properties.label_lon:Q", latitude="properties.label_lat:Q", tooltip=tooltip)
        font = MAP_LEGEND_FONT_PX["presenter" if presenter else "normal"]
        text = {"align": "left", "dx": font * 0.8, "fontSize": font, "fontWeight": "bold"}
        layers += [label.mark_circle(size=font * font * 0.8, opacity=1, stroke=OUTLINE_HEX, strokeWidth=1).encode(
                       color=alt.Color("properties.cls:N", scale=alt.Scale(domain=domain, range=colours), legend=None)),
                   label.mark_text(**text, stroke=MAP_HALO_HEX, strokeWidth=3, strokeJoin="round").encode(
                       text="properties.value_label:N"),
                   label.mark_text(**text, color=MAP_LABEL_HEX).encode(text="properties.value_label:N")]
    outline = [a for a in areas if a["properties"]["code"] in set(outline_codes)]
    if outline:
        layers.append(alt.Chart(alt.NamedData("outline")).mark_geoshape(
            filled=False, stroke=FOCUS_OUTLINE_HEX, strokeWidth=2.2).encode(tooltip=tooltip))
    chart = alt.layer(*layers).project(type="mercator").properties(
        width="container", height=height,
        usermeta={"cma_map": {"kind": "national", "areas": len(areas), "outlined": len(outline),
                              "outline_label": outline_label},
                  "embedOptions": {"renderer": "canvas"}},  # one canvas, not 331 SVG paths (as components.maps)
    ).configure_view(stroke=None).configure(font="sans-serif")
    spec = vega_lite_dict(chart)
    spec["autosize"] = dict(MAP_AUTOSIZE)  # the legend adds below the map's height instead of squeezing it
    # as tall as the shapes at the width drawn (no blank band under the map on a phone), at most `height`
    if fit:
        spec["projection"]["fit"] = [fit]  # zoomed to the districts with a figure, the land around clipped
    if fitted := height_to_shape({"features": [fit] if fit else areas}, height):
        spec["params"] = [*spec.get("params", []), *fitted]
    spec["datasets"] = {"areas": areas, **({"outline": outline} if outline else {}),
                        **({"land": land["features"]} if land else {})}
    if description:
        spec["description"] = description
    return spec


def figures_only_note(labels: Sequence[str], districts: int, what: str) -> str:
    """What a map drawn with `figures_only` shows, in words: how many authorities have a figure and which."""
    named = labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]
    one = len(labels) == 1
    return (f"Only {plural(len(labels), 'authority', 'authorities')} (or {'group' if one else 'groups'} of former "
            "authorities) "
            f"{'has' if one else 'have'} {what}: {named}. The map shows only their "
            f"{plural(districts, 'district')} (2021 boundaries), zoomed to them; every other district of England and "
            "Wales has none in the documents and is left as plain land.")


def map_summary(values: pd.DataFrame, what: str, unit_word: str = "") -> str:
    """The map's text alternative: range, highest and lowest, in one sentence."""
    if values.empty:
        return f"No {what} figures to map."
    top, low = values.loc[values["value"].idxmax()], values.loc[values["value"].idxmin()]
    return (f"{len(values)} areas by {what}: highest {tidy_name(top['area_name'])} {top['value_text']}, "
            f"lowest {tidy_name(low['area_name'])} {low['value_text']}{unit_word}.")


def authority_outline(code: str | None, features_fc: dict, areas: pd.DataFrame) -> AreaParts:
    """The chosen authority's areas on a map layer (e.g. Kent's 12 districts on the 2021 layer)."""
    if not code:
        return AreaParts()
    have = [f["properties"].get("area_code", "") for f in features_fc.get("features", [])]
    return parts_in(code, have, areas)


def carers_comparison(code: str, measures: pd.DataFrame, ref: pd.DataFrame, areas: pd.DataFrame,
                      doc_names: dict[str, str]) -> pd.DataFrame:
    """The authority's districts (and itself): the document's carer figures beside Census 2011 and Census 2021.

    One row per area and source, count and share side by side, each with its universe and source.
    A census figure is shown only for the same area code (a successor's figure is another place).
    """
    rows, children = _registry(areas)
    codes = [*children.get(code, []), code]
    doc = measures[measures["area_code"].isin(codes) & measures["measure"].isin(["carers_unpaid", "carers_unpaid_pct"])
                   & ~measures["qualifier"].isin(["projection"])]
    out = []
    for c in codes:
        name = str(rows.get(c, {}).get("current_name") or rows.get(c, {}).get("name") or c)
        mine = doc[doc["area_code"] == c]
        for (doc_id, period), grp in mine.groupby(["doc_id", "period"], sort=True):
            count = grp[grp["measure"] == "carers_unpaid"]["value"]
            share = grp[grp["measure"] == "carers_unpaid_pct"]["value"]
            line = grp["line"].iloc[0]
            out.append({"area_code": c, "area": name, "source": f"{doc_names.get(doc_id, doc_id)} ({period})",
                        "kind": "document", "period": str(period),
                        "count": float(count.iloc[0]) if len(count) else None,
                        "share": float(share.iloc[0]) if len(share) else None,
                        "universe": "as the document states (not said)",
                        "where": f"{doc_names.get(doc_id, doc_id)}, line {line}"})
        if mine.empty:
            continue
        for table, period, universe in ((CENSUS_2011, "2011", ALL_RESIDENTS), (CENSUS_2021, "2021", AGED_5_PLUS)):
            count = value_of(ref, table, "carers_unpaid", c)
            share = value_of(ref, table, "carers_unpaid_pct", c)
            if count is None and c in children:  # a county: the sum of its districts in this table
                parts = parts_in(c, official(ref, table, "carers_unpaid")["area_code"], areas)
                if parts.exact and parts.codes:
                    base_b = "all ages" if table == CENSUS_2011 else "aged 5+"
                    count = sum(value_of(ref, table, "carers_unpaid", p) or 0 for p in parts.codes)
                    base = sum(value_of(ref, table, "population", p, base_b) or 0 for p in parts.codes)
                    share = round(100 * count / base, 2) if base else None
            label = "Census 2011 (all usual residents)" if table == CENSUS_2011 else "Census 2021 (usual residents aged 5+)"
            out.append({"area_code": c, "area": name, "source": label, "kind": "census", "period": period,
                        "count": count, "share": share, "universe": universe,
                        "where": f"Office for National Statistics, {table}" if count is not None
                        else f"no figure for this area code in {table}"})
    frame = pd.DataFrame(out, columns=["area_code", "area", "source", "kind", "period", "count", "share", "universe",
                                       "where"])
    frame["count_text"] = [format_value(v, "people") if v == v and v is not None else "–" for v in frame["count"]]
    frame["share_text"] = [f"{v:.1f}%" if v == v and v is not None else "–" for v in frame["share"]]
    return frame


def carers_comparison_chart(frame: pd.DataFrame) -> alt.LayerChart:
    """Share providing unpaid care by area: a dot per source, the two censuses in their own marked colours.

    The 2011 Census counts all usual residents and Census 2021 those aged 5+: the legend names each
    universe and the axis title says the bases differ, so the two are never read as one series.
    """
    data = frame.dropna(subset=["share"]).copy()
    sources = list(dict.fromkeys(data["source"]))
    doc_colours = iter(c for c in CATEGORICAL_HEX if c not in CENSUS_HEX.values())
    colours = [CENSUS_HEX["2021"] if s.startswith("Census 2021") else CENSUS_HEX["2011"]
               if s.startswith("Census 2011") else next(doc_colours, NO_DATA_HEX) for s in sources]
    shapes = ["circle" if s.startswith("Census 2021") else "square" if s.startswith("Census 2011") else "diamond"
              for s in sources]
    order = data[data["source"] == sources[0]].sort_values("share", ascending=False)["area"].tolist() if sources else []
    tooltip = [alt.Tooltip("area:N", title="Area"), alt.Tooltip("source:N", title="Source"),
               alt.Tooltip("share_text:N", title="Share"), alt.Tooltip("count_text:N", title="Count"),
               alt.Tooltip("universe:N", title="Who is counted"), alt.Tooltip("where:N", title="From")]
    x = alt.X("share:Q", title=["Share providing unpaid care (%):", "bases differ, see legend"],  # fits a phone
              scale=alt.Scale(zero=False, nice=True), axis=alt.Axis(tickCount=VALUE_TICKS))
    y = alt.Y("area:N", sort=order or None, title=None, axis=alt.Axis(labelLimit=150, grid=True, labelOverlap=False))
    dots = alt.Chart(data).mark_point(size=110, filled=True, opacity=0.9).encode(
        x=x, y=y, tooltip=tooltip,
        color=alt.Color("source:N", scale=alt.Scale(domain=sources, range=colours),
                        legend=scaled_legend(title="Source (who is counted)", orient="bottom", columns=1, labelLimit=0,
                                             titleLimit=0,
                                          # long sources wrap: whole on a phone, where the legend starts mid-screen
                                          labelExpr="split(replace(datum.label, ' (', '|('), '|')")),
        shape=alt.Shape("source:N", scale=alt.Scale(domain=sources, range=shapes), legend=None),
    )
    return type_scaled(alt.layer(dots).properties(height=alt.Step(26), width="container"))


# --- dementia ------------------------------------------------------------------------------------

def dementia_map_values(ref: pd.DataFrame) -> pd.DataFrame:
    """Every lower tier authority in England (April 2023): diagnosis rate, its 95% interval, recorded and estimated."""
    rate = official(ref, NHS_DEMENTIA, "dementia_diagnosis_rate", "aged 65+")
    rate = rate[rate["geography"].str.contains("lower")]
    rec = official(ref, NHS_DEMENTIA, "dementia_register", "aged 65+").set_index("area_code")["value"]
    est = official(ref, NHS_DEMENTIA, "dementia_estimated", "aged 65+").set_index("area_code")["value"]
    out = rate[["area_code", "area_name", "value", "ci_lower", "ci_upper", "period", "geography"]].copy()
    names = census_names(ref)
    out["area_name"] = [names.get(c) or tidy_name(n) for c, n in zip(out["area_code"], out["area_name"])]
    out["recorded"] = out["area_code"].map(rec)
    out["estimated"] = out["area_code"].map(est)
    out["value_text"] = [f"{v:.1f}%" for v in out["value"]]
    out["ci_text"] = [f"{lo:.1f}% to {hi:.1f}%" for lo, hi in zip(out["ci_lower"], out["ci_upper"])]
    out["counts_text"] = [f"{r:,.0f} recorded of {e:,.0f} estimated (65+)" for r, e in zip(out["recorded"], out["estimated"])]
    out["target_text"] = ["meets the 66.7% target" if v >= DEMENTIA_TARGET_PCT else
                          f"{DEMENTIA_TARGET_PCT - v:.1f} points below the 66.7% target" for v in out["value"]]
    return out.reset_index(drop=True)


def dementia_interval_chart(values: pd.DataFrame, england: float | None) -> alt.LayerChart:
    """Diagnosis rate with its 95% interval for some areas, the 66.7% target and England as labelled rules."""
    data = values.assign(area=values["area_name"].map(tidy_name))
    order = data.sort_values("value", ascending=False)["area"].tolist()
    y = alt.Y("area:N", sort=order, title=None, axis=alt.Axis(labelLimit=150, labelOverlap=False))  # every row named
    tooltip = [alt.Tooltip("area:N", title="Area"), alt.Tooltip("value_text:N", title="Diagnosis rate (65+)"),
               alt.Tooltip("ci_text:N", title="95% confidence interval"),
               alt.Tooltip("counts_text:N", title="Recorded and estimated")]
    lo = min([*data["ci_lower"], DEMENTIA_TARGET_PCT, england or 100]) - 3
    hi = max([*data["ci_upper"], DEMENTIA_TARGET_PCT, england or 0]) + 3
    x = alt.X("value:Q", title=["Dementia diagnosis rate,", "people aged 65+ (%)"],  # two lines: fits a phone
              scale=alt.Scale(domain=[lo, hi], zero=False), axis=alt.Axis(tickCount=VALUE_TICKS))
    bars = alt.Chart(data).mark_rule(strokeWidth=2, color=INTERVAL_HEX).encode(y=y, x="ci_lower:Q", x2="ci_upper:Q",
                                                                          tooltip=tooltip)
    dots = alt.Chart(data).mark_circle(size=100, color=ESTIMATE_HEX, opacity=1).encode(y=y, x=x, tooltip=tooltip)
    refs = pd.DataFrame([{"value": DEMENTIA_TARGET_PCT, "label": f"Target {DEMENTIA_TARGET_PCT}%"},
                         *([{"value": england, "label": f"England {england:.1f}%"}] if england else [])])
    rules = alt.Chart(refs).mark_rule(strokeDash=[5, 3], strokeWidth=1.5).encode(
        x="value:Q", color=alt.Color("label:N", scale=alt.Scale(range=list(REFERENCE_HEX[:2])),
                                     legend=scaled_legend(title="Reference", orient="bottom")))
    return type_scaled(alt.layer(rules, bars, dots).properties(height=alt.Step(26), width="container"))


def dementia_for(code: str, ref: pd.DataFrame, areas: pd.DataFrame) -> dict | None:
    """NHS figures for any authority: its own row, or (a county) recorded and estimated summed over its districts.

    A summed rate has no published confidence interval, so none is given.
    """
    rate = official(ref, NHS_DEMENTIA, "dementia_diagnosis_rate", "aged 65+")
    if code in set(rate["area_code"]):
        row = rate[rate["area_code"] == code].iloc[0]
        return {"rate": float(row["value"]), "ci": (float(row["ci_lower"]), float(row["ci_upper"])),
                "recorded": value_of(ref, NHS_DEMENTIA, "dementia_register", code, "aged 65+"),
                "estimated": value_of(ref, NHS_DEMENTIA, "dementia_estimated", code, "aged 65+"),
                "how": "as published", "notes": []}
    lower = rate[rate["geography"].str.contains("lower")]["area_code"]
    parts = parts_in(code, lower, areas)
    if not parts.codes or not parts.exact:
        return None
    rec = sum(value_of(ref, NHS_DEMENTIA, "dementia_register", c, "aged 65+") or 0 for c in parts.codes)
    est = sum(value_of(ref, NHS_DEMENTIA, "dementia_estimated", c, "aged 65+") or 0 for c in parts.codes)
    return {"rate": round(100 * rec / est, 1), "ci": None, "recorded": rec, "estimated": est,
            "how": f"recorded ÷ estimated, each summed over {len(parts.codes)} districts (no published interval)",
            "notes": parts.notes}


def dementia_estimates(code: str, measures: pd.DataFrame, ref: pd.DataFrame, areas: pd.DataFrame,
                       doc_names: dict[str, str]) -> pd.DataFrame:
    """The document's estimates of people with dementia beside NHS England's estimated number aged 65+.

    Columns: area, source, period, value_text, counts (age group and method), where.
    """
    rows, children = _registry(areas)
    codes = [code, *children.get(code, [])]
    doc = measures[(measures["measure"] == "dementia_estimated") & measures["area_code"].isin(codes)]
    out = []
    for c in codes:
        name = str(rows.get(c, {}).get("current_name") or rows.get(c, {}).get("name") or c)
        mine = doc[doc["area_code"] == c]
        for _, r in mine.iterrows():
            group = r["breakdown"] or "age group not stated"
            out.append({"area": name, "source": doc_names.get(r["doc_id"], r["doc_id"]), "period": r["period"],
                        "value": float(r["value"]),
                        "value_text": value_with_unit(float(r["value"]), "people", r["qualifier"]),
                        "counts": f"people with dementia, {group}; {r['qualifier']} as the document gives it",
                        "where": f"line {r['line']}"})
        if mine.empty and c != code:
            continue
        nhs = dementia_for(c, ref, areas)
        if nhs:
            out.append({"area": name, "source": "NHS England", "period": DEMENTIA_PERIOD,
                        "value": nhs["estimated"],
                        "value_text": value_with_unit(round(nhs["estimated"]), "people", "estimate"),
                        "counts": WHAT_IT_COUNTS["dementia_estimated"] + ("" if nhs["how"] == "as published"
                                                                          else f"; {nhs['how']}"),
                        "where": NHS_DEMENTIA})
    return pd.DataFrame(out, columns=["area", "source", "period", "value", "value_text", "counts", "where"])


# --- extra care ----------------------------------------------------------------------------------

def extra_care_rates(measures: pd.DataFrame, ref: pd.DataFrame, areas: pd.DataFrame,
                     doc_names: dict[str, str]) -> pd.DataFrame:
    """Extra care units per 1,000 people aged 65+ (Census 2021) for every authority with a unit count.

    Authorities that no longer exist on Census 2021's map are grouped with the others that share
    their successors (Bournemouth, Poole and Dorset County 2015 -> Bournemouth, Christchurch and Poole
    plus Dorset), so units and people cover the same ground; the derivation says which.
    """
    units = measures[(measures["measure"] == "extra_care_units") & (measures["breakdown"] == "")
                     & ~measures["qualifier"].isin(["projection", "plan"])]
    if units.empty:
        return pd.DataFrame(columns=["label", "units", "population_65", "rate", "rate_text", "derivation", "codes",
                                     "period", "source"])
    units = units.assign(_y=units["period"].astype(str)).sort_values("_y").drop_duplicates("area_code", keep="last")
    pop = official(ref, CENSUS_AGE, "population", "aged 65+")
    pop = pop[pop["geography"] == "districts 2021"]
    have = pop["area_code"]
    groups: list[dict] = []
    for _, u in units.iterrows():
        parts = parts_in(u["area_code"], have, areas)
        if not parts.codes:
            continue
        merged = [g for g in groups if set(g["codes"]) & set(parts.codes)]
        others = [n for n in parts.notes if n not in taken_over_notes(parts.taken_over)]
        group = {"members": [u], "codes": list(parts.codes), "notes": others, "taken": dict(parts.taken_over)}
        for g in merged:
            groups.remove(g)
            group["members"] = g["members"] + group["members"]
            group["codes"] = list(dict.fromkeys(g["codes"] + group["codes"]))
            group["notes"] = g["notes"] + group["notes"]
            taken = {k: list(v) for k, v in g["taken"].items()}
            for successor, names in group["taken"].items():
                taken[successor] = list(dict.fromkeys(taken.get(successor, []) + names))
            group["taken"] = taken
        groups.append(group)
    by_code = pop.set_index("area_code")["value"]
    rows, _ = _registry(areas)
    out = []
    for g in groups:
        members = g["members"]
        total = sum(float(m["value"]) for m in members)
        people = sum(float(by_code[c]) for c in g["codes"])
        names = [str(rows.get(m["area_code"], {}).get("name") or m["area_name"]) for m in members]
        periods = sorted({str(m["period"]) for m in members})
        label = " + ".join(names) + f" ({', '.join(periods)})"
        places = ", ".join(str(rows.get(c, {}).get("name") or c) for c in g["codes"])
        rate = 1000 * total / people
        derivation = (f"{total:,.0f} units ({', '.join(periods)}, {', '.join(sorted({doc_names.get(m['doc_id'], m['doc_id']) for m in members}))})"
                      f" ÷ {people:,.0f} people aged 65+ in {places} (Census 2021 TS007) × 1,000 = {rate:.1f}")
        if notes := [*dict.fromkeys(g["notes"]), *taken_over_notes(g["taken"])]:
            derivation += "; " + "; ".join(notes)
        out.append({"label": label, "units": total, "population_65": people, "rate": round(rate, 1),
                    "rate_text": f"{rate:.1f}", "derivation": derivation, "codes": "|".join(g["codes"]),
                    "period": ", ".join(periods), "source": "; ".join(sorted({doc_names.get(m["doc_id"], m["doc_id"])
                                                                             for m in members}))})
    columns = ["label", "units", "population_65", "rate", "rate_text", "derivation", "codes", "period", "source"]
    return pd.DataFrame(out, columns=columns).sort_values("rate", ascending=False).reset_index(drop=True)


def extra_care_chart(rates: pd.DataFrame) -> alt.LayerChart:
    """Ranked bars of units per 1,000 people aged 65+, each labelled with its value."""
    tooltip = [alt.Tooltip("label:N", title="Authority (period of the unit count)"),
               alt.Tooltip("rate_text:N", title="Units per 1,000 aged 65+"),
               alt.Tooltip("derivation:N", title="How it is worked out")]
    rows = rates.assign(label_lines=[wrap_label(label) for label in rates["label"]])
    # long names of grouped former authorities wrap onto lines of their own: never cut, on a phone either
    axis, step = wrapped_axis(rows["label_lines"].tolist())
    y = alt.Y("label_lines:N", sort="-x", title=None, axis=axis)
    x = alt.X("rate:Q", title="Units per 1,000 aged 65+ (Census 2021)",  # fits a phone
              axis=alt.Axis(tickCount=VALUE_TICKS))
    bars = alt.Chart(rows).mark_bar(color=CATEGORICAL_HEX[0]).encode(x=x, y=y, tooltip=tooltip)
    text = alt.Chart(rows).mark_text(align="left", dx=4, fontSize=text_px(VALUE_FONT_PX)).encode(x=x, y=y, text="rate_text:N")
    return type_scaled(alt.layer(bars, text).properties(height=alt.Step(step), width="container"))


def extra_care_map_values(rates: pd.DataFrame) -> pd.DataFrame:
    """One row per 2021 district in a group with a rate: the group's rate, for a choropleth."""
    rows = []
    for _, r in rates.iterrows():
        for c in str(r["codes"]).split("|"):
            rows.append({"area_code": c, "area_name": c, "value": r["rate"], "value_text": f"{r['rate_text']} per 1,000",
                         "group": r["label"]})
    return pd.DataFrame(rows, columns=["area_code", "area_name", "value", "value_text", "group"])


# --- compare and home ------------------------------------------------------------------------------

PROFILE_MEASURES: tuple[tuple[str, str], ...] = (
    ("carers_2021", "Unpaid carers, % of residents aged 5+ (2021)"),
    ("carers50_2021", "Caring 50+ hours a week, % aged 5+ (2021)"),
    ("carers_2011", "Unpaid carers, % of all residents (2011)"),
    ("pop65_2021", "People aged 65+ (Census 2021)"),
    ("dementia_rate", "Dementia diagnosis rate, 65+ (Jan 2025)"),
)


def _census_sum(code: str, ref: pd.DataFrame, areas: pd.DataFrame, table: str, measure: str, breakdown: str
                ) -> tuple[float | None, list[str]]:
    rows = official(ref, table, measure, breakdown)
    direct = rows[rows["area_code"] == code]
    if len(direct):
        return float(direct["value"].iloc[0]), []
    parts = parts_in(code, rows[rows["geography"].str.startswith("districts")]["area_code"], areas)
    if not parts.codes or not parts.exact:
        return None, parts.notes
    return float(rows[rows["area_code"].isin(parts.codes)]["value"].sum()), parts.notes or [
        f"sum of {len(parts.codes)} districts"]


def todays_codes(codes: Sequence[str], areas: pd.DataFrame) -> list[str]:
    """Each code, or the authority that took it over (followed to today's), once each, in order: the official
    figures of today are for today's authorities (Poole's 2015 document -> Bournemouth, Christchurch and Poole)."""
    successor = {c: s for c, s in zip(areas["area_code"], areas["successor_code"]) if isinstance(s, str) and s}
    out: list[str] = []
    for code in codes:
        seen = {code}
        while code in successor and successor[code] not in seen:
            code = successor[code]
            seen.add(code)
        if code not in out:
            out.append(code)
    return out


def _choice_name(area: dict, live_names: set[str]) -> str:
    """An authority's name in a picker. An area that has ceased is named as it was, with the year it ended, where
    its "current name" is an authority of today: Poole's code is "Poole (until 2019)", never "Bournemouth,
    Christchurch and Poole", whose own code has its own figures (the picker listed three of that name)."""
    name, current = str(area["name"]), str(area.get("current_name") or area["name"])
    ended = area.get("valid_to")
    if ended is not None and not pd.isna(ended) and current in live_names:
        return f"{name} (until {pd.Timestamp(ended).year})"
    return current


def authority_choices(ref: pd.DataFrame, areas: pd.DataFrame) -> dict[str, str]:
    """code -> name of every authority with official figures: the registry's councils and every 2021 district
    and April 2023 authority in the reference tables, by name."""
    skip = {"country", "region", "clinical commissioning group"}
    records = areas.to_dict("records")
    live = {str(r["name"]) for r in records if pd.isna(r.get("valid_to"))}
    names: dict[str, str] = {}
    for r in records:
        if r["tier"] not in skip:
            names[r["area_code"]] = _choice_name(r, live)
    official_rows = ref[ref["geography"].str.contains("districts 2021|authorities April 2023")]
    for code, name in zip(official_rows["area_code"], official_rows["area_name"]):
        names.setdefault(code, tidy_name(name))
    return dict(sorted(names.items(), key=lambda kv: kv[1]))


def official_profile(code: str, ref: pd.DataFrame, areas: pd.DataFrame) -> pd.DataFrame:
    """Any authority's official figures (no document needed): one row per measure with value, text and source."""
    def share(table: str, band: str, base: str) -> tuple[float | None, str]:
        count, notes = _census_sum(code, ref, areas, table, "carers_unpaid", band)
        people, _ = _census_sum(code, ref, areas, table, "population", base)
        if count is None or not people:
            return None, "; ".join(notes)
        return round(100 * count / people, 2), "; ".join(notes)

    out = []
    for key, label in PROFILE_MEASURES:
        value, how, unit, table = None, "", "percent", CENSUS_2021
        if key == "carers_2021":
            value, how = share(CENSUS_2021, "", "aged 5+")
        elif key == "carers50_2021":
            value, how = share(CENSUS_2021, BAND_50_PLUS, "aged 5+")
        elif key == "carers_2011":
            value, how = share(CENSUS_2011, "", "all ages")
            table = CENSUS_2011
        elif key == "pop65_2021":
            value, notes = _census_sum(code, ref, areas, CENSUS_AGE, "population", "aged 65+")
            how, unit, table = "; ".join(notes), "people", CENSUS_AGE
        else:
            nhs = dementia_for(code, ref, areas)
            table = NHS_DEMENTIA
            if nhs:
                value = nhs["rate"]
                how = nhs["how"] if nhs["how"] != "as published" else (
                    f"95% interval {nhs['ci'][0]:.1f}% to {nhs['ci'][1]:.1f}%")
        publisher = "NHS England" if table == NHS_DEMENTIA else "Office for National Statistics"
        out.append({"area_code": code, "key": key, "measure": label, "value": value, "unit": unit,
                    "value_text": "–" if value is None else (f"{value:.1f}%" if unit == "percent" else f"{value:,.0f}"),
                    "how": how or "as published", "source": f"{publisher}, {table}"})
    return pd.DataFrame(out)


def compare_rows(profiles: pd.DataFrame) -> pd.DataFrame:
    """The compare chart's rows, top to bottom: each measure's heading, then one row per authority with its value as a
    share of the measure's largest (`scaled`: each measure on its own scale from zero)."""
    rows = []
    for i, (_, label) in enumerate(PROFILE_MEASURES):
        part = profiles[profiles["measure"] == label]
        top = part["value"].max()
        rows.append({"row": f"{i:02d}", "kind": "heading", "measure": label, "area": ""})
        for j, r in enumerate(part.to_dict("records")):
            valid = r["value"] is not None and r["value"] == r["value"]
            rows.append({**r, "row": f"{i:02d}-{j:03d}", "kind": "figure",
                         "scaled": r["value"] / top if valid and top else (0.0 if valid else None)})
    return pd.DataFrame(rows)


def compare_chart(profiles: pd.DataFrame) -> alt.LayerChart:
    """One block per measure, each on its own scale from zero (a bar's length is its share of the block's largest),
    every bar labelled with its value and its authority named above it, and "no figure" written where an authority
    has none in that measure (an empty row would leave the reader guessing; the table's "How" column says why).
    One layered chart, not a facet: it is as wide as its column (a facet's panels keep a fixed width)."""
    data = compare_rows(profiles)
    y = alt.Y("row:N", sort="ascending", title=None, axis=None, scale=alt.Scale(paddingInner=0.55, paddingOuter=0.3))
    x = alt.X("scaled:Q", title=None, axis=None, scale=alt.Scale(domain=[0, 1.25]))  # room for the largest's value
    base = alt.Chart(data).encode(y=y)
    figures = base.transform_filter("datum.kind == 'figure'").encode(
        tooltip=[alt.Tooltip("area:N", title="Authority"), alt.Tooltip("measure:N", title="Measure"),
                 alt.Tooltip("value_text:N", title="Value"), alt.Tooltip("how:N", title="How"),
                 alt.Tooltip("source:N", title="Source")])
    valid = figures.transform_filter("isValid(datum.scaled)")
    bars = valid.mark_bar(color=CATEGORICAL_HEX[0]).encode(x=x)
    values = valid.mark_text(align="left", dx=3, fontSize=text_px(VALUE_FONT_PX)).encode(x=x, text="value_text:N")
    missing = figures.transform_filter("!isValid(datum.scaled)").mark_text(  # at the block's zero, its left edge
        align="left", dx=3, fontSize=text_px(VALUE_FONT_PX), fontStyle="italic", color=CAPTION_HEX).encode(
        x=alt.value(0), text=alt.value(NO_FIGURE.lower()))
    names = figures.mark_text(align="left", baseline="bottom", dy=-12, fontSize=text_px(NAME_FONT_PX),
                              color=CHART_TEXT_HEX).encode(x=alt.value(0), text="area:N")
    headings = base.transform_filter("datum.kind == 'heading'").mark_text(
        align="left", baseline="middle", fontSize=text_px(NAME_FONT_PX), fontWeight="bold",
        color=CHART_TEXT_HEX).encode(x=alt.value(0), text="measure:N")
    return type_scaled(alt.layer(headings, bars, values, missing, names).properties(height=alt.Step(BAND_PX)))


def national_lines(ref: pd.DataFrame) -> dict[str, str]:
    """One sentence of national context per theme, each naming its source (for Home)."""
    ew = lambda table, measure, breakdown="": value_of(ref, table, measure, ENGLAND_AND_WALES, breakdown)  # noqa: E731
    residents = ew(CENSUS_2021, "population", "aged 5+")
    carers, heavy = ew(CENSUS_2021, "carers_unpaid"), ew(CENSUS_2021, "carers_unpaid", BAND_50_PLUS)
    share, heavy_share = 100 * carers / residents, 100 * heavy / residents
    rate = official(ref, NHS_DEMENTIA, "dementia_diagnosis_rate", "aged 65+")
    eng = rate[rate["area_code"] == ENGLAND].iloc[0]
    est = value_of(ref, NHS_DEMENTIA, "dementia_estimated", ENGLAND, "aged 65+")
    old, everyone = ew(CENSUS_AGE, "population", "aged 65+"), ew(CENSUS_AGE, "population", "all ages")
    lines = {
        "carers": (f"England and Wales: {carers:,.0f} people aged 5+ ({share:.1f}%) provided unpaid care at Census 2021, "
                   f"{heavy:,.0f} ({heavy_share:.1f}%) of them for 50 or more hours a week "
                   f"(Office for National Statistics, Census 2021 TS039)."),
        "dementia": (f"England: {eng['value']:.1f}% of an estimated {est:,.0f} people aged 65+ with dementia had a "
                     f"recorded diagnosis in January 2025 (95% interval {eng['ci_lower']:.1f}% to {eng['ci_upper']:.1f}%), "
                     f"against the national target of {DEMENTIA_TARGET_PCT}% (NHS England, Primary Care Dementia Data)."),
        "extra_care": (f"England and Wales: {old:,.0f} people were aged 65 or over at Census 2021 "
                       f"({100 * old / everyone:.1f}% of residents); extra care provision is compared per 1,000 of them "
                       f"(Office for National Statistics, Census 2021 TS007)."),
    }
    return lines
