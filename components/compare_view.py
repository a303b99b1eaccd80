"""Side-by-side figures for chosen authorities and a theme, each with its period and source.

Authorities' documents were published years apart; a comparison that hides that is
misleading, so every bar is labelled with its period and mixed periods are called out.
Figures are grouped into one panel per unit, each on one scale from zero, so bars in a
panel can be compared by length; projections are left out and listed in words.
"""
from __future__ import annotations

import html
from dataclasses import dataclass

import altair as alt
import pandas as pd

from components.charts import LABEL_BREAK, wrap_label, wrapped_axis
from components.chart_cache import BuiltChart, cached_chart
from components.provenance import paragraphs
from components.theme import CHART_TEXT_HEX, COMPARE_EXPORT_WIDTH_PX, FONT_SIZES, NO_DATA_HEX, value_with_unit
from data.vocab import MEASURES, THEMES, measure_label, unit_label

AUTHORITY_TIERS = ("county", "unitary authority", "metropolitan district", "council area")


def authority_options(measures: pd.DataFrame, areas: pd.DataFrame) -> list[str]:
    """Authorities (not districts or CCGs) that have at least one figure, in name order."""
    tiers = areas.set_index("area_code")["tier"]
    codes = [c for c in measures["area_code"].unique() if tiers.get(c) in AUTHORITY_TIERS]
    names = areas.set_index("area_code")["name"]
    return sorted(codes, key=lambda c: names.get(c, c))


def default_authorities(measures: pd.DataFrame, options: list[str], n: int = 3) -> list[str]:
    """The `n` authorities with the most figures (in the options' order): a full first view for any data."""
    counts = measures["area_code"].value_counts()
    top = set(sorted(options, key=lambda c: -int(counts.get(c, 0)))[:n])
    return [c for c in options if c in top]


def theme_options(measures: pd.DataFrame, codes: list[str]) -> list[str]:
    rows = measures[measures["area_code"].isin(codes)] if codes else measures
    present = {MEASURES[m].theme for m in rows["measure"].unique() if m in MEASURES}
    return [t for t in THEMES if t in present] or list(THEMES)


def comparison_rows(measures: pd.DataFrame, codes: list[str], theme: str) -> pd.DataFrame:
    """Every figure for the chosen authorities in the theme, with a readable label per figure.

    `value_text` keeps the document's hedge ('about 59,000 people') and says when a figure is a
    projection.
    """
    df = measures[measures["area_code"].isin(codes)]
    df = df[df["measure"].map(lambda m: MEASURES[m].theme if m in MEASURES else "") == theme].copy()
    df["figure"] = [
        f"{measure_label(m)}" + (f" ({b})" if isinstance(b, str) and b else "")
        for m, b in zip(df["measure"], df["breakdown"])
    ]
    df["unit_text"] = df["unit"].map(unit_label)
    df["value_text"] = [value_with_unit(v, u, q) + (" (projection)" if q == "projection" else "")
                        for v, u, q in zip(df["value"], df["unit"], df["qualifier"])]
    return df.sort_values(["figure", "area_code", "period"]).reset_index(drop=True)


def latest_per_figure(rows: pd.DataFrame) -> pd.DataFrame:
    """One figure per authority: the latest period that is not a projection (projections are left out)."""
    actual = rows[rows["qualifier"] != "projection"]
    if actual.empty:
        return actual
    ranked = actual.sort_values("period", ascending=False, kind="stable")
    return ranked.drop_duplicates(["figure", "area_code"]).sort_values(["unit", "figure", "area_code"])


def projections_left_out(rows: pd.DataFrame, names: dict[str, str]) -> str:
    """'Projections are not drawn: County Durham, Change in unpaid carers aged 65+: 27.9% (projection) for 2030.'"""
    proj = rows[rows["qualifier"] == "projection"]
    if proj.empty:
        return ""
    parts = [f"{names.get(c, c)}, {f}: {v} for {p}" for c, f, v, p in
             zip(proj["area_code"], proj["figure"], proj["value_text"], proj["period"])]
    return "Projections are not drawn (they are not measurements): " + "; ".join(parts) + "."


def mixed_period_notes(shown: pd.DataFrame, names: dict[str, str]) -> list[str]:
    """A sentence for each figure whose authorities' values are for different periods."""
    notes = []
    for figure, grp in shown.groupby("figure"):
        if grp["period"].nunique() > 1 and grp["area_code"].nunique() > 1:
            parts = ", ".join(f"{names.get(c, c)} {p}" for c, p in zip(grp["area_code"], grp["period"]))
            notes.append(f"**{figure}**: figures are for different periods ({parts}).")
    return notes


def panel_frame(shown: pd.DataFrame, names: dict[str, str], doc_names: dict[str, str]) -> pd.DataFrame:
    """One row per bar: its label (figure / authority / value (period), each wrapped onto lines of its own, see
    `charts.wrap_label`) and what the tooltip shows."""
    return shown.assign(
        authority=shown["area_code"].map(lambda c: names.get(c, c)),
        document=shown["doc_id"].map(lambda d: doc_names.get(d, d)),
        row=[LABEL_BREAK.join(wrap_label(part) for part in (f, names.get(c, c), f"{v} ({p})")) for f, c, v, p in
             zip(shown["figure"], shown["area_code"], shown["value_text"], shown["period"])],
    )[["row", "authority", "figure", "value", "value_text", "unit", "unit_text", "period", "document", "section",
       "line", "qualifier"]]


