"""Map component: class breaks and colours, values joined to shapes, ONE Vega-Lite spec per map (screen and PNG),
symbols, the optional interactive deck, sizes on the wire."""
from __future__ import annotations

import json
import math

import re

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from components import maps, theme
from components.export import chart_png, export_spec, with_provenance
from components.theme import NO_DATA_HEX, SEQUENTIAL_HEX
from data import store
from geo.mapready import MAX_MAP_BYTES, map_features
from tests.maphelp import page_maps
from tests.vega_layout import texts_as_read

KENT_DISTRICTS = [f"E07000{n}" for n in range(105, 117)]


@pytest.fixture(scope="module")
def carers_2011():
    m = store.load_measures()
    rows = m[(m["measure"] == "carers_unpaid_pct") & (m["period"] == "2011") & m["area_code"].isin(KENT_DISTRICTS)]
    assert len(rows) == 12, "the Kent carers table gives all twelve districts for 2011"
    return rows


@pytest.fixture(scope="module")
def kent_features():
    return map_features(KENT_DISTRICTS, "2023")


def test_legend_classes_cover_the_values_in_equal_round_steps(carers_2011):
    values = carers_2011["value"].tolist()
    legend = maps.class_legend(values, "percent")
    assert legend.edges[0] <= min(values) and legend.edges[-1] >= max(values)
    steps = {round(b - a, 9) for a, b in zip(legend.edges, legend.edges[1:])}
    assert len(steps) == 1, "equal intervals"
    step = steps.pop()
    assert step in {0.1, 0.2, 0.25, 0.5, 1.0, 2.0, 2.5, 5.0}
    assert len(legend.colours) == len(legend.labels) == len(legend.edges) - 1 <= len(SEQUENTIAL_HEX)
    assert all(label.count("%") == 2 for label in legend.labels), legend.labels  # units on both ends


def test_legend_colours_run_light_to_dark_from_the_theme_palette(carers_2011):
    legend = maps.class_legend(carers_2011["value"].tolist(), "percent")
    assert set(legend.colours) <= set(SEQUENTIAL_HEX)
    positions = [SEQUENTIAL_HEX.index(c) for c in legend.colours]
    assert positions == sorted(positions) and positions[0] == 0 and positions[-1] == len(SEQUENTIAL_HEX) - 1


def test_each_value_falls_in_the_class_whose_range_holds_it(carers_2011):
    legend = maps.class_legend(carers_2011["value"].tolist(), "percent")
    for value in carers_2011["value"]:
        i = legend.class_of(value)
        assert legend.edges[i] <= value <= legend.edges[i + 1]
    assert legend.class_of(max(carers_2011["value"])) == len(legend.colours) - 1
    assert legend.colour_of(float("nan")) == NO_DATA_HEX
    assert legend.label_of(float("nan")) == maps.NO_DATA_LABEL


def test_counts_get_thousands_separators_in_the_legend():
    m = store.load_measures()
    rows = m[(m["measure"] == "dementia_estimated") & m["area_code"].isin(KENT_DISTRICTS)]
    legend = maps.class_legend(rows["value"].tolist(), "people")
    assert all("," in label for label in legend.labels if legend.edges[-1] >= 1000)


def test_a_single_value_gets_a_single_class():
    legend = maps.class_legend([59000.0], "people")
    assert legend.labels == ("59,000",) and len(legend.colours) == 1


def test_values_and_tooltips_are_joined_to_every_feature(carers_2011, kent_features):
    legend = maps.class_legend(carers_2011["value"].tolist(), "percent")
    joined = maps.join_values(kent_features, carers_2011, legend, "Unpaid carers, share")
    by_code = {f["properties"]["area_code"]: f["properties"] for f in joined["features"]}
    assert set(by_code) == set(KENT_DISTRICTS)
    for row in carers_2011.itertuples():
        props = by_code[row.area_code]
        assert props["value"] == row.value
        assert props["value_text"] == f"{row.value:.1f}%"
        assert props["period"] == "2011"
        assert f"line {row.line}" in props["tooltip_source"]
        assert props["fill_hex"] == legend.colour_of(row.value)
        assert props["fill"][:3] == [int(props["fill_hex"][i:i + 2], 16) for i in (1, 3, 5)]
    # Shepway's figure is drawn on today's shape, named as today with the document's name beside it
    assert by_code["E07000112"]["tooltip_name"] == "Folkestone and Hythe (Shepway)"
    # the shapes themselves are not changed
    assert joined["features"][0]["geometry"] is kent_features["features"][0]["geometry"]


