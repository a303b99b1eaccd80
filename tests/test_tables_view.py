"""Tables sent from a frame's Arrow table converted once (components/tables_view.show_table) reach the browser
exactly as `st.dataframe` sends the frame itself, and each shared frame is converted once."""
from __future__ import annotations

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

        from components.tables_view import show_table

        frame = eval(code)  # noqa: S307 - the test's own literal
        st.dataframe(frame, hide_index=True, width="stretch", key="plain")
        show_table(frame, width="stretch", key="shown")
        st.dataframe(frame, hide_index=True, height=200)
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