def panel_units(shown: pd.DataFrame) -> list[str]:
    """The panels: one per unit, in order of first appearance."""
    return list(dict.fromkeys(shown["unit"]))


def panel_alt_text(panel: pd.DataFrame) -> str:
    """What one panel shows, in words (its text alternative)."""
    bars = "; ".join(f"{a}, {f}: {v} ({p})" for a, f, v, p in
                     zip(panel["authority"], panel["figure"], panel["value_text"], panel["period"]))
    return f"Bar chart of figures in {panel['unit_text'].iloc[0]}, on one scale from zero: {bars}."


def panel_chart(panel: pd.DataFrame, doc_colours: dict[str, str], width: int | str = "container",
                presenter: bool = False, documents: list[str] | None = None) -> alt.Chart:
    """One unit's bars on one scale from zero; each row is labelled with its figure, authority, value and period.

    `documents`: every document of the comparison, so panels stacked in one image share one colour scale.
    """
    domain = documents or list(dict.fromkeys(panel["document"]))
    fit = width == "container"
    size = FONT_SIZES["presenter" if presenter else "normal"]["label"]
    line = size + 3
    axis, row_px = wrapped_axis(panel["row"].tolist(), line_px=line, labelFontSize=size, labelColor=CHART_TEXT_HEX,
                                ticks=False, domain=False)
    y = alt.Y("row:N", title=None, sort=None, axis=axis)
    unit = panel["unit_text"].iloc[0]
    x = alt.X("value:Q", title=unit, scale=alt.Scale(zero=True, nice=True),
              axis=alt.Axis(labelColor=CHART_TEXT_HEX, titleColor=CHART_TEXT_HEX, tickCount=4, labelOverlap=True,
                            labelFontSize=size, titleFontSize=size,
                            format="~s" if panel["value"].max() >= 10_000 else ",~r",
                            # Vega gives every tick the largest tick's SI prefix ("0M"): zero reads as itself
                            labelExpr="datum.value == 0 ? '0' : datum.label"))
    chart = alt.Chart(panel).mark_bar(height=16).encode(
        x=x, y=y,
        color=alt.Color("document:N", title="Source document",
                        scale=alt.Scale(domain=domain, range=[doc_colours.get(d, NO_DATA_HEX) for d in domain]),
                        # on screen the key is a line of text above the panels (it wraps on a phone)
                        legend=None if fit else alt.Legend(orient="top", direction="horizontal", labelLimit=260,
                                                           columns=3, labelColor=CHART_TEXT_HEX,
                                                           titleColor=CHART_TEXT_HEX)),
        tooltip=[
            alt.Tooltip("authority:N", title="Authority"),
            alt.Tooltip("figure:N", title="Figure"),
            alt.Tooltip("value_text:N", title="Value"),
            alt.Tooltip("period:N", title="Period"),
            alt.Tooltip("qualifier:N", title="Kind"),
            alt.Tooltip("document:N", title="Document"),
            alt.Tooltip("section:N", title="Section"),
            alt.Tooltip("line:Q", title="Line"),
        ],
    ).properties(width=width, height=alt.Step(row_px + 3),
                 title=alt.Title(f"In {unit}", anchor="start", color=CHART_TEXT_HEX, fontSize=size + 2))
    return chart


def _unit_panels(shown: pd.DataFrame, names: dict[str, str], doc_names: dict[str, str],
                 doc_colours: dict[str, str]) -> list[tuple[pd.DataFrame, dict[str, str], list[str]]]:
    """(panel rows, colour by document name, documents in order) for each unit's panel."""
    frame = panel_frame(shown, names, doc_names)
    colours = {doc_names.get(d, d): c for d, c in doc_colours.items()}
    documents = list(dict.fromkeys(frame["document"]))
    return [(frame[frame["unit"] == unit], colours, documents) for unit in panel_units(shown)]


def comparison_panels(shown: pd.DataFrame, names: dict[str, str], doc_names: dict[str, str],
                      doc_colours: dict[str, str], width: int | str = "container",
                      presenter: bool = False) -> list[tuple[str, alt.Chart]]:
    """(text alternative, chart) for each unit's panel."""
    return [(panel_alt_text(panel), panel_chart(panel, colours, width, presenter, documents))
            for panel, colours, documents in _unit_panels(shown, names, doc_names, doc_colours)]


def comparison_panel_specs(shown: pd.DataFrame, names: dict[str, str], doc_names: dict[str, str],
                           doc_colours: dict[str, str], presenter: bool = False) -> list[tuple[str, BuiltChart]]:
    """(text alternative, cached chart) for each unit's panel at the page's width (built once per panel)."""
    return [(panel_alt_text(panel), cached_chart(panel_chart, panel, colours, "container", presenter, documents))
            for panel, colours, documents in _unit_panels(shown, names, doc_names, doc_colours)]


