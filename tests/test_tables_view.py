"""Tables sent from a frame's Arrow table converted once (components/tables_view.show_table) reach the browser
exactly as `st.dataframe` sends the frame itself, and each shared frame is converted once."""
from __future__ import annotations

import textwrap

import pandas as pd
from streamlit.testing.v1 import AppTest

from components import tables_view


def _both_ways(frame_code: str) -> tuple:
    """The Dataframe messages of st.dataframe(frame) and show_table(frame), same options, in one AppTest run."""
    def script(code: str) -> None:
        import datetime as dt  # noqa: F401 - used by the frames' code

        import numpy as np  # noqa: F401
        import pandas as pd  # noqa: F401
        import streamlit as st

        from components.tables_view import show_table, with_text_widths

        frame = eval(code)  # noqa: S307 - the test's own literal
        widths = with_text_widths(frame, None, presenter=False)
        st.dataframe(frame, hide_index=True, width="stretch", key="plain", column_config=widths)
        show_table(frame, width="stretch", key="shown")
        st.dataframe(frame, hide_index=True, height=200, column_config=widths)
        show_table(frame, height=200)

    at = AppTest.from_function(script, args=(frame_code,)).run()
    assert not at.exception, at.exception
    protos = [df.proto for df in at.dataframe]
    assert len(protos) == 4
    return protos


FRAMES = [
    "pd.DataFrame({'Area': ['Ashby', 'Burnley Marsh', 'Ćwm'], 'People': [10_530, 7, 0], 'Share': [11.8, None, 0.5]})",
    "pd.DataFrame({'Code': pd.array(['E07000001', None], dtype='string'), 'n': pd.array([1, None], dtype='Int64'),"
    " 'day': [dt.date(2027, 4, 1), None], 'when': pd.to_datetime(['2026-11-26', None]),"
    " 'kind': pd.Categorical(['a', 'b'])})",
    "pd.DataFrame({'Measure': ['x'] * 3}, index=[5, 9, 2])",
    "pd.DataFrame(columns=['Area', 'Value'])",
]


def test_the_browser_gets_the_same_table_either_way():
    """The same bytes as `st.dataframe` given the text columns' widths (text_column_widths)."""
    for code in FRAMES:
        plain, shown, plain_tall, shown_tall = _both_ways(code)
        assert shown.arrow_data.data == plain.arrow_data.data, code
        assert shown_tall.arrow_data.data == plain_tall.arrow_data.data, code
        assert shown.columns == plain.columns and shown_tall.columns == plain_tall.columns, code
        assert len(plain.arrow_data.data) > 0


def test_a_shared_frame_is_converted_once_and_the_cache_is_bounded(monkeypatch):
    from streamlit import dataframe_util

    calls: list[int] = []
    real = dataframe_util.convert_pandas_df_to_arrow_table
    monkeypatch.setattr(dataframe_util, "convert_pandas_df_to_arrow_table", lambda f: calls.append(id(f)) or real(f))
    monkeypatch.setattr(tables_view._converted, "max_entries", 3)
    frame = pd.DataFrame({"a": [1, 2]})
    first = tables_view.arrow_of(frame)
    assert tables_view.arrow_of(frame) is first and len(calls) == 1
    others = [pd.DataFrame({"a": [i]}) for i in range(5)]
    for other in others:
        tables_view.arrow_of(other)
    assert len(tables_view._converted) == 3
    tables_view.arrow_of(frame)  # pushed out: converted again
    assert len(calls) == 1 + len(others) + 1


def test_an_equal_but_different_frame_is_not_mistaken_for_another():
    one = pd.DataFrame({"a": [1]})
    two = pd.DataFrame({"a": [2]})
    assert tables_view.arrow_of(one).column("a").to_pylist() == [1]
    assert tables_view.arrow_of(two).column("a").to_pylist() == [2]


def test_a_table_sized_for_its_rows_grows_with_presenter_modes_type():
    from components.theme import PRESENTER_TYPE_SCALE

    assert tables_view.rows_height(4) == 36 * 5 + 2
    assert tables_view.rows_height(4, presenter=True) >= 36 * PRESENTER_TYPE_SCALE * 5
    assert tables_view.rows_height(12, presenter=True) > tables_view.rows_height(4, presenter=True)


