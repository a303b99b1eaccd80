"""The theme pages' logic as plain functions over frames, on the made-up county (no Streamlit run)."""
from __future__ import annotations

import pandas as pd
import pytest

from components import theme_view as tv
from tests.conftest import MADEUP

COUNTY, UNITARY, ENGLAND = "E10000901", "E06000901", "E92000001"
DISTRICTS = ["E07000901", "E07000902", "E07000903", "E07000904"]
CARERS = tv.DistrictSpec(key="carers", count="carers_unpaid", count_label="Unpaid carers", share="carers_unpaid_pct")


@pytest.fixture
def tables(madeup):
    from components.charts import figure_frame
    from data import store

    measures, areas = store.load_measures(), store.load_areas()
    return measures, areas, figure_frame(measures)


def test_authorities_with_theme_figures_put_those_with_districts_first(tables):
    measures, areas, _ = tables
    carers = tv.theme_authorities(measures, areas, tv.theme_measures("carers"))
    assert carers["area_code"].tolist() == [COUNTY, UNITARY]
    assert carers.set_index("area_code").loc[COUNTY, "child_figures"] == 16  # 4 districts x 2 measures x 2 periods
    assert carers.set_index("area_code").loc[UNITARY, "child_figures"] == 0
    # England is a benchmark, CCGs belong to their county: neither is an authority to pick
    dementia = tv.theme_authorities(measures, areas, tv.theme_measures("dementia"))
    assert set(dementia["area_code"]) == {COUNTY, UNITARY}
    assert tv.theme_authorities(measures, areas, ["no_such_measure"]).empty


def test_children_parents_and_the_area_tree_come_from_the_registry(tables):
    _, areas, _ = tables
    assert tv.child_codes(areas, COUNTY, mapped_only=True) == DISTRICTS
    assert tv.child_codes(areas, COUNTY, tiers=["clinical commissioning group"]) == ["E38000901", "E38000902"]
    assert tv.benchmark_areas(areas, COUNTY) == [(COUNTY, "Glenmarsh"), (ENGLAND, "England")]
    assert tv.area_and_below(areas, COUNTY) == [COUNTY, *DISTRICTS, "E38000901", "E38000902"]


def test_district_figures_hold_counts_shares_and_benchmarks_of_one_document(tables):
    _, areas, framed = tables
    fig = tv.district_figures(framed, areas, COUNTY, CARERS)
    assert fig.name == "Glenmarsh" and fig.children == DISTRICTS and fig.periods == ["2016", "2021"]
    assert set(fig.shares["area_code"]) == {*DISTRICTS, COUNTY, ENGLAND}
    assert set(fig.total_rows()["period"]) == {"2016", "2021"}
    assert (fig.mapped["measure"] == "carers_unpaid_pct").all()
    single = tv.district_figures(framed, areas, UNITARY, CARERS)
    assert not single.has_children


def test_totals_check_reports_the_gap_between_a_total_and_its_parts(tables):
    _, areas, framed = tables
    fig = tv.district_figures(framed, areas, COUNTY, CARERS)
    ok = tv.totals_check(tv.in_period(fig.child_rows("count"), "2016"), tv.in_period(fig.total_rows(), "2016"))
    assert ok.matches and ok.parts == 40400 and ok.n_parts == 4
    gap = tv.totals_check(tv.in_period(fig.child_rows("count"), "2021"), tv.in_period(fig.total_rows(), "2021"))
    assert not gap.matches and gap.difference == 42080 - 42200
    none = tv.totals_check(fig.child_rows("count").iloc[0:2], fig.total_rows().iloc[0:0])
    assert none.total is None and none.matches


def test_the_boundary_vintage_follows_the_period(tables):
    assert tv.map_vintage(DISTRICTS, "2016") == "2013"
    assert tv.map_vintage(DISTRICTS, "2021") == "2023"
    assert tv.map_vintage(DISTRICTS, "2014/15") == "2013"
    assert tv.map_vintage(["E38000901"], "2016") == "2023"  # nothing drawable: the default