def test_an_area_without_a_figure_stays_grey_and_says_so(carers_2011, kent_features):
    partial = carers_2011[carers_2011["area_code"] != "E07000105"]
    joined = maps.join_values(kent_features, partial)
    ashford = next(f["properties"] for f in joined["features"] if f["properties"]["area_code"] == "E07000105")
    assert ashford["value"] is None and ashford["fill_hex"] == NO_DATA_HEX
    assert "No figure" in ashford["tooltip_value"]
    assert "No figure for Ashford" in maps.map_alt_text(joined, "t")


def _points(geometry):
    polys = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    for poly in polys:
        for ring in poly:
            yield from ring


def _layers(spec: dict) -> list[dict]:
    return spec["layer"]


def _encoded(spec: dict, channel: str) -> dict:
    return next(layer["encoding"][channel] for layer in _layers(spec) if channel in layer.get("encoding", {}))


@pytest.fixture(scope="module")
def kent_spec(carers_2011, kent_features):
    legend = maps.class_legend(carers_2011["value"].tolist(), "percent")
    joined = maps.join_values(kent_features, carers_2011, legend, "Unpaid carers, share")
    return legend, joined, maps.choropleth_spec(joined, legend, "Share of population (%)", "Unpaid carers, share")


def test_choropleth_spec_carries_every_area_its_class_colours_and_a_unit_legend(kent_spec, carers_2011):
    legend, joined, spec = kent_spec
    areas = spec["datasets"]["areas"]
    assert len(areas) == 12
    assert all(isinstance(f["geometry"], dict) and f["geometry"]["type"] in ("Polygon", "MultiPolygon") for f in areas)
    # only what the map uses goes over the wire
    assert all(set(f["properties"]) == set(maps.SPEC_PROPERTIES) for f in areas)
    colour = _encoded(spec, "color")
    assert colour["field"] == "properties.class_label"
    assert colour["scale"]["domain"] == list(legend.labels) and colour["scale"]["range"] == list(legend.colours)
    assert colour["legend"]["title"] == "Share of population (%)"
    assert spec["usermeta"]["cma_map"] == {"kind": "choropleth", "areas": 12, "vintage": "2023"}
    by_code = {f["properties"]["area_code"]: f["properties"] for f in areas}
    for row in carers_2011.itertuples():
        assert by_code[row.area_code]["class_label"] == legend.label_of(row.value)


def test_map_fills_its_column_fits_the_areas_and_uses_theme_colours_only(kent_spec, kent_features):
    _, _, spec = kent_spec
    assert spec["width"] == "container"  # never wider than its column, on a phone too
    assert spec["projection"]["type"] == "mercator"
    box = spec["projection"]["fit"][0]["geometry"]["coordinates"][0]
    lons = [p[0] for f in kent_features["features"] for p in _points(f["geometry"])]
    lats = [p[1] for f in kent_features["features"] for p in _points(f["geometry"])]
    assert min(x for x, _ in box) < min(lons) and max(x for x, _ in box) > max(lons)
    assert min(y for _, y in box) < min(lats) and max(y for _, y in box) > max(lats)
    shapes = next(layer for layer in _layers(spec) if layer["mark"]["type"] == "geoshape")
    assert shapes["mark"]["stroke"] == theme.OUTLINE_HEX
    text = json.dumps({k: v for k, v in spec.items() if k != "datasets"})
    literals = set(re.findall(r"#[0-9a-fA-F]{6}\b", text))
    palette = {getattr(theme, n) for n in dir(theme) if n.endswith("_HEX") and isinstance(getattr(theme, n), str)}
    palette |= set(theme.SEQUENTIAL_HEX)
    assert literals <= palette, literals - palette


