"""Colours, type sizes and number formats: the one place the atlas's look is defined.

Palettes are colour-blind safe (ColorBrewer YlGnBu for sequential values, Okabe-Ito for
categories). Colour is never the only carrier of meaning: charts also label values.
"""
from __future__ import annotations

from collections.abc import Sequence

# Sequential, light to dark, for choropleths (ColorBrewer YlGnBu, 6 classes).
SEQUENTIAL_HEX: tuple[str, ...] = ("#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494")

# Okabe-Ito categorical palette.
CATEGORICAL_HEX: tuple[str, ...] = (
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
)

# Diverging classes around a target (dementia diagnosis rate against the national 66.7%): below is orange, above blue.
TARGET_DIVERGING_HEX: tuple[str, ...] = ("#b35806", "#f1a340", "#fee0b6", "#9ecae1", "#2166ac")

# "No figure" on every map (district and national choropleths, proportional-symbol maps) and in their legends and PNGs:
# a neutral mid grey. The schemes' pale classes (YlGnBu's #ffffcc, the diverging scale's #fee0b6 and #9ecae1) are
# weakly hued, so on a washed-out projector or a phone in daylight only lightness tells them from a grey: the no-data
# grey is at least NO_DATA_MIN_DELTA_L lighter or darker (CIE L*) than every class paler in chroma than
# NO_DATA_PALE_CHROMA, and at least NO_DATA_MIN_DELTA_E (CIEDE2000) from every class of every scheme a map uses
# (MAP_SCHEMES) and from the land and context fills around mapped areas. Checked in tests/test_map_colours.py. The old
# light grey #d9d9d9 was 15.2 from the palest blue, 18.4 from the palest yellow and 12 L* darker than it, and 3.9 from
# the land around a district map.
NO_DATA_HEX = "#848484"
NO_DATA_MIN_DELTA_E = 20.0
NO_DATA_MIN_DELTA_L = 20.0
NO_DATA_PALE_CHROMA = 30.0
AREA_EDGE_HEX = "#ffffff"        # thin edges between areas on country-wide maps
FOCUS_OUTLINE_HEX = "#000000"    # the chosen authority's areas outlined on a country-wide map
CENSUS_HEX = {"2021": CATEGORICAL_HEX[0], "2011": CATEGORICAL_HEX[2]}  # the two censuses, in every chart
INTERVAL_HEX = "#555555"         # confidence-interval whiskers
ESTIMATE_HEX = "#2166ac"         # the estimate on an interval chart
OUTLINE_HEX = "#3c3c3c"  # area outlines on maps
TODAY_LINE_HEX = "#D55E00"

# Maps: number of colour classes, sizes and the symbol colour (proportional-symbol maps).
MAP_CLASSES = 5
MAP_HEIGHT_PX = 460
SYMBOL_HEX = "#0072B2"
SYMBOL_MAX_RADIUS_PX = 28
CONTEXT_FILL_HEX = "#ebebeb"  # areas drawn for context under proportional symbols
MAP_LABEL_HEX = "#141414"  # values printed on maps, with a halo so they read on every class
MAP_HALO_HEX = "#ffffff"
MAP_EXPORT_WIDTH_PX = 760  # PNG width of a map (on screen a map is as wide as its column)
MAP_LEGEND_FONT_PX = {"normal": 14, "presenter": 18}  # map legends (and their titles)
# The land around mapped areas (maps have no basemap): pale grey against the white sea, thin grey coast;
# the mapped areas stand out by their dark outlines.
LAND_FILL_HEX = "#e4e4de"
LAND_LINE_HEX = "#b4b4b4"
# Every colour a map draws areas or symbols with, by scheme: what "No figure" must stand apart from.
MAP_SCHEMES: dict[str, tuple[str, ...]] = {
    "sequential classes": SEQUENTIAL_HEX,
    "target classes": TARGET_DIVERGING_HEX,
    "proportional symbols": (SYMBOL_HEX,),
    "ground (land, areas under symbols)": (LAND_FILL_HEX, CONTEXT_FILL_HEX),
}
# Reference rules (county, England, targets) on charts, Okabe-Ito so they read apart.
REFERENCE_HEX: tuple[str, ...] = ("#000000", "#D55E00", "#CC79A7")

FONT_SIZES = {"normal": {"title": 18, "label": 12}, "presenter": {"title": 28, "label": 18}}


def hex_to_rgb(hex_colour: str, alpha: int = 255) -> list[int]:
    h = hex_colour.lstrip("#")
    return [int(h[i:i + 2], 16) for i in (0, 2, 4)] + [alpha]


ONE_DECIMAL_UNITS = frozenset({"percent", "years", "per_100k", "per_1000", "rate"})


def shown_decimals(value: float, unit: str) -> int:
    """How many decimals a figure is printed with (`format_value`): one for shares and rates, none for money, and
    otherwise none for a whole number and one for the rest."""
    if unit in ONE_DECIMAL_UNITS:
        return 1
    if unit in ("gbp", "gbp_thousands"):
        return 0
    return 0 if float(value).is_integer() else 1


