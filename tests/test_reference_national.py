"""The national picture's frames and chart specs (components/national.py), without Streamlit.

Real values from data/reference.csv, and a made-up county of four districts for the vintage joins.
"""
from __future__ import annotations

import json
import math

import pandas as pd
import pytest

from components import maps
from components import national as nat
from components.charts import LABEL_BREAK, LABEL_LINE_CHARS, LABEL_LINE_PX
from data.reference import AGED_5_PLUS, ALL_RESIDENTS, BAND_50_PLUS, load_reference
from data.store import load_areas, load_documents, load_measures

KENT, DURHAM = "E10000016", "E06000047"


@pytest.fixture(scope="module")
def ref() -> pd.DataFrame:
    return load_reference()


@pytest.fixture(scope="module")
def atlas() -> tuple[pd.DataFrame, pd.DataFrame, dict[str, str]]:
    docs = load_documents()
    return load_measures(), load_areas(), dict(zip(docs["doc_id"], docs["short_name"]))


# A made-up county: four districts in 2011; two merged into a new unitary in 2020 (the
# county was abolished with them); one district renamed under a new code.
MADE_UP_AREAS = pd.DataFrame([
    {"area_code": "E10999999", "name": "Shireland", "current_name": "", "tier": "county", "parent_code": "",
     "boundary": "dissolve", "successor_code": ""},
    {"area_code": "E07999991", "name": "Northby", "current_name": "Northby", "tier": "district",
     "parent_code": "E10999999", "boundary": "lad", "successor_code": ""},
    {"area_code": "E07999992", "name": "Southby", "current_name": "Southby", "tier": "district",
     "parent_code": "E10999999", "boundary": "lad", "successor_code": ""},
    {"area_code": "E07999993", "name": "Eastby", "current_name": "Eastmoor", "tier": "district",
     "parent_code": "E10999999", "boundary": "lad", "successor_code": "E06999990"},
    {"area_code": "E07999994", "name": "Westby", "current_name": "Eastmoor", "tier": "district",
     "parent_code": "E10999999", "boundary": "lad", "successor_code": "E06999990"},
    {"area_code": "E06999990", "name": "Eastmoor", "current_name": "Eastmoor", "tier": "unitary",
     "parent_code": "", "boundary": "lad", "successor_code": ""},
])


def _square(code: str, name: str, x: float) -> dict:
    ring = [[x, 51.0], [x + 0.2, 51.0], [x + 0.2, 51.2], [x, 51.2], [x, 51.0]]
    return {"type": "Feature", "properties": {"area_code": code, "area_name": name},
            "geometry": {"type": "Polygon", "coordinates": [ring]}}


def test_parts_of_a_county_its_districts() -> None:
    parts = nat.parts_in("E10999999", ["E07999991", "E07999992", "E07999993", "E07999994"], MADE_UP_AREAS)
    assert parts.codes == ["E07999991", "E07999992", "E07999993", "E07999994"] and parts.exact


def test_parts_on_a_later_geography_follow_successors_and_say_so() -> None:
    parts = nat.parts_in("E10999999", ["E07999991", "E07999992", "E06999990"], MADE_UP_AREAS)
    assert parts.codes == ["E07999991", "E07999992", "E06999990"]
    assert parts.exact is False
    assert parts.notes == ["Eastby and Westby are counted within Eastmoor, which took them over"]


def test_a_new_authority_on_an_older_geography_is_the_sum_of_what_it_replaced() -> None:
    parts = nat.parts_in("E06999990", ["E07999991", "E07999992", "E07999993", "E07999994"], MADE_UP_AREAS)
    assert parts.codes == ["E07999993", "E07999994"] and parts.exact
    assert "sum of the areas it replaced (Eastby, Westby)" in parts.notes[0]


def test_carers_map_has_every_district_of_england_and_wales(ref: pd.DataFrame) -> None:
    values = nat.carers_map_values(ref)
    assert len(values) == 331
    ashford = values.set_index("area_code").loc["E07000105"]
    assert ashford["value_text"] == "8.9%"
    assert ashford["count_text"] == f"11,150 of 125,137 {AGED_5_PLUS}"
    heavy = nat.carers_map_values(ref, BAND_50_PLUS).set_index("area_code").loc["E07000105"]
    assert heavy["value_text"] == "2.8%" and heavy["count"] == 3501