def test_tooltips_give_area_value_as_text_period_and_source(kent_spec):
    _, _, spec = kent_spec
    tooltip = _encoded(spec, "tooltip")
    assert [t["title"] for t in tooltip] == ["Area", "Unpaid carers, share", "Period", "Source"]
    assert [t["field"] for t in tooltip] == ["properties.name", "properties.tip", "properties.period",
                                             "properties.source"]
    ashford = next(f["properties"] for f in spec["datasets"]["areas"] if f["properties"]["area_code"] == "E07000105")
    assert ashford["tip"] == "10.1%" and ashford["period"] == "2011" and "line" in ashford["source"]


@pytest.mark.parametrize("presenter, size", [(False, 14), (True, 18)])
def test_legend_type_is_at_least_14_px_and_bigger_for_a_projector(carers_2011, kent_features, presenter, size):
    legend = maps.class_legend(carers_2011["value"].tolist(), "percent")
    joined = maps.join_values(kent_features, carers_2011, legend)
    spec = maps.choropleth_spec(joined, legend, "Share (%)", presenter=presenter)
    lg = _encoded(spec, "color")["legend"]
    assert lg["labelFontSize"] == lg["titleFontSize"] == size >= 14
    assert lg["orient"] == "bottom" and "expr" in lg["columns"]  # one column on a phone, up to three on a desktop


def test_an_area_without_a_figure_gets_a_no_figure_legend_entry(carers_2011, kent_features):
    partial = carers_2011[carers_2011["area_code"] != "E07000105"]
    legend = maps.class_legend(partial["value"].tolist(), "percent")
    spec = maps.choropleth_spec(maps.join_values(kent_features, partial, legend), legend, "Share (%)")
    colour = _encoded(spec, "color")
    assert colour["scale"]["domain"][-1] == maps.NO_DATA_LABEL and colour["scale"]["range"][-1] == NO_DATA_HEX
    ashford = next(f["properties"] for f in spec["datasets"]["areas"] if f["properties"]["area_code"] == "E07000105")
    assert ashford["class_label"] == maps.NO_DATA_LABEL and "No figure" in ashford["tip"]


def test_the_png_renders_the_screen_spec_itself_at_a_fixed_width(kent_spec):
    _, _, spec = kent_spec
    exported = export_spec(with_provenance(spec, "Title", "Source: test"))
    assert exported["width"] == theme.MAP_EXPORT_WIDTH_PX and spec["width"] == "container"  # the page's copy is untouched
    assert {k: v for k, v in exported.items() if k not in ("width", "title")} == \
        {k: v for k, v in spec.items() if k != "width"}
    png = chart_png(spec, scale=1)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width = int.from_bytes(png[16:20], "big")
    assert abs(width - theme.MAP_EXPORT_WIDTH_PX) < 80, width


def test_symbol_area_is_proportional_to_the_value():
    big = maps.symbol_radius_px(12000, 12000)
    quarter = maps.symbol_radius_px(3000, 12000)
    assert math.isclose(quarter, big / 2)
    assert maps.symbol_radius_px(0, 12000) == 0


def test_symbol_spec_sizes_circles_by_area_on_one_scale_with_a_round_size_key(kent_features):
    m = store.load_measures()
    rows = m[(m["measure"] == "dementia_estimated") & (m["period"] == "2015") & m["area_code"].isin(KENT_DISTRICTS)]
    joined = maps.join_values(kent_features, rows)
    biggest = float(rows["value"].max())
    spec = maps.symbol_spec(joined, None, "People with dementia", biggest * 2, "people")
    size = _encoded(spec, "size")
    # area in px² is linear in the value from zero: a value of max_value gets the largest radius
    assert size["scale"]["domain"] == [0, biggest * 2] and size["scale"]["zero"] is True
    assert size["scale"]["range"] == [0, 4 * theme.SYMBOL_MAX_RADIUS_PX ** 2]
    assert size["legend"]["values"] == maps.size_legend_values(biggest * 2)
    circles = next(layer for layer in _layers(spec) if layer["mark"]["type"] == "circle")
    assert circles["encoding"]["longitude"]["field"] == "properties.label_lon"
    assert spec["usermeta"]["cma_map"]["kind"] == "symbols" and len(spec["datasets"]["outline"]) == 12
    assert chart_png(spec, scale=1)[:4] == b"\x89PNG"


