"""'National picture' sections of the theme pages, Compare and Home: one call per page.

Each section draws official figures (data/reference.csv) beside the documents' own, names its
publisher and licence under every chart and inside every PNG, and says where a figure is drawn
or summed on another vintage's areas. The logic is in components/national.py (no Streamlit).
"""
from __future__ import annotations

import copy
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from components import national as nat
from components.chart_cache import BuiltChart, cached_chart, show_chart, vega_lite_dict
from components.tables_view import show_table
from components.view_cache import view_model
from data.reference import DEMENTIA_TARGET_PCT, LICENCE, ReferenceDataError, load_reference

MAP_LAYERS = {"ew2021": "2021", "uk2023": "2023"}  # national layer -> boundary vintage it shows


@st.cache_resource(show_spinner=False)
def reference() -> pd.DataFrame:
    """The official figures: one shared, read-only frame (5,648 rows; see components/data_access.py)."""
    return load_reference()


def _reference_or_message() -> pd.DataFrame | None:
    try:
        return reference()
    except ReferenceDataError as exc:
        st.info(f"Official reference figures are not available: {exc}", icon=":material/info:")
        return None


def _doc_names(documents: pd.DataFrame) -> dict[str, str]:
    return dict(zip(documents["doc_id"], documents["short_name"]))


def _features(layer: str) -> dict | None:
    """The national shapes layer (every district at once), or None after saying why there is no map."""
    from components.maps import national_features

    return national_features(layer)


def boundary_attribution(layer: str) -> str:
    from geo.attribution import attribution, attribution_text

    # the 2021 layer is cut from the 2023 file along 2013 boundaries, so it owes both credits
    return attribution_text() if layer == "ew2021" else attribution(MAP_LAYERS[layer])


def png_spec(spec: dict, title: str, source: str, boundaries: str = "", width: int = 900) -> dict:
    """The map's own specification with a fixed width and its title, source, licence and boundary credits (a copy)."""
    import textwrap

    out = copy.deepcopy(spec)
    out["width"] = width
    lines = [piece for text in (source, boundaries) if text for piece in textwrap.wrap(text, 120)]
    out["title"] = {"text": title, "subtitle": lines, "anchor": "start", "fontSize": 16, "subtitleFontSize": 11,
                    "subtitleColor": "#444"}
    return out


def spec_png(spec: dict, title: str, source: str, boundaries: str = "", width: int = 900) -> bytes:
    """The map's own specification rendered to PNG with its title, source, licence and boundary credits inside."""
    import vl_convert as vlc

    return vlc.vegalite_to_png(png_spec(spec, title, source, boundaries, width), scale=1.5)


def _map(chart: BuiltChart, key: str, title: str, source: str, layer: str, summary: str, presenter: bool = False,
         notes: Sequence[str] = ()) -> None:
    """The map, its summary and `notes` (geography, source) in one caption, and its PNG download."""
    from components.maps import map_caption

    # the alt text names the map for assistive technology (the spec carries no description: Streamlit would log a warning)
    show_chart(chart, key=key, alt=f"Map: {title}. {summary}", theme=None, width="stretch")
    st.caption(map_caption(summary, notes))
    if presenter:  # presenter mode shows no controls
        return
    st.download_button("Download PNG", data=lambda: spec_png(chart.spec(), title, source, boundary_attribution(layer)),
                       file_name=f"{key}.png", mime="image/png", icon=":material/download:", key=f"png_{key}",
                       on_click="ignore")


def _map_spec(layer: str, values: pd.DataFrame, classes: nat.Classes, legend_title: str,
              tooltips: tuple[tuple[str, str], ...], outline_codes: tuple[str, ...], presenter: bool,
              england_only: bool = False, figures_only: bool = False) -> dict:
    """A national map's specification (for chart_cache.cached_chart: built once per choice and shared)."""
    from geo.webshapes import national

    features = national(layer)
    if england_only:
        features = {"type": "FeatureCollection", "features": [
            f for f in features["features"] if str(f["properties"].get("area_code", "")).startswith("E")]}
    return nat.district_map_spec(features, values, classes, legend_title, list(tooltips), outline_codes,
                                 presenter=presenter, figures_only=figures_only)


