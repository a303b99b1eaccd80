"""Care Market Atlas data layer: documents -> validated, tidy tables with provenance.

Nothing in this package imports Streamlit: the tables can be rebuilt, checked and
tested from the command line, and the dashboard only reads what this layer writes.
"""
