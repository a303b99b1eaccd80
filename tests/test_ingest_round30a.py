"""Round 30 (r30a) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a Word
document saved as plain text gives: a count column beside a share of its own subject under a two-row header of years
is that subject's count; a residents' change in per cent is the population change; a when-clause after a year compared
with is that year's; 'projected to reach' after a comma keeps the age group; London with its figure in brackets and a
rate a plan would bring are no figures of the borough's; numbered headings with no blank line before them are headings;
an 'Expected to open' column dates planned rows, whose dementia flats are no stock; 'Bids must be received by', an end
in brackets after a start, a term column naming its extensions, and a stage event as a bullet's label."""
from __future__ import annotations

from tests.proposals import figure_rows, or_nothing, proposers_for

LEWISHAM = "E09000023"

measures, dates = proposers_for(LEWISHAM)
rows = figure_rows(measures)
dates_or_none = or_nothing(dates)


def test_a_number_column_beside_a_share_of_its_own_subject_counts_that_subject():
    frame = measures(["Carers", "", "Table 3\tUnpaid carers by hours of care a week", "\t2021\t\t2011",
                      "Hours of care a week\tNumber\t% of carers\tNumber", "19 hours or less\t10,480\t47.8%\t13,950",
                      "50 or more hours\t6,540\t29.8%\t5,925", ""])
    got = sorted((r.measure, r.period, float(r.value), r.breakdown) for r in frame.itertuples())
    assert got == sorted([("carers_unpaid", "2021", 10480.0, "19 hours or less a week"),
                          ("carers_unpaid_pct", "2021", 47.8, "19 hours or less a week"),
                          ("carers_unpaid", "2011", 13950.0, "19 hours or less a week"),
                          ("carers_unpaid", "2021", 6540.0, "50+ hours a week"),
                          ("carers_unpaid_pct", "2021", 29.8, "50+ hours a week"),
                          ("carers_unpaid", "2011", 5925.0, "50+ hours a week")])


def test_a_residents_change_in_per_cent_is_the_population_change_and_an_age_groups_is_not():
    got = rows(["Our borough", "", "Lewisham is home to 300,570 residents (Census 2021), an increase of 9.0% since 2011.",
                "", "The number of residents aged 75 and over is projected to rise from 16,800 in 2025 to 21,400 in 2035,"
                " an increase of 27%.", ""])
    assert [r for r in got if r[0] == "population_change_pct"] == [("population_change_pct", LEWISHAM, "2021", 9.0)]
    assert not [r for r in got if r[3] == 27.0]


def test_a_figure_in_a_when_clause_after_a_year_compared_with_is_that_years():
    got = rows(["Our borough", "", "Lewisham is home to 300,570 residents (Census 2021), up from 2011, when 275,700 "
                "people lived here.", ""])
    assert sorted(got) == [("population", LEWISHAM, "2011", 275700.0), ("population", LEWISHAM, "2021", 300570.0)]


def test_projected_to_reach_after_a_comma_goes_on_with_the_age_group_before():
    frame = measures(["Key facts", "", "•\t31,400 residents aged 65 and over (Census 2021), projected to reach 39,800 "
                      "by 2035.", ""])
    got = [(r.measure, r.period, float(r.value), r.breakdown) for r in frame.itertuples()]
    assert got == [("population", "2021", 31400.0, "aged 65 and over"), ("population", "2035", 39800.0, "aged 65 and over")]


def test_london_named_with_its_figure_in_brackets_is_no_figure_of_the_boroughs():
    got = rows(["Carers", "", "The share of carers providing 50 hours or more (29.8%) is above London (27.1%).", "",
                "The diagnosis rate of 70.8% is above London (67.3%).", ""])
    assert sorted(got) == [("carers_unpaid_pct", LEWISHAM, "", 29.8), ("dementia_diagnosis_rate", LEWISHAM, "", 70.8)]


def test_a_rate_an_ambition_would_bring_the_borough_to_is_no_rate_of_its_own():
    got = rows(["Extra care", "", "There are 5 extra care schemes with 298 units, or 19.6 units per 1,000 people aged 75 "
                "and over.", "", "Our ambition is to reach 500 extra care units by 2032, which would bring the borough to "
                "around 30 units per 1,000 people aged 75+.", ""])
    assert sorted(got) == [("extra_care_schemes", LEWISHAM, "", 5.0), ("extra_care_units", LEWISHAM, "", 298.0),
                           ("extra_care_units_per_1000_75plus", LEWISHAM, "", 19.6)]


