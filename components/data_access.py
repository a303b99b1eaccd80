"""Cached reads of the atlas tables for the pages.

The data layer (data/store.py) knows nothing of Streamlit; this module adds the caching so
every rerun of a page reuses the same DataFrames. Each cache is keyed by the folder read
($CMA_DATA_DIR or the committed data/), so tests can run the app on a made-up county.

The tables are shared, read-only objects (st.cache_resource), not a copy per call (st.cache_data
unpickles one on every read: measures alone is 0.3 MB, read several times per page run). Callers
derive new frames from them (filters, `assign`, `concat`: pandas copies on write) and never change
them in place; tests/test_shared_tables.py checks that every page leaves them as loaded.
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from components.user_figures import with_user_documents, with_user_figures, with_user_procurements
from data import paths, store


def measures() -> pd.DataFrame:
    """Curated figures and, unless `?analyst=0`, analysts' saved ones (`source_kind` says which)."""
    return with_user_figures(_measures(str(paths.data_dir())))


def procurements() -> pd.DataFrame:
    return with_user_procurements(_procurements(str(paths.data_dir())))


def findings() -> pd.DataFrame:
    return _findings(str(paths.data_dir()))


def areas() -> pd.DataFrame:
    return _areas(str(paths.registry_dir()))


def documents() -> pd.DataFrame:
    return with_user_documents(_documents(str(paths.registry_dir())))


@st.cache_resource(show_spinner=False)
def _measures(folder: str) -> pd.DataFrame:
    return store.load_measures()


@st.cache_resource(show_spinner=False)
def _procurements(folder: str) -> pd.DataFrame:
    return store.load_procurements()


@st.cache_resource(show_spinner=False)
def _findings(folder: str) -> pd.DataFrame:
    return store.load_findings()


@st.cache_resource(show_spinner=False)
def _areas(folder: str) -> pd.DataFrame:
    return store.load_areas()


@st.cache_resource(show_spinner=False)
def _documents(folder: str) -> pd.DataFrame:
    return store.load_documents()
