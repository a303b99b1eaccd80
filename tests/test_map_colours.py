"""'No figure' on every map stands apart from every class of every colour scheme the maps use (issue 8/10: on the
extra care national map the palest class, about 2.4 per 1,000, was hard to tell from the grey of districts without a
figure), on screen, in the PNG (both drawn by the same Vega: read from vl-convert's scenegraph) and in the legend."""
from __future__ import annotations

import pandas as pd
import pytest

from components import maps
from components import national as nat
from components.theme import (MAP_SCHEMES, NO_DATA_HEX, NO_DATA_MIN_DELTA_E, NO_DATA_MIN_DELTA_L, NO_DATA_PALE_CHROMA,
                              SEQUENTIAL_HEX, TARGET_DIVERGING_HEX)
from tests.colour_difference import chroma, delta_e2000, difference, lab
from tests.vega_layout import drawn_items, texts_as_read

OLD_NO_DATA_HEX = "#d9d9d9"


@pytest.mark.parametrize(("lab1", "lab2", "expected"), [
    ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
    ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
    ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
    ((50.0, 2.5, 0.0), (50.0, 3.1736, 0.5854), 1.0),
    ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
    ((2.0776, 0.0795, -1.1350), (0.9033, -0.0636, -0.5514), 0.9082),
])
def test_ciede2000_matches_the_published_test_pairs(lab1, lab2, expected):
    """Sharma, Wu and Dalal (2005), the formula's reference data."""
    assert delta_e2000(lab1, lab2) == pytest.approx(expected, abs=1e-4)
    assert delta_e2000(lab2, lab1) == pytest.approx(expected, abs=1e-4)


def test_srgb_to_lab():
    assert lab("#ffffff") == pytest.approx((100.0, 0.0, 0.0), abs=0.01)
    assert lab("#ff0000") == pytest.approx((53.24, 80.09, 67.20), abs=0.02)
    assert lab("#000000") == pytest.approx((0.0, 0.0, 0.0), abs=0.01)


def too_close(no_data: str) -> list[str]:
    """Every colour a map draws that `no_data` is too close to, and why (empty: it stands apart from all)."""
    out = []
    for scheme, colours in MAP_SCHEMES.items():
        for colour in colours:
            de = difference(no_data, colour)
            dl = abs(lab(no_data)[0] - lab(colour)[0])
            if de < NO_DATA_MIN_DELTA_E:
                out.append(f"{scheme} {colour}: CIEDE2000 {de:.1f} < {NO_DATA_MIN_DELTA_E}")
            if chroma(colour) < NO_DATA_PALE_CHROMA and dl < NO_DATA_MIN_DELTA_L:
                out.append(f"{scheme} {colour} (pale, C* {chroma(colour):.0f}): L* differs by {dl:.1f}")
    return out


def test_no_figure_stands_apart_from_every_class_of_every_scheme():
    assert too_close(NO_DATA_HEX) == []


def test_the_old_grey_fails_the_rule():
    problems = too_close(OLD_NO_DATA_HEX)
    assert any("#ffffcc" in p for p in problems), problems  # the palest YlGnBu class: 18.4, L* 12 apart
    assert any("#9ecae1" in p for p in problems) and any("#e4e4de" in p for p in problems), problems


def test_every_colour_a_class_map_draws_is_in_the_checked_schemes():
    checked = {c for colours in MAP_SCHEMES.values() for c in colours}
    for k in range(1, len(SEQUENTIAL_HEX) + 1):
        assert set(maps._palette(k)) <= checked, k
    assert set(nat.DEMENTIA_CLASSES.colours) <= checked and set(TARGET_DIVERGING_HEX) <= checked


# --- what Vega draws: the areas with no figure and the legend's "No figure" swatch ------------------------------------

def _square(code: str, x: float) -> dict:
    ring = [[x, 51.0], [x, 51.2], [x + 0.2, 51.2], [x + 0.2, 51.0], [x, 51.0]]
    return {"type": "Feature", "properties": {"area_code": code, "area_name": code, "current_name": code,
                                             "label_lon": x + 0.1, "label_lat": 51.1},
            "geometry": {"type": "Polygon", "coordinates": [ring]}}


