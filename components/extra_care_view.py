"""Extra care and housing: what each authority has, plans and can offer people with dementia.

The figures come from documents years apart and drawn on different maps (councils that have
since merged, on the boundaries of their time; today's councils on today's), so
every map panel is one document, every bar names its period, and the one rate shown (units per
1,000 people aged 65+) is only worked out where the same document gives both numbers for the
same area and year.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import altair as alt
import pandas as pd
import streamlit as st

from components.area_figures import with_sources
from components.provenance import short_names
from components.chart_cache import BuiltChart, cached_chart, show_chart
from components.data_access import Tables
from components.charts import (NAME_FONT_PX, VALUE_FONT_PX, VALUE_TICKS, axis_title, bar_by_area, scaled_legend,
                               text_px, type_scaled)
from components.export import png_download
from components.maps import area_features, context_land, symbol_map
from components.provenance import Sources, show_sources, source_caption, sources
from components.tables_view import show_table
from components.theme import CATEGORICAL_HEX, format_value
from data.store import period_year
from data.vocab import measure_label, unit_label

KINDS: tuple[str, ...] = ("units", "schemes")
KIND_LABELS = {"units": "Units (homes)", "schemes": "Schemes"}
BOUNDARY_MODES: tuple[str, ...] = ("published", "today")
BOUNDARY_LABELS = {"published": "Boundaries of the time", "today": "Today's boundaries"}

# Existing, planned and dementia-capable provision, in that order on every chart.
PROVISION: tuple[str, ...] = ("existing", "planned", "dementia")
PROVISION_LABELS = {"existing": "Existing", "planned": "Planned", "dementia": "Dementia-capable (of existing)"}
PROVISION_COLOURS = {"existing": CATEGORICAL_HEX[0], "planned": CATEGORICAL_HEX[1], "dementia": CATEGORICAL_HEX[2]}

RATE_BREAKDOWN = "aged 65+"
RATE_LABEL = "Extra care units per 1,000 people aged 65+"
HOUSING_TYPES = {"sheltered_housing": "Sheltered housing", "supported_housing": "Supported housing"}


def provision_measure(kind: str, provision: str = "existing") -> str:
    """'extra_care_units', 'extra_care_schemes_planned', ...: the vocabulary's names for each figure."""
    return f"extra_care_{kind}" if provision == "existing" else f"extra_care_{kind}_{provision}"


def latest_rows(rows: pd.DataFrame) -> pd.DataFrame:
    """One row per document, area, measure and group: its latest period that is not a projection."""
    if rows.empty:
        return rows
    ranked = rows.assign(_proj=rows["qualifier"].eq("projection"),
                         _year=[period_year(p) or 0 for p in rows["period"]])
    ranked = ranked.sort_values(["_proj", "_year"], ascending=[True, False])
    return ranked.drop_duplicates(["doc_id", "area_code", "measure", "breakdown"]).drop(columns=["_proj", "_year"])


def current_rows(measures: pd.DataFrame, kind: str) -> pd.DataFrame:
    """Existing extra care units (or schemes) per authority, as each document gives them."""
    rows = measures[(measures["measure"] == provision_measure(kind)) & (measures["breakdown"] == "")]
    return latest_rows(rows).reset_index(drop=True)


def area_period_label(code: str, period: str) -> str:
    """'<area> (2015)': the area's name of the time and the year its figure is for, on every bar and row."""
    from data.store import area_name

    return f"{area_name(code)} ({period})"


# --- map panels -----------------------------------------------------------------------------------

@dataclass(frozen=True)
class MapPanel:
    """One document's figures: drawn on one map, since a document's authorities share a map and a year."""
    doc_id: str
    title: str
    periods: tuple[str, ...]
    figure_codes: tuple[str, ...]
    authority_codes: tuple[str, ...]


@dataclass(frozen=True)
class PanelGeography:
    """What to draw for a panel: shapes the circles sit on, outlines shown, and what the reader must be told."""
    shape_codes: tuple[str, ...]
    shape_vintage: str
    outline_codes: tuple[str, ...]
    outline_vintage: str
    notes: tuple[str, ...]
    unmapped: tuple[str, ...]


