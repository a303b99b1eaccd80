"""Round 7 of the document proposer (data/ingest), each rule on made-up lines: a sub-group after 'of whom' keeps the
main clause's measure; 'of them' after units counts units; a sentence may start with a digit; planned units; quarter
tables stay tables of their own with their quarters as periods."""
from __future__ import annotations

import pytest

from data.ingest import classify as classify_mod
from data.ingest.layout import analyse, quarter_period
from data.ingest.paragraphs import sentences
from tests.proposals import proposers_for

KEST = "E06000054"  # made-up 'Kestrelford' text filed under a real authority code

measures, dates = proposers_for(KEST)


def _got(lines: list[str]) -> list[tuple[str, float, str, str]]:
    return sorted((r.measure, r.value, r.period, r.breakdown) for r in measures(lines).itertuples())


# ---------------------------------------------------------------- 1. a sub-group keeps the main clause's measure
def test_of_whom_keeps_the_main_clauses_measure_with_the_sub_group_as_its_breakdown():
    assert _got(["Carers", "", "There are 2,500 carers known to the council, of whom 1,500 are aged 65 and over."]) == [
        ("carers_known", 1500.0, "", "aged 65 and over"), ("carers_known", 2500.0, "", "")]
    # numbers in words alike
    assert _got(["Carers", "", "There are two thousand five hundred carers known to the council, of whom one and a "
                               "half thousand are aged 65 and over."]) == [
        ("carers_known", 1500.0, "", "aged 65 and over"), ("carers_known", 2500.0, "", "")]


def test_of_these_opening_the_next_sentence_is_a_part_of_the_figure_before():
    got = _got(["Carers", "", "In 2024/25 there were 3,100 carers registered with the council. Of these, 1,120 were "
                              "aged 65 or over."])
    assert got == [("carers_known", 1120.0, "2024/25", "aged 65 or over"), ("carers_known", 3100.0, "2024/25", "")]


def test_a_sub_group_of_the_dementia_register_stays_on_the_register():
    assert _got(["Dementia", "", "The dementia register held 2,315 people in March 2025, of whom 1,205 were aged 80 "
                                 "and over."]) == [("dementia_register", 1205.0, "2025", "aged 80 and over"),
                                                   ("dementia_register", 2315.0, "2025", "")]


def test_a_sub_group_naming_no_breakdown_is_not_proposed_never_as_the_total():
    assert _got(["Carers", "", "There were 3,100 carers known to the council, of whom 1,180 live alone."]) == [
        ("carers_known", 3100.0, "", "")]


def test_a_sub_group_clause_naming_its_own_measure_keeps_it():
    assert _got(["Carers", "", "There were 3,100 carers known to the council, of whom 1,240 had a carer's assessment "
                               "in 2024/25."]) == [("carers_assessed", 1240.0, "2024/25", ""),
                                                   ("carers_known", 3100.0, "2024/25", "")]
    got = _got(["Carers", "", "At the 2021 Census, 17,420 residents said they provided unpaid care, of whom 5,310 "
                              "provided 50 or more hours of care a week."])
    assert got == [("carers_unpaid", 5310.0, "2021", "50+ hours a week"), ("carers_unpaid", 17420.0, "2021", "")]


def test_a_carers_register_with_an_apostrophe_is_carers_known():
    assert _got(["Carers", "", "The council's carers register held 3,870 carers in March 2025."]) == [
        ("carers_known", 3870.0, "2025", "")]


def test_a_rule_row_split_by_an_unquoted_comma_is_refused(tmp_path, monkeypatch):
    bad = tmp_path / "rules.csv"
    bad.write_text("measure,kind,subject,head,clause,none_of\ncarers_known,count,carers,PEOPLE,(?:\\w+ ){0,3}register,"
                   "shared lives\n", encoding="utf-8")
    monkeypatch.setattr(classify_mod, "RULES_CSV", bad)
    classify_mod.rules.cache_clear()
    try:
        with pytest.raises(ValueError, match="quote a pattern"):
            classify_mod.rules()
    finally:
        monkeypatch.undo()
        classify_mod.rules.cache_clear()


# ---------------------------------------------------------------- 2. 'of them' after units counts units
def test_nomination_rights_to_some_of_the_units_are_no_people():
    got = _got(["Extra care housing", "", "Wrenfield Court has 44 dementia units. The council holds nomination rights "
                                          "to 40 of them."])
    assert got == [("extra_care_units_dementia", 44.0, "", "")]
    got = _got(["Extra care housing", "", "There are 12 extra care schemes with 480 units, and the council holds "
                                          "nomination rights to 110 of them."])
    assert got == [("extra_care_schemes", 12.0, "", ""), ("extra_care_units", 480.0, "", "")]


def test_of_which_after_apartments_counts_apartments():
    got = _got(["Extra care housing", "", "The borough has 640 extra care flats, of which 90 are designed for people "
                                          "living with dementia."])
    assert got == [("extra_care_units", 640.0, "", ""), ("extra_care_units_dementia", 90.0, "", "")]


