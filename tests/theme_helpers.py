"""Reading what a theme page drew in an AppTest run: map values, chart rows, tables (no Kent assumed)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from html.parser import HTMLParser

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


@dataclass
class ShownCard:
    """One card as components/cards.py drew it: each field's text as a reader sees it (unescaped)."""
    label: str = ""
    value: str = ""
    delta: str = ""      # with its direction in words ("▲ rises to about 12,000 by 2035 (projection)")
    caption: str = ""
    note: str = ""


class _CardParser(HTMLParser):
    """Reads the cards (li.cma-card > p.cma-card-FIELD) and the notes under them (p.cma-cards-note)."""

    def __init__(self) -> None:
        super().__init__()
        self.cards: list[ShownCard] = []
        self.notes: list[str] = []
        self._field: str | None = None

    def handle_starttag(self, tag, attrs):  # noqa: ANN001
        classes = (dict(attrs).get("class") or "").split()
        if tag == "li" and "cma-card" in classes:
            self.cards.append(ShownCard())
        elif tag == "p":
            field = next((c.removeprefix("cma-card-") for c in classes if c.startswith("cma-card-")), None)
            self._field = "_note" if "cma-cards-note" in classes else field

    def handle_endtag(self, tag):  # noqa: ANN001
        if tag == "p":
            self._field = None

    def handle_data(self, data):  # noqa: ANN001
        if self._field == "_note":
            self.notes.append(data)
        elif self._field and self.cards:
            card = self.cards[-1]
            setattr(card, self._field, (getattr(card, self._field) + data).strip())


def parse_cards(html: str) -> tuple[list[ShownCard], list[str]]:
    """The cards and the notes under them in one element's HTML."""
    parser = _CardParser()
    parser.feed(html)
    return parser.cards, parser.notes


def card_elements(at) -> list[str]:
    """The HTML of every card grid the page drew (components/cards.py), in page order."""
    return [h.proto.body for h in at.html if 'class="cma-cards-block"' in h.proto.body]


def cards(at) -> list[ShownCard]:
    """Every card on the page, in page order."""
    return [card for body in card_elements(at) for card in parse_cards(body)[0]]


def card(at, label: str | None = None, value: str | None = None) -> ShownCard:
    """The first card with this label (or value)."""
    return next(c for c in cards(at) if (label is None or c.label == label) and (value is None or c.value == value))


def card_notes(at) -> list[str]:
    return [note for body in card_elements(at) for note in parse_cards(body)[1]]


def metrics(at) -> dict[str, str]:
    """label -> value of every card on the page."""
    return {c.label: c.value for c in cards(at)}


def texts(at) -> list[str]:
    return [e.value for e in (*at.markdown, *at.caption, *at.subheader) if isinstance(e.value, str)]


def values(rows: pd.DataFrame, measure: str, period: str, codes=DISTRICTS) -> dict[str, float]:
    """area_code -> value of one measure and period for the given areas (the made-up districts by default)."""
    hit = rows[(rows["measure"] == measure) & (rows["period"] == period) & rows["area_code"].isin(codes)]
    return dict(zip(hit["area_code"], hit["value"]))
