"""Compare authorities: figures side by side, with the period and source of every one."""
import streamlit as st

from components import data_access
from components.compare_view import (
    authority_options, colour_key_html, comparison_panel_specs, default_authorities, comparison_png_chart, comparison_rows, latest_per_figure,
    mixed_period_notes, projections_left_out, theme_options,
)
from components.chart_cache import show_chart
from components.export import png_download
from components.layout import page_footer, page_header, presenter_mode
from components.national_view import show_compare_national
from components.provenance import figure_sources, short_names, source_caption
from components.theme import document_colours
from components.url_state import multiselect_control, select_control
from data.vocab import THEMES

show_controls = page_header("compare")
measures, areas, documents = data_access.measures(), data_access.areas(), data_access.documents()
names = dict(zip(areas["area_code"], areas["name"]))

options = authority_options(measures, areas)
codes = multiselect_control("Authorities", "areas", options, default_authorities(measures, options), format_func=lambda c: names.get(c, c),
                            show=show_controls)
themes = theme_options(measures, codes)
theme = select_control("segmented", "Theme", "theme", themes, themes[0], format_func=lambda t: THEMES.get(t, t),
                       show=show_controls)

rows = comparison_rows(measures, codes, theme)
shown = latest_per_figure(rows)
doc_names, colours = short_names(documents), document_colours(documents["doc_id"])
if shown.empty:
    st.info("None of the chosen authorities' documents give figures for this theme that are not projections.",
            icon=":material/info:")
else:
    for note in mixed_period_notes(shown, names):
        st.warning(note, icon=":material/schedule:")
    missing = sorted(set(codes) - set(shown["area_code"]))
    if missing:
        st.caption("No figures in this theme for: " + ", ".join(names.get(c, c) for c in missing) + ".")
    st.caption("One panel per unit; the bars in a panel share one scale from zero. Each bar is the latest figure "
               "for that authority that is not a projection, as the document words it (\u201cabout\u201d included).")
    st.html(colour_key_html(shown, doc_names, colours))
    for alt_text, chart in comparison_panel_specs(shown, names, doc_names, colours, presenter=presenter_mode()):
        show_chart(chart, alt=alt_text)
    caption = source_caption(shown, documents)
    st.caption(caption)
    if show_controls:
        title = f"{THEMES.get(theme, theme)}: " + ", ".join(names.get(c, c) for c in codes)
        png_download(lambda: comparison_png_chart(shown, names, doc_names, colours), title, caption, key="png_compare")
if note := projections_left_out(rows, names):
    st.caption(note)
figure_sources(rows, documents, label="Every figure for these authorities, with its source", lazy=False)

show_compare_national(codes, presenter=not show_controls)
page_footer()
