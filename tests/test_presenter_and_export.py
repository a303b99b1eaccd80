"""Presenter mode (no controls, step through views) and PNG export with provenance in the image."""
from __future__ import annotations

import json

import altair as alt
import pandas as pd
import pytest

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


LEGEND_UNSET = -1.0  # a legend that leaves its font sizes to the theme (which presenter mode does not scale)


def _text_sizes(spec: dict) -> list[float]:
    """The size in px of every text mark (and facet header) a chart spec draws, its type scale parameter applied."""
    scale = next((p["value"] for p in spec.get("params", []) if p.get("name") == "cma_type_scale"), None)
    sizes: list[float] = []

    def size(value: object) -> float:
        if isinstance(value, dict):  # "12 * cma_type_scale"
            assert scale is not None, f"a text sized by a parameter the chart lacks: {value}"
            px, name = (part.strip() for part in value["expr"].split("*"))
            assert name == "cma_type_scale", value
            return float(px) * scale
        return float(value)

    def walk(node: object) -> None:
        if isinstance(node, dict):
            mark = node.get("mark")
            if isinstance(mark, dict) and mark.get("type") == "text" and "fontSize" in mark:
                sizes.append(size(mark["fontSize"]))
            header = node.get("header")
            if isinstance(header, dict) and "labelFontSize" in header:
                sizes.append(size(header["labelFontSize"]))
            legend = node.get("legend")
            if isinstance(legend, dict):  # a legend's title and labels: set, or Streamlit's theme's unscaled default
                sizes.extend(size(legend.get(key, LEGEND_UNSET)) for key in ("titleFontSize", "labelFontSize"))
            for key, value in node.items():
                if key not in ("datasets", "data", "config"):  # config: defaults, not a mark's legend
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(spec)
    return sizes


def _chart_text_sizes(at) -> dict[str, list[float]]:  # noqa: ANN001
    """Every chart (not map) a page drew, by its text alternative: its texts' sizes."""
    out = {}
    for chart in at.get("vega_lite_chart"):
        spec = json.loads(chart.proto.spec)
        if "cma_map" not in (spec.get("usermeta") or {}) and "cma_type_scale" in chart.proto.spec:
            out[chart.proto.alt] = _text_sizes(spec)
    return out


PRESENTER_PAGES = (("pages/carers.py", {}), ("pages/dementia.py", {}), ("pages/extra-care.py", {}),
                   ("pages/carers.py", {"tab": "national"}), ("pages/dementia.py", {"tab": "national"}),
                   ("pages/extra-care.py", {"tab": "national"}))


@pytest.fixture(scope="module")
def presenter_pages() -> list[tuple[str, dict, dict, dict]]:
    """(page, query, its charts' specs by text alternative on a screen, the same in presenter mode)."""
    import pyarrow as pa

    def with_data(proto) -> dict:  # noqa: ANN001 - the spec as sent, its datasets (sent as Arrow) put back inline
        spec = json.loads(proto.spec)
        rows = {d.name: pa.ipc.open_stream(d.data.data).read_pandas() for d in proto.datasets}
        if rows:
            spec["datasets"] = {name: json.loads(frame.to_json(orient="records")) for name, frame in rows.items()}
        return spec

    def specs(at) -> dict[str, dict]:  # noqa: ANN001
        return {chart.proto.alt: with_data(chart.proto) for chart in at.get("vega_lite_chart")
                if "cma_map" not in (json.loads(chart.proto.spec).get("usermeta") or {})}

    return [(page, query, specs(run_page(page, query=query)), specs(run_page(page, query={**query, "present": "1"})))
            for page, query in PRESENTER_PAGES]


def test_presenter_mode_enlarges_the_values_and_names_on_bars_as_it_enlarges_axes(presenter_pages):
    """Values on bars and the names above them stayed 12-13 px in presenter mode while Streamlit's theme enlarged the
    axes by the presenter type scale (1.3); they now grow by the same scale, on every chart that has them. So do the
    legends' titles and labels (14 px, e.g. 'Benchmarks', which a size of their own kept from the theme's scaling)."""
    from components.charts import LEGEND_FONT_PX, NAME_FONT_PX, VALUE_FONT_PX
    from components.theme import PRESENTER_TYPE_SCALE

    legends = 0
    for page, query, normal_specs, shown_specs in presenter_pages:
        normal = {alt_text: _text_sizes(spec) for alt_text, spec in normal_specs.items()}
        shown = {alt_text: _text_sizes(spec) for alt_text, spec in shown_specs.items()}
        assert any(normal.values()) and any(shown.values()), f"{page} {query}: no chart with values drawn"
        assert normal.keys() == shown.keys(), (page, query)
        for alt_text, sizes in shown.items():
            screen = normal[alt_text]
            assert len(screen) == len(sizes), (page, alt_text)
            assert set(screen) <= {VALUE_FONT_PX, NAME_FONT_PX, LEGEND_FONT_PX}, (page, alt_text, screen)
            assert sizes == [pytest.approx(px * PRESENTER_TYPE_SCALE) for px in screen], (page, alt_text, sizes)
            legends += screen.count(LEGEND_FONT_PX)
    assert legends >= 8  # benchmarks and periods (carers, dementia), provision (extra care), sources, references