def test_periods_in_time_order_and_the_ones_after_a_start():
    rows = pd.DataFrame({"period": ["2020", "2014/15", "2011", "2020"]})
    assert tv.sorted_periods(rows) == ["2011", "2014/15", "2020"]
    assert tv.later_periods(["2011", "2014/15", "2020"], "2014/15") == ["2020"]
    assert tv.later_periods(["2011", "2020"], "2020") == ["2020"]


def test_top_rows_keeps_every_tie_and_main_group_needs_one_shared_group():
    rows = pd.DataFrame({"value": [3.0, 5.0, 5.0], "breakdown": ["aged 65+"] * 3})
    assert len(tv.top_rows(rows)) == 2
    assert tv.main_group(rows) == "aged 65+"
    assert tv.main_group(rows.assign(breakdown=["a", "b", "a"])) == ""


def test_paired_table_keeps_areas_with_only_one_of_the_two_figures():
    counts = pd.DataFrame({"area_code": ["A", "B"], "area": ["Alpha", "Beta"], "value_text": ["1", "2"],
                           "qualifier": ["count"] * 2, "source": ["s"] * 2})
    shares = counts.iloc[[0]].assign(value_text="5.0%")
    table = tv.paired_table(counts, shares).set_index("area")
    assert table.loc["Alpha", "value_text_share"] == "5.0%" and table.loc["Beta", "value_text_share"] == "–"


def test_cards_leave_out_what_is_drawn_and_other_authorities_district_views(tables):
    measures, areas, framed = tables
    theme = measures[measures["measure"].isin(tv.theme_measures("carers"))]
    fig = tv.district_figures(framed, areas, COUNTY, CARERS)
    county_cards = tv.other_figures(theme, fig.used(), areas, COUNTY)
    assert county_cards["area_code"].tolist() == [UNITARY]
    # with the unitary picked, Glenmarsh's districts are not cards: picking Glenmarsh shows them in full
    unitary_cards = tv.other_figures(theme, theme.iloc[0:0], areas, UNITARY)
    assert unitary_cards["area_code"].tolist() == [UNITARY]


def test_focus_keeps_an_authority_and_everything_under_it(tables):
    measures, areas, _ = tables
    assert set(tv.focus(measures, areas, COUNTY)["area_code"]) == {COUNTY, *DISTRICTS, "E38000901", "E38000902"}
    assert tv.focus(measures, areas, "all") is measures


def _walk(node):
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from _walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from _walk(value)


def test_area_charts_name_each_row_above_it_and_keep_legends_readable():
    from components.charts import NAME_LINES, Reference, bar_by_area, benchmark_chart, change_frame, dumbbell_chart

    frame = pd.DataFrame({"area_code": ["A", "B"] * 2, "area": ["A long district name, and more", "B"] * 2,
                          "value": [10.0, 12.0, 11.0, 11.5], "value_text": ["10.0%", "12.0%", "11.0%", "11.5%"],
                          "period": ["2016", "2016", "2021", "2021"], "unit": ["percent"] * 4, "source": ["s"] * 4})
    refs = [Reference("County", 11.0, "percent", "2016"), Reference("England", 10.5, "percent", "2016")]
    now = frame[frame["period"] == "2016"]
    for chart in (bar_by_area(now, "Share", "percent", refs), benchmark_chart(now, "Share", "percent", refs),
                  dumbbell_chart(change_frame(frame, "2016", "2021"), "Share", "percent", references=refs)):
        spec = chart.to_dict()
        nodes = list(_walk(spec))
        # no y axis with names squeezed beside the bars: the names are a text layer above each row
        assert all(n.get("axis", "none") is None for n in nodes if n.get("field") == "area" and "sort" in n)
        assert any(n.get("text") == {"field": NAME_LINES, "type": "nominal"} for n in nodes if "text" in n)
        legends = [n["legend"] for n in nodes if isinstance(n.get("legend"), dict)]
        screen_px = lambda size: float(size["expr"].split("*")[0]) if isinstance(size, dict) else size  # noqa: E731
        # "14 * cma_type_scale": 14 px on a screen, larger in presenter mode
        assert legends and all(screen_px(lg["labelFontSize"]) >= 14 and screen_px(lg["titleFontSize"]) >= 14
                               for lg in legends)
