"""Reusable Altair charts for figures by area: bars with units, change between periods, benchmarks.

Every chart takes a *figure frame* (see `figure_frame`): one row per figure with the area's
display name, value, unit, period and a short source locator, so tooltips can always say
where a number came from and axis titles always carry the unit.
"""
from __future__ import annotations

import math
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

import altair as alt
import pandas as pd

from components.theme import (
    CATEGORICAL_HEX,
    PRESENTER_TYPE_SCALE,
    REFERENCE_HEX,
    SEQUENTIAL_HEX,
    format_value,
)
from data.store import area_name as registry_name
from data.store import current_area_name, merged_into
from data.vocab import unit_label

BAND_PX = 44  # height of one area's row: its name above, its bar or dots below
NAME_FONT_PX = 13
NAME_LINE_CHARS = 56  # a name above its bar wraps after this many characters: about 310 px of 13 px text, inside a
                      # phone's 358 px chart ("Dorset County (2015): single homelessness, drugs/alcohol and offenders"
                      # ran past it, cut at "offe")
NAME_LINE_PX = 16     # a wrapped name's line height (times the chart's type scale, as its size)
NAME_LINES = "name_lines"  # the column `_area_rows` writes each row's wrapped name to
VALUE_FONT_PX = 12
LEGEND_FONT_PX = 14  # legends stay readable on a projector (presenter mode) and a phone
VALUE_TICKS = 6      # a value axis's ticks: round steps a reader can count, on a phone's width as on a desktop's
LABEL_BREAK = "|"      # where a wrapped label breaks onto its next line (in labels a "|" never appears)
LABEL_LINE_CHARS = 24  # a label line's length: about 150 px of axis text, so bars keep most of a phone's width
LABEL_LINE_PX = 16     # a label line's height: room for the 15.6 px labels of presenter mode (12 px x 1.3)
# A chart parameter the sizes of its own texts (values on bars, names above them) are multiplied by: 1 on a screen,
# the presenter type scale in presenter mode (`presenter_spec`), as Streamlit's theme scales axis labels and legends.
TYPE_SCALE_PARAM = "cma_type_scale"
# A value or name written on a chart sits on a white outline this wide, drawn under it (a text mark of its own): a
# dashed reference rule through a label never shows between its characters (at 4 px the rule showed between '16' and
# '.6' of '+16.6 pts').
LABEL_HALO: dict[str, object] = {"stroke": "white", "strokeWidth": 7, "strokeJoin": "round"}


def text_px(px: float) -> alt.ExprRef:
    """A chart text's size: `px` times the chart's type scale (add `type_scaled` to the chart)."""
    return alt.ExprRef(f"{px} * {TYPE_SCALE_PARAM}")


def type_scaled(chart):  # noqa: ANN001, ANN201 - any Altair top-level chart
    """`chart` with the type scale its `text_px` sizes read (1: screen sizes)."""
    return chart.add_params(alt.param(name=TYPE_SCALE_PARAM, value=1))


def presenter_spec(spec: dict) -> dict:
    """A chart's Vega-Lite spec (changed in place and returned) with its texts at presenter mode's type scale."""
    for param in spec.get("params", []):
        if param.get("name") == TYPE_SCALE_PARAM:
            param["value"] = PRESENTER_TYPE_SCALE
    return spec


def wrap_label(text: str, chars: int = LABEL_LINE_CHARS) -> str:
    """The text broken into lines of at most `chars` characters, joined by LABEL_BREAK (for `wrapped_axis`)."""
    return LABEL_BREAK.join(textwrap.wrap(str(text), chars)) or str(text)


def wrapped_axis(labels: Sequence[str], line_px: int = LABEL_LINE_PX, **kwargs: object) -> tuple[alt.Axis, int]:
    """A category axis showing each wrapped label (see `wrap_label`) whole, on as many lines as it needs, and the
    row height (px) that holds the longest. Every label is drawn: none is cut, none dropped for overlapping.
    `line_px`: a line's height, for labels larger than the default (presenter mode's own sizes)."""
    lines = max((label.count(LABEL_BREAK) + 1 for label in labels), default=1)
    # each label's block of lines centred on its row: a label's first line is drawn at the row's middle
    lift = {"condition": [{"test": f"length(split(datum.value, '{LABEL_BREAK}')) == {n}",
                           "value": -line_px * (n - 1) / 2} for n in range(1, lines)],
            "value": -line_px * (lines - 1) / 2} if lines > 1 else 0
    axis = alt.Axis(labelExpr=f"split(datum.value, '{LABEL_BREAK}')", labelLimit=0, labelBaseline="middle",
                    labelLineHeight=line_px, labelOffset=lift, labelOverlap=False, **kwargs)
    return axis, max(30, line_px * lines + 8)