def test_presenter_mode_draws_chart_legends_larger_by_the_same_scale(presenter_pages):
    """What Vega draws (the scenegraph): every chart legend's title and labels 1.3x larger in presenter mode and its
    symbols 1.3x wider (1.69x the area)."""
    from components.charts import LEGEND_FONT_PX
    from components.theme import PRESENTER_TYPE_SCALE
    from tests.vega_layout import legend_sizes, texts_as_read

    titles = set()
    for page, _, normal_specs, shown_specs in presenter_pages:
        for alt_text, spec in normal_specs.items():
            if not any(isinstance(n, dict) and "legend" in n for n in _nodes(spec)):
                continue
            normal, shown = legend_sizes(spec, 700), legend_sizes(shown_specs[alt_text], 700)
            assert normal["legend-label"] and normal["legend-symbol"], (page, alt_text)
            assert set(normal["legend-label"]) | set(normal["legend-title"]) == {LEGEND_FONT_PX}, (page, alt_text)
            for role, sizes in normal.items():
                factor = PRESENTER_TYPE_SCALE ** (2 if role == "legend-symbol" else 1)
                assert shown[role] == [pytest.approx(v * factor) for v in sizes], (page, alt_text, role)
            titles |= set(texts_as_read(spec, 700, "legend-title"))
    assert {"Benchmarks", "Period", "Reference", "Source (who is counted)"} <= titles, titles


def _nodes(node: object):  # noqa: ANN202
    """Every dict and list inside a spec but its data and its config (defaults for every chart)."""
    if isinstance(node, dict):
        yield node
        for key, value in node.items():
            if key not in ("datasets", "data", "config"):
                yield from _nodes(value)
    elif isinstance(node, list):
        for value in node:
            yield from _nodes(value)


def test_a_charts_presenter_copy_differs_only_in_its_type_scale():
    from components.chart_cache import _at_presenter_scale, cached_chart
    from components.charts import bar_by_area, figure_frame

    frame = figure_frame(pd.DataFrame({"area_code": ["E07999991", "E07999992"], "area_name": ["Northwick", "Southwick"],
                                       "value": [1200.0, 15361.0], "unit": ["people"] * 2, "period": ["2011"] * 2,
                                       "doc_id": ["made-up"] * 2, "section": ["Carers"] * 2, "line": [3, 4]}))
    chart = cached_chart(bar_by_area, frame, "Unpaid carers", "people")
    spec, shown = chart.spec(), _at_presenter_scale(chart.spec_json)
    assert {k for k in spec if spec[k] != shown[k]} == {"params"}
    assert _text_sizes(spec) == [12.0, 12.0, 13.0, 13.0]  # the value's halo, the value, the name's halo, the name
    assert _text_sizes(shown) == [pytest.approx(v) for v in (15.6, 15.6, 16.9, 16.9)]


def test_a_reference_rule_passes_behind_the_bars_values_and_names():
    """The dementia rate chart drew Kent's dashed rule through the value '13.1' and across a CCG's name: rules are
    layered under the values and names, which sit on white halos."""
    from components.charts import Reference, bar_by_area, figure_frame

    frame = figure_frame(pd.DataFrame({"area_code": ["E07999991", "E07999992"], "area_name": ["Northwick", "Southwick"],
                                       "value": [13.1, 16.3], "unit": ["per_1000"] * 2, "period": ["2014/15"] * 2,
                                       "doc_id": ["made-up"] * 2, "section": ["Dementia"] * 2, "line": [3, 4]}))
    layers = bar_by_area(frame, "Rate", "per_1000", references=(Reference("Made-up county", 13.5, "per_1000"),)
                         ).to_dict()["layer"]
    kinds = [("rule" if "rule" in json.dumps(layer.get("mark", layer.get("layer", ""))) else
              (layer.get("mark") or {}).get("type", "layer"), (layer.get("mark") or {}).get("stroke"))
             for layer in layers]
    rule_at = next(i for i, (kind, _) in enumerate(kinds) if kind in ("rule", "layer"))
    texts = [i for i, (kind, _) in enumerate(kinds) if kind == "text"]
    assert texts and min(texts) > rule_at, kinds
    assert [stroke for kind, stroke in kinds if kind == "text"] == ["white", None, "white", None], kinds
