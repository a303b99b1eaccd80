"""Each table's CSV download is made when the viewer asks for it (not on every run) and holds the rows shown."""
from io import StringIO

import pandas as pd


def test_every_table_download_on_sources_holds_exactly_the_rows_shown(app_page, downloads):
    from components.navigation import SOURCES_TABS, TAB_PARAM

    checked = 0
    for tab in SOURCES_TABS:  # one tab is sent at a time (?tab=)
        downloads.clear()
        at = app_page("pages/sources.py", {TAB_PARAM: tab})
        assert not at.exception
        made = {name: make for name, make in downloads.items() if str(name).startswith("care-market-atlas-")}
        shown = [as_text(t.value.to_csv(index=False)) for t in at.dataframe]
        for name, make in made.items():
            content = make()
            rows = as_text(content.decode("utf-8") if isinstance(content, bytes) else content)
            assert any(rows.equals(table) for table in shown), f"{tab}: {name}: no table on the tab holds these rows"
            checked += 1
    assert checked >= 5, checked  # figures, contracts, findings, documents, areas


def as_text(csv_text: str) -> pd.DataFrame:
    return pd.read_csv(StringIO(csv_text), dtype=str, keep_default_na=False)