def test_district_map_spec_classes_outlines_and_tooltips(ref: pd.DataFrame) -> None:
    features = {"type": "FeatureCollection", "features": [
        _square("E07000105", "Ashford", 0.0), _square("E07000106", "Canterbury", 0.3),
        _square("E07999999", "Nowhere", 0.6)]}
    values = nat.carers_map_values(ref)
    classes = nat.value_classes(values["value"])
    spec = nat.district_map_spec(features, values, classes, "Share aged 5+ (%)",
                                 [("value_text", "Share providing care"), ("count_text", "Carers")],
                                 outline_codes=["E07000105"], description="test map")
    areas = {a["properties"]["code"]: a["properties"] for a in spec["datasets"]["areas"]}
    assert areas["E07000105"]["value_text"] == "8.9%" and areas["E07000105"]["cls"] == classes.label_of(8.9)
    assert areas["E07999999"]["cls"] == nat.NO_FIGURE and areas["E07999999"]["value_text"] == "–"
    assert [o["properties"]["code"] for o in spec["datasets"]["outline"]] == ["E07000105"]
    text = json.dumps(spec)
    assert '"title": "Share providing care"' in text and '"title": "Carers"' in text
    colour = spec["layer"][0]["encoding"]["color"]
    assert colour["scale"]["domain"][-1] == nat.NO_FIGURE
    assert spec["usermeta"]["cma_map"]["outlined"] == 1


def test_a_map_of_few_figures_draws_only_them_zoomed_with_a_legend_of_what_is_drawn(ref: pd.DataFrame) -> None:
    """`figures_only`: the districts without a figure are not drawn (nor keyed "No figure"); the map is fitted to the
    ones with a figure, each figure written once beside a dot at its label point; the land around is context."""
    features = {"type": "FeatureCollection", "features": [
        {**_square(code, name, x), "properties": {"area_code": code, "area_name": name, "label_lon": x + 0.1,
                                                   "label_lat": 51.1}}
        for code, name, x in (("E07000105", "Ashford", 0.0), ("E07000106", "Canterbury", 0.3),
                              ("E07999999", "Nowhere", 0.6))]}
    values = pd.DataFrame({"area_code": ["E07000105", "E07000106"], "value": [2.4, 2.4],
                           "value_text": ["2.4 per 1,000"] * 2, "group": ["Ashford + Canterbury"] * 2})
    classes = nat.value_classes(values["value"], "per_1000")
    spec = nat.district_map_spec(features, values, classes, "Units", [("value_text", "Units"), ("group", "Group")],
                                 figures_only=True)
    areas = spec["datasets"]["areas"]
    assert [a["properties"]["code"] for a in areas] == ["E07000105", "E07000106"]
    assert [a["properties"].get("value_label") for a in areas] == ["2.4", None]  # one group, one label
    domains = [la["encoding"]["color"]["scale"]["domain"] for la in spec["layer"] if "color" in la.get("encoding", {})]
    assert domains and all(d == list(classes.labels) for d in domains)  # no "No figure": none is drawn
    ring = spec["projection"]["fit"][0]["geometry"]["coordinates"][0]
    (w, s), (e, n) = ring[0], ring[2]
    assert w < 0.0 and 0.5 < e < 0.6 and s < 51.0 and n > 51.2  # the two squares, not the third
    assert nat.figures_only_note(["Ashford + Canterbury"], 2, "a count").startswith(
        "Only 1 authority (or group of former authorities) has a count: Ashford + Canterbury.")


@pytest.mark.parametrize("presenter, size", [(False, 14), (True, 18)])
def test_national_map_legend_is_below_the_map_at_every_size(ref: pd.DataFrame, presenter: bool, size: int) -> None:
    """Below the map (over a corner it hid Cornwall on a phone), columns by width, type at least 14 px (18 on a
    projector), every class listed; the map keeps its height and the legend adds below it."""
    features = {"type": "FeatureCollection", "features": [_square("E07000105", "Ashford", 0.0),
                                                          _square("E07999999", "Nowhere", 0.3)]}
    values = nat.carers_map_values(ref)
    classes = nat.value_classes(values["value"])
    spec = nat.district_map_spec(features, values, classes, "Share aged 5+ (%)", [("value_text", "Share")],
                                 presenter=presenter)
    legends = [la["encoding"][ch]["legend"] for la in spec["layer"] for ch in la.get("encoding", {})
               if isinstance(la["encoding"][ch], dict) and la["encoding"][ch].get("legend")]
    assert len(legends) == 1 and "legend" not in spec.get("config", {})
    lg = legends[0]
    assert lg["orient"] == "bottom" and "expr" in lg["columns"]
    assert lg["labelFontSize"] == lg["titleFontSize"] == size >= 14
    assert lg["values"] == [*classes.labels, nat.NO_FIGURE]
    assert spec["autosize"] == {"type": "fit-x", "contains": "padding"} and spec["width"] == "container"