def test_text_alternative_and_summary_state_what_the_map_shows(kent_spec):
    _, joined, _ = kent_spec
    summary = maps.map_summary(joined, "Unpaid carers by Kent district, 2011")
    assert summary.startswith("Map: Unpaid carers by Kent district, 2011: 12 of 12 areas")
    assert "9.3% (Tunbridge Wells)" in summary and "11.7% (Thanet)" in summary
    assert "Thanet: 11.7% (2011)" in maps.map_alt_text(joined, "t")


def test_interactive_deck_has_no_basemap_and_picks_areas(kent_spec):
    _, joined, _ = kent_spec
    deck = maps._deck(joined, None)
    spec = json.loads(deck.to_json())
    # no provider, and the style left at pydeck's sentinel, which Streamlit reads as "no basemap"; without it
    # Streamlit fetches Carto's style (tests/browser/test_no_third_party.py records every request)
    assert deck.map_provider is None and "mapProvider" not in spec
    assert spec["mapStyle"] == "__MAP_STYLE__" and "carto" not in deck.to_json()
    areas = next(layer for layer in spec["layers"] if layer["id"] == "areas")
    assert areas["pickable"] is True
    state = {"selection": {"indices": {"areas": [3]}, "objects": {"areas": [joined["features"][3]]}}}
    assert maps.selected_area(state) == joined["features"][3]["properties"]["area_code"]
    assert maps.selected_area({"selection": {"indices": {}, "objects": {}}}) is None


def _interactive_script():
    import streamlit as st

    from components.maps import area_features, choropleth_map, interactive_map
    from data import store

    m = store.load_measures()
    codes = [f"E07000{n}" for n in range(105, 117)]
    rows = m[(m["measure"] == "carers_unpaid_pct") & (m["period"] == "2011") & m["area_code"].isin(codes)]
    joined = choropleth_map(area_features(codes), rows, "Carers", "Share (%)", key="m")
    picked = interactive_map(joined, key="pick")
    st.write(f"picked={picked}")


def test_the_interactive_map_is_off_until_asked_for_and_says_it_needs_webgl():
    at = AppTest.from_function(_interactive_script).run()
    assert not at.exception
    assert len(page_maps(at)) == 1 and not at.get("deck_gl_json_chart"), "no WebGL map by default"
    assert at.toggle(key="pick_on").label == maps.INTERACTIVE_LABEL
    at.toggle(key="pick_on").set_value(True).run()
    assert not at.exception
    assert len(at.get("deck_gl_json_chart")) == 1
    assert any("needs WebGL" in c.value for c in at.caption)
    assert at.markdown[-1].value == "picked=None"


def _no_boundaries_script():
    import streamlit as st

    from components.maps import area_features

    fc = area_features(["E07000105"], "2023")
    st.write("no map" if fc is None else "map")


