"""Round 31 (r31c) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a Welsh
regional partnership's bilingual Word document gives: a heading, caption, table header or row label written Welsh
first and English after a slash ('Gofalwyr di-dâl / Unpaid carers', 'Sir Fynwy / Monmouthshire', 'Cymru / Wales') is
read as its English, and a Welsh place name in English prose ('in Sir Ddinbych', 'Casnewydd (Newport)') names its
area; a figure going on from a region's figure ('..., and this is expected to grow to 7,210 by 2030', 'In 2011 there
were 45,870.') and naming no place of its own is the region's too, no figure of the authority's; a bare figure and
its place after another figure ('133,400 people lived in Powys, 93,100 in Monmouthshire') counts what that figure
counted, also after a region's total; 'At Census 2021 the region was home to ...' dates the sentence's figures; the
Welsh Government's target is a target for Wales; a place and its bare figure after a semicolon ('; in Newport, 2,230')
keep the figure before's hours band."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

POWYS = "W06000023"
MONMOUTHSHIRE = "W06000021"
NEWPORT = "W06000022"
DENBIGHSHIRE = "W06000004"
WALES = "W92000004"

measures, dates = proposers_for(POWYS)
rows = figure_rows(measures)


def test_bilingual_table_headers_and_row_labels_are_read_as_their_english():
    got = rows(["Gofalwyr di-dâl / Unpaid carers", "",
                "Tabl 2.3 / Table 2.3: Gofalwyr yn ôl awdurdod lleol / Carers by local authority, Census 2021", "",
                "Awdurdod lleol / Local authority\tGofalwyr di-dâl 2021 / Unpaid carers 2021\tCanran / Per cent",
                "Sir Fynwy / Monmouthshire\t9,410\t10.1%", "Casnewydd / Newport\t15,220\t9.7%",
                "Cymru / Wales\t298,400\t10.4%", ""])
    assert sorted(got) == sorted([("carers_unpaid", MONMOUTHSHIRE, "2021", 9410.0),
                                  ("carers_unpaid_pct", MONMOUTHSHIRE, "2021", 10.1),
                                  ("carers_unpaid", NEWPORT, "2021", 15220.0),
                                  ("carers_unpaid_pct", NEWPORT, "2021", 9.7),
                                  ("carers_unpaid", WALES, "2021", 298400.0),
                                  ("carers_unpaid_pct", WALES, "2021", 10.4)])


def test_a_bilingual_caption_gives_no_table_number_as_a_figure():
    got = rows(["Byw gyda dementia / Living with dementia", "",
                "Tabl 3.2 / Table 3.2: Dementia yn ôl awdurdod lleol / Dementia by local authority", "",
                "Awdurdod lleol / Local authority\tAmcangyfrif 65+, 2025 / Estimated 65+, 2025",
                "Sir Fynwy / Monmouthshire\t1,980", ""])
    assert got == [("dementia_estimated", MONMOUTHSHIRE, "2025", 1980.0)]


def test_a_welsh_place_name_in_english_prose_names_its_area():
    got = rows(["Carers", "", "In Sir Ddinbych 2,910 carers gave 50 or more hours of care a week in 2021.", ""])
    assert got == [("carers_unpaid", DENBIGHSHIRE, "2021", 2910.0)]


def test_an_english_name_after_its_welsh_one_in_brackets_is_read_once():
    """Guard: 'Casnewydd (Newport)' read as 'Newport' once (the bracketed English name found it before)."""
    got = rows(["Population", "", "At Census 2021, 161,500 people lived in Casnewydd (Newport).", ""])
    assert got == [("population", NEWPORT, "2021", 161500.0)]


def test_a_slash_between_english_words_is_left_as_written():
    """Guard: a slash in English ('Unpaid carers / per cent') is no bilingual pair."""
    got = rows(["Carers", "", "Local authority\tUnpaid carers / number, 2021", "Monmouthshire\t9,410", ""])
    assert got == [("carers_unpaid", MONMOUTHSHIRE, "2021", 9410.0)]


def test_a_projection_going_on_from_a_regions_estimate_is_the_regions_too():
    got = rows(["Dementia", "", "Around 5,940 people aged 65 and over were living with dementia across the region in "
                "2025, and this is expected to grow to 7,210 by 2030 and 8,660 by 2035.", "",
                "In Powys an estimated 1,870 people aged 65 and over were living with dementia in 2025.", ""])
    assert got == [("dementia_estimated", POWYS, "2025", 1870.0)]


def test_a_sentence_naming_no_place_after_a_regions_figure_is_the_regions():
    got = rows(["Unpaid carers", "", "Census 2021 recorded 41,300 unpaid carers across Mid Wales. In 2011 there were "
                "45,870.", "", "Powys had 14,120 unpaid carers in 2021.", ""])
    assert got == [("carers_unpaid", POWYS, "2021", 14120.0)]


def test_a_figure_naming_the_authority_after_a_regions_figure_is_the_authoritys():
    """Guard: a sentence or clause naming its own place, after the region's figure, is that place's."""
    got = rows(["Dementia", "", "Around 5,940 people aged 65 and over were living with dementia across the region in "
                "2025. In Powys the estimate is expected to reach 2,310 by 2030.", ""])
    assert got == [("dementia_estimated", POWYS, "2030", 2310.0)]


def test_a_figure_and_its_place_after_another_figure_counts_what_that_figure_counted():
    got = rows(["Population", "", "In 2021, 133,400 people lived in Powys, 93,100 in Monmouthshire and 95,300 in "
                "Denbighshire.", ""])
    assert sorted(got) == sorted([("population", POWYS, "2021", 133400.0),
                                  ("population", MONMOUTHSHIRE, "2021", 93100.0),
                                  ("population", DENBIGHSHIRE, "2021", 95300.0)])


def test_a_list_of_places_figures_after_a_regions_total_is_theirs_of_the_census_year():
    got = rows(["Population", "", "At Census 2021 the partnership region was home to 321,800 people: 133,400 in Powys "
                "and 93,100 in Monmouthshire.", ""])
    assert sorted(got) == sorted([("population", POWYS, "2021", 133400.0),
                                  ("population", MONMOUTHSHIRE, "2021", 93100.0)])



def test_the_welsh_governments_target_is_a_target_for_wales():
    got = rows(["Dementia", "", "Powys's diagnosis rate of 57.2% is below the Welsh Government's target of 75%.", ""])
    assert sorted(got) == sorted([("dementia_diagnosis_rate", POWYS, "", 57.2),
                                  ("dementia_diagnosis_target", WALES, "", 75.0)])


def test_a_place_and_its_bare_figure_after_a_semicolon_keep_the_figure_befores_hours_band():
    frame = measures(["Carers", "", "In Monmouthshire 3,050 carers gave 50 or more hours of care a week in 2021; in "
                      "Newport, 2,230.", ""])
    got = sorted((r.area_code, float(r.value), r.breakdown) for r in frame.itertuples())
    assert got == [(MONMOUTHSHIRE, 3050.0, "50+ hours a week"), (NEWPORT, 2230.0, "50+ hours a week")]