def map_panels(rows: pd.DataFrame, documents: pd.DataFrame, within: Sequence[str] | None = None) -> list[MapPanel]:
    """A panel per document with figures, in the registry's order of documents.

    `within` (an authority and the areas under it) keeps the other authorities a document covers
    off the panel, so a focused view does not list them as having no figure.
    """
    names = short_names(documents)
    authorities = dict(zip(documents["doc_id"], documents["authorities"]))
    panels = []
    for doc_id in [d for d in documents["doc_id"] if d in set(rows["doc_id"])]:
        doc_rows = rows[rows["doc_id"] == doc_id]
        covered = [c for c in str(authorities.get(doc_id, "")).split("|") if c and (within is None or c in within)]
        figure_codes = tuple(dict.fromkeys(doc_rows["area_code"]))
        periods = tuple(sorted(set(doc_rows["period"]), key=lambda p: (period_year(p) or 0, p)))
        panels.append(MapPanel(doc_id, names.get(doc_id, doc_id), periods, figure_codes,
                               tuple(dict.fromkeys([*covered, *figure_codes]))))
    return panels


def lookup_parent(code: str) -> str:
    from geo.lookup import UnknownArea, area

    try:
        return area(code)["parent_code"]
    except UnknownArea:
        return ""


def panel_geography(panel: MapPanel, mode: str) -> PanelGeography:
    """Which shapes and vintage to use, from the area registry only (no boundary file is opened).

    'published': each figure on the boundaries of its year (2015 figures on 2013 shapes).
    'today': circles stay where the areas of the time were, over today's authorities, and the
    reader is told which of today's authorities each old area now lies in.
    """
    from geo.lookup import boundary_for, no_shape_reason, successor_today

    year = max((period_year(p) or 0 for p in panel.periods), default=0) or None
    refs = {code: boundary_for(code, year) for code in panel.authority_codes}
    unmapped = tuple(no_shape_reason(c) or c for c, ref in refs.items() if ref is None and c in panel.figure_codes)
    mapped = [c for c, ref in refs.items() if ref is not None]
    # a county whose own districts carry the figures is not drawn over them
    parents = {lookup_parent(c) for c in panel.figure_codes}
    mapped = [c for c in mapped if c in panel.figure_codes or c not in parents]
    vintages = [refs[c].vintage for c in mapped if c in panel.figure_codes] or [refs[c].vintage for c in mapped]
    vintage = max(set(vintages), key=vintages.count) if vintages else "2023"
    shapes = tuple(c for c in mapped if refs[c].vintage == vintage)
    if mode == "today":
        outline = tuple(dict.fromkeys(successor_today(c).code for c in shapes))
        notes = tuple(refs[c].note for c in shapes if c in panel.figure_codes and refs[c].note)
        if notes and vintage != "2023":
            notes = ("Outlines are today's authorities; each circle sits where the area of the time was.", *notes)
        return PanelGeography(shapes, vintage, outline, "2023", notes, unmapped)
    notes = ()
    if vintage != "2023":
        notes = (f"Drawn on the {vintage} boundaries, as the areas were when the figures were published.",)
    return PanelGeography(shapes, vintage, shapes, vintage, notes, unmapped)


def panel_vintages(panels: Sequence[MapPanel], mode: str) -> set[str]:
    """Boundary vintages a page of these panels draws (for the footer's attribution); the land is 2023."""
    out = {"2023"}
    for panel in panels:
        geo = panel_geography(panel, mode)
        out |= {geo.shape_vintage, geo.outline_vintage}
    return out


def missing_text(code: str, doc_id: str, other: pd.DataFrame) -> str:
    """'Middlesbrough (schemes only)': an area with no figure of this kind, and whether it has the other kind."""
    from data.store import area_name

    has_other = not other[(other["doc_id"] == doc_id) & (other["area_code"] == code)].empty
    other_kind = other["unit"].iloc[0] if has_other else ""
    return f"{area_name(code)} ({other_kind} only)" if has_other else area_name(code)


