"""Compare authorities: figures side by side, with the period and source of every one."""
import streamlit as st

from components import data_access
from components.chart_cache import show_chart
from components.compare_view import compare_choices, compare_model, compare_themes, comparison_png_chart
from components.export import png_download
from components.layout import page_footer, page_header, presenter_mode
from components.national_view import show_compare_national
from components.provenance import figure_sources
from components.url_state import multiselect_control, select_control
from components.view_cache import view_model
from data.vocab import THEMES

show_controls = page_header("compare")
choices = view_model(compare_choices)
names = choices.names
codes = multiselect_control("Authorities", "areas", choices.options, choices.defaults,
                            format_func=lambda c: names.get(c, c), show=show_controls)
themes = view_model(compare_themes, tuple(codes))
theme = select_control("segmented", "Theme", "theme", themes, themes[0], format_func=lambda t: THEMES.get(t, t),
                       show=show_controls)

view = view_model(compare_model, tuple(codes), theme, presenter_mode())
if view.shown.empty:
    st.info("None of the chosen authorities' documents give figures for this theme that are not projections.",
            icon=":material/info:")
else:
    for note in view.notes:
        st.warning(note, icon=":material/schedule:")
    if view.missing:
        st.caption(view.missing)
    st.caption("One panel per unit; the bars in a panel share one scale from zero. Each bar is the latest figure "
               "for that authority that is not a projection, as the document words it (\u201cabout\u201d included).")
    st.html(view.key_html)
    for alt_text, chart in view.panels:
        show_chart(chart, alt=alt_text)
    st.caption(view.caption)
    if show_controls:
        png_download(lambda: comparison_png_chart(view.shown, names, view.doc_names, view.colours), view.title,
                     view.caption, key="png_compare")
if view.left_out:
    st.caption(view.left_out)
figure_sources(view.rows, data_access.documents(), label="Every figure for these authorities, with its source",
               lazy=False, table=view.sources)

show_compare_national(codes, presenter=not show_controls)
page_footer()
