"""Round 26 (r26e) of the document proposer (data/ingest), each rule on made-up lines as a council's committee report
gives them from Word: a timetable table (Service | Stage | Date) whose first stage is dated by its week ('w/c ...'),
a consultation's survey shares under a long paragraph that ends in a colon, and two planned schemes in one sentence
each with the year it opens."""
from __future__ import annotations

from data.ingest.layout import is_date_cell
from tests.proposals import figure_rows, proposers_for

SOMERSET = "E06000066"

measures, dates = proposers_for(SOMERSET)
rows = figure_rows(measures)


def test_a_week_commencing_cell_is_a_date_cell():
    for cell in ("w/c 2 March 2026", "W/C 02/03/2026", "Week commencing 2 March 2026", "w/b 9 Nov 2026"):
        assert is_date_cell(cell), cell
    assert not is_date_cell("w/c")
    assert not is_date_cell("Week commencing")


def test_a_timetable_whose_first_stage_is_dated_by_its_week_keeps_that_row_out_of_its_header():
    # the first row under 'Service | Stage | Date' has no figure but a week's date: it was read as a second header
    # row, so the table had no 'Stage' or 'Date' column and gave no date at all
    got = set(dates([
        "Table 4: Re-tendering timetable", "",
        "Service\tStage\tDate",
        "Day Opportunities\tTender issued\tw/c 2 March 2026",
        "Day Opportunities\tBids returned\tApril 2026",
        "Day Opportunities\tContract award\t15 June 2026",
        "Day Opportunities\tNew contract starts\t1 September 2026",
    ]))
    assert ("Day Opportunities", "procurement_start", "2026-03-02", "2026-03-02") in got
    assert ("Day Opportunities", "tender_deadline", "2026-04-01", "2026-04-30") in got
    assert ("Day Opportunities", "award", "2026-06-15", "2026-06-15") in got
    assert ("Day Opportunities", "contract_start", "2026-09-01", "2026-09-01") in got


def test_survey_shares_under_a_paragraph_ending_in_a_lead_in_are_no_carers_shares():
    # the lead-in is the last sentence of a paragraph too long to be the list's title: it still says the bullets
    # are the respondents' answers
    lines = [
        "Unpaid carers", "",
        "The 2021 Census recorded 52,300 unpaid carers in Somerset, 9.6% of residents aged five and over.", "",
        "Engagement with carers", "",
        "Over the summer we held six listening events across the county and ran an online questionnaire, which "
        "received 655 replies in total. Of the carers who took part:",
        "• 68% were women;",
        "• 31% were aged 65 or over; and",
        "• 44% said they had not had a break in the last year.",
    ]
    got = rows(lines)
    assert ("carers_unpaid_pct", SOMERSET, "2021", 9.6) in got
    assert not [r for r in got if r[3] in (68.0, 31.0, 44.0)]


def test_each_planned_scheme_in_one_sentence_keeps_the_year_it_opens():
    # two schemes in one sentence, each with its opening year after it: the second scheme's year was the first's,
    # written nearer it
    got = rows(["Extra care housing", "",
                "Three new schemes are planned: one of 72 flats in Frome due to open in 2028 and one of 54 flats in "
                "Chard due in 2030."])
    assert ("extra_care_units_planned", SOMERSET, "2028", 72.0) in got
    assert ("extra_care_units_planned", SOMERSET, "2030", 54.0) in got
    # a scheme's year before its own figure stays its own ('is planned to open in 2029 with 58 flats')
    got = rows(["Extra care housing", "", "One further scheme, Wellow Court, is planned to open in 2029 with 58 flats."])
    assert ("extra_care_units_planned", SOMERSET, "2029", 58.0) in got


def test_a_recommendation_lettered_by_word_names_its_service():
    # Word's automatic (a), (b) are no text: the reader writes a bullet, and the verb agrees with 'That Cabinet:'
    # above ('approves', not '(a) approve'); the service is the one the recommendation names, not the heading
    got = dates(["Recommendations", "", "That the Executive:",
                 "• approves the re-tendering of the Home Support and Reablement Service, with the new contract to "
                 "start on 1 April 2027; and",
                 "• notes the equality impact assessment."])
    assert ("Home Support and Reablement Service", "contract_start", "2027-04-01", "2027-04-01") in got
