"""Home page: coverage of the five documents, the documents table, headline figures with their periods and
sources, the tender stages either side of today, and links to every page."""
from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from streamlit.testing.v1 import AppTest

from components import home_view as hv
from components.navigation import PAGES
from components.theme import CATEGORICAL_HEX, document_colours
from data import store
from tests.conftest import run_page, seed_line
from tests.maphelp import page_maps
from tests.theme_helpers import card, card_notes, cards

PAGE = "pages/home.py"


@pytest.fixture(scope="module")
def events() -> pd.DataFrame:
    return hv.stage_events(store.load_procurements())


@pytest.fixture(scope="module")
def home() -> AppTest:
    at = run_page(PAGE)
    assert not at.exception, [e.value for e in at.exception]
    return at


def metric(at: AppTest, label: str):
    return card(at, label)


def test_headline_figures_show_value_period_and_source(home, measures, documents):
    kent = measures.query("area_code == 'E10000016' and measure == 'carers_unpaid' and period == '2015' "
                          "and breakdown == ''").iloc[0]
    share = measures.query("area_code == 'E10000016' and measure == 'carers_unpaid_pct' and period == '2015'").iloc[0]
    assert metric(home, "Kent: Unpaid carers").value == f"{kent['value']:,.0f} people"
    short = documents.set_index("doc_id").loc[kent["doc_id"], "short_name"]
    caption = metric(home, "Kent: Unpaid carers").caption
    assert caption.startswith("2015 (estimate)") and short in caption
    assert f"{share['value']:.1f}% of the population" in caption and f"line {kent['line']}" in caption

    durham = measures.query("area_code == 'E06000047' and measure == 'carers_unpaid' and breakdown == 'adults'").iloc[0]
    assert metric(home, "County Durham: Unpaid carers (adults)").value == f"about {durham['value']:,.0f} people"

    dementia = measures.query("area_code == 'E10000016' and measure == 'dementia_estimated' and breakdown == 'adults' "
                              "and qualifier != 'projection'").iloc[0]
    assert metric(home, "Kent: People estimated to live with dementia (adults)").value == f"{dementia['value']:,.0f} people"

    units = measures.query("area_code == 'E08000023' and measure == 'extra_care_units'").iloc[0]
    assert metric(home, "South Tyneside: Extra care units").value == f"{units['value']:,.0f} units"
    caption = metric(home, "South Tyneside: Extra care units").caption
    assert caption.startswith(f"{units['period']} (count)") and f"line {units['line']}" in caption
    assert "they are not comparable with each other" in " ".join(card_notes(home))


def test_headline_figures_are_the_documents_numbers(measures, documents):
    seeds = documents.set_index("doc_id")["seed_file"]
    headlines = hv.headline_figures(measures, hv.headline_specs(documents, measures))
    assert len(headlines) == 4
    for headline in headlines:
        row = headline.row
        line = seed_line(seeds[row["doc_id"]], int(row["line"])).replace(",", "")
        assert f"{row['value']:.0f}" in line, (row["measure"], row["line"])
        assert row["qualifier"] != "projection"


def test_without_a_chosen_list_each_key_measure_gets_a_headline(measures, documents, tmp_path):
    specs = hv.headline_specs(documents, measures, path=tmp_path / "no-headlines.csv")
    assert [s.measure for s in specs] == list(hv.HEADLINE_MEASURES_BY_DEFAULT)
    for spec in specs:  # each from a document about its own authority
        own = documents.set_index("doc_id").loc[spec.doc_id, "authorities"].split("|")
        assert spec.area_code in own
    assert len(hv.headline_figures(measures, specs)) == len(specs)


def test_documents_table_lists_every_document_as_registered(home, documents):
    table = next(d.value for d in home.dataframe if "Publisher" in d.value.columns)
    assert list(table["Title"]) == list(documents["title"])
    assert list(table["Published"]) == list(documents["published"])
    kent = table.set_index("Document").loc["Kent MPS 2016"]
    assert kent["Figures"] == len(store.load_measures().query("doc_id == 'kent-community-mps-2016'"))


