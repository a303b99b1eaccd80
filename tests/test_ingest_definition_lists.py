"""Key facts written as a definition list: each label on its own line and its value on the next, indented under it or
not, as statements saved from Word or web pages write them. A value is read as 'Label: value' is, and each pair is
its own item: a label does not run on to the pair below it, and a pair does not take the place of the sentence above.
Made-up wordings and figures; the areas' codes are real."""
from __future__ import annotations

from data.ingest.layout import join_definition_lists
from tests.proposals import figure_rows, proposers_for

RUTLAND, SUFFOLK, BABERGH, MID_SUFFOLK = "E06000017", "E10000029", "E07000200", "E07000203"

measures, dates = proposers_for(RUTLAND)
rows = figure_rows(measures)

FACTS = [
    ("Unpaid carers (Census 2021)", "4,120 people, 10.9% of residents aged 5 and over"),
    ("Carers giving 50 or more hours a week", "1,060 people"),
    ("People aged 65 and over estimated to have dementia (2025)", "840, rising to 1,130 by 2035"),
    ("Dementia diagnosis rate (March 2026)", "58.4%, below the national ambition of 66.7%"),
    ("Extra care", "2 schemes with 96 apartments; a third scheme of 40 apartments is planned for 2028"),
]
EXPECTED = {
    ("carers_unpaid", RUTLAND, "2021", 4120.0),
    ("carers_unpaid_pct", RUTLAND, "2021", 10.9),
    ("carers_unpaid", RUTLAND, "2021", 1060.0),
    ("dementia_estimated", RUTLAND, "2025", 840.0),
    ("dementia_estimated", RUTLAND, "2035", 1130.0),
    ("dementia_diagnosis_rate", RUTLAND, "2026", 58.4),
    ("extra_care_schemes", RUTLAND, "", 2.0),
    ("extra_care_units", RUTLAND, "", 96.0),
    ("extra_care_units_planned", RUTLAND, "2028", 40.0),
}


def _document(indent_label: str, indent_value: str) -> list[str]:
    lines = ["Rutland County Council", "Market Position Statement for Older People 2026", "", "Facts and figures"]
    for label, value in FACTS:
        lines += [indent_label + label, indent_value + value]
    return lines + ["", "Commissioning plans", indent_label + "Carers support service",
                    indent_value + "Current contract ends 31 March 2027. We will go out to tender in September 2026."]


def test_values_indented_under_their_labels_are_read_as_label_value_pairs():
    got = set(rows(_document("    ", "        ")))
    assert EXPECTED <= got
    # the hours band stays with its own pair, not the dementia estimate two lines below
    frame = measures(_document("    ", "        "))
    assert set(frame[frame["breakdown"] == "50+ hours a week"]["value"]) == {1060.0}
    # the schemes are Rutland's, not England's from the national ambition on the line above
    assert not frame[frame["measure"].str.startswith("extra_care") & (frame["area_code"] != RUTLAND)].shape[0]


def test_values_flush_with_their_labels_are_read_the_same():
    assert EXPECTED <= set(rows(_document("", "")))


def test_each_value_keeps_its_own_line_as_its_locator():
    frame = measures(_document("", ""))
    first_value_line = 6  # the title, the subtitle, a blank, the heading, then the first label
    assert set(frame[frame["value"] == 4120.0]["line"]) == {first_value_line}
    assert set(frame[frame["value"] == 840.0]["line"]) == {first_value_line + 4}


def test_a_definition_list_of_districts_figures_gives_each_district_its_figures():
    lines = ["Suffolk County Council", "Carers in our districts", "",
             "Babergh", "9,870 unpaid carers (Census 2021)",
             "Mid Suffolk", "10,420 unpaid carers (Census 2021)", ""]
    got = set(figure_rows(proposers_for(SUFFOLK)[0])(lines))
    assert {("carers_unpaid", BABERGH, "2021", 9870.0), ("carers_unpaid", MID_SUFFOLK, "2021", 10420.0)} <= got


def test_the_contract_dates_under_a_service_label_keep_the_service():
    found = dates(_document("    ", "        "))
    assert ("Carers support service", "procurement_start", "2026-09-01", "2026-09-30") in found
    assert ("Carers support service", "contract_end", "2027-03-31", "2027-03-31") in found


def test_one_heading_over_a_paragraph_that_opens_with_a_figure_is_left_a_heading():
    lines = ["Carers", "4,120 people in Rutland give unpaid care.", "", "Dementia",
             "An estimated 840 people aged 65 and over have dementia.", ""]
    assert join_definition_lists(lines) == lines


def test_a_notice_field_over_its_dates_is_left_to_the_notice_reader():
    lines = ["Contract dates (estimated)", "1 April 2027 to 31 March 2030",
             "Possible extension to 31 March 2032", "5 years, the maximum contract length including extensions"]
    assert join_definition_lists(lines)[:2] == lines[:2]


def test_numbered_headings_and_bullets_are_not_labels():
    lines = ["3.1 Unpaid carers", "4,120 people give unpaid care.", "3.2 Dementia", "840 people have dementia.",
             "• Extra care", "2 schemes", "• Planned", "40 apartments"]
    assert join_definition_lists(lines) == lines


def test_a_label_value_bullet_whose_value_says_what_it_counts_is_read_as_its_sentence():
    lines = ["Suffolk County Council", "Carers in our districts", "",
             "• Babergh: 9,870 unpaid carers (Census 2021)",
             "• Mid Suffolk: 10,420 unpaid carers (Census 2021)", ""]
    got = set(figure_rows(proposers_for(SUFFOLK)[0])(lines))
    assert {("carers_unpaid", BABERGH, "2021", 9870.0), ("carers_unpaid", MID_SUFFOLK, "2021", 10420.0)} <= got


IPSWICH, EAST_SUFFOLK = "E07000202", "E07000244"
DISTRICT_PROFILES = {  # a made-up county's four district profiles: each a heading over its label and value lines
    BABERGH: ("Babergh", "9,870 (10.8%)", "1,540", "2"),
    MID_SUFFOLK: ("Mid Suffolk", "10,420 (10.6%)", "1,610", "1"),
    IPSWICH: ("Ipswich", "12,900 (9.3%)", "1,720", "3"),
    EAST_SUFFOLK: ("East Suffolk", "24,310 (10.9%)", "3,980", "5"),
}


def test_district_profiles_as_definition_lists_give_each_district_its_figures_and_years():
    lines = ["Suffolk County Council", "Market Position Statement 2026: district profiles", ""]
    for name, carers, dementia, schemes in DISTRICT_PROFILES.values():
        lines += [name, "Unpaid carers (Census 2021)", carers, "People aged 65+ with dementia (2025)", dementia,
                  "Extra care schemes", schemes, ""]
    got = set(figure_rows(proposers_for(SUFFOLK)[0])(lines))
    for code, (_name, carers, dementia, schemes) in DISTRICT_PROFILES.items():
        count, share = carers.replace(",", "").rstrip("%)").split(" (")
        assert {("carers_unpaid", code, "2021", float(count)), ("carers_unpaid_pct", code, "2021", float(share)),
                ("dementia_estimated", code, "2025", float(dementia.replace(",", ""))),
                # the census year of the carers' pair above is not the schemes' year
                ("extra_care_schemes", code, "", float(schemes))} <= got


def test_the_source_line_shows_the_label_and_value_without_a_bullet_the_document_does_not_have():
    frame = measures(_document("    ", "        "))
    assert set(frame[frame["value"] == 4120.0]["text"]) == {
        "Unpaid carers (Census 2021): 4,120 people, 10.9% of residents aged 5 and over"}
