"""Figures by area for the theme pages: the authority picker, periods, benchmarks and single-figure cards.

The theme pages share the same shape of question (an authority's districts over a few periods,
benchmarked against the authority and the areas above it, beside other single figures), so
the pieces live here and in components/theme_view.py, and the pages only arrange them.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from components.cards import Card, show_cards
from components.charts import Reference, figure_frame
from components.provenance import Sources, short_names, show_sources, sources
from components.tables_view import show_table
from components.theme import format_value, value_with_unit
from components.url_state import select_control
from data.vocab import COLUMN_LABELS, measure_label, unit_label

QUALIFIER_WORDS = {
    "count": "count", "estimate": "estimate", "projection": "projection", "approximate": "approximate",
    "rate": "rate", "plan": "plan", "budget": "budget",
}


def with_sources(rows: pd.DataFrame, documents: pd.DataFrame) -> pd.DataFrame:
    """A figure frame whose `source` names the document by its short name (tooltips stay short)."""
    return figure_frame(rows, short_names(documents))


def rows_for(measures: pd.DataFrame, measure: str, codes: Iterable[str] | None = None,
             breakdown: str | None = None, doc_id: str | None = None) -> pd.DataFrame:
    """Rows of one measure, optionally for some areas, one breakdown and one document."""
    df = measures[measures["measure"] == measure]
    if codes is not None:
        df = df[df["area_code"].isin(list(codes))]
    if breakdown is not None:
        df = df[df["breakdown"] == breakdown]
    if doc_id is not None:
        df = df[df["doc_id"] == doc_id]
    return df


def period_qualifiers(rows: pd.DataFrame) -> dict[str, str]:
    """Each period's kind of figure ('count', 'estimate', 'projection'), when one kind covers it."""
    out = {}
    for period, grp in rows.groupby("period"):
        kinds = grp["qualifier"].unique().tolist()
        out[str(period)] = kinds[0] if len(kinds) == 1 else "mixed"
    return out


def period_label(period: str, qualifier: str | None) -> str:
    """'2020 (projection)': the period with the kind of figure, so forecasts never pass as counts."""
    if not qualifier or qualifier == "mixed":
        return period
    return f"{period} ({QUALIFIER_WORDS.get(qualifier, qualifier)})"


def one_value(rows: pd.DataFrame, code: str, period: str) -> pd.Series | None:
    hit = rows[(rows["area_code"] == code) & (rows["period"] == period)]
    return None if hit.empty else hit.iloc[0]


def benchmark_refs(rows: pd.DataFrame, benchmarks: Sequence[tuple[str, str]], period: str) -> list[Reference]:
    """Reference lines for the benchmark areas ((code, label) pairs) that the document gives for `period`."""
    refs = []
    for code, label in benchmarks:
        row = one_value(rows, code, period)
        if row is not None:
            refs.append(Reference(label, float(row["value"]), str(row["unit"]), period, str(row.get("source", ""))))
    return refs


def geography_notes(codes: Iterable[str], year: int | None) -> list[str]:
    """What the reader must be told about drawing these areas on today's map (renames, mergers)."""
    from geo.lookup import boundary_for

    notes = []
    for code in codes:
        ref = boundary_for(code, year)
        if ref is not None and ref.note:
            notes.append(ref.note)
    return notes


def card_name(row: pd.Series) -> str:
    """The area as the document named it, with where it is today when that changed ('<old name> (now part of ...)')."""
    from data.store import current_area_name

    written = str(row["area_name"])
    today = current_area_name(str(row["area_code"]))
    if today and today != written and today not in written:
        from geo.lookup import UnknownArea, successor_today

        try:
            merged = successor_today(str(row["area_code"])).code != row["area_code"]
        except UnknownArea:
            merged = False
        return f"{written} (now part of {today})" if merged else f"{written} (now {today})"
    return written


def group_text(row: pd.Series) -> str:
    group = str(row.get("breakdown") or "")
    return f" ({group})" if group and group not in measure_label(str(row["measure"])) else ""


def figure_card(row: pd.Series, names: dict[str, str]) -> Card:
    """One figure as a card: value, what and for whom, period, kind and source. Never on a shared axis."""
    value_text = value_with_unit(float(row["value"]), str(row["unit"]), str(row["qualifier"]))
    who, group = card_name(row), group_text(row)
    return Card(f"{who}: {measure_label(str(row['measure']))}{group}", value_text,
                f"{period_label(str(row['period']), str(row['qualifier']))} · "
                f"{names.get(row['doc_id'], row['doc_id'])}, line {int(row['line'])} ({row['section']})")


def projection_card(start: pd.Series, end: pd.Series, names: dict[str, str]) -> Card:
    """A figure and its projection side by side ('about 7,000 in 2019, projected about 12,000 by 2035')."""
    def text(row: pd.Series) -> str:
        v = format_value(float(row["value"]), str(row["unit"]))
        return f"about {v}" if row["qualifier"] == "approximate" else v

    who, group = card_name(start), group_text(start)
    heading = f"{who}: {measure_label(str(start['measure']))}{group}, {start['period']} ({unit_label(str(start['unit']))})"
    lines = sorted({int(start["line"]), int(end["line"])})
    return Card(heading, text(start),
                f"{period_label(str(start['period']), str(start['qualifier']))} and "
                f"{period_label(str(end['period']), str(end['qualifier']))} · "
                f"{names.get(start['doc_id'], start['doc_id'])}, line {', '.join(map(str, lines))} ({start['section']})",
                delta=f"{text(end)} by {end['period']} ({end['qualifier']})",
                rising=float(end["value"]) >= float(start["value"]))