def test_missing_boundaries_show_how_to_get_them_instead_of_a_map(tmp_path, monkeypatch):
    monkeypatch.setenv("CMA_SHARED_GEO_DIR", str(tmp_path / "none"))
    monkeypatch.setenv("CMA_GEO_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("CMA_GEO_DIR", raising=False)
    at = AppTest.from_function(_no_boundaries_script).run()
    assert not at.exception
    assert at.markdown[0].value == "no map"
    assert "District boundaries not found" in at.info[0].value


def test_boundaries_found_but_not_prepared_say_to_run_make_boundaries(tmp_path, monkeypatch):
    monkeypatch.setenv("CMA_GEO_CACHE_DIR", str(tmp_path / "cache"))  # the shared folder still has the files
    monkeypatch.delenv("CMA_GEO_DIR", raising=False)
    at = AppTest.from_function(_no_boundaries_script).run()
    assert not at.exception and at.markdown[0].value == "no map"
    assert "make boundaries" in at.info[0].value and "not prepared" in at.info[0].value


# --- bytes on the wire: each map at most 300 KB in the delta -------------------------------------

MAP_PAGES = ("pages/home.py", "pages/carers.py", "pages/dementia.py", "pages/extra-care.py")


@pytest.mark.parametrize("page", MAP_PAGES)
def test_every_default_map_sends_at_most_300_kb(page):
    from tests.conftest import run_page

    at = run_page(page)
    assert not at.exception
    drawn = page_maps(at)
    assert drawn, f"{page} draws a map"
    for m in drawn:
        assert m.sent_bytes <= MAX_MAP_BYTES, (page, m.kind, m.sent_bytes)
        assert m.features, "the map carries its areas"


@pytest.mark.parametrize("layer, count", [("ew2021", 331), ("uk2023", 361)])
def test_a_map_of_every_district_sends_at_most_300_kb(layer, count):
    from geo.webshapes import national

    fc = national(layer)
    assert len(fc["features"]) == count
    codes = [f["properties"]["area_code"] for f in fc["features"]]
    # every district with a figure, a long source line and a tooltip name, as a national map would have
    values = pd.DataFrame({"area_code": codes, "value": [5 + (i % 97) / 10 for i in range(len(codes))],
                           "unit": "percent", "period": "2021", "area": [f"District number {i}" for i in range(len(codes))],
                           "value_text": [f"{5 + (i % 97) / 10:.1f}%" for i in range(len(codes))],
                           "source": "Office for National Statistics, Census 2021 TS039, usual residents aged 5+ (OGL v3.0)"})
    legend = maps.class_legend(values["value"].tolist(), "percent")
    spec = maps.choropleth_spec(maps.join_values(fc, values, legend, "Share providing unpaid care"), legend,
                                "Share (%)", "Share providing unpaid care", show_labels=False)
    assert len(spec["datasets"]["areas"]) == count
    assert maps.spec_bytes(spec) <= MAX_MAP_BYTES, maps.spec_bytes(spec)


def test_the_2021_national_layer_credits_both_boundary_sources():
    from geo.attribution import attribution

    text = maps.map_attribution("2021")
    assert "database right 2023" in text and "2014" in text and "CC BY 4.0" in text
    assert maps.map_attribution("2023") == attribution("2023")


def test_a_map_look_is_built_once_and_each_map_gets_its_own_copy(carers_2011, kent_features):
    legend = maps.class_legend(carers_2011["value"].tolist(), "percent")
    joined = maps.join_values(kent_features, carers_2011, legend)
    first = maps.choropleth_spec(joined, legend, "Template test (%)")
    hits = maps._choropleth_template.cache_info().hits
    fewer = maps.join_values(maps.area_features(KENT_DISTRICTS[:3]), carers_2011, legend)
    second = maps.choropleth_spec(fewer, legend, "Template test (%)")
    assert maps._choropleth_template.cache_info().hits == hits + 1  # the Altair layers were not rebuilt
    assert len(first["datasets"]["areas"]) == 12 and len(second["datasets"]["areas"]) == 3
    assert first["projection"]["fit"] != second["projection"]["fit"]
    second["layer"][0]["mark"]["stroke"] = "#000000"
    assert maps.choropleth_spec(joined, legend, "Template test (%)")["layer"][0]["mark"]["stroke"] == theme.OUTLINE_HEX


def _map_twice_script():
    import streamlit as st

    from components import maps
    from data import store

    rows = store.load_measures()
    rows = rows[(rows["measure"] == "carers_unpaid_pct") & (rows["period"] == "2011")
                & rows["area_code"].str.startswith("E07")].reset_index(drop=True)
    codes = tuple(rows["area_code"])
    joins = st.session_state.setdefault("joins", [])
    real = maps.join_values
    maps.join_values = lambda *a, **k: joins.append(1) or real(*a, **k)
    try:
        first = maps.choropleth_map(maps.area_features(codes, "2013"), rows, "Carers", "Share (%)", key="m1")
        again = maps.choropleth_map(maps.area_features(codes, "2013"), rows, "Carers", "Share (%)", key="m2")
        other = maps.choropleth_map(maps.area_features(codes, "2013"), rows.copy(), "Carers", "Share (%)", key="m3")
        looks = maps.choropleth_map(maps.area_features(codes, "2013"), rows, "Carers (2011)", "Share (%)", key="m4")
    finally:
        maps.join_values = real
    st.session_state["same"] = (again is first, other is first, looks is first, len(joins))


def test_a_map_drawn_again_from_the_same_figures_and_shapes_is_not_joined_again():
    """A built run sends its maps without joining figures to shapes: the second showing of the same figures (the
    same view-model frame) on the same shapes (a new collection of the layer's shared features) reuses the first;
    another frame or another title makes its own."""
    maps._prepared.clear()
    at = AppTest.from_function(_map_twice_script).run(timeout=60)
    assert not at.exception, at.exception
    same_again, same_other, same_looks, joins = at.session_state["same"]
    assert same_again and not same_other and not same_looks
    assert joins == 3
    assert len(at.get("vega_lite_chart")) == 4


def test_a_maps_caption_is_its_description_then_its_notes_as_paragraphs():
    from components.maps import map_caption

    text = map_caption("Map: Carers by district: 4 areas.", ("Hover an area.", "", ":material/info: A is B today."))
    assert text.split("\n\n") == ["Map: Carers by district: 4 areas.", "Hover an area.", ":material/info: A is B today."]
    assert map_caption("", ("Only a note.",)) == "Only a note."


# --- a map as tall as its shapes at the width it is drawn (no blank band on a phone) -----------------------------

def _box(w: float, s: float, e: float, n: float) -> dict:
    ring = [[w, s], [w, n], [e, n], [e, s], [w, s]]
    return {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [ring]}}


