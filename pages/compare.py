"""Compare authorities: figures side by side, with the period and source of every one."""
import streamlit as st

from components import data_access
from components.compare_view import (
    authority_options, comparison_chart, comparison_rows, latest_per_figure, mixed_period_notes, theme_options,
)
from components.export import png_download
from components.layout import page_footer, page_header
from components.provenance import figure_sources, short_names, source_caption
from components.url_state import multiselect_control, select_control
from data.vocab import THEMES

show_controls = page_header("compare")
measures, areas, documents = data_access.measures(), data_access.areas(), data_access.documents()
names = dict(zip(areas["area_code"], areas["name"]))

options = authority_options(measures, areas)
default = [c for c in ("E10000016", "E06000047", "E08000023") if c in options] or options[:2]
codes = multiselect_control("Authorities", "areas", options, default, format_func=lambda c: names.get(c, c),
                            show=show_controls)
themes = theme_options(measures, codes)
theme = select_control("segmented", "Theme", "theme", themes, themes[0], format_func=lambda t: THEMES.get(t, t),
                       show=show_controls)

rows = comparison_rows(measures, codes, theme)
shown = latest_per_figure(rows)
if shown.empty:
    st.info("None of the chosen authorities' documents give figures for this theme.", icon=":material/info:")
else:
    for note in mixed_period_notes(shown, names):
        st.warning(note, icon=":material/schedule:")
    missing = sorted(set(codes) - set(shown["area_code"]))
    if missing:
        st.caption("No figures in this theme for: " + ", ".join(names.get(c, c) for c in missing) + ".")
    chart = comparison_chart(shown, names, short_names(documents))
    title = f"{THEMES.get(theme, theme)}: " + ", ".join(names.get(c, c) for c in codes)
    st.altair_chart(chart, alt=f"Bar chart comparing {THEMES.get(theme, theme).lower()} figures; the table below lists every value.")
    caption = source_caption(shown, documents)
    st.caption(caption)
    png_download(chart, title, caption, key="png_compare")
    st.caption("Each bar is the latest figure for that authority that is not a projection; every figure, "
               "including projections and earlier periods, is in the table below.")
    figure_sources(rows, documents, label="Every figure for these authorities, with its source")

page_footer()
