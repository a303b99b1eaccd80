"""Round 37 (r37a) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a county's
adult social care strategy converted with `pdftotext -layout` gives: a group header over two or more year columns
('People aged 65+' over '2025  2030') heads them all, not the last; a column naming only people of an age beside a
column of people with dementia counts the population; the workforce's vacancy rate after a paragraph on carers is no
share of carers; an aside between commas stands between a stage's words and its date; and a 'New model from' column is
the new contract's start."""
from __future__ import annotations

from tests.proposals import figure_rows, or_nothing, proposers_for

LINCOLNSHIRE = "E10000019"
BOSTON, EAST_LINDSEY = "E07000136", "E07000137"

measures, dates = proposers_for(LINCOLNSHIRE)
rows = figure_rows(measures)
dates_or_none = or_nothing(dates)

DISTRICT_BLOCK = [
    "Older people by district",
    "",
    "                              People aged 65+            People aged 65+ with dementia",
    "District                     2026          2031             2026          2031",
    "Boston                     15,240        16,870              990         1,130",
    "East Lindsey               46,310        50,920            3,180         3,640",
    "",
    "Growth is fastest on the coast.",
    "",
]


def test_a_group_header_over_two_year_columns_heads_both_of_them():
    got = [r for r in rows(DISTRICT_BLOCK) if r[0] == "dementia_estimated"]
    assert sorted(got) == sorted([("dementia_estimated", BOSTON, "2026", 990.0),
                                  ("dementia_estimated", BOSTON, "2031", 1130.0),
                                  ("dementia_estimated", EAST_LINDSEY, "2026", 3180.0),
                                  ("dementia_estimated", EAST_LINDSEY, "2031", 3640.0)])


def test_a_column_of_people_of_an_age_beside_people_with_dementia_counts_the_population():
    frame = measures(DISTRICT_BLOCK)
    got = sorted((r.area_code, r.period, float(r.value), r.breakdown) for r in frame.itertuples()
                 if r.measure == "population")
    assert got == sorted([(BOSTON, "2026", 15240.0, "aged 65+"), (BOSTON, "2031", 16870.0, "aged 65+"),
                          (EAST_LINDSEY, "2026", 46310.0, "aged 65+"), (EAST_LINDSEY, "2031", 50920.0, "aged 65+")])


def test_the_workforces_vacancy_rate_after_a_paragraph_on_carers_is_no_share_of_carers():
    got = rows(["Introduction", "", "We wrote this strategy with people who draw on support, their families and "
                "unpaid carers.", "", "About 21,000 people work in social care here, and the vacancy rate was 8.7% "
                "last year.", "", "Staff turnover was 29.1% in 2025.", "", "There are 12 extra care schemes.", ""])
    assert got == [("extra_care_schemes", LINCOLNSHIRE, "", 12.0)]


def test_an_aside_between_commas_does_not_part_a_stage_from_its_date():
    got = dates(["Day opportunities", "", "We will begin the procurement of the new service, shaped with people who use "
                 "it, in autumn 2026 and the new contracts will start on 1 April 2027.", ""])
    assert ("Day opportunities", "procurement_start", "2026-09-01", "2026-11-30") in got
    assert ("Day opportunities", "contract_start", "2027-04-01", "2027-04-01") in got


def test_a_new_model_from_column_is_the_new_contracts_start():
    got = dates_or_none(["When we will commission", "",
                         "Service                          Current contract end      New model from",
                         "Advocacy Service                 30 November 2027          December 2027",
                         "Shared Lives                     31 May 2028               1 June 2028", ""])
    assert ("Advocacy Service", "contract_start", "2027-12-01", "2027-12-31") in got
    assert ("Shared Lives", "contract_start", "2028-06-01", "2028-06-01") in got
    assert ("Advocacy Service", "contract_end", "2027-11-30", "2027-11-30") in got


def test_guard_a_header_cell_over_one_column_stays_over_it():
    # guard: a short group cell over one column ('2011' over its own 'Number') keeps its place
    got = rows(["Carers by district", "",
                "                               2021                     2011",
                "District                     Number       %           Number",
                "Boston                        6,820     10.1            6,410",
                "East Lindsey                 15,930     11.4           15,120", ""])
    assert ("carers_unpaid", BOSTON, "2011", 6410.0) in got
    assert ("carers_unpaid", EAST_LINDSEY, "2021", 15930.0) in got
