"""Care Market Atlas data layer: documents -> validated, tidy tables with provenance.

Nothing in this package imports Streamlit: the tables can be rebuilt, checked and
tested from the command line, and the dashboard only reads what this layer writes.
"""

import pandas as _pd

# Text columns as Python strings (pandas's "str" dtype, with NaN for missing) rather than pyarrow
# strings: the atlas's tables are small (thousands of rows), and per-row work on pyarrow strings
# (take, iteration, boxing scalars) was 29% of a warm page run's CPU (py-spy, Nov 2026). Set here,
# where every reader of the tables comes through, so the app, its tests and the command-line
# tools see the same types.
_pd.options.mode.string_storage = "python"
