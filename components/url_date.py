"""A day kept in the URL (`?today=2019-03-15`), so a timeline view can be shared by link.

Like components/url_state.py, the URL's value is used only when it is a real ISO day in
the offered range; anything else is ignored with the same visible note.
"""
from __future__ import annotations

import re
from datetime import date

import streamlit as st

from components.url_state import note_ignored, write_url

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def url_date(key: str, default: date, min_value: date, max_value: date) -> date:
    """The URL's `key` as a YYYY-MM-DD day within the bounds, else `default` (with a note)."""
    raw = st.query_params.get(key)
    if raw is None:
        return default
    if _ISO_DAY.match(raw):
        try:
            day = date.fromisoformat(raw)
        except ValueError:
            day = None
        if day is not None and min_value <= day <= max_value:
            return day
    note_ignored(key)
    return default


def date_control(label: str, key: str, default: date, min_value: date, max_value: date,
                 help: str | None = None, show: bool = True) -> date:
    """A date picker bound to the URL parameter `key`; the default is left out of links.

    With `show=False` (presenter mode) no control is drawn and the URL/default day is used.
    """
    initial = url_date(key, default, min_value, max_value)
    if not show:
        return initial
    widget_key = f"ctl_{key}"
    if widget_key not in st.session_state:
        st.session_state[widget_key] = initial
    value = st.date_input(label, key=widget_key, min_value=min_value, max_value=max_value,
                          format="YYYY-MM-DD", help=help)
    if not isinstance(value, date):
        value = default
    write_url(key, value.isoformat(), default.isoformat())
    return value
