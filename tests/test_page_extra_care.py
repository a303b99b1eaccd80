"""Extra care page: units and schemes by authority on the map, planned and dementia-capable provision,
units per 1,000 aged 65+ worked out from two real rows, housing context, URL-bound controls."""
from __future__ import annotations

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from components import extra_care_view as ev
from data import store
from tests.conftest import hollow_blocks, run_page, seed_line
from tests.maphelp import page_maps

PAGE = "pages/extra-care.py"
SOUTH_TYNESIDE, BOURNEMOUTH, POOLE, DORSET_COUNTY = "E08000023", "E06000028", "E06000029", "E10000009"


def figure(measures: pd.DataFrame, code: str, measure: str, **match: str) -> pd.Series:
    rows = measures[(measures["area_code"] == code) & (measures["measure"] == measure)]
    for column, value in match.items():
        rows = rows[rows[column] == value]
    assert len(rows) == 1, (code, measure, match, rows)
    return rows.iloc[0]


def provision_table(at: AppTest) -> pd.DataFrame:
    return next(d.value for d in at.dataframe if "Authority (year)" in d.value.columns and "Existing" in d.value.columns)


def decks(at: AppTest) -> list:
    """The page's maps (Vega-Lite proportional-symbol maps)."""
    return [m for m in page_maps(at) if m.kind == "symbols"]


def test_default_view_shows_extra_care_units_per_authority_on_two_document_maps(measures):
    at = run_page(PAGE)
    assert not at.exception, [e.value for e in at.exception]
    units = figure(measures, SOUTH_TYNESIDE, "extra_care_units")
    table = provision_table(at).set_index("Authority (year)")
    assert table.loc[f"South Tyneside ({units['period']})", "Existing"] == f"{units['value']:,.0f}"
    for code, name in ((BOURNEMOUTH, "Bournemouth"), (POOLE, "Poole"), (DORSET_COUNTY, "Dorset County")):
        row = figure(measures, code, "extra_care_units")
        assert table.loc[f"{name} ({row['period']})", "Existing"] == f"{row['value']:,.0f}"
    # one proportional-symbol map per document with figures: North East 2024 and the 2015 Dorset document
    assert len(decks(at)) == 2
    assert any("2013 boundaries" in c.value for c in at.caption)


def test_south_tyneside_figure_is_the_one_in_the_document(measures):
    units = figure(measures, SOUTH_TYNESIDE, "extra_care_units")
    schemes = figure(measures, SOUTH_TYNESIDE, "extra_care_schemes")
    line = seed_line(store.load_documents().set_index("doc_id").loc[units["doc_id"], "seed_file"], int(units["line"]))
    assert f"{units['value']:.0f} units" in line
    assert int(schemes["line"]) == int(units["line"])


def test_measure_selector_switches_to_schemes_and_updates_the_url(measures):
    at = run_page(PAGE)
    units = figure(measures, SOUTH_TYNESIDE, "extra_care_units")
    schemes = figure(measures, SOUTH_TYNESIDE, "extra_care_schemes")
    assert units["value"] != schemes["value"]
    at.segmented_control(key="ctl_measure").set_value("schemes").run()
    assert not at.exception
    table = provision_table(at).set_index("Authority (year)")
    assert table.loc[f"South Tyneside ({schemes['period']})", "Existing"] == f"{schemes['value']:,.0f}"
    # Middlesbrough gives schemes but no units, so it appears only now
    middlesbrough = figure(measures, "E06000002", "extra_care_schemes")
    assert table.loc[f"Middlesbrough ({middlesbrough['period']})", "Existing"] == f"{middlesbrough['value']:,.0f}"
    assert at.query_params["measure"] in ("schemes", ["schemes"])
    assert any(m.value.startswith("##### ") and "extra care schemes" in m.value for m in at.markdown)


