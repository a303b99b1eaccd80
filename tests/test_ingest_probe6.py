"""Round 6 of the document proposer (data/ingest), each rule on made-up lines: a year governs only its own clause's
figures, 'in the same year', numbers in words with 'a' and halves, targets in tables and Label: value lists."""
from __future__ import annotations

from data.ingest.numbers import find_numbers
from tests.proposals import proposers_for

THORN = "E06000026"  # made-up 'Thornmouth' text filed under a real authority code

measures, dates = proposers_for(THORN)


def _got(lines: list[str]) -> list[tuple[str, float, str]]:
    return sorted((r.measure, r.value, r.period) for r in measures(lines).itertuples())


# ---------------------------------------------------------------- a year governs its own clause (propose.py)
def test_a_planned_year_does_not_leak_onto_the_figures_of_today():
    got = _got(["Extra care housing", "", "There are 4 extra care schemes with 212 units today, with a further 2 "
                                          "schemes planned by 2028."])
    assert got == [("extra_care_schemes", 4.0, ""), ("extra_care_schemes_planned", 2.0, "2028"),
                   ("extra_care_units", 212.0, "")]


def test_a_projection_year_in_a_later_clause_is_the_projections():
    got = _got(["Dementia", "", "The dementia register held 2,315 people, while the number of people living with "
                                "dementia is expected to reach 3,900 by 2030."])
    assert got == [("dementia_estimated", 3900.0, "2030"), ("dementia_register", 2315.0, "")]


def test_a_year_still_reaches_the_clauses_it_governs():
    # a year before the figures, a bracket's figure with the sentence's month after it, a sub-group after 'of whom'
    assert _got(["Carers", "", "In 2021 there were 3,100 unpaid carers, and 1,240 of them provided 50 or more hours a "
                               "week."]) == [("carers_unpaid", 1240.0, "2021"), ("carers_unpaid", 3100.0, "2021")]
    got = measures(["Dementia", "", "The dementia diagnosis rate was 64.2% (England 65.0%, national ambition 66.7%) in "
                                    "September 2025."])
    assert sorted((r.area_code, r.measure, r.period) for r in got.itertuples()) == [
        ("E06000026", "dementia_diagnosis_rate", "2025"), ("E92000001", "dementia_diagnosis_rate", "2025"),
        ("E92000001", "dementia_diagnosis_target", "")]
    assert _got(["Dementia", "", "There were 18,500 people with dementia, of whom 12,100 had a diagnosis in 2025."]) == [
        ("dementia_estimated", 18500.0, "2025"), ("dementia_register", 12100.0, "2025")]


def test_in_the_same_year_takes_the_year_written_before():
    assert _got(["Carers", "", "The Carers Hub supported 1,870 carers in 2024/25, and 760 carers received a carer's "
                               "assessment in the same year."]) == [("carers_assessed", 760.0, "2024/25")]
    assert _got(["Carers", "", "The 2021 Census recorded 3,100 unpaid carers. In that year, 1,240 carers received a "
                               "carer's assessment."]) == [("carers_assessed", 1240.0, "2021"),
                                                           ("carers_unpaid", 3100.0, "2021")]


def test_carers_a_service_supported_are_not_the_next_sentences_assessments():
    got = _got(["Carers", "", "1,240 carers received a carer's assessment in 2024/25.",
                "", "The Carers Hub supported 1,870 carers in 2024/25."])
    assert got == [("carers_assessed", 1240.0, "2024/25")]


# ---------------------------------------------------------------- numbers in words (numbers.py)
def _values(text: str) -> list[float]:
    return [n.value for n in find_numbers(text)]


def test_numbers_in_words_with_a_and_halves():
    assert _values("a hundred and twenty units") == [120.0]
    assert _values("one hundred and twenty units") == [120.0]
    assert _values("two and a half thousand carers") == [2500.0]
    assert _values("one and a half thousand people") == [1500.0]
    assert _values("a thousand carers") == [1000.0]
    assert _values("half a million people") == [500000.0]
    assert _values("a hundred thousand people") == [100000.0]


def test_a_is_no_number_alone_and_ratios_and_ranges_in_words_are_no_figures():
    assert _values("a few hundred carers") == []
    assert _values("a carer") == []
    assert _values("we are a hundred per cent committed") == []
    assert _values("one in a hundred people") == []
    assert _values("between eighty and ninety carers") == []
    assert _values("between a hundred and two hundred carers") == []
    assert _values("thanks to one and all") == [1.0]  # as before: 'one' alone, never joined
    assert _values("between eighty and ninety per cent") == []  # (round 5 read 80 and 90: a range is no figure)
    assert _values("eighty and ninety") == [80.0, 90.0]  # two figures, never 170


def test_numbers_in_words_in_prose():
    got = _got(["Carers", "", "Around two and a half thousand carers are known to the council, and about one and a "
                              "half thousand residents aged 65 and over provide unpaid care.",
                "", "We expect between eighty and ninety carers to join the panel."])
    assert got == [("carers_known", 2500.0, ""), ("carers_unpaid", 1500.0, "")]
    assert _got(["Extra care", "", "A hundred and twenty of the units are designed for people living with "
                                   "dementia."]) == [("extra_care_units_dementia", 120.0, "")]


# ---------------------------------------------------------------- targets in lists and tables (propose.py)
KEY_FIGURES = ["Key figures (March 2026)",
               "People on the dementia register: 1,930",
               "Dementia diagnosis rate (65+): 67.2%",
               "National ambition: 66.7%",
               "Our local target (2026/27): 70.0%"]


def test_a_target_in_a_list_takes_no_period_from_the_lists_heading():
    got = measures(KEY_FIGURES)
    assert sorted((r.area_code, r.measure, r.value, r.period, r.breakdown) for r in got.itertuples()) == [
        ("E06000026", "dementia_diagnosis_rate", 67.2, "2026", ""),
        ("E06000026", "dementia_diagnosis_target", 70.0, "2026/27", ""),
        ("E06000026", "dementia_register", 1930.0, "2026", "people on the dementia register"),
        ("E92000001", "dementia_diagnosis_target", 66.7, "", "")]


def test_a_target_in_a_table_takes_a_year_only_from_its_own_row_or_column():
    table = ["Table 2    Dementia diagnosis rate (65+), 2025/26", "",
             "Area                          Rate",
             "Plymouth                      67.2%",
             "England                       64.8%",
             "National ambition             66.7%", "",
             "Diagnosis rate over time", "",
             "                              2024/25       2025/26",
             "Dementia diagnosis rate       65.2%         67.2%",
             "National target               66.7%         66.7%"]
    got = measures(table)
    assert sorted((r.area_code, r.measure, r.value, r.period) for r in got.itertuples()) == [
        ("E06000026", "dementia_diagnosis_rate", 65.2, "2024/25"),
        ("E06000026", "dementia_diagnosis_rate", 67.2, "2025/26"),
        ("E06000026", "dementia_diagnosis_rate", 67.2, "2025/26"),
        ("E92000001", "dementia_diagnosis_rate", 64.8, "2025/26"),
        ("E92000001", "dementia_diagnosis_target", 66.7, ""),
        ("E92000001", "dementia_diagnosis_target", 66.7, "2024/25"),
        ("E92000001", "dementia_diagnosis_target", 66.7, "2025/26")]
