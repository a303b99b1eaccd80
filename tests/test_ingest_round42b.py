"""Round 42 (r42b) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a Word
document saved as text by a docx-to-text converter gives, its infographic pages as text boxes: a timetable row whose
first cells are merged down from a dated row (empty in the text) is that row's service's next step, no new table; a
new service starting on a date for a term ends after it; 'plus an optional two' after a term is an extension in the
term's unit; 'the contract for our X' names X; an infographic's arrow kept as a character ('▼ 4% since 2011') is a
change signed by it, of the caption right above it, and an age group's is no population change; an age in a life
expectancy sentence is no population; a text box's figure over its caption going on in lower case, a blank line
between as each is a paragraph, is read as the figure and its caption (an icon character before the figure dropped)."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

ROCHDALE = "E08000005"

measures, dates = proposers_for(ROCHDALE)
rows = figure_rows(measures)


def test_a_timetable_row_merged_down_from_the_row_above_is_that_services_next_step():
    got = dates(["Table 4: Contracts and next steps", "", "Service\tContract ends\tAction\tWhen", "",
                 "Home Support\t31/10/2026\tMarket engagement\tSummer 2025", "",
                 "\t\tTender\tQ3 2025/26", "", "Carers Breaks\t31/03/2027\tTender\tQ1 2026/27", ""])
    assert ("Home Support", "procurement_start", "2025-10-01", "2025-12-31") in got
    assert not [r for r in got if r[0] not in ("Home Support", "Carers Breaks")]


def test_a_new_service_starting_on_a_date_for_a_term_ends_after_it():
    got = dates(["Day Support", "", "We will go out to tender in March 2026, with the new service starting on 1 July 2026 "
                 "for four years.", ""])
    assert ("Day Support", "contract_end", "2030-06-30", "2030-06-30") in got


def test_an_optional_number_after_a_term_is_an_extension_in_its_unit():
    got = dates(["Advocacy", "", "The Advocacy Hub contract ends on 31 March 2027. The new contract will run from 1 April 2027 "
                 "for two years plus an optional one.", ""])
    assert ("Advocacy Hub", "contract_end", "2029-03-31", "2029-03-31") in got
    assert ("Advocacy Hub", "extension_end", "2030-03-31", "2030-03-31") in got


def test_the_contract_for_our_service_names_the_service_without_our():
    got = dates(["Sitting Service", "", "The contract for our Sitting Service expires on 31 January 2027.", ""])
    assert got == [("Sitting Service", "contract_end", "2027-01-31", "2027-01-31")]


def test_an_arrowed_change_alone_on_its_line_is_the_change_of_the_caption_above_signed_by_its_arrow():
    got = rows(["Rochdale in figures", "", "24,100", "", "unpaid carers (Census 2021)", "", "▼ 4% since 2011", "",
                "Rochdale has 5 extra care schemes.", ""])
    assert ("carers_unpaid_change_pct", ROCHDALE, "", -4.0) in got
    assert not [r for r in got if r[0] == "carers_unpaid_pct"]


def test_an_arrowed_change_under_an_age_groups_caption_is_no_population_change():
    # guard: on main the arrow was no change word, and the line gave nothing
    got = rows(["Rochdale in figures", "", "Rochdale has 226,500 residents (mid-2023).", "", "39,800", "",
                "people aged 65 and over", "", "▲ 9% since 2011", ""])
    assert not [r for r in got if r[3] in (9.0, -9.0)]


def test_an_age_in_a_life_expectancy_sentence_is_no_population():
    got = rows(["2. Our population", "", "Rochdale has 226,500 residents (mid-2023).", "",
                "Healthy life expectancy at 65 is 8.1 years for men and 8.7 years for women, below the England average.",
                ""])
    assert ("population", ROCHDALE, "2023", 226500.0) in got
    assert not [r for r in got if r[3] == 65.0]


def test_a_text_boxs_figure_over_its_lower_case_caption_a_blank_line_between_is_read():
    got = rows(["Rochdale at a glance", "", "\uf0e0", "", "4,020", "", "people aged 65+ living with dementia (2024 estimate)",
                "", "► 7", "", "extra care schemes", "", "77.9", "", "years life expectancy at birth (men)", ""])
    assert sorted(got) == sorted([("dementia_estimated", ROCHDALE, "2024", 4020.0),
                                  ("extra_care_schemes", ROCHDALE, "", 7.0)])
