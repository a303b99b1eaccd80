"""'Check a new document': an analyst uploads a statement as text and sees what the atlas can read.

The upload is held in memory for this view only; the curated tables are never changed.
"""
from __future__ import annotations

import pandas as pd
import streamlit as st

from components.theme import plural
from data.preview import ALLOWED_SUFFIXES, MAX_UPLOAD_BYTES, Preview, preview_document
from data.seeds import DocumentError


def tables_frame(preview: Preview) -> pd.DataFrame:
    return pd.DataFrame({
        "Starts at line": [t.title_line for t in preview.tables],
        "Title or first header": [t.title[:80] for t in preview.tables],
        "Header lines": [len(t.header) for t in preview.tables],
        "Data rows": [len(t.rows) for t in preview.tables],
        "First row label": [t.rows[0].label[:60] if t.rows else "" for t in preview.tables],
    })


def found_text(preview: Preview) -> str:
    """'Read 1,204 lines; found 1 table with figures.'"""
    return f"Read {plural(preview.lines, 'line')}; found {plural(len(preview.tables), 'table')} with figures."


def document_check() -> None:
    st.markdown(
        "Upload a council's Market Position Statement saved as **plain text** to see whether the atlas can read it: "
        "which tables the generic reader finds, and which known areas it mentions. Nothing is saved; adding the "
        "document to the atlas means a registry row and a small spec (see the README, *Adding a council's document*)."
    )
    # No `type=` filter: Streamlit would refuse other files with a bare red chip; the reader says why instead.
    upload = st.file_uploader(
        "Statement as text", key="document_check",
        help=f"Plain UTF-8 text ({', '.join(ALLOWED_SUFFIXES)}), up to {MAX_UPLOAD_BYTES // (1024 * 1024)} MB",
    )
    if upload is None:
        return
    try:
        preview = preview_document(upload.getvalue(), upload.name)
    except DocumentError as exc:
        st.error(f"This file cannot be read: {exc}", icon=":material/error:")
        return
    st.success(found_text(preview), icon=":material/check:")
    if preview.tables:
        st.dataframe(tables_frame(preview), hide_index=True, width="stretch")
    if preview.areas_mentioned:
        st.caption("Known areas mentioned: " + ", ".join(f"{name} ({code})" for code, name in preview.areas_mentioned))
    else:
        st.caption("No area in the atlas's registry is mentioned; new areas need rows in data/registry/areas.csv.")
