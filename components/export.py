"""PNG downloads of charts and maps, with title, source and attribution inside the image.

Commissioners paste these into slides, so the image has to carry its own provenance.
Rendering is server-side with vl-convert (no browser, no internet). A chart is an Altair chart,
a function that builds one, or a Vega-Lite specification (dict): maps pass the very dict the
page drew, so the PNG shows what the screen shows. A width of "container" (fit the page's
column) becomes a fixed width for the image.
"""
from __future__ import annotations

import json
import re
from collections.abc import Callable
from typing import Union

import altair as alt
import streamlit as st

from components.theme import MAP_EXPORT_WIDTH_PX

Chart = Union["alt.TopLevelMixin", dict]  # a string: reading alt here would import Altair (startup.defer_import)


def with_provenance(chart: Chart, title: str, source: str, attribution: str = "") -> Chart:
    """The chart with its title, and source and attribution lines as the subtitle (a spec dict is copied, never changed)."""
    subtitle = [line for line in (source, attribution) if line]
    wrapped = []
    for line in subtitle:  # keep long source lines inside the image width
        while len(line) > 110:
            cut = line.rfind(" ", 0, 110)
            cut = cut if cut > 0 else 110
            wrapped.append(line[:cut])
            line = line[cut:].lstrip()
        wrapped.append(line)
    params = dict(text=title, subtitle=wrapped, anchor="start", fontSize=16, subtitleFontSize=11, subtitleColor="#444")
    if isinstance(chart, dict):
        return {**chart, "title": params}
    return chart.properties(title=alt.TitleParams(**params))


# Altair's default theme: the view size a chart without one of its own gets in an image (on screen
# Streamlit fits the column instead). Specs cached for the screen (components/chart_cache.py) are
# built without the theme, as Streamlit builds them, so the image adds it back.
DEFAULT_VIEW = {"continuousWidth": 300, "continuousHeight": 300}


def export_spec(chart: Chart) -> dict:
    """The Vega-Lite dict to render: a page-width ("container") chart gets the export width."""
    spec = dict(chart) if isinstance(chart, dict) else chart.to_dict()  # an image export: validated here
    if spec.get("width") == "container":
        spec["width"] = MAP_EXPORT_WIDTH_PX
    config = spec.get("config") or {}
    spec["config"] = {**config, "view": {**DEFAULT_VIEW, **(config.get("view") or {})}}
    return spec


def chart_png(chart: Chart, scale: float = 2.0) -> bytes:
    import vl_convert as vlc

    return vlc.vegalite_to_png(json.dumps(export_spec(chart)), scale=scale)


def slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:60] or "chart"


def png_bytes(chart: Chart | Callable[[], Chart], title: str, source: str,
              attribution: str = "") -> bytes:
    """The PNG a download button serves: built (if given a builder), titled, sourced, rendered."""
    built = chart() if callable(chart) else chart
    return chart_png(with_provenance(built, title, source, attribution))


def png_download(chart: Chart | Callable[[], Chart], title: str, source: str,
                 attribution: str = "", key: str | None = None) -> None:
    """A download button for the chart as PNG; rendering happens only when the button is used.

    `chart` may be a function that builds the chart, which then runs only on click.
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
