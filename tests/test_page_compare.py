"""Compare page: chosen authorities side by side, with periods called out and sources listed."""
from __future__ import annotations

import json

from components.charts import LABEL_BREAK
from data import store
from tests.conftest import run_page

PAGE = "pages/compare.py"


def sources_table(at):
    # the documents' figures table (the official-figures section below it has its own)
    return next(d.value for d in reversed(list(at.dataframe)) if "Area (as written)" in d.value.columns)


def test_kent_and_durham_carers_with_their_periods():
    at = run_page(PAGE, query={"theme": "carers", "areas": "E10000016,E06000047"})
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
    at = run_page(PAGE, query={"theme": "carers", "areas": "E10000016,E06000047"})
    at.multiselect(key="ctl_areas").set_value(["E06000047"]).run()
    table = sources_table(at)
    assert set(table["Area (as written)"]) <= {"County Durham", "Durham"}
    assert not at.warning  # a single authority cannot mix periods
    assert at.query_params["areas"] in ("E06000047", ["E06000047"])


def test_bad_authority_in_url_is_ignored_with_a_note():
    at = run_page(PAGE, query={"areas": "E99999999,<img src=x>", "theme": "carers"})
    assert not at.exception
    assert any("was not recognised" in c.value for c in at.caption)


def panels(at) -> list:
    """The comparison's panels (other charts on the page, such as the national picture, are left aside)."""
    return [c for c in at.get("vega_lite_chart") if c.proto.alt.startswith("Bar chart of figures in")]


def chart_specs(at) -> list[dict]:
    return [json.loads(c.proto.spec) for c in panels(at)]


def chart_rows(at) -> list[dict]:
    import pyarrow as pa

    return [row for c in panels(at) for ds in c.proto.datasets
            for row in pa.ipc.open_stream(ds.data.data).read_all().to_pylist()]


def test_projections_are_left_out_and_named_as_projections():
    m = store.load_measures()
    proj = m.query("area_code == 'E06000047' and qualifier == 'projection' and measure == 'carers_unpaid_65plus_change_pct'")
    assert len(proj) == 1
    at = run_page(PAGE, query={"theme": "carers", "areas": "E10000016,E06000047"})
    drawn = chart_rows(at)
    assert drawn and all(r["qualifier"] != "projection" for r in drawn)
    assert not any(proj.iloc[0]["period"] in r["row"] for r in drawn if "65+" in r["row"])
    # one caption under the panels: their source, then the projections left out, a paragraph each
    source, note = next(c.value.split("\n\n") for c in at.caption if "Projections are not drawn" in c.value)
    assert source.startswith("Source: ") and note.startswith("Projections are not drawn")
    assert f"{proj.iloc[0]['value']:.1f}% (projection) for {proj.iloc[0]['period']}" in note


def test_qualifiers_are_kept_on_the_bars():
    m = store.load_measures()
    durham = m.query("area_code == 'E06000047' and measure == 'carers_unpaid'").iloc[0]
    assert durham["qualifier"] == "approximate"
    at = run_page(PAGE, query={"theme": "carers", "areas": "E10000016,E06000047"})
    labels = [r["row"] for r in chart_rows(at)]
    assert any(f"County Durham about {durham['value']:,.0f} people ({durham['period']})" in lab.replace(LABEL_BREAK, " ")
               for lab in labels)
    assert any(f"about {durham['value']:,.0f} people" in c.proto.alt for c in panels(at))


def test_one_scale_per_panel_one_panel_per_unit():
    at = run_page(PAGE, query={"theme": "carers", "areas": "E10000016,E06000047,E08000023"})
    specs = chart_specs(at)
    units = [r["unit"] for r in chart_rows(at)]
    assert len(specs) == len(set(units)) >= 2
    for spec in specs:
        assert spec["encoding"]["x"]["field"] == "value"
        assert spec["encoding"]["x"]["scale"]["zero"] is True
        assert "facet" not in spec and "resolve" not in spec  # no scale per bar
    people = next(c for c in panels(at) if "in people" in c.proto.alt)
    assert people.proto.alt.count(";") >= 2  # the panel's text alternative names every bar


def test_every_panel_label_is_drawn_whole_on_lines_that_fit_in_presenter_mode_too():
    """A long figure name ("Investment in carers' services (KCC and …") was cut with an ellipsis at every size:
    each part of a bar's label now wraps onto lines of its own, every line short enough, none cut."""
    from components.charts import LABEL_LINE_CHARS

    for query in ({"theme": "carers", "areas": "E10000016,E06000047"},
                  {"theme": "carers", "areas": "E10000016,E06000047", "present": "1"}):
        at = run_page(PAGE, query=query)
        rows = chart_rows(at)
        assert rows
        for spec in chart_specs(at):
            axis = spec["encoding"]["y"]["axis"]
            assert axis["labelLimit"] == 0 and axis["labelOverlap"] is False
            lines = max(r["row"].count(LABEL_BREAK) + 1 for r in rows if spec["title"]["text"] == f"In {r['unit_text']}")
            assert spec["height"]["step"] >= axis["labelLineHeight"] * lines  # the row holds its longest label
        for row in rows:
            parts = row["row"].split(LABEL_BREAK)
            assert " ".join(parts).split() == f"{row['figure']} {row['authority']} {row['value_text']} ({row['period']})".split()
            assert all(len(part) <= LABEL_LINE_CHARS for part in parts if " " in part)
        assert any(row["row"].count(LABEL_BREAK) >= 3 for row in rows)  # a long name took more than one line


def test_a_panels_value_axis_reads_zero_as_0_and_the_rest_with_their_prefix():
    """Made-up county: its millions of pounds on the value axis read 0, 2M, 4M, … (zero read "0M" before)."""
    import pandas as pd

    from components.compare_view import panel_chart, panel_frame
    from tests.vega_layout import texts_as_read

    shown = pd.DataFrame({
        "area_code": ["X1", "X2"], "doc_id": ["wyre-mps", "wyre-mps"], "figure": ["Investment in carers' services"] * 2,
        "value": [7_000_000.0, 2_500_000.0], "value_text": ["£7,000,000", "£2,500,000"], "period": ["2025/26"] * 2,
        "unit": ["gbp", "gbp"], "unit_text": ["£", "£"], "section": ["Money"] * 2, "line": [12, 14],
        "qualifier": ["", ""]})
    panel = panel_frame(shown, {"X1": "Wyremouth", "X2": "Castlemere"}, {"wyre-mps": "Wyre MPS 2025"})
    spec = panel_chart(panel, {"Wyre MPS 2025": "#1F5A8C"}, width=700).to_dict()
    ticks = [t for t in texts_as_read(spec, 700, "axis-label") if isinstance(t, str) and t[:1].isdigit()]
    assert ticks[0] == "0" and all(t.endswith("M") for t in ticks[1:]) and len(ticks) >= 3, ticks


def test_the_official_comparison_opens_on_todays_authorities_for_the_documents_ones():
    """The documents compared by default include Poole's and Dorset County Council's (both gone since 2019); the
    official figures open on the authorities that took them over, each named once."""
    at = run_page(PAGE)
    picked = at.multiselect(key="national_compare")
    documents = set(at.multiselect[0].value)
    assert {"E06000029", "E10000009"} <= documents  # the documents' own (first picker)
    assert "E06000058" in picked.value and "E06000059" in picked.value  # BCP and Dorset, not Poole and the county
    assert not {"E06000029", "E10000009"} & set(picked.value)
    assert len(set(picked.value)) == len(picked.value)
