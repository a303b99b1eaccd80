"""Cached reads of the atlas tables for the pages.

The data layer (data/store.py) knows nothing of Streamlit; this module adds the caching so
every rerun of a page reuses the same DataFrames. Each cache is keyed by the folder read
($CMA_DATA_DIR or the committed data/), so tests can run the app on a made-up county.

The tables are shared, read-only objects (st.cache_resource), not a copy per call (st.cache_data
unpickles one on every read: measures alone is 0.3 MB, read several times per page run). Callers
derive new frames from them (filters, `assign`, `concat`: pandas copies on write) and never change
them in place; tests/test_shared_tables.py checks that every page leaves them as loaded.

`tables()` is what a run sees: the curated tables merged with analysts' saved rows (unless `?analyst=0`),
built once per *version* and shared. The version names everything the tables depend on (the data and
registry folders, whether analysts' rows are shown, and a digest of those rows), so anything computed
from the tables can be cached by the version plus its own plain parameters (components/view_cache.py):
a save on the Add a document page gives a new version at once in this process (and within
user_figures.USER_TTL_S in another).
"""
from __future__ import annotations

from functools import cached_property

import pandas as pd
import streamlit as st

from components.shared_cache import SharedCache
from components.user_figures import (
    saved_with_version, show_analyst, with_user_documents, with_user_figures, with_user_procurements,
)
from data import paths, store

# (data folder, registry folder, analysts shown, analysts' rows digest, prepared map layers)
Version = tuple[str, str, bool, str, str]


class Tables:
    """The tables one run reads, and the version that names them. Shared by every session: read, never change.

    Each table is read (and merged with analysts' rows) when first asked for, so a page that does not read
    the procurements works while their file is broken."""

    def __init__(self, version: Version, snapshot: tuple | None) -> None:
        self.version = version
        self._snapshot = snapshot

    @cached_property
    def measures(self) -> pd.DataFrame:
        return with_user_figures(_measures(self.version[0]), self.version[2], self._snapshot)

    @cached_property
    def procurements(self) -> pd.DataFrame:
        return with_user_procurements(_procurements(self.version[0]), self.version[2], self._snapshot)

    @cached_property
    def documents(self) -> pd.DataFrame:
        return with_user_documents(_documents(self.version[1]), self.version[2], self._snapshot)

    @property
    def areas(self) -> pd.DataFrame:
        return _areas(self.version[1])

    @property
    def findings(self) -> pd.DataFrame:
        return _findings(self.version[0])


def tables() -> Tables:
    """The tables this run sees (analysts' rows unless `?analyst=0`), one shared object per version."""
    show = show_analyst()
    snapshot, digest = saved_with_version() if show else (None, "")
    version = (str(paths.data_dir()), str(paths.registry_dir()), show, digest, boundaries())
    return _tables(version, snapshot)


BOUNDARIES_RECHECK_S = 1.0
_boundaries_seen: dict[str, tuple[float, str]] = {}  # layer folder -> (when looked, what was found)


def boundaries() -> str:
    """The prepared map layers a view may draw: their folder, and when each was written (none: '-'). Part of the
    version, so a view worked out without boundaries (or on older ones) is not reused once they change (looked
    at again at most every BOUNDARIES_RECHECK_S seconds)."""
    import time

    from geo.sources import cache_dir

    folder, now = str(cache_dir()), time.monotonic()
    seen = _boundaries_seen.get(folder)
    if seen is None or now - seen[0] > BOUNDARIES_RECHECK_S:
        seen = _boundaries_seen[folder] = (now, _layer_stamps(folder))
    return seen[1]


def _layer_stamps(folder: str) -> str:
    from geo.mapready import layer_path
    from geo.national import LAYERS, layer_file
    from geo.sources import VINTAGES

    stamps = []
    for path in [*(layer_path(v) for v in VINTAGES), *(layer_file(n) for n in LAYERS)]:
        try:
            info = path.stat()
            stamps.append(f"{info.st_mtime_ns}:{info.st_size}")
        except OSError:
            stamps.append("-")
    return f"{folder}|{'|'.join(stamps)}"


MAX_VERSIONS = 6
_versions: SharedCache[Tables] = SharedCache(MAX_VERSIONS)


def _tables(version: Version, snapshot: tuple | None) -> Tables:
    """One per version (the last MAX_VERSIONS kept); `snapshot` is the analysts' rows the version's digest names.
    (Not st.cache_resource: its hashing of the arguments cost more than the rest of `tables()`.)"""
    return _versions.get(version, lambda: Tables(version, snapshot))


def measures() -> pd.DataFrame:
    """Curated figures and, unless `?analyst=0`, analysts' saved ones (`source_kind` says which)."""
    return tables().measures


def curated_measures() -> pd.DataFrame:
    """The curated figures only (the committed tables, without analysts' rows): shared, read-only."""
    return _measures(str(paths.data_dir()))


def procurements() -> pd.DataFrame:
    return tables().procurements


def findings() -> pd.DataFrame:
    return _findings(str(paths.data_dir()))


def areas() -> pd.DataFrame:
    return _areas(str(paths.registry_dir()))


def documents() -> pd.DataFrame:
    return tables().documents


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