def test_coverage_map_has_every_covered_authority_in_its_document_colour(home, documents):
    coverage = hv.coverage_frame(documents)
    registered = {c for codes in documents["authorities"] for c in codes.split("|")}
    assert set(coverage["area_code"]) == registered
    # the 2015 document's areas are drawn on 2013 boundaries, the 2024 ones on 2023
    vintages = coverage.set_index("area_code")["vintage"]
    assert vintages["E06000028"] == "2013" and vintages["E10000009"] == "2013" and vintages["E08000023"] == "2023"
    maps = page_maps(home)
    assert [m.kind for m in maps] == ["coverage"]
    scale = next(layer["encoding"]["color"]["scale"] for layer in maps[0].spec["layer"]
                 if "color" in layer.get("encoding", {}))
    colour_of = dict(zip(scale["domain"], scale["range"]))
    fills = {p["area_code"]: colour_of[p["class_label"]] for p in maps[0].features}
    assert registered <= set(fills)
    docs = coverage.set_index("area_code")["doc_id"]
    palette = document_colours(documents["doc_id"])
    for code in registered:
        assert fills[code] == palette[docs[code]], code
    # every document has its own colour, taken from the palette in registry order
    assert list(palette.values()) == [CATEGORICAL_HEX[i % len(CATEGORICAL_HEX)] for i in range(len(documents))]
    legend = hv.coverage_legend(coverage)
    assert [lab.split(" ", 1)[1] for lab in legend.labels[:-1]] == list(documents["short_name"])


def test_a_sixth_and_a_ninth_document_get_colours_too():
    ids = [f"doc-{i}" for i in range(9)]
    palette = document_colours(ids)
    assert len(palette) == 9 and len(set(list(palette.values())[:8])) == 8
    assert palette["doc-5"] == CATEGORICAL_HEX[5] and palette["doc-8"] == CATEGORICAL_HEX[0]


def test_tender_moments_are_the_nearest_dated_stages_either_side_of_a_day(events):
    for day in (date(2016, 1, 1), date(2019, 6, 1), date(2024, 7, 1), date(2027, 3, 1)):
        moments = hv.tender_moments(events, day)
        stamp = pd.Timestamp(day)
        past, ahead = events[events["latest"] < stamp], events[events["earliest"] > stamp]
        if len(past):
            assert moments.latest_past["latest"] == past["latest"].max()
        if len(ahead):
            assert moments.next_up["earliest"] == ahead["earliest"].min()
        around = events[(events["earliest"] <= stamp) & (events["latest"] >= stamp)]
        assert len(moments.around_today) == len(around)


def test_page_shows_the_latest_and_next_stage_as_calendar_dates(home, events):
    moments = hv.tender_moments(events, date.today())
    captions = " ".join(c.caption for c in cards(home))
    for label, event in (("Latest dated stage before today", moments.latest_past), ("Next dated stage", moments.next_up)):
        if event is None:
            continue
        shown = metric(home, label).value
        start, end = pd.Timestamp(event["earliest"]).date(), pd.Timestamp(event["latest"]).date()
        assert shown.startswith(f"{start:%-d %B %Y}") and shown.endswith(f"{end:%-d %B %Y}")
        assert "+" not in shown and "years" not in shown
        assert f"Written “{event['text']}”" in captions  # the wording stays beside it
    if moments.next_up is None:
        assert metric(home, "Next dated stage").value == "none ahead"


def _tender_dates_script(day):  # noqa: ANN001, ANN202 - run by AppTest as a script of its own
    from components import data_access
    from components.home_view import show_tender_dates, tender_view

    show_tender_dates(tender_view(data_access.procurements(), data_access.documents(), day))


def test_when_every_stage_is_past_the_page_says_so_and_names_the_latest(events):
    later = (events["latest"].max() + pd.Timedelta(days=400)).date()
    at = AppTest.from_function(_tender_dates_script, args=(later,), default_timeout=30).run()
    assert not at.exception
    assert metric(at, "Next dated stage").value == "none ahead"
    latest = events.sort_values("latest").iloc[-1]
    note = metric(at, "Next dated stage").caption
    assert "No dated stage in the documents is still ahead" in note
    assert "the latest dated stage in the documents is" in note and str(latest["text"]).split()[0] in note


def test_windows_read_as_calendar_dates_or_ranges():
    """'September 2024 + 2 years' is shown as the days it allows, never as arithmetic."""
    from data.dates import add_years, parse_date_text

    parsed = add_years(parse_date_text("September 2024"), 2, "September 2024 + 2 years")
    assert hv.calendar_text(parsed.earliest, parsed.latest) == "1 September 2026 to 30 September 2026"
    assert hv.calendar_text(date(2016, 4, 1), date(2016, 4, 1)) == "1 April 2016"
    assert hv.calendar_text(date(2024, 9, 1), date(2026, 8, 31)) == "1 September 2024 to 31 August 2026"


