"""Round 16 (r16a) of the document proposer (data/ingest), each rule on made-up lines in the wordings of a county's
JSNA data pack converted from PDF and Excel: a transposed district table (districts as columns, the county last) whose
rows carry footnote letters and whose notes under it give the rows' years, a letter after a cell ('265 (d)'), and a
paragraph opening 'Of these, around N' after the paragraph that gave the census year."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

OXON = "E10000025"
CHERWELL, OXFORD, WEST = "E07000177", "E07000178", "E07000181"

measures, _dates = proposers_for(OXON)

_TABLE = [
    "Table 4: Carers, dementia and extra care by district",
    "",
    "\tCherwell\tOxford\tWest Oxfordshire\tOxfordshire",
    "Unpaid carers (number) (a)\t14,610\t11,240\t11,790\t37,640",
    "% of residents aged 5+ (a)\t9.4%\t7.2%\t10.3%\t8.9%",
    "People aged 65+ with dementia (estimated) (b)\t2,260\t1,610\t2,090\t5,960",
    "Extra care units (c)\t318\t271 (d)\t112\t701",
    "",
    "Notes",
    "(a) 2021 Census. Usual residents aged 5 and over; counts rounded to the nearest 10.",
    "(b) Estimates for 2025 from prevalence rates applied to 2018-based projections.",
    "(c) Schemes open at 31 March 2026.",
    "(d) Includes 45 flats at a scheme that also takes nominations from Cherwell.",
]

_got = figure_rows(measures)


def test_a_footnote_letter_after_a_cell_is_no_part_of_the_figure():
    got = [g[:2] + g[3:] for g in _got(_TABLE)]
    assert ("extra_care_units", OXFORD, 271.0) in got


def test_a_row_takes_the_year_its_footnote_letter_points_to_under_the_table():
    got = _got(_TABLE)
    assert ("carers_unpaid", CHERWELL, "2021", 14610.0) in got
    assert ("carers_unpaid_pct", OXFORD, "2021", 7.2) in got
    assert ("carers_unpaid", OXON, "2021", 37640.0) in got
    assert ("dementia_estimated", WEST, "2025", 2090.0) in got  # (note (b)'s '2018-based' is no year of the figures)


def test_the_lettered_notes_under_a_table_are_no_sentences_of_figures():
    frame = measures(_TABLE)
    assert not [r for r in frame.itertuples() if r.line >= 10]


def test_a_paragraph_opening_of_these_around_n_is_a_part_of_the_census_figures_above():
    got = _got(["In the 2021 Census, 62,340 residents of the county aged five and over said they gave unpaid care.",
                "",
                "Of these, around 14,900 were caring for 50 or more hours a week."])
    assert ("carers_unpaid", OXON, "2021", 14900.0) in got


def test_schemes_open_in_a_place_are_open_not_planned():
    got = [g[:2] + g[3:] for g in _got(["There were 17 extra care schemes open in Oxfordshire, with 1,007 flats "
                                        "between them."])]
    assert got == [("extra_care_schemes", OXON, 17.0), ("extra_care_units", OXON, 1007.0)]
    # (a scheme that opens in a year or season is still one in the pipeline)
    got = [g[:2] + g[3:] for g in _got(["A further extra care scheme with 60 flats opens in spring 2027."])]
    assert got == [("extra_care_units_planned", OXON, 60.0)]


def test_the_rate_after_a_sentence_giving_one_rate_is_that_rate():
    got = _got(["At the end of March 2026 there were 6,395 patients on GP dementia registers in Oxfordshire. This gives "
                "an estimated diagnosis rate of 61.8% for people aged 65 and over, below the national ambition of "
                "66.7%. The rate has improved since March 2024, when it stood at 58.9%."])
    assert ("dementia_diagnosis_rate", OXON, "2024", 58.9) in got


def test_carers_signposted_to_a_service_are_no_count_of_unpaid_carers():
    got = _got(["In 2025/26, 5,870 carers were known to adult social care in Oxfordshire. During the year 2,340 had a "
                "carer's assessment or review, and a further 610 carers were signposted to a partnership for early "
                "help."])
    assert ("carers_known", OXON, "2025/26", 5870.0) in got
    assert not [g for g in got if g[3] == 610.0]


def test_during_the_year_is_the_year_the_sentence_before_named():
    got = _got(["In 2025/26, 5,870 carers were known to adult social care in Oxfordshire. During the year 2,340 had a "
                "carer's assessment or review."])
    assert ("carers_assessed", OXON, "2025/26", 2340.0) in got


def test_a_planning_guide_rate_is_no_rate_of_the_area():
    got = _got(["At 31 March 2026 there were 1,007 extra care flats in Oxfordshire. That equates to 9.6 units per "
                "1,000 people aged 75 and over, well short of the 25 per 1,000 that the Market Position Statement uses "
                "as a planning guide."])
    assert ("extra_care_units_per_1000_75plus", OXON, 9.6) in [g[:2] + g[3:] for g in got]
    assert not [g for g in got if g[3] == 25.0]


def test_the_number_forecast_to_rise_from_a_figure_in_a_year_to_another_by_a_later_year():
    got = _got(["POPPI estimates that about 10,350 people aged 65 and over in Oxfordshire were living with dementia in "
                "2025. The number is forecast to rise from 10,350 in 2025 to 13,900 by 2035.",
                "",
                "In Oxford, growth is projected to be slower, reaching an estimated 1,860 by 2035."])
    assert ("dementia_estimated", OXON, "2035", 13900.0) in got
    assert ("dementia_estimated", OXFORD, "2035", 1860.0) in got
    assert not [g for g in got if g[0] == "population"]


def test_the_number_opening_a_sentence_is_the_subject_before_whatever_a_later_clause_names():
    got = _got(["POPPI estimates that about 10,350 people aged 65 and over in Oxfordshire were living with dementia in "
                "2025. The number is forecast to rise from 10,350 in 2025 to 13,900 by 2035, an increase of more than "
                "a third, driven by growth in the population aged 85 and over."])
    assert ("dementia_estimated", OXON, "2035", 13900.0) in got
    assert not [g for g in got if g[0] == "population"]


def test_from_one_figure_to_another_over_the_same_period_takes_the_projection_above_its_years():
    got = _got(["POPPI estimates that about 10,350 people aged 65 and over in Oxfordshire were living with dementia in "
                "2025. The number is forecast to rise from 10,350 in 2025 to 13,900 by 2035.",
                "",
                "West Oxfordshire is expected to see the fastest growth: from around 2,010 people to approximately 2,820 "
                "over the same period."])
    assert ("dementia_estimated", WEST, "2025", 2010.0) in got
    assert ("dementia_estimated", WEST, "2035", 2820.0) in got