def test_mercator_aspect_is_the_shapes_height_over_width_as_drawn():
    assert maps.mercator_aspect({"features": [_box(0, -0.5, 1, 0.5)]}) == pytest.approx(1.0, rel=1e-3)
    # at 60 degrees north a degree of latitude is drawn twice as tall as a degree of longitude is wide
    assert maps.mercator_aspect({"features": [_box(0, 59.9, 0.1, 60.1)]}) == pytest.approx(4.0, rel=1e-2)
    assert maps.height_to_shape({"features": [_box(1, 50, 1, 51)]}, 460) == []  # no width: the fixed height stays


def _drawn(spec: dict, width: int) -> tuple[int, int, int, int]:
    """(the plot's height, the first and last pixel rows and the last column with anything drawn in the plot) as Vega
    lays out and draws `spec` at `width` (vl-convert, the PNG renderer; the browser runs the same Vega)."""
    import io

    import vl_convert as vlc
    from PIL import Image

    sized = {**spec, "width": width}
    root = vlc.vegalite_to_scenegraph(sized)["scenegraph"]["items"][0]
    image = Image.open(io.BytesIO(vlc.vegalite_to_png(sized, scale=1))).convert("L")
    pad = 5  # Vega's padding around the plot
    plot = image.crop((pad, pad, pad + int(root["width"]), pad + int(root["height"])))
    ink = plot.point(lambda v: 255 if v < 250 else 0).getbbox()  # anything not white
    assert ink is not None, "nothing drawn"
    return int(root["height"]), ink[1], ink[3], ink[2]


@pytest.mark.parametrize("layer, england_only", [("ew2021", False), ("uk2023", True)])  # carers/extra care, dementia
def test_a_national_map_is_as_tall_as_its_shapes_on_a_phone_and_keeps_its_height_on_a_desktop(layer, england_only):
    """A phone's column (358 px): the map is as tall as the shapes drawn across its width, with no blank band under
    them (about 80 px before); a desktop's (940 px) and a projector's (1072 px, presenter mode) column: the fixed
    height as before, the shapes whole inside it."""
    from components import national as nat
    from components.national_view import _map_spec
    from geo.webshapes import national

    code = national(layer)["features"][0]["properties"]["area_code"]
    values = pd.DataFrame({"area_code": [code], "value": [1.0], "value_text": ["1.0%"]})
    classes = nat.value_classes(values["value"])
    for presenter, width in ((False, 358), (False, 940), (True, 1072)):
        spec = _map_spec(layer, values, classes, "Share (%)", (("value_text", "Share"),), (), presenter, england_only)
        most = nat.NATIONAL_MAP_HEIGHT_PX["presenter" if presenter else "normal"]
        height, top, bottom, right = _drawn(spec, width)
        assert top <= 2 and right <= width, (width, top, right)  # nothing cut
        if width < 400:
            assert height < most and height - bottom <= 3, f"{height - bottom} px blank under the map at {width} px"
            fixed = {k: v for k, v in spec.items() if k != "params"}
            old_height, _, old_bottom, _ = _drawn(fixed, width)
            assert old_height - old_bottom > 40, "the measure sees the band a fixed height leaves"
        else:
            assert height == most and bottom >= height - 3