def colour_key_html(shown: pd.DataFrame, doc_names: dict[str, str], doc_colours: dict[str, str]) -> str:
    """The panels' colour key as HTML that wraps: a swatch and the document's short name (escaped) for each."""
    items = []
    for doc_id in dict.fromkeys(shown["doc_id"]):
        colour = doc_colours.get(doc_id, NO_DATA_HEX)
        items.append(f'<span style="display:inline-flex;align-items:center;gap:6px;margin-right:18px">'
                     f'<span aria-hidden="true" style="width:14px;height:14px;background:{colour};'
                     f'display:inline-block"></span>{html.escape(doc_names.get(doc_id, doc_id))}</span>')
    return (f'<div style="color:{CHART_TEXT_HEX};line-height:1.8"><strong>Bar colour: source document</strong> '
            + "".join(items) + "</div>")


def comparison_png_chart(shown: pd.DataFrame, names: dict[str, str], doc_names: dict[str, str],
                         doc_colours: dict[str, str]) -> alt.VConcatChart:
    """Every panel one above the other at a fixed width, each on its own scale, for the PNG."""
    charts = [c for _, c in comparison_panels(shown, names, doc_names, doc_colours, width=COMPARE_EXPORT_WIDTH_PX)]
    return alt.vconcat(*charts).resolve_scale(x="independent", y="independent", color="shared")


# --- the page, worked out once per data version and choices (components/view_cache.py) ----------------

@dataclass(frozen=True, eq=False)
class CompareChoices:
    names: dict[str, str]
    options: list[str]
    defaults: list[str]


def compare_choices(tables) -> CompareChoices:  # noqa: ANN001 - components.data_access.Tables
    measures, areas = tables.measures, tables.areas
    options = authority_options(measures, areas)
    return CompareChoices(dict(zip(areas["area_code"], areas["name"])), options, default_authorities(measures, options))


def compare_themes(tables, codes: tuple[str, ...]) -> list[str]:  # noqa: ANN001
    return theme_options(tables.measures, list(codes))


@dataclass(frozen=True, eq=False)
class CompareView:
    rows: pd.DataFrame                       # every figure for the authorities in the theme
    shown: pd.DataFrame                      # the latest that is not a projection, per figure
    notes: tuple[str, ...]                   # mixed periods
    missing: str
    key_html: str
    panels: tuple[tuple[str, BuiltChart], ...]
    caption: str
    title: str
    left_out: str                            # projections left out, in words
    names: dict[str, str]
    doc_names: dict[str, str]
    colours: dict[str, str]
    sources: pd.DataFrame                    # every figure with its locator (provenance_table)


def compare_model(tables, codes: tuple[str, ...], theme: str, presenter: bool) -> CompareView:  # noqa: ANN001
    from components.provenance import provenance_table, short_names, source_caption
    from components.theme import document_colours
    from components.view_cache import view_model

    names = view_model(compare_choices, tables=tables).names
    documents = tables.documents
    rows = comparison_rows(tables.measures, list(codes), theme)
    shown = latest_per_figure(rows)
    doc_names, colours = short_names(documents), document_colours(documents["doc_id"])
    missing = sorted(set(codes) - set(shown["area_code"]))
    empty = shown.empty
    return CompareView(
        rows, shown, () if empty else tuple(mixed_period_notes(shown, names)),
        ("No figures in this theme for: " + ", ".join(names.get(c, c) for c in missing) + ".") if missing and not empty else "",
        "" if empty else colour_key_html(shown, doc_names, colours),
        () if empty else tuple(comparison_panel_specs(shown, names, doc_names, colours, presenter=presenter)),
        "" if empty else source_caption(shown, documents),
        f"{THEMES.get(theme, theme)}: " + ", ".join(names.get(c, c) for c in codes),
        projections_left_out(rows, names), names, doc_names, colours, provenance_table(rows, documents))


# --- drawing ------------------------------------------------------------------------------------------

INTRO = ("One panel per unit; the bars in a panel share one scale from zero. Each bar is the latest figure for that "
         "authority that is not a projection, as the document words it (\u201cabout\u201d included).")


def show_comparison(view: CompareView, show_controls: bool) -> None:
    """The chosen authorities' panels with their notes, key, source and PNG; projections named in words.
    Notes that read as one block are one element each (each element costs the server a share of a run)."""
    import streamlit as st

    from components.chart_cache import show_chart
    from components.export import png_download

    if view.shown.empty:
        st.info("None of the chosen authorities' documents give figures for this theme that are not projections.",
                icon=":material/info:")
        if view.left_out:
            st.caption(view.left_out)
        return
    if view.notes:
        st.warning(paragraphs(*view.notes), icon=":material/schedule:")
    st.caption(paragraphs(view.missing, INTRO))
    st.html(view.key_html)
    for alt_text, chart in view.panels:
        show_chart(chart, alt=alt_text)
    st.caption(paragraphs(view.caption, view.left_out))
    if show_controls:
        png_download(lambda: comparison_png_chart(view.shown, view.names, view.doc_names, view.colours), view.title,
                     view.caption, key="png_compare")