# a made-up county of four districts, one of them (Dunmere) without a figure
COUNTY = {"type": "FeatureCollection", "vintage": "2023",
          "features": [_square(c, 0.25 * i) for i, c in enumerate(["E07999991", "E07999992", "E07999993", "E07999994"])]}
VALUES = pd.DataFrame({"area_code": ["E07999991", "E07999992", "E07999993"], "area": ["Northwick", "Southwick", "Eastby"],
                       "value": [2.4, 3.8, 5.7], "value_text": ["2.4", "3.8", "5.7"], "unit": ["per_1000"] * 3,
                       "period": ["2024"] * 3, "source": ["made-up"] * 3})


def _fills_and_key(spec: dict) -> tuple[list[str], dict[str, str]]:
    """The fills of the areas Vega draws (geoshape paths), and each legend label's swatch fill."""
    items = list(drawn_items(spec, 600))
    fills = [str(item.get("fill", "")).lower() for role, _, item in items
             if role == "mark" and item.get("ariaRoleDescription") == "geoshape" and item.get("fill")]
    labels = texts_as_read(spec, 600, "legend-label")
    swatches = sorted((round(item["y"]), item["x"], str(item.get("fill", "")).lower())
                      for role, _, item in items if role == "legend-symbol" and "size" in item)
    return fills, dict(zip(labels, [fill for _, _, fill in swatches][-len(labels):] if labels else []))


def test_a_district_choropleth_draws_no_figure_and_keys_it_in_the_no_data_grey():
    legend = maps.class_legend(VALUES["value"], "per_1000")
    joined = maps.join_values(COUNTY, VALUES, legend)
    fills, key = _fills_and_key(maps.choropleth_spec(joined, legend, "Units per 1,000 aged 65+"))
    assert fills.count(NO_DATA_HEX) == 1 and len(fills) == 4
    assert key[maps.NO_DATA_LABEL] == NO_DATA_HEX
    assert [key[label] for label in legend.labels] == [c.lower() for c in legend.colours]


def test_a_national_map_draws_no_figure_and_keys_it_in_the_no_data_grey():
    classes = nat.value_classes(VALUES["value"], "per_1000")
    spec = nat.district_map_spec(COUNTY, VALUES, classes, "Units per 1,000 aged 65+", [("value_text", "Rate")])
    fills, key = _fills_and_key(spec)
    assert fills.count(NO_DATA_HEX) == 1 and len(fills) == 4
    assert key[nat.NO_FIGURE] == NO_DATA_HEX
    assert [key[label] for label in classes.labels] == [c.lower() for c in classes.colours]


def test_a_symbol_map_fills_and_keys_the_areas_with_no_figure():
    """A proportional-symbol map left an area with no figure as bare as one whose figure is too small to see."""
    joined = maps.join_values(COUNTY, VALUES.assign(unit="units"))
    spec = maps.symbol_spec(joined, None, "Extra care units", 6.0, "units")
    fills, key = _fills_and_key(spec)
    assert fills.count(NO_DATA_HEX) == 1
    assert key[maps.NO_DATA_LABEL] == NO_DATA_HEX
    everywhere = maps.symbol_spec(maps.join_values(COUNTY, pd.concat([VALUES, VALUES.iloc[:1].assign(
        area_code="E07999994")]).assign(unit="units")), None, "Extra care units", 6.0, "units")
    assert NO_DATA_HEX not in _fills_and_key(everywhere)[0] and maps.NO_DATA_LABEL not in str(everywhere["layer"])


def test_a_size_key_of_one_says_one_unit():
    """'1 units': the key's labels took the plural whatever the value."""
    joined = maps.join_values(COUNTY, VALUES.assign(unit="units"))
    labels = texts_as_read(maps.symbol_spec(joined, None, "Extra care units", 6.0, "units"), 600, "legend-label")
    assert labels[:3] == ["5 units", "2 units", "1 unit"], labels
