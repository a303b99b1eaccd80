"""Round 22 (r22c) of the document proposer (data/ingest), each rule on made-up lines in the wordings of a
conversational statement whose figures are approximate or worded ('just under', 'around 1 in 10 (9.8%)', 'some')."""
from __future__ import annotations

from tests.proposals import figure_rows, or_nothing, proposers_for

ROTHERHAM = "E08000018"

measures, dates = proposers_for(ROTHERHAM)
rows = figure_rows(measures)


def test_the_census_wording_looked_after_or_supported_someone_is_unpaid_care():
    # the census question asks who 'looks after, or gives any help or support to' someone: 'supported someone' there
    # is the carer's own caring, not a service supporting carers
    got = rows(["At the 2021 Census, 24,310 Rotherham residents said they looked after or supported someone "
                "because of illness, disability or old age."])
    assert ("carers_unpaid", ROTHERHAM, "2021", 24310.0) in got
    # a service that supported carers is still no count of unpaid carers
    assert not [g for g in or_nothing(rows)(["Last year the carers hub supported 1,640 carers across the borough."])
                if g[0] == "carers_unpaid"]


def test_a_share_in_brackets_after_a_ratio_of_residents_is_the_carers_share():
    # 'around 1 in 10 residents (9.8%)': the bracketed share restates the ratio, a share of residents like '9.8% of
    # residents'; the England figure after it is its benchmark
    lead = "At the 2021 Census, 24,310 Rotherham residents said they looked after someone because of illness or old age."
    got = rows([lead + " That's around 1 in 10 residents (9.8%) aged five and over, a little above the England "
                       "figure of 8.9%."])
    assert ("carers_unpaid_pct", ROTHERHAM, "2021", 9.8) in got
    assert ("carers_unpaid_pct", "E92000001", "2021", 8.9) in got
    got = rows([lead + " That is roughly a tenth of the population (9.8%)."])
    assert ("carers_unpaid_pct", ROTHERHAM, "2021", 9.8) in got


def test_a_survey_share_naming_a_diagnosis_is_no_diagnosis_rate():
    # a survey's answer about dementia ('... who answered our survey said they didn't know where to turn after the
    # diagnosis') is no diagnosis rate, as a survey's answer about caring is no carers share
    lines = ["Living well with dementia", "",
             "Some 2,770 people are on a GP dementia register, a diagnosis rate of 64.1%.", "",
             "**Did you know?**", "",
             "≈ 61% of family carers of people with dementia who answered our 2024 survey said they didn't know where "
             "to turn after the diagnosis."]
    got = rows(lines)
    assert ("dementia_diagnosis_rate", ROTHERHAM, "", 64.1) in got
    assert not [g for g in got if g[3] == 61.0]


def test_hours_bands_in_the_paragraph_after_a_census_count_in_prose_take_the_census_year():
    # the census counts carers by hours of care: a paragraph giving the bands (two or more) naming no year, after the
    # section's census count in prose, gives the census's breakdown, of its year (one band alone is not carried, as
    # test_ingest_probe4 holds)
    lines = ["Unpaid carers", "",
             "At the 2021 Census, 24,310 Rotherham residents said they looked after someone because of illness or "
             "old age.", "",
             "How much care do people give? Most carers – around 13,500 of them – give up to 19 hours a week. Some "
             "3,200 people care for between 20 and 49 hours a week, and 7,610 give 50 hours or more."]
    got = {(r.measure, r.period, float(r.value), r.breakdown) for r in measures(lines).itertuples()}
    assert ("carers_unpaid", "2021", 13500.0, "19 hours or less a week") in got
    assert ("carers_unpaid", "2021", 3200.0, "20-49 hours a week") in got
    assert ("carers_unpaid", "2021", 7610.0, "50+ hours a week") in got
    # a paragraph on carers known naming a band is no census figure
    lines[-1] = "We know 2,140 carers who give 50 or more hours a week."
    assert not [g for g in measures(lines).itertuples() if g.measure == "carers_known" and g.period == "2021"]


def test_a_month_in_brackets_after_a_loose_time_dates_the_stage():
    # 'in the new year (January 2026)', 'later this year (October 2025)': the bracket makes the loose time exact
    got = dates(["**Home support.** The current contracts end on 30 September 2026. We'll advertise them in the new "
                 "year (January 2026) and aim to award in May 2026.", "",
                 "**Day opportunities.** We expect to go out to tender later this year (October 2025)."])
    stages = {(stage, earliest, latest) for _, stage, earliest, latest in got}
    assert ("procurement_start", "2026-01-01", "2026-01-31") in stages
    assert ("procurement_start", "2025-10-01", "2025-10-31") in stages
    # a plan's year in brackets is still no stage ('our commissioning strategy (2025)')
    got = or_nothing(dates)(["We will re-tender the service as set out in our commissioning strategy (2025)."])
    assert not got


def test_a_census_count_ten_years_earlier_is_of_the_census_before():
    # 'Ten years earlier the census counted ...', 'At the previous census ...' after a 2021 census count: 2011's
    lead = "At the 2021 Census, 24,310 Rotherham residents said they looked after someone because of illness or old age."
    for later in ("Ten years earlier the census counted roughly 23,900 carers, so the number has crept up.",
                  "At the previous census there were 23,900 carers."):
        got = rows([lead + " " + later])
        assert ("carers_unpaid", ROTHERHAM, "2011", 23900.0) in got, later
        assert ("carers_unpaid", ROTHERHAM, "2021", 24310.0) in got
