"""Carers page: real figures from the Kent table, the period control and its URL, benchmarks, other authorities."""
from __future__ import annotations

from tests.conftest import hollow_blocks, run_page, seed_line
from tests.theme_helpers import card, cards, map_values, metrics

PAGE = "pages/carers.py"
KENT, ENGLAND, ASHFORD, SHEPWAY = "E10000016", "E92000001", "E07000105", "E07000112"


def figure(measures, measure, code, period, breakdown=""):
    rows = measures.query("measure == @measure and area_code == @code and period == @period and breakdown == @breakdown")
    assert len(rows) == 1, (measure, code, period)
    return rows.iloc[0]


def district_table(at):
    return next(d.value for d in at.dataframe if "District" in d.value.columns)




def test_default_view_shows_ashfords_2011_count_and_share_from_the_document(measures):
    count = figure(measures, "carers_unpaid", ASHFORD, "2011")
    share = figure(measures, "carers_unpaid_pct", ASHFORD, "2011")
    # the extracted row is the document's own line
    line = seed_line("002_034f95b6eeefb17e.txt", int(count["line"]))
    assert line.startswith("Ashford") and "11,811" in line and "10.1%" in line
    at = run_page(PAGE)
    assert not at.exception, [e.value for e in at.exception]
    table = district_table(at)
    ashford = table[table["District"] == "Ashford"].iloc[0]
    assert ashford["Unpaid carers (people)"] == f"{count['value']:,.0f}" == "11,811"
    assert ashford["Share of population (%)"] == f"{share['value']:.1f}%" == "10.1%"
    assert f"line {int(count['line'])}" in ashford["Source"]
    assert metrics(at)["Unpaid carers, Kent"] == f"{figure(measures, 'carers_unpaid', KENT, '2011')['value']:,.0f}"
    assert map_values(at, "carers_map")[ASHFORD] == share["value"]


def test_changing_the_period_changes_the_figures_and_the_url(measures):
    at = run_page(PAGE)
    before = map_values(at, "carers_map")
    at.segmented_control(key="ctl_period").set_value("2015").run()
    assert not at.exception
    after = map_values(at, "carers_map")
    assert after[ASHFORD] == figure(measures, "carers_unpaid_pct", ASHFORD, "2015")["value"]
    assert after != before
    ashford = district_table(at).query("District == 'Ashford'").iloc[0]
    assert ashford["Unpaid carers (people)"] == f"{figure(measures, 'carers_unpaid', ASHFORD, '2015')['value']:,.0f}"
    assert at.query_params["period"] in ("2015", ["2015"])


def test_period_in_the_url_restores_that_view(measures):
    at = run_page(PAGE, query={"period": "2020"})
    assert not at.exception
    assert at.segmented_control(key="ctl_period").value == "2020"
    assert map_values(at, "carers_map")[ASHFORD] == figure(measures, "carers_unpaid_pct", ASHFORD, "2020")["value"]
    assert metrics(at)["Share, England"] == f"{figure(measures, 'carers_unpaid_pct', ENGLAND, '2020')['value']:.1f}%"


def test_bad_period_in_the_url_is_ignored_with_a_note(measures):
    at = run_page(PAGE, query={"period": "evil<script>"})
    assert not at.exception
    assert any("`period` value was not recognised" in c.value for c in at.caption)
    assert at.segmented_control(key="ctl_period").value == "2011"
    assert map_values(at, "carers_map")[ASHFORD] == figure(measures, "carers_unpaid_pct", ASHFORD, "2011")["value"]
    shown = [e.value for e in (*at.markdown, *at.caption) if isinstance(e.value, str)]
    assert not any("<script>" in text for text in shown)


def test_each_district_is_benchmarked_against_kent_and_england(measures):
    at = run_page(PAGE, query={"period": "2015"})
    kent = figure(measures, "carers_unpaid_pct", KENT, "2015")["value"]
    england = figure(measures, "carers_unpaid_pct", ENGLAND, "2015")["value"]
    note = next(c.value for c in at.caption if c.value.startswith("Dashed lines"))
    assert f"Kent: {kent:.1f}%, 2015" in note and f"England: {england:.1f}%, 2015" in note


