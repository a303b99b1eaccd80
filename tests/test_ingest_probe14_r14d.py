"""Round 14 (r14d): the faults a PDF-to-text conversion leaves, found with corpus excerpt 78 (a made-up unitary
statement): ligatures and Symbol-font bullets, words hyphenated at line ends, a bold run-in heading naming a
service, a left column going on under a box-out, a list led in by a sentence, long bulleted labels, a benchmark
after 'a little above', a named scheme's bracketed units and times of day."""
from __future__ import annotations

import pandas as pd

from data.ingest import propose
from data.ingest.columns import read_columns
from data.ingest.numbers import find_numbers

AUTH = "E06000054"  # Wiltshire


def _measures(lines: list[str]) -> pd.DataFrame:
    props = propose(lines, AUTH)
    return props[props["kind"] == "measure"]


def _one(props: pd.DataFrame, measure: str, value: float) -> pd.Series:
    rows = props[(props["measure"] == measure) & (props["value"] == value)]
    assert len(rows) == 1, props[["measure", "value", "period", "breakdown", "area_code"]].to_string()
    return rows.iloc[0]


def test_converter_characters_are_made_plain_line_for_line():
    from data.ingest.characters import plain_characters

    lines = ["the England \ufb01gure of 8.9%", "\uf0b7\t20,940 gave 19 hours", "\u25cf Carers known: 4,320",
             "add 128\u00a0apartments", "living with demen\u00ad", "plain"]
    assert plain_characters(lines) == ["the England figure of 8.9%", "•\t20,940 gave 19 hours", "• Carers known: 4,320",
                                       "add 128 apartments", "living with demen-", "plain"]


def test_symbol_font_bullets_are_bullets():
    lines = ["At the 2021 Census, 49,630 people in the county provided unpaid care.", "",
             "Unpaid carers by hours of care:", "",
             "\uf0b7\t20,940 gave 19 hours or less a week",
             "\uf0b7\t18,820 gave 50 or more hours a week"]
    props = _measures(lines)
    assert _one(props, "carers_unpaid", 18820)["breakdown"] == "50+ hours a week"


def test_a_word_hyphenated_at_a_line_end_is_whole_again():
    from data.ingest.paragraphs import _joined

    assert _joined({"dementia", "people"}, "demen", "tia") == "dementia"
    assert _joined({"extra", "care"}, "extra", "care") == "extra-care"  # a compound keeps its hyphen
    lines = ["Extra care housing", "", "The county has 11 extra care schemes with 642 apartments. Across them,",
             "74 apartments are designed for people living with demen-", "tia."]
    assert _one(_measures(lines), "extra_care_units_dementia", 74)["area_code"] == AUTH


def test_a_bold_run_in_heading_names_the_paragraphs_service():
    header = "Anytown Council – Market Position Statement 2026–2029"
    page = ["Some words on the page.", ""] * 6
    lines = [header, "", "**5. Commissioning intentions**", "", *page, header, "", *page, header, "",
             "**Carers Support Service.** The current contract has already used its extension. We will",
             "go out to tender in the autumn, with bids due by 4 December 2026, and expect to award",
             "the new contract in February 2027."]
    props = propose(lines, AUTH)
    dates = props[props["kind"] == "procurement"]
    row = dates[dates["stage"] == "tender_deadline"].iloc[0]
    assert (row["earliest"], row["service"]) == ("2026-12-04", "Carers Support Service")
    assert set(dates[dates["stage"] == "award"]["service"]) == {"Carers Support Service"}


def test_a_left_column_going_on_under_a_box_out_stays_one_sentence():
    left = ["Not everyone with dementia has a diagnosis.", "The diagnosis rate - the share of people",
            "aged 65+ thought to have dementia who have", "one recorded by their GP - was 59.6% in",
            "March 2026, below the national ambition."]
    right = ["Did you know?", "In March 2026, 4,985 people", "in the county had a diagnosis"]
    lines = [(left[i].ljust(56) + right[i]) if i < len(right) else left[i] for i in range(len(left))]
    lines += ["", "People with dementia tell us they want", "help close to home."]  # the column's next paragraph
    read = read_columns(lines)
    assert read[:5] == left
    assert [t for t in read[5:] if t.strip()] == [*right, "People with dementia tell us they want", "help close to home."]


def test_bullets_led_in_by_a_sentence_take_the_paragraphs_year():
    lines = ["At the 2021 Census, 49,630 people in the county said they provided unpaid care.", "",
             "Many of them care for long hours. Of the county’s carers:", "",
             "• 20,940 gave 19 hours or less a week", "• 18,820 gave 50 or more hours a week"]
    props = _measures(lines)
    row = _one(props, "carers_unpaid", 20940)
    assert (row["period"], row["breakdown"]) == ("2021", "19 hours or less a week")


def test_the_share_before_a_little_above_the_england_figure_is_the_authoritys():
    lines = ["At the 2021 Census, 49,630 people in the county provided unpaid care. That is 10.1% of residents "
             "aged five and over, a little above the England figure of 8.9%."]
    props = _measures(lines)
    assert _one(props, "carers_unpaid_pct", 10.1)["area_code"] == AUTH
    assert _one(props, "carers_unpaid_pct", 8.9)["area_code"] == "E92000001"


def test_long_bulleted_labels_and_their_time_words():
    lines = ["**Carers and the Council, 2025/26**", "",
             "• Carers known to adult social care at 31 March 2026: 4,320",
             "• Carers’ assessments completed in the year: 1,185",
             "• Carers Hub helpline calls answered: 7,460"]
    props = _measures(lines)
    row = _one(props, "carers_assessed", 1185)
    assert (row["period"], row["breakdown"]) == ("2025/26", "")
    assert _one(props, "carers_known", 4320)["breakdown"] == ""
    assert 7460 not in set(props["value"])  # calls answered count no carers


def test_a_named_schemes_bracketed_units_are_not_the_authoritys():
    lines = ["Extra care housing", "",
             "Two further extra care schemes are being built: Avon Mill in Melksham (70 apartments, due to open in",
             "2027) and Cley Rise (58 apartments, 2028). Together they will add 128 apartments."]
    props = _measures(lines)
    assert not set(props["value"]) & {70, 58}
    assert _one(props, "extra_care_units_planned", 128)["area_code"] == AUTH


def test_times_of_day_are_no_figures():
    assert [n.value for n in find_numbers("an event on 12 January 2027 (10:00–12:30, County Hall)")] == []
    assert [n.value for n in find_numbers("open 9am–5pm and 9.30am to 1,200 carers, 12 noon")] == [1200]
    assert [n.value for n in find_numbers("with 4.25 units and a ratio of 12.50")] == [4.25, 12.5]
