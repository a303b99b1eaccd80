"""Round 22 (r22b) of the document proposer (data/ingest), each rule on made-up lines in the wordings councils use to
compare the 2011 and 2021 Censuses: the earlier census's figure in brackets after the latest ('(2011: 17,940)'), a
figure of 'the previous census' beside the 2021 one, and an age after a verb ('are now over 65')."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

CHESHIRE_EAST = "E06000049"
FIFE = "S12000047"

measures, dates = proposers_for(CHESHIRE_EAST)
rows = figure_rows(measures)


def test_a_year_labelling_a_bracketed_figure_is_that_figures_and_the_census_before_dates_the_figure_outside():
    got = rows(["At a glance", "", "•\tPeople giving unpaid care: 41,270 (2011: 43,150)"])
    assert ("carers_unpaid", CHESHIRE_EAST, "2011", 43150.0) in got
    # the figure outside the bracket is the census after the bracketed one, never the bracket's year
    assert ("carers_unpaid", CHESHIRE_EAST, "2021", 41270.0) in got
    # Scotland's census after 2011 was in 2022
    got = rows(["Unpaid carers in Fife: 39,800 (2011: 36,900)"], FIFE)
    assert ("carers_unpaid", FIFE, "2022", 39800.0) in got
    assert ("carers_unpaid", FIFE, "2011", 36900.0) in got
    # a bracketed year of another measure's figure gives its year to that figure only
    got = rows(["Carers known to adult social care: 3,420 (2023/24: 3,180)"])
    assert ("carers_known", CHESHIRE_EAST, "2023/24", 3180.0) in got
    assert not [g for g in got if g[3] == 3420.0 and g[2] == "2023/24"]


def test_the_previous_census_beside_a_later_census_year_is_the_census_before_it():
    got = rows(["The previous census counted 12,480 carers in the borough, while in 2021 there were 11,930."])
    assert ("carers_unpaid", CHESHIRE_EAST, "2011", 12480.0) in got
    assert ("carers_unpaid", CHESHIRE_EAST, "2021", 11930.0) in got
    got = rows(["In 2021 some 4,310 carers gave 50 or more hours of care a week; the previous Census recorded 3,870."])
    assert ("carers_unpaid", CHESHIRE_EAST, "2011", 3870.0) in got
    # 'the last census' with no later census beside it gives no year ('last' is also the latest)
    got = rows(["At the last census 12,480 people in the borough were carers."])
    assert not [g for g in got if g[3] == 12480.0 and g[2] == "2011"]


def test_an_age_after_a_verb_is_no_figure():
    got = rows(["There were 9,120 carers aged 65 and over in 2021. About a fifth of all carers are now over 65, "
                "and many were over 80."])
    assert ("carers_unpaid", CHESHIRE_EAST, "2021", 9120.0) in got
    assert not [g for g in got if g[3] in (65.0, 80.0)]
    # a figure after 'is over' with its noun is still a figure
    got = rows(["The number of unpaid carers is over 40,000 in 2021."])
    assert [g for g in got if g[3] == 40000.0]


def test_a_figure_ten_years_earlier_is_of_the_year_ten_before_and_dates_no_sentence_after_it():
    got = rows(["At the 2021 Census, 17,630 residents said they provide unpaid care. A decade earlier the figure was "
                "18,950, so the borough has 1,320 fewer carers. The share of residents who care fell from 10.6% to 9.7%."])
    assert ("carers_unpaid", CHESHIRE_EAST, "2021", 17630.0) in got
    assert ("carers_unpaid", CHESHIRE_EAST, "2011", 18950.0) in got
    assert ("carers_unpaid_pct", CHESHIRE_EAST, "2021", 9.7) in got
    assert not [g for g in got if g[2] == "2011" and g[3] != 18950.0]
    # 'a decade ago' is the writer's own time, not ten years before the figure beside it
    got = rows(["In 2021 there were 17,630 unpaid carers; a decade ago there were 18,950."])
    assert not [g for g in got if g[2] == "2011"]
