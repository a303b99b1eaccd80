"""A page that reconnects to another server process re-runs there (hosting behind nginx).

When a Streamlit process dies, nginx sends the browser's reconnecting WebSocket to another
process, which has never seen this viewer: it starts a fresh, empty session. Streamlit's
frontend assumes it got its old session back and does not ask for a run, so the page would
stay on screen with nothing behind it (downloads and uploads would fail until the viewer
touched a control). The frontend does ask for a full run on reconnect when the page has a
timed fragment, so the app keeps one that does nothing and fires once an hour: the page,
with its filters from the URL, is rebuilt on the new process as soon as it reconnects.
Tested in tests/browser/test_proxy.py.
"""
from __future__ import annotations

import streamlit as st

RERUN_EVERY = "1h"   # the fragment's own timer: one empty fragment run per viewer per hour


@st.fragment(run_every=RERUN_EVERY)
def _resume_marker() -> None:
    """Deliberately empty: its timer is what makes the browser re-run the page after a reconnect."""


def rerun_after_reconnect() -> None:
    """Call once per run, after the page's set_page_config: components.layout.page_header does.

    (Called from the entry point, before or after the page, Streamlit 1.67 did not deliver the
    timer to the browser on pages that set their own page config or stop early.)
    """
    with st.sidebar:
        _resume_marker()
