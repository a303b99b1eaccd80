"""Data and sources page: tables, filters bound to the URL, findings, and the passage behind a figure."""
from __future__ import annotations

import pandas as pd
from streamlit.testing.v1 import AppTest

from data import store
from tests.conftest import run_page

PAGE = "pages/sources.py"


def figures_table(at: AppTest) -> pd.DataFrame:
    return at.dataframe[0].value


def test_figures_table_lists_every_extracted_figure():
    at = run_page(PAGE)
    assert not at.exception
    assert len(figures_table(at)) == len(store.load_measures())


def test_document_filter_narrows_the_table_and_is_kept_in_the_url():
    at = run_page(PAGE)
    at.selectbox(key="ctl_doc").set_value("durham-mps-2019").run()
    table = figures_table(at)
    expected = store.load_measures().query("doc_id == 'durham-mps-2019'")
    assert len(table) == len(expected) > 0
    assert set(table["Document"]) == {store.load_documents().set_index("doc_id").loc["durham-mps-2019", "short_name"]}
    assert at.query_params["doc"] in ("durham-mps-2019", ["durham-mps-2019"])


def test_url_restores_the_document_filter():
    at = run_page(PAGE, query={"doc": "durham-mps-2019"})
    expected = store.load_measures().query("doc_id == 'durham-mps-2019'")
    assert len(figures_table(at)) == len(expected)


def test_unknown_document_in_url_is_ignored_with_a_note():
    at = run_page(PAGE, query={"doc": "<script>alert(1)</script>"})
    assert not at.exception
    assert len(figures_table(at)) == len(store.load_measures())
    assert any("was not recognised" in c.value for c in at.caption)


def test_locator_panel_shows_the_original_line_from_the_local_document():
    def app():
        import pandas as pd

        from components.sources_view import locator_panel

        row = pd.Series({"Figure": "Life expectancy", "Area (as written)": "County Durham", "Period": "2014-16",
                         "Value": "78.1", "Document": "Durham MPS", "Section or table": "JSNA", "Line": 136,
                         "doc_id": "durham-mps-2019"})
        locator_panel(row, {"durham-mps-2019": "000_bd66a19a3e235d42.txt"})

    at = AppTest.from_function(app).run()
    assert not at.exception
    code = at.code[0].value
    from tests.conftest import seed_line

    assert seed_line("000_bd66a19a3e235d42.txt", 136) in code
    assert "▶ 136" in code


def test_locator_panel_says_so_when_the_document_is_not_here(monkeypatch, tmp_path):
    monkeypatch.setenv("CMA_SEEDS_DIR", str(tmp_path))

    def app():
        import pandas as pd

        from components.sources_view import locator_panel

        row = pd.Series({"Figure": "x", "Area (as written)": "y", "Period": "2015", "Value": "1",
                         "Document": "d", "Section or table": "s", "Line": 3, "doc_id": "kent-community-mps-2016"})
        locator_panel(row, {})

    at = AppTest.from_function(app).run()
    assert not at.exception
    assert "not available on this machine" in at.info[0].value


def test_theme_filter_keeps_only_that_themes_figures():
    from data.vocab import MEASURES

    at = run_page(PAGE)
    at.selectbox(key="ctl_theme").set_value("dementia").run()
    table = figures_table(at)
    m = store.load_measures()
    expected = m[m["measure"].map(lambda x: MEASURES[x].theme) == "dementia"]
    assert len(table) == len(expected) > 0
    assert at.query_params["theme"] in ("dementia", ["dementia"])


def test_only_the_open_tab_is_sent_and_the_url_names_it():
    from components.navigation import SOURCES_TABS, TAB_PARAM

    first = run_page(PAGE)
    assert len(first.dataframe) == 1 and not first.get("download_button")[1:]  # the figures tab alone
    areas = run_page(PAGE, {TAB_PARAM: "areas"})
    assert len(areas.dataframe) == 1 and len(areas.dataframe[0].value) == len(store.load_areas())
    assert not first.dataframe[0].value.equals(areas.dataframe[0].value)
    assert set(SOURCES_TABS) == {"figures", "contracts", "findings", "documents", "areas"}


def test_a_followed_finding_opens_the_findings_tab():
    from components.timeline_readings import finding_id
    from components.timeline_view import FINDING_HREF

    query = dict(part.split("=", 1) for part in FINDING_HREF.split("?", 1)[1].split("&") if not part.endswith("="))
    finding = store.load_findings().iloc[0]
    at = run_page(PAGE, {**query, "finding": finding_id(finding["doc_id"], finding["line"], finding["check"])})
    assert not at.exception
    assert any("The finding you followed" in i.value for i in at.info)
    assert any("Checks run on every extraction" in m.value for m in at.markdown)
