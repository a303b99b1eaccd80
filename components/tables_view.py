"""Browsable, downloadable tables: what the Data and sources page is made of, and every table a page shows."""
from __future__ import annotations

import math
import textwrap
from typing import Any

import pandas as pd
import streamlit as st

from components.element_cache import Element, capture, enqueue, recording
from components.export import slug
from components.shared_cache import SharedCache
from components.theme import PRESENTER_TYPE_SCALE, plural
from data.vocab import COLUMN_LABELS


def csv_bytes(df: pd.DataFrame) -> bytes:
    return df.to_csv(index=False).encode("utf-8")


MAX_TABLES = 128  # shared frames kept converted (a page shows up to a dozen; authorities x choices)

_converted: SharedCache[Any] = SharedCache(MAX_TABLES)


def arrow_of(frame: pd.DataFrame) -> Any:
    """`frame` as the Arrow table `st.dataframe` makes of it, converted once per frame object.

    `st.dataframe` converts a pandas frame to Arrow on every run of every session (a fifth of a built page run's
    server time, Nov 2026); given the Arrow table it only writes it out, and the bytes the browser gets are the
    same. For shared, read-only frames (view models', the cached tables): a frame is known by its identity, never
    by its content (components/shared_cache.py)."""
    from streamlit import dataframe_util

    return _converted.get("arrow", lambda: dataframe_util.convert_pandas_df_to_arrow_table(frame), pinned=(frame,))


ROW_PX = 36  # a data grid's row (and header) at the default type size
GRID_BORDER_PX = 2


def rows_height(rows: int, presenter: bool = False, row_px: int | None = None) -> int:
    """The height, in pixels, at which a data grid shows its header and `rows` rows without scrolling (a projector
    cannot scroll); presenter mode's larger type makes every row taller. `row_px`: the rows' own height when they
    are taller than one line (`wrapped_row_px`)."""
    header = math.ceil(ROW_PX * (PRESENTER_TYPE_SCALE if presenter else 1))
    return header + (row_px or header) * rows + GRID_BORDER_PX


TEXT_PX_PER_CHAR = 6.2  # the data grid's 14 px sans-serif, on average, with room for capitals (measured: 5.7)
CELL_PADDING_PX = 24  # a cell's padding both sides, and the header's sort arrow
# The widest a text column is set: seen whole on a phone, whose data grid is 358 px wide (a 390 px screen less the
# page's margins), with room for its scrollbar. Longer text wraps onto the row's further lines (`wrapped_row_px`).
MAX_TEXT_COLUMN_PX = 320
# Presenter mode is for a projector (1280 px wide): a column may be as wide as the grid's own cap (31.25rem), on one line
# (a wrapped table is taller than a projector shows).
PRESENTER_MAX_TEXT_COLUMN_PX = 500
# A row that holds three lines of text: Streamlit's data grid wraps a cell's text only in rows taller than 4rem.
WRAP_ROW_PX = 66
WRAP_LINE_PX = 19  # a wrapped line's height in the grid's rows (three lines: 66 px with the cell's padding)
# A row holds as many lines as its longest text needs (a derivation of 400 characters was cut after three), up to
# this many: a cell's longer text is whole in its overlay and the CSV.
WRAP_MAX_LINES = 10
# Only a table of at most this many rows wraps: a longer one would grow by half a screen or more (a district table's
# 12 rows from 470 to 830 px on a phone); its long text stays on one line, cut, whole in the cell's overlay and the CSV.
WRAP_MAX_ROWS = 10
# A wrapping table's columns together fit a desktop's page column (the data grid is 938 px wide at 1400x1000 with
# the sidebar open): its widest text columns give up width, down to WRAP_MIN_COLUMN_PX, and wrap onto more lines
# instead (the extra care derivation table's five columns came to 957 px and scrolled sideways).
DESKTOP_GRID_PX = 938
WRAP_MIN_COLUMN_PX = 160


