"""Round 18 (r18a) of the document proposer (data/ingest), each rule on made-up lines in the wordings of a county
council's committee report converted from Word: numbered headings and paragraphs that keep Word's tab after their
number, paragraph references, a key-dates table with a column per service, a count with its rate in apposition, an
England rate after the national ambition, and a consultation's, an event's and a budget's numbers."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

LEICS = "E10000018"
ENGLAND = "E92000001"

measures, dates = proposers_for(LEICS)
rows = figure_rows(measures)


def test_a_numbered_paragraph_keeping_words_tab_after_its_number_is_prose_about_the_authority():
    # '4.1<tab>The Census ...' is a paragraph, not a table row whose first cell is '4.1' (which lost the share and its
    # England benchmark, and left the later paragraphs' figures without an area)
    lines = [
        "**4.\tBackground**",
        "",
        "4.1\tThe Census 2021 recorded 71,230 people in Leicestershire who provide unpaid care. That is 10.1% of "
        "residents aged five and over, above the England figure of 8.9%.",
        "",
        "4.2\tAlmost 19,400 of these carers were providing 50 or more hours of care each week. The share of residents "
        "who are carers ranges from 8.9% in Blaby to 10.8% in Melton.",
        "",
        "4.3\tDuring 2025/26, 7,050 carers were known to Adult Social Care.",
    ]
    frame = measures(lines)
    got = {(r.measure, r.area_code, float(r.value), r.breakdown) for r in frame.itertuples()}
    assert ("carers_unpaid_pct", LEICS, 10.1, "") in got
    assert ("carers_unpaid_pct", ENGLAND, 8.9, "") in got
    assert ("carers_unpaid", LEICS, 19400.0, "50+ hours a week") in got
    assert ("carers_known", LEICS, 7050.0, "") in got
    assert not {4.1, 4.2, 4.3} & {float(v) for v in frame["value"]}


def test_paragraph_and_section_references_with_a_range_are_no_figures():
    lines = [
        "There are 64,900 unpaid carers in Leicestershire.",
        "",
        "The carers support service is described in paragraphs 6.3 to 6.8 and sections 7 and 8.",
    ]
    values = {float(v) for v in measures(lines)["value"]}
    assert values == {64900.0}


def test_a_key_dates_table_with_a_column_per_service_gives_each_service_its_dates():
    lines = [
        "**Annex 1 – Key dates**",
        "",
        "Stage\tHome Support Framework\tCarers Breaks Service",
        "Tender published\tMarch 2027\tSeptember 2027",
        "Contract award\tJune 2027\tDecember 2027",
        "New contract starts\t1 October 2027\t1 April 2028",
    ]
    got = set(dates(lines))
    assert ("Home Support Framework", "procurement_start", "2027-03-01", "2027-03-31") in got
    assert ("Carers Breaks Service", "procurement_start", "2027-09-01", "2027-09-30") in got
    assert ("Carers Breaks Service", "award", "2027-12-01", "2027-12-31") in got
    assert ("Carers Breaks Service", "contract_start", "2028-04-01", "2028-04-01") in got


def test_a_timetable_with_planned_and_revised_date_columns_is_still_one_services():
    lines = [
        "**Carers Breaks Service – procurement timetable**",
        "",
        "Stage\tPlanned date\tRevised date",
        "Tender published\tMarch 2027\tMay 2027",
        "Contract award\tJune 2027\tAugust 2027",
    ]
    got = dates(lines)
    assert all(service == "Carers Breaks Service" for service, *_ in got)


def test_a_numbered_paragraph_under_a_service_sub_heading_is_that_services():
    lines = [
        "**Carers Breaks Service**",
        "",
        "7.2\tThe current contract ends on 31 March 2028 and cannot be extended.",
        "",
        "7.3\tThe invitation to tender will be issued in June 2027.",
        "",
        "7.4\tSubject to Cabinet approval, a new contract will begin on 1 April 2028.",
    ]
    got = set(dates(lines))
    assert ("Carers Breaks Service", "contract_end", "2028-03-31", "2028-03-31") in got
    assert ("Carers Breaks Service", "procurement_start", "2027-06-01", "2027-06-30") in got
    assert ("Carers Breaks Service", "contract_start", "2028-04-01", "2028-04-01") in got


def test_a_count_with_its_rate_in_apposition_is_the_register_and_england_after_the_ambition_is_a_rate():
    lines = [
        "In December 2025, 5,980 people aged 65 and over had a recorded diagnosis of dementia, giving an estimated "
        "diagnosis rate of 63.4%. This remains below both the national ambition of 66.7% and the England rate of 64.9%.",
    ]
    got = {(m, a, v) for m, a, _p, v in rows(lines)}
    assert ("dementia_register", LEICS, 5980.0) in got
    assert ("dementia_diagnosis_rate", LEICS, 63.4) in got
    assert ("dementia_diagnosis_target", ENGLAND, 66.7) in got
    assert ("dementia_diagnosis_rate", ENGLAND, 64.9) in got
    assert ("dementia_diagnosis_target", ENGLAND, 64.9) not in got


def test_as_the_population_ages_names_no_subject_of_its_own():
    lines = [
        "Around 11,300 people aged 65 and over in Leicestershire are living with dementia in 2026. As the population "
        "ages, this is expected to rise to about 15,100 by 2035.",
    ]
    assert ("dementia_estimated", LEICS, "2035", 15100.0) in rows(lines)


def test_extended_once_in_a_year_is_when_it_was_extended_not_an_extensions_end():
    lines = [
        "The Dementia Support Service contract ends on 31 March 2028, having been extended once in 2025.",
    ]
    got = dates(lines)
    assert ("contract_end", "2028-03-31") in {(stage, earliest) for _s, stage, earliest, _l in got}
    assert not [d for d in got if d[2].startswith("2025")]


def test_a_consultations_responses_an_events_attendance_and_answers_are_no_figures():
    lines = [
        "There are 64,900 unpaid carers in Leicestershire and 11,300 people with dementia.",
        "",
        "The consultation received 1,310 responses: 902 from carers, 157 from people living with dementia and 251 "
        "from organisations.",
        "",
        "Five events for carers were attended by 188 people.",
        "",
        "Overall, 74% agreed with the proposed model for carers, and 69% agreed with dementia support from diagnosis.",
    ]
    values = {float(v) for v in measures(lines)["value"]}
    assert values == {64900.0, 11300.0}


def test_a_price_uplift_and_a_value_over_years_are_no_share_and_no_contract_length():
    lines = [
        "**Carers Support Service**",
        "",
        "The service supports unpaid carers across the county.",
        "",
        "The proposed annual value is £1,310,000, an uplift of 3.8%, which gives a total value of up to £6.6 million "
        "over five years if both extension years are used.",
        "",
        "There are 64,900 unpaid carers in Leicestershire.",
    ]
    frame = measures(lines)
    assert 3.8 not in {float(v) for v in frame["value"]}
    assert not [d for d in dates(lines) if d[1] == "contract_end"]


def test_a_services_referrals_in_a_sentence_naming_no_one_are_not_carers_referrals():
    lines = [
        "The carers' centre received 1,480 referrals of carers in 2025/26.",
        "",
        "Dementia support workers help people with dementia and their carers after diagnosis. The service received "
        "2,110 referrals in 2025/26.",
    ]
    got = [(m, v) for m, _a, _p, v in rows(lines)]
    assert ("carers_referrals", 1480.0) in got
    assert ("carers_referrals", 2110.0) not in got
