"""Reading what a theme page drew in an AppTest run: map values, chart rows, tables (no Kent assumed)."""
from __future__ import annotations

import json

import pandas as pd


def map_values(at, key: str) -> dict[str, float]:
    """area_code -> value of every area coloured on the map with this key (areas without a figure left out)."""
    try:
        from tests.maphelp import page_maps
    except ImportError:  # before the Altair maps: read the deck.gl layer
        decks = at.get("deck_gl_json_chart")
        for deck in decks:
            spec = json.loads(deck.proto.json)
            layer = next((la for la in spec["layers"] if la["@@type"] == "GeoJsonLayer" and la.get("id") == "areas"), None)
            if layer is not None:
                return {f["properties"]["area_code"]: f["properties"]["value"] for f in layer["data"]["features"]
                        if f["properties"].get("value") is not None}
        raise AssertionError("no map drawn")
    maps = page_maps(at)
    assert maps, "no map drawn"
    found = [m for m in maps if key in getattr(m, "key", key)] or maps
    return {f["area_code"]: f["value"] for f in found[0].features if f.get("value") is not None}


def chart_rows(at, alt_text: str) -> list[dict]:
    """Every data row of the Altair chart whose text alternative contains `alt_text`."""
    import pyarrow as pa

    chart = next(c for c in at.get("vega_lite_chart") if alt_text in c.proto.alt)
    rows = []
    for ds in chart.proto.datasets:
        rows += pa.ipc.open_stream(ds.data.data).read_all().to_pylist()
    return rows


def table_with(at, column: str) -> pd.DataFrame:
    return next(d.value for d in at.dataframe if column in d.value.columns)


def metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


def texts(at) -> list[str]:
    return [e.value for e in (*at.markdown, *at.caption, *at.subheader) if isinstance(e.value, str)]
