"""Round 15 (r15b) of the document proposer (data/ingest), each rule on made-up lines in the layouts of a market
position statement saved from a council's web pages as text: a tender whose publication is written far from the word
'tender' behind a long service name, a service named after 'a new', and figures for a wider area than the authority
(an ICB, London) or a survey's sample, which are not the authority's."""
from __future__ import annotations

from tests.proposals import or_nothing, proposers_for

CAMDEN = "E09000007"

measures, _dates = proposers_for(CAMDEN)

dates = or_nothing(_dates)  # [] where nothing at all is proposed


def test_a_tender_published_behind_a_long_service_name_starts_the_procurement():
    lines = ["The tender for a new Community Equipment and Minor Adaptations Service will be published on 9 March 2027, "
             "with bids due by 20 April 2027."]
    got = dates(lines)
    assert ("Community Equipment and Minor Adaptations Service", "procurement_start", "2027-03-09", "2027-03-09") in got
    assert ("Community Equipment and Minor Adaptations Service", "tender_deadline", "2027-04-20", "2027-04-20") in got


def test_a_report_published_is_still_no_stage():
    lines = ["The annual report on the Carers Support Service contract will be published on 9 March 2027."]
    assert not [d for d in dates(lines) if d[2] == "2027-03-09"]


def test_figures_across_an_icb_or_london_as_a_whole_are_no_boroughs():
    lines = ["We work with NHS North Central London ICB on dementia. Across the ICB, 12,480 people were on dementia "
             "registers in March 2026. Across London as a whole, an estimated 68,900 people are living with dementia.",
             "", "In Camden, 1,204 people were on a GP dementia register in March 2026."]
    got = measures(lines)
    assert not got[got["value"].isin([12480, 68900])].shape[0]
    assert 1204 in set(got["value"])


def test_a_surveys_sample_is_no_count_of_carers():
    lines = ["In a survey of 538 carers in 2025, 41% said they had not had a break from caring.", "",
             "At the 2021 Census, 19,870 people in Camden provided unpaid care."]
    got = measures(lines)
    assert 538 not in set(got["value"])
    assert 19870 in set(got["value"])


def test_a_two_column_table_with_one_pipe_a_row_is_read():
    lines = ["Dementia diagnosis rate by borough, March 2026", "Borough | Diagnosis rate", "Barnet | 62.3%",
             "Haringey | 65.8%", "Islington | 66.1%", "", "Source: made-up figures."]
    got = measures(lines)
    assert set(zip(got["area_code"], got["value"])) >= {("E09000003", 62.3), ("E09000014", 65.8), ("E09000019", 66.1)}


def test_one_pipe_in_a_lone_line_is_no_table():
    lines = ["Camden Council | Market position statement", "", "In March 2026, 1,204 people were on a GP dementia "
             "register in Camden.", "", "Camden Council | Market position statement"]
    got = measures(lines)
    assert list(got["value"]) == [1204]


def test_an_icb_row_under_rows_of_boroughs_is_no_boroughs():
    lines = ["Dementia diagnosis rate, March 2026", "Borough\tDiagnosis rate", "Barnet\t62.3%", "Camden\t60.9%",
             "North Central London ICB\t63.7%", "England\t64.1%"]
    got = measures(lines)
    assert 63.7 not in set(got["value"])
    assert ("E09000007", 60.9) in set(zip(got["area_code"], got["value"]))


def test_residents_who_care_are_unpaid_carers_and_the_share_of_a_base_is_no_sub_group():
    lines = ["The share of residents aged 5 and over who care fell from 11.2% to 9.3%."]
    got = measures(lines)
    rows = set(zip(got["measure"], got["area_code"], got["value"], got["breakdown"].fillna("")))
    assert {("carers_unpaid_pct", CAMDEN, 11.2, ""), ("carers_unpaid_pct", CAMDEN, 9.3, "")} <= rows


def test_close_to_the_london_figure_and_below_englands_each_their_own():
    lines = ["The share of residents aged 5 and over who care fell from 11.2% to 9.3%, which is close to the London "
             "figure of 8.1% and below England's 8.9%."]
    got = measures(lines)
    rows = set(zip(got["area_code"], got["value"]))
    assert (CAMDEN, 9.3) in rows and ("E92000001", 8.9) in rows
    assert 8.1 not in set(got["value"])


def test_a_row_of_carers_one_service_supported_under_carers_known_is_no_carers_known():
    lines = ["Carers known to us", "", "Measure\t2023/24\t2024/25", "Carers known to adult social care\t3,102\t3,377",
             "Carers supported by the Carers Centre\t2,611\t2,790"]
    got = measures(lines)
    assert {3102, 3377} <= set(got["value"])
    assert not {2611, 2790} & set(got["value"])


def test_n_of_which_after_extra_care_flats_is_a_part_of_the_flats():
    lines = ["Camden has 5 extra care schemes with 287 flats, 31 of which are designed for people living with dementia."]
    got = measures(lines)
    assert ("extra_care_units_dementia", 31) in set(zip(got["measure"], got["value"]))
    assert 31 not in set(got[got["measure"] != "extra_care_units_dementia"]["value"])
