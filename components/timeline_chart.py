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
    CHART_TEXT_HEX, TIMELINE_LABEL_PX, TIMELINE_SLIDE_LABEL_PX, TIMELINE_SLIDE_ROW_PX, TIMELINE_WIDTH_PX, TIMELINE_WINDOW_OPACITY, TIMELINE_WINDOW_PX, TODAY_LINE_HEX, MISPRINT_HEX,
    plural,
)
from components.timeline import (
    PHASE_LABELS, ROW_LABEL_BREAK, add_months, fmt_day, phases, procurement_info, row_labels, rows_in_view,
    stage_windows, window_text,
)
from components.timeline_readings import READING_COLUMNS, reading_note
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


TODAY_LANE = " "  # the blank-labelled first row, where the selected date's line is named


def row_px(presenter: bool, slide: bool = False) -> int:
    """One row's height: room for its label (two lines; one on a slide) at the mode's type size, so labels
    never overprint."""
    label = FONT_SIZES["presenter" if presenter else "normal"]["label"] - 1
    return TIMELINE_SLIDE_ROW_PX if slide else max(TIMELINE_ROW_PX, 2 * (label + 2) + 10)


def view_span(today: date, months: int | None) -> tuple[date, date] | None:
    """The dates a `months`-long view shows: a month before the chosen day (so its line is in view) to `months` after."""
    return None if months is None else (add_months(today, -1), add_months(today, months))


def in_view(procs: pd.DataFrame, today: date, months: int | None) -> pd.DataFrame:
    """The procurements a view of the next `months` (None: every date) draws rows for."""
    span = view_span(today, months)
    return procs if span is None else rows_in_view(procs, *span)


