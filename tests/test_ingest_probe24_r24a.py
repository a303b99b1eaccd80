"""Round 24 (r24a) of the document proposer (data/ingest), each rule on made-up lines as a council's 'questions
providers ask us' page reads when converted from Word to text: questions as lines ending '?', answers led by 'A:' or
as the paragraph under them, answers referring to other questions by number, informal dates in a tender timetable."""
from __future__ import annotations

from data.dates import find_dates
from tests.proposals import proposers_for

SHROPSHIRE = "E06000051"

measures, dates = proposers_for(SHROPSHIRE)


def _rows(lines):
    return {(r.measure, str(r.period), float(r.value)) for r in measures(lines).itertuples()}


def _stages(lines):
    return {(stage, earliest, latest) for _, stage, earliest, latest in dates(lines)}


def test_question_numbers_are_no_figures():
    # a contents line of question ranges and an answer pointing to another question: numbers of questions
    got = measures(["Part 2: Dementia (questions 9 to 14)", "",
                    "How many people have a dementia diagnosis?", "",
                    "A: 4,120 people were on GP dementia registers at the end of March 2026 (see question 11 for the "
                    "estimate)."])
    values = {float(v) for v in got["value"]}
    assert 4120.0 in values
    assert not values & {9.0, 14.0, 11.0}


def test_an_answer_opening_on_a_figure_counts_what_the_question_asks():
    # the question holds the subject; the answer gives the figure first, then qualifies it
    rows = _rows(["How many people are living with dementia in Shropshire?", "",
                  "A: Roughly 6,900 - a modelled figure for 2026, not a count; many people living with dementia never "
                  "see a memory service.", "",
                  "What is the diagnosis rate?", "",
                  "A: 63.2%. That is the register as a share of the estimate."])
    assert ("dementia_estimated", "2026", 6900.0) in rows
    assert ("dementia_diagnosis_rate", "", 63.2) in rows


def test_the_census_year_goes_on_from_one_answer_to_the_next():
    # a question is no new section: a census share of residents aged five and over in the next answer, and the
    # hours bands of the answer after, are of the census the first answer gave
    rows = _rows(["How many unpaid carers live in Shropshire?", "",
                  "A: Around 31,000 unpaid carers were counted by the 2021 Census.", "",
                  "Is that more than the national average?", "",
                  "A: Yes. That is 9.9% of residents aged five and over, above the England figure of 8.9%.", "",
                  "How many care for long hours?", "",
                  "A: As in the answer above, these are census counts. About 9,800 people care for 50 or more hours a "
                  "week. The rest, some 15,200, give 19 hours or less."])
    assert ("carers_unpaid", "2021", 31000.0) in rows
    assert ("carers_unpaid_pct", "2021", 9.9) in rows
    assert ("carers_unpaid", "2021", 9800.0) in rows
    assert ("carers_unpaid", "2021", 15200.0) in rows


def test_carers_a_service_registered_are_no_census_count():
    got = measures(["## Carers", "",
                    "There were 31,000 unpaid carers at the 2021 Census. The carers' centre registered 480 new carers "
                    "in 2024/25."])
    assert 31000.0 in {float(v) for v in got["value"]}
    assert 480.0 not in {float(v) for v in got["value"]}


def test_an_unnamed_other_council_is_no_area_of_ours():
    got = measures(["## Carers", "",
                    "At the 2021 Census 9.9% of Shropshire residents aged five and over gave unpaid care. A "
                    "neighbouring council reported 11.2% of its residents as carers, and another authority 7.4%."])
    values = {float(v) for v in got["value"]}
    assert 9.9 in values
    assert not values & {11.2, 7.4}


def test_the_end_of_a_quarter_of_a_financial_year_is_its_last_day():
    [d] = find_dates("we expect to award by the end of Q3 2027/28")
    assert (d.span.earliest.isoformat(), d.span.latest.isoformat()) == ("2027-12-31", "2027-12-31")
    [d] = find_dates("work starts at the start of Q2 2027/28")
    assert d.span.earliest.isoformat() == d.span.latest.isoformat() == "2027-07-01"


def test_a_week_commencing_with_no_year_and_a_lead_time_to_mobilise():
    # 'the week commencing 8 June' takes the year of the date before it; 'three months to mobilise' is no contract
    # length to derive an end from; 'early in the new financial year (2027/28)' is its first four months
    got = _stages(["Which contracts are being tendered?", "",
                   "We will publish the home support tender in March 2027. Bids close in the week commencing 8 June, "
                   "and the contract award gives the provider two months to mobilise before the service starts on "
                   "1 October 2027. The day opportunities framework will be re-tendered early in the new financial "
                   "year (2027/28)."])
    assert ("tender_deadline", "2027-06-08", "2027-06-08") in got
    assert ("contract_start", "2027-10-01", "2027-10-01") in got
    assert ("procurement_start", "2027-04-01", "2027-07-31") in got
    assert not {s for s in got if s[0] == "contract_end"}


def test_a_question_names_the_service_its_timetable_is_for():
    # a question over a sentence ending in a lead-in colon and a 'Label: date' list: the service is the question's;
    # 'The contract ends on 31 May 2027. Our timetable is:' is prose, no heading
    got = dates(["When will the Shared Lives Service be re-tendered?", "",
                 "The contract ends on 31 May 2027. Our timetable is:",
                 "•\tTender published: w/c 11 January 2027",
                 "•\tContract award: March 2027"])
    services = {service for service, *_ in got}
    assert services == {"Shared Lives Service"}
