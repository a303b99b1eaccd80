"""One classification rule for every map (components.maps.class_index): a value on a class edge was classed into the
class below it on district maps (upper edges inclusive) and into the class above it on national maps (lower edges
inclusive), so the same figure took two colours and two legend labels. Edge values on both sides, on both maps."""
from __future__ import annotations

import pandas as pd
import pytest

from components import maps
from components import national as nat
from components.theme import format_value
from tests.test_map_colours import _square

UNIT = "per_1000"
# made-up rates for eight authorities: equal intervals of 1.0 from 1.0 to 6.0
RATES = [1.2, 1.9, 2.4, 3.3, 3.9, 4.6, 5.1, 5.9]


def _both_maps(probes: list[float]) -> list[tuple[str, str, str, str]]:
    """Each probe value drawn on a district map and on a national map classed over the same figures: (district label,
    district colour, national label, national colour)."""
    codes = [f"E07999{900 + i}" for i in range(len(RATES) + len(probes))]
    values = [*RATES, *probes]
    frame = pd.DataFrame({"area_code": codes, "area": codes, "value": values, "unit": UNIT, "period": "2024",
                          "value_text": [format_value(v, UNIT) for v in values], "source": "made-up"})
    shapes = {"type": "FeatureCollection", "vintage": "2023", "features": [_square(c, 0.25 * i) for i, c in enumerate(codes)]}
    legend = maps.class_legend(values, UNIT)
    district = {f["properties"]["area_code"]: f["properties"] for f in maps.join_values(shapes, frame, legend)["features"]}
    classes = nat.value_classes(values, UNIT)
    assert (classes.edges, classes.labels, classes.colours) == (legend.edges, legend.labels, legend.colours)
    spec = nat.district_map_spec(shapes, frame, classes, "Units per 1,000 aged 65+", [("value_text", "Rate")])
    scale = spec["layer"][0]["encoding"]["color"]["scale"]
    colour_of = dict(zip(scale["domain"], scale["range"]))
    national = {a["properties"]["code"]: a["properties"]["cls"] for a in spec["datasets"]["areas"]}
    return [(district[c]["class_label"], district[c]["fill_hex"], national[c], colour_of[national[c]])
            for c in codes[len(RATES):]]


def test_the_legend_has_round_edges_labelled_as_they_count():
    legend = maps.class_legend(RATES, UNIT)
    assert legend.edges == (1.0, 2.0, 3.0, 4.0, 5.0, 6.0)
    assert legend.labels == ("1.0 to under 2.0", "2.0 to under 3.0", "3.0 to under 4.0", "4.0 to under 5.0",
                             "5.0 to 6.0")


@pytest.mark.parametrize("edge", [2.0, 3.0, 4.0, 5.0])
def test_a_value_on_an_edge_and_just_either_side_of_it_is_classed_alike_on_both_maps(edge):
    below, on, shown_on, above = round(edge - 0.1, 1), edge, edge - 0.04, round(edge + 0.1, 1)  # 2.96 reads '3.0'
    drawn = _both_maps([below, on, shown_on, above])
    for district_label, district_colour, national_label, national_colour in drawn:
        assert (district_label, district_colour) == (national_label, national_colour)
    labels = [d[0] for d in drawn]
    edge_text = format_value(edge, UNIT)
    assert labels[0].endswith(f"under {edge_text}"), labels  # 1.9: '1.0 to under 2.0'
    assert labels[1].startswith(f"{edge_text} to") and labels[2] == labels[1] == labels[3], labels
    assert drawn[0][1] != drawn[1][1]


def test_the_top_edge_is_in_the_top_class_and_beyond_the_edges_in_the_end_classes():
    legend = maps.class_legend(RATES, UNIT)
    for value, label in ((6.0, "5.0 to 6.0"), (1.0, "1.0 to under 2.0"), (0.4, "1.0 to under 2.0"), (7.5, "5.0 to 6.0")):
        assert maps.class_index(value, legend.edges, UNIT) == legend.labels.index(label), value
    assert maps.class_index(float("nan"), legend.edges, UNIT) is None and maps.class_index(None, legend.edges, UNIT) is None


@pytest.mark.parametrize(("rate", "label"), [
    (54.9, "under 55%"), (55.0, "55% to under 60%"), (59.9, "55% to under 60%"), (60.0, "60% to under 66.7%"),
    (66.6, "60% to under 66.7%"), (66.7, "66.7% to under 75% (target met)"), (66.66, "66.7% to under 75% (target met)"),
    (74.9, "66.7% to under 75% (target met)"), (75.0, "75% or more (target met)"),
])
def test_dementia_classes_at_their_edges(rate, label):
    """66.66% is printed '66.7%', the target: its colour says 'target met' as its figure does."""
    assert nat.DEMENTIA_CLASSES.label_of(rate) == label
    assert label in nat.DEMENTIA_LABELS


def test_values_classed_one_per_value_stay_in_their_own_class():
    legend = maps.class_legend([2.64, 2.66, 5.4], UNIT)  # printed 2.6, 2.7 and 5.4
    assert legend.labels == ("2.6", "2.7", "5.4")
    assert [legend.label_of(v) for v in (2.64, 2.66, 5.4, 2.6, 2.7)] == ["2.6", "2.7", "5.4", "2.6", "2.7"]