def source_text(document: str, section: str, line: int | float | str) -> str:
    """A short locator for tooltips: document, line and section (the expander has the full title)."""
    try:
        line_text = f"line {int(line)}"
    except (TypeError, ValueError):
        line_text = "line ?"
    return f"{document}, {line_text} ({section})" if section else f"{document}, {line_text}"


def _plain(text: str) -> str:
    return " ".join(text.replace("&", "and").lower().split())


def display_name(area_code: str, name_as_written: str = "") -> str:
    """The place's name today, with the document's name beside it when it differs ('Folkestone and Hythe (Shepway)').

    Bodies abolished without a successor (clinical commissioning groups) keep the name they had.
    """
    today = current_area_name(area_code)
    if "(abolished)" in today:
        today = registry_name(area_code)
    written = name_as_written or registry_name(area_code)
    # a district merged into a larger one keeps its own name beside it, though the new name contains it: Poole's 81
    # and Bournemouth's 209 were both 'Bournemouth, Christchurch and Poole'
    merged = bool(merged_into(area_code)) and _plain(written) != _plain(today)
    if written and (_plain(written) not in _plain(today) or merged):
        return f"{today} ({written})"
    return today


def figure_frame(rows: pd.DataFrame, doc_names: dict[str, str] | None = None) -> pd.DataFrame:
    """Measures rows plus `area`, `value_text` and `source` columns, ready for charts, maps and tables.

    `doc_names` (doc_id -> short name) names documents in `source`; without it the id is used.
    """
    doc_names = doc_names or {}
    out = rows.copy()
    if out.empty:
        for col in ("area", "value_text", "source"):
            out[col] = pd.Series(dtype=str)
        return out
    names = out["area_name"] if "area_name" in out else pd.Series([""] * len(out), index=out.index)
    out["area"] = [display_name(c, n) for c, n in zip(out["area_code"], names)]
    out["value_text"] = [format_value(v, u) for v, u in zip(out["value"], out["unit"])]
    if {"doc_id", "section", "line"} <= set(out.columns):
        out["source"] = [source_text(doc_names.get(d, d), s, ln)
                         for d, s, ln in zip(out["doc_id"], out["section"], out["line"])]
    elif "source" not in out:
        out["source"] = ""
    return out


def axis_title(label: str, unit: str) -> str:
    """'Unpaid carers (people)' / 'Share of population (%)': the unit always in the axis title."""
    return f"{label} ({unit_label(unit)})"


TITLE_LINE_CHARS = 40  # an axis title's line: about 260 px of 13 px text, so it fits a phone's 358 px chart


def title_lines(title: str, chars: int = TITLE_LINE_CHARS) -> str | list[str]:
    """A long axis title as lines of at most `chars` characters (Vega-Lite draws a list as lines): a title wider than
    the chart is centred past both edges ("upported housing, each authority's own year (units)" on a phone)."""
    return title if len(title) <= chars else textwrap.wrap(title, chars)


def _value_format(unit: str) -> str:
    """Axis tick format: thousands separators, and decimals only where a tick needs them."""
    return ",.2~f" if unit in {"percent", "years", "per_100k", "per_1000", "rate"} else ",.0f"


@dataclass(frozen=True)
class Reference:
    """A labelled reference line on a chart (county, England, a national target)."""
    label: str
    value: float
    unit: str
    period: str = ""
    source: str = ""

    @property
    def text(self) -> str:
        when = f", {self.period}" if self.period else ""
        return f"{self.label}: {format_value(self.value, self.unit)}{when}"


