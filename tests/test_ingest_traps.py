"""Numbers and dates that real documents hold but that are never figures (issue 9's traps)."""
from __future__ import annotations

import pytest

from data.ingest import IngestError, propose

AUTH = "E10000003"


def proposed(lines: list[str], kind: str, column: str) -> set:
    """`column` of every row of `kind` proposed for `lines` (none when the reader finds nothing at all)."""
    try:
        frame = propose(lines, AUTH)
    except IngestError:
        return set()
    return set(frame.loc[frame["kind"] == kind, column])


def values(lines: list[str]) -> set[float]:
    return proposed(lines, "measure", "value")


def dates(lines: list[str]) -> set[str]:
    return proposed(lines, "procurement", "earliest")


@pytest.mark.parametrize(
    "sentence, trap",
    [
        ("Unpaid carers were counted in 2021 and 2011.", 2021),                          # bare years
        ("The Care Act 2014 gave carers a right to an assessment.", 2014),               # legislation
        ("Our corporate plan 2024 to 2028 puts carers first.", 2028),                    # plan period
        ("The Carers Strategy (2024-29) sets out our aims.", 29),                        # plan period
        ("Source: Census 2011, unpaid carers by district", 2011),                        # census caption
        ("Carers living in Borough-9 are supported by the hub.", 9),                     # number in a name
        ("Our 42 Carers Ambassadors work in GP practices.", 42),                         # a count of something else
        ("The 3 carers' cafes meet monthly.", 3),
        ("Dementia cafes run in 12 of the county's 14 towns for people with dementia.", 14),
        ("Table 3.1 People with dementia", 3.1),                                         # a table number
        ("Carers aged 65 and over are more likely to be in poor health.", 65),           # an age
        ("One in three people aged 65+ will develop dementia.", 3),
        ("Call the carers' line on 01603 555 014.", 555),                                # a phone number
        ("The carers' centre is at 14 Mill Lane.", 14),                                  # an address
        ("Page 4 of 30 Unpaid carers", 30),                                              # page furniture
        ("Carers Week runs for 7 days in June.", 7),                                     # a duration
        ("We invest £7m in carers' services.", 7),                                       # money is not a count
    ],
)
def test_never_proposed_as_a_figure(sentence, trap):
    assert trap not in values([sentence])


def test_bidder_reference_lists_are_not_figures():
    assert not values(["Bidders shortlisted: REF-2231, REF-2232, 2240 (carers' support lot)."]) & {2231, 2232, 2240}


@pytest.mark.parametrize(
    "sentence, trap",
    [
        ("Cabinet approved the carers' contract re-tender on 12 September 2024.", "2024-09-12"),
        ("The report of 12 June 2023 to the Adult Social Care Committee agreed the tender approach.", "2023-06-12"),
        ("Supplier presentation for the home care tender: 3 March 2026.", "2026-03-03"),
        ("Home care contracts are set out in the corporate plan 2024 to 2028.", "2024-01-01"),
        ("The Care Act 2014 requires a contract for advocacy.", "2014-01-01"),
        ("This statement was published in May 2024 ahead of the tender.", "2024-05-01"),
    ],
)
def test_meeting_report_and_plan_dates_are_not_procurement_dates(sentence, trap):
    assert trap not in dates([sentence])


def test_uk_dates_are_read_day_first_never_month_first():
    got = dates(["Tender deadline: 01/04/2026"])
    assert got == {"2026-04-01"}


def test_england_figure_is_a_benchmark_not_the_council():
    frame = propose(["In England 5.0 million people provide unpaid care."], AUTH)
    assert set(frame["area_code"]) == {"E92000001"}


def test_a_range_is_not_one_figure():
    assert not values(["In the period 201-15 carers aged 10-19 were counted."]) & {201, 15, 10, 19}


def test_sheltered_housing_beside_extra_care_is_not_extra_care():
    frame = propose(["Extra care housing", "",
                     "There are also 28 sheltered housing schemes providing 1,018 units across the borough."], AUTH)
    assert not frame["measure"].str.startswith("extra_care").any()
    assert {"sheltered_housing_schemes", "sheltered_housing_units"} <= set(frame["measure"])


def test_a_sentence_about_another_group_does_not_borrow_the_headings_subject():
    lines = ["Dementia", "", "An estimated 7,800 people are living with dementia.",
             "In the county there are currently over 1200 adults with a learning disability living in residential care."]
    assert 1200 not in values(lines)


def test_money_and_practice_population_columns_are_not_counts_of_people():
    lines = ["Investment in strategic priorities", "",
             "Priority\tAdditional Investment 2016/17 £000\tInvestment Proposals 2017/18 £000", "Carers\t245\t249", "",
             "Dementia by CCG", "", "CCG\tGP Registers\tSum of Practice Populations", "Swale\t738\t108,243"]
    frame = propose(lines, "E10000016")
    assert not {245, 249} & set(frame["value"])
    got = {(r.measure, r.value) for r in frame.itertuples()}
    assert ("dementia_register", 738) in got and ("practice_population", 108243) in got


def test_hours_bands_and_four_digit_years_starting_a_line_are_not_figures_or_bullets():
    lines = ["The 2021 Census recorded 64,310 carers, of whom 19,870 provide 50 or more hours a week, under a contract",
             "awarded in December", "2022. The contract started on 01/04/2023."]
    frame = propose(lines, "E10000019")
    assert 50 not in set(frame["value"])
    assert ("award", "2022-12-01") in {(r.stage, r.earliest) for r in frame.itertuples()}
