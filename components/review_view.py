"""'Add a document': upload a council's document, review the proposed figures, save them for the views.

The steps after an upload are plain functions of frames (`read_upload`, `figures_frame`,
`dates_frame`, `reviewed_rows`, `check_rows`), so they are tested without Streamlit; `review_page`
draws them. Proposals come from data.ingest (`read_document`, `propose`); saving goes to the
user-data store (data.userdb), never to the curated tables.
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pandas as pd
import streamlit as st

from components import user_figures
from components.shared_cache import SharedCache
from components.tables_view import show_table
from components.theme import plural
from components.url_state import url_choice, write_url
from data.document_formats import FORMATS, SUFFIXES
from data.seeds import DocumentError
from data.userdb import READ_ONLY_MESSAGE, SaveRejected, SavedReview, UserStore, UserStoreError, document_id, read_only
from data.vocab import MEASURES, PROCUREMENT_STAGES, STAGE_LABELS, measure_label

ACCEPTED_TYPES = SUFFIXES  # with their dots: Streamlit reads a bare "text" as any text/* file
AUTHORITY_TIERS_EXCLUDED = ("country", "region", "clinical commissioning group")
STATE_KEY = "review_doc"
UPLOAD_KEY = "review_upload"
_LABEL_CODE = re.compile(r"\(([A-Z]\d{8})\)$")

SAVED_COLUMNS = {"filename": "Document", "authority": "Authority", "saved_at": "Saved (UTC)", "n_measures": "Figures",
                 "n_procurements": "Dates", "reviewer": "Reviewed by", "note": "Note"}

FIGURE_COLUMNS = ("keep", "line", "source", "measure", "area", "period", "value", "unit", "qualifier", "breakdown",
                  "area_as_written", "near_matches", "confidence", "note")
DATE_COLUMNS = ("keep", "line", "source", "service", "stage", "date_text", "earliest", "latest", "term_months",
                "confidence", "note")


@dataclass
class Upload:
    """An uploaded document being reviewed: what was read and what the proposer found."""
    name: str
    data: bytes
    authority: str
    lines: list[str]
    proposals: pd.DataFrame
    sha256: str = field(init=False)

    def __post_init__(self) -> None:
        self.sha256 = hashlib.sha256(self.data).hexdigest()

    @property
    def doc_id(self) -> str:
        return document_id(self.data)

    @property
    def editor_suffix(self) -> str:
        """Editor keys change with the document and authority, so a new upload starts a fresh review."""
        return f"{self.sha256[:10]}_{self.authority}"


# -- reading -------------------------------------------------------------------------------------

def read_upload(data: bytes, name: str, authority: str) -> Upload:
    """Read the file and propose its figures; a DocumentError (IngestError) says what is wrong."""
    try:
        from data.ingest import propose, read_document
    except ImportError:
        raise DocumentError("The document reader (data.ingest) is not installed in this copy of the atlas.") from None
    lines = read_document(data, name=name)
    proposals = propose(lines, authority, doc_id=document_id(data))
    return Upload(name=name, data=data, authority=authority, lines=lines, proposals=proposals)


def authority_options(areas: pd.DataFrame) -> dict[str, str]:
    """code -> 'Name (code)' for every area a document can be about (not countries, regions or CCGs)."""
    rows = areas[~areas["tier"].isin(AUTHORITY_TIERS_EXCLUDED)].sort_values(["name", "area_code"])
    return {code: f"{name} ({code})" for code, name in zip(rows["area_code"], rows["name"])}


def area_labels(areas: pd.DataFrame) -> dict[str, str]:
    """code -> 'Name (code)' for every area in the registry (the area column's choices)."""
    rows = areas.sort_values(["name", "area_code"])
    return {code: f"{name} ({code})" for code, name in zip(rows["area_code"], rows["name"])}


def label_code(label: object) -> str:
    """'Ashford (E07000105)' -> 'E07000105'; '' for an empty cell or text that is not a label."""
    m = _LABEL_CODE.search(str(label or "").strip())
    return m.group(1) if m else ""


def upload_summary(name: str, n_lines: int, n_figures: int, n_dates: int, n_low: int) -> str:
    """What an upload gave, for the message above the review tables ('Read 116 lines of x.txt: 21 proposed figures and
    3 procurement dates; 1 low-confidence row starts unticked.')."""
    low = f"; {plural(n_low, 'low-confidence row')} {'starts' if n_low == 1 else 'start'} unticked" if n_low else ""
    return (f"Read {n_lines:,} lines of {name}: {plural(n_figures, 'proposed figure')} and "
            f"{plural(n_dates, 'procurement date')}{low}.")


def _text(value: object) -> str:
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA else str(value)


def _near_matches(name: str) -> str:
    if not name:
        return ""
    try:
        from data.ingest import suggest_areas
    except ImportError:
        return ""
    return "; ".join(f"{n} ({c})" for c, n, _ in suggest_areas(name, limit=3))


# -- the editable tables -----------------------------------------------------------------------------

def _row_start(rows: pd.DataFrame) -> dict[str, object]:
    """The columns every editable row starts with: keep (low-confidence rows start unticked), line, source line."""
    return {
        "keep": (rows["confidence"] != "low").to_numpy(),
        "line": rows["line"].astype(int).to_numpy(),
        "source": rows["text"].map(_text).to_numpy(),
    }


def figures_frame(proposals: pd.DataFrame, labels: dict[str, str]) -> pd.DataFrame:
    """One editable row per proposed figure, beside its source line. Low-confidence rows start unticked."""
    rows = proposals[proposals["kind"] == "measure"]
    frame = pd.DataFrame({
        **_row_start(rows),
        "measure": rows["measure"].map(_text).to_numpy(),
        "area": [labels.get(c) or (f"{n} ({c})" if c else None)
                 for c, n in zip(rows["area_code"].map(_text), rows["area_name"].map(_text))],
        "area_as_written": rows["area_name"].map(_text).to_numpy(),
        "period": rows["period"].map(_text).to_numpy(),
        "value": pd.to_numeric(rows["value"], errors="coerce").to_numpy(dtype="float64"),
        "unit": rows["unit"].map(_text).to_numpy(),
        "qualifier": rows["qualifier"].map(_text).to_numpy(),
        "breakdown": rows["breakdown"].map(_text).to_numpy(),
        "confidence": rows["confidence"].map(_text).to_numpy(),
        "near_matches": [_near_matches(n) if not c else "" for c, n in
                         zip(rows["area_code"].map(_text), rows["area_name"].map(_text))],
        "note": "",
    })
    return frame[list(FIGURE_COLUMNS)]


def dates_frame(proposals: pd.DataFrame) -> pd.DataFrame:
    """One editable row per proposed procurement date, beside its source line."""
    rows = proposals[proposals["kind"] == "procurement"]
    frame = pd.DataFrame({
        **_row_start(rows),
        "service": rows["service"].map(_text).to_numpy(),
        "stage": rows["stage"].map(_text).to_numpy(),
        "date_text": rows["date_text"].map(_text).to_numpy(),
        "earliest": rows["earliest"].map(_text).to_numpy(),
        "latest": rows["latest"].map(_text).to_numpy(),
        "term_months": pd.array(pd.to_numeric(rows["term_months"], errors="coerce"), dtype="Int64"),
        "confidence": rows["confidence"].map(_text).to_numpy(),
        "note": "",
    })
    return frame[list(DATE_COLUMNS)]


def reviewed_rows(figures: pd.DataFrame, dates: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """The kept rows in the store's columns, and how many rows the analyst dropped."""
    kept_f, kept_d = figures[figures["keep"].fillna(False).astype(bool)], dates[dates["keep"].fillna(False).astype(bool)]
    dropped = (len(figures) - len(kept_f)) + (len(dates) - len(kept_d))
    measure_rows = pd.DataFrame({
        "kind": "measure", "line": kept_f["line"], "text": kept_f["source"], "measure": kept_f["measure"],
        "area_code": kept_f["area"].map(label_code), "area_name": kept_f["area_as_written"],
        "area_label": kept_f["area"].map(_text), "period": kept_f["period"].map(_text), "value": kept_f["value"],
        "unit": kept_f["unit"], "qualifier": kept_f["qualifier"], "breakdown": kept_f["breakdown"],
        "note": kept_f["note"].map(_text),
    })
    date_rows = pd.DataFrame({
        "kind": "procurement", "line": kept_d["line"], "text": kept_d["source"], "service": kept_d["service"],
        "stage": kept_d["stage"].map(_text), "date_text": kept_d["date_text"].map(_text),
        "earliest": kept_d["earliest"].map(_text), "latest": kept_d["latest"].map(_text),
        "term_months": kept_d["term_months"], "note": kept_d["note"].map(_text),
    })
    frames = [f for f in (measure_rows, date_rows) if not f.empty]
    rows = pd.concat(frames, ignore_index=True) if frames else pd.DataFrame(columns=["kind", "line"])
    return rows, dropped


def check_rows(rows: pd.DataFrame, known_codes: set[str]) -> list[str]:
    """What the analyst must still fix before saving: areas not chosen or unknown, measures not in the vocabulary."""
    problems = []
    for _, row in rows[rows["kind"] == "measure"].iterrows():
        where = f"figure on line {row['line']}"
        if not _text(row.get("period")).strip():
            problems.append(f"{where}: give its period (a year such as 2021, or 2024/25)")
        if pd.isna(pd.to_numeric(row.get("value"), errors="coerce")):
            problems.append(f"{where}: give its value")
        if not row["area_code"]:
            written = f" ('{row['area_name']}' is not a known area)" if row["area_name"] else ""
            problems.append(f"{where}: choose its area{written}")
        elif row["area_code"] not in known_codes:
            problems.append(f"{where}: the area {row['area_label']!r} is not in the area registry")
        if row["measure"] not in MEASURES:
            problems.append(f"{where}: choose a measure from the list ({_text(row['measure'])[:40]!r} is not one)")
    for _, row in rows[rows["kind"] == "procurement"].iterrows():
        if row["stage"] not in PROCUREMENT_STAGES:
            problems.append(f"date on line {row['line']}: choose its stage")
    return problems


def save_review(upload: Upload, figures: pd.DataFrame, dates: pd.DataFrame, known_codes: set[str],
                reviewer: str = "", note: str = "", store: UserStore | None = None) -> SavedReview:
    """Check the edited tables and save them in one transaction; SaveRejected/UserStoreError carry the message."""
    rows, dropped = reviewed_rows(figures, dates)
    problems = check_rows(rows, known_codes)
    if problems:
        shown = "; ".join(problems[:8]) + (f"; and {len(problems) - 8} more" if len(problems) > 8 else "")
        raise SaveRejected(f"Nothing was saved. Please correct: {shown}.")
    saved = (store or UserStore()).save_review(
        data=upload.data, filename=upload.name, lines=upload.lines, authority=upload.authority,
        rows=rows.drop(columns=["area_label"], errors="ignore"), reviewer=reviewer, note=note, n_dropped=dropped)
    user_figures.forget_cached()
    return saved


# -- the page --------------------------------------------------------------------------------------------

# What every run of the page shows but only changes with its inputs (the areas registry, the analysts' saved
# documents) is worked out once per version of those inputs and shared, read-only, by every session.
MAX_SHARED = 16  # areas frames (one per registry folder) and saved-document lists (one per store version)
_shared: SharedCache[Any] = SharedCache(MAX_SHARED)


def shared_authority_options(areas: pd.DataFrame) -> tuple[dict[str, str], list[str]]:
    """`authority_options(areas)` and its codes in order, worked out once per areas frame (a shared, read-only
    table, known by its identity) rather than on every run."""
    def build() -> tuple[dict[str, str], list[str]]:
        options = authority_options(areas)
        return options, list(options)
    return _shared.get("authority_options", build, pinned=(areas,))


def shared_area_labels(areas: pd.DataFrame) -> dict[str, str]:
    """`area_labels(areas)`, once per areas frame."""
    return _shared.get("area_labels", lambda: area_labels(areas), pinned=(areas,))


def authority_picker(areas: pd.DataFrame) -> str | None:
    options, codes = shared_authority_options(areas)
    initial = url_choice("authority", codes, "") or None
    value = st.selectbox("Authority the document is about", codes, index=codes.index(initial) if initial else None,
                         format_func=options.__getitem__, placeholder="Choose a council",
                         help="Figures whose area the document does not name are proposed for this authority.",
                         key="ctl_authority")
    write_url("authority", value or "", "")
    return value


def upload_section(authority: str | None) -> Upload | None:
    """The uploader; reads and proposes once per (file, authority), keeping the result for reruns."""
    file = st.file_uploader("Document", type=list(ACCEPTED_TYPES), key=UPLOAD_KEY,
                            help=f"A Market Position Statement or tender notice as {FORMATS}")
    if file is None:
        st.session_state.pop(STATE_KEY, None)
        return None
    if not authority:
        st.info("Choose the authority the document is about, then its figures are proposed.", icon=":material/info:")
        return None
    data = file.getvalue()
    held: Upload | None = st.session_state.get(STATE_KEY)
    if held is not None and held.data == data and held.authority == authority and held.name == file.name:
        return held
    try:
        with st.spinner("Reading the document and proposing its figures..."):
            upload = read_upload(data, file.name, authority)
    except DocumentError as exc:
        st.session_state.pop(STATE_KEY, None)
        st.error(f"This file cannot be used: {getattr(exc, 'message', None) or exc}", icon=":material/error:")
        return None
    st.session_state[STATE_KEY] = upload
    return upload


def _figure_columns(measures: list[str], labels: list[str]) -> dict:
    cc = st.column_config
    return {
        "keep": cc.CheckboxColumn("Keep", help="Untick to drop the row", width="small", pinned=True),
        "line": cc.NumberColumn("Line", format="%d", width="small", pinned=True),
        "source": cc.TextColumn("Source line", width="medium", help="The line of the document the figure is on"),
        "measure": cc.SelectboxColumn("Measure", options=measures, required=True, format_func=measure_label),
        "area": cc.SelectboxColumn("Area", options=labels),
        "area_as_written": cc.TextColumn("Area as written"),
        "period": cc.TextColumn("Period", required=True),
        "value": cc.NumberColumn("Value", required=True),
        "unit": cc.TextColumn("Unit", width="small"),
        "qualifier": cc.TextColumn("Kind", width="small"),
        "breakdown": cc.TextColumn("Group"),
        "confidence": cc.TextColumn("Confidence", width="small"),
        "near_matches": cc.TextColumn("Near matches", help="Registry areas whose names are close to the text"),
        "note": cc.TextColumn("Note"),
    }


def _date_columns() -> dict:
    cc = st.column_config
    return {
        "keep": cc.CheckboxColumn("Keep", width="small", pinned=True),
        "line": cc.NumberColumn("Line", format="%d", width="small", pinned=True),
        "source": cc.TextColumn("Source line", width="medium"),
        "service": cc.TextColumn("Service or contract"),
        "stage": cc.SelectboxColumn("Stage", options=list(PROCUREMENT_STAGES), required=True,
                                    format_func=lambda s: STAGE_LABELS.get(s, s)),
        "date_text": cc.TextColumn("Date as written"),
        "earliest": cc.TextColumn("Earliest (YYYY-MM-DD)"),
        "latest": cc.TextColumn("Latest (YYYY-MM-DD)"),
        "term_months": cc.NumberColumn("Term (months)", format="%d"),
        "confidence": cc.TextColumn("Confidence", width="small"),
        "note": cc.TextColumn("Note"),
    }


def review_section(upload: Upload, areas: pd.DataFrame, curated: Callable[[], pd.DataFrame]) -> None:
    labels = shared_area_labels(areas)
    figures, dates = figures_frame(upload.proposals, labels), dates_frame(upload.proposals)
    low = int((upload.proposals["confidence"] == "low").sum())
    st.success(upload_summary(upload.name, len(upload.lines), len(figures), len(dates), low), icon=":material/check:")
    measure_options = sorted(set(MEASURES) | set(figures["measure"]))
    label_options = sorted(set(labels.values()) | {a for a in figures["area"] if isinstance(a, str) and a})
    fig_key, date_key = f"review_figures_{upload.editor_suffix}", f"review_dates_{upload.editor_suffix}"
    locked_f = ["line", "source", "area_as_written", "confidence", "near_matches"]
    if not figures.empty:
        st.markdown("##### Figures")
        st.caption("Correct the measure, area, period or value, or untick *Keep* to drop a row. "
                   "Hover a source line to read it whole.")
        figures = st.data_editor(figures, key=fig_key, hide_index=True, width="stretch", num_rows="fixed",
                       disabled=locked_f, column_config=_figure_columns(measure_options, label_options))
    if not dates.empty:
        st.markdown("##### Procurement dates")
        st.caption("Correct the stage, the date as written and its earliest and latest day (YYYY-MM-DD), "
                   "or untick *Keep*.")
        dates = st.data_editor(dates, key=date_key, hide_index=True, width="stretch", num_rows="fixed",
                       disabled=["line", "source", "confidence"], column_config=_date_columns())
    left, right = st.columns([1, 2])
    reviewer = left.text_input("Reviewed by (optional)", max_chars=200, key="review_reviewer")
    note = right.text_input("Note on this review (optional)", max_chars=2000, key="review_note")
    if st.button("Save reviewed figures", type="primary", icon=":material/save:", key="review_save",
                 disabled=read_only(), help=READ_ONLY_MESSAGE if read_only() else None):
        _save(upload, figures, dates, set(labels), reviewer, note, curated)


def _save(upload: Upload, figures: pd.DataFrame, dates: pd.DataFrame, known: set[str], reviewer: str, note: str,
          curated: Callable[[], pd.DataFrame]) -> None:
    shown = curated()  # the curated figures (analysts' earlier saves, this file's among them, are not "taken")
    try:
        saved = save_review(upload, figures, dates, known, reviewer, note)
    except (SaveRejected, UserStoreError) as exc:
        st.error(str(exc), icon=":material/error:")
        return
    replaced = f" It replaces the {saved.replaced} figures and dates saved earlier from this file." if saved.replaced else ""
    st.success(f"Saved {plural(saved.n_measures, 'figure')} and {plural(saved.n_procurements, 'procurement date')} "
               f"from {upload.name} "
               f"(marked *analyst* on the views).{replaced}", icon=":material/task_alt:")
    kept, _ = reviewed_rows(figures, dates)
    kept = kept[kept["kind"] == "measure"]
    taken = user_figures.overlaps(shown, kept.assign(breakdown=kept["breakdown"].map(_text))) if len(kept) else kept
    if len(taken):
        st.info(f"{len(taken)} of these figures are for an area, measure and period the curated tables already have; "
                "the views keep showing the curated figure for those.", icon=":material/info:")


@dataclass(frozen=True)
class SavedList:
    """The saved-documents section as drawn: shared by every session, never changed."""
    error: str                # why the store cannot be listed ('' when it can)
    description: str          # where saved figures are kept
    table: pd.DataFrame       # the table shown
    names: dict[str, str]     # doc_id -> 'file · saved YYYY-MM-DD', newest first (the remove picker)


def saved_table(docs: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, str]]:
    """The saved documents (UserStore.documents()) as the page's table, and the remove picker's labels."""
    table = docs[list(SAVED_COLUMNS)].rename(columns=SAVED_COLUMNS)
    table["Saved (UTC)"] = table["Saved (UTC)"].str.slice(0, 16).str.replace("T", " ")
    names = dict(zip(docs["doc_id"], docs["filename"] + " · saved " + docs["saved_at"].str.slice(0, 10)))
    return table, names


def _saved_list(docs: pd.DataFrame, error: str) -> SavedList:
    if error:
        return SavedList(error, "", pd.DataFrame(), {})
    try:
        description = UserStore().description
    except UserStoreError as exc:  # the environment changed since the read
        return SavedList(str(exc), "", pd.DataFrame(), {})
    table, names = saved_table(docs)
    return SavedList("", description, table, names)


def saved_list() -> SavedList:
    """The saved documents as the page shows them, from the analysts' rows every view reads
    (user_figures.saved_with_version: read once per USER_TTL_S, at once after a save or delete in this process),
    built once per version of those rows and shared."""
    (_, docs, _, error), version = user_figures.saved_with_version()
    return _shared.get(("saved_list", version), lambda: _saved_list(docs, error))


def saved_documents_section() -> None:
    saved = saved_list()
    if saved.error:
        st.warning(f"Saved documents cannot be listed: {saved.error}", icon=":material/warning:")
        return
    st.subheader("Documents added by analysts")
    st.caption(("None yet. " if saved.table.empty else "") +
               f"Saved figures are kept in {saved.description}, apart from the curated tables.")
    show_table(saved.table, width="stretch", key="review_saved")
    if saved.table.empty or read_only():
        return
    with st.expander("Remove a saved document"):
        doc_id = st.selectbox("Document", list(saved.names), format_func=saved.names.get, key="review_remove_doc")
        if st.button("Remove it and its figures", key="review_remove", icon=":material/delete:"):
            try:
                UserStore().delete_document(doc_id)
            except UserStoreError as exc:
                st.error(str(exc), icon=":material/error:")
            else:
                user_figures.forget_cached()
                st.rerun()


def review_page(areas: pd.DataFrame, curated: Callable[[], pd.DataFrame]) -> None:
    """The page. `curated()` gives the curated measures, read only when a save is checked against them."""
    st.markdown("Upload another council's document, check what the atlas proposes, correct or drop rows and save. "
                "Saved figures appear on the views marked **analyst** (the sidebar switch hides them); the curated "
                "tables are never changed.")
    if read_only():
        st.info(READ_ONLY_MESSAGE + " You can still upload a document to see what the atlas proposes.",
                icon=":material/lock:")
    authority = authority_picker(areas)
    upload = upload_section(authority)
    if upload is not None:
        review_section(upload, areas, curated)
    st.divider()
    saved_documents_section()