SHARED = pd.DataFrame({"Area": ["Ashby", "Burnley Marsh"], "People": [10_530, 7]})  # a view model's frame, shared


def _shared_table_twice() -> None:
    import streamlit as st

    from components.tables_view import show_table, with_text_widths
    from tests.test_tables_view import SHARED

    st.dataframe(SHARED, hide_index=True, width="stretch", column_config=with_text_widths(SHARED, None, False))
    show_table(SHARED, width="stretch", key="first")
    show_table(SHARED, width="stretch", key="first")
    show_table(SHARED, height=120)


def test_a_shared_tables_element_is_made_once_and_sent_again_by_every_run(monkeypatch):
    from components import element_cache

    tables_view._table_elements.clear()
    made: list[str] = []
    real = element_cache.capture
    monkeypatch.setattr(tables_view, "capture", lambda mixin, command, *a, **k: made.append(command) or real(
        mixin, command, *a, **k))
    runs = [AppTest.from_function(_shared_table_twice).run() for _ in range(2)]  # two sessions, one after another
    assert made == ["dataframe", "dataframe"]  # one per set of options, not per showing, run or session
    for at in runs:
        assert not at.exception, at.exception
        plain, *shown = [df.proto for df in at.dataframe]
        assert len(shown) == 3
        assert all(s.arrow_data.data == plain.arrow_data.data and s.columns == plain.columns for s in shown)
    kept = [element for _, element in tables_view._table_elements.items()]
    assert sorted(str(element.layout.height) for element in kept) == ["120", "None"]  # the layout is kept with it


def test_a_table_that_cannot_be_kept_is_still_shown(monkeypatch):
    tables_view._table_elements.clear()
    monkeypatch.setattr(tables_view, "_table_element", lambda frame, options: None)
    at = AppTest.from_function(_shared_table_twice).run()
    assert not at.exception, at.exception
    assert len(at.dataframe) == 4
    assert {df.proto.arrow_data.data for df in at.dataframe} == {at.dataframe[0].proto.arrow_data.data}


def test_a_command_that_fails_or_is_a_widget_is_not_captured():
    from streamlit.elements.arrow import ArrowMixin
    from streamlit.elements.markdown import MarkdownMixin

    from components.element_cache import capture

    kept = capture(MarkdownMixin, "caption", "Source: Census 2021")
    assert kept is not None and kept.delta_type == "markdown" and kept.proto.body == "Source: Census 2021"
    assert capture(ArrowMixin, "dataframe", SHARED, height="very tall") is None  # Streamlit refuses it


def test_every_text_column_is_wide_enough_for_its_longest_value_and_header():
    frame = pd.DataFrame({"District": ["Ashford", "Folkestone and Hythe (Shepway)", None],
                          "People": [11_811, 12_249, 7], "Kind": ["count", "count", "estimate"],
                          "Source": ["x" * 400, "y", "z"]})
    widths = tables_view.text_column_widths(frame)
    assert set(widths) == {"District", "Kind", "Source"}  # numbers are left to the grid
    px = tables_view.TEXT_PX_PER_CHAR
    assert widths["District"] >= len("Folkestone and Hythe (Shepway)") * px
    assert widths["Kind"] >= len("estimate") * px
    assert widths["Source"] == tables_view.MAX_TEXT_COLUMN_PX  # capped, as the grid caps what it sizes
    presenter = tables_view.text_column_widths(frame, presenter=True)
    assert all(presenter[name] > widths[name] for name in widths)


def test_a_columns_own_settings_are_kept_and_only_a_missing_width_is_added():
    frame = pd.DataFrame({"Area": ["Glenmarsh Vale"], "Note": ["n"], "Label": ["l"]})
    config = tables_view.with_text_widths(
        frame, {"Area": {"width": 90, "help": "h"}, "Note": {"help": "kept"}, "Label": "Named"}, presenter=False)
    assert config["Area"] == {"width": 90, "help": "h"}
    assert config["Note"]["help"] == "kept" and config["Note"]["width"] > 0
    assert config["Label"] == {"label": "Named", "width": tables_view.text_column_widths(frame)["Label"]}


