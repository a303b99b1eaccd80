"""Compare authorities: figures side by side, with the period and source of every one."""
from components import data_access
from components.compare_view import compare_choices, compare_model, compare_themes, show_comparison
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
show_comparison(view, show_controls)
figure_sources(view.rows, data_access.documents(), label="Every figure for these authorities, with its source",
               lazy=False, table=view.sources)

show_compare_national(codes, presenter=not show_controls)
page_footer()
