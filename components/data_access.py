"""Cached reads of the atlas tables for the pages.

The data layer (data/store.py) knows nothing of Streamlit; this module adds the
caching so every rerun of a page reuses the same DataFrames.
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from data import store


@st.cache_data(show_spinner=False)
def measures() -> pd.DataFrame:
    return store.load_measures()


@st.cache_data(show_spinner=False)
def procurements() -> pd.DataFrame:
    return store.load_procurements()


@st.cache_data(show_spinner=False)
def findings() -> pd.DataFrame:
    return store.load_findings()


@st.cache_data(show_spinner=False)
def areas() -> pd.DataFrame:
    return store.load_areas()


@st.cache_data(show_spinner=False)
def documents() -> pd.DataFrame:
    return store.load_documents()


def measure_rows(measure: str | list[str], doc_id: str | None = None) -> pd.DataFrame:
    """Rows for one or more measures (optionally one document), from the cached table."""
    df = measures()
    names = [measure] if isinstance(measure, str) else measure
    df = df[df["measure"].isin(names)]
    if doc_id:
        df = df[df["doc_id"] == doc_id]
    return df
