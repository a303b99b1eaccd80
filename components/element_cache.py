"""Elements made once by Streamlit's own commands and sent again as they are, by every session.

A display element (a chart, a table that nothing can be selected in) is a message that does not depend on who
asked for it: the same arguments make the same bytes. Making it is most of an element's cost on the serving path:
`st.dataframe` writes its Arrow table out and turns its column settings into JSON on every run of every session,
`st.vega_lite_chart` dumps and loads its spec three times. Here Streamlit's own command runs once on a stand-in
that keeps the element instead of sending it (`capture`), and each later showing hands the kept element to
Streamlit's enqueue where the command would have put it (`enqueue`): same message, same place, same layout.

Widgets are never captured: they carry per-session state. Nor is anything while Streamlit's agent API records a
session (its elements carry a description of that session).

    element = capture(ArrowMixin, "dataframe", table, hide_index=True, width="stretch")
    if element is None or not enqueue(element):
        st.dataframe(table, hide_index=True, width="stretch")
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import streamlit as st


@dataclass(frozen=True)
class Element:
    """What a Streamlit command hands to its enqueue: the element's type, its message and its layout."""
    delta_type: str
    proto: Any  # the element's protobuf message: read, never changed (each enqueue copies it into its own message)
    layout: Any  # streamlit.elements.lib.layout_utils.LayoutConfig, or None


def capture(mixin: type, command: str, *args: Any, **kwargs: Any) -> Element | None:
    """The element `st.<command>(*args, **kwargs)` makes, made by Streamlit's own code on a stand-in that keeps
    it; None where it cannot be kept (the command failed, or put something per session in it)."""
    if recording():
        return None

    class Capture(mixin):  # type: ignore[misc, valid-type]
        caught: tuple | None = None

        @property
        def dg(self) -> "Capture":  # the mixins reach their DeltaGenerator through `dg`
            return self

        def _enqueue(self, delta_type: str, element_proto: Any, layout_config: Any = None,
                     **extra: Any) -> "Capture":
            self.caught = (delta_type, element_proto, layout_config, extra)
            return self

    stand_in = Capture()
    try:
        getattr(stand_in, command)(*args, **kwargs)
    except Exception:  # noqa: BLE001 - any surprise: the caller falls back to the command, which reports it
        return None
    if stand_in.caught is None:
        return None
    delta_type, proto, layout, extra = stand_in.caught
    if any(value not in (None, False) for value in extra.values()):  # agent props, a one-shot effect: per session
        return None
    return Element(delta_type, proto, layout)


def enqueue(element: Element) -> bool:
    """Send a kept element where its command would have put it (the active container): False if this Streamlit
    has no such call (the caller then falls back to the command)."""
    main = getattr(st.markdown, "__self__", None)  # the main DeltaGenerator: it writes to the active one
    send = getattr(main, "_enqueue", None)
    if send is None:
        return False
    send(element.delta_type, element.proto, layout_config=element.layout)
    return True


def recording() -> bool:
    """True when the agent API records this session (its elements then carry a per-session description)."""
    try:
        from streamlit.elements.lib.agent_spec import is_recording
    except ImportError:
        return False
    return bool(is_recording())