def test_url_restores_schemes_and_todays_boundaries(measures):
    at = run_page(PAGE, query={"measure": "schemes", "boundaries": "today"})
    assert not at.exception
    assert at.segmented_control(key="ctl_measure").value == "schemes"
    assert at.segmented_control(key="ctl_boundaries").value == "today"
    schemes = figure(measures, SOUTH_TYNESIDE, "extra_care_schemes")
    assert provision_table(at).set_index("Authority (year)").loc[
        f"South Tyneside ({schemes['period']})", "Existing"] == f"{schemes['value']:,.0f}"
    captions = " ".join(c.value for c in at.caption)
    assert "Poole (2015) shown within Bournemouth, Christchurch and Poole" in captions
    assert "Christchurch is now in Bournemouth, Christchurch and Poole" in captions


def test_todays_boundaries_name_every_old_area_and_its_successor():
    at = run_page(PAGE, query={"boundaries": "today"})
    captions = " ".join(c.value for c in at.caption)
    assert "Bournemouth (2015) shown within Bournemouth, Christchurch and Poole" in captions
    assert "Dorset County (2015) shown within Dorset" in captions


@pytest.mark.parametrize("query", [{"measure": "<script>alert(1)</script>"}, {"boundaries": "1990"}])
def test_bad_url_values_are_ignored_with_a_note(measures, query):
    at = run_page(PAGE, query=query)
    assert not at.exception
    assert any("was not recognised" in c.value for c in at.caption)
    units = figure(measures, SOUTH_TYNESIDE, "extra_care_units")
    assert provision_table(at).set_index("Authority (year)").loc[
        f"South Tyneside ({units['period']})", "Existing"] == f"{units['value']:,.0f}"


def test_units_per_1000_aged_65_plus_is_worked_out_from_the_two_rows_and_shown_with_both_locators(measures):
    units = figure(measures, BOURNEMOUTH, "extra_care_units")
    population = figure(measures, BOURNEMOUTH, "population", breakdown="aged 65+", period=units["period"])
    expected = units["value"] / population["value"] * 1000
    at = run_page(PAGE)
    derivation = next(m.value for m in at.markdown if m.value.startswith(f"**Bournemouth ({units['period']})**"))
    assert f"**{expected:.1f}**" in derivation
    assert f"{units['value']:,.0f} extra care units" in derivation and f"{population['value']:,.0f} people aged 65+" in derivation
    assert f"line {units['line']}" in derivation and f"line {population['line']}" in derivation
    rates = ev.units_per_1000(measures).set_index("area_code")
    assert rates.loc[BOURNEMOUTH, "value"] == pytest.approx(expected, abs=0.01)


def test_no_rate_without_a_same_year_population_in_the_same_document(measures):
    rates = ev.units_per_1000(measures)
    assert SOUTH_TYNESIDE not in set(rates["area_code"])
    assert SOUTH_TYNESIDE in set(ev.without_denominator(measures)["area_code"])
    # every rate uses a population row from its own document, for the units' own period, never a projection
    pop = measures[(measures["measure"] == "population") & (measures["breakdown"] == "aged 65+")]
    for row in rates.itertuples():
        used = pop[(pop["doc_id"] == row.doc_id) & (pop["area_code"] == row.area_code) & (pop["line"] == row.population_line)
                   & (pop["period"] == row.period)]
        assert len(used) == 1 and used["qualifier"].iloc[0] != "projection"
    at = run_page(PAGE)
    assert any("No rate for South Tyneside" in c.value for c in at.caption)


def test_planned_and_dementia_capable_units_are_listed_with_their_details(measures):
    planned = figure(measures, SOUTH_TYNESIDE, "extra_care_units_planned")
    dementia = figure(measures, SOUTH_TYNESIDE, "extra_care_units_dementia")
    at = run_page(PAGE)
    row = provision_table(at).set_index("Authority (year)").loc[f"South Tyneside ({planned['period']})"]
    assert row["Planned"].startswith(f"{planned['value']:,.0f}") and planned["breakdown"] in row["Planned"]
    assert row["Dementia-capable (of existing)"] == f"{dementia['value']:,.0f}"