def _legend_layout(spec: dict) -> tuple[dict, dict, list[dict]]:
    """(the plot's group, the legend's group, its entries) as Vega lays the spec out (vl-convert's scenegraph)."""
    import vl_convert as vlc

    root = vlc.vegalite_to_scenegraph(spec)["scenegraph"]["items"][0]
    legend = next(m for m in root["items"] if m.get("role") == "legend")["items"][0]
    entries = next(m for m in legend["items"] if m.get("role") == "legend-entry")["items"][0]["items"][0]["items"]
    return root, legend, entries


@pytest.mark.parametrize("width, columns", [(358, 1), (500, 2), (1072, 3)])  # a phone's column .. a projector's
def test_national_map_legend_is_laid_out_below_the_plot_in_columns_that_fit(ref: pd.DataFrame, width: int,
                                                                           columns: int) -> None:
    features = {"type": "FeatureCollection", "features": [_square("E07000105", "Ashford", 0.0)]}
    values = nat.carers_map_values(ref)
    spec = nat.district_map_spec(features, values, nat.value_classes(values["value"]), "Share aged 5+ (%)",
                                 [("value_text", "Share")])
    root, legend, entries = _legend_layout({**spec, "width": width})
    # as tall as the shape at the width drawn, at most the map's height (components.maps.height_to_shape)
    shape_px = math.ceil(root["width"] * maps.mercator_aspect(features))
    assert root["height"] == min(nat.NATIONAL_MAP_HEIGHT_PX["normal"], shape_px) and root["width"] <= width
    assert legend["y"] >= root["height"] and legend["x"] >= 0 and legend["x"] + legend["width"] <= width
    assert len({e["x"] for e in entries}) == columns and len(entries) == len(nat.value_classes(values["value"]).labels)


def test_national_map_png_is_the_screen_spec_with_its_legend_below(ref: pd.DataFrame) -> None:
    from components.national_view import png_spec, spec_png

    features = {"type": "FeatureCollection", "features": [_square("E07000105", "Ashford", 0.0)]}
    values = nat.carers_map_values(ref)
    spec = nat.district_map_spec(features, values, nat.value_classes(values["value"]), "Share aged 5+ (%)",
                                 [("value_text", "Share")], presenter=True)
    out = png_spec(spec, "Title", "Source: Office for National Statistics", "Boundary credit")
    assert {k for k in {*spec, *out} if spec.get(k) != out.get(k)} == {"width", "title"}  # one spec, screen and PNG
    root, legend, _ = _legend_layout(out)
    assert legend["y"] >= root["height"] and legend["x"] + legend["width"] <= out["width"]
    assert spec_png(spec, "Title", "Source")[:4] == b"\x89PNG"


def test_kent_districts_document_beside_both_censuses(ref: pd.DataFrame, atlas) -> None:
    measures, areas, names = atlas
    frame = nat.carers_comparison(KENT, measures, ref, areas, names)
    ashford = frame[frame["area_code"] == "E07000105"].set_index("source")
    assert ashford.loc["Kent MPS 2016 (2011)", "count"] == 11811
    assert ashford.loc["Census 2011 (all usual residents)", "count"] == 11819
    assert ashford.loc["Census 2011 (all usual residents)", "universe"] == ALL_RESIDENTS
    assert ashford.loc["Census 2021 (usual residents aged 5+)", "count"] == 11150
    assert ashford.loc["Census 2021 (usual residents aged 5+)", "share_text"] == "8.9%"
    kent = frame[frame["area_code"] == KENT].set_index("source")
    assert kent.loc["Census 2011 (all usual residents)", "count"] == 151777  # sum of the 12 districts
    assert not frame["source"].str.contains("2020").any(), "projections are not set beside censuses"


def test_comparison_chart_marks_the_two_census_universes(ref: pd.DataFrame, atlas) -> None:
    measures, areas, names = atlas
    spec = nat.carers_comparison_chart(nat.carers_comparison(KENT, measures, ref, areas, names)).to_dict()
    layer = spec["layer"][0]
    assert "bases differ" in " ".join(layer["encoding"]["x"]["title"])
    domain = layer["encoding"]["color"]["scale"]["domain"]
    assert "Census 2011 (all usual residents)" in domain and "Census 2021 (usual residents aged 5+)" in domain
    shapes = dict(zip(domain, layer["encoding"]["shape"]["scale"]["range"]))
    assert shapes["Census 2011 (all usual residents)"] != shapes["Census 2021 (usual residents aged 5+)"]


