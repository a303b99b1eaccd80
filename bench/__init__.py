"""Benchmark of the atlas against a bare Streamlit app: `python -m bench.run` (or `make bench`)."""
