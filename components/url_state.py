"""Filters kept in the URL, so any view can be shared or bookmarked.

Every value read from the URL is checked against the options the page offers; an
unknown or malicious value is ignored with a visible note, never used or echoed raw.
"""
from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from contextlib import nullcontext
from typing import Any

import streamlit as st

MAX_PARAM_LENGTH = 200


def note_ignored(key: str) -> None:
    """Say, visibly, that a link's value for `key` was not used (never echoing the value itself)."""
    st.caption(f":material/link_off: The link's `{key}` value was not recognised and has been ignored.")


def url_choice(key: str, options: Sequence[str], default: str) -> str:
    """The URL's value for `key` if it is one of `options`, else `default` (with a note)."""
    raw = st.query_params.get(key)
    if raw is None:
        return default
    if len(raw) <= MAX_PARAM_LENGTH and raw in options:
        return raw
    note_ignored(key)
    return default


def url_multi(key: str, options: Sequence[str], default: Sequence[str]) -> list[str]:
    """Comma-separated choices from the URL; unknown items are dropped with a note."""
    raw = st.query_params.get(key)
    if raw is None:
        return list(default)
    items = [x for x in raw.split(",") if x] if len(raw) <= MAX_PARAM_LENGTH * 5 else []
    good = [x for x in items if x in options]
    if len(good) != len(items) or (raw and not items):
        note_ignored(key)
    return good or list(default)


def write_url(key: str, value: str | Sequence[str] | None, default: str | Sequence[str] | None = None) -> None:
    """Keep the URL in step with a control; defaults are left out to keep links short."""
    if isinstance(value, (list, tuple)):
        text = ",".join(value)
        default_text = ",".join(default) if isinstance(default, (list, tuple)) else default
    else:
        text, default_text = value, default
    if text in (None, "") or text == default_text:
        if key in st.query_params:
            del st.query_params[key]
    elif st.query_params.get(key) != text:
        st.query_params[key] = text


def _seed_widget(key: str, initial: Any, still_valid: Callable[[Any], bool]) -> str:
    """The widget's session key, holding the URL's value first and whenever options change under it."""
    widget_key = f"ctl_{key}"
    if widget_key not in st.session_state or not still_valid(st.session_state[widget_key]):
        st.session_state[widget_key] = initial
    return widget_key


def select_control(
    kind: str,
    label: str,
    key: str,
    options: Sequence[str],
    default: str,
    format_func: Callable[[Any], str] = str,
    help: str | None = None,
    show: bool = True,
    state: bool = False,
) -> str:
    """A single-choice control ('segmented', 'radio' or 'select') bound to the URL parameter `key`.

    With `show=False` (presenter mode) no control is drawn and the URL/default value is used; with `state` too, the
    choice is written out instead ("**Authority: Kent**"), so a slide says what it shows.
    """
    initial = url_choice(key, options, default)
    if not show:
        if state:
            from components.provenance import md_escape
            st.markdown(f"**{label}: {md_escape(format_func(initial))}**")
        return initial
    widget_key = _seed_widget(key, initial, lambda v: v in options)
    if kind == "segmented":
        # wrap: placed straight in a column Streamlit would keep the options on one row and scroll them sideways inside
        # the column, cutting the last one on a phone ("24 months" at 390 px)
        value = st.segmented_control(label, options, key=widget_key, format_func=format_func, help=help, wrap=True)
    elif kind == "radio":
        value = st.radio(label, options, key=widget_key, format_func=format_func, help=help, horizontal=True)
    else:
        value = st.selectbox(label, options, key=widget_key, format_func=format_func, help=help)
    value = value if value in options else default
    write_url(key, value, default)
    return value


def multiselect_control(
    label: str,
    key: str,
    options: Sequence[str],
    default: Sequence[str],
    format_func: Callable[[Any], str] = str,
    help: str | None = None,
    show: bool = True,
) -> list[str]:
    """A multi-choice control bound to the URL parameter `key` (comma-separated)."""
    initial = url_multi(key, options, default)
    if not show:
        return initial
    widget_key = _seed_widget(key, initial, lambda v: all(x in options for x in v))
    value = st.multiselect(label, options, key=widget_key, format_func=format_func, help=help)
    write_url(key, value, default)
    return list(value)


def tabs_control(key: str, labels: Mapping[str, str], default: str) -> dict[str, Any]:
    """Tabs bound to the URL parameter `key`: value -> its tab container, in the order of `labels` (value -> label).

    The URL holds the value, not the label, so a link survives a label that names the authority; an unknown value
    gets the default tab (with a note). Only the open tab need run: the tabs rerun the script when a viewer picks one
    (`on_change`) and each container's `.open` says which is open, so a page skips the rest and sends nothing of it.
    The URL is the one record of the choice: it is read on every run, and a click writes it before the rerun.
    """
    options = list(labels)
    widget_key = f"ctl_{key}"
    chosen = url_choice(key, options, default)
    st.session_state[widget_key] = labels[chosen]
    by_label = {label: value for value, label in labels.items()}
    tabs = st.tabs(list(labels.values()), key=widget_key, on_change=_tab_picked, args=(key, widget_key, by_label, default))
    write_url(key, chosen, default)  # an unknown value leaves the link, as select_control's do
    return dict(zip(options, tabs))


def _tab_picked(key: str, widget_key: str, by_label: Mapping[str, str], default: str) -> None:
    write_url(key, by_label.get(st.session_state.get(widget_key), default), default)


def control_columns(n: int, show: bool) -> list:
    """`n` columns side by side for `n` controls; presenter mode (`show` False) draws no controls, so it sends no
    columns to hold them (each would be an empty block sent to every viewer)."""
    return st.columns(n) if show else [nullcontext()] * n
