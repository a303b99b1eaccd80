"""Round 18 (r18d) of the document proposer (data/ingest), each rule on made-up lines in the shapes a modern
PDF-to-Markdown converter gives a council's statement: page anchors and image placeholders, footnote marks as
'<sup>2</sup>' or '[^3]' stuck to figures and footnotes led by '[^1]:', '<br>' inside table cells, a two-row header
flattened into one ('2021 Number | 2021 % | 2011 Number') and a pipe table continued after a page break with its
header repeated."""
from __future__ import annotations

from tests.proposals import proposers_for

KENT = "E10000016"
ASHFORD, DOVER, SWALE, THANET = "E07000105", "E07000108", "E07000113", "E07000114"

measures, dates = proposers_for(KENT)


def _got(lines: list[str]) -> list[tuple]:
    frame = measures(lines)
    return [(r.measure, r.area_code, "" if r.period != r.period else str(r.period), float(r.value))
            for r in frame.itertuples()]


def test_footnote_marks_anchors_and_images_are_no_figures():
    lines = [
        '<span id="page-2-0"></span>![](_page_2_Picture_1.jpeg)',
        "",
        "# UNPAID CARERS",
        "",
        "The 2021 Census found **41,260**<sup>2</sup> unpaid carers in Kent, and 3,150[^4] of them were young carers.",
        "",
        "[^1]: Office for National Statistics, Census 2021, table TS039.",
        "[^2]: Rounded to the nearest 10.",
        "[^3]: Includes 20 carers living in Medway.",
        "[^4]: Aged 5 to 17.",
    ]
    got = _got(lines)
    values = {v for *_, v in got}
    assert ("carers_unpaid", KENT, "2021", 41260.0) in got
    assert 3150.0 in values
    # the fused marks ('41,2602', '3,1504'), the anchor's and image's numbers and the footnotes' own are no figures
    assert not values & {412602.0, 31504.0, 2.0, 1.0, 0.0, 20.0, 39.0, 4.0}


def test_a_line_break_inside_a_cell_is_a_space_and_a_superscript_mark_no_part_of_the_service():
    lines = [
        "## Procurement plan",
        "",
        "| Service | Current contract ends | Tender published | New contract starts |",
        "|---|---|---|---|",
        "| Carers' Hub<br>(countywide) | 31 March 2028 | October 2027 | 1 April 2028 |",
        "| Dementia Advice Service<sup>6</sup> | 30/06/2028 | Q2 2027/28 | 01/07/2028 |",
    ]
    got = dates(lines)
    assert ("Carers' Hub (countywide)", "contract_end", "2028-03-31", "2028-03-31") in got
    assert ("Dementia Advice Service", "contract_start", "2028-07-01", "2028-07-01") in got


def test_a_two_row_header_flattened_into_one_gives_each_column_its_year_and_measure():
    # ('2021 %' is a column's head, no figure of 2021%: the header is a header, not the table's first row)
    lines = [
        "**Table 2: Unpaid carers by district (Census 2021 and 2011)**",
        "",
        "| District | 2021 Number | 2021 % | 2011 Number |",
        "|---|---|---|---|",
        "| Ashford | 12,430 | 9.9 | 12,880 |",
        "| Dover | 11,050 | 10.6 | 11,720 |",
    ]
    got = _got(lines)
    assert ("carers_unpaid", ASHFORD, "2021", 12430.0) in got
    assert ("carers_unpaid_pct", ASHFORD, "2021", 9.9) in got
    assert ("carers_unpaid", ASHFORD, "2011", 12880.0) in got
    assert ("carers_unpaid_pct", DOVER, "2021", 10.6) in got
    assert not [g for g in got if g[3] == 2021.0 or g[3] == 2011.0]


def test_a_pipe_table_continued_after_a_page_break_keeps_its_title():
    # the second page's part sits under the page's anchor and running title, its header repeated: the table's title
    # above the first part still says what the rows count
    lines = [
        "**Table 2: Unpaid carers by district (Census 2021)**",
        "",
        "| District | Number | % of residents aged 5+ |",
        "|---|---|---|",
        "| Ashford | 12,430 | 9.9 |",
        "| Dover | 11,050 | 10.6 |",
        "",
        '<span id="page-5-0"></span>',
        "",
        "*Kent County Council – Market Position Statement 2026–2029*",
        "",
        "| District | Number | % of residents aged 5+ |",
        "|---|---|---|",
        "| Swale | 14,210 | 9.4 |",
        "| Thanet | 13,980 | 10.8 |",
    ]
    got = _got(lines)
    assert ("carers_unpaid", SWALE, "2021", 14210.0) in got
    assert ("carers_unpaid_pct", THANET, "2021", 10.8) in got


