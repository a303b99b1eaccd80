"""Round 25 (r25e) of the document proposer (data/ingest), each rule on made-up lines as the back matter of a
statement converted from PDF reads: data tables with headers wrapped over two lines, a table's second block under its
own header, a Measure | Value table with a benchmark row, a references list, a list of tables and an index."""
from __future__ import annotations

from tests.proposals import or_nothing, proposers_for

OXFORDSHIRE = "E10000025"

measures, dates = proposers_for(OXFORDSHIRE)


def _rows(lines):
    return {(r.measure, r.area_code, str(r.period), float(r.value), r.breakdown) for r in measures(lines).itertuples()}


def test_a_list_of_tables_and_an_index_give_no_figures_or_dates():
    # dot leaders before page numbers (a page range, a list of pages) under 'List of tables' or 'Index'
    lines = ["There are 7 extra care schemes in Oxfordshire.", "",
             "Annex C: List of figures and tables", "",
             "Figure 2   Unpaid carers caring 50 or more hours a week ...................... 17",
             "Figure 4   Dementia estimates to 2040 ......................................... 23",
             "Table 8    Contracts ending, 2027 to 2029 ..................................... 31",
             "Table C2   Extra care flats by tenure ......................................... 52", "",
             "Index", "",
             "Carers ............................................... 8-12, 50",
             "Dementia ............................................. 20-24, 51-52"]
    values = {float(v) for v in measures(lines)["value"]}
    assert values == {7.0}
    assert not [d for d in dates(lines) if d[2].startswith("2029")]


def test_a_references_pages_volume_and_issue_are_no_figures():
    lines = ["We estimate 9,410 people aged 65 and over are living with dementia in Oxfordshire in 2026.", "",
             "References", "",
             "4. Okafor, T. (2020) 'Older carers in rural areas', Rural Care Journal, 14(1), pp. 77-93.",
             "5. Lindqvist, M. (2018) 'Counting people with dementia', Ageing Research, 9(3), pp. 5-19."]
    values = {float(v) for v in measures(lines)["value"]}
    assert values == {9410.0}


def test_hours_bands_whose_header_wraps_over_two_lines():
    # a PDF's space-aligned header with each band's words over two lines ('19 hours' over 'or less')
    lines = ["Table B1: Unpaid carers by hours of care, by district, Census 2021", "",
             "                     19 hours     20 to 49     50 hours     All unpaid",
             "District             or less      hours        or more      carers",
             "Cherwell                8,120        2,340        3,510         13,970",
             "Oxford                  7,460        2,050        2,880         12,390"]
    rows = _rows(lines)
    assert ("carers_unpaid", "E07000177", "2021", 8120.0, "19 hours or less a week") in rows
    assert ("carers_unpaid", "E07000177", "2021", 2340.0, "20-49 hours a week") in rows
    assert ("carers_unpaid", "E07000178", "2021", 2880.0, "50+ hours a week") in rows
    assert ("carers_unpaid", "E07000178", "2021", 12390.0, "") in rows


def test_a_benchmark_named_after_the_measure_in_a_row_label():
    # 'Diagnosis rate, England' in a Measure | Value table: England's rate, not the county's
    lines = ["Table B3: Dementia diagnosis, Oxfordshire, June 2026", "",
             "Measure                                   Value",
             "Estimated diagnosis rate, aged 65+        61.4%",
             "Diagnosis rate, England                   65.2%"]
    got = measures(lines)
    england = got[got["value"].astype(float) == 65.2]
    assert set(england["area_code"]) == {"E92000001"}
    assert set(got[got["value"].astype(float) == 61.4]["area_code"]) == {OXFORDSHIRE}


def test_a_second_block_under_its_own_header_keeps_the_tables_title():
    # schemes being built under their own header a blank line below the open schemes: planned units of the year
    # each opens; a note under both (naming schemes that are open) is not planned
    lines = ["Table B4: Extra care housing schemes, May 2026", "",
             "Scheme            Town          Units   Opened",
             "Cowley Yard       Littlemore       64   2014",
             "Bure Park         Bicester         58   2019", "",
             "Being built       Town          Units   Expected completion",
             "Ock Meadow        Abingdon         48   2027",
             "Tusmore Rise      Kidlington       70   2029", "",
             "Note: 2 schemes are open, with 122 units between them."]
    rows = {(m, name, p, v) for m, name, p, v in
            ((r.measure, r.area_name, str(r.period), float(r.value)) for r in measures(lines).itertuples())}
    assert ("extra_care_units_planned", "Ock Meadow", "2027", 48.0) in rows
    assert ("extra_care_units_planned", "Tusmore Rise", "2029", 70.0) in rows
    assert not {r for r in rows if r[0].endswith("_planned") and r[3] in (2.0, 122.0)}


def test_no_dates_from_a_list_of_tables():
    got = or_nothing(dates)(["List of tables", "",
                             "Table 5    Contract end dates, 2026 to 2028 ........................ 40",
                             "Table 6    Tender timetable, April 2027 ............................ 41"])
    assert got == []


def test_a_list_of_tables_goes_on_over_a_page_break():
    # the page's footer (and the blank lines around it) between the list's title and its entries
    lines = ["Oxfordshire has 7 extra care schemes.", "",
             "Oxfordshire County Council | MPS 2026-2029 | Page 50 of 53", "",
             "Appendix F: List of tables", "", "",
             "Oxfordshire County Council | MPS 2026-2029 | Page 51 of 53", "",
             "Table 3    Carers providing 50 or more hours a week ....................... 14",
             "Table 6    People aged 65+ with dementia ................................. 22", "",
             "Oxfordshire County Council | MPS 2026-2029 | Page 52 of 53"]
    values = {float(v) for v in measures(lines)["value"]}
    assert values == {7.0}
