"""Side-by-side figures for chosen authorities and a theme, each with its period and source.

Authorities' documents were published years apart; a comparison that hides that is
misleading, so every bar is labelled with its period and mixed periods are called out.
"""
from __future__ import annotations

import altair as alt
import pandas as pd

from components.theme import DOCUMENT_COLOURS, format_value
from data.vocab import MEASURES, THEMES, measure_label, unit_label

AUTHORITY_TIERS = ("county", "unitary authority", "metropolitan district", "council area")


def authority_options(measures: pd.DataFrame, areas: pd.DataFrame) -> list[str]:
    """Authorities (not districts or CCGs) that have at least one figure, in name order."""
    tiers = areas.set_index("area_code")["tier"]
    codes = [c for c in measures["area_code"].unique() if tiers.get(c) in AUTHORITY_TIERS]
    names = areas.set_index("area_code")["name"]
    return sorted(codes, key=lambda c: names.get(c, c))


def theme_options(measures: pd.DataFrame, codes: list[str]) -> list[str]:
    rows = measures[measures["area_code"].isin(codes)] if codes else measures
    present = {MEASURES[m].theme for m in rows["measure"].unique() if m in MEASURES}
    return [t for t in THEMES if t in present] or list(THEMES)


def comparison_rows(measures: pd.DataFrame, codes: list[str], theme: str) -> pd.DataFrame:
    """Every figure for the chosen authorities in the theme, with a readable label per figure."""
    df = measures[measures["area_code"].isin(codes)]
    df = df[df["measure"].map(lambda m: MEASURES[m].theme if m in MEASURES else "") == theme].copy()
    df["figure"] = [
        f"{measure_label(m)}" + (f" ({b})" if isinstance(b, str) and b else "") + f" — {unit_label(u)}"
        for m, b, u in zip(df["measure"], df["breakdown"], df["unit"])
    ]
    df["value_text"] = [format_value(v, u) for v, u in zip(df["value"], df["unit"])]
    return df.sort_values(["figure", "area_code", "period"]).reset_index(drop=True)


def latest_per_figure(rows: pd.DataFrame) -> pd.DataFrame:
    """One figure per authority: the latest period that is not a projection (else the latest)."""
    if rows.empty:
        return rows
    ranked = rows.assign(is_projection=rows["qualifier"].eq("projection"))
    ranked = ranked.sort_values(["is_projection", "period"], ascending=[True, False])
    return ranked.drop_duplicates(["figure", "area_code"]).drop(columns="is_projection")


def mixed_period_notes(shown: pd.DataFrame, names: dict[str, str]) -> list[str]:
    """A sentence for each figure whose authorities' values are for different periods."""
    notes = []
    for figure, grp in shown.groupby("figure"):
        if grp["period"].nunique() > 1 and grp["area_code"].nunique() > 1:
            parts = ", ".join(f"{names.get(c, c)} {p}" for c, p in zip(grp["area_code"], grp["period"]))
            notes.append(f"**{figure}**: figures are for different periods ({parts}).")
    return notes


def comparison_chart(shown: pd.DataFrame, names: dict[str, str], doc_names: dict[str, str]) -> alt.Chart:
    """Bars per authority for each figure, on its own scale, labelled with value and period."""
    data = shown.assign(
        authority=shown["area_code"].map(lambda c: names.get(c, c)),
        document=shown["doc_id"].map(lambda d: doc_names.get(d, d)),
        label=[f"{v} ({p})" for v, p in zip(shown["value_text"], shown["period"])],
        unit_text=shown["unit"].map(unit_label),
    )[["authority", "figure", "value", "label", "unit_text", "period", "document", "section", "line", "qualifier"]]
    domain = [doc_names.get(d, d) for d in DOCUMENT_COLOURS]
    base = alt.Chart(data).encode(
        y=alt.Y("authority:N", title=None, axis=alt.Axis(labelLimit=220)),
        x=alt.X("value:Q", title="Value (unit in the panel title)"),
    )
    bars = base.mark_bar().encode(
        color=alt.Color("document:N", title="Source document",
                        scale=alt.Scale(domain=domain, range=list(DOCUMENT_COLOURS.values())),
                        legend=alt.Legend(orient="top", direction="horizontal", labelLimit=260, columns=3)),
        tooltip=[
            alt.Tooltip("authority:N", title="Authority"),
            alt.Tooltip("figure:N", title="Figure"),
            alt.Tooltip("label:N", title="Value (period)"),
            alt.Tooltip("qualifier:N", title="Kind"),
            alt.Tooltip("document:N", title="Document"),
            alt.Tooltip("section:N", title="Section"),
            alt.Tooltip("line:Q", title="Line"),
        ],
    )
    text = base.mark_text(align="left", dx=4, fontSize=12).encode(text="label:N")
    return (
        alt.layer(bars, text, data=data)
        .properties(width=420, height=alt.Step(28))
        .facet(row=alt.Row("figure:N", title=None, header=alt.Header(labelAngle=0, labelAlign="left", labelFontWeight="bold", labelLimit=500)))
        .resolve_scale(x="independent", y="independent")
    )