@dataclass(frozen=True, eq=False)
class PanelView:
    """One document's map panel, worked out: what `show_panel_map` draws."""
    panel: MapPanel
    geo: PanelGeography
    heading: str
    values: pd.DataFrame
    title: str
    source: str
    land: dict | None
    missing: str


@dataclass(frozen=True, eq=False)
class MapsView:
    kind: str
    mode: str
    empty: str             # the note when no document gives figures of this kind ('' otherwise)
    caption: str
    top: float
    panels: tuple[PanelView, ...]
    vintages: frozenset[str]


def _land(codes: Sequence[str], vintage: str) -> dict | None:
    """The land around these areas (None without prepared boundaries: the map then says why)."""
    from geo.sources import BoundariesUnavailable
    from geo.webshapes import features

    try:
        return context_land(features(tuple(codes), str(vintage)))
    except (BoundariesUnavailable, ValueError):
        return None


def panel_view(panel: MapPanel, rows: pd.DataFrame, documents: pd.DataFrame, kind: str, mode: str,
               other_kind: pd.DataFrame) -> PanelView:
    geo = panel_geography(panel, mode)
    periods = " and ".join(panel.periods)
    doc_rows = rows[rows["doc_id"] == panel.doc_id]
    values = with_sources(doc_rows, documents)
    with_figures = set(values["area_code"])
    parents = {lookup_parent(c) for c in with_figures}
    missing = [c for c in panel.authority_codes if c not in with_figures and c not in parents]
    missing_text_all = (f"No figure of extra care {kind} in this document for: "
                        + ", ".join(missing_text(c, panel.doc_id, other_kind) for c in missing) + ".") if missing else ""
    outline_codes, outline_vintage = ((geo.outline_codes, geo.outline_vintage) if mode == "today"
                                      else (geo.shape_codes, geo.shape_vintage))
    return PanelView(panel, geo, f"##### {panel.title}: extra care {kind}, {periods}", values,
                     f"Extra care {kind} by authority, {panel.title} ({periods})", source_caption(doc_rows, documents),
                     _land(outline_codes, outline_vintage), missing_text_all)


def show_panel_map(view: PanelView, kind: str, mode: str, max_value: float, show_controls: bool) -> None:
    """One document's extra care figures as proportional circles, with its own notes on geography."""
    geo, panel = view.geo, view.panel
    st.markdown(view.heading)
    shapes = area_features(geo.shape_codes, geo.shape_vintage)
    if shapes is None:
        return
    outline = shapes
    if mode == "today":
        outline = area_features(geo.outline_codes, geo.outline_vintage)
        if outline is None:
            return
        # The circles sit on the old areas' label points; the outlines drawn are today's.
        shapes = {**shapes, "vintage": geo.outline_vintage}
    symbol_map(shapes, view.values, view.title, f"Extra care {kind}", outline_fc=outline, value_label=measure_label(
        provision_measure(kind)), source=view.source, key=f"ec_map_{panel.doc_id}", show_download=show_controls,
        max_value=max_value, context_fc=view.land, notes=panel_notes(view))


def panel_notes(view: PanelView) -> tuple[str, ...]:
    """A panel map's notes, paragraphs of the caption under it: its geography, the areas without a figure, the areas
    that cannot be drawn."""
    return (*(f":material/info: {note}" for note in view.geo.notes), view.missing,
            *(f":material/location_off: {reason}" for reason in view.geo.unmapped))