def test_relative_text_reads_as_words():
    today = date(2026, 11, 23)
    assert hv.relative_text(pd.Timestamp("2026-09-30"), today) == "about 2 months ago"
    assert hv.relative_text(pd.Timestamp("2028-05-01"), today) == "in about 17 months"
    assert hv.relative_text(pd.Timestamp("2030-12-31"), today) == "in about 4 years"
    assert hv.relative_text(pd.Timestamp("2026-11-30"), today) == "in 7 days"


def test_where_next_links_to_every_page(home):
    labels = {link.proto.label for link in home.get("page_link")}
    assert {p.title for p in PAGES[1:]} <= labels


def test_document_text_in_captions_cannot_become_markup():
    from components.provenance import md_escape

    # link, emphasis and HTML syntax all inert (one escaping function serves every page)
    assert md_escape("a *b* [c](http://x) <img>") == r"a \*b\* \[c\](http\://x) \<img\>"


def test_coverage_map_png_has_every_document_in_its_legend(documents):
    from components.export import png_bytes
    from components.maps import area_features, choropleth_spec, context_land

    coverage = hv.coverage_frame(documents)
    legend = hv.coverage_legend(coverage)
    shapes = {v: area_features(tuple(coverage[coverage["vintage"] == v]["area_code"]), v)
              for v in set(coverage["vintage"]) if v}
    joined = hv.coverage_collection(coverage, shapes, legend)
    spec = choropleth_spec(joined, legend, "Source document", context_fc=context_land(joined), kind="coverage")
    colour = next(layer for layer in spec["layer"] if "color" in layer.get("encoding", {}))["encoding"]["color"]
    assert colour["scale"]["domain"] == list(legend.labels)
    assert png_bytes(spec, "Coverage", "test")[:4] == b"\x89PNG"


def test_where_next_opens_each_theme_page_that_lists_the_authority_at_it():
    view = hv.WhereNext(pd.DataFrame({"area_code": ["E10000901", "E06000999"], "name": ["Glenmarsh", "Ashton"]}),
                        {"carers": frozenset({"E10000901"}), "dementia": frozenset({"E10000901", "E06000999"}),
                         "extra_care": frozenset()})
    ashton = {link.page.url_path: link for link in hv.where_next_links(view, "E06000999")}
    assert ashton["dementia"].label == "Dementia: Ashton" and ashton["dementia"].query == (("area", "E06000999"),)
    assert ashton["carers"].query == () and ashton["carers"].label == "Unpaid carers"
    assert [link.page for link in hv.where_next_links(view, None)] == list(PAGES[1:])
    assert all(link.query == () for link in hv.where_next_links(view, "all"))  # every authority: pages as usual
    assert all(link.query == () for link in hv.where_next_links(view, "E99999999"))


def test_where_next_lists_every_authority_a_theme_page_lists(home):
    from components.data_access import tables
    from components.theme_view import authorities_model

    view = hv.where_next_model(tables())
    listed = set(view.authorities["area_code"])
    for page in PAGES:
        if page.theme:
            assert set(authorities_model(tables(), page.theme)["area_code"]) <= listed
            assert view.by_theme[page.theme] == frozenset(authorities_model(tables(), page.theme)["area_code"])
    assert list(view.authorities["name"]) == sorted(view.authorities["name"])


def test_home_says_which_theme_pages_have_no_figures_for_the_chosen_authority():
    at = run_page("pages/home.py", query={"for": "E10000016"})  # Kent: carers and dementia, no extra care
    assert not at.exception, [e.value for e in at.exception]
    links = {link.proto.page: link.proto for link in at.main.get("page_link")}
    assert links["carers"].label == "Unpaid carers: Kent" and links["dementia"].label == "Dementia: Kent"
    assert links["extra-care"].label == "Extra care and housing" and not links["extra-care"].query_string
    assert any("no Extra care and housing figures for Kent: that page opens" in c.value for c in at.caption)


def test_neighbouring_areas_of_one_document_carry_one_number_on_the_coverage_map():
    """At country scale the numbers of neighbouring districts of one document overprinted ("44"): the later of two
    such labels is left off (its area keeps its dot and colour); other documents' numbers and far areas keep theirs."""
    def area(number: str, lon: float, lat: float) -> dict:
        return {"properties": {"value_text": number, "label_lon": lon, "label_lat": lat}}

    features = [area("4", -1.86, 50.74), area("4", -1.97, 50.77), area("2", -1.90, 50.75),  # a made-up south coast
                area("4", -1.20, 54.50), area("5", -3.00, 56.50)]                           # and far to the north
    hv._thin_labels(features)
    assert [bool(f["properties"].get("nolabel")) for f in features] == [False, True, False, False, False]
