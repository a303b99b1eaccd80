"""Reusable dashboard pieces: charts, maps, filters, provenance, layout.

Pages compose these; only this layer imports Streamlit alongside the data and geo layers.
"""
