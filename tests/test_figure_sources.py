"""'Where these figures come from': made and sent only when a viewer opens it, then every figure's locator."""
from components.provenance import PROVENANCE_COLUMNS


def expander_key(expander) -> str:  # noqa: ANN001 - an AppTest Expander
    return expander.proto.id.rsplit("-", 1)[-1]


def test_the_sources_table_is_built_when_opened_and_holds_every_figure_with_its_line(app_page):
    at = app_page("pages/carers.py")
    box = next(e for e in at.expander if e.label == "Where these figures come from")
    assert not box.dataframe, "closed: no table made or sent"
    before = len(at.dataframe)
    at.session_state[expander_key(box)] = True
    at.run()
    assert not at.exception
    box = next(e for e in at.expander if e.label == "Where these figures come from")
    assert len(box.dataframe) == 1 and len(at.dataframe) == before + 1
    table = box.dataframe[0].value
    assert list(table.columns) == [c for c in PROVENANCE_COLUMNS.values() if c in table.columns]
    assert {"Document", "Line", "Value"} <= set(table.columns) and len(table) >= 4
    assert table["Line"].astype(int).gt(0).all()


def test_compare_keeps_its_every_figure_table_in_the_page(app_page):
    at = app_page("pages/compare.py", {"theme": "carers", "areas": "E10000016,E06000047"})
    box = next(e for e in at.expander if e.label.startswith("Every figure"))
    assert len(box.dataframe) == 1
