"""'National picture' sections of the theme pages, Compare and Home: one call per page.

Each section draws official figures (data/reference.csv) beside the documents' own, names its
publisher and licence under every chart and inside every PNG, and says where a figure is drawn
or summed on another vintage's areas. The logic is in components/national.py (no Streamlit).
"""
from __future__ import annotations

import copy
from collections.abc import Sequence

import pandas as pd
import streamlit as st

from components import national as nat
from components.chart_cache import vega_lite_dict
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


def _doc_names() -> dict[str, str]:
    from components import data_access

    docs = data_access.documents()
    return dict(zip(docs["doc_id"], docs["short_name"]))


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


def _map(spec: dict, key: str, title: str, source: str, layer: str, summary: str, presenter: bool = False) -> None:
    # the alt text names the map for assistive technology; a description in the spec as well makes Streamlit log a warning
    shown = {k: v for k, v in spec.items() if k != "description"}
    st.vega_lite_chart(shown, width="stretch", theme=None, key=key, alt=f"Map: {title}. {summary}")
    st.caption(summary)
    if presenter:  # presenter mode shows no controls
        return
    st.download_button("Download PNG", data=lambda: spec_png(spec, title, source, boundary_attribution(layer)),
                       file_name=f"{key}.png", mime="image/png", icon=":material/download:", key=f"png_{key}",
                       on_click="ignore")


@st.cache_data(show_spinner=False, max_entries=128)
def _chart_spec(kind: str, arg: object, folder: str) -> dict:
    """A chart's Vega-Lite specification, built once per choice (reruns reuse it)."""
    return vega_lite_dict(_build_chart(kind, arg))


def _build_chart(kind: str, arg: object) -> nat.alt.TopLevelMixin:
    if kind == "carers_compare":
        return nat.carers_comparison_chart(_carers_frame(str(arg), _folder()))
    if kind == "dementia_ci":
        picked, _ = _dementia_frames(str(arg), _folder())
        return nat.dementia_interval_chart(picked, nat.value_of(reference(), nat.NHS_DEMENTIA, "dementia_diagnosis_rate",
                                                               nat.ENGLAND, "aged 65+"))
    if kind == "extra_care":
        return nat.extra_care_chart(_extra_care_rates(_folder()))
    if kind == "compare":
        return nat.compare_chart(_profiles(tuple(arg), _folder()))  # type: ignore[arg-type]
    raise ValueError(kind)


def _chart(kind: str, arg: object, key: str, title: str, source: str, summary: str = "",
           presenter: bool = False) -> None:
    from components.export import png_download

    st.vega_lite_chart(_chart_spec(kind, arg, _folder()), width="stretch", key=key,
                       alt=f"Chart: {title}. {summary}".strip())
    if presenter:
        return

    def for_png() -> nat.alt.TopLevelMixin:
        chart = _build_chart(kind, arg)
        return chart if isinstance(chart, nat.alt.FacetChart) else chart.properties(width=700)  # no container in a PNG

    png_download(for_png, title, source, key=f"png_{key}")


def _folder() -> str:
    from data import paths

    return str(paths.data_dir())


@st.cache_data(show_spinner=False, max_entries=64)
def _carers_frame(code: str, folder: str) -> pd.DataFrame:
    from components import data_access

    return nat.carers_comparison(code, data_access.measures(), reference(), data_access.areas(), _doc_names())


