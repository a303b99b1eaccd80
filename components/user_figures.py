"""Analysts' saved figures beside the curated ones, marked as such, with a switch to hide them.

The views read measures, documents and procurements through components/data_access.py, which
passes each curated table through the `with_user_*` functions here:
- every row gets `source_kind`: "curated" (the committed tables) or "analyst" (saved on the
  *Add a document* page, data/userdb);
- analysts' documents join the document list with a short name ending "(analyst)", so every
  tooltip, source caption and table that names a figure's document says it is an analyst's;
- `?analyst=0` in the URL (the sidebar switch) hides them everywhere.

Curated figures win: an analyst's figure for the same area, measure, period and breakdown as a
curated one is not added to the views (the review page says so when saving); between analysts'
documents the most recently saved figure is shown. So a view never gets two values for one key.

Analysts' rows are read once per USER_TTL_S per server process (cached), and the cache is
cleared when this process saves, so a save shows at once here and within USER_TTL_S elsewhere.
"""
from __future__ import annotations

import threading
import time
from collections import OrderedDict

import pandas as pd
import streamlit as st

from data.store import DOCUMENT_COLUMNS
from data.userdb import ANALYST, USER_MEASURE_COLUMNS, UserStore, UserStoreError, target_from_env
from data.userdb.store import DOC_PREFIX
from data.vocab import MEASURE_COLUMNS, PROCUREMENT_COLUMNS, PROCUREMENT_STAGES

CURATED = "curated"
PARAM = "analyst"
TOGGLE_KEY = "ctl_analyst"
PREFERENCE_KEY = "analyst_show"      # the session's choice, kept across pages
USER_TTL_S = 15
KEY = ["area_code", "measure", "period", "breakdown"]
ANALYST_SUFFIX = " (analyst)"


# -- reading (cached per store location) --------------------------------------------------------

def _location() -> tuple[str, str]:
    try:
        target = target_from_env()
    except UserStoreError as exc:
        return ("error", str(exc))
    return (target.kind, target.location)


Snapshot = tuple[tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, str], str]
MAX_LOCATIONS = 4
_held: OrderedDict[tuple[str, str], tuple[float, Snapshot]] = OrderedDict()  # location -> (when read, snapshot)
_held_lock = threading.Lock()
_reading = threading.Lock()  # one read of the store at a time: a room of viewers waits for it, not 60 reads
_generation = [0]  # bumped by forget_cached: a read that began before a save is not kept after it


def _saved(location: tuple[str, str]) -> Snapshot:
    """((measures, documents, procurements, error message), version) of the store at `location`, read at most once
    per USER_TTL_S (shared and read-only, as data_access's tables); never raises. Every run asks, so this is a
    dict of our own (st.cache_resource's argument hashing cost more than the rest of a run's data lookup).

    The version is a digest of what was read, so a save (here or in another process) gives a new one
    and a re-read of the same rows after the TTL gives the same one (views cached by it stay valid)."""
    fresh = _fresh(location)
    if fresh is not None:
        return fresh
    with _reading:
        fresh = _fresh(location)  # read by the viewer this one waited for
        if fresh is None:
            with _held_lock:
                generation = _generation[0]
            fresh = _read(location)
            with _held_lock:
                if generation == _generation[0]:
                    _held[location] = (time.monotonic(), fresh)
                    _held.move_to_end(location)
                    while len(_held) > MAX_LOCATIONS:
                        _held.popitem(last=False)
        return fresh


def _fresh(location: tuple[str, str]) -> Snapshot | None:
    with _held_lock:
        held = _held.get(location)
    return held[1] if held is not None and time.monotonic() - held[0] < USER_TTL_S else None


def _read(location: tuple[str, str]) -> Snapshot:
    from data.userdb import Target

    empty = pd.DataFrame()
    if location[0] == "error":
        snapshot = (empty, empty, empty, location[1])
    else:
        try:
            snapshot = (*UserStore(Target(*location)).snapshot(), "")
        except UserStoreError as exc:
            snapshot = (empty, empty, empty, str(exc))
    return snapshot, _digest(location, snapshot)


