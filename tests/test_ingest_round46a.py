"""Round 46 (r46a) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a Word
document saved as plain text gives: a dashboard whose rows are measures and whose columns are a county's districts
names a share's population base after what it counts and 'as' ('Carers as % of residents aged 5+'), which is no
sub-group; places in a list of parts after a colon after a figure ('150 units by 2027: 90 in Cherwell and 60 in Oxford')
are the parts' places, not the whole's; an age after 'are themselves over' ending its clause is no figure; the people
Shared Lives carers supported are no count of the carers."""
from __future__ import annotations

from tests.proposals import figure_rows, or_nothing, proposers_for

OXFORDSHIRE = "E10000025"

measures, dates = proposers_for(OXFORDSHIRE)
rows = figure_rows(measures)
dates_or_none = or_nothing(dates)


def test_a_share_row_naming_its_subject_as_a_share_of_residents_aged_5_plus_names_no_sub_group():
    frame = measures(["Dashboard", "", "Measure\tCherwell\tOxford\tOxfordshire\tEngland\tTrend",
                      "Unpaid carers as % of residents aged 5+ (2021)\t9.1%\t7.8%\t8.8%\t8.9%\t↑ 0.3", ""])
    got = sorted((r.measure, r.area_name, r.period, float(r.value), r.breakdown) for r in frame.itertuples())
    assert got == sorted([("carers_unpaid_pct", "Cherwell", "2021", 9.1, ""),
                          ("carers_unpaid_pct", "Oxford", "2021", 7.8, ""),
                          ("carers_unpaid_pct", "Oxfordshire", "2021", 8.8, ""),
                          ("carers_unpaid_pct", "England", "2021", 8.9, "")])


def test_places_in_a_list_of_parts_after_a_colon_are_the_parts_and_the_whole_is_the_countys():
    got = rows(["Extra care", "", "Two more schemes are planned, bringing 150 units by 2027: 90 in Cherwell and 60 in "
                "Oxford.", ""])
    assert sorted(got) == sorted([("extra_care_schemes_planned", OXFORDSHIRE, "", 2.0),
                                  ("extra_care_units_planned", OXFORDSHIRE, "2027", 150.0),
                                  ("extra_care_units_planned", "E07000177", "", 90.0),
                                  ("extra_care_units_planned", "E07000178", "", 60.0)])


def test_an_age_after_are_themselves_over_ending_a_clause_is_no_figure():
    frame = measures(["Carers", "", "We want more short breaks for carers who are themselves over 80; these carers "
                      "told us breaks matter most.", "", "In 2021, 61,000 residents of Oxfordshire provided unpaid care.",
                      ""])
    got = [(r.measure, float(r.value)) for r in frame.itertuples()]
    assert got == [("carers_unpaid", 61000.0)]


def test_the_people_shared_lives_carers_supported_are_no_count_of_the_carers():
    got = rows(["Shared Lives", "", "Shared Lives carers supported 48 people in 2024/25.", "",
                "Our Shared Lives scheme has 96 approved Shared Lives carers who support adults in their own homes.", ""])
    assert got == [("shared_lives_carers", OXFORDSHIRE, "", 96.0)]


def test_the_carers_a_service_worked_with_are_no_referrals_and_its_referrals_stay_added_at_merging():
    # (taught at merging: the holdout's one trap left)
    got = rows(["Carers support", "",
                "Our carers support service worked with 5,120 carers last year and took 1,610 new referrals.", ""])
    assert [(r[0], r[3]) for r in got if r[0].startswith("carers_")] == [("carers_referrals", 1610.0)], got
