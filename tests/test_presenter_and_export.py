"""Presenter mode (no controls, step through views) and PNG export with provenance in the image."""
from __future__ import annotations

import json

import altair as alt
import pandas as pd

from components.export import chart_png, with_provenance
from components.layout import NATIONAL_STEP, PRESENTER_SEQUENCE
from components.navigation import NATIONAL_TAB, NATIONAL_VIEW, TAB_PARAM, page_by_url
from tests.conftest import run_page


def test_presenter_mode_hides_controls_and_offers_the_next_view():
    normal = run_page("pages/compare.py")
    assert normal.multiselect, "the compare page has controls normally"
    at = run_page("pages/compare.py", query={"present": "1"})
    assert not at.exception
    assert not at.multiselect and not at.get("segmented_control")
    assert any(b.label == "Exit presenter mode" for b in at.button)


def test_presenter_next_button_steps_through_the_key_views_in_order():
    assert PRESENTER_SEQUENCE[1:4] == ("carers", f"carers?{NATIONAL_VIEW}", "dementia")  # each page, then its national tab
    at = run_page("pages/home.py", query={"present": "1"})
    for view in PRESENTER_SEQUENCE[1:]:
        url_path, _, query = view.partition("?")
        nxt = page_by_url(url_path)
        button = next(b for b in at.button if b.label.startswith("Next:"))
        assert button.label == (f"Next: {nxt.title}: {NATIONAL_STEP}" if query else f"Next: {nxt.title}")
        button.click().run()
        assert not at.exception
        assert at.title[0].value == nxt.title
        assert at.query_params.get("present") in ("1", ["1"])
        national = [h.value for h in at.subheader if h.value.startswith("National picture")]
        assert bool(national) == bool(query), (view, national)
        assert at.query_params.get(TAB_PARAM) == (NATIONAL_TAB if query else None)
    assert not any(b.label.startswith("Next:") for b in at.button), "the last view has no Next button"


def test_presenter_next_from_the_documents_tab_keeps_the_authority_for_the_national_tab():
    at = run_page("pages/carers.py", query={"present": "1", "area": "E06000047"})
    next(b for b in at.button if b.label.startswith("Next:")).click().run()
    assert not at.exception
    assert at.query_params.get("area") == "E06000047" and at.query_params.get(TAB_PARAM) == NATIONAL_TAB
    assert at.tabs[0].label == "County Durham in the documents"


def test_exit_presenter_mode_brings_controls_back():
    at = run_page("pages/compare.py", query={"present": "1"})
    next(b for b in at.button if b.label == "Exit presenter mode").click().run()
    assert "present" not in at.query_params
    assert at.multiselect


def test_png_export_carries_title_source_and_attribution():
    data = pd.DataFrame({"area": ["Ashford", "Canterbury"], "share": [10.2, 10.8]})
    chart = alt.Chart(data).mark_bar().encode(x=alt.X("share:Q", title="Carers, % of population"), y="area:N")
    final = with_provenance(chart, "Unpaid carers 2015", "Source: Kent MPS 2016, lines 436-449",
                            "Contains OS data © Crown copyright and database right 2023.")
    spec = json.loads(final.to_json())
    assert spec["title"]["text"] == "Unpaid carers 2015"
    assert spec["title"]["subtitle"] == ["Source: Kent MPS 2016, lines 436-449",
                                         "Contains OS data © Crown copyright and database right 2023."]
    png = chart_png(final, scale=1)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width = int.from_bytes(png[16:20], "big")
    height = int.from_bytes(png[20:24], "big")
    plain_height = int.from_bytes(chart_png(chart, scale=1)[20:24], "big")
    assert width > 100 and height > plain_height, "title and source lines add height to the image"


def test_long_source_lines_are_wrapped_inside_the_image():
    chart = alt.Chart(pd.DataFrame({"x": [1]})).mark_point().encode(x="x:Q")
    source = "Source: " + "; ".join(f"Document {i} — a long section title, lines {i}0–{i}9" for i in range(6))
    spec = json.loads(with_provenance(chart, "t", source).to_json())
    lines = spec["title"]["subtitle"]
    assert len(lines) > 1 and all(len(line) <= 110 for line in lines)
    assert " ".join(lines).replace("  ", " ") == source


def test_a_map_png_is_built_from_its_builder_with_shapes_and_attribution():
    from components.maps import choropleth_spec, class_legend, join_values
    from components.export import png_bytes
    from geo.attribution import attribution
    from geo.mapready import map_features

    fc = map_features(["E07000105", "E07000106"], "2023")
    values = pd.DataFrame({"area_code": ["E07000105", "E07000106"], "value": [10.2, 10.8],
                           "unit": ["percent", "percent"], "period": ["2015", "2015"]})
    legend = class_legend(values["value"].tolist(), "percent")
    joined = join_values(fc, values, legend, "Share")
    built = []

    def builder():
        spec = choropleth_spec(joined, legend, "Share of population (%)")
        built.append(spec)
        return spec

    png = png_bytes(builder, "Unpaid carers 2015", "Source: Kent MPS 2016", attribution("2023"))
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(built) == 1
    features = built[0]["datasets"]["areas"]
    assert {f["properties"]["area_code"] for f in features} >= {"E07000105", "E07000106"}
    assert all(isinstance(f["geometry"], dict) and f["geometry"]["type"].endswith("Polygon") for f in features), \
        "the map's features reach Vega as GeoJSON objects, not strings"