def format_value(value: float, unit: str) -> str:
    """A figure as people read it: thousands separators, % for shares, £ for money."""
    if value != value:
        return "–"
    number = f"{value:,.{shown_decimals(value, unit)}f}"
    if unit == "percent":
        return f"{number}%"
    if unit == "gbp_thousands":
        return f"£{number}k"
    if unit == "gbp":
        return f"£{number}"
    return number


def shown_number(value: float, unit: str) -> float:
    """The number a reader sees for `value` (`format_value`'s rounding: 8.96% reads 9.0): what a map classes, so a
    district's colour and its class's label agree with the figure printed beside it."""
    return round(float(value), shown_decimals(value, unit))


# Tenders timeline: one colour per service category (Okabe-Ito first, then Paul Tol's
# muted colours for the rest). Category is also written next to each row, so colour is
# never the only carrier; vermilion is left for the movable "today" line.
CATEGORY_COLOURS: dict[str, str] = {
    "home care": "#0072B2",
    "residential and nursing": "#E69F00",
    "extra care and housing": "#009E73",
    "carers": "#CC79A7",
    "dementia": "#56B4E9",
    "advocacy": "#000000",
    "mental health": "#882255",
    "learning disability": "#44AA99",
    "children and families": "#332288",
    "public health": "#999933",
    "other": "#999999",
}
# Timeline marks: a shape per stage, a line style per phase (the option period dashed and lighter).
STAGE_SHAPES: dict[str, str] = {
    "procurement_start": "triangle-right",
    "award": "diamond",
    "contract_start": "circle",
    "contract_end": "square",
    "extension_end": "cross",
}
PHASE_DASHES: dict[str, list[int]] = {"procurement": [3, 2], "mobilisation": [1, 2], "contract": [1, 0], "option": [6, 3]}
PHASE_WIDTHS: dict[str, float] = {"procurement": 3, "mobilisation": 2, "contract": 5, "option": 3}
PHASE_OPACITY: dict[str, float] = {"procurement": 0.9, "mobilisation": 0.9, "contract": 0.9, "option": 0.45}
TIMELINE_ROW_PX = 32          # height of one procurement row (two-line label)
TIMELINE_WINDOW_PX = 14       # thickness of the translucent earliest..latest band
TIMELINE_WINDOW_OPACITY = 0.3
TIMELINE_WIDTH_PX = 960       # PNG export width (on screen the chart fits the column); the PNG is drawn at 2x
TIMELINE_SLIDE_ROW_PX = 20    # a row on the PNG: one-line labels, so a slide holds twice the rows
TIMELINE_SLIDE_LABEL_PX = 330
TIMELINE_LABEL_CHARS = 38     # service names are cut here on the axis; the tooltip has them whole
TIMELINE_LABEL_PX = 260       # widest row label (narrower on a phone: at most 40% of the chart)
TIMELINE_VIEW_MONTHS = 18     # the default view: the rows that meet the next 18 months from the chosen date
MISPRINT_HEX = "#6b3a00"      # ring and note on a date drawn at the probable reading of a misprint (7:1 on white)


def plural(n: int, word: str, plural_word: str | None = None) -> str:
    """'1 table', '2 tables', '1,204 rows': a count with its noun agreeing."""
    return f"{n:,} {word if n == 1 else plural_word or word + 's'}"


def value_with_unit(value: float, unit: str, qualifier: str = "") -> str:
    """'about 59,000 people', '10.7%', '1 scheme': a figure as a sentence fragment, hedged as the document hedges it."""
    from data.vocab import unit_label

    text = format_value(value, unit)
    if unit not in ("percent",) and not unit.startswith("gbp"):
        text = f"{text} {unit_label(unit, value)}"
    return f"about {text}" if qualifier == "approximate" else text


# Accessibility (WCAG 2.2 AA): text colours with at least 4.5:1 contrast.
# Text inside charts (axis and legend labels and titles): 16:1 on white.
CHART_TEXT_HEX = "#222222"
# Captions and other small text: 6.3:1 on white and 5.8:1 on the sidebar's grey (WCAG AA asks 4.5:1).
CAPTION_HEX = "#575c63"

COMPARE_EXPORT_WIDTH_PX = 640  # PNG width of a Compare panel (on screen each panel fits its column)


def document_colours(doc_ids: Sequence[str]) -> dict[str, str]:
    """One colour per document, by its order in the registry: the categorical palette, repeated if need be.

    Documents are also named in legends and tooltips, so colour is never the only way to tell them apart.
    """
    return {d: CATEGORICAL_HEX[i % len(CATEGORICAL_HEX)] for i, d in enumerate(dict.fromkeys(doc_ids))}

# Presenter mode's type scale (components/layout.py): the page's root font size, in rem. A data grid's rows grow with
# it, so a table sized to show every row scales its height by it too (components/tables_view.rows_height).
PRESENTER_TYPE_SCALE = 1.3