def timeline_chart(procs: pd.DataFrame, names: dict[str, str], doc_titles: dict[str, str], today: date,
                   presenter: bool = False, width: int | str = "container", months: int | None = None,
                   readings: pd.DataFrame | None = None, finding_href: str = "",
                   slide: bool = False) -> alt.LayerChart | None:
    """One row per procurement with a placeable date, sorted by its first date; None if there is none.

    `width="container"` fits the page column; the PNG export passes a number of pixels.
    `months`: show only the rows that meet the next `months` from `today`, on those dates
    (None = every row on the dates they span). `readings` (components/timeline_readings.py)
    marks stages drawn at the probable reading of a misprint; `finding_href` + the finding id
    is where a click on such a mark leads. `slide`: the PNG's layout (one-line row labels,
    legends to the right) so a slide holds as many rows as it can.
    """
    span = view_span(today, months)
    procs = in_view(procs, today, months)
    windows = stage_windows(procs)
    if windows.empty:
        return None
    info = procurement_info(procs, names, doc_titles)
    info["row"] = row_labels(procs, names).to_numpy()
    dated = info[info["procurement_id"].isin(set(windows["procurement_id"]))]
    # the first lane holds the selected date's label, so it never prints over a row's marks or notes
    order = [TODAY_LANE, *dated.sort_values(["first_date", "service"], kind="stable")["row"].tolist()]
    fonts = FONT_SIZES["presenter" if presenter else "normal"]
    label_size = fonts["label"] - 1
    label_px = round(TIMELINE_LABEL_PX * label_size / (FONT_SIZES["normal"]["label"] - 1))
    fit = width == "container"
    legend_at = "right" if slide else "bottom"

    def legend_columns(wide: int) -> int | alt.ExprRef:
        """Legend columns: one on a slide's side or a phone-width column, `wide` otherwise."""
        if slide:
            return 1
        return alt.ExprRef(f"containerSize()[0] < 600 ? 1 : {wide}") if fit else wide

    w = windows.merge(info, on="procurement_id")
    w["start"] = pd.to_datetime(w["earliest"])
    w["end"] = pd.to_datetime(w["latest"]) + pd.Timedelta(days=1)  # a window covers its last day
    w["mid"] = w["start"] + (w["end"] - w["start"]) / 2
    w["mark"] = [window_text(f"{lab}: {t}", e, l) for lab, t, e, l in
                 zip(w["stage_label"], w["text"], w["earliest"], w["latest"])]
    readings = readings if readings is not None else pd.DataFrame(columns=READING_COLUMNS)
    w = w.merge(readings[["procurement_id", "stage", "published", "reading", "finding_id"]],
                on=["procurement_id", "stage"], how="left")
    read = w["reading"].notna()
    w.loc[read, "mark"] = [f"{lab}: {window_text(r, e, l)}; {reading_note({'published': p, 'reading': r})}"
                           for lab, r, p, e, l in zip(w.loc[read, "stage_label"], w.loc[read, "reading"],
                                                      w.loc[read, "published"], w.loc[read, "earliest"],
                                                      w.loc[read, "latest"])]
    w["href"] = [f"{finding_href}{f}" if isinstance(f, str) and finding_href else "" for f in w["finding_id"]]
    w["printed"] = [f"printed “{p}”" if isinstance(p, str) else "" for p in w["published"]]
    w = w.drop(columns=["published", "reading", "finding_id"])

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
                       legend=alt.Legend(orient=legend_at, columns=legend_columns(3), symbolType="square",
                                         symbolOpacity=1))
    line_break = ROW_LABEL_BREAK.encode("unicode_escape").decode()
    y = alt.Y("row:N", title=None, sort=None, scale=alt.Scale(domain=order), axis=alt.Axis(
        labelExpr=f"replace(datum.value, '{line_break}', ' · ')" if slide else f"split(datum.value, '{line_break}')",
        # as wide as the mode's type needs (presenter mode's larger type cut names short of what a desktop shows);
        # on a phone the labels give way to the bars: at most 40% of the chart's width
        labelLimit=alt.ExprRef(f"min({label_px}, 0.4 * containerSize()[0])") if fit
        else TIMELINE_SLIDE_LABEL_PX if slide else label_px,
        labelFontSize=label_size, labelLineHeight=label_size + 2, labelPadding=6, ticks=False, domain=False,
        labelOverlap=False, labelBaseline="middle", labelOffset=0 if slide else -(label_size + 2) / 2))
    if span is None:
        pad = pd.Timedelta(days=120)
        lo = min(w["start"].min(), pd.Timestamp(today)) - pad
        hi = max(w["end"].max(), pd.Timestamp(today)) + pad
        ticks, tick_format = "year", "%Y"
    else:
        lo, hi = pd.Timestamp(span[0]), pd.Timestamp(span[1]) + pd.Timedelta(days=1)
        ticks, tick_format = {"interval": "month", "step": 3}, "%b %Y"
    x_scale = alt.Scale(type="utc", domain=[lo.isoformat(), hi.isoformat()])
    x = alt.X("start:T", scale=x_scale, title="Date",
              axis=alt.Axis(format=tick_format, orient="top", labelFontSize=fonts["label"],
                            titleFontSize=fonts["label"], tickCount=ticks, grid=True, labelOverlap=True,
                            labelFlush=30))  # a label near an end kept inside the chart ("Apr 2028" on a phone)
    zoom = alt.selection_interval(bind="scales", encodings=["x"])

    phase_domain = list(PHASE_LABELS.values())
    phase_legend = alt.Legend(orient=legend_at, columns=legend_columns(2), symbolStrokeWidth=3, symbolSize=300)
    rules = alt.Chart(_plain(ph)).mark_rule(clip=True).encode(
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
        clip=True, dy=-9, fontSize=max(9, label_size - 1), color="#333").encode(
        x=alt.X("label_at:T", scale=x_scale), y=y, text=alt.value("option"))
    bands = alt.Chart(_plain(w)).mark_bar(height=TIMELINE_WINDOW_PX, opacity=TIMELINE_WINDOW_OPACITY, clip=True).encode(
        x=x, x2="end:T", y=y, color=colour, tooltip=_tooltip(),
    ).add_params(zoom)
    points = alt.Chart(_plain(w)).mark_point(filled=True, size=120 if presenter else 70, opacity=1,
                                             stroke="white", strokeWidth=0.8, clip=True).encode(
        x=alt.X("mid:T", scale=x_scale), y=y, color=colour,
        shape=alt.Shape("stage_label:N", title="Stage (marker mid-band)", scale=alt.Scale(
            domain=[STAGE_LABELS[s] for s in PROCUREMENT_STAGES],
            range=[STAGE_SHAPES[s] for s in PROCUREMENT_STAGES]),
            legend=alt.Legend(orient="right" if slide else "top", columns=legend_columns(3), symbolSize=110,
                              direction="vertical" if slide else "horizontal",
                              symbolFillColor="#333", symbolStrokeColor="#333")),
        tooltip=_tooltip(),
    )
    # a stage drawn at the probable reading of a misprint: a dashed ring, the text as printed beside it,
    # and a click leads to the data-quality finding that gives the reading
    misread = _plain(w[w["printed"] != ""])
    rings = alt.Chart(misread).mark_point(shape="circle", filled=False, size=520 if presenter else 340,
                                          stroke=MISPRINT_HEX, strokeWidth=1.5, strokeDash=[3, 2], clip=True,
                                          cursor="pointer").encode(
        x=alt.X("mid:T", scale=x_scale), y=y, tooltip=_tooltip(), href=alt.Href("href:N"))
    printed = alt.Chart(misread).mark_text(align="left", dx=14, dy=-9, fontSize=max(10, label_size - 1),
                                           color=MISPRINT_HEX, clip=True).encode(
        x=alt.X("mid:T", scale=x_scale), y=y, text="printed:N")
    today_df = pd.DataFrame({"day": [pd.Timestamp(today)], "label": [f"Selected date: {fmt_day(today)}"],
                             "row": [TODAY_LANE]})
    today_rule = alt.Chart(today_df).mark_rule(color=TODAY_LINE_HEX, strokeWidth=2).encode(
        x=alt.X("day:T", scale=x_scale), tooltip=[alt.Tooltip("label:N", title="Line")])
    late = (pd.Timestamp(today) - lo) / (hi - lo) > 0.7  # label left of the line
    today_text = alt.Chart(today_df).mark_text(
        align="right" if late else "left", baseline="middle", dx=-4 if late else 4, color=TODAY_LINE_HEX,
        fontWeight="bold", fontSize=fonts["label"]).encode(x=alt.X("day:T", scale=x_scale), y=y, text="label:N")
    height = max(120, row_px(presenter, slide) * len(order))
    if slide:  # the legends stand beside the rows: leave them room (16 px an entry, 30 a title)
        height = max(height, 16 * (len(categories) + len(PHASE_LABELS) + len(PROCUREMENT_STAGES)) + 3 * 30)
    layers = [rules, bands, points, *([rings, printed] if len(misread) else []), option_labels, today_rule, today_text]
    return alt.layer(*layers).properties(
        width=width, height=height,
        # fit the page's width only: the height is set by the number of rows, so labels never crowd
        autosize=alt.AutoSizeParams(type="fit-x", contains="padding"),
    ).configure_legend(
        labelFontSize=label_size, titleFontSize=label_size, labelColor=CHART_TEXT_HEX, titleColor=CHART_TEXT_HEX,
        labelLimit=alt.ExprRef("min(220, containerSize()[0] - 60)") if fit else 220,
        # legends below the chart stack one above the other when side by side they would not fit the column
        **({"layout": alt.ExprRef("{bottom: {anchor: 'start', margin: 16, direction: containerSize()[0] < "
                                  f"{1100 if presenter else 800} ? 'vertical' : 'horizontal'}}}}")} if fit else {}),
    ).configure_view(stroke=None).configure_axis(labelColor=CHART_TEXT_HEX, titleColor=CHART_TEXT_HEX)


