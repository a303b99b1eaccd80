"""A statement published as a web page and saved from the browser (.html): read as the page shows it
(data/ingest/web_page.py), and its figures proposed as from any other format. The pages are made up, written the
ways council websites build theirs: a CMS template around the content, a design system's hidden text, key facts as
a definition list, tables with row headers, merged cells and footnote markers, accordions."""
from __future__ import annotations

import pytest

from data.document_formats import SUFFIXES
from data.ingest import Limits, propose, read_document
from tests.ingest_fixtures import refused

SUFFOLK = "E10000029"

SITE_TOP = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Market position statement | Kelsford County Council</title>
<style>.card{margin:12px 24px}</style>
<script>window.dataLayer=[{pageViews: 48213, section: 'asc-2025'}];</script></head>
<body><div class="cookie">We use 3 cookies. <button>Accept all 3</button></div>
<header class="site-header"><a href="/">Kelsford County Council</a>
<form action="/search"><label>Search</label><input name="q"><button>Search</button></form></header>
<nav aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li>Adult social care</li></ol></nav>
<nav class="menu"><ul><li>Bins</li><li>Council tax 2025</li></ul></nav>
"""
SITE_BOTTOM = """<footer class="site-footer"><p>Telephone 01473 260000</p><p>Endeavour House, Ipswich IP1 2BX</p>
<p>&copy; 2025 Kelsford County Council</p></footer></body></html>"""


def page(main: str) -> bytes:
    return (SITE_TOP + f"<main id='content'>{main}</main>" + SITE_BOTTOM).encode("utf-8")


def read(raw: bytes, name: str = "statement.html") -> list[str]:
    return read_document(raw, name)


def test_only_the_pages_content_is_read_not_the_sites_furniture():
    lines = read(page("<h1>Market position statement 2025&ndash;2028</h1><p>Last updated: 14&nbsp;March 2025</p>"))
    text = "\n".join(lines)
    assert lines[0] == "Market position statement 2025–2028"
    assert "Last updated: 14 March 2025" in lines
    for furniture in ("48213", "cookies", "Search", "Bins", "Breadcrumb", "Home", "01473", "IP1 2BX", "©"):
        assert furniture not in text.replace("Market position", ""), furniture


def test_headings_and_paragraphs_stand_apart_and_a_line_break_breaks_a_line():
    lines = read(page("<h2>2. Unpaid carers</h2><p>At the 2021 Census, 79,260 people gave\n   unpaid care.<br>"
                      "That is 10.1% of residents aged 5 and over.</p><p>A second paragraph.</p>"))
    assert lines == ["2. Unpaid carers", "", "At the 2021 Census, 79,260 people gave unpaid care.",
                     "That is 10.1% of residents aged 5 and over.", "", "A second paragraph.", ""]


def test_hidden_and_screen_reader_text_and_footnote_markers_are_left_out():
    lines = read(page("<p>There were 79,260<sup><a href='#fn1'>1</a></sup> carers and 12,410<sup>2</sup> people "
                      "with dementia. <a href='/x'>Carers strategy<span class='visually-hidden'> (opens in a new "
                      "tab)</span></a>.</p><div hidden>Draft figure 99,999</div>"
                      "<p aria-hidden='true'>Decorative 1 in 10</p><p style='display: none'>Old 7,000</p>"))
    assert lines == ["There were 79,260 carers and 12,410 people with dementia. Carers strategy.", ""]


def test_a_superscript_that_is_not_a_marker_is_kept():
    assert read(page("<p>Area 12 km<sup>2</sup>; the 21<sup>st</sup> century.</p>"))[0] == \
        "Area 12 km; the 21st century."  # a one-character superscript reads as a marker: '2' goes, 'st' stays


def test_key_facts_as_a_definition_list_keep_each_term_with_its_figure():
    lines = read(page("<h2>Key facts</h2><dl><dt>Unpaid carers</dt><dd>79,260</dd>"
                      "<dt>People with dementia (65+)</dt><dd>13,150</dd></dl><p>After.</p>"))
    assert lines == ["Key facts", "", "Unpaid carers", "79,260", "", "People with dementia (65+)", "13,150", "",
                     "After.", ""]


def test_list_items_are_bulleted_with_their_paragraphs_and_sub_lists_indented():
    lines = read(page("<p>We will:</p><ul><li><p>Retender home care in June 2025</p></li><li>Open two schemes"
                      "<ul><li>Orwell Court (60 flats)</li></ul></li></ul><ol><li>First</li></ol>"))
    assert lines == ["We will:", "", "• Retender home care in June 2025", "• Open two schemes",
                     "  • Orwell Court (60 flats)", "", "• First", ""]  # (a sub-list indented, as Markdown writes it)


def test_an_accordions_content_is_read_under_its_summary():
    lines = read(page("<details><summary>Commissioning timetable</summary><ul><li>Tender published June 2025</li>"
                      "</ul></details>"))
    assert lines == ["Commissioning timetable", "", "• Tender published June 2025", ""]


TABLE = """<table class="govuk-table"><caption>Table 1: Unpaid carers by district, 2021</caption>
<thead><tr><th scope="col">District</th><th scope="col">Carers</th><th scope="col">Share</th></tr></thead>
<tbody><tr><th scope="row">Babergh</th><td>9,870<sup>1</sup></td><td>10.9%</td></tr>
<tr><th scope="row">Mid<br>Suffolk</th><td>10,920</td><td>10.7%</td></tr></tbody>
<tfoot><tr><th scope="row">Total</th><td>20,790</td><td>10.8%</td></tr></tfoot></table>"""


def test_a_table_reads_as_tab_separated_rows_under_its_caption():
    lines = read(page(f"<p>Before.</p>{TABLE}<p>After.</p>"))
    assert lines == ["Before.", "", "Table 1: Unpaid carers by district, 2021", "District\tCarers\tShare",
                     "Babergh\t9,870\t10.9%", "Mid Suffolk\t10,920\t10.7%", "Total\t20,790\t10.8%", "", "After.", ""]


def test_merged_cells_read_as_words_merged_cells_do():
    lines = read(page("<table><tr><th>District</th><th>Scheme</th><th>Units</th></tr>"
                      "<tr><td rowspan='2'>Ipswich</td><td>Orwell Court</td><td>60</td></tr>"
                      "<tr><td>Tower Mill</td><td>48</td></tr>"
                      "<tr><td colspan='3'>Planned</td></tr><tr><td>West Suffolk</td><td>Abbey Gate</td><td>72</td>"
                      "</tr></table>"))
    assert lines == ["District\tScheme\tUnits", "Ipswich\tOrwell Court\t60", "Ipswich\tTower Mill\t48",
                     "Planned", "West Suffolk\tAbbey Gate\t72", ""]


def test_a_table_inside_a_cell_is_read_after_its_row():
    lines = read(page("<table><tr><td>Outer</td><td><table><tr><td>Inner</td><td>5</td></tr></table></td></tr>"
                      "<tr><td>Next</td><td>6</td></tr></table>"))
    assert lines == ["Outer", "", "Inner\t5", "", "Next\t6", ""]


@pytest.mark.parametrize("raw, name", [
    ("<html><head><meta charset='windows-1252'></head><body><p>Spend £4.2m – carers’ breaks</p></body></html>"
     .encode("cp1252"), "declared.html"),
    ("<html><body><p>Spend £4.2m – carers’ breaks</p></body></html>".encode("cp1252"), "undeclared.htm"),
    ("<html><body><p>Spend £4.2m – carers’ breaks</p></body></html>".encode("utf-8-sig"), "bom.html"),
])
def test_the_pages_characters_are_read_whatever_it_was_saved_in(raw, name):
    assert read(raw, name)[0] == "Spend £4.2m – carers’ breaks"


def test_a_web_page_saved_with_a_txt_name_is_read_as_a_page():
    assert read(page("<p>There are 79,260 carers.</p>"), "statement.txt") == ["There are 79,260 carers.", ""]


def test_broken_markup_is_read_as_a_browser_would():
    raw = b"<html><body><p>Unclosed paragraph<p>Another <b>bold <i>mixed</b> text</i></td></tr><table><tr><td>1"
    assert read(raw) == ["Unclosed paragraph", "", "Another bold mixed text", "", "1", ""]



def test_a_page_with_no_text_a_pdf_a_zip_binary_and_an_oversize_page_are_refused_clearly():
    assert refused(page(""), "empty.html").reason == "empty"
    assert refused(b"%PDF-1.7 ...", "statement.html").reason == "binary"
    assert refused(b"PK\x03\x04" + b"\x00" * 64, "statement.html").reason == "binary"
    assert refused(b"<html>\x00\x01\x02</html>", "statement.htm").reason == "binary"
    assert refused(page("<p>x</p>" * 100), "big.html", Limits(file_bytes=1000)).reason == "oversize"


def test_the_uploader_and_the_reader_share_one_list_of_formats():
    from components.review_view import ACCEPTED_TYPES

    assert set(ACCEPTED_TYPES) == set(SUFFIXES) >= {".html", ".htm", ".docx", ".pdf", ".txt"}
    assert "web page" in refused(b"x", "slides.pptx").message


STATEMENT = """<h1>Market position statement: older people and carers</h1>
<h2>Unpaid carers</h2>
<p>At the 2021 Census, 79,260<sup><a href="#fn1">1</a></sup> people in Suffolk said they provided unpaid care.</p>
<h2>Dementia</h2>
<p>We estimate that 13,150 people aged 65 and over were living with dementia in Suffolk in 2025.</p>
<h2>Extra care housing</h2>
<table><caption>Table 2: Extra care housing in Suffolk</caption>
<thead><tr><th>Measure</th><th>2025</th></tr></thead>
<tbody><tr><th scope="row">Extra care schemes</th><td>21</td></tr>
<tr><th scope="row">Extra care units</th><td>1,140</td></tr></tbody></table>
<details><summary>Commissioning timetable</summary><ul>
<li>Home care framework: the tender will be published in June 2025.</li></ul></details>
<ol class="footnotes"><li id="fn1">Census 2021, table TS039.</li></ol>"""


def test_a_statement_page_proposes_its_figures_and_dates_from_their_lines():
    lines = read(page(STATEMENT))
    props = propose(lines, SUFFOLK, "kelsford-page")
    figures = {(r.measure, float(r.value)) for r in props.itertuples() if r.kind == "measure"}
    assert {("carers_unpaid", 79260.0), ("dementia_estimated", 13150.0), ("extra_care_schemes", 21.0),
            ("extra_care_units", 1140.0)} <= figures
    assert not {value for _, value in figures} & {48213.0, 1473.0, 260000.0, 2.0, 39.0}  # no furniture, no marker
    tender = props[props["kind"] == "procurement"]
    assert len(tender) and tender["earliest"].astype(str).str.startswith("2025-06").any()
    carers = props[props["measure"] == "carers_unpaid"].iloc[0]
    assert "79,260 people in Suffolk" in lines[int(carers["line"]) - 1]  # each figure traced to its line as read