def text_column_widths(frame: pd.DataFrame, presenter: bool = False) -> dict[str, int]:
    """The width, in pixels, at which each text column shows its longest value and its header whole, up to
    MAX_TEXT_COLUMN_PX (a phone's width: longer text wraps, see `wrapped_row_px`; PRESENTER_MAX_TEXT_COLUMN_PX in
    presenter mode).

    Left to itself the data grid sizes columns from a few cells and hands spare room out evenly, so a place name
    in the first column is cut ("Folkestone and Hyt…") while a long source column beside it is whole. Numbers are
    left to the grid (it sizes them right). Presenter mode's larger type makes every column wider."""
    scale = PRESENTER_TYPE_SCALE if presenter else 1
    widths = {}
    for name in frame.columns:
        column = frame[name]
        if pd.api.types.is_numeric_dtype(column) or pd.api.types.is_bool_dtype(column):
            continue
        values = column.dropna()
        longest = max(len(COLUMN_LABELS.get(str(name), str(name))),
                      int(values.astype(str).str.len().max()) if len(values) else 0)
        px = math.ceil((longest * TEXT_PX_PER_CHAR + CELL_PADDING_PX) * scale)
        widths[str(name)] = min(px, math.ceil((PRESENTER_MAX_TEXT_COLUMN_PX if presenter else MAX_TEXT_COLUMN_PX)
                                              * scale))
    if not presenter and len(frame) <= WRAP_MAX_ROWS:
        _fit_desktop(widths, sum(_number_column_px(frame[n]) for n in frame.columns if str(n) not in widths))
    return widths


def _number_column_px(column: pd.Series) -> int:
    """About the width the grid gives a number column (its header or its longest value)."""
    longest = max([len(COLUMN_LABELS.get(str(column.name), str(column.name))), *(len(str(v)) for v in column.dropna())])
    return math.ceil(longest * TEXT_PX_PER_CHAR + CELL_PADDING_PX)


def _fit_desktop(widths: dict[str, int], others_px: int) -> None:
    """Narrow the widest text columns, one pixel step at a time down to WRAP_MIN_COLUMN_PX, until the table fits
    DESKTOP_GRID_PX with the number columns beside them (`others_px`); what cannot fit scrolls, as before."""
    excess = sum(widths.values()) + others_px + GRID_BORDER_PX - DESKTOP_GRID_PX
    while excess > 0:
        widest = max(widths, key=widths.get, default=None)
        if widest is None or widths[widest] <= WRAP_MIN_COLUMN_PX:
            return
        others = [px for name, px in widths.items() if name != widest]
        step = min(excess, widths[widest] - max([WRAP_MIN_COLUMN_PX, *others]) or 1)
        widths[widest] -= step
        excess -= step


def _wrapped_row_px(frame: pd.DataFrame, presenter: bool) -> int | None:
    if presenter or len(frame) > WRAP_MAX_ROWS:
        return None
    # the columns too narrow for their longest text (capped at a phone's width, or narrowed to fit a desktop's)
    lines = 1
    for name, px in text_column_widths(frame).items():
        chars = int((px - CELL_PADDING_PX) / TEXT_PX_PER_CHAR)  # a line's characters, at most
        values = [str(v) for v in frame[name].dropna()]
        if any(len(v) * TEXT_PX_PER_CHAR + CELL_PADDING_PX > px for v in values):
            lines = max(lines, *(len(textwrap.wrap(v, chars)) for v in values))
    if lines == 1:
        return None
    lines = min(max(lines, 3), WRAP_MAX_LINES)
    return WRAP_ROW_PX + WRAP_LINE_PX * (lines - 3)


# The tallest a wrapped table is drawn whole; a taller one keeps the grid's own height (400 px) and scrolls inside.
MAX_WHOLE_TABLE_PX = 900


def whole_height(frame: pd.DataFrame, row_px: int | None) -> int | None:
    """The height at which a table of wrapped rows shows them all (the grid's own is 400 px: two ten-line rows of
    the extra care derivation were cut at the second's eighth line), or None: rows of one line, or too tall."""
    if not row_px:
        return None
    px = rows_height(len(frame), row_px=row_px)
    return px if px <= MAX_WHOLE_TABLE_PX else None


