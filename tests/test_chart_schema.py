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


@pytest.mark.parametrize(("page", "query"), VIEWS, ids=["-".join([p, *q.values()]) for p, q in VIEWS])
def test_every_chart_a_page_sends_is_valid_vega_lite(app_page, page, query):
    at = app_page(page, query)
    assert not at.exception
    for spec in sent_specs(at):
        validate_jsonschema(spec, VEGA_LITE)  # raises with the failing path


def test_the_check_catches_an_invalid_spec(app_page):
    spec = next(s for s in sent_specs(app_page("pages/carers.py")) if "layer" in s)
    spec["layer"][0]["mark"] = {"type": "no-such-mark"}
    with pytest.raises(ValidationError):
        validate_jsonschema(spec, VEGA_LITE)