def test_housing_chart_keeps_groups_and_leaves_sub_groups_to_the_table(measures):
    rows = ev.housing_rows(measures, "units")
    shown = ev.top_level(rows)
    dorset = shown[shown["area_code"] == DORSET_COUNTY]
    groups = set(dorset["breakdown"])
    assert "younger people" in groups and not any(g.startswith("younger people, ") for g in groups)
    # no Dorset total for mental health, so its parts are each shown
    assert {"mental health, long term", "mental health, short term"} <= groups
    at = run_page(PAGE)
    housing = next(d.value for d in at.dataframe if "Client group or detail" in d.value.columns)
    assert len(housing) == len(rows)
    sheltered = figure(measures, POOLE, "sheltered_housing_units")
    assert f"{sheltered['value']:,.0f}" in set(housing["Value"])


def test_panel_geography_uses_the_boundaries_of_the_time_or_todays_successors(measures, documents):
    rows = ev.current_rows(measures, "units")
    panel = next(p for p in ev.map_panels(rows, documents) if p.doc_id == "bpd-mps-2015")
    published = ev.panel_geography(panel, "published")
    assert published.shape_vintage == "2013" and set(published.shape_codes) == {BOURNEMOUTH, POOLE, DORSET_COUNTY}
    today = ev.panel_geography(panel, "today")
    assert set(today.outline_codes) == {"E06000058", "E06000059"} and today.outline_vintage == "2023"
    north_east = next(p for p in ev.map_panels(rows, documents) if p.doc_id == "north-east-intentions-2024")
    assert ev.panel_geography(north_east, "published").shape_vintage == "2023"


def test_presenter_mode_hides_the_controls_but_keeps_the_maps():
    at = run_page(PAGE, query={"present": "1", "measure": "schemes"})
    assert not at.exception
    assert len(at.segmented_control) == 0
    assert any("Schemes" in m.value for m in at.markdown)
    assert len(decks(at)) == 2


def test_presenter_mode_sends_no_empty_blocks():
    """Presenter mode draws neither control, so no blocks are sent to hold them."""
    at = run_page(PAGE, query={"present": "1"})
    assert not at.exception
    assert hollow_blocks(at.main) == 0


def test_provision_bars_are_thin_and_each_authoritys_name_sits_above_its_own_bars(measures, documents):
    """Each authority is one step of 74 px: its name, then up to three 16 px bars. Vega-Lite gives a chart with a
    yOffset the step per bar unless told otherwise: bars were drawn 52 px thick, names printed across them."""
    from tests.vega_layout import mark_boxes

    view = ev.provision_view(measures, documents, "units")
    spec = view.chart.spec()
    authorities = len(set(view.table["Authority (year)"]))
    bars = [b for b in mark_boxes(spec, 700, "rect") if b["height"] and b["width"] and b["text"] is None]
    names = [t for t in mark_boxes(spec, 700, "text") if t["text"] in set(view.table["Authority (year)"])]
    assert len(names) == authorities >= 3
    assert bars and max(b["height"] for b in bars) <= 20
    for name in names:  # the name's baseline is at or above the top of every bar of its group, and below the last
        below = [b for b in bars if b["y"] + b["height"] > name["y"]]
        assert below and min(b["y"] for b in below) >= name["y"] - 1, name["text"]
    total = max(b["y"] + b["height"] for b in bars)
    assert total <= 74 * authorities + 20


def test_an_authority_without_a_rate_is_told_why_once():
    """South Tyneside's document gives no population aged 65+: the rate section said so twice, a box ('No document
    gives both ...') and a caption ('No rate for South Tyneside ...'); now one box names the authority and the reason."""
    at = run_page(PAGE, {"area": SOUTH_TYNESIDE})
    said = [e.value for e in [*at.info, *at.caption] if "no population aged 65+" in e.value
            or "No document gives both" in e.value]
    assert len(said) == 1 and said[0].startswith("No rate for South Tyneside") and said[0] in [i.value for i in at.info]