def _digest(location: tuple[str, str], snapshot: tuple) -> str:
    """Names what was read: equal rows give an equal digest, read again or not (`frame_digest` ignores which
    objects hold the strings), so re-reading unchanged rows after the TTL keeps every cached view."""
    import hashlib

    from components.shared_cache import frame_digest

    parts = [repr(location), snapshot[3], *(frame_digest(frame) for frame in snapshot[:3])]
    return hashlib.blake2b("|".join(parts).encode(), digest_size=12).hexdigest()


def saved() -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, str]:
    return _saved(_location())[0]


def saved_with_version() -> tuple[tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame, str], str]:
    """The analysts' rows and the version naming them (see `_saved`)."""
    return _saved(_location())


def forget_cached() -> None:
    """After a save or delete in this process: the next read goes to the store."""
    with _held_lock:
        _generation[0] += 1
        _held.clear()


def is_user_document(doc_id: str) -> bool:
    return str(doc_id).startswith(DOC_PREFIX)


def user_passage(doc_id: str, line: int, context: int = 2) -> list[tuple[int, str]] | None:
    """Lines `line - context .. line + context` of a saved document, or None when it cannot be read."""
    try:
        lines = UserStore().lines(doc_id, max(1, line - context), line + context)
    except UserStoreError:
        return None
    return lines or None


# -- the switch ---------------------------------------------------------------------------------

def show_analyst() -> bool:
    """Whether the views include analysts' figures: the URL's `analyst=0/1` if given, else this session's choice
    (page links drop the URL's parameters), else yes."""
    raw = st.query_params.get(PARAM)
    if raw in ("0", "1"):
        return raw == "1"
    return bool(st.session_state.get(PREFERENCE_KEY, True))


def analyst_toggle() -> None:
    """The sidebar switch, drawn only when analysts have saved figures (and a note when the store is down)."""
    measures, _, procurements, error = saved()
    if error:
        with st.sidebar:
            st.caption(f":material/warning: Analysts' figures are not shown: {error}")
        return
    if measures.empty and procurements.empty:
        return
    with st.sidebar:
        show = st.toggle("Analysts' figures", value=show_analyst(), key=TOGGLE_KEY,
                         help="Figures that analysts added from other documents, marked '(analyst)' in every source. "
                              "Off: the views show only the curated figures.")
    st.session_state[PREFERENCE_KEY] = show
    if show and PARAM in st.query_params:
        del st.query_params[PARAM]
    elif not show and st.query_params.get(PARAM) != "0":
        st.query_params[PARAM] = "0"


# -- merging (plain functions of frames) ----------------------------------------------------------

def merge_measures(curated: pd.DataFrame, analyst: pd.DataFrame | None) -> pd.DataFrame:
    """The curated frame with `source_kind`, plus analysts' rows whose key no curated row has."""
    out = curated.assign(source_kind=CURATED)
    if analyst is None or analyst.empty:
        return out
    extra = analyst.sort_values("saved_at", ascending=False, kind="stable").drop_duplicates(KEY)
    taken = pd.MultiIndex.from_frame(curated[KEY].astype(str))
    extra = extra[~pd.MultiIndex.from_frame(extra[KEY].astype(str)).isin(taken)]
    columns = [c for c in out.columns if c in extra.columns]
    return pd.concat([out, extra[columns]], ignore_index=True)


def overlaps(curated: pd.DataFrame, analyst: pd.DataFrame) -> pd.DataFrame:
    """Analysts' rows that a curated figure already covers (not shown on the views)."""
    if analyst.empty:
        return analyst
    taken = pd.MultiIndex.from_frame(curated[KEY].astype(str))
    return analyst[pd.MultiIndex.from_frame(analyst[KEY].astype(str)).isin(taken)]


