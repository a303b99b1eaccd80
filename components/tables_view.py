"""Browsable, downloadable tables: what the Data and sources page is made of."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from components.export import slug
from components.theme import plural


def csv_bytes(df: pd.DataFrame) -> bytes:
    return df.to_csv(index=False).encode("utf-8")


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
        return st.dataframe(df, hide_index=True, width="stretch", height=height, column_config=column_config,
                            on_select="rerun", selection_mode="single-row", key=key)
    st.dataframe(df, hide_index=True, width="stretch", height=height, column_config=column_config)
    return None