def _area_rows(data: pd.DataFrame, order: list[str], bars: bool = True) -> tuple[alt.Y, int]:
    """One row per area, without an axis: each area's name is written above its bar or dots (see `_names`),
    so long names never squeeze the bars on a phone and never overprint each other on a projector; and the row's
    height (px). A long name wraps onto more lines above its row (written to `data`'s NAME_LINES column), and every
    row grows by those lines: the bars keep their thickness, the gap for the names widens. Dots without bars sit on
    Vega-Lite's point scale, which has no inner padding (a bar's thickness): given one, Vega-Lite drops it with a
    console warning."""
    data[NAME_LINES] = [wrap_label(a, NAME_LINE_CHARS) for a in data["area"]]
    lines = max((n.count(LABEL_BREAK) + 1 for n in data[NAME_LINES]), default=1)
    step = BAND_PX + math.ceil(NAME_LINE_PX * PRESENTER_TYPE_SCALE) * (lines - 1)  # room at either type scale
    bar = BAND_PX * 0.45  # paddingInner 0.55 of a one-line row
    padding = {"paddingInner": 1 - bar / step} if bars else {}
    return alt.Y("area:N", sort=order, title=None, axis=None, scale=alt.Scale(**padding, paddingOuter=0.3)), step


def _names(data: pd.DataFrame, y: alt.Y, above_px: int = 12) -> list[alt.Chart]:
    """Each row's area name at the left edge, just above the row's mark, on a white halo (a benchmark rule that a long
    name reaches, in presenter mode's larger type above all, passes behind it); a wrapped name's last line sits there,
    its others above it."""
    def names(**halo: object) -> alt.Chart:
        return alt.Chart(data).mark_text(align="left", baseline="bottom", dy=lift, fontSize=text_px(NAME_FONT_PX),
                                         lineBreak=LABEL_BREAK, lineHeight=text_px(NAME_LINE_PX),
                                         color="#222", **halo).encode(y=y, x=alt.value(0), text=f"{NAME_LINES}:N")

    # Vega writes a wrapped text's further lines below its first: the first is lifted by a line for each of them
    lift = alt.ExprRef(f"-{above_px} - (length(split(datum.{NAME_LINES}, '{LABEL_BREAK}')) - 1)"
                       f" * {NAME_LINE_PX} * {TYPE_SCALE_PARAM}")

    return [names(**LABEL_HALO), names()]


def bar_by_area(
    frame: pd.DataFrame,
    value_label: str,
    unit: str,
    references: Sequence[Reference] = (),
    highlight: str | None = None,
    sort_by_value: bool = True,
    height: int | None = None,
    order: Sequence[str] | None = None,
) -> alt.LayerChart:
    """Horizontal bars, one per area, each labelled with its value; optional labelled reference rules.

    `frame` is a figure frame for ONE period and measure (say so in the title). Reference rules
    carry their own label text so colour is never the only way to tell them apart.
    """
    data = frame[["area", "value", "value_text", "period", "source"]].copy()
    if order is None:
        order = data.sort_values("value", ascending=False)["area"].tolist() if sort_by_value else data["area"].tolist()
    order = list(order)
    data["highlight"] = data["area"].eq(highlight) if highlight else False
    max_value = max([*data["value"].tolist(), *[r.value for r in references], 0])
    x = alt.X("value:Q", title=title_lines(axis_title(value_label, unit)), scale=alt.Scale(domain=[0, max_value * 1.12]),
              axis=alt.Axis(format=_value_format(unit), tickCount=VALUE_TICKS))
    y, step = _area_rows(data, order)
    tooltip = [alt.Tooltip("area:N", title="Area"), alt.Tooltip("value_text:N", title=value_label),
               alt.Tooltip("period:N", title="Period"), alt.Tooltip("source:N", title="Source")]
    base = alt.Chart(data).encode(y=y)
    bars = base.mark_bar(color=SEQUENTIAL_HEX[3]).encode(
        x=x,
        color=alt.condition("datum.highlight", alt.value(SEQUENTIAL_HEX[5]), alt.value(SEQUENTIAL_HEX[3])),
        tooltip=tooltip,
    )
    def labels(**halo: object) -> alt.Chart:
        return base.mark_text(align="left", dx=3, fontSize=text_px(VALUE_FONT_PX), **halo).encode(
            x=x, text="value_text:N", tooltip=tooltip)

    # reference rules behind the values and names, which sit on white halos: a rule through a value never hides it
    rules = [_reference_rules(references)] if references else []
    layers: list[alt.Chart] = [bars, *rules, labels(**LABEL_HALO), labels(),
                               *_names(data, y)]
    chart = alt.layer(*layers)
    return type_scaled(chart.properties(height=height or alt.Step(step)))