def _spec_of(builder: Callable[..., nat.alt.TopLevelMixin], *args: object) -> dict:
    """An Altair chart's Vega-Lite dict (for chart_cache.cached_chart: built once per arguments and shared)."""
    return vega_lite_dict(builder(*args))


def _png_chart(builder: Callable[..., nat.alt.TopLevelMixin], *args: object) -> nat.alt.TopLevelMixin:
    chart = builder(*args)
    return chart if isinstance(chart, nat.alt.FacetChart) else chart.properties(width=700)  # no container in a PNG


def _chart(chart: BuiltChart, png: Callable[[], nat.alt.TopLevelMixin], key: str, title: str, source: str,
           summary: str = "", presenter: bool = False) -> None:
    from components.export import png_download

    show_chart(chart, key=key, alt=f"Chart: {title}. {summary}".strip(), width="stretch")
    if presenter:
        return
    png_download(png, title, source, key=f"png_{key}")


def _folder() -> str:
    from data import paths

    return str(paths.data_dir())


# --- what each section shows, worked out once per choice and data version (components/view_cache.py) -----

@dataclass(frozen=True, eq=False)
class ChartView:
    """A chart, what builds it again for its PNG (on click), and the table beside it."""
    chart: BuiltChart
    builder: Callable[..., nat.alt.TopLevelMixin]
    args: tuple
    summary: str
    table: pd.DataFrame

    def png(self) -> nat.alt.TopLevelMixin:
        return _png_chart(self.builder, *self.args)


def _chart_view(builder: Callable[..., nat.alt.TopLevelMixin], args: tuple, summary: str, table: pd.DataFrame) -> ChartView:
    return ChartView(cached_chart(_spec_of, builder, *args), builder, args, summary, table)


def carers_compare_model(tables, code: str) -> ChartView | None:  # noqa: ANN001 - components.data_access.Tables
    """The authority's districts: the document's carer figures beside both censuses (None: the documents give none)."""
    frame = nat.carers_comparison(code, tables.measures, reference(), tables.areas, _doc_names(tables.documents))
    if frame.empty:
        return None
    return _chart_view(nat.carers_comparison_chart, (frame,),
                       f"Share providing unpaid care in {frame['area'].nunique()} areas from the document, the 2011 Census "
                       "(all usual residents) and Census 2021 (aged 5+); every figure is in the table below.",
                       frame[["area", "source", "count_text", "share_text", "universe", "where"]].rename(columns={
                           "area": "Area", "source": "Source", "count_text": "Count", "share_text": "Share",
                           "universe": "Who is counted", "where": "From"}))


@dataclass(frozen=True, eq=False)
class DementiaNational:
    interval: ChartView | None     # NHS's rates of the authority's areas with their intervals
    estimates: pd.DataFrame | None  # the document's estimates beside NHS's (None: none)


def dementia_national_model(tables, code: str) -> DementiaNational:  # noqa: ANN001
    ref = reference()
    values = nat.dementia_map_values(ref)
    parts = nat.parts_in(code, values["area_code"], tables.areas)
    picked = values[values["area_code"].isin(parts.codes)]
    estimates = nat.dementia_estimates(code, tables.measures, ref, tables.areas, _doc_names(tables.documents))
    interval = None
    if len(picked):
        eng = nat.value_of(ref, nat.NHS_DEMENTIA, "dementia_diagnosis_rate", nat.ENGLAND, "aged 65+")
        interval = _chart_view(nat.dementia_interval_chart, (picked, eng),
                               "; ".join(f"{n} {v} ({ci})" for n, v, ci in zip(picked["area_name"], picked["value_text"],
                                                                              picked["ci_text"]))
                               + f"; target {DEMENTIA_TARGET_PCT}%, England {eng:.1f}%.", picked)
    table = estimates[["area", "source", "period", "value_text", "counts", "where"]].rename(columns={
        "area": "Area", "source": "Source", "period": "Period", "value_text": "People", "counts": "What it counts",
        "where": "From"}) if len(estimates) else None
    return DementiaNational(interval, table)


