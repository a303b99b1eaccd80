"""The Gantt-style tenders chart (Altair): uncertainty drawn as bands, never as points.

Each stage's date is a translucent band over every day its wording allows, with a marker
(shape = stage) in the middle; lines join stages (dotted while procured, solid while the
contract is live, dashed and lighter for an option to extend); a vermilion rule marks the
date the user is looking at. Row labels carry the service, authority and category in
text, so neither colour nor shape is the only carrier of meaning.
"""
from __future__ import annotations

from datetime import date

import altair as alt
import pandas as pd

from components.theme import (
    CATEGORY_COLOURS, FONT_SIZES, PHASE_DASHES, PHASE_OPACITY, PHASE_WIDTHS, STAGE_SHAPES, TIMELINE_ROW_PX,
    TIMELINE_WIDTH_PX, TIMELINE_WINDOW_OPACITY, TIMELINE_WINDOW_PX, TODAY_LINE_HEX,
)
from components.timeline import (
    PHASE_LABELS, ROW_LABEL_BREAK, fmt_day, phases, procurement_info, row_labels, stage_windows, window_text,
)
from data.vocab import PROCUREMENT_STAGES, STAGE_LABELS

_TOOLTIP = [
    ("mark", "This mark"), ("service", "Service"), ("authorities", "Authorities"), ("category", "Category"),
    ("status", "Status"), *[(s, STAGE_LABELS[s]) for s in PROCUREMENT_STAGES], ("options", "Options"),
    ("document", "Document"), ("section", "Section"), ("line", "Line"),
]


def _tooltip() -> list[alt.Tooltip]:
    return [alt.Tooltip(f"{field}:N", title=title) for field, title in _TOOLTIP]


def _plain(frame: pd.DataFrame) -> pd.DataFrame:
    """Drop python-date columns (Vega-Lite JSON cannot hold them; the chart uses Timestamps)."""
    keep = [c for c in frame.columns
            if not (frame[c].dtype == object and frame[c].map(lambda v: isinstance(v, date)).any())]
    return frame[keep]