def maps_view(measures: pd.DataFrame, documents: pd.DataFrame, kind: str, mode: str,
              within: Sequence[str] | None = None) -> MapsView:
    """Every document's panel on one size scale. `within`: the codes of a chosen authority and the areas under it
    (None: every authority)."""
    rows = current_rows(measures, kind)
    if rows.empty:
        return MapsView(kind, mode, f"The documents give no figures of extra care {kind} here.", "", 0.0, (), frozenset())
    panels = map_panels(rows, documents, within)
    top = float(rows["value"].max())
    caption = (f"One map per document, all on the same circle scale (the largest circle is {format_value(top, kind)} "
               f"{unit_label(kind)}). The documents are for different years: compare with care.")
    other = current_rows(measures, next(k for k in KINDS if k != kind))
    views = tuple(panel_view(panel, rows, documents, kind, mode, other) for panel in panels)
    return MapsView(kind, mode, "", caption, top, views, frozenset(panel_vintages(panels, mode)))


def show_maps(view: MapsView, show_controls: bool) -> set[str]:
    """Draw the panels; returns the boundary vintages drawn."""
    if view.empty:
        st.info(view.empty, icon=":material/info:")
        return set()
    st.caption(view.caption)
    for panel in view.panels:
        show_panel_map(panel, view.kind, view.mode, view.top, show_controls)
    return set(view.vintages)


# --- existing, planned and dementia-capable -------------------------------------------------------

def provision_frame(measures: pd.DataFrame, kind: str) -> pd.DataFrame:
    """Existing, planned and dementia-capable figures per authority, labelled with their periods and sources."""
    parts = []
    for provision in PROVISION:
        rows = latest_rows(measures[measures["measure"] == provision_measure(kind, provision)])
        parts.append(rows.assign(provision=provision))
    frame = pd.concat(parts, ignore_index=True)
    if frame.empty:
        return frame
    frame["authority"] = [area_period_label(str(c), str(p)) for c, p in zip(frame["area_code"], frame["period"])]
    frame["provision_label"] = frame["provision"].map(PROVISION_LABELS)
    frame["value_text"] = [("about " if q == "approximate" else "") + format_value(v, u)
                           for v, u, q in zip(frame["value"], frame["unit"], frame["qualifier"])]
    frame["detail"] = frame["breakdown"].fillna("")
    return frame


def provision_chart(frame: pd.DataFrame, kind: str) -> alt.LayerChart:
    """Grouped bars per authority (existing, planned, dementia-capable), each labelled with its value.

    `frame` is a `provision_frame` with a `source` column (see `with_sources`).
    """
    data = frame[["authority", "provision", "provision_label", "value", "value_text", "period", "detail", "source"]]
    order = (frame[frame["provision"] == "existing"].sort_values("value", ascending=False)["authority"].tolist()
             + [a for a in frame["authority"] if a not in set(frame[frame["provision"] == "existing"]["authority"])])
    order = list(dict.fromkeys(order))
    domain = [PROVISION_LABELS[p] for p in PROVISION]
    top = float(frame["value"].max()) if len(frame) else 1.0
    x = alt.X("value:Q", title=axis_title("Extra care", kind) + ", each authority's own year",
              scale=alt.Scale(domain=[0, top * 1.15]),
              axis=alt.Axis(format=",.0f", tickMinStep=1, tickCount=VALUE_TICKS))
    # no axis: each authority's name is written above its group of bars, so bars keep the width on a phone
    y = alt.Y("authority:N", sort=order, title=None, axis=None, scale=alt.Scale(paddingInner=0.3, paddingOuter=0.2))
    y_offset = alt.YOffset("provision_label:N", sort=domain, scale=alt.Scale(domain=domain))
    tooltip = [alt.Tooltip("authority:N", title="Authority (year)"), alt.Tooltip("provision_label:N", title="Figure"),
               alt.Tooltip("value_text:N", title=unit_label(kind).capitalize()),
               alt.Tooltip("detail:N", title="Detail"), alt.Tooltip("source:N", title="Source")]
    base = alt.Chart(data).encode(y=y, yOffset=y_offset, tooltip=tooltip)
    bars = base.mark_bar().encode(
        x=x, color=alt.Color("provision_label:N", scale=alt.Scale(domain=domain, range=[PROVISION_COLOURS[p] for p in PROVISION]),
                             legend=scaled_legend(title=None, orient="top", direction="horizontal", labelLimit=0)))
    labels = base.mark_text(align="left", dx=3, fontSize=text_px(VALUE_FONT_PX)).encode(x=x, text="value_text:N")
    step = 16 * len(PROVISION) + 26  # three bars and the authority's name above them
    names = alt.Chart(data.drop_duplicates("authority")).mark_text(
        align="left", baseline="bottom", dy=-(step * 0.7 / 2 + 2), fontSize=text_px(NAME_FONT_PX), color="#222",
    ).encode(y=y, x=alt.value(0), text="authority:N")
    # the step is each authority's (its group's), not each bar's: with a yOffset Vega-Lite applies it to the offset
    return type_scaled(alt.layer(bars, labels, names).properties(height=alt.Step(step, **{"for": "position"})))