def test_of_them_after_people_still_counts_people():
    got = _got(["Carers", "", "The 2021 Census recorded 3,100 unpaid carers. 1,240 of them provided 50 or more hours "
                              "a week."])
    assert got == [("carers_unpaid", 1240.0, "2021", "50+ hours a week"), ("carers_unpaid", 3100.0, "2021", "")]


# ---------------------------------------------------------------- 3. a sentence may start with a digit
def test_a_full_stop_before_a_figure_ends_a_sentence():
    assert [t for _, t in sentences("The partnership moved to Orchard House in 2024. 1,240 carers were assessed in "
                                    "2024/25.")] == ["The partnership moved to Orchard House in 2024.",
                                                     "1,240 carers were assessed in 2024/25."]
    got = _got(["Carers", "", "The borough has 6 extra care schemes with 240 flats in 2024. 1,240 carers were assessed "
                              "in 2024/25."])
    assert ("carers_assessed", 1240.0, "2024/25", "") in got
    assert not [g for g in got if g[1] == 1240.0 and g[0] != "carers_assessed"]


def test_an_abbreviation_or_a_numbered_item_before_a_figure_ends_no_sentence():
    for text in ("There are c. 6,100 carers in the county.", "The figure is approx. 1,200 people.",
                 "See Fig. 3 for the trend.", "Priority 2. 300 more carers will be reached."):
        assert len(sentences(text)) == 1, text


# ---------------------------------------------------------------- 4. planned units
def test_plans_to_add_more_units_are_planned_units_and_today_keeps_no_year():
    got = measures(["Extra care housing", "", "There are 6 extra care schemes in the borough with 388 units, and plans "
                                              "to add 300 more units by 2030."])
    assert sorted((r.measure, r.value, r.period, r.qualifier) for r in got.itertuples()) == [
        ("extra_care_schemes", 6.0, "", "count"), ("extra_care_units", 388.0, "", "count"),
        ("extra_care_units_planned", 300.0, "2030", "plan")]


def test_a_planned_figures_qualifier_is_plan_and_its_year_is_not_carried():
    got = measures(["Extra care housing", "", "A further 120 extra care units are planned to open by 2027. 40 of the "
                                              "units are designed for people living with dementia."])
    assert sorted((r.measure, r.value, r.period, r.qualifier) for r in got.itertuples()) == [
        ("extra_care_units_dementia", 40.0, "", "count"), ("extra_care_units_planned", 120.0, "2027", "plan")]


# ---------------------------------------------------------------- 5. quarter tables
def test_quarter_headings_are_periods():
    assert quarter_period("Q1 2025/26") == "Q1 2025/26"
    assert quarter_period("Quarter 3  2024/2025") == "Q3 2024/25"
    assert quarter_period("2025/26 Q2") == "Q2 2025/26"
    assert quarter_period("Q4 2025") == "Q4 2025"
    assert quarter_period("2025/26") == "" and quarter_period("Q5 2025") == "" and quarter_period("FAQ1 2025") == ""
    assert quarter_period("Assessments, Q2 2025/26", whole=False) == "Q2 2025/26"


TABS = ["Carers", "", "Table 1: Carers known to the council by age", "\t2023/24\t2024/25", "Aged 18 to 64\t1,420\t1,510",
        "Aged 65 and over\t980\t1,060", "", "\tQ1 2025/26\tQ2 2025/26\tQ3 2025/26\tQ4 2025/26",
        "Carers assessed\t310\t295\t342\t360"]


def test_a_quarter_table_after_a_blank_line_is_a_table_of_its_own_with_quarters_as_periods():
    assert len(analyse(TABS).tables) == 2
    got = _got(TABS)
    assert [g for g in got if g[0] == "carers_assessed"] == [
        ("carers_assessed", 295.0, "Q2 2025/26", ""), ("carers_assessed", 310.0, "Q1 2025/26", ""),
        ("carers_assessed", 342.0, "Q3 2025/26", ""), ("carers_assessed", 360.0, "Q4 2025/26", "")]
    assert ("carers_known", 1420.0, "2023/24", "aged 18 to 64") in got


SPACED = ["Carers", "", "Table 4    Carers known to the council, by age",
          "                              2023/24      2024/25",
          "Aged 18 to 64                   2,140        2,275",
          "Aged 65 and over                1,610        1,702", "",
          "Table 5    Carers' assessments completed, by quarter",
          "                        Q1 2025/26    Q2 2025/26    Q3 2025/26    Q4 2025/26",
          "Carers assessed                412           398           441           467", "",
          "                          2024/25      2025/26",
          "Carers referred             1,930        2,045"]