def timeline_chart(procs: pd.DataFrame, names: dict[str, str], doc_titles: dict[str, str], today: date,
                   presenter: bool = False, width: int | str = "container") -> alt.LayerChart | None:
    """One row per procurement with a placeable date, sorted by its first date; None if there is none.

    `width="container"` fits the page column; the PNG export passes a number of pixels.
    """
    windows = stage_windows(procs)
    if windows.empty:
        return None
    info = procurement_info(procs, names, doc_titles)
    info["row"] = row_labels(procs, names).to_numpy()
    dated = info[info["procurement_id"].isin(set(windows["procurement_id"]))]
    order = dated.sort_values(["first_date", "service"], kind="stable")["row"].tolist()
    fonts = FONT_SIZES["presenter" if presenter else "normal"]
    label_size = fonts["label"] - 1

    w = windows.merge(info, on="procurement_id")
    w["start"] = pd.to_datetime(w["earliest"])
    w["end"] = pd.to_datetime(w["latest"]) + pd.Timedelta(days=1)  # a window covers its last day
    w["mid"] = w["start"] + (w["end"] - w["start"]) / 2
    w["mark"] = [window_text(f"{lab}: {t}", e, l) for lab, t, e, l in
                 zip(w["stage_label"], w["text"], w["earliest"], w["latest"])]

    ph = phases(procs, {})
    ph = ph[ph["start_stated"] & ph["end_stated"]].merge(info, on="procurement_id")
    ph["start"] = pd.to_datetime(ph["start_earliest"])
    ph["end"] = pd.to_datetime(ph["end_latest"]) + pd.Timedelta(days=1)
    ph["label_at"] = ph["start"] + (ph["end"] - ph["start"]) / 2
    ph["phase_label"] = ph["phase"].map(PHASE_LABELS)
    ph["mark"] = [f"{lab}: {a} → {b}" for lab, a, b in zip(ph["phase_label"], ph["start_text"], ph["end_text"])]

    categories = [c for c in CATEGORY_COLOURS if c in set(info["category"])]
    colour = alt.Color("category:N", title="Category",
                       scale=alt.Scale(domain=categories, range=[CATEGORY_COLOURS[c] for c in categories]),
                       legend=alt.Legend(orient="bottom", columns=3, symbolType="square", symbolOpacity=1))
    y = alt.Y("row:N", title=None, sort=None, scale=alt.Scale(domain=order),
              axis=alt.Axis(labelExpr=f"split(datum.value, '{ROW_LABEL_BREAK.encode('unicode_escape').decode()}')",
                            labelLimit=260, labelFontSize=label_size, labelLineHeight=label_size + 2,
                            labelPadding=6, ticks=False, domain=False, labelOverlap=False,
                            labelBaseline="middle", labelOffset=-(label_size + 2) / 2))
    lo = min(w["start"].min(), pd.Timestamp(today))
    hi = max(w["end"].max(), pd.Timestamp(today))
    pad = pd.Timedelta(days=120)
    x_scale = alt.Scale(type="utc", domain=[(lo - pad).isoformat(), (hi + pad).isoformat()])
    x = alt.X("start:T", scale=x_scale, title="Date (bands span every day a date's wording allows)",
              axis=alt.Axis(format="%Y", orient="top", labelFontSize=fonts["label"], titleFontSize=fonts["label"],
                            tickCount="year", grid=True, labelOverlap=True))
    zoom = alt.selection_interval(bind="scales", encodings=["x"])

    phase_domain = list(PHASE_LABELS.values())
    phase_legend = alt.Legend(orient="bottom", columns=2, symbolStrokeWidth=3, symbolSize=300)
    rules = alt.Chart(_plain(ph)).mark_rule().encode(
        x=x, x2="end:T", y=y, color=colour,
        strokeDash=alt.StrokeDash("phase_label:N", title="Between stages", legend=phase_legend, scale=alt.Scale(
            domain=phase_domain, range=[PHASE_DASHES[p] for p in PHASE_LABELS])),
        strokeWidth=alt.StrokeWidth("phase_label:N", title="Between stages", legend=phase_legend, scale=alt.Scale(
            domain=phase_domain, range=[PHASE_WIDTHS[p] for p in PHASE_LABELS])),
        opacity=alt.Opacity("phase_label:N", title="Between stages", legend=phase_legend, scale=alt.Scale(
            domain=phase_domain, range=[PHASE_OPACITY[p] for p in PHASE_LABELS])),
        tooltip=_tooltip(),
    )
    option_labels = alt.Chart(_plain(ph[ph["phase"] == "option"])).mark_text(
        dy=-9, fontSize=max(9, label_size - 1), color="#333").encode(
        x=alt.X("label_at:T", scale=x_scale), y=y, text=alt.value("option"))
    bands = alt.Chart(_plain(w)).mark_bar(height=TIMELINE_WINDOW_PX, opacity=TIMELINE_WINDOW_OPACITY).encode(
        x=x, x2="end:T", y=y, color=colour, tooltip=_tooltip(),
    ).add_params(zoom)
    points = alt.Chart(_plain(w)).mark_point(filled=True, size=120 if presenter else 70, opacity=1,
                                             stroke="white", strokeWidth=0.8).encode(
        x=alt.X("mid:T", scale=x_scale), y=y, color=colour,
        shape=alt.Shape("stage_label:N", title="Stage (marker mid-band)", scale=alt.Scale(
            domain=[STAGE_LABELS[s] for s in PROCUREMENT_STAGES],
            range=[STAGE_SHAPES[s] for s in PROCUREMENT_STAGES]),
            legend=alt.Legend(orient="top", columns=3, symbolSize=110, direction="horizontal",
                              symbolFillColor="#333", symbolStrokeColor="#333")),
        tooltip=_tooltip(),
    )
    today_df = pd.DataFrame({"day": [pd.Timestamp(today)], "label": [f"Selected date: {fmt_day(today)}"]})
    today_rule = alt.Chart(today_df).mark_rule(color=TODAY_LINE_HEX, strokeWidth=2).encode(
        x=alt.X("day:T", scale=x_scale), tooltip=[alt.Tooltip("label:N", title="Line")])
    late = (pd.Timestamp(today) - (lo - pad)) / ((hi + pad) - (lo - pad)) > 0.7  # label left of the line
    today_text = alt.Chart(today_df).mark_text(
        align="right" if late else "left", baseline="top", dx=-4 if late else 4, dy=3, color=TODAY_LINE_HEX, fontWeight="bold",
        fontSize=fonts["label"]).encode(x=alt.X("day:T", scale=x_scale), y=alt.value(0), text="label:N")
    height = max(120, TIMELINE_ROW_PX * len(order))
    return alt.layer(rules, bands, points, option_labels, today_rule, today_text).properties(
        width=width, height=height,
        # fit the page's width only: the height is set by the number of rows, so labels never crowd
        autosize=alt.AutoSizeParams(type="fit-x", contains="padding"),
    ).configure_legend(
        labelFontSize=label_size, titleFontSize=label_size, labelLimit=200,
    ).configure_view(stroke=None).configure_axis(labelColor="#222")


def timeline_png_chart(procs: pd.DataFrame, names: dict[str, str], doc_titles: dict[str, str],
                       today: date) -> alt.LayerChart | None:
    """The same chart at a fixed width for slides (vl-convert has no page to fit)."""
    return timeline_chart(procs, names, doc_titles, today, presenter=False, width=TIMELINE_WIDTH_PX)


def chart_alt_text(procs: pd.DataFrame, today: date) -> str:
    windows = stage_windows(procs)
    if windows.empty:
        return "No procurement in this selection has a date the atlas can place."
    return (f"Timeline of {windows['procurement_id'].nunique()} procurements and contracts, dated from "
            f"{fmt_day(windows['earliest'].min())} to {fmt_day(windows['latest'].max())}, with a line at "
            f"{fmt_day(today)}. The table below the chart lists every row with its dates as written.")