def provision_table(frame: pd.DataFrame, doc_names: dict[str, str]) -> pd.DataFrame:
    """A row per authority and year: existing, planned and dementia-capable as written, with the lines they come from."""
    out = []
    existing = frame[frame["provision"] == "existing"].set_index("authority")["value"].to_dict()
    keys = sorted(frame.groupby(["authority", "doc_id"], sort=False).groups, key=lambda k: -existing.get(k[0], -1))
    for authority, doc_id in keys:
        grp = frame[(frame["authority"] == authority) & (frame["doc_id"] == doc_id)]
        row = {"Authority (year)": authority}
        for provision in PROVISION:
            hit = grp[grp["provision"] == provision]
            text = "; ".join(v + (f" ({d})" if d else "") for v, d in zip(hit["value_text"], hit["detail"]))
            row[PROVISION_LABELS[provision]] = text or "–"
        row["Lines"] = ", ".join(str(n) for n in sorted(set(grp["line"].astype(int))))
        row["Document"] = doc_names.get(doc_id, doc_id)
        out.append(row)
    return pd.DataFrame(out)


@dataclass(frozen=True, eq=False)
class ProvisionView:
    kind: str
    chart: BuiltChart | None   # None: no figures
    alt: str
    table: pd.DataFrame
    source: str
    sources: Sources


def provision_view(measures: pd.DataFrame, documents: pd.DataFrame, kind: str) -> ProvisionView:
    frame = provision_frame(measures, kind)
    if frame.empty:
        return ProvisionView(kind, None, "", frame, "", sources(frame))
    frame = frame.assign(source=with_sources(frame, documents)["source"].values)
    alt_text = "; ".join(f"{a}: {lab.lower()} {v}" for a, lab, v in
                         zip(frame["authority"], frame["provision_label"], frame["value_text"]))
    return ProvisionView(kind, cached_chart(provision_chart, frame, kind),
                         f"Bar chart of extra care {kind} by authority. {alt_text}.",
                         provision_table(frame, short_names(documents)), source_caption(frame, documents),
                         sources(frame, f"Where the extra care {kind} figures come from"))


def show_provision(view: ProvisionView, documents: pd.DataFrame, show_controls: bool) -> None:
    kind, chart = view.kind, view.chart
    if chart is None:
        st.info(f"The documents give no extra care {kind} figures.", icon=":material/info:")
        return
    show_chart(chart, key="ec_provision", alt=view.alt)
    st.caption("Dementia-capable figures are part of the existing ones, not extra. Planned figures are as the "
               "documents state them (a first scheme, or the number of schemes intended).")
    show_table(view.table, width="stretch", key="ec_provision_table")
    if show_controls:
        png_download(chart.spec, f"Extra care {kind}: existing, planned and dementia-capable", view.source,
                     key="png_ec_provision")
    show_sources(view.sources, documents)


# --- units per 1,000 people aged 65+ --------------------------------------------------------------