def merge_documents(curated: pd.DataFrame, analyst_docs: pd.DataFrame | None) -> pd.DataFrame:
    out = curated.assign(source_kind=CURATED)
    if analyst_docs is None or analyst_docs.empty:
        return out
    rows = pd.DataFrame({
        "doc_id": analyst_docs["doc_id"],
        "short_name": analyst_docs["filename"].str.slice(0, 60) + ANALYST_SUFFIX,
        "title": analyst_docs["filename"] + ANALYST_SUFFIX,
        "publisher": "",
        "authorities": analyst_docs["authority"],
        "period": "",
        "published": "",
        "seed_file": "",
        "spec": "",
        "notes": "Added by an analyst on " + analyst_docs["saved_at"].str.slice(0, 10)
                 + analyst_docs["reviewer"].map(lambda r: f"; reviewed by {r}" if r else ""),
        "source_kind": ANALYST,
    })
    return pd.concat([out, rows[[c for c in out.columns if c in rows.columns]]], ignore_index=True)


def procurements_wide(stage_rows: pd.DataFrame) -> pd.DataFrame:
    """Analysts' procurement dates (one row per stage) as the curated table's rows (one per contract).

    Dates of one service in one document are one contract; its line is the first line they cite.
    """
    if stage_rows.empty:
        return pd.DataFrame(columns=[*PROCUREMENT_COLUMNS, "source_kind"])
    records = []
    for (doc_id, service), grp in stage_rows.groupby(["doc_id", "service"], sort=False):
        first = grp.sort_values("line").iloc[0]
        row = {c: "" for c in PROCUREMENT_COLUMNS}
        row.update({"procurement_id": f"{doc_id}-L{first['line']}", "doc_id": doc_id,
                    "authority_code": first["authority"], "service": service or "(service not named)",
                    "status": "", "line": int(first["line"]), "section": "Analyst review",
                    "locator": first["locator"], "source_kind": ANALYST})
        for stage in PROCUREMENT_STAGES:
            hit = grp[grp["stage"] == stage]
            row[f"{stage}_earliest"] = hit["earliest"].iloc[0] if len(hit) else pd.NaT
            row[f"{stage}_latest"] = hit["latest"].iloc[0] if len(hit) else pd.NaT
            row[f"{stage}_text"] = hit["date_text"].iloc[0] if len(hit) else ""
        records.append(row)
    return pd.DataFrame.from_records(records)


def merge_procurements(curated: pd.DataFrame, analyst_stages: pd.DataFrame | None) -> pd.DataFrame:
    out = curated.assign(source_kind=CURATED)
    if analyst_stages is None or analyst_stages.empty:
        return out
    extra = procurements_wide(analyst_stages)
    for column in out.columns:
        if column.endswith(("_earliest", "_latest")):
            extra[column] = pd.to_datetime(extra[column]).astype(out[column].dtype)
    extra["line"] = extra["line"].astype(out["line"].dtype)
    return pd.concat([out, extra[[c for c in out.columns]]], ignore_index=True)


# -- what data_access calls -----------------------------------------------------------------------

def with_user_figures(measures: pd.DataFrame, show: bool | None = None, snapshot: tuple | None = None) -> pd.DataFrame:
    """The measures a view shows: curated rows (`source_kind` "curated") and, unless hidden, analysts'
    (from `snapshot`, a `saved()` result, or the store's current rows)."""
    show = show_analyst() if show is None else show
    return merge_measures(measures, (snapshot or saved())[0] if show else None)


def with_user_documents(documents: pd.DataFrame, show: bool | None = None, snapshot: tuple | None = None) -> pd.DataFrame:
    show = show_analyst() if show is None else show
    return merge_documents(documents, (snapshot or saved())[1] if show else None)


def with_user_procurements(procurements: pd.DataFrame, show: bool | None = None,
                           snapshot: tuple | None = None) -> pd.DataFrame:
    show = show_analyst() if show is None else show
    return merge_procurements(procurements, (snapshot or saved())[2] if show else None)


__all__ = [
    "ANALYST", "CURATED", "DOCUMENT_COLUMNS", "MEASURE_COLUMNS", "USER_MEASURE_COLUMNS", "analyst_toggle",
    "forget_cached", "is_user_document", "merge_documents", "merge_measures", "merge_procurements", "overlaps", "procurements_wide",
    "saved", "saved_with_version", "show_analyst", "user_passage", "with_user_documents", "with_user_figures", "with_user_procurements",
]
