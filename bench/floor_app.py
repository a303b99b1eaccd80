"""The bare app with as many elements as an atlas page, and nothing else: Streamlit's own cost of a page that size.

`python -m bench.load --floor N` serves it with N elements (a title and N - 1 one-line paragraphs): no data, no
widgets, no charts. What it costs the server per session is what any Streamlit page of N elements costs, before a
line of the atlas's own code runs.

`--floor-controls` makes eleven of those N elements the controls a theme page draws (carers: three select boxes,
two segmented controls, a toggle, a button and four download buttons whose files are made only when clicked), each
with a few options and nothing behind it: the floor of a page that must offer those controls.
"""
import os

import streamlit as st

OPTIONS = ("First", "Second", "Third", "Fourth")


def theme_page_controls() -> int:
    """The controls of a theme page, empty; returns how many elements they are."""
    for name in ("Authority", "Period", "Measure"):
        st.selectbox(name, OPTIONS, key=f"select_{name}")
    for name in ("Show", "Scale"):
        st.segmented_control(name, OPTIONS[:3], default=OPTIONS[0], key=f"segment_{name}")
    st.toggle("Interactive map", key="toggle")
    st.button("Copy link", key="button")
    for number in range(4):
        st.download_button(f"Download {number}", data=lambda: b"x", file_name=f"file{number}.csv",
                           key=f"download_{number}")
    return 11


st.title("Baseline")
elements = int(os.environ.get("CMA_FLOOR_ELEMENTS", "45"))
drawn = 1 + (theme_page_controls() if os.environ.get("CMA_FLOOR_CONTROLS") == "1" else 0)
for line in range(1, elements - drawn + 1):
    st.markdown(f"Paragraph {line}.")
