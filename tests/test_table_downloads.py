"""Each table's CSV download is made when the viewer asks for it (not on every run) and holds the rows shown."""
from io import StringIO

import pandas as pd


def test_every_table_download_on_sources_holds_exactly_the_rows_shown(app_page, downloads):
    at = app_page("pages/sources.py")
    assert not at.exception
    made = {name: make for name, make in downloads.items() if str(name).startswith("care-market-atlas-")}  # downloadable_table's
    assert len(made) >= 4, sorted(map(str, downloads))
    shown = [as_text(t.value.to_csv(index=False)) for t in at.dataframe]
    for name, make in made.items():
        content = make()
        rows = as_text(content.decode("utf-8") if isinstance(content, bytes) else content)
        assert any(rows.equals(table) for table in shown), f"{name}: no table on the page holds these rows"


def as_text(csv_text: str) -> pd.DataFrame:
    return pd.read_csv(StringIO(csv_text), dtype=str, keep_default_na=False)
