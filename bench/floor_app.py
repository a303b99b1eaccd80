"""The bare app with as many elements as an atlas page, and nothing else: Streamlit's own cost of a page that size.

`python -m bench.load --floor N` serves it with N elements (a title and N - 1 one-line paragraphs): no data, no
widgets, no charts. What it costs the server per session is what any Streamlit page of N elements costs, before a
line of the atlas's own code runs.
"""
import os

import streamlit as st

st.title("Baseline")
for line in range(1, int(os.environ.get("CMA_FLOOR_ELEMENTS", "45"))):
    st.markdown(f"Paragraph {line}.")
