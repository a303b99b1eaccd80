"""Round 47 (r47b) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a council's
Cabinet report saved from Word as plain text gives (a paragraph a line, typed paragraph numbers): a numbered paragraph
opening 'Of these carers,' is a part of the paragraph above's figures, of their year; a census share 'of those aged 5
and over' dates a paragraph's district figures by the section's census; a place in an aside (', which is the smallest
district in Staffordshire,') is no figure's area; a written end with an option to extend for some years gives the
extension's end; shares of the carers by sex or age ('61% of ... carers are women', 'Women make up 59% of carers'), an
opinion share ('58% wanted'), appraisal weights ('quality (70%)'), 'made up 7%' of those a service worked with and
carers given a one-off grant or payment are no figures of ours; 'one-off' is no number; a contract that 'will last for
three years, to' a date ends then."""
from __future__ import annotations

from tests.proposals import figure_rows, figure_rows_or_none, or_nothing, proposers_for

STAFFORDSHIRE = "E10000028"
LICHFIELD = "E07000194"
TAMWORTH = "E07000199"

measures, dates = proposers_for(STAFFORDSHIRE)
rows = figure_rows(measures)
rows_or_none = figure_rows_or_none(measures)
dates_or_none = or_nothing(dates)


def test_a_numbered_paragraph_opening_of_these_carers_takes_the_census_year_above():
    frame = measures(["Unpaid carers", "", "2.4 At the 2021 Census, 98,310 residents of Staffordshire gave unpaid "
                      "care.", "", "2.5 Of these carers, 26,120 gave 50 or more hours of care a week.", ""])
    got = [(r.measure, r.period, float(r.value), r.breakdown) for r in frame.itertuples()]
    assert ("carers_unpaid", "2021", 26120.0, "50+ hours a week") in got


def test_a_share_of_those_aged_5_and_over_dates_a_districts_figures_by_the_sections_census():
    got = rows(["Unpaid carers", "", "4.1 The 2021 Census recorded 98,310 unpaid carers in Staffordshire.", "",
                "4.2 Figures differ by district. Lichfield had 11,240 unpaid carers, 10.9% of those aged 5 and "
                "over.", ""])
    assert ("carers_unpaid", LICHFIELD, "2021", 11240.0) in got
    assert ("carers_unpaid_pct", LICHFIELD, "2021", 10.9) in got


def test_a_place_in_an_aside_between_commas_is_not_the_figures_area():
    got = rows(["Unpaid carers", "", "In Tamworth, which is the smallest district in Staffordshire, 7,830 residents "
                "were unpaid carers at the 2021 Census.", ""])
    assert got == [("carers_unpaid", TAMWORTH, "2021", 7830.0)]


def test_a_written_end_with_an_option_to_extend_for_further_years_gives_the_extensions_end():
    got = dates_or_none(["Procurement", "", "7.3 The new contract will last for four years, to 30 June 2030, with an "
                         "option to extend for up to two further years.", ""])
    assert {(stage, earliest) for _, stage, earliest, _ in got} == {("contract_end", "2030-06-30"),
                                                                    ("extension_end", "2032-06-30")}


def test_guard_an_option_after_a_written_end_with_a_start_is_derived_once():
    got = dates_or_none(["Procurement", "", "The new contract will start on 1 July 2026 and run for four years, to 30 "
                         "June 2030, with an option to extend for up to two further years.", ""])
    assert sorted((stage, earliest) for _, stage, earliest, _ in got) == [
        ("contract_end", "2030-06-30"), ("contract_start", "2026-07-01"), ("extension_end", "2032-06-30")]


def test_shares_of_the_carers_by_sex_or_age_are_no_carers_share():
    got = rows(["Unpaid carers", "", "At the 2021 Census, 98,310 residents gave unpaid care, 11.1% of residents aged 5 "
                "and over.", "", "About 61% of Staffordshire's unpaid carers are women and 24% are aged 65 or "
                "over.", ""])
    assert [r for r in got if r[0] == "carers_unpaid_pct"] == [("carers_unpaid_pct", STAFFORDSHIRE, "2021", 11.1)]


def test_carers_given_a_one_off_grant_are_no_count():
    got = rows_or_none(["Carers' support", "", "In 2024/25, 2,310 carers received a one-off carers' grant of up to "
                        "£250.", ""])
    assert got == []


def test_an_opinion_share_after_a_comma_and_is_no_carers_share():
    got = rows_or_none(["What carers told us", "", "Carers said they want help earlier: 71% said they would like "
                        "more advice, and 58% wanted more breaks from caring.", ""])
    assert got == []


def test_appraisal_weights_in_brackets_are_no_carers_share():
    got = rows_or_none(["Carers' support", "", "The three options were appraised against quality (70%) and price "
                        "(30%) by a panel of commissioners, carers and the Staffordshire Carers Forum.", ""])
    assert got == []


def test_made_up_a_share_of_those_a_service_worked_with_is_no_change_or_share_of_the_carers():
    got = rows_or_none(["Equality", "", "Carers from ethnic minority groups made up 7% of those the service worked "
                        "with.", ""])
    assert got == []


def test_one_off_is_no_number_of_the_sentence_befores_referrals():
    got = rows(["Carers' support", "", "The carers' hub received 3,150 new referrals in 2024/25. Around 600 carers "
                "received a one-off carers' grant of £200.", ""])
    assert got == [("carers_referrals", STAFFORDSHIRE, "2024/25", 3150.0)]


def test_a_contract_that_will_last_for_years_to_a_date_ends_then():
    got = dates_or_none(["Procurement", "", "The new contract will last for three years, to 30 September 2029.", ""])
    assert [(stage, earliest) for _, stage, earliest, _ in got] == [("contract_end", "2029-09-30")]


def test_carers_given_a_one_off_payment_are_no_count():
    got = rows_or_none(["Carers' support", "", "Last year around 900 carers were given a one-off payment towards a "
                        "break.", ""])
    assert got == []


def test_a_group_making_up_a_share_of_the_carers_is_no_carers_share():
    got = rows(["Unpaid carers", "", "At the 2021 Census, 98,310 residents gave unpaid care, 11.1% of residents aged 5 "
                "and over. Women make up 59% of carers in Staffordshire.", ""])
    assert sorted(got) == [("carers_unpaid", STAFFORDSHIRE, "2021", 98310.0),
                           ("carers_unpaid_pct", STAFFORDSHIRE, "2021", 11.1)]
