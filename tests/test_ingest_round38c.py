"""Round 38 (r38c) of the document proposer (data/ingest), each rule on made-up lines, in the shapes a council's
content management system or wiki gives when it exports a page to Markdown: a table with merged cells kept as raw HTML
inside the Markdown (a header of two rows with rowspan and colspan, '<br>' in cells, a '<strong>' total, entities, a
cell a line) is read as the Markdown table it stands for; entities are their characters and a heading's '{#anchor}' is
no part of its words; an image's alt text stating a figure is a sentence of the page; 'Tenders for the new X framework'
names X; a header of periods with a mid-year's column ('Mid-2024 | Projected 2030') is a header; a bare figure after a
sentence counting businesses borrows no subject; and people in care homes with dementia are no dementia estimate."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

WOKINGHAM = "E06000041"
ENGLAND = "E92000001"

measures, dates = proposers_for(WOKINGHAM)
rows = figure_rows(measures)


def test_a_raw_html_table_with_a_two_row_header_is_read_as_its_markdown_table():
    got = measures(["## Carers {#carers}", "", '<table class="stats">', "  <caption>Table 2: Unpaid carers by hours of care "
                    "a week, Census 2021</caption>", "  <thead>", '    <tr><th rowspan="2">Hours of care a week</th>'
                    '<th colspan="2">Wokingham</th><th>England</th></tr>', "    <tr><th>Number</th><th>% of residents<br>"
                    "aged 5+</th><th>% of residents<br>aged 5+</th></tr>", "  </thead>", "  <tbody>",
                    "    <tr><td>50 or more hours</td><td>3,410</td><td>2.1</td><td>2.7</td></tr>",
                    "    <tr><td><strong>All unpaid carers</strong></td><td><strong>13,260</strong></td><td>8.3</td>"
                    "<td>8.9</td></tr>", "  </tbody>", "</table>", ""])
    got = {(r.measure, r.area_code, r.period, float(r.value), r.breakdown) for r in got.itertuples()}
    assert {("carers_unpaid", WOKINGHAM, "2021", 3410.0, "50+ hours a week"),
            ("carers_unpaid_pct", WOKINGHAM, "2021", 2.1, "50+ hours a week"),
            ("carers_unpaid", WOKINGHAM, "2021", 13260.0, ""),
            ("carers_unpaid_pct", WOKINGHAM, "2021", 8.3, "")} <= got
    assert ("carers_unpaid_pct", ENGLAND, "2021", 2.7, "50+ hours a week") in got


def test_a_raw_html_timetable_a_cell_a_line_dates_its_services_with_entities_plain():
    got = dates(["## Commissioning intentions", "", "<table>", "<thead>", "<tr>", "<th>Service</th>", "<th>Contract end</th>",
                 "<th>New contract from</th>", "</tr>", "</thead>", "<tbody>", "<tr>", "<td>Advocacy &amp; Advice</td>",
                 "<td>30&nbsp;June&nbsp;2027</td>", "<td>1 July 2027</td>", "</tr>", "<tr>", "<td>Day Opportunities<br>(Lot 2)</td>",
                 "<td>31 January 2028</td>", "<td>1 February 2028</td>", "</tr>", "</tbody>", "</table>", ""])
    assert ("Advocacy & Advice", "contract_end", "2027-06-30", "2027-06-30") in got
    assert ("Advocacy & Advice", "contract_start", "2027-07-01", "2027-07-01") in got
    assert ("Day Opportunities (Lot 2)", "contract_end", "2028-01-31", "2028-01-31") in got


def test_a_headings_anchor_and_entities_are_no_part_of_the_service_it_names():
    got = dates(["## 7. Our plans", "", "### Shared Lives &amp; Respite {#shared-lives}", "",
                 "We expect to award the contract in February 2027.", ""])
    assert [d[0] for d in got] == ["Shared Lives & Respite"]


def test_tenders_for_the_new_named_framework_name_the_framework_in_capitals():
    got = dates(["### Supported Living", "", "Tenders for the new Supported Living framework will close on 9 April 2027.", ""])
    assert got == [("Supported Living", "tender_deadline", "2027-04-09", "2027-04-09")]


def test_a_header_of_periods_with_a_mid_years_column_heads_the_rows():
    got = rows(["## Population", "", "| Age | Mid-2025 | Projected 2032 |", "|---|---:|---:|",
                "| All ages | 182,300 | 190,450 |", "| Aged 65 and over | 33,120 | 39,870 |", ""])
    assert sorted(got) == sorted([("population", WOKINGHAM, "2025", 182300.0), ("population", WOKINGHAM, "2032", 190450.0),
                                  ("population", WOKINGHAM, "2025", 33120.0), ("population", WOKINGHAM, "2032", 39870.0)])


def test_a_bare_figure_after_a_sentence_counting_businesses_borrows_no_subject():
    got = rows(["## Dementia", "", "Around 2,640 people aged 65 and over are living with dementia.", "",
                "We aim for 75 dementia-friendly businesses by 2028. Last year there were 41.", ""])
    assert got == [("dementia_estimated", WOKINGHAM, "", 2640.0)]


def test_people_in_care_homes_with_dementia_are_no_dementia_estimate():
    got = rows(["## Dementia", "", "| Measure | 2025 | 2030 |", "|---|---:|---:|",
                "| People aged 65+ living with dementia | 2,640 | 3,020 |", "| People aged 65+ in care homes with dementia | 410 | 470 |", ""])
    assert sorted(got) == sorted([("dementia_estimated", WOKINGHAM, "2025", 2640.0),
                                  ("dementia_estimated", WOKINGHAM, "2030", 3020.0)])


def test_an_images_alt_text_stating_a_figure_is_a_sentence_and_a_pictures_caption_is_not():
    got = rows(["## Carers", "", "![Chart: 9.8% of residents provide unpaid care](img/carers-2021.png)", "",
                "![Photo: Wokingham town centre 2024](img/town_0412.jpg)", ""])
    assert [(m, a, v) for m, a, _, v in got] == [("carers_unpaid_pct", WOKINGHAM, 9.8)]
