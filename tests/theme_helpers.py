"""Reading what a theme page drew in an AppTest run: map values, chart rows, tables (no Kent assumed)."""
from __future__ import annotations

import json

import pandas as pd

from tests.maphelp import page_maps

# the made-up county of tests/fixtures/madeup
COUNTY, UNITARY = "E10000901", "E06000901"
DISTRICTS = ["E07000901", "E07000902", "E07000903", "E07000904"]


def map_values(at, key: str) -> dict[str, float]:
    """area_code -> value of every area coloured on the map with this key (areas without a figure left out)."""
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


def values(rows: pd.DataFrame, measure: str, period: str, codes=DISTRICTS) -> dict[str, float]:
    """area_code -> value of one measure and period for the given areas (the made-up districts by default)."""
    hit = rows[(rows["measure"] == measure) & (rows["period"] == period) & rows["area_code"].isin(codes)]
    return dict(zip(hit["area_code"], hit["value"]))