@dataclass(frozen=True, eq=False)
class ExtraCareNational:
    source: str
    rank: ChartView | None      # None: no authority has a unit count
    map: BuiltChart | None      # None: no prepared national boundaries
    map_summary: str


def extra_care_national_model(tables, presenter: bool) -> ExtraCareNational:  # noqa: ANN001
    from geo.sources import BoundariesUnavailable

    ref = reference()
    rates = nat.extra_care_rates(tables.measures, ref, tables.areas, _doc_names(tables.documents))
    source = ("Units: the documents named in each row. People aged 65+: " +
              nat.attribution_line(nat.official(ref, nat.CENSUS_AGE, "population", "aged 65+")))
    if rates.empty:
        return ExtraCareNational(source, None, None, "")
    rank = _chart_view(nat.extra_care_chart, (rates,),
                       "; ".join(f"{label}: {rate} per 1,000" for label, rate in zip(rates["label"], rates["rate_text"])),
                       rates[["label", "units", "population_65", "rate_text", "derivation"]].assign(
                           units=rates["units"].map("{:,.0f}".format),
                           population_65=rates["population_65"].map("{:,.0f}".format)).rename(columns={
                           "label": "Authority (period of the unit count)", "units": "Units",
                           "population_65": "People aged 65+ (2021)", "rate_text": "Per 1,000 aged 65+",
                           "derivation": "How it is worked out"}))
    values = nat.extra_care_map_values(rates)
    try:
        chart = cached_chart(_map_spec, "ew2021", values, nat.value_classes(values["value"], "per_1000"),
                             "Units per 1,000 aged 65+", (("value_text", "Extra care units"), ("group", "Counted as")),
                             (), presenter, False, True)  # only the districts with a figure, zoomed to them
    except BoundariesUnavailable:
        chart = None
    moved = rates[rates["derivation"].str.contains("counted within|sum of the areas it replaced")]
    summary = (nat.figures_only_note(rates["label"].tolist(), values["area_code"].nunique(), "an extra care unit count")
               + ("" if moved.empty else " Drawn on 2021 districts: " + "; ".join(
                   f"{label} is shown on the districts that replaced it" for label in moved["label"]) + "."))
    return ExtraCareNational(source, rank, chart, summary)


def compare_national_model(tables, codes: tuple[str, ...]) -> ChartView:  # noqa: ANN001
    ref, areas = reference(), tables.areas
    names = nat.authority_choices(ref, areas)
    profiles = pd.concat([nat.official_profile(c, ref, areas).assign(area=names.get(c, c)) for c in codes])
    return _chart_view(nat.compare_chart, (profiles,), "One panel per measure, each on its own scale; the table below "
                       "lists every value.", profiles[["area", "measure", "value_text", "how", "source"]].rename(columns={
                           "area": "Authority", "measure": "Measure", "value_text": "Value", "how": "How",
                           "source": "Source"}))


def source_line(tables, source: str, measure: str, group: str) -> str:  # noqa: ANN001
    """The publisher and licence line of an official table (for `view_model`)."""
    return nat.attribution_line(nat.official(reference(), source, measure, group))


def home_lines(tables) -> dict[str, str]:  # noqa: ANN001
    """One line of national context per theme (for `view_model`)."""
    return nat.national_lines(reference())


def choices_model(tables) -> dict[str, str]:  # noqa: ANN001
    """Every authority the official figures cover (code -> name), for the compare picker."""
    return nat.authority_choices(reference(), tables.areas)


def compare_defaults(tables, codes: tuple[str, ...]) -> tuple[str, ...]:  # noqa: ANN001
    """The documents' authorities as today's (their successors), up to four, for the official comparison."""
    names = choices_model(tables)
    return tuple(c for c in nat.todays_codes(codes, tables.areas) if c in names)[:4]


