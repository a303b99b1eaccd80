"""Round 24 (r24g) of the document proposer (data/ingest), each rule on made-up lines as a public health team's Joint
Strategic Needs Assessment writes them: shares and rates with their 95% confidence intervals, comparisons with the
region and England, and recommendations led by their verb."""
from __future__ import annotations

from data.ingest.numbers import find_numbers
from data.ingest import IngestError
from tests.proposals import figure_rows, proposers_for

LEEDS = "E08000035"

measures, dates = proposers_for(LEEDS)
rows = figure_rows(measures)


def _stages(lines):
    return {(stage, earliest, latest) for _, stage, earliest, latest in dates(lines)}


def test_a_confidence_interval_gives_no_figures():
    # the interval's level and bounds are no figures, in any of the ways statisticians write them; the estimate is
    for text, want in (("The rate was 58.3% (95% CI 56.1% to 60.4%) in the city.", [58.3]),
                       ("an admission rate of 2,905 per 100,000 (95% confidence interval: 2,710-3,110) in 2025", [2905.0]),
                       ("Recorded prevalence is 4.1% [3.8-4.4] among people aged over 65", [4.1]),
                       ("with 12.6% (11.9–13.3) of the population", [12.6]),
                       ("a share of 22.8% (95% CI 21.0% to", [22.8])):
        assert [n.value for n in find_numbers(text)] == want, text


def test_a_share_with_its_interval_before_its_population_base():
    # '9.4% (95% CI 9.2% to 9.6%) of residents aged five and over': the bracket stands between the share and its base
    got = rows(["## Carers", "",
                "At the 2021 Census 71,220 Leeds residents provided unpaid care. This is 9.4% (95% CI 9.2% to 9.6%) "
                "of residents aged five and over."])
    assert ("carers_unpaid_pct", LEEDS, "2021", 9.4) in got
    assert not {r for r in got if r[3] in (9.2, 9.6, 95.0)}


def test_a_regions_share_and_englands_after_and():
    # 'the Yorkshire and the Humber figure was 3.1% and England 2.6%': the region's share is no one's, England's its own
    got = rows(["## Carers", "",
                "In the city, 2.8% of residents aged five and over provided 50 or more hours of unpaid care a week in "
                "2021; the Yorkshire and the Humber figure was 3.1% and England 2.6%."])
    assert ("carers_unpaid_pct", "E92000001", "2021", 2.6) in {r for r in got}
    assert not {r for r in got if r[3] == 3.1}


def test_a_share_of_older_carers_is_no_share_of_residents():
    # '38.5% of older carers' is a share of a sub-group of carers (those aged 65+), not the city's carers share
    try:
        got = rows(["## Carers", "",
                    "Older carers were more likely to care for long hours: 38.5% (95% CI 36.0% to 41.0%) of older "
                    "carers provided 50 or more hours a week."])
    except IngestError as exc:  # nothing at all is proposed
        assert exc.reason == "no_figures"
        got = []
    assert not {r for r in got if r[3] in (38.5, 36.0, 41.0)}


def test_a_suppression_threshold_is_no_figure():
    assert [n.value for n in find_numbers("Counts of fewer than 10 are suppressed to protect confidentiality.")] == []
    assert [n.value for n in find_numbers("fewer than 10 carers were assessed in the quarter")] == [10.0]


def test_a_recommendation_led_by_tender_starts_the_procurement():
    # 'Tender the ... contract at the four schemes from October 2026': the verb leading the recommendation is the
    # stage, more than 40 characters before the date; the new contract's start after it is its own
    got = _stages(["Recommendations", "",
                   "1. Tender the housing related support contract at the four sheltered schemes from October 2026, "
                   "with the new contract starting on 1 July 2027."])
    assert ("procurement_start", "2026-10-01", "2026-10-31") in got
    assert ("contract_start", "2027-07-01", "2027-07-01") in got
    assert ("contract_start", "2026-10-01", "2026-10-31") not in got


def test_an_average_schemes_units_are_no_total():
    # 'The average scheme has 60 units' is a scheme's size, not the units in the city
    got = rows(["## Extra care housing", "",
                "Leeds has 12 extra care schemes providing 830 flats. The average scheme has 60 units."])
    assert ("extra_care_units", LEEDS, None, 830.0) in {(m, a, None, v) for m, a, _, v in got}
    assert not {r for r in got if r[3] == 60.0}


def test_extra_care_for_older_people_is_no_sub_group():
    # 'providing 830 flats for older people': whom extra care housing is for, no breakdown of the flats
    got = measures(["## Extra care housing", "",
                    "Leeds has 12 extra care schemes providing 830 flats for older people, of which 90 are designed "
                    "for people living with dementia."])
    units = got[got["measure"] == "extra_care_units"]
    assert list(units["value"]) == [830.0] and list(units["breakdown"].fillna("")) == [""]


def test_a_share_of_carers_who_replied_and_its_england_benchmark_are_survey_answers():
    # 'of carers who replied were ... satisfied, similar to England (41.2%)': a survey's answer, and England's too
    got = rows(["## Carers", "",
                "At the 2021 Census 71,220 Leeds residents provided unpaid care. In the 2023/24 carers survey, 39.0% "
                "of Leeds carers who replied were extremely or very satisfied with support, similar to England (41.2%)."])
    assert ("carers_unpaid", LEEDS, "2021", 71220.0) in got
    assert not {r for r in got if r[3] in (39.0, 41.2)}


def test_an_indicator_tables_admissions_and_contact_rows_are_no_carers_or_dementia_counts():
    # a Fingertips-style indicator row: admissions per 100,000 are no people with dementia, carers' social contact
    # no count of carers
    table = ["Table 3: Indicators", "",
             "Indicator                                        Period    Count     Value     England",
             "Unpaid carers, % of residents aged 5+             2021      71,220    9.4       8.9",
             "Dementia emergency admissions per 100,000 (65+)  2024/25   1,120     3,240     3,510",
             "Carers with as much social contact as they like  2023/24   410       24.6      28.0"]
    got = rows(table)
    assert not {r for r in got if r[3] in (1120.0, 3240.0, 3510.0, 410.0, 24.6, 28.0)}
