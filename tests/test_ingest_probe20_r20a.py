"""Round 20 (r20a) of the document proposer (data/ingest), each rule on made-up lines in the shapes OCR gives a
printed and scanned statement: thousands separators read as a space or with a space after the comma, a percent sign
read as '%o', a bullet glyph read as 'e', table rules read as '|' or a line of underscores, a space-aligned table whose
header runs over two lines."""
from __future__ import annotations

from data.ingest.characters import plain_characters
from tests.proposals import figure_rows, proposers_for

WORCESTERSHIRE = "E10000034"
ENGLAND = "E92000001"

measures, dates = proposers_for(WORCESTERSHIRE)
rows = figure_rows(measures)


def test_ocr_thousands_read_as_a_space_or_a_comma_and_space_are_one_figure():
    lines = [
        "At the 2021 Census 57 310 residents of Worcestershire said they provided unpaid care.",
        "",
        "Of these carers, 13, 860 provided 50 or more hours of care each week.",
    ]
    got = rows(lines)
    assert ("carers_unpaid", WORCESTERSHIRE, "2021", 57310.0) in got
    assert 13860.0 in {value for *_, value in got}
    assert not {57.0, 310.0, 13.0, 860.0} & {value for *_, value in got}


def test_digit_groups_are_not_joined_where_they_may_be_two_numbers():
    # a phone number, a number after a number, a list of sizes, a numbered table; the length of each line holds
    lines = ["Telephone 01905 765 432.", "in 2025 9 870 people", "schemes of 40, 60, 120 and 150 units",
             "Table 2 120 people", " Worcester           11, 240          9.0 %"]
    assert plain_characters(lines) == ["Telephone 01905 765 432.", "in 2025 9 870 people",
                                       "schemes of 40, 60, 120 and 150 units", "Table 2 120 people",
                                       " Worcester           11,240           9.0 %"]


def test_a_percent_sign_read_as_percent_o_is_a_share():
    lines = [
        "At the 2021 Census 9.6 % of residents aged five and over provided unpaid care, above England (8.9%o).",
        "",
        "The dementia diagnosis rate was 61.8%o in March 2026, below the national ambition of 66.7%o.",
    ]
    got = rows(lines)
    assert ("carers_unpaid_pct", ENGLAND, "2021", 8.9) in got or ("carers_unpaid_pct", ENGLAND, "", 8.9) in got
    assert ("dementia_diagnosis_rate", WORCESTERSHIRE, "2026", 61.8) in got
    assert any(m == "dementia_diagnosis_target" and v == 66.7 for m, _, _, v in got)


def test_a_bullet_glyph_read_as_e_and_a_stray_rule_are_dropped():
    assert plain_characters(["e 33 120 provided 19 hours", "|Bromsgrove     8 410", "   Page 3 of 9 |",
                             "e.g. carers", "| a | b |"]) == [
        "• 33,120 provided 19 hours", " Bromsgrove     8,410", "   Page 3 of 9  ", "e.g. carers", "| a | b |"]


def test_a_spaced_table_with_a_two_line_header_and_an_underscore_rule_keeps_its_title_year():
    # the header's last column runs over two lines ('% of residents' / 'aged 5+'); a rule of underscores before the
    # total row: the districts' rows take the census year of the title
    lines = [
        "Table 2.1 Unpaid carers by district, Census 2021",
        "",
        " District            Unpaid carers    % of residents",
        "                                      aged 5+",
        "|Bromsgrove           8 410            9.5 %",
        " Malvern Hills         7 950          10.6%",
        " Redditch              7 020           8.7 %",
        "_____________________________________________________",
        " Worcestershire       57 310           9.6 %",
        "Source: ONS Census 2021, table TS039.",
    ]
    got = rows(lines)
    assert ("carers_unpaid", "E07000234", "2021", 8410.0) in got
    assert ("carers_unpaid_pct", "E07000235", "2021", 10.6) in got
    assert ("carers_unpaid", "E07000236", "2021", 7020.0) in got


def test_a_row_labelled_county_in_a_county_statement_is_the_county():
    lines = [
        "Table 3.2 Projected number of people aged 65+ with dementia",
        "           2025        2030        2035",
        " County    9,120      10,860      12,540",
        "Source: projections applied to ONS population projections.",
    ]
    got = rows(lines)
    assert ("dementia_estimated", WORCESTERSHIRE, "2030", 10860.0) in got
    assert ("dementia_estimated", WORCESTERSHIRE, "2035", 12540.0) in got


def test_schemes_built_with_registered_provider_partners_are_still_planned_extra_care():
    # 'provider' names what no measure counts (a provider's own count); a registered or housing provider is the
    # housing association building the schemes the sentence counts
    lines = [
        "Extra care housing",
        "",
        "Worcestershire has 12 extra care schemes with 690 flats between them.",
        "",
        "Two further schemes are in development with registered provider partners and will add 150 units.",
        "",
        "A third is being built by a housing provider and will add 64 flats.",
    ]
    got = rows(lines)
    assert ("extra_care_units_planned", WORCESTERSHIRE, "", 150.0) in got
    assert ("extra_care_schemes_planned", WORCESTERSHIRE, "", 2.0) in got
    assert any(m == "extra_care_units_planned" and v == 64.0 for m, _, _, v in got)


def test_a_run_in_heading_that_lost_its_bold_names_the_paragraphs_service():
    lines = [
        "5 Commissioning intentions",
        "",
        "Carers Support Service. The tender will be published in September 2026 and the closing date for bids",
        "will be 2 November 2026. A single lot will cover the whole county.",
    ]
    assert ("Carers Support Service", "tender_deadline", "2026-11-02", "2026-11-02") in dates(lines)


def test_a_note_under_a_table_led_by_a_cells_mark_is_about_that_rows_service():
    lines = [
        "Table 5.1 Commissioning timetable",
        "",
        " Service                       Contract ends   Go to market    New contract",
        " Carers Support Service        31/03/2027      Sept 2026       01/04/2027",
        " Home Support Framework        30/09/2027*     Spring 2027     01/10/2027",
        "",
        "* the current framework has an option to extend to 30 September 2028, which we do not expect to use.",
    ]
    got = dates(lines)
    assert ("Home Support Framework", "extension_end", "2028-09-30", "2028-09-30") in got


def test_a_contents_line_holding_two_entries_is_no_flattened_table():
    # a converter that writes a paragraph a line ran two contents entries together: pages, not figures
    lines = [
        "Contents",
        "",
        "1  Introduction ..................................... 2",
        "2  Unpaid carers .................................... 3",
        "3  Dementia ................................... 5 4  Extra care housing ............... 6",
        "5  Contact us ....................................... 8",
        "",
        "At the 2021 Census 57,310 residents of Worcestershire provided unpaid care.",
    ]
    got = rows(lines)
    assert ("carers_unpaid", WORCESTERSHIRE, "2021", 57310.0) in got
    assert not {2.0, 3.0, 4.0, 5.0, 6.0, 8.0} & {value for *_, value in got}