def _official_caption(text: str) -> None:
    st.caption(text)


@st.cache_data(show_spinner=False, max_entries=64)
def _carers_map(band: str, code: str | None, presenter: bool, folder: str) -> tuple[tuple[str, ...], list[str], str] | None:
    """The carers map's outlined districts, outline notes and summary, once per choice; the map itself is a shared
    specification (`_map_chart`). A cache of its own (st.cache_data: each read a copy of these few words) so the
    warm-up's work shows in the server's metrics (tests/test_warmup.py)."""
    from components import data_access

    features = _features("ew2021")
    if not features:
        return None
    values = nat.carers_map_values(reference(), band)
    outline = nat.authority_outline(code, features, data_access.areas())
    view_model(_map_chart, "carers", band, tuple(outline.codes), presenter)  # built with the rest of the choice
    summary = nat.map_summary(values, "share providing unpaid care")
    if outline.codes:
        summary += f" The chosen authority's {len(outline.codes)} districts have a thick black outline."
    return tuple(outline.codes), outline.notes, summary


def _map_chart(tables, theme: str, band: str, outlined: tuple[str, ...], presenter: bool) -> BuiltChart:  # noqa: ANN001
    """A national map as one shared specification per choice (for `view_model`: every session then sends the same
    element, components/chart_cache.py)."""
    if theme == "carers":
        values = nat.carers_map_values(reference(), band)
        return cached_chart(_map_spec, "ew2021", values, nat.value_classes(values["value"]), "Share aged 5+ (%)",
                            (("value_text", "Share providing care"), ("count_text", "Carers"), ("period", "Census")),
                            outlined, presenter)
    return cached_chart(_map_spec, "uk2023", nat.dementia_map_values(reference()), nat.DEMENTIA_CLASSES,
                        f"Diagnosis rate, 65+ (target {DEMENTIA_TARGET_PCT}%)",
                        (("value_text", "Diagnosis rate"), ("ci_text", "95% confidence interval"),
                         ("counts_text", "People"), ("target_text", "Target")), outlined, presenter, True)


def show_carers_national(code: str | None, presenter: bool = False) -> tuple[str, ...]:
    """Map of every district by Census 2021 carer share (any, or 50+ hours), the authority outlined; its
    districts' document figures beside Census 2011 and 2021. Returns the boundary vintages drawn."""
    ref = _reference_or_message()
    if ref is None:
        return ()
    st.subheader("National picture: unpaid carers")
    band = "" if presenter else st.radio("Hours of care", list(nat.CARER_BANDS), format_func=nat.CARER_BANDS.get,
                                         horizontal=True, key="national_carers_band")
    source = view_model(source_line, nat.CENSUS_2021, "carers_unpaid_pct", band)
    title = f"Share of usual residents aged 5+ providing unpaid care ({nat.CARER_BANDS[band].lower()}), Census 2021"
    vintages: tuple[str, ...] = ()
    built = _carers_map(band, code, presenter, _folder())
    if built:
        outlined, notes, summary = built
        drawn = ("Drawn on 2021 districts (Census 2021 geography): " + "; ".join(notes) + ".") if notes else ""
        _map(view_model(_map_chart, "carers", band, outlined, presenter), f"national_carers_map{'_50' if band else ''}",
             title, source, "ew2021", summary, presenter, (drawn, source))
        vintages = ("2023", "2013")
    else:
        _official_caption(source)
    if code:
        compare = view_model(carers_compare_model, code)
        if compare is None:
            st.caption("The documents give no carer figures for this authority's districts to set beside the censuses.")
        else:
            st.markdown("**The document's figures beside the censuses, district by district**")
            st.caption("The 2011 Census counts all usual residents (all ages); Census 2021 counts usual residents aged 5+. "
                       "The shares are on different bases: compare each with its own census, not across.")
            _chart(compare.chart, compare.png, "national_carers_compare", "Unpaid carers: document and censuses by district",
                   source, compare.summary, presenter)
            show_table(compare.table, width="stretch")
    return vintages