def benchmark_chart(
    frame: pd.DataFrame,
    value_label: str,
    unit: str,
    references: Sequence[Reference] = (),
) -> alt.LayerChart:
    """Each area as a labelled dot against labelled benchmark lines (county, England, a target).

    A dot plot rather than bars: shares differ by tenths of a point, which bars from zero hide,
    and a dot axis need not start at zero. The axis title says so by giving the range's unit.
    """
    data = frame[["area", "value", "value_text", "period", "source"]].copy()
    order = data.sort_values("value", ascending=False)["area"].tolist()
    values = [*data["value"].tolist(), *[r.value for r in references]]
    lo, hi = (min(values), max(values)) if values else (0, 1)
    pad = (hi - lo) * 0.12 or 1
    scale = alt.Scale(domain=[lo - pad, hi + pad * 1.6], zero=False, nice=False)
    y, step = _area_rows(data, order, bars=False)
    x = alt.X("value:Q", title=title_lines(axis_title(value_label, unit)), scale=scale,
              axis=alt.Axis(format=_value_format(unit), tickCount=VALUE_TICKS))
    tooltip = [alt.Tooltip("area:N", title="Area"), alt.Tooltip("value_text:N", title=value_label),
               alt.Tooltip("period:N", title="Period"), alt.Tooltip("source:N", title="Source")]
    dots = alt.Chart(data).mark_circle(size=110, opacity=1, color=SEQUENTIAL_HEX[4]).encode(y=y, x=x, tooltip=tooltip)
    halo = alt.Chart(data).mark_text(align="left", dx=9, fontSize=text_px(VALUE_FONT_PX),
                                     **LABEL_HALO).encode(y=y, x=x, text="value_text:N")
    labels = alt.Chart(data).mark_text(align="left", dx=9, fontSize=text_px(VALUE_FONT_PX)).encode(
        y=y, x=x, text="value_text:N")
    layers: list[alt.Chart] = [dots, halo, labels, *_names(data, y, 9)]
    if references:
        layers.insert(0, _reference_rules(references))
    return type_scaled(alt.layer(*layers).properties(height=alt.Step(step)))


def change_frame(frame: pd.DataFrame, start: str, end: str) -> pd.DataFrame:
    """One row per area with its value in `start` and `end` and the change (absolute and %).

    Areas missing either period are dropped: a change needs both ends.
    """
    first = frame[frame["period"] == start].set_index("area_code")
    last = frame[frame["period"] == end].set_index("area_code")
    codes = [c for c in first.index if c in last.index]
    rows = []
    for code in codes:
        a, b = first.loc[code], last.loc[code]
        change = float(b["value"]) - float(a["value"])
        rows.append({
            "area_code": code, "area": a["area"], "unit": a["unit"],
            "start": float(a["value"]), "end": float(b["value"]), "change": change,
            "change_pct": (change / float(a["value"]) * 100) if float(a["value"]) else float("nan"),
            "start_period": start, "end_period": end,
            "start_text": a["value_text"], "end_text": b["value_text"],
            "source": a["source"] if a["source"] == b["source"] else f"{a['source']}; {b['source']}",
        })
    return pd.DataFrame(rows, columns=["area_code", "area", "unit", "start", "end", "change", "change_pct",
                                       "start_period", "end_period", "start_text", "end_text", "source"])


def change_text(change: float, unit: str) -> str:
    """'+1.2 points' for shares (a difference of percentages is in points), '+845' for counts."""
    if unit == "percent":
        return f"{change:+.1f} pts"
    return f"{change:+,.0f}" if float(change).is_integer() else f"{change:+,.1f}"