def units_per_1000(measures: pd.DataFrame) -> pd.DataFrame:
    """Extra care units per 1,000 people aged 65+, where one document gives both for the same area and year.

    The population row must be the document's own 'aged 65+' figure for the same period as the
    units (an estimate or count, never a projection); nothing is borrowed from elsewhere.
    """
    units = current_rows(measures, "units")
    pop = measures[(measures["measure"] == "population") & (measures["breakdown"] == RATE_BREAKDOWN)
                   & (measures["qualifier"] != "projection")]
    out = []
    for _, u in units.iterrows():
        hit = pop[(pop["doc_id"] == u["doc_id"]) & (pop["area_code"] == u["area_code"]) & (pop["period"] == u["period"])]
        if hit.empty or not float(hit["value"].iloc[0]):
            continue
        p = hit.iloc[0]
        out.append({
            "doc_id": u["doc_id"], "area_code": u["area_code"], "area_name": u["area_name"], "period": u["period"],
            "units": float(u["value"]), "units_line": int(u["line"]), "units_section": u["section"],
            "population": float(p["value"]), "population_line": int(p["line"]), "population_section": p["section"],
            "population_qualifier": p["qualifier"],
            "value": round(float(u["value"]) / float(p["value"]) * 1000, 2),
        })
    cols = ["doc_id", "area_code", "area_name", "period", "units", "units_line", "units_section", "population",
            "population_line", "population_section", "population_qualifier", "value"]
    frame = pd.DataFrame(out, columns=cols)
    return frame.assign(unit="per_1000", measure="extra_care_units", qualifier="rate", breakdown=RATE_BREAKDOWN,
                        section=frame["units_section"], line=frame["units_line"])


def without_denominator(measures: pd.DataFrame) -> pd.DataFrame:
    """Authorities with extra care units but no same-year population aged 65+ in their document."""
    units = current_rows(measures, "units")
    rates = units_per_1000(measures)
    done = set(zip(rates["doc_id"], rates["area_code"]))
    return units[[(d, c) not in done for d, c in zip(units["doc_id"], units["area_code"])]]


def derivation_text(row: pd.Series, doc_names: dict[str, str]) -> str:
    """How one rate was worked out, with both locators, in a sentence."""
    doc = doc_names.get(row["doc_id"], row["doc_id"])
    return (f"**{area_period_label(row['area_code'], row['period'])}**: {format_value(row['units'], 'units')} extra care units "
            f"({doc}, line {row['units_line']}, {row['units_section']}) ÷ "
            f"{format_value(row['population'], 'people')} people aged 65+ ({row['period']} "
            f"{row['population_qualifier']}; {doc}, line {row['population_line']}, {row['population_section']}) "
            f"× 1,000 = **{row['value']:.1f}** per 1,000.")


@dataclass(frozen=True, eq=False)
class RatesView:
    derivations: tuple[str, ...]
    chart: BuiltChart | None   # None: no rate
    alt: str
    png_source: str
    sources: Sources | None
    gaps: str                  # the caption naming authorities without a rate ('' when none)


def rates_view(measures: pd.DataFrame, documents: pd.DataFrame) -> RatesView:
    rates = units_per_1000(measures)
    gaps = without_denominator(measures)
    gaps_text = ("No rate for " + ", ".join(area_period_label(str(c), str(p)) for c, p in
                                            zip(gaps["area_code"], gaps["period"]))
                 + ": the document gives no population aged 65+ for that area and year, and the atlas does not "
                   "bring one in from elsewhere.") if not gaps.empty else ""
    if rates.empty:
        return RatesView((), None, "", "", None, gaps_text)
    names = short_names(documents)
    frame = with_sources(rates, documents)
    frame["area"] = [area_period_label(str(c), str(p)) for c, p in zip(rates["area_code"], rates["period"])]
    chart = cached_chart(bar_by_area, frame, "Extra care units for people aged 65+", "per_1000")
    alt_text = "Bar chart of extra care units per 1,000 people aged 65+: " + "; ".join(
        f"{a}: {v:.1f}" for a, v in zip(frame["area"], frame["value"])) + "."
    png_source = ("Derived from " + source_caption(rates, documents).removeprefix("Source: ")
                  + "; population aged 65+ from the same document's population table.")
    pop_rows = measures[(measures["measure"] == "population") & (measures["breakdown"] == RATE_BREAKDOWN)
                        & measures["area_code"].isin(rates["area_code"])
                        & measures["period"].isin(rates["period"])]
    unit_rows = current_rows(measures, "units")
    behind = pd.concat([unit_rows[unit_rows["area_code"].isin(rates["area_code"])], pop_rows])
    return RatesView(tuple(derivation_text(row, names) for _, row in rates.iterrows()), chart, alt_text, png_source,
                     sources(behind, "The units and population figures behind these rates"), gaps_text)