@st.cache_data(show_spinner=False, max_entries=64)
def _dementia_map(code: str | None, presenter: bool, folder: str) -> tuple[tuple[str, ...], list[str], str] | None:
    """The dementia map's outlined areas, outline notes and summary, once per choice (see `_carers_map`)."""
    from components import data_access

    features = _features("uk2023")
    if not features:
        return None
    values = nat.dementia_map_values(reference())
    england = {"type": "FeatureCollection",
               "features": [f for f in features["features"] if str(f["properties"].get("area_code", "")).startswith("E")]}
    outline = nat.authority_outline(code, england, data_access.areas())
    view_model(_map_chart, "dementia", "", tuple(outline.codes), presenter)
    below = int((values["value"] < DEMENTIA_TARGET_PCT).sum())
    summary = nat.map_summary(values, "diagnosis rate") + f" {below} of {len(values)} are below the 66.7% target."
    if outline.codes:
        summary += f" The chosen authority's {len(outline.codes)} areas have a thick black outline."
    return tuple(outline.codes), outline.notes, summary


DEMENTIA_TITLE = "Dementia diagnosis rate, people aged 65+, January 2025 (national target 66.7%)"


def show_dementia_national(code: str | None, presenter: bool = False) -> tuple[str, ...]:
    """Map of every English authority by NHS diagnosis rate (65+) with its interval and the 66.7% target;
    the document's estimates beside NHS's estimated number aged 65+."""
    ref = _reference_or_message()
    if ref is None:
        return ()
    st.subheader("National picture: dementia diagnosis")
    source = view_model(source_line, nat.NHS_DEMENTIA, "dementia_diagnosis_rate", "aged 65+")
    vintages: tuple[str, ...] = ()
    built = _dementia_map(code, presenter, _folder())
    if built:
        outlined, notes, summary = built
        drawn = "; ".join(["Drawn on April 2023 authorities, the NHS table's geography", *notes]) + "."
        _map(view_model(_map_chart, "dementia", "", outlined, presenter), "national_dementia_map", DEMENTIA_TITLE,
             source, "uk2023", summary, presenter, (drawn, source))
        vintages = ("2023",)
    else:
        _official_caption(source)
    if code:
        view = view_model(dementia_national_model, code)
        if view.interval is not None:
            _chart(view.interval.chart, view.interval.png, "national_dementia_ci",
                   "Dementia diagnosis rate with 95% confidence interval", source, view.interval.summary, presenter)
        if view.estimates is not None:
            st.markdown("**The document's estimates beside NHS England's estimated number aged 65+**")
            st.caption("They count different people at different times: read the 'What it counts' column before comparing.")
            show_table(view.estimates, width="stretch")
    return vintages


def show_extra_care_national(presenter: bool = False) -> tuple[str, ...]:
    """Units per 1,000 people aged 65+ (Census 2021) for every authority with a unit count: ranked chart and map."""
    ref = _reference_or_message()
    if ref is None:
        return ()
    st.subheader("National picture: extra care per 1,000 people aged 65+")
    view = view_model(extra_care_national_model, presenter)
    if view.rank is None:
        st.caption("No authority has an extra care unit count to set against its population.")
        return ()
    source = view.source
    _chart(view.rank.chart, view.rank.png, "national_extra_care_rank", "Extra care units per 1,000 people aged 65+",
           source, view.rank.summary, presenter)
    vintages: tuple[str, ...] = ()
    if view.map is not None:
        _map(view.map, "national_extra_care_map", "Extra care units per 1,000 people aged 65+", source, "ew2021",
             view.map_summary, presenter)
        vintages = ("2023", "2013")
    else:
        _features("ew2021")  # says why there is no map
    show_table(view.rank.table, width="stretch")
    st.caption("Unit counts are for the period each document states; people aged 65+ are from Census 2021 "
               "(21 March 2021). Former authorities are grouped with those sharing today's areas, so units and people "
               "cover the same ground. " + source)
    return vintages