def test_shepway_is_drawn_as_folkestone_and_hythe_and_the_page_says_so():
    at = run_page(PAGE)
    assert any("Shepway" in c.value and "Folkestone and Hythe" in c.value for c in at.caption)
    assert "Folkestone and Hythe (Shepway)" in set(district_table(at)["District"])


def test_change_view_follows_its_controls(measures):
    at = run_page(PAGE, query={"change": "count"})
    assert not at.exception
    start = figure(measures, "carers_unpaid", ASHFORD, "2011")["value"]
    end = figure(measures, "carers_unpaid", ASHFORD, "2020")["value"]
    chart = next(c for c in at.get("vega_lite_chart") if "carers_change" in c.proto.id or "change" in c.proto.alt.lower())
    data = [row for ds in chart.proto.datasets for row in _rows(ds)]
    assert any(r.get("area") == "Ashford" and r.get("change") == end - start for r in data)
    at.selectbox(key="ctl_from").set_value("2015").run()
    assert at.query_params["from"] in ("2015", ["2015"])


def _rows(dataset):
    import pyarrow as pa

    table = pa.ipc.open_stream(dataset.data.data).read_all()
    return table.to_pylist()


def test_other_authorities_are_single_figures_with_period_and_source(measures):
    durham = measures.query("area_code == 'E06000047' and measure == 'carers_unpaid'").iloc[0]
    at = run_page(PAGE)
    shown = card(at, value=f"about {durham['value']:,.0f} people")
    assert shown.label == "County Durham: Unpaid carers (adults)"
    assert shown.caption.startswith(f"{durham['period']} (approximate)") and f"line {int(durham['line'])}" in shown.caption


def test_presenter_mode_hides_controls_but_keeps_the_view_from_the_link(measures):
    at = run_page(PAGE, query={"present": "1", "period": "2015"})
    assert not at.exception
    assert not at.get("button_group") and not at.selectbox and not at.get("download_button")
    assert map_values(at, "carers_map")[ASHFORD] == figure(measures, "carers_unpaid_pct", ASHFORD, "2015")["value"]
    assert any("Period: 2015" in m.value for m in at.markdown)


def test_the_boundary_licence_is_on_the_page_with_the_map():
    at = run_page(PAGE)
    assert any("Open Government Licence" in c.value and "Crown copyright" in c.value for c in at.caption)


def test_highest_share_names_every_district_that_shares_it():
    from data import store

    m = store.load_measures().query("measure == 'carers_unpaid_pct' and period == '2015' and area_code.str.startswith('E07')")
    top = m["value"].max()
    leaders = m[m["value"] == top]
    assert len(leaders) > 1, "2015 has a tie at the top (Dover, Shepway and Thanet in the Kent table)"
    at = run_page("pages/carers.py", query={"period": "2015"})
    highest = card(at, "Highest share")
    assert highest.value == f"{top:.1f}%"
    assert highest.caption.startswith("Highest in") and "Dover" in highest.caption and "Thanet" in highest.caption
    assert all(f"line {int(line)}" in highest.note for line in leaders["line"])  # each leader's source, shown


def test_the_map_notes_are_one_caption_its_text_alternative_first():
    """The map's description, how to read it and its geography notes read as one block under the map: one element
    (each element a page sends costs the server a fixed share of a run, issue 11), before the map's controls."""
    at = run_page(PAGE, query={"period": "2011"})
    notes = [c.value for c in at.caption if c.value.startswith("Map: ")]
    assert len(notes) == 1
    paragraphs = notes[0].split("\n\n")
    assert paragraphs[0].startswith("Map: Unpaid carers, share of population by district of Kent, 2011:")
    assert paragraphs[1].startswith("Hover an area for its figure")
    assert any("Shepway (2011) is Folkestone and Hythe today" in p for p in paragraphs[2:])
    assert paragraphs[-1].startswith("The colour classes are the same for every period")
    # no other caption repeats any of them
    assert not [c.value for c in at.caption if c.value != notes[0] and ("Hover an area" in c.value
                                                                        or "colour classes" in c.value)]


def test_presenter_mode_sends_no_empty_columns():
    """Presenter mode draws no controls, so the change section sends no columns to hold them."""
    at = run_page(PAGE, query={"present": "1"})
    assert not at.exception
    assert hollow_blocks(at.main) == 0