def show_rates(view: RatesView, documents: pd.DataFrame, show_controls: bool) -> None:
    if view.chart is None:  # one note: the authorities without a rate, and why (it was said twice, box and caption)
        st.info(view.gaps or "No document gives both extra care units and a population aged 65+ for the same area "
                "and year, so no rate is worked out.", icon=":material/info:")
        return
    st.caption("Worked out here (not published in the documents): the document's existing extra care units "
               "divided by the same document's population aged 65+ for the same year, times 1,000.")
    st.markdown("\n\n".join(view.derivations))  # one paragraph per rate, one element
    show_chart(view.chart, key="ec_rates", alt=view.alt)
    if show_controls:
        png_download(view.chart.spec, RATE_LABEL, view.png_source, key="png_ec_rates")
    show_sources(view.sources, documents)
    if view.gaps:
        st.caption(view.gaps)


# --- sheltered and supported housing --------------------------------------------------------------

def housing_rows(measures: pd.DataFrame, kind: str) -> pd.DataFrame:
    """Sheltered and supported housing figures (units or schemes) by client group, with authority-year labels."""
    names = {f"{prefix}_{kind}": label for prefix, label in HOUSING_TYPES.items()}
    rows = measures[measures["measure"].isin(list(names))].copy()
    if rows.empty:
        return rows.assign(housing="", group="", authority="", value_text="")
    rows["housing"] = rows["measure"].map(names)
    rows["group"] = rows["breakdown"].replace("", "all")
    rows["authority"] = [area_period_label(str(c), str(p)) for c, p in zip(rows["area_code"], rows["period"])]
    rows["value_text"] = [("about " if q == "approximate" else "") + format_value(v, u)
                          for v, u, q in zip(rows["value"], rows["unit"], rows["qualifier"])]
    return rows.reset_index(drop=True)


def top_level(rows: pd.DataFrame) -> pd.DataFrame:
    """Rows that are not a sub-group of another row shown for the same authority and measure.

    'younger people, high support' is part of (or beside) 'younger people'; charting both would
    invite adding them up, so the chart keeps the group and the table keeps every detail.
    """
    keep = []
    for _, grp in rows.groupby(["doc_id", "area_code", "measure"], sort=False):
        groups = set(grp["breakdown"])
        for idx, b in zip(grp.index, grp["breakdown"]):
            parent = any(b != g and g and b.startswith(g + ", ") for g in groups)
            if not parent:
                keep.append(idx)
    return rows.loc[sorted(keep)]


def housing_chart(rows: pd.DataFrame, kind: str, housing: str) -> alt.LayerChart:
    """A labelled bar per authority (its year) and client group, on one shared axis, each named above its bar.

    Authorities name their client groups differently, so each bar carries its own; rows of one
    authority stay together, largest first. The chart fits its column on any screen.
    """
    data = rows[["housing", "group", "authority", "value", "value_text", "period", "source"]].copy()
    authorities = list(dict.fromkeys(data["authority"]))
    data["area"] = [f"{a}: {g}" for a, g in zip(data["authority"], data["group"])]
    data["_a"] = data["authority"].map(authorities.index)
    order = data.sort_values(["_a", "value"], ascending=[True, False])["area"].tolist()
    return bar_by_area(data.drop(columns="_a"), f"{housing}, each authority's own year", kind, sort_by_value=False,
                       order=order)