def test_dementia_map_values_with_interval_and_target(ref: pd.DataFrame) -> None:
    values = nat.dementia_map_values(ref).set_index("area_code")
    assert len(values) == 296
    ashford = values.loc["E07000105"]
    assert (ashford["value_text"], ashford["ci_text"]) == ("60.3%", "53.3% to 66.2%")
    assert ashford["target_text"] == "6.4 points below the 66.7% target"
    assert values.loc["E06000001", "target_text"] == "meets the 66.7% target"
    assert values.loc["E06000063", "area_name"] == "Cumberland"
    assert nat.DEMENTIA_CLASSES.label_of(66.7).endswith("(target met)")
    assert not nat.DEMENTIA_CLASSES.label_of(66.6).endswith("(target met)")


def test_dementia_interval_chart_draws_target_and_england(ref: pd.DataFrame) -> None:
    values = nat.dementia_map_values(ref)
    spec = nat.dementia_interval_chart(values[values["area_code"].isin(["E07000105", "E07000106"])], 65.4).to_dict()
    text = json.dumps(spec)
    assert "Target 66.7%" in text and "England 65.4%" in text


def test_a_county_diagnosis_rate_is_summed_from_its_districts_without_an_interval(ref: pd.DataFrame, atlas) -> None:
    _, areas, _ = atlas
    kent = nat.dementia_for(KENT, ref, areas)
    assert kent is not None and kent["ci"] is None
    assert kent["recorded"] == 13566 and kent["rate"] == round(100 * 13566 / kent["estimated"], 1)
    durham = nat.dementia_for(DURHAM, ref, areas)
    assert durham["rate"] == 71.5 and durham["ci"] == (64.1, 77.7)


def test_document_dementia_estimates_beside_nhs_with_what_each_counts(ref: pd.DataFrame, atlas) -> None:
    measures, areas, names = atlas
    frame = nat.dementia_estimates(DURHAM, measures, ref, areas, names)
    doc = frame[(frame["source"] != "NHS England") & (frame["period"] == "2019")].iloc[0]
    assert doc["value_text"] == "about 7,000 people" and "aged 65+" in doc["counts"]
    nhs = frame[frame["source"] == "NHS England"].iloc[0]
    assert nhs["period"] == "January 2025" and nhs["value"] == 7450.5
    assert "CFAS" in nhs["counts"] and "65+" in nhs["counts"]


def test_extra_care_units_per_1000_aged_65_from_census_2021(ref: pd.DataFrame, atlas) -> None:
    measures, areas, names = atlas
    rates = nat.extra_care_rates(measures, ref, areas, names).set_index("codes")
    tyneside = rates.loc["E08000023"]
    assert (tyneside["units"], tyneside["population_65"]) == (177, 30838)
    assert tyneside["rate"] == round(1000 * 177 / 30838, 1) == 5.7
    assert "177 units" in tyneside["derivation"] and "Census 2021 TS007" in tyneside["derivation"]
    dorset = rates.loc["E06000058|E06000059"]  # Bournemouth, Poole and Dorset County (2015) share today's areas
    assert dorset["units"] == 209 + 81 + 195
    assert "counted within Bournemouth, Christchurch and Poole" in dorset["derivation"]
    # the group's former authorities are named once per successor, not a sentence each (537 characters, cut in a table)
    assert dorset["derivation"].count("counted within Bournemouth, Christchurch and Poole") == 1
    assert "Bournemouth, Poole and Christchurch are counted within" in dorset["derivation"]
    spec = nat.extra_care_chart(rates.reset_index()).to_dict()
    assert spec["layer"][0]["encoding"]["y"]["sort"] == "-x"