def show_compare_national(default_codes: Sequence[str] = (), presenter: bool = False) -> None:
    """Any authority against any other on the official measures, with or without a document."""
    ref = _reference_or_message()
    if ref is None:
        return
    st.subheader("Compare on official figures")
    names = view_model(choices_model)
    default = list(view_model(compare_defaults, tuple(default_codes)))
    picked = default if presenter else st.multiselect(
        "Authorities", list(names), default=default, format_func=lambda c: names.get(c, c), key="national_compare",
        help="Any authority: the official figures need no document of its own")
    if not picked:
        st.caption("Pick authorities to compare on Census and NHS figures (no document of their own needed).")
        return
    view = view_model(compare_national_model, tuple(picked))
    _chart(view.chart, view.png, "national_compare_chart", "Authorities on official figures",
           f"Sources: Office for National Statistics (Census 2021, 2011 Census) and NHS England; {LICENCE}.",
           view.summary, presenter)
    show_table(view.table, width="stretch")
    st.caption("Each panel has its own scale from zero. Census shares have different bases: 2011 all residents, "
               "2021 residents aged 5+. Licensed under the " + LICENCE + ".")


def show_home_national() -> None:
    """One line of national context per theme."""
    ref = _reference_or_message()
    if ref is None:
        return
    st.subheader("National context")
    st.markdown(national_list(view_model(home_lines)))
    st.caption(f"Official figures are Crown copyright, licensed under the {LICENCE}.")


HOME_THEMES = {"carers": "Unpaid carers", "dementia": "Dementia", "extra_care": "Extra care"}


def national_list(lines: dict[str, str]) -> str:
    """Home's national context, one line per theme, as one markdown list (one element, not one per line)."""
    return "\n".join(f"- **{HOME_THEMES[theme]}.** {line}" for theme, line in lines.items())


def crosschecks_model(tables) -> tuple[str, str, pd.DataFrame | None]:  # noqa: ANN001
    """(why there are none, or '', the summary line, the table) of the cross-checks (for `view_model`)."""
    from data.crosscheck import DIFFERS, load_crosschecks

    try:
        checks = load_crosschecks()
    except (OSError, ValueError) as exc:
        return f"Cross-checks are not available: {exc}", "", None
    differs = checks[checks["result"] == DIFFERS]
    summary = (f"{len(checks)} document figures have an official counterpart: {len(checks) - len(differs)} agree within "
               f"the document's rounding, {len(differs)} differ (findings).")
    view = checks.assign(Result=checks["result"].map({"agrees": "check passed", DIFFERS: "finding: differs"}))
    return "", summary, view[["Result", "area_name", "measure", "period", "document_value", "official_value", "difference",
                              "official_universe", "official_table", "document_locator", "message"]].rename(columns={
        "area_name": "Area", "measure": "Figure", "period": "Period", "document_value": "Document",
        "official_value": "Official", "difference": "Official − document", "official_universe": "Official counts",
        "official_table": "Official table", "document_locator": "Document locator", "message": "Finding"})


def show_crosschecks() -> None:
    """Data and sources: each document figure checked against an official table, agreements and findings."""
    missing, summary, table = view_model(crosschecks_model)
    if table is None:
        st.info(missing)
        return
    st.subheader("Checked against official figures")
    st.caption(summary)
    show_table(table, width="stretch", key="national_crosschecks")
    st.caption(f"Official figures: Office for National Statistics, licensed under the {LICENCE}.")
    ref = _reference_or_message()
    if ref is not None:
        st.download_button("Download the official reference figures (CSV)", data=lambda: ref.to_csv(index=False),
                           file_name="reference.csv", mime="text/csv", icon=":material/download:",
                           key="national_reference_csv", on_click="ignore",
                           help=f"{len(ref):,} figures: publisher, table, period, universe and licence on every row")
