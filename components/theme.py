"""Colours, type sizes and number formats: the one place the atlas's look is defined.

Palettes are colour-blind safe (ColorBrewer YlGnBu for sequential values, Okabe-Ito for
categories). Colour is never the only carrier of meaning: charts also label values.
"""
from __future__ import annotations

# Sequential, light to dark, for choropleths (ColorBrewer YlGnBu, 6 classes).
SEQUENTIAL_HEX: tuple[str, ...] = ("#ffffcc", "#c7e9b4", "#7fcdbb", "#41b6c4", "#2c7fb8", "#253494")
ALTAIR_SEQUENTIAL_SCHEME = "yellowgreenblue"
# Diverging for change between periods (ColorBrewer BrBG-like, colour-blind safe).
ALTAIR_DIVERGING_SCHEME = "blueorange"

# Okabe-Ito categorical palette.
CATEGORICAL_HEX: tuple[str, ...] = (
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
)

# One colour per source document, so an authority keeps its colour on every page.
DOCUMENT_COLOURS: dict[str, str] = {
    "durham-mps-2019": "#0072B2",
    "north-east-intentions-2024": "#009E73",
    "kent-community-mps-2016": "#E69F00",
    "bpd-mps-2015": "#CC79A7",
    "dundee-market-facilitation-2017": "#D55E00",
}

NO_DATA_HEX = "#d9d9d9"
OUTLINE_RGBA: list[int] = [60, 60, 60, 200]
TODAY_LINE_HEX = "#D55E00"

FONT_SIZES = {"normal": {"title": 18, "label": 12}, "presenter": {"title": 28, "label": 18}}


def hex_to_rgb(hex_colour: str, alpha: int = 255) -> list[int]:
    h = hex_colour.lstrip("#")
    return [int(h[i:i + 2], 16) for i in (0, 2, 4)] + [alpha]


def sequential_rgb(fraction: float, alpha: int = 220) -> list[int]:
    """Colour for a value's position (0..1) within the map's range, stepping through the classes."""
    if fraction != fraction:  # NaN: no data
        return hex_to_rgb(NO_DATA_HEX, alpha)
    idx = min(len(SEQUENTIAL_HEX) - 1, max(0, int(fraction * len(SEQUENTIAL_HEX))))
    return hex_to_rgb(SEQUENTIAL_HEX[idx], alpha)


def format_value(value: float, unit: str) -> str:
    """A figure as people read it: thousands separators, % for shares, £ for money."""
    if value != value:
        return "–"
    if unit == "percent":
        return f"{value:.1f}%"
    if unit == "gbp_thousands":
        return f"£{value:,.0f}k"
    if unit == "gbp":
        return f"£{value:,.0f}"
    if unit in {"years", "per_100k", "per_1000", "rate"}:
        return f"{value:,.1f}"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"