def test_any_authority_has_an_official_profile_without_a_document(ref: pd.DataFrame, atlas) -> None:
    _, areas, _ = atlas
    leeds = nat.official_profile("E08000035", ref, areas).set_index("key")  # no document of its own
    # TS039 Leeds: 765,153 aged 5+, 703,663 provide no care -> 61,490 = 8.0%; NHS: 73.3% (65.9-79.8)
    assert leeds.loc["carers_2021", "value_text"] == "8.0%"
    assert leeds.loc["dementia_rate", "value_text"] == "73.3%"
    assert leeds.loc["dementia_rate", "how"] == "95% interval 65.9% to 79.8%"
    kent = nat.official_profile(KENT, ref, areas).set_index("key")
    assert kent.loc["pop65_2021", "value"] == 319330 and kent.loc["pop65_2021", "how"] == "sum of 12 districts"
    profiles = pd.concat([leeds.reset_index().assign(area="Leeds"), kent.reset_index().assign(area="Kent")])
    rows = nat.compare_rows(profiles)
    figures = rows[rows["kind"] == "figure"]
    assert (figures.groupby("measure")["scaled"].max() == 1).all()  # each measure on its own scale from zero
    assert list(rows.loc[rows["kind"] == "heading", "measure"]) == [label for _, label in nat.PROFILE_MEASURES]


def test_compare_panels_name_every_authority_whole(ref: pd.DataFrame, atlas) -> None:
    """Long authority names are written whole above their bars, inside a 390 px phone, never cut with an ellipsis."""
    from tests.vega_layout import mark_boxes

    _, areas, _ = atlas
    bcp = nat.official_profile("E06000058", ref, areas).assign(area="Bournemouth, Christchurch and Poole")
    kent = nat.official_profile(KENT, ref, areas).assign(area="Kent")
    texts = mark_boxes(nat.compare_chart(pd.concat([bcp, kent])).to_dict(), 358, "text")
    names = [t for t in texts if t["text"] == "Bournemouth, Christchurch and Poole"]
    assert len(names) == len(nat.PROFILE_MEASURES)
    assert all(0 <= t["x"] for t in names)


def test_the_authority_picker_names_each_code_once_and_a_ceased_area_as_it_was(ref: pd.DataFrame, atlas) -> None:
    """Poole's code (abolished 2019) was listed as "Bournemouth, Christchurch and Poole", beside BCP's own code and
    Bournemouth's and Christchurch's under the same name: the compare chart then showed Poole's 2011 share as BCP's."""
    _, areas, _ = atlas
    names = nat.authority_choices(ref, areas)
    assert names["E06000029"] == "Poole (until 2019)"
    assert names["E07000165"] == "Harrogate (until 2023)"
    assert names["E06000058"] == "Bournemouth, Christchurch and Poole"
    assert names["E10000009"] == "Dorset (county council abolished 2019)"  # its registry name says what it was
    repeated = pd.Series(list(names.values())).value_counts()
    assert repeated.max() == 1, repeated[repeated > 1].to_dict()


def test_the_official_comparison_starts_from_todays_authorities(atlas) -> None:
    _, areas, _ = atlas
    # Poole and Bournemouth -> BCP once; Dorset County -> Dorset; Harrogate -> North Yorkshire; Kent stays
    assert nat.todays_codes(["E06000029", "E10000009", "E06000028", KENT, "E07000165"], areas) == [
        "E06000058", "E06000059", KENT, "E06000065"]
    assert nat.todays_codes(["E10000006"], areas) == ["E10000006"]  # Cumbria: no single successor, kept


def test_a_compare_panel_says_no_figure_where_an_authority_has_none(ref: pd.DataFrame, atlas) -> None:
    """Dorset's county council was abolished before Census 2021: its rows in the 2021 panels read "no figure"
    (they were left empty, a name with nothing beside it), and every figure it has is still a bar with its value."""
    from tests.vega_layout import mark_boxes

    _, areas, _ = atlas
    dorset = nat.official_profile("E10000009", ref, areas).assign(area="Dorset (county council abolished 2019)")
    kent = nat.official_profile(KENT, ref, areas).assign(area="Kent")
    missing = int(dorset["value"].isna().sum())
    assert 0 < missing < len(dorset)
    texts = [t["text"] for t in mark_boxes(nat.compare_chart(pd.concat([dorset, kent])).to_dict(), 390, "text")]
    assert texts.count("no figure") == missing
    for value_text in pd.concat([dorset, kent]).dropna(subset=["value"])["value_text"]:
        assert value_text in texts


