"""Dementia page: district estimates and their period control, the derived CCG rate, diagnosis, other authorities."""
from __future__ import annotations

from tests.conftest import run_page, seed_line
from tests.theme_helpers import card, map_values, metrics

PAGE = "pages/dementia.py"
KENT, ASHFORD = "E10000016", "E07000105"
DISTRICTS = [f"E07000{n}" for n in range(105, 117)]


def districts(measures, period):
    rows = measures.query("measure == 'dementia_estimated' and period == @period and area_code in @DISTRICTS")
    assert len(rows) == 12
    return rows




def kent_total(measures, period):
    rows = measures.query("measure == 'dementia_estimated' and area_code == @KENT and period == @period")
    assert len(rows) == 1
    return rows.iloc[0]


def test_default_view_maps_the_2015_district_estimates_with_the_documents_total(measures):
    rows = districts(measures, "2015")
    ashford = rows.query("area_code == @ASHFORD").iloc[0]
    assert "1,672" in seed_line("002_034f95b6eeefb17e.txt", int(ashford["line"]))
    at = run_page(PAGE)
    assert not at.exception, [e.value for e in at.exception]
    assert map_values(at, "dementia_map") == dict(zip(rows["area_code"], rows["value"]))
    shown = metrics(at)
    total = kent_total(measures, "2015")
    assert shown["People with dementia, Kent (adults)"] == f"{total['value']:,.0f}"
    assert shown["Sum of 12 districts"] == f"{rows['value'].sum():,.0f}"
    if total["value"] != rows["value"].sum():  # the document's total and its districts disagree: both are shown
        assert shown["Total minus sum"] == f"{total['value'] - rows['value'].sum():+,.0f}"


def test_changing_the_period_changes_the_map_and_the_url(measures):
    at = run_page(PAGE)
    at.segmented_control(key="ctl_period").set_value("2020").run()
    assert not at.exception
    rows = districts(measures, "2020")
    assert map_values(at, "dementia_map") == dict(zip(rows["area_code"], rows["value"]))
    assert at.query_params["period"] in ("2020", ["2020"])


def test_period_in_the_url_restores_that_view_and_a_bad_one_is_ignored(measures):
    at = run_page(PAGE, query={"period": "2020"})
    assert metrics(at)["People with dementia, Kent (adults)"] == f"{kent_total(measures, '2020')['value']:,.0f}"
    bad = run_page(PAGE, query={"period": "evil<script>"})
    assert not bad.exception
    assert any("`period` value was not recognised" in c.value for c in bad.caption)
    rows = districts(measures, "2015")
    assert map_values(bad, "dementia_map") == dict(zip(rows["area_code"], rows["value"]))


def test_rate_per_1000_registered_patients_is_derived_from_the_ccg_table_and_agrees_with_its_rate(measures):
    at = run_page(PAGE)
    table = next(d.value for d in at.dataframe if "Estimated per 1,000 (derived)" in d.value.columns)
    est = measures.query("measure == 'dementia_estimated' and area_code == 'E38000002'").iloc[0]
    pop = measures.query("measure == 'practice_population' and area_code == 'E38000002'").iloc[0]
    doc_rate = measures.query("measure == 'dementia_prevalence_estimated' and area_code == 'E38000002'").iloc[0]
    row = table[table["Clinical commissioning group"].str.contains("Ashford")].iloc[0]
    derived = est["value"] / pop["value"] * 1000
    assert row["Estimated per 1,000 (derived)"] == f"{derived:.1f}"
    # the document's own estimated rate (a percentage) says the same thing to its rounding
    for _, r in table.iterrows():
        per_1000 = float(r["Estimated per 1,000 (derived)"])
        assert abs(per_1000 / 10 - float(r["Document's estimated rate (%)"].rstrip("%"))) < 0.06, r.to_dict()
    assert abs(derived / 10 - doc_rate["value"]) < 0.01
    assert any("How this rate is derived" in m.value for m in at.markdown)


def test_diagnosis_rates_are_shown_against_the_national_target(measures):
    target = measures.query("measure == 'dementia_diagnosis_target'")
    at = run_page(PAGE)
    caption = next(c.value for c in at.caption if c.value.startswith("Diagnosis rate"))
    if target.empty:
        assert "not in the extracted figures yet" in caption
    else:
        assert f"National target: {target.iloc[0]['value']:.1f}%" in caption
    chart = next(c for c in at.get("vega_lite_chart") if "diagnosis rate by CCG" in c.proto.alt)
    assert "National target" in chart.proto.alt or target.empty


def test_durham_estimate_and_projection_are_shown_as_a_pair_with_their_years(measures):
    durham = measures.query("area_code == 'E06000047' and measure == 'dementia_estimated'").sort_values("period")
    now, later = durham.iloc[0], durham.iloc[-1]
    at = run_page(PAGE)
    shown = card(at, value=f"about {now['value']:,.0f}")
    assert f"{later['value']:,.0f} by {later['period']}" in shown.delta
    assert shown.delta.startswith("▲ rises to" if later["value"] >= now["value"] else "▼ falls to")
    assert f"{now['period']} (approximate) and {later['period']} (projection)" in shown.caption


def test_presenter_mode_hides_controls_and_downloads(measures):
    at = run_page(PAGE, query={"present": "1", "period": "2020"})
    assert not at.exception
    assert not at.get("button_group") and not at.get("download_button")
    rows = districts(measures, "2020")
    assert map_values(at, "dementia_map") == dict(zip(rows["area_code"], rows["value"]))


def _with_blocks(node, blocks=()):  # noqa: ANN001 - an AppTest block
    """Every element under `node` with the types of the blocks it sits in."""
    for child in getattr(node, "children", {}).values():
        yield child, blocks
        yield from _with_blocks(child, (*blocks, child.type))


def test_a_lone_chart_is_not_wrapped_in_columns():
    """The counts section has one chart for dementia (no shares): it takes the width without a one-column row."""
    at = run_page(PAGE)
    charts = [(el, blocks) for el, blocks in _with_blocks(at.main) if el.type == "vega_lite_chart"]
    counts = [blocks for el, blocks in charts if el.proto.alt.startswith("Bar chart of people with dementia by district")]
    assert counts == [("tab_container", "tab")]
