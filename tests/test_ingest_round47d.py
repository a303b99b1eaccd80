"""Round 47 (r47d) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a Word
document saved as plain text gives when a council writes its statement as questions and answers: a year closing the
first of two verbs sharing one subject dates the second verb's figure when that verb is irregular ('made', 'held') or
takes 'out' ('carried out'); a question a chapter's number leads ('1. Who lives in Ealing?') opens its chapter, asking
on about no box of key facts above it; a clause giving the reason for a figure (', as the number of residents aged 85
and over grows') names no sub-group of it; under a question naming no service ('5. What will we buy, and when?') an
answer's service is the one it names in lower case ('Our day care service will be ...', 'We plan to go out to tender for
the advocacy hub in ...', 'Our day care is provided by two charities ...'), its first sentence's going on to the
paragraph's later ones; a figure London is named the
place of right after it ('compared with 7.9% in London and 8.9% in England') or right before it in a bracket of
comparators ('(London 68.9%, England 64.8%)') is no figure of the borough's, and each comparator in the bracket has its
own place, and an average for London boroughs is no one borough's; a bracket giving only a period ('Residents aged 65 and over (mid-2024): 48,400') cuts no age group off the
figure after it; a key facts label naming only a stock still to come ('Planned extra care flats (by 2029)') names no
sub-group."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

EALING = "E09000009"

measures, dates = proposers_for(EALING)
rows = figure_rows(measures)


def test_a_year_before_and_made_dates_the_second_verbs_figure():
    got = rows(["Support for carers", "", "The carers' centre helped 2,940 carers in 2023/24 and made 1,105 carers' "
                "assessments.", ""])
    assert ("carers_assessed", EALING, "2023/24", 1105.0) in got


def test_a_year_before_and_carried_out_dates_the_second_verbs_figure():
    got = rows(["Support for carers", "", "Our carers' service worked with 3,300 carers in 2024/25 and carried out 875 "
                "carers' assessments.", ""])
    assert ("carers_assessed", EALING, "2024/25", 875.0) in got


def test_a_numbered_question_naming_no_subject_asks_on_about_no_key_facts_above_it():
    got = rows(["Key facts", "", "Dementia diagnosis rate (September 2024): 64.8%", "", "1. Who lives in Ealing?", "",
                "About 367,100 people lived in Ealing in mid-2023, and 45,900 of them were aged 65 and over.", ""])
    assert ("population", EALING, "2023", 367100.0) in got
    assert ("population", EALING, "2023", 45900.0) in got
    assert not [r for r in got if r[0].startswith("dementia") and r[3] in (367100.0, 45900.0)]


def test_guard_an_unnumbered_question_naming_no_subject_still_asks_on_about_the_section():
    # (guard: the chapter rule leaves a question without a chapter's number as it was)
    got = rows(["Dementia", "", "About 3,850 people aged 65 and over are living with dementia in Ealing.", "",
                "What is the diagnosis rate?", "", "A: 63.9%. That is the register as a share of the estimate.", ""])
    assert ("dementia_diagnosis_rate", EALING, "", 63.9) in got


def test_a_reason_clause_after_a_projection_names_no_sub_group_of_it():
    frame = measures(["Dementia", "", "We estimate that 3,850 people aged 65 and over in Ealing are living with dementia "
                      "in 2025. By 2030 this is expected to rise to around 4,420, as the number of residents aged 90 "
                      "and over grows.", ""])
    got = {(r.period, float(r.value)): r.breakdown for r in frame.itertuples() if r.measure == "dementia_estimated"}
    assert got[("2030", 4420.0)] != "aged 90 and over"


QUESTION = "4. What will we buy, and when?"


def test_an_answer_under_a_question_naming_no_service_files_its_dates_under_the_service_it_names():
    got = dates([QUESTION, "", "Our day care service will be re-tendered in May 2026. The new contract will start on 1 "
                 "November 2026.", ""])
    assert got == [("day care service", "procurement_start", "2026-05-01", "2026-05-31"),
                   ("day care service", "contract_start", "2026-11-01", "2026-11-01")]


def test_going_out_to_tender_for_a_service_under_a_question_names_that_service():
    got = dates([QUESTION, "", "We spend about £0.4 million a year on it. We plan to go out to tender for the advocacy hub "
                 "in autumn 2026, with the new service starting in April 2027.", ""])
    assert got == [("advocacy hub", "procurement_start", "2026-09-01", "2026-11-30"),
                   ("advocacy hub", "contract_start", "2027-04-01", "2027-04-30")]


def test_guard_a_heading_naming_the_service_keeps_it_over_the_answers_words():
    # (guard: the corpus files a sentence's 'Our current Home Care Framework' under the heading that names it)
    got = dates(["Home care", "", "Our current Home Care Framework ends on 31 March 2027.", ""])
    assert got == [("Home care", "contract_end", "2027-03-31", "2027-03-31")]


def test_a_share_placed_in_london_right_after_it_is_no_share_of_the_boroughs():
    got = rows(["Carers", "", "At the 2021 Census, 30,850 Ealing residents gave unpaid care, 8.2% of residents aged 5 and "
                "over, compared with 7.6% in London and 8.9% in England.", ""])
    assert sorted(got) == sorted([("carers_unpaid", EALING, "2021", 30850.0), ("carers_unpaid_pct", EALING, "2021", 8.2),
                                  ("carers_unpaid_pct", "E92000001", "2021", 8.9)])


def test_guard_a_figure_in_the_london_borough_named_is_the_boroughs():
    # (guard: 'in London Borough of Ealing' names the borough, not London)
    got = rows(["Carers", "", "There were 30,850 unpaid carers in London Borough of Ealing at the 2021 Census.", ""])
    assert got == [("carers_unpaid", EALING, "2021", 30850.0)]


def test_a_bracket_of_comparators_gives_each_its_own_place_and_london_none():
    got = rows(["Dementia", "", "Our dementia diagnosis rate was 66.4% in March 2025 (London 68.2%, England 64.6%).", ""])
    assert sorted(got) == [("dementia_diagnosis_rate", EALING, "2025", 66.4),
                           ("dementia_diagnosis_rate", "E92000001", "2025", 64.6)]


def test_london_first_in_a_label_values_bracket_is_no_figure_of_the_boroughs():
    got = rows(["Key facts", "", "Dementia diagnosis rate (March 2025): 66.4% (London 68.2%)", ""])
    assert got == [("dementia_diagnosis_rate", EALING, "2025", 66.4)]


def test_a_period_in_brackets_between_an_age_group_and_its_figure_keeps_the_age_group():
    frame = measures(["Key facts at a glance", "", "Residents aged 65 and over (mid-2024): 47,900", ""])
    got = [(r.measure, r.period, float(r.value), r.breakdown) for r in frame.itertuples()]
    assert got == [("population", "2024", 47900.0, "aged 65 and over")]


def test_a_key_facts_label_naming_only_planned_flats_names_no_sub_group():
    frame = measures(["Key facts at a glance", "", "Extra care schemes: 5", "", "Planned extra care flats (by 2030): 130", ""])
    got = [(r.measure, r.period, float(r.value), r.breakdown) for r in frame.itertuples()]
    assert ("extra_care_units_planned", "2030", 130.0, "") in got


def test_an_answer_saying_how_its_service_is_provided_names_that_service():
    got = dates([QUESTION, "", "Our day care is provided by two charities under contracts that end in June 2027. We will "
                 "go out to tender in autumn 2026.", ""])
    assert got == [("day care", "contract_end", "2027-06-01", "2027-06-30"),
                   ("day care", "procurement_start", "2026-09-01", "2026-11-30")]


def test_an_average_for_london_boroughs_is_no_figure_of_the_boroughs():
    got = rows(["Extra care", "", "Ealing has 6 extra care schemes with 344 flats, compared with an average of 305 flats "
                "for London boroughs.", ""])
    assert sorted(got) == [("extra_care_schemes", EALING, "", 6.0), ("extra_care_units", EALING, "", 344.0)]