def test_a_tidy_tables_columns_are_shown_by_their_names_for_people():
    """'area_code' is a name for scripts: on screen it is 'Area code'; a label the view gives itself is kept, a
    column the vocabulary does not know shows its own name, and the width fits the label."""
    frame = pd.DataFrame({"doc_id": ["kent-mps-2019"], "area_code": ["E07000105"], "Custom": ["c"],
                          "contract_end_earliest": ["2027-03-31"]})
    config = tables_view.with_text_widths(frame, {"area_code": "Code"}, presenter=False)
    assert config["doc_id"]["label"] == "Document id"
    assert config["area_code"]["label"] == "Code"
    assert "label" not in config["Custom"]
    assert config["contract_end_earliest"]["label"] == "Contract ends (earliest)"
    assert config["contract_end_earliest"]["width"] >= len("Contract ends (earliest)") * tables_view.TEXT_PX_PER_CHAR


def test_the_sources_pages_raw_tables_name_their_columns_for_people(app_page):
    import json

    for tab, column, label in (("documents", "doc_id", "Document id"), ("areas", "area_code", "Area code"),
                               ("contracts", "authority_code", "Authority code")):
        at = app_page("pages/sources.py", query={"tab": tab})
        columns = json.loads(at.dataframe[0].proto.columns)
        assert columns[column]["label"] == label, tab


def test_a_pages_district_names_are_whole_in_its_table(app_page):
    """The carers table (Kent): its District column is set wide enough for "Folkestone and Hythe (Shepway)"; the
    grid left to itself cut it at desktop width."""
    import json

    at = app_page("pages/carers.py")
    table = next(df.proto for df in at.dataframe if "District" in df.proto.columns)
    columns = json.loads(table.columns)
    longest = max(len(name) for name in ("Folkestone and Hythe (Shepway)", "Tonbridge and Malling"))
    assert columns["District"]["width"] >= longest * tables_view.TEXT_PX_PER_CHAR


def test_a_shared_frames_widths_are_measured_once(monkeypatch):
    """A selectable table is sent afresh on every run: its widths must not be measured again each time."""
    calls: list[int] = []
    real = tables_view.text_column_widths
    monkeypatch.setattr(tables_view, "text_column_widths", lambda f, p=False: calls.append(id(f)) or real(f, p))
    frame = pd.DataFrame({"Area": ["Glenmarsh Vale", "Easterby"]})
    first = tables_view.with_text_widths(frame, None, presenter=False)
    assert tables_view.with_text_widths(frame, None, presenter=False) == first
    assert len(calls) == 1
    tables_view.with_text_widths(frame, None, presenter=True)  # presenter type: widths of its own
    assert len(calls) == 2


def test_text_longer_than_a_phones_column_wraps_and_the_height_counts_the_taller_rows():
    short = pd.DataFrame({"District": ["Folkestone and Hythe (Shepway)"], "People": [12_249]})
    long = pd.DataFrame({"Service": ["Independent Mental Health Advocacy (with a partner trust), statutory, all ages"]})
    assert tables_view.wrapped_row_px(short) is None
    assert tables_view.text_column_widths(long)["Service"] == tables_view.MAX_TEXT_COLUMN_PX
    row = tables_view.wrapped_row_px(long)
    assert row > 64  # the grid wraps text only in rows taller than 4rem
    assert tables_view.rows_height(3, row_px=row) == tables_view.rows_height(0) + 3 * row
    # a projector's table stays on one line (wider columns), and so does a long table (it would double in height)
    assert tables_view.wrapped_row_px(long, presenter=True) is None
    assert tables_view.text_column_widths(long, presenter=True)["Service"] > tables_view.MAX_TEXT_COLUMN_PX
    many = pd.concat([long] * (tables_view.WRAP_MAX_ROWS + 1), ignore_index=True)
    assert tables_view.wrapped_row_px(many) is None


