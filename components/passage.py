"""The original passage behind a figure, read live from the local document.

Document text is shown with st.code (escaped, monospaced, line-numbered); it is never
stored in the repository nor passed through HTML.
"""
from __future__ import annotations

import streamlit as st

from components.user_figures import is_user_document, user_passage
from data.seeds import passage


@st.cache_data(show_spinner=False, max_entries=256)
def _passage(doc_id: str, line: int, context: int) -> list[tuple[int, str]] | None:
    if is_user_document(doc_id):   # a document an analyst added: its lines are in the user-data store
        return user_passage(doc_id, line, context)
    return passage(doc_id, line, context)


def original_passage(doc_id: str, line: int, context: int = 2) -> None:
    lines = _passage(doc_id, int(line), context)
    if lines is None:
        st.info(
            "The source document is not available on this machine, so the passage cannot be shown. "
            "The locator above still says exactly where the figure is in the published document.",
            icon=":material/description:",
        )
        return
    width = len(str(lines[-1][0]))
    text = "\n".join(f"{'▶' if n == int(line) else ' '} {n:>{width}} │ {t}" for n, t in lines)
    st.code(text, language=None, wrap_lines=True)