def test_a_contents_page_converted_to_a_pipe_table_gives_no_figures():
    lines = [
        "# **Contents**",
        "",
        "| Section | Page |",
        "|---|---|",
        "| 1. Introduction | 2 |",
        "| 2. Unpaid carers | 4 |",
        "| 3. Dementia | 7 |",
        "| 4. Extra care housing | 9 |",
        "",
        "# 2. Unpaid carers",
        "",
        "Kent had 41,260 unpaid carers at the 2021 Census.",
    ]
    got = _got(lines)
    assert ("carers_unpaid", KENT, "2021", 41260.0) in got
    assert not [g for g in got if g[3] in (2.0, 4.0, 7.0, 9.0)]


def test_a_total_rows_100_in_a_share_column_is_the_whole_not_a_figure():
    # ('100.0' without its sign under '% of all carers'; '100%' was already left out)
    lines = [
        "### Hours of care given each week (Census 2021)",
        "",
        "| Hours of unpaid care each week | Number of carers | % of all carers |",
        "|---|---|---|",
        "| 19 hours or less | 22,610 | 54.8 |",
        "| 50 hours or more | 11,920 | 28.9 |",
        "| **Total** | **41,260** | **100.0** |",
    ]
    got = _got(lines)
    assert ("carers_unpaid", KENT, "2021", 41260.0) in got
    assert not [g for g in got if g[3] == 100.0]


def test_a_rate_per_1000_we_think_the_area_will_need_is_no_provision():
    lines = [
        "## Extra care housing",
        "",
        "Kent has 1,180 extra care apartments, or 9.2 per 1,000 people aged 75 and over, well below the 20 per 1,000 "
        "we estimate the county will need by 2032.",
    ]
    got = _got(lines)
    assert [g for g in got if g[0] == "extra_care_units_per_1000_75plus" and g[3] == 9.2]
    assert not [g for g in got if g[3] == 20.0]


def test_people_under_the_age_of_65_are_the_group_aged_under_65():
    lines = ["## Dementia", "", "* Around 420 people under the age of 65 are thought to have young-onset dementia."]
    frame = measures(lines)
    got = [(r.measure, r.breakdown, float(r.value)) for r in frame.itertuples()]
    assert ("dementia_estimated", "aged under 65", 420.0) in got


def test_referrals_to_a_named_service_in_a_bold_label_are_no_sub_group():
    lines = [
        "### Carers we support",
        "",
        "- **Carers' assessments completed in 2025/26:** 3,020",
        "- **New referrals to the Carers' Hub, 2025/26:** 2,870",
    ]
    frame = measures(lines)
    got = [(r.measure, r.period, "" if r.breakdown != r.breakdown else r.breakdown, float(r.value))
           for r in frame.itertuples()]
    assert ("carers_referrals", "2025/26", "", 2870.0) in got


def test_two_describing_words_joined_by_and_before_the_counted_noun():
    lines = ["## Other housing", "", "Kent also has around 6,150 sheltered and retirement flats, most built before 1985."]
    frame = measures(lines)
    got = [(r.measure, float(r.value)) for r in frame.itertuples()]
    assert ("sheltered_housing_units", 6150.0) in got


def test_a_pipeline_table_gives_each_scheme_its_district_and_counts_planned_units():
    lines = [
        "## Extra care housing",
        "",
        "Three new schemes are in the pipeline:",
        "",
        "| Scheme | District | Apartments | Expected to open |",
        "|---|---|---|---|",
        "| Orchard View | Swale | 72 | Spring 2028 |",
        "| Cliff House | Thanet | 55 | 2028/29 |",
    ]
    frame = measures(lines)
    got = [(r.measure, r.area_code, float(r.value)) for r in frame.itertuples()]
    assert ("extra_care_units_planned", SWALE, 72.0) in got
    assert ("extra_care_units_planned", THANET, 55.0) in got


def test_a_table_of_existing_schemes_under_a_title_without_pipeline_words_stays_open_provision():
    lines = [
        "Existing and planned extra care schemes",
        "",
        "| Scheme | District | Apartments |",
        "|---|---|---|",
        "| Orchard View | Swale | 72 |",
    ]
    frame = measures(lines)
    got = [(r.measure, r.area_code, float(r.value)) for r in frame.itertuples()]
    assert ("extra_care_units", SWALE, 72.0) in got


def test_rates_of_gp_networks_placed_near_a_district_are_no_district_rates():
    lines = [
        "## Diagnosis",
        "",
        "Kent's estimated dementia diagnosis rate was 63.1% in March 2026.",
        "Diagnosis rates differ between the county's four Primary Care Network clusters, from 55% in the east to 69% "
        "around Dover.",
    ]
    got = _got(lines)
    assert [g for g in got if g[3] == 63.1 and g[1] == KENT]
    assert not [g for g in got if g[3] in (55.0, 69.0)]