PAGED = "Lewisham Market Position Statement 2025-2028   Page 15 of 32"
PLANNED = ["Two further schemes are planned, which will add 125 units by 2029:",
           "Scheme\tUnits\tOf which dementia\tStatus\tExpected to open",
           "Fernhill Road\t70\t12\tPlanning granted\t2027", "Gilmore Wharf\t55\t-\tSite acquired\t2029"]


def test_a_numbered_heading_right_under_a_running_line_is_the_section_heading():
    # (a Word document saved as text: no blank line between paragraphs; the heading names extra care, which the
    # planned schemes' table under it does not)
    got = rows(["", PAGED, "5.\tHousing with care and extra care", *PLANNED, ""])
    assert ("extra_care_units_planned", "", "2027", 70.0) in got
    assert ("extra_care_units_planned", "", "2029", 55.0) in got


def test_a_numbered_heading_under_the_heading_above_or_a_sentence_is_a_heading_not_a_figure():
    got = rows(["3.\tUnpaid carers", "3.1\tHow many carers there are",
                "At the 2021 Census, 21,940 residents said they provided unpaid care.", "3.2\tYoung carers in the census",
                "The census recorded 1,085 young carers.", ""])
    assert sorted(got) == [("carers_unpaid", LEWISHAM, "", 1085.0), ("carers_unpaid", LEWISHAM, "2021", 21940.0)]


def test_an_expected_to_open_column_dates_a_planned_row_and_its_dementia_flats_are_no_stock():
    got = rows(["Extra care housing", "", *PLANNED, ""])
    assert sorted(got) == sorted([("extra_care_schemes_planned", LEWISHAM, "", 2.0),
                                  ("extra_care_units_planned", LEWISHAM, "2029", 125.0),
                                  ("extra_care_units_planned", "", "2027", 70.0),
                                  ("extra_care_units_planned", "", "2029", 55.0)])


def test_bids_must_be_received_by_is_a_tender_deadline():
    got = dates(["Carers", "", "•\tInvitation to tender issued: January 2026.",
                 "•\tBids must be received by 12 noon on 27 February 2026.", ""])
    assert [stage for _, stage, a, _ in got if a == "2026-02-27"] == ["tender_deadline"]


def test_a_short_numbered_heading_with_a_tab_under_a_chapter_numbered_so_names_its_section():
    got = dates(["6.\tCommissioning intentions", "6.1\tHome care", "The home care framework ends on 31 March 2026.",
                 "6.2\tCarers", "The current contract runs until 30 September 2026.", ""])
    assert ("Carers", "contract_end", "2026-09-30", "2026-09-30") in got


def test_an_end_in_brackets_after_a_contracts_start_is_its_end():
    got = dates(["Extra care", "", "We intend to tender in 2026, for a new four-year contract from 1 April 2027 "
                 "(to 31 March 2031).", ""])
    assert [(stage, a) for _, stage, a, _ in got if a.startswith(("2027-04", "2031"))] == [
        ("contract_start", "2027-04-01"), ("contract_end", "2031-03-31")]


TIMETABLE = ["Table 6\tProcurement timetable", "Service\tCurrent contract\tTender\tNew contract\tTerm (with",
             "\tends\tpublished\tstarts\textensions)",
             "Extra care care and support\t31 March 2027\tQ2 2026/27\t1 April 2027\t4 years + up to 2",
             "Dementia Navigator Service\tn/a (new)\tAutumn 2025\t1 April 2026\t2 years", ""]


def test_a_term_column_naming_its_extensions_is_no_extension_column_and_up_to_two_is_its_extension():
    got = dates(["Commissioning intentions", "", *TIMETABLE])
    ends = sorted((s, stage, a) for s, stage, a, _ in got if stage in ("contract_end", "extension_end"))
    assert ("Extra care care and support", "extension_end", "2033-03-31") in ends
    assert ("Dementia Navigator Service", "contract_end", "2028-03-31") in ends
    assert not [e for e in ends if e[2] in ("2035-03-31", "2030-03-31")]


def test_a_stage_event_as_a_bullets_label_is_no_service():
    got = dates(["Carers", "", "•\tCarers Support Service: the current contract runs until 30 September 2026.",
                 "•\tInvitation to tender issued: January 2026.", "•\tContract award: April 2026.", ""])
    assert [s for s, stage, _, _ in got if stage == "procurement_start"] == ["Carers"]