def housing_table(rows: pd.DataFrame) -> pd.DataFrame:
    return rows[["authority", "housing", "group", "value_text", "qualifier", "line"]].rename(columns={
        "authority": "Authority (year)", "housing": "Housing", "group": "Client group or detail",
        "value_text": "Value", "qualifier": "Kind", "line": "Line"}).reset_index(drop=True)


@dataclass(frozen=True, eq=False)
class HousingChart:
    heading: str
    key: str
    chart: BuiltChart
    alt: str
    title: str
    source: str


@dataclass(frozen=True, eq=False)
class HousingView:
    kind: str
    charts: tuple[HousingChart, ...]
    caption: str
    table: pd.DataFrame | None   # None: no figures
    sources: Sources | None


def housing_view(measures: pd.DataFrame, documents: pd.DataFrame, kind: str) -> HousingView:
    rows = housing_rows(measures, kind)
    if rows.empty:
        return HousingView(kind, (), "", None, None)
    rows = rows.assign(source=with_sources(rows, documents)["source"].values)
    shown = top_level(rows)
    charts = []
    for housing in HOUSING_TYPES.values():
        part = shown[shown["housing"] == housing]
        if part.empty:
            continue
        charts.append(HousingChart(
            f"##### {housing} {kind}" + (" by client group" if housing == "Supported housing" else ""),
            housing.split()[0].lower(), cached_chart(housing_chart, part, kind, housing),
            f"Bar charts of {housing.lower()} {kind}, one per authority: "
            + "; ".join(f"{a}, {g}: {v}" for a, g, v in zip(part["authority"], part["group"], part["value_text"])) + ".",
            f"{housing} {kind} by authority", source_caption(part, documents)))
    hidden = len(rows) - len(shown)
    caption = ("Each bar is one figure as written; nothing is added up. "
               + (f"{hidden} sub-group figure{'s' if hidden != 1 else ''} (for example levels of support within a "
                  f"group) {'are' if hidden != 1 else 'is'} in the table, not the charts. " if hidden else "")
               + "Client groups are the documents' own and differ between councils.")
    return HousingView(kind, tuple(charts), caption, housing_table(rows),
                       sources(rows, f"Where the housing {kind} figures come from"))


def show_housing(view: HousingView, documents: pd.DataFrame, show_controls: bool) -> None:
    if view.table is None:
        st.info(f"The documents give no sheltered or supported housing {view.kind}.", icon=":material/info:")
        return
    for part in view.charts:
        st.markdown(part.heading)
        show_chart(part.chart, key=f"ec_{part.key}", alt=part.alt)
        if show_controls:
            png_download(part.chart.spec, part.title, part.source, key=f"png_ec_{part.key}")
    st.caption(view.caption)
    show_table(view.table, width="stretch", key="ec_housing_table")
    show_sources(view.sources, documents)


# --- the whole view, once per authority and control choices ---------------------------------------

FINDING_PREFIXES = ("extra_care", "sheltered_housing", "supported_housing")


@dataclass(frozen=True, eq=False)
class ExtraCareView:
    maps: MapsView
    provision: ProvisionView
    rates: RatesView
    housing: HousingView
    finding_measures: tuple[str, ...]


def extra_care_model(tables: Tables, code: str | None, kind: str, mode: str) -> ExtraCareView:
    """Everything the extra care tab shows for an authority (or 'all') and the measure and map choices
    (for components.view_cache.view_model: shared by every session, read-only)."""
    from components.theme_view import area_and_below, focus

    measures, documents = focus(tables.measures, tables.areas, code), tables.documents
    within = area_and_below(tables.areas, code) if code and code != "all" else None
    return ExtraCareView(
        maps_view(measures, documents, kind, mode, within),
        provision_view(measures, documents, kind),
        rates_view(measures, documents),
        housing_view(measures, documents, kind),
        tuple(m for m in measures["measure"].unique() if m.startswith(FINDING_PREFIXES)),
    )
