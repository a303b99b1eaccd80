"""Round 33 (r33d) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a council's
annual report to residents (a Local Account web page) gives once read: general needs flats in a sentence after extra
care are no extra care; schemes a council opened in the year are no count of schemes, existing or planned; a tile's
share of people who said they feel safe is no share of carers; 'N people live in <place>' is the population, and a
bullet opening 'N of them' takes the year of the bullet above; a diagnosis rate the council wants to reach is its
target; and tenders that 'will be invited' in a month start the procurement then."""
from __future__ import annotations

from tests.proposals import figure_rows, or_nothing, proposers_for

SHEFFIELD = "E08000019"

measures, dates = proposers_for(SHEFFIELD)
rows = figure_rows(measures)
dates_or_none = or_nothing(dates)


def test_general_needs_flats_after_a_sentence_on_extra_care_are_no_extra_care():
    got = rows(["Homes for later life", "", "The city has 14 extra care schemes with 820 flats. Housing associations "
                "also have 930 new general needs flats in the pipeline.", ""])
    assert sorted(got) == [("extra_care_schemes", SHEFFIELD, "", 14.0), ("extra_care_units", SHEFFIELD, "", 820.0)]


def test_schemes_a_council_opened_are_no_count_of_schemes_existing_or_planned():
    got = rows(["Extra care", "", "There are 14 extra care schemes in the city.", "", "You said, we did", "",
                "We did: we opened 3 new extra care schemes in Hillsborough and Darnall.", ""])
    assert got == [("extra_care_schemes", SHEFFIELD, "", 14.0)]


def test_a_tiles_share_of_people_who_said_they_feel_safe_is_no_share_of_carers():
    got = rows(["At a glance", "", "1,760 carers' assessments completed in 2024/25", "",
                "89% of people who use our services said they feel safe", ""])
    assert got == [("carers_assessed", SHEFFIELD, "2024/25", 1760.0)]


def test_people_living_in_a_named_place_are_its_population():
    got = rows(["Key facts", "", "• 568,200 people live in Sheffield (mid-2024 estimate)", "",
                "• 9,100 staff work in the council", ""])
    assert got == [("population", SHEFFIELD, "2024", 568200.0)]


def test_a_bullet_opening_n_of_them_takes_the_year_of_the_bullet_above():
    frame = measures(["Key facts", "", "• 568,200 residents (mid-2024 estimate)", "• 102,300 of them are aged 65 "
                      "and over", ""])
    got = [(r.measure, r.period, float(r.value), r.breakdown) for r in frame.itertuples()]
    assert got == [("population", "2024", 568200.0, ""), ("population", "2024", 102300.0, "aged 65 and over")]


def test_guard_a_bullet_opening_n_of_them_after_a_bullet_of_no_year_takes_none():
    frame = measures(["Key facts", "", "• 568,200 residents", "• 102,300 of them are aged 65 and over", ""])
    assert [r.period for r in frame.itertuples()] == ["", ""]


def test_a_diagnosis_rate_the_council_wants_to_reach_is_its_target():
    got = rows(["Dementia", "", "Our dementia diagnosis rate was 63.1% in March 2025.", "",
                "What is the diagnosis rate?", "", "We want our diagnosis rate to reach 68% by March 2027.", ""])
    assert ("dementia_diagnosis_target", SHEFFIELD, "", 68.0) in [(m, a, "", v) for m, a, _, v in got]
    assert not [r for r in got if r[0] == "dementia_diagnosis_rate" and r[3] == 68.0]


def test_tenders_that_will_be_invited_in_a_month_start_the_procurement():
    got = dates_or_none(["What's next", "", "• Tenders for new day opportunities contracts will be invited in "
                         "March 2027, with the new contracts starting on 1 September 2027.", ""])
    stages = {(stage, earliest, latest) for _, stage, earliest, latest in got}
    assert ("procurement_start", "2027-03-01", "2027-03-31") in stages
    assert ("contract_start", "2027-09-01", "2027-09-01") in stages