@st.cache_data(show_spinner=False, max_entries=64)
def _dementia_frames(code: str, folder: str) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(NHS rows of the authority's areas, the document's estimates beside NHS's)."""
    from components import data_access

    ref, areas = reference(), data_access.areas()
    values = nat.dementia_map_values(ref)
    parts = nat.parts_in(code, values["area_code"], areas)
    estimates = nat.dementia_estimates(code, data_access.measures(), ref, areas, _doc_names())
    return values[values["area_code"].isin(parts.codes)], estimates


@st.cache_data(show_spinner=False)
def _extra_care_rates(folder: str) -> pd.DataFrame:
    from components import data_access

    return nat.extra_care_rates(data_access.measures(), reference(), data_access.areas(), _doc_names())


@st.cache_data(show_spinner=False, max_entries=64)
def _profiles(codes: tuple[str, ...], folder: str) -> pd.DataFrame:
    from components import data_access

    areas = data_access.areas()
    names = nat.authority_choices(reference(), areas)
    return pd.concat([nat.official_profile(c, reference(), areas).assign(area=names.get(c, c)) for c in codes])


def _official_caption(text: str) -> None:
    st.caption(text)


@st.cache_data(show_spinner=False, max_entries=64)
def _carers_map(band: str, code: str | None, presenter: bool, folder: str) -> tuple[dict, list[str], str] | None:
    """The carers map's specification, outline notes and summary (built once per choice: 331 shapes)."""
    from components import data_access

    features = _features("ew2021")
    if not features:
        return None
    values = nat.carers_map_values(reference(), band)
    outline = nat.authority_outline(code, features, data_access.areas())
    title = f"Share of usual residents aged 5+ providing unpaid care ({nat.CARER_BANDS[band].lower()}), Census 2021"
    spec = nat.district_map_spec(
        features, values, nat.value_classes(values["value"]), "Share aged 5+ (%)",
        [("value_text", "Share providing care"), ("count_text", "Carers"), ("period", "Census")],
        outline.codes, presenter=presenter, description=title)
    summary = nat.map_summary(values, "share providing unpaid care")
    if outline.codes:
        summary += f" The chosen authority's {len(outline.codes)} districts have a thick black outline."
    return spec, outline.notes, summary


def show_carers_national(code: str | None, presenter: bool = False) -> tuple[str, ...]:
    """Map of every district by Census 2021 carer share (any, or 50+ hours), the authority outlined; its
    districts' document figures beside Census 2011 and 2021. Returns the boundary vintages drawn."""
    ref = _reference_or_message()
    if ref is None:
        return ()
    st.subheader("National picture: unpaid carers")
    band = "" if presenter else st.radio("Hours of care", list(nat.CARER_BANDS), format_func=nat.CARER_BANDS.get,
                                         horizontal=True, key="national_carers_band")
    source = nat.attribution_line(nat.official(ref, nat.CENSUS_2021, "carers_unpaid_pct", band))
    title = f"Share of usual residents aged 5+ providing unpaid care ({nat.CARER_BANDS[band].lower()}), Census 2021"
    vintages: tuple[str, ...] = ()
    built = _carers_map(band, code, presenter, _folder())
    if built:
        spec, notes, summary = built
        _map(spec, f"national_carers_map{'_50' if band else ''}", title, source, "ew2021", summary, presenter)
        if notes:
            st.caption("Drawn on 2021 districts (Census 2021 geography): " + "; ".join(notes) + ".")
        vintages = ("2023", "2013")
    _official_caption(source)
    if code:
        frame = _carers_frame(code, _folder())
        if frame.empty:
            st.caption("The documents give no carer figures for this authority's districts to set beside the censuses.")
        else:
            st.markdown("**The document's figures beside the censuses, district by district**")
            st.caption("The 2011 Census counts all usual residents (all ages); Census 2021 counts usual residents aged 5+. "
                       "The shares are on different bases: compare each with its own census, not across.")
            _chart("carers_compare", code, "national_carers_compare",
                   "Unpaid carers: document and censuses by district", source,
                   f"Share providing unpaid care in {frame['area'].nunique()} areas from the document, the 2011 Census "
                   "(all usual residents) and Census 2021 (aged 5+); every figure is in the table below.", presenter)
            st.dataframe(frame[["area", "source", "count_text", "share_text", "universe", "where"]].rename(columns={
                "area": "Area", "source": "Source", "count_text": "Count", "share_text": "Share",
                "universe": "Who is counted", "where": "From"}), hide_index=True, width="stretch")
    return vintages


@st.cache_data(show_spinner=False, max_entries=64)
def _dementia_map(code: str | None, presenter: bool, folder: str) -> tuple[dict, list[str], str] | None:
    from components import data_access

    features = _features("uk2023")
    if not features:
        return None
    values = nat.dementia_map_values(reference())
    england = {"type": "FeatureCollection",
               "features": [f for f in features["features"] if str(f["properties"].get("area_code", "")).startswith("E")]}
    outline = nat.authority_outline(code, england, data_access.areas())
    spec = nat.district_map_spec(
        england, values, nat.DEMENTIA_CLASSES, f"Diagnosis rate, 65+ (target {DEMENTIA_TARGET_PCT}%)",
        [("value_text", "Diagnosis rate"), ("ci_text", "95% confidence interval"), ("counts_text", "People"),
         ("target_text", "Target")], outline.codes, presenter=presenter, description=DEMENTIA_TITLE)
    below = int((values["value"] < DEMENTIA_TARGET_PCT).sum())
    summary = nat.map_summary(values, "diagnosis rate") + f" {below} of {len(values)} are below the 66.7% target."
    if outline.codes:
        summary += f" The chosen authority's {len(outline.codes)} areas have a thick black outline."
    return spec, outline.notes, summary


DEMENTIA_TITLE = "Dementia diagnosis rate, people aged 65+, January 2025 (national target 66.7%)"


def show_dementia_national(code: str | None, presenter: bool = False) -> tuple[str, ...]:
    """Map of every English authority by NHS diagnosis rate (65+) with its interval and the 66.7% target;
    the document's estimates beside NHS's estimated number aged 65+."""
    ref = _reference_or_message()
    if ref is None:
        return ()
    st.subheader("National picture: dementia diagnosis")
    values = nat.dementia_map_values(ref)
    source = nat.attribution_line(nat.official(ref, nat.NHS_DEMENTIA, "dementia_diagnosis_rate", "aged 65+"))
    vintages: tuple[str, ...] = ()
    built = _dementia_map(code, presenter, _folder())
    if built:
        spec, notes, summary = built
        _map(spec, "national_dementia_map", DEMENTIA_TITLE, source, "uk2023", summary, presenter)
        st.caption("; ".join(["Drawn on April 2023 authorities, the NHS table's geography", *notes]) + ".")
        vintages = ("2023",)
    _official_caption(source)
    if code:
        picked, estimates = _dementia_frames(code, _folder())
        if len(picked):
            eng = nat.value_of(ref, nat.NHS_DEMENTIA, "dementia_diagnosis_rate", nat.ENGLAND, "aged 65+")
            _chart("dementia_ci", code, "national_dementia_ci",
                   "Dementia diagnosis rate with 95% confidence interval", source,
                   "; ".join(f"{n} {v} ({ci})" for n, v, ci in zip(picked["area_name"], picked["value_text"],
                                                                  picked["ci_text"]))
                   + f"; target {DEMENTIA_TARGET_PCT}%, England {eng:.1f}%.", presenter)
        if len(estimates):
            st.markdown("**The document's estimates beside NHS England's estimated number aged 65+**")
            st.caption("They count different people at different times: read the 'What it counts' column before comparing.")
            st.dataframe(estimates[["area", "source", "period", "value_text", "counts", "where"]].rename(columns={
                "area": "Area", "source": "Source", "period": "Period", "value_text": "People",
                "counts": "What it counts", "where": "From"}), hide_index=True, width="stretch")
    return vintages


def show_extra_care_national(presenter: bool = False) -> tuple[str, ...]:
    """Units per 1,000 people aged 65+ (Census 2021) for every authority with a unit count: ranked chart and map."""
    ref = _reference_or_message()
    if ref is None:
        return ()
    st.subheader("National picture: extra care per 1,000 people aged 65+")
    rates = _extra_care_rates(_folder())
    if rates.empty:
        st.caption("No authority has an extra care unit count to set against its population.")
        return ()
    source = ("Units: the documents named in each row. People aged 65+: " +
              nat.attribution_line(nat.official(ref, nat.CENSUS_AGE, "population", "aged 65+")))
    _chart("extra_care", None, "national_extra_care_rank", "Extra care units per 1,000 people aged 65+",
           source, "; ".join(f"{label}: {rate} per 1,000" for label, rate in zip(rates["label"], rates["rate_text"])),
           presenter)
    vintages: tuple[str, ...] = ()
    features = _features("ew2021")
    if features:
        values = nat.extra_care_map_values(rates)
        spec = nat.district_map_spec(features, values, nat.value_classes(values["value"], "per_1000"),
            "Units per 1,000 aged 65+",
            [("value_text", "Extra care units"), ("group", "Counted as")], presenter=presenter,
            description="Extra care units per 1,000 people aged 65+")
        moved = rates[rates["derivation"].str.contains("counted within|sum of the areas it replaced")]
        _map(spec, "national_extra_care_map", "Extra care units per 1,000 people aged 65+", source, "ew2021",
             f"{len(rates)} authorities (or groups of former authorities) with a unit count; other districts have none "
             "in the documents." + ("" if moved.empty else " Drawn on 2021 districts: " + "; ".join(
                 f"{label} is shown on the districts that replaced it" for label in moved["label"]) + "."), presenter)
        vintages = ("2023", "2013")
    st.dataframe(rates[["label", "units", "population_65", "rate_text", "derivation"]].rename(columns={
        "label": "Authority (period of the unit count)", "units": "Units", "population_65": "People aged 65+ (2021)",
        "rate_text": "Per 1,000 aged 65+", "derivation": "How it is worked out"}), hide_index=True, width="stretch")
    st.caption("Unit counts are for the period each document states; people aged 65+ are from Census 2021 "
               "(21 March 2021). Former authorities are grouped with those sharing today's areas, so units and people "
               "cover the same ground. " + source)
    return vintages


def show_compare_national(default_codes: Sequence[str] = (), presenter: bool = False) -> None:
    """Any authority against any other on the official measures, with or without a document."""
    from components import data_access

    ref = _reference_or_message()
    if ref is None:
        return
    st.subheader("Compare on official figures")
    areas = data_access.areas()
    names = nat.authority_choices(ref, areas)
    default = [c for c in default_codes if c in names][:4]
    picked = default if presenter else st.multiselect(
        "Authorities", list(names), default=default, format_func=lambda c: names.get(c, c), key="national_compare",
        help="Any authority: the official figures need no document of its own")
    if not picked:
        st.caption("Pick authorities to compare on Census and NHS figures (no document of their own needed).")
        return
    profiles = _profiles(tuple(picked), _folder())
    _chart("compare", tuple(picked), "national_compare_chart", "Authorities on official figures",
           f"Sources: Office for National Statistics (Census 2021, 2011 Census) and NHS England; {LICENCE}.",
           "One panel per measure, each on its own scale; the table below lists every value.", presenter)
    st.dataframe(profiles[["area", "measure", "value_text", "how", "source"]].rename(columns={
        "area": "Authority", "measure": "Measure", "value_text": "Value", "how": "How", "source": "Source"}),
        hide_index=True, width="stretch")
    st.caption("Each panel has its own scale from zero. Census shares have different bases: 2011 all residents, "
               "2021 residents aged 5+. Licensed under the " + LICENCE + ".")


def show_home_national() -> None:
    """One line of national context per theme."""
    ref = _reference_or_message()
    if ref is None:
        return
    st.subheader("National context")
    for theme, line in nat.national_lines(ref).items():
        st.markdown(f"- **{ {'carers': 'Unpaid carers', 'dementia': 'Dementia', 'extra_care': 'Extra care'}[theme] }.** "
                    f"{line}")
    st.caption(f"Official figures are Crown copyright, licensed under the {LICENCE}.")


def show_crosschecks() -> None:
    """Data and sources: each document figure checked against an official table, agreements and findings."""
    from data.crosscheck import DIFFERS, load_crosschecks

    try:
        checks = load_crosschecks()
    except (OSError, ValueError) as exc:
        st.info(f"Cross-checks are not available: {exc}")
        return
    st.subheader("Checked against official figures")
    differs = checks[checks["result"] == DIFFERS]
    st.caption(f"{len(checks)} document figures have an official counterpart: {len(checks) - len(differs)} agree within "
               f"the document's rounding, {len(differs)} differ (findings).")
    view = checks.assign(Result=checks["result"].map({"agrees": "check passed", DIFFERS: "finding: differs"}))
    st.dataframe(view[["Result", "area_name", "measure", "period", "document_value", "official_value", "difference",
                       "official_universe", "official_table", "document_locator", "message"]].rename(columns={
                           "area_name": "Area", "measure": "Figure", "period": "Period",
                           "document_value": "Document", "official_value": "Official", "difference": "Official − document",
                           "official_universe": "Official counts", "official_table": "Official table",
                           "document_locator": "Document locator", "message": "Finding"}),
                 hide_index=True, width="stretch", key="national_crosschecks")
    st.caption(f"Official figures: Office for National Statistics, licensed under the {LICENCE}.")
    ref = _reference_or_message()
    if ref is not None:
        st.download_button("Download the official reference figures (CSV)", data=lambda: ref.to_csv(index=False),
                           file_name="reference.csv", mime="text/csv", icon=":material/download:",
                           key="national_reference_csv", on_click="ignore",
                           help=f"{len(ref):,} figures: publisher, table, period, universe and licence on every row")