def test_a_district_map_is_as_tall_as_its_shapes_at_a_phones_width(kent_spec):
    _, _, spec = kent_spec
    height, top, bottom, _ = _drawn(spec, 358)
    assert height < theme.MAP_HEIGHT_PX and top >= 0 and height - bottom <= 30  # the fit's margin, no band
    assert _drawn({k: v for k, v in spec.items() if k != "params"}, 358)[0] == theme.MAP_HEIGHT_PX


# --- no empty classes when the values are too few to fill them -----------------------------------------------------

def _filled(legend, values) -> set[int]:
    return {legend.class_of(v) for v in values}


@pytest.mark.parametrize("values", [[2.6, 5.4], [2.6, 2.6, 2.6, 5.4, 5.4], [1.2, 4.9, 9.7]], ids=["two", "two-repeated", "three"])
def test_a_few_values_are_a_class_each_with_no_empty_class(values):
    """Made-up rates: equal intervals gave two authorities at 2.6 and 5.4 per 1,000 the classes 2 to 3, 3 to 4, 4 to 5
    and 5 to 6, two of which no area is in; now each value is its own class, labelled with the value, light to dark."""
    from components import national as nat

    legend = maps.class_legend(values, "per_1000")
    distinct = sorted(set(values))
    assert legend.labels == tuple(theme.format_value(v, "per_1000") for v in distinct)
    assert _filled(legend, values) == set(range(len(legend.labels)))  # every class holds a value
    assert [legend.label_of(v) for v in distinct] == list(legend.labels)
    assert legend.colours[0] == SEQUENTIAL_HEX[0] and legend.colours[-1] == SEQUENTIAL_HEX[-1]
    classes = nat.value_classes(values, "per_1000")  # the national maps count an edge into the class above
    assert [classes.label_of(v) for v in distinct] == list(classes.labels) == list(legend.labels)


def test_values_written_alike_share_a_class():
    legend = maps.class_legend([2.61, 2.64, 5.4], "per_1000")
    assert legend.labels == ("2.6", "5.4") and legend.class_of(2.61) == legend.class_of(2.64) == 0


def test_many_values_keep_equal_round_intervals_every_one_filled():
    values = [4.0 + 10 * i / 39 for i in range(40)]  # 4.0 .. 14.0, made up
    legend = maps.class_legend(values, "percent")
    steps = {round(b - a, 9) for a, b in zip(legend.edges, legend.edges[1:])}
    assert len(steps) == 1 and len(legend.labels) >= 3 and all(" to " in label for label in legend.labels)
    assert _filled(legend, values) == set(range(len(legend.labels)))


def test_many_values_with_a_gap_keep_the_empty_class_that_shows_it():
    values = [1.0, 1.2, 1.5, 1.7, 1.9, 2.3, 2.6, 5.8]  # made up: more values than classes, nothing between 3 and 5
    legend = maps.class_legend(values, "per_1000")
    assert all(" to " in label for label in legend.labels) and len(_filled(legend, values)) < len(legend.labels)


def test_a_legend_in_columns_reads_in_class_order_row_by_row(kent_spec):
    """Four classes in three columns read '1,000 to 1,500 | 2,000 to 2,500 | 1,500 to 2,000' then the last
    (presenter mode's dementia map): a column-major legend laid out in a row-major grid. Now they read in order."""
    legend, _, spec = kent_spec
    assert len(legend.labels) >= 4
    for width in (358, 700, 1072):  # one column on a phone, two or three beside one another on wider screens
        assert texts_as_read(spec, width, "legend-label") == list(legend.labels), width


def test_a_district_merged_into_a_larger_one_keeps_its_own_name_beside_the_new_one():
    """Poole's 81 extra care units and Bournemouth's 209 were both named 'Bournemouth, Christchurch and Poole' in the map's
    summary and tooltips ('from 81 (Bournemouth, Christchurch and Poole) to 209 (Bournemouth, Christchurch and Poole)'):
    the new name contains theirs, which hid them. A renamed district and a place written shorter stay as they were."""
    from components.charts import display_name

    assert display_name("E06000029", "Poole") == "Bournemouth, Christchurch and Poole (Poole)"
    assert display_name("E06000028", "Bournemouth") == "Bournemouth, Christchurch and Poole (Bournemouth)"
    assert display_name("E07000112", "Shepway") == "Folkestone and Hythe (Shepway)"
    assert display_name("E06000047", "Durham") == "County Durham"
    assert display_name("E10000016", "Kent") == "Kent"
