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


def test_a_length_after_a_list_label_is_no_counted_value():
    lines = ["**Carers support contract**", "", "- Contract length: 3 years", "- Extension: 2 years"]
    assert measures(lines).empty


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
    assert [g[0] for g in got if g[3] == 2140.0] == ["carers_unpaid_change"]


# ---------------------------------------------------------------- 4. a value in words after 'nearly'; wordy labels
def test_a_list_value_in_words_after_nearly_and_labels_naming_the_measure():
    lines = ["**Carers in 2025/26**", "", "•\tCarers known to adult social care: nearly four thousand",
             "•\tCarers' assessments and reviews completed: 2,060"]
    assert _got(lines) == [("carers_assessed", COUNTY, "2025/26", 2060.0, ""),
                           ("carers_known", COUNTY, "2025/26", 4000.0, "")]