def test_a_long_text_gets_rows_tall_enough_for_all_its_lines():
    """A derivation of some 200 characters in a two-row table was cut after its third line (rows of 66 px): the rows
    grow by a line's height for each line the longest text needs, up to WRAP_MAX_LINES."""
    words = "485 units (2015, a made-up statement) ÷ 198,700 people aged 65+ in Glenmarsh Vale and Easterby " \
            "(Census 2021) × 1,000 = 2.4; Glenmarsh Vale is counted on the districts that replaced it in 2019"
    frame = pd.DataFrame({"How it is worked out": [words, "177 units ÷ 30,838 people × 1,000 = 5.7"]})
    chars = int((tables_view.MAX_TEXT_COLUMN_PX - tables_view.CELL_PADDING_PX) / tables_view.TEXT_PX_PER_CHAR)
    lines = len(textwrap.wrap(words, chars))
    assert lines > 3
    row = tables_view.wrapped_row_px(frame)
    assert row == tables_view.WRAP_ROW_PX + tables_view.WRAP_LINE_PX * (lines - 3)
    huge = pd.DataFrame({"Note": [words * 4]})
    assert tables_view.wrapped_row_px(huge) == tables_view.WRAP_ROW_PX + tables_view.WRAP_LINE_PX * (
        tables_view.WRAP_MAX_LINES - 3)


def test_a_short_tables_columns_fit_a_desktops_grid_by_wrapping_its_widest_text():
    """Five columns of a derivation table came to 957 px in the 938 px grid and scrolled sideways: the widest text
    columns give up width (down to WRAP_MIN_COLUMN_PX) and wrap instead, and the rows grow to hold the lines."""
    words = ("485 units (2015, a made-up statement) ÷ 198,700 people aged 65+ in Glenmarsh Vale and Easterby "
             "(Census 2021) × 1,000 = 2.4; Glenmarsh Vale is counted on the districts that replaced it in 2019")
    frame = pd.DataFrame({"Authority (period of the unit count)": ["Glenmarsh Vale and Easterby (2015)", "Ashby (2024)"],
                          "Units": ["485", "177"], "People aged 65+ (2021)": ["198,700", "30,838"],
                          "Per 1,000 aged 65+": ["2.4", "5.7"], "How it is worked out": [words, "177 ÷ 30,838"],
                          "Count": [1, 2], "Empty": [None, None]})
    widths = tables_view.text_column_widths(frame)
    numbers = sum(tables_view._number_column_px(frame[n]) for n in frame.columns if n not in widths)
    assert sum(widths.values()) + numbers + tables_view.GRID_BORDER_PX <= tables_view.DESKTOP_GRID_PX
    assert min(widths.values()) >= min(tables_view.WRAP_MIN_COLUMN_PX, *widths.values())
    narrowed = widths["How it is worked out"]
    chars = int((narrowed - tables_view.CELL_PADDING_PX) / tables_view.TEXT_PX_PER_CHAR)
    row = tables_view.wrapped_row_px(frame)
    assert row == tables_view.WRAP_ROW_PX + tables_view.WRAP_LINE_PX * (max(3, len(textwrap.wrap(words, chars))) - 3)
    # drawn whole: as tall as its rows, not the grid's 400 px
    assert tables_view.whole_height(frame, row) == tables_view.rows_height(2, row_px=row)
    # a long table keeps its widths (it does not wrap) and a projector's too
    many = pd.concat([frame] * 6, ignore_index=True)
    assert tables_view.text_column_widths(many)["How it is worked out"] == tables_view.MAX_TEXT_COLUMN_PX
    assert tables_view.text_column_widths(frame, presenter=True)["How it is worked out"] > narrowed


def test_a_table_too_tall_to_show_whole_keeps_the_grids_height():
    assert tables_view.whole_height(pd.DataFrame({"a": range(10)}), None) is None
    assert tables_view.whole_height(pd.DataFrame({"a": range(10)}), 199) is None  # 2,028 px: scrolls inside
