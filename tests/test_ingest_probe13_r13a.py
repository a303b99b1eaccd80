"""Round 13 (r13a) of the document proposer (data/ingest), each rule on made-up lines in the wordings a county
statement's population section uses: hours-band bullets whose values carry their counted noun and a bracketed share,
a band written 'N to M hours', a fall 'has fallen by', a Label: value list whose value is in words after 'nearly',
labels that name the measure with more words ('known to adult social care', 'assessments and reviews')."""
from __future__ import annotations

from tests.proposals import proposers_for

COUNTY = "E10000028"

measures, dates = proposers_for(COUNTY)


def _got(lines: list[str]) -> list[tuple[str, str, str, float, str]]:
    return sorted((r.measure, r.area_code, r.period, r.value, r.breakdown) for r in measures(lines).itertuples())


BANDS_TITLE = ["**Weekly hours of unpaid care, the county (Census 2021)**", ""]


# ---------------------------------------------------------------- 1. a bullet's value with its counted noun
def test_list_values_with_their_counted_noun_and_share_are_read():
    bullets = ["•\tUnder 20 hours: 30,120 carers", "•\t20-49 hours: 9,410 carers²",
               "•\t50 hours or more: 14,060 carers (2.9%)"]
    assert _got(BANDS_TITLE + bullets) == [
        ("carers_unpaid", COUNTY, "2021", 9410.0, "20-49 hours a week"),
        ("carers_unpaid", COUNTY, "2021", 14060.0, "50+ hours a week"),
        ("carers_unpaid", COUNTY, "2021", 30120.0, "19 hours or less a week"),
        ("carers_unpaid_pct", COUNTY, "2021", 2.9, "50+ hours a week")]


def test_a_list_value_counting_something_else_is_no_figure():
    lines = ["**Support for carers in 2025/26**", "", "- Carers known to the council: 4,120",
             "- Short breaks: 1,260 nights", "- Contract length: 3 years"]
    assert _got(lines) == [("carers_known", COUNTY, "2025/26", 4120.0, "")]


# ---------------------------------------------------------------- 2. a band written 'N to M hours'
def test_the_first_bound_of_a_band_in_words_is_no_figure():
    lines = BANDS_TITLE + ["•\t1 to 19 hours: 30,120 carers (5.9% of residents aged 5+)",
                           "•\t20 to 49 hours: 9,410 carers²", "•\t50 or more hours: 14,060 carers (2.9%)"]
    got = _got(lines)
    assert ("carers_unpaid", COUNTY, "2021", 9410.0, "20-49 hours a week") in got
    assert not [g for g in got if g[3] in (1.0, 20.0, 19.0, 49.0)]


# ---------------------------------------------------------------- 3. 'has fallen by'
def test_has_fallen_by_is_a_change_not_a_count():
    lines = ["In 2021, 61,300 residents were unpaid carers. The number has fallen by 2,140 since 2011."]
    got = _got(lines)
    assert ("carers_unpaid", COUNTY, "2021", 61300.0, "") in got
    assert [g[0] for g in got if abs(g[3]) == 2140.0] == ["carers_unpaid_change"]
    assert [g[3] for g in got if g[0] == "carers_unpaid_change"] == [-2140.0]  # a fall, with its sign


# ---------------------------------------------------------------- 4. a value in words after 'nearly'; wordy labels
def test_a_list_value_in_words_after_nearly_and_labels_naming_the_measure():
    lines = ["**Carers in 2025/26**", "", "•\tCarers known to adult social care: nearly four thousand",
             "•\tCarers' assessments and reviews completed: 2,060"]
    assert _got(lines) == [("carers_assessed", COUNTY, "2025/26", 2060.0, ""),
                           ("carers_known", COUNTY, "2025/26", 4000.0, "")]


# ---------------------------------------------------------------- 5. a survey's respondents and their answers
def test_survey_respondents_and_their_shares_are_no_carers_figures():
    lines = ["Carers", "", "The 2021 Census counted 61,300 unpaid carers.", "",
             "In our 2025 survey of carers known to the council, 640 carers responded. Of those "
             "respondents, 58% said they had not had a break; only 37% felt involved in planning the care of the "
             "person they care for."]
    assert _got(lines) == [("carers_unpaid", COUNTY, "2021", 61300.0, "")]


# ---------------------------------------------------------------- 6. 'one of the main reasons'
def test_one_of_the_main_reasons_counts_nothing():
    lines = ["Dementia is one of the main reasons older people need care at home. An estimated 9,120 people "
             "aged 65 and over were living with dementia in 2025."]
    assert _got(lines) == [("dementia_estimated", COUNTY, "2025", 9120.0, "aged 65 and over")]


# ---------------------------------------------------------------- 7. a need estimate and its planning rate
def test_a_need_estimate_and_its_planning_rate_are_neither_provision_nor_a_pipeline():
    lines = ["Extra care housing", "", "The county has 11 extra care schemes with 760 apartments. We estimate the "
             "county will need around 1,250 extra care apartments by 2035, at a rate of 22 apartments per 1,000 "
             "people aged 75 and over."]
    assert _got(lines) == [("extra_care_schemes", COUNTY, "", 11.0, ""), ("extra_care_units", COUNTY, "", 760.0, "")]


# ---------------------------------------------------------------- 8. 'both of our ...', a named scheme's town, a waiting list
def test_both_of_our_schemes_is_two_of_the_authority_and_a_waiting_list_no_figure():
    lines = ["Extra care housing", "", "The county has 11 extra care schemes.", "",
             "Both of our dementia-specialist schemes, Alder Court in Tamworth and Kiln House in Leek, are full, and "
             "each keeps a waiting list of around 15 people."]
    assert _got(lines) == [("extra_care_schemes", COUNTY, "", 11.0, ""),
                           ("extra_care_schemes_dementia", COUNTY, "", 2.0, "")]


def test_a_place_written_right_after_the_figure_is_still_its_area():
    lines = ["Extra care housing", "", "There are 3 extra care schemes in Tamworth, and Stafford has 4."]
    assert ("extra_care_schemes", "E07000199", "", 3.0, "") in _got(lines)