def dumbbell_chart(changes: pd.DataFrame, value_label: str, unit: str, height: int | None = None,
                   references: Sequence[Reference] = ()) -> alt.LayerChart:
    """Each area's value at the start and end period joined by a line, labelled with the change.

    Both periods share one axis, and the legend names them, so figures from different years
    are never read as one series by accident.
    """
    if changes.empty:
        return alt.Chart(pd.DataFrame({"x": []})).mark_point()
    start, end = changes["start_period"].iloc[0], changes["end_period"].iloc[0]
    data = changes.copy()
    data["change_label"] = [change_text(c, unit) for c in data["change"]]
    order = data.sort_values("end", ascending=False)["area"].tolist()
    long = pd.concat([
        data.assign(period=start, value=data["start"], value_text=data["start_text"]),
        data.assign(period=end, value=data["end"], value_text=data["end_text"]),
    ])
    ref_values = [r.value for r in references]
    lo = min([float(long["value"].min()), *ref_values])
    hi = max([float(long["value"].max()), *ref_values])
    pad = (hi - lo) * 0.15 or 1
    # a dot plot need not start at zero; the axis labels show where it starts
    x_scale = alt.Scale(domain=[lo - pad * 0.3, hi + pad], zero=False, nice=False)
    y, step = _area_rows(data, order, bars=False)
    tooltip = [alt.Tooltip("area:N", title="Area"), alt.Tooltip("period:N", title="Period"),
               alt.Tooltip("value_text:N", title=value_label), alt.Tooltip("change_label:N", title="Change"),
               alt.Tooltip("source:N", title="Source")]
    x_title = title_lines(f"{axis_title(value_label, unit)}, {start} and {end}")
    line = alt.Chart(data).mark_rule(color="#999", size=2).encode(
        y=y, x=alt.X("start:Q", scale=x_scale, title=x_title,
                     axis=alt.Axis(format=_value_format(unit), tickCount=VALUE_TICKS)), x2="end:Q")
    points = alt.Chart(long).mark_point(filled=True, size=90, opacity=1).encode(
        y=y, x=alt.X("value:Q", scale=x_scale),
        color=alt.Color("period:N", scale=alt.Scale(domain=[start, end], range=[CATEGORICAL_HEX[4], CATEGORICAL_HEX[0]]),
                        legend=_legend("Period", orient="top")),
        shape=alt.Shape("period:N", scale=alt.Scale(domain=[start, end], range=["circle", "diamond"]),
                        legend=_legend("Period", orient="top")),  # same title: merged with the colour key
        tooltip=tooltip,
    )
    def change_labels(**halo: object) -> alt.Chart:
        return alt.Chart(data).mark_text(align="left", dx=8, fontSize=text_px(VALUE_FONT_PX), **halo).encode(
            y=y, x=alt.X("max_value:Q", scale=x_scale), text="change_label:N",
        ).transform_calculate(max_value="max(datum.start, datum.end)")

    layers = [line, points, change_labels(**LABEL_HALO), change_labels(),
              *_names(data, y, 9)]
    if references:
        layers.insert(0, _reference_rules(references))
    return type_scaled(alt.layer(*layers).resolve_scale(color="independent", shape="independent").properties(
        height=height or alt.Step(step)))


LEGEND_SYMBOL_PX2 = 100  # a legend symbol's area (Vega's default), at the chart's type scale squared


def scaled_legend(**kwargs: object) -> alt.Legend:
    """A chart legend whose title, labels and symbols grow with the chart's type scale (`text_px`; add `type_scaled`
    to the chart), as its axes and bar labels do in presenter mode: LEGEND_FONT_PX on a screen."""
    return alt.Legend(**{"labelFontSize": text_px(LEGEND_FONT_PX), "titleFontSize": text_px(LEGEND_FONT_PX),
                         "symbolSize": alt.ExprRef(f"{LEGEND_SYMBOL_PX2} * {TYPE_SCALE_PARAM} * {TYPE_SCALE_PARAM}"),
                         **kwargs})


def _legend(title: str, **kwargs: object) -> alt.Legend:
    """A legend at a size that reads on a projector and a phone; long labels wrap rather than run off."""
    return scaled_legend(title=title, labelLimit=0, **kwargs)


def _reference_rules(references: Sequence[Reference]) -> alt.Chart:
    """Dashed vertical rules with a legend naming each (label, value, period): never colour alone."""
    ref = pd.DataFrame([{"label": r.text, "value": r.value, "source": r.source} for r in references])
    colours = [REFERENCE_HEX[i % len(REFERENCE_HEX)] for i in range(len(references))]
    colour = alt.Color("label:N", scale=alt.Scale(domain=ref["label"].tolist(), range=colours),
                       legend=_legend("Benchmarks", orient="bottom", direction="vertical"))
    return alt.Chart(ref).mark_rule(strokeDash=[6, 3], size=2).encode(
        x="value:Q", color=colour,
        tooltip=[alt.Tooltip("label:N", title="Benchmark"), alt.Tooltip("source:N", title="Source")])


def figures_table(frame: pd.DataFrame, columns: dict[str, str]) -> pd.DataFrame:
    """A display table from a figure frame: selected columns renamed for people."""
    present = {k: v for k, v in columns.items() if k in frame}
    return frame[list(present)].rename(columns=present).reset_index(drop=True)