def test_national_charts_name_every_row_and_fit_a_phone(ref: pd.DataFrame, atlas) -> None:
    """No row label is dropped for overlapping (presenter mode's larger type), and the long axis titles are two
    short lines that fit a 390 px phone."""
    measures, areas, names = atlas
    values = nat.dementia_map_values(ref)
    interval = nat.dementia_interval_chart(values[values["area_code"].isin(values["area_code"][:12])], 65.4).to_dict()
    frame = nat.carers_comparison(KENT, measures, ref, areas, names)
    carers = nat.carers_comparison_chart(frame).to_dict()
    for spec in (interval, carers):
        encodings = [layer["encoding"] for layer in spec["layer"] if "y" in layer["encoding"]]
        assert encodings and all(e["y"]["axis"]["labelOverlap"] is False for e in encodings)
        title = next(e["x"]["title"] for e in encodings if "title" in e["x"])
        assert isinstance(title, list) and len(title) == 2 and max(map(len, title)) <= 32
    legend = carers["layer"][0]["encoding"]["color"]["legend"]
    assert legend["labelLimit"] == 0 and "split(" in legend["labelExpr"]


def test_home_lines_give_national_context_with_sources(ref: pd.DataFrame) -> None:
    lines = nat.national_lines(ref)
    assert "4,989,002 people aged 5+ (8.9%)" in lines["carers"] and "Census 2021 TS039" in lines["carers"]
    assert "65.4%" in lines["dementia"] and "66.7%" in lines["dementia"] and "NHS England" in lines["dementia"]
    assert "11,063,362" in lines["extra_care"]


def test_national_maps_send_at_most_300_kb(ref: pd.DataFrame, atlas) -> None:
    """Every district with its figures and tooltips, Kent outlined: within the atlas's 300 KB map budget."""
    from components.maps import spec_bytes
    from geo.webshapes import national

    _, areas, _ = atlas
    ew = national("ew2021")
    values = nat.carers_map_values(ref, BAND_50_PLUS)
    carers = nat.district_map_spec(ew, values, nat.value_classes(values["value"]), "Share aged 5+ (%)",
                                   [("value_text", "Share"), ("count_text", "Carers"), ("period", "Census")],
                                   nat.authority_outline(KENT, ew, areas).codes)
    assert len(carers["datasets"]["areas"]) == 331 and len(carers["datasets"]["outline"]) == 12
    uk = national("uk2023")
    england = {"type": "FeatureCollection", "features": [f for f in uk["features"]
                                                          if f["properties"]["area_code"].startswith("E")]}
    dementia = nat.district_map_spec(england, nat.dementia_map_values(ref), nat.DEMENTIA_CLASSES, "Rate",
                                     [("value_text", "Rate"), ("ci_text", "95% confidence interval"),
                                      ("counts_text", "People"), ("target_text", "Target")])
    assert not [a for a in dementia["datasets"]["areas"] if a["properties"]["cls"] == nat.NO_FIGURE]
    for spec in (carers, dementia):
        assert spec_bytes(spec) <= 300_000, spec_bytes(spec)


def test_extra_care_bars_wrap_long_labels_and_the_table_groups_thousands(ref: pd.DataFrame, atlas) -> None:
    measures, areas, names = atlas
    rates = nat.extra_care_rates(measures, ref, areas, names)
    long = "Ashton + Brookfield + Carrow Vale + Dunmere County (2015)"  # made-up group of former authorities
    made_up = pd.concat([rates, rates.iloc[[0]].assign(label=long, rate=1.0, rate_text="1.0")], ignore_index=True)
    spec = nat.extra_care_chart(made_up).to_dict()
    axis = spec["layer"][0]["encoding"]["y"]["axis"]
    assert axis["labelLimit"] == 0 and "split(datum.value" in axis["labelExpr"] and axis["labelOverlap"] is False
    shown = {row["label_lines"] for row in next(iter(spec["datasets"].values()))}
    wrapped = next(text for text in shown if text.replace(LABEL_BREAK, " ") == long)
    assert all(len(line) <= LABEL_LINE_CHARS for line in wrapped.split(LABEL_BREAK))
    most_lines = max(text.count(LABEL_BREAK) + 1 for text in shown)
    assert most_lines == wrapped.count(LABEL_BREAK) + 1 == 3
    assert spec["height"]["step"] == LABEL_LINE_PX * most_lines + 8  # room for three lines, no more
    # each label's lines centred on its bar: one line as drawn, two lifted half a line, three a whole line
    lift = axis["labelOffset"]
    assert [c["value"] for c in lift["condition"]] == [0, -LABEL_LINE_PX / 2] and lift["value"] == -LABEL_LINE_PX

    from components.data_access import tables
    from components.national_view import extra_care_national_model

    table = extra_care_national_model(tables(), False).rank.table
    assert "30,838" in set(table["People aged 65+ (2021)"])
