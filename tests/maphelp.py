"""Read the maps a page drew (AppTest) as the browser receives them: one Vega-Lite spec per map."""
from __future__ import annotations

import json
from dataclasses import dataclass


@dataclass(frozen=True)
class DrawnMap:
    kind: str              # "choropleth", "symbols", "coverage" (components.maps.MAP_KINDS), or another component's
    spec: dict             # the Vega-Lite specification as sent
    sent_bytes: int        # the chart element's size in the delta (protobuf), what goes over the websocket
    alt: str               # the chart's text alternative (accessible name)

    @property
    def features(self) -> list[dict]:
        """The properties of each mapped area (area_code, name, value, value_text, tip, period, source, class_label)."""
        return [f["properties"] for f in self.spec.get("datasets", {}).get("areas", [])]

    @property
    def values(self) -> dict[str, float | None]:
        """area_code -> value (components.maps maps; other components' maps may carry no value)."""
        return {p.get("area_code", p.get("code")): p.get("value") for p in self.features}


def page_maps(at) -> list[DrawnMap]:  # noqa: ANN001 - an AppTest after run()
    """Every map an AppTest run drew, in page order (charts that are not maps are skipped)."""
    out = []
    for chart in at.get("vega_lite_chart"):
        spec = json.loads(chart.proto.spec)
        meta = (spec.get("usermeta") or {}).get("cma_map")
        if meta:
            out.append(DrawnMap(meta["kind"], spec, chart.proto.ByteSize(), chart.proto.alt))
    return out


def interactive_decks(at) -> list[dict]:  # noqa: ANN001
    """The pydeck (WebGL) maps drawn, as their JSON specs: only ever on the viewer's request."""
    return [json.loads(d.proto.json) for d in at.get("deck_gl_json_chart")]
