"""Compare page: chosen authorities side by side, with periods called out and sources listed."""
from __future__ import annotations

from data import store
from tests.conftest import run_page

PAGE = "pages/compare.py"


def sources_table(at):
    return at.dataframe[-1].value


def test_default_view_compares_kent_and_durham_carers_with_their_periods():
    at = run_page(PAGE, query={"theme": "carers"})
    assert not at.exception
    table = sources_table(at)
    m = store.load_measures()
    kent = m.query("area_code == 'E10000016' and measure == 'carers_unpaid' and period == '2015'")["value"].iloc[0]
    assert f"{kent:,.0f}" in set(table["Value"])
    durham = m.query("area_code == 'E06000047' and measure == 'carers_unpaid'")["value"].iloc[0]
    assert f"{durham:,.0f}" in set(table["Value"])


def test_figures_from_different_periods_on_one_axis_are_called_out():
    m = store.load_measures()
    pop = m.query("measure == 'population' and breakdown == '' and area_code in ['E10000016', 'E06000047']")
    assert pop["period"].nunique() == 2, "Kent's and Durham's population figures are for different years"
    at = run_page(PAGE, query={"theme": "population", "areas": "E10000016,E06000047"})
    assert not at.exception
    notes = [w.value for w in at.warning if "Population" in w.value]
    assert notes and all(p in notes[0] for p in pop["period"])


def test_choosing_one_authority_limits_the_figures_and_updates_the_url():
    at = run_page(PAGE, query={"theme": "carers"})
    at.multiselect(key="ctl_areas").set_value(["E06000047"]).run()
    table = sources_table(at)
    assert set(table["Area (as written)"]) <= {"County Durham", "Durham"}
    assert not at.warning  # a single authority cannot mix periods
    assert at.query_params["areas"] in ("E06000047", ["E06000047"])


def test_bad_authority_in_url_is_ignored_with_a_note():
    at = run_page(PAGE, query={"areas": "E99999999,<img src=x>", "theme": "carers"})
    assert not at.exception
    assert any("was not recognised" in c.value for c in at.caption)
