"""Every chart and map a page draws is a valid Vega-Lite specification.

The serving path builds specs without Altair's schema check (components/chart_cache.vega_lite_dict:
a third of a chart's build time), so the check is made here, on what each page actually sends."""
import json

import pytest
from altair.utils.schemapi import validate_jsonschema
from altair.vegalite.v6.schema import load_schema
from jsonschema import ValidationError

from urllib.parse import parse_qsl

from components.navigation import page_views

VEGA_LITE = load_schema()
# each theme page's default view, its presenter view, and the made-up authorities' views are covered by
# the pages' own tests; here every view of every page (the theme pages' national tabs too), plain and in presenter mode
VIEWS = [(p.path, dict(parse_qsl(q))) for p, q in page_views()] + [
    (p.path, {**dict(parse_qsl(q)), "present": "1"}) for p, q in page_views() if p.url_path]


def sent_specs(at) -> list[dict]:  # noqa: ANN001 - an AppTest after run()
    return [json.loads(chart.proto.spec) for chart in at.get("vega_lite_chart")]


def labelled_value_axes(spec: object) -> list[dict]:
    """Every labelled quantitative x axis in a spec (layers and facets included)."""
    found = []
    if isinstance(spec, dict):
        x = spec.get("encoding", {}).get("x") if isinstance(spec.get("encoding"), dict) else None
        if isinstance(x, dict) and x.get("type") == "quantitative" and x.get("axis") is not None \
                and x.get("axis", {}).get("labels", True) and "field" in x and "axis" in x:
            found.append(x["axis"])
        for key in ("layer", "spec", "hconcat", "vconcat", "concat"):
            part = spec.get(key)
            for child in part if isinstance(part, list) else [part] if part else []:
                found += labelled_value_axes(child)
    return found


BAND_MARKS = {"bar", "rect"}  # the marks that make Vega-Lite give a discrete axis a band scale


def mark_types(spec: dict) -> set[str]:
    """The marks a (layered) view draws."""
    mark = spec.get("mark")
    found = {mark if isinstance(mark, str) else mark.get("type")} if mark else set()
    for layer in spec.get("layer", []):
        found |= mark_types(layer)
    return found


def band_padding_on_point_scales(spec: object) -> list[str]:
    """Each discrete axis given a bar's inner padding in a view that draws no bars: Vega-Lite gives such an axis a
    point scale, drops the padding and writes a warning to the viewer's console."""
    found = []
    if isinstance(spec, dict):
        if ("mark" in spec or "layer" in spec) and not mark_types(spec) & BAND_MARKS:
            views = [spec, *spec.get("layer", [])]
            found += [f"{channel}: {encoding[channel].get('field')}" for view in views
                      for encoding in [view.get("encoding") or {}] for channel in ("x", "y")
                      if "paddingInner" in ((encoding.get(channel) or {}).get("scale") or {})]
        for key in ("layer", "spec", "hconcat", "vconcat", "concat"):
            part = spec.get(key)
            for child in part if isinstance(part, list) else [part] if part else []:
                if key != "layer":
                    found += band_padding_on_point_scales(child)
    return found


@pytest.mark.parametrize(("page", "query"), VIEWS, ids=["-".join([p, *q.values()]) for p, q in VIEWS])
def test_every_chart_a_page_sends_is_valid_vega_lite(app_page, page, query):
    at = app_page(page, query)
    assert not at.exception
    for spec in sent_specs(at):
        validate_jsonschema(spec, VEGA_LITE)  # raises with the failing path
        # value axes ask for a few round ticks: at 940 px Vega's default drew 23 (0.0, 0.2, ... 6.0)
        assert all(1 <= axis.get("tickCount", 99) <= 8 for axis in labelled_value_axes(spec)), spec.get("description")
        assert not band_padding_on_point_scales(spec), spec.get("description")


def test_the_padding_check_tells_dots_from_bars():
    dots = {"layer": [{"mark": "circle", "encoding": {"y": {"field": "area", "scale": {"paddingInner": 0.5}}}},
                      {"mark": {"type": "text"}, "encoding": {"y": {"field": "area"}}}]}
    assert band_padding_on_point_scales(dots) == ["y: area"]
    assert band_padding_on_point_scales({"vconcat": [dots]}) == ["y: area"]
    bars = {"layer": [{"mark": {"type": "bar"}}, *dots["layer"]]}
    assert band_padding_on_point_scales(bars) == []


def test_the_check_catches_an_invalid_spec(app_page):
    spec = next(s for s in sent_specs(app_page("pages/carers.py")) if "layer" in s)
    spec["layer"][0]["mark"] = {"type": "no-such-mark"}
    with pytest.raises(ValidationError):
        validate_jsonschema(spec, VEGA_LITE)
