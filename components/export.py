"""PNG downloads of charts and maps, with title, source and attribution inside the image.

Commissioners paste these into slides, so the image has to carry its own provenance.
Rendering is server-side with vl-convert (no browser, no internet).
"""
from __future__ import annotations

import re
from collections.abc import Callable

import altair as alt
import streamlit as st


def with_provenance(chart: alt.TopLevelMixin, title: str, source: str, attribution: str = "") -> alt.TopLevelMixin:
    """The chart with its title, and source and attribution lines as the subtitle."""
    subtitle = [line for line in (source, attribution) if line]
    wrapped = []
    for line in subtitle:  # keep long source lines inside the image width
        while len(line) > 110:
            cut = line.rfind(" ", 0, 110)
            cut = cut if cut > 0 else 110
            wrapped.append(line[:cut])
            line = line[cut:].lstrip()
        wrapped.append(line)
    return chart.properties(
        title=alt.TitleParams(text=title, subtitle=wrapped, anchor="start", fontSize=16, subtitleFontSize=11,
                              subtitleColor="#444")
    )


def chart_png(chart: alt.TopLevelMixin, scale: float = 2.0) -> bytes:
    import vl_convert as vlc

    return vlc.vegalite_to_png(chart.to_json(), scale=scale)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "chart"


def png_bytes(chart: alt.TopLevelMixin | Callable[[], alt.TopLevelMixin], title: str, source: str,
              attribution: str = "") -> bytes:
    """The PNG a download button serves: built (if given a builder), titled, sourced, rendered."""
    built = chart() if callable(chart) else chart
    return chart_png(with_provenance(built, title, source, attribution))


def png_download(chart: alt.TopLevelMixin | Callable[[], alt.TopLevelMixin], title: str, source: str,
                 attribution: str = "", key: str | None = None) -> None:
    """A download button for the chart as PNG; rendering happens only when the button is used.

    `chart` may be a function that builds the chart: a map's Altair twin (which embeds
    all its shapes and takes a second or more to validate) is then built only on click.
    """

    st.download_button(
        "Download PNG",
        data=lambda: png_bytes(chart, title, source, attribution),
        file_name=f"{slug(title)}.png",
        mime="image/png",
        icon=":material/download:",
        key=key or f"png_{slug(title)}",
        on_click="ignore",
    )