def wrapped_row_px(frame: pd.DataFrame, presenter: bool = False) -> int | None:
    """The rows' height when a text column is wider than MAX_TEXT_COLUMN_PX allows, so its text wraps onto three
    lines or more (as many as its longest text needs, up to WRAP_MAX_LINES) rather than run off a phone's screen
    (None: one line: the text fits, the table has more than WRAP_MAX_ROWS rows, or it is presenter mode's). Worked out once per frame object."""
    return _widths.get(("rows", presenter), lambda: _wrapped_row_px(frame, presenter), pinned=(frame,))


_widths: SharedCache[Any] = SharedCache(MAX_TABLES)  # a shared frame's widths and row height, worked out once


def with_text_widths(frame: pd.DataFrame, column_config: dict | None, presenter: bool) -> dict:
    """`column_config` with a width for every text column that it does not size itself, and a label for every tidy
    table column it does not name (data/vocab.py COLUMN_LABELS: 'Area code', not 'area_code'). The widths are worked
    out once per frame object (a selectable table is sent afresh on every run: the figures table's 956 rows took
    28 ms a run to measure)."""
    config: dict[str, Any] = dict(column_config or {})
    for name in frame.columns:
        if str(name) in COLUMN_LABELS and str(name) not in config:
            config[str(name)] = {"label": COLUMN_LABELS[str(name)]}
    widths = _widths.get(("widths", presenter), lambda: text_column_widths(frame, presenter), pinned=(frame,))
    for name, px in widths.items():
        given = config.get(name)
        if given is None:
            config[name] = {"width": px}
        elif isinstance(given, dict) and given.get("width") is None:
            config[name] = {**given, "width": px}
        elif isinstance(given, str):  # a label only
            config[name] = {"label": given, "width": px}
    return config


def _presenting() -> bool:
    from components.layout import presenter_mode  # layout's imports reach this module
    return presenter_mode()


def show_table(frame: pd.DataFrame, **options: Any) -> None:
    """`st.dataframe(frame, hide_index=True, **options)` for a shared, read-only frame, every text column wide
    enough for its values (`text_column_widths`): the element is made once per frame, options and type size, from
    its Arrow table (`arrow_of`), and every later showing in any session sends it as it is
    (components/element_cache.py). Selectable tables go to `st.dataframe` with the frame itself
    (`downloadable_table`)."""
    presenter = _presenting()

    def sized() -> dict[str, Any]:
        row_px = wrapped_row_px(frame, presenter)
        whole = whole_height(frame, row_px) if options.get("height", "auto") == "auto" else None
        return {**options, "column_config": with_text_widths(frame, options.get("column_config"), presenter),
                **({"row_height": row_px} if row_px else {}), **({"height": whole} if whole else {})}

    element = None if recording() else _table_elements.get(
        ("dataframe", presenter, repr(sorted(options.items()))), lambda: _table_element(frame, sized()),
        pinned=(frame,))
    if element is None or not enqueue(element):
        st.dataframe(arrow_of(frame), hide_index=True, **sized())


_table_elements: SharedCache[Element | None] = SharedCache(MAX_TABLES)


def _table_element(frame: pd.DataFrame, options: dict[str, Any]) -> Element | None:
    try:
        from streamlit.elements.arrow import ArrowMixin
    except ImportError:
        return None
    return capture(ArrowMixin, "dataframe", arrow_of(frame), hide_index=True, **options)


def downloadable_table(df: pd.DataFrame, name: str, *, selectable: bool = False, key: str | None = None,
                       column_config: dict | None = None, height: int | str = "auto"):
    """A dataframe with a CSV download of exactly the rows shown; returns the selection when selectable."""
    st.download_button(
        f"Download {name} (CSV, {plural(len(df), 'row')})",
        data=lambda: csv_bytes(df),  # made when the viewer asks, not on every run
        file_name=f"care-market-atlas-{slug(name)}.csv",
        mime="text/csv",
        icon=":material/download:",
        key=f"dl_{key or slug(name)}",
        on_click="ignore",
    )
    if selectable:
        presenter = _presenting()
        return st.dataframe(df, hide_index=True, width="stretch", height=height,
                            column_config=with_text_widths(df, column_config, presenter),
                            row_height=wrapped_row_px(df, presenter),
                            on_select="rerun", selection_mode="single-row", key=key)
    show_table(df, width="stretch", height=height, column_config=column_config)
    return None