def test_space_aligned_tables_split_at_a_caption_and_at_a_new_header_after_a_blank_line():
    assert len(analyse(SPACED).tables) == 3
    got = _got(SPACED)
    assert ("carers_known", 2140.0, "2023/24", "aged 18 to 64") in got
    assert ("carers_known", 1702.0, "2024/25", "aged 65 and over") in got
    assert ("carers_assessed", 467.0, "Q4 2025/26", "") in got
    assert ("carers_referrals", 1930.0, "2024/25", "") in got
    assert not [g for g in got if "flattened" in g[3]]


def test_a_row_per_quarter_is_the_authoritys_figure_for_that_quarter():
    got = measures(["Dementia", "", "Table 6    People on the dementia register", "Quarter                People on register",
                    "Q1 2025/26                   3,318", "Q2 2025/26                   3,352"])
    assert sorted((r.area_code, r.measure, r.value, r.period, r.breakdown) for r in got.itertuples()) == [
        (KEST, "dementia_register", 3318.0, "Q1 2025/26", ""), (KEST, "dementia_register", 3352.0, "Q2 2025/26", "")]


def test_a_header_repeated_after_a_blank_line_keeps_one_table():
    lines = ["Carers", "", "\t2011\t2021", "Ashby\t1,200\t1,310", "Brook\t980\t1,020", "", "\t2011\t2021",
             "Calder\t700\t760"]
    assert len(analyse(lines).tables) == 1


def test_a_reports_quarter_number_is_no_figure():
    got = measures(["Brackenmoor Borough Council", "Carers and Dementia Performance Report, Quarter 4 2025/26", "", "Carers",
                    "", "There are 2,500 carers known to the council."])
    assert [r.value for r in got.itertuples()] == [2500.0]


# ---------------------------------------------------------------- found on the holdout (corpus 54) and after it
def test_of_these_with_a_verb_after_it_is_still_a_part_of_the_figure_before():
    got = _got(["Carers", "", "At the 2021 Census 21,300 residents provided unpaid care; around 6,020 of these cared for "
                              "50 or more hours a week."])
    assert got == [("carers_unpaid", 6020.0, "2021", "50+ hours a week"), ("carers_unpaid", 21300.0, "2021", "")]


def test_a_part_of_a_figure_that_is_not_ours_is_not_ours_either():
    assert _got(["Carers", "", "The Carers Hub supports 1,900 carers, of whom 700 are aged 65 and over.", "",
                 "There are 2,500 carers known to the council."]) == [("carers_known", 2500.0, "", "")]


def test_a_share_of_the_figure_before_is_no_share_of_the_population():
    assert _got(["Carers", "", "There are 640 carers known to the council, of whom 35% are aged 65 and over."]) == [
        ("carers_known", 640.0, "", "")]
    # a share in an hours band, and a share naming its own measure, are kept
    assert ("carers_unpaid_pct", 29.0, "", "50+ hours a week") in _got(
        ["Carers", "", "There are 58,100 unpaid carers, of whom 16,900 (29%) provide 50+ hours of care per week."])
    assert ("dementia_diagnosis_rate", 64.3, "", "") in _got(
        ["Dementia", "", "18,500 people aged 65+ have dementia, of whom 11,900 (64.3 per cent) have a formal "
                         "diagnosis."])


def test_of_those_after_a_share_names_its_denominator_not_a_sub_group():
    # (the census's base is no breakdown, as for '9.6% of residents aged 5 and over': the corpus's convention)
    assert ("carers_unpaid_pct", 9.6, "2021", "") in _got(
        ["Carers", "", "At the 2021 Census 54,300 residents (9.6% of those aged 5 and over) provided unpaid care."])


def test_a_quarter_in_prose_is_the_figures_period():
    assert _got(["Carers", "", "In Q3 2025/26, 412 carers were assessed."]) == [
        ("carers_assessed", 412.0, "Q3 2025/26", "")]
    assert _got(["Dementia", "", "The dementia diagnosis rate was 63.1% in Quarter 2 2025/26."]) == [
        ("dementia_diagnosis_rate", 63.1, "Q2 2025/26", "")]


def test_a_plans_year_is_carried_to_the_next_plan_only():
    # (the code before gave 2024 to today's 410 units too)
    got = measures(["Extra care housing", "", "A new extra care scheme with 95 units will open in 2024. A further two "
                                              "extra care schemes will be developed thereafter. The borough has 410 "
                                              "extra care units."])
    assert sorted((r.measure, r.value, r.period, r.qualifier) for r in got.itertuples()) == [
        ("extra_care_schemes_planned", 2.0, "2024", "plan"), ("extra_care_units", 410.0, "", "count"),
        ("extra_care_units_planned", 95.0, "2024", "plan")]


def test_a_verb_after_the_counted_noun_ends_it():
    # 'starts' was read as what 95 counts, so the planned units were lost
    got = measures(["Extra care housing", "", "A new extra care scheme of 95 units starts on site in 2026."])
    assert [(r.measure, r.value, r.period, r.qualifier) for r in got.itertuples()] == [
        ("extra_care_units_planned", 95.0, "2026", "plan")]
