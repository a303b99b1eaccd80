import streamlit as st; st.title("Baseline")  # noqa: E702  the bare one-line app the dashboard is compared with