def pair_projections(rows: pd.DataFrame) -> tuple[list[tuple[pd.Series, pd.Series]], pd.DataFrame]:
    """Split rows into (current, projection) pairs for the same area, measure and group, and the rest."""
    pairs, used = [], set()
    for _, grp in rows.groupby(["doc_id", "area_code", "measure", "breakdown"], sort=False):
        proj = grp[grp["qualifier"] == "projection"]
        now = grp[grp["qualifier"] != "projection"]
        if len(proj) == 1 and len(now) == 1:
            pairs.append((now.iloc[0], proj.iloc[0]))
            used.update(grp.index)
    return pairs, rows.drop(index=list(used))


def not_in_documents_yet(what: str) -> None:
    st.info(f"{what}: not in the documents' extracted figures yet. When the extraction adds them, "
            "this view fills in by itself.", icon=":material/hourglass_empty:")


def findings_table(tables, measure_names: tuple[str, ...]) -> pd.DataFrame:  # noqa: ANN001 - data_access.Tables
    """The validation findings about these measures, as the expander shows them (for `view_model`)."""
    findings = tables.findings
    rows = findings[findings["measure"].isin(measure_names)] if "measure" in findings else findings.iloc[0:0]
    return rows[["severity", "area_code", "period", "message", "line"]].rename(columns=COLUMN_LABELS)


def findings_expander(measure_names: Iterable[str], label: str = "Data-quality notes") -> None:
    """The validation findings about these measures, so oddities in the documents are visible beside the figures."""
    from components.view_cache import view_model

    shown = view_model(findings_table, tuple(measure_names))
    if shown.empty:
        return
    with st.expander(f"{label} ({len(shown)})", icon=":material/rule:"):
        show_table(shown, width="stretch")
        st.caption("Checks run on the extracted figures (totals, shares against counts, jumps between periods); "
                   "the figures themselves are shown as published.")


def figure_cards(framed: pd.DataFrame, names: dict[str, str]) -> tuple[Card, ...]:
    """Other authorities' figures as cards, in order: a figure and its projection share a card."""
    pairs, singles = pair_projections(framed)
    return (*(projection_card(now, later, names) for now, later in pairs),
            *(figure_card(row, names) for _, row in singles.sort_values(["doc_id", "area_code", "measure"]).iterrows()))


ALL_AUTHORITIES = "all"
AREA_PARAM = "area"  # the authority in a theme page's URL (?area=CODE); the home page's links set it too


def authority_picker(authorities: pd.DataFrame, show_controls: bool, with_all: bool = False,
                     help: str = "Every authority whose documents give figures for this theme",
                     param: str = AREA_PARAM) -> str | None:
    """Choose an authority (in the URL as ?area=CODE, or `param`) among those with figures for the page's theme.

    `authorities` is `theme_view.theme_authorities(...)`: the first is the default. An unknown
    code in a link is ignored with a visible note. With `with_all`, the default is every
    authority at once (returns ALL_AUTHORITIES). None when no authority has figures.
    """
    codes = authorities["area_code"].tolist()
    if not codes:
        return None
    names = dict(zip(authorities["area_code"], authorities["name"]))
    names[ALL_AUTHORITIES] = "All authorities"
    options = [ALL_AUTHORITIES, *codes] if with_all else codes
    code = select_control("select", "Authority", param, options, options[0], format_func=lambda c: names.get(c, c),
                          show=show_controls, state=True, help=help)
    return code


@dataclass(frozen=True, eq=False)
class CardsView:
    """A section of single figures: its cards (none: the section says the documents have none yet) and sources."""
    heading: str
    what: str
    cards: tuple[Card, ...]
    sources: Sources


def cards_view(rows: pd.DataFrame, documents: pd.DataFrame, heading: str, what: str) -> CardsView:
    cards = figure_cards(with_sources(rows, documents), short_names(documents)) if len(rows) else ()
    return CardsView(heading, what, cards, sources(rows, "Where these figures come from (single figures)"))


OTHER_FIGURES_LEAD = ("Single figures as each document gives them, for different years and groups: shown as cards, "
                      "not on a shared scale with the districts above.")


def show_other_figures(view: CardsView, documents: pd.DataFrame) -> None:
    """A section of single figures as cards (each with period, kind and locator), never on a shared scale;
    two a row on a wide screen, one element for the whole grid."""
    st.subheader(view.heading)
    if not view.cards:
        st.caption(OTHER_FIGURES_LEAD)
        not_in_documents_yet(view.what)
        return
    show_cards(view.cards, columns=2, label=view.heading, lead=(OTHER_FIGURES_LEAD,))
    show_sources(view.sources, documents)
