"""Where each number came from: document, section, line and period, next to the figure.

The locator is the atlas's promise: any figure on screen can be traced to the table
row or sentence in the published document.
"""
from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from components.tables_view import show_table
from components.theme import format_value
from data.vocab import measure_label

PROVENANCE_COLUMNS = {
    "area_name": "Area (as written)",
    "measure_label": "Figure",
    "period": "Period",
    "value_text": "Value",
    "qualifier": "Kind",
    "breakdown": "Group",
    "document": "Document",
    "section": "Section or table",
    "line": "Line",
}


_MD_SPECIAL = set("\\`*_[]<>#|~$:")  # link, emphasis, HTML and :directive: syntax


def md_escape(text: str) -> str:
    """Document-derived text shown through st.markdown exactly as written: Markdown characters escaped, HTML inert."""
    return "".join("\\" + ch if ch in _MD_SPECIAL else ch for ch in str(text))


def paragraphs(*texts: str) -> str:
    """Texts that read as one block, as one element's paragraphs (empty ones left out)."""
    return "\n\n".join(t for t in texts if t)


def short_names(documents: pd.DataFrame) -> dict[str, str]:
    """doc_id -> the document's short name, for tooltips, legends and table columns."""
    return dict(zip(documents["doc_id"], documents["short_name"]))


def provenance_table(rows: pd.DataFrame, documents: pd.DataFrame | None = None) -> pd.DataFrame:
    """The figures in `rows` with human labels and their locators, for display or download."""
    out = rows.copy()
    out["measure_label"] = out["measure"].map(measure_label)
    out["value_text"] = [format_value(v, u) for v, u in zip(out["value"], out["unit"])]
    if documents is not None and "doc_id" in documents:
        titles = documents.set_index("doc_id")["title"].to_dict()
        out["document"] = out["doc_id"].map(lambda d: titles.get(d, d))
    else:
        out["document"] = out["doc_id"]
    cols = [c for c in PROVENANCE_COLUMNS if c in out]
    return out[cols].rename(columns=PROVENANCE_COLUMNS)


def source_caption(rows: pd.DataFrame, documents: pd.DataFrame | None = None) -> str:
    """One line naming the documents, sections and line ranges behind a chart."""
    parts = []
    titles = documents.set_index("doc_id")["title"].to_dict() if documents is not None else {}
    for (doc_id, section), grp in rows.groupby(["doc_id", "section"], sort=True):
        lo, hi = int(grp["line"].min()), int(grp["line"].max())
        lines = f"line {lo}" if lo == hi else f"lines {lo}–{hi}"
        parts.append(f"{titles.get(doc_id, doc_id)} — {section}, {lines}")
    return "Source: " + "; ".join(parts) if parts else ""


def figure_sources(rows: pd.DataFrame, documents: pd.DataFrame | None = None, label: str = "Where these figures come from",
                   lazy: bool = True, key: str | None = None, table: pd.DataFrame | None = None) -> None:
    """An expander with every figure behind a view and its locator (also the chart's text alternative).

    `lazy`: its table is made and sent only while the viewer has it open. Closed, as every view starts, a
    table per chart would be built, sent and laid out on every run for nobody (a quarter of a theme page's
    tables); opening it reruns the page with the table inside. A page whose table is its main content
    (Compare's every figure) passes lazy=False. `key`: `sources_key(rows, label)`, and `table`: `provenance_table(rows,
    documents)`, worked out beforehand (a view model)."""
    tracked = {"key": key or sources_key(rows, label), "on_change": "rerun"} if lazy else {}
    box = st.expander(label, icon=":material/find_in_page:", **tracked)
    if box.open or not lazy:
        with box:
            _sources_table(rows, documents, table)


def _sources_table(rows: pd.DataFrame, documents: pd.DataFrame | None, table: pd.DataFrame | None = None) -> None:
    if table is None:  # made for this run: nothing to keep
        st.dataframe(provenance_table(rows, documents), hide_index=True, width="stretch")
    else:
        show_table(table, width="stretch")
    st.caption("Line numbers refer to the source document as published in the atlas's seed set; "
               "open *Data and sources* to read the original passage.")


@dataclass(frozen=True, eq=False)
class Sources:
    """What `show_sources` draws: the figures behind a view, the expander's label and its key (for a view model)."""
    rows: pd.DataFrame
    label: str
    key: str


def sources(rows: pd.DataFrame, label: str = "Where these figures come from") -> Sources:
    return Sources(rows, label, sources_key(rows, label))


def show_sources(src: Sources, documents: pd.DataFrame | None = None) -> None:
    figure_sources(src.rows, documents, src.label, key=src.key)


def sources_key(rows: pd.DataFrame, label: str) -> str:
    """A key that stays the same while the same figures are shown (two expanders on a page may share a label)."""
    import hashlib

    columns = [c for c in ("doc_id", "line", "measure", "area_code") if c in rows.columns]
    located = sorted(tuple(map(str, row)) for row in rows[columns].itertuples(index=False, name=None))
    digest = hashlib.blake2b(repr((label, located)).encode(), digest_size=6).hexdigest()
    return f"sources_{digest}"
