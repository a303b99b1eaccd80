"""Map component: class breaks and colours, values joined to shapes, the offline deck, the Altair twin, symbols."""
from __future__ import annotations

import json
import math

import pytest
from streamlit.testing.v1 import AppTest

from components import maps
from components.export import chart_png
from components.theme import NO_DATA_HEX, SEQUENTIAL_HEX
from data import store
from geo.mapready import map_features

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


def test_deck_has_no_basemap_is_fitted_and_tooltips_name_value_period_source(carers_2011, kent_features):
    joined = maps.join_values(kent_features, carers_2011)
    deck = maps.choropleth_deck(joined)
    spec = json.loads(deck.to_json())
    # no basemap: no provider and no style, so the browser requests no tiles
    assert deck.map_provider is None and deck.map_style is None
    assert "mapProvider" not in spec and "mapStyle" not in spec
    for part in ("{tooltip_name}", "{tooltip_value}", "Period: {tooltip_period}", "Source: {tooltip_source}"):
        assert part in deck._tooltip["text"]
    view = spec["initialViewState"]
    lons = [p[0] for f in kent_features["features"] for p in _points(f["geometry"])]
    assert min(lons) < view["longitude"] < max(lons) and 7 < view["zoom"] < 10
    layers = {layer["@@type"] for layer in spec["layers"]}
    assert {"GeoJsonLayer", "TextLayer"} <= layers


def _points(geometry):
    polys = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    for poly in polys:
        for ring in poly:
            yield from ring


def test_altair_map_carries_features_with_geometry_objects_and_a_unit_legend(carers_2011, kent_features):
    legend = maps.class_legend(carers_2011["value"].tolist(), "percent")
    joined = maps.join_values(kent_features, carers_2011, legend)
    chart = maps.choropleth_altair(joined, legend, "Share of population (%)")
    spec = chart.to_dict()
    shapes = spec["layer"][0]
    values = shapes["data"]["values"] if "values" in shapes.get("data", {}) else spec["datasets"][shapes["data"]["name"]]
    assert len(values) == 12
    assert all(isinstance(v["geometry"], dict) and v["geometry"]["type"] in ("Polygon", "MultiPolygon") for v in values)
    colour = shapes["encoding"]["color"]
    assert colour["field"] == "properties.class_label"
    assert colour["scale"]["domain"] == list(legend.labels) and colour["scale"]["range"] == list(legend.colours)
    assert colour["legend"]["title"] == "Share of population (%)"
    png = chart_png(chart, scale=1)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"


def test_legend_chart_lists_classes_highest_first_with_a_no_figure_swatch():
    legend = maps.class_legend([9.3, 11.7], "percent")
    spec = maps.legend_chart(legend, "Share of population (%)", has_missing=True).to_dict()
    rows = next(iter(spec["datasets"].values()))
    assert [r["label"] for r in rows] == [*reversed(legend.labels), maps.NO_DATA_LABEL]


def test_symbol_area_is_proportional_to_the_value():
    big = maps.symbol_radius_px(12000, 12000)
    quarter = maps.symbol_radius_px(3000, 12000)
    assert math.isclose(quarter, big / 2)
    assert maps.symbol_radius_px(0, 12000) == 0


def test_symbol_map_puts_circles_at_label_points_with_a_size_key(kent_features):
    m = store.load_measures()
    rows = m[(m["measure"] == "dementia_estimated") & (m["period"] == "2015") & m["area_code"].isin(KENT_DISTRICTS)]
    joined = maps.join_values(kent_features, rows)
    points = maps.symbol_points(joined)
    assert len(points) == 12
    biggest = max(rows["value"])
    assert points[0]["value"] == biggest  # drawn first so smaller circles sit on top
    labels = {f["properties"]["area_code"]: (f["properties"]["label_lon"], f["properties"]["label_lat"])
              for f in kent_features["features"]}
    assert {tuple(p["position"]) for p in points} == set(labels.values())
    keys = maps.size_legend_values(biggest)
    assert keys and max(keys) <= biggest * 1.15 and all(k > 0 for k in keys)
    spec = json.loads(maps.symbol_deck(joined).to_json())
    scatter = next(layer for layer in spec["layers"] if layer["@@type"] == "ScatterplotLayer")
    assert scatter["radiusUnits"] == "pixels"
    chart = maps.symbol_altair(joined, None, "People with dementia")
    assert chart_png(chart, scale=1)[:4] == b"\x89PNG"


def _no_boundaries_script():
    import streamlit as st

    from components.maps import _cached_features, area_features

    _cached_features.clear()
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