def timeline_png_chart(procs: pd.DataFrame, names: dict[str, str], doc_titles: dict[str, str],
                       today: date, months: int | None = None,
                       readings: pd.DataFrame | None = None) -> alt.LayerChart | None:
    """The same chart laid out for a slide, at a fixed width (vl-convert has no page to fit)."""
    return timeline_chart(procs, names, doc_titles, today, presenter=False, width=TIMELINE_WIDTH_PX, months=months,
                          readings=readings, slide=True)


def drawn_ids(procs: pd.DataFrame, today: date, months: int | None = None) -> set[str]:
    """The procurements the chart draws (as `timeline_chart` picks them): a placeable date in the view."""
    return set(stage_windows(in_view(procs, today, months))["procurement_id"])


def open_not_drawn_text(open_ids: set[str], drawn: set[str], day: str, months: int | None,
                        control_shown: bool = True) -> str:
    """A sentence reconciling the 'Open on' count with the chart's rows ('' when every open one is drawn), so a
    reader never has to work out why the chart shows fewer rows than the count; it names the span control only
    where it is drawn (not in presenter mode)."""
    missing = len(open_ids - drawn)
    if not missing:
        return ""
    shown = len(open_ids) - missing
    return (f" Of the {len(open_ids)} open on {day}, {plural(shown, 'is', 'are') if shown else 'none is'} drawn "
            f"here; {plural(missing, 'has', 'have')} no date {'in these months ' if months else ''}the chart can "
            f"place (each one's reason is in the list *Open on {day}* below"
            f"{'; *Timeline shows: every date* draws those dated outside them' if months and control_shown else ''}).")


def chart_alt_text(procs: pd.DataFrame, today: date, months: int | None = None) -> str:
    """What the chart shows, in words: how many rows, over which dates, and where the line is."""
    span = view_span(today, months)
    windows = stage_windows(in_view(procs, today, months))
    if windows.empty:
        return "No procurement in this selection has a date the atlas can place."
    n = windows["procurement_id"].nunique()
    rows = f"{n} procurement{'s' if n != 1 else ''} and contract{'s' if n != 1 else ''}"
    if span is None:
        dates = f"dated from {fmt_day(windows['earliest'].min())} to {fmt_day(windows['latest'].max())}"
    else:
        dates = f"with a date or a running phase between {fmt_day(span[0])} and {fmt_day(span[1])}"
    read = int(windows["read"].sum())
    misread = (f" {read} date{'s are' if read != 1 else ' is'} drawn at the probable reading of a misprinted year."
               if read else "")
    return (f"Timeline of {rows} {dates}, one row each, with a line at {fmt_day(today)}.{misread} "
            "The table below the chart lists every row with its dates as written.")
