"""Round 8 of the document proposer (data/ingest), each rule on made-up lines: every spelling of a quarter is one
rule; a subject carries from a heading or a figure-free paragraph to the paragraph of figures under it; building work
that began is pipeline; identical rows are rows; tables with three value columns; a percentage's population base is
no breakdown."""
from __future__ import annotations

import pytest

from data.dates import find_dates, parse_any_date
from data.ingest.layout import analyse, quarter_period
from tests.proposals import proposers_for

WORCS = "E10000034"  # made-up text filed under a real county's code (its districts are the registry's)

measures, dates = proposers_for(WORCS)


def _got(lines: list[str]) -> list[tuple[str, float, str, str]]:
    return sorted((r.measure, r.value, r.period, r.breakdown) for r in measures(lines).itertuples())


# ---------------------------------------------------------------- 1. quarters however spelt
@pytest.mark.parametrize("text, period", [
    ("Q1 2025/26", "Q1 2025/26"), ("Qtr 1 2025/26", "Q1 2025/26"), ("Qtr. 2 2025/26", "Q2 2025/26"),
    ("Quarter 3 2026/27", "Q3 2026/27"), ("2025/26 Q4", "Q4 2025/26"), ("Q3 2025", "Q3 2025")])
def test_every_spelling_of_a_quarter_is_one_period(text: str, period: str) -> None:
    assert quarter_period(text) == period


@pytest.mark.parametrize("text, earliest, latest", [
    ("Qtr 3 2025/26", "2025-10-01", "2025-12-31"), ("Quarter 1 2026/27", "2026-04-01", "2026-06-30"),
    ("Qtr 4 2026/27", "2027-01-01", "2027-03-31")])
def test_a_quarter_spelt_out_is_its_three_months_not_the_financial_year(text: str, earliest: str, latest: str) -> None:
    span = parse_any_date(text)
    assert (span.earliest.isoformat(), span.latest.isoformat()) == (earliest, latest)
    found = find_dates(f"The contract will be awarded in {text}.")
    assert [(d.span.earliest.isoformat(), d.span.latest.isoformat()) for d in found] == [(earliest, latest)]


def test_a_timetable_of_quarters_written_as_months_is_read_under_its_title():
    got = dates(["Home Support for Older People", "",
                 "Stage                          Timescale",
                 "Invitation to tender           Apr-Jun 2025",
                 "Contract award                 Qtr 3 2025/26",
                 "Contract start                 Quarter 1 2026/27"])
    assert sorted(got) == sorted([
        ("Home Support for Older People", "procurement_start", "2025-04-01", "2025-06-30"),
        ("Home Support for Older People", "award", "2025-10-01", "2025-12-31"),
        ("Home Support for Older People", "contract_start", "2026-04-01", "2026-06-30")])


def test_a_qtr_column_is_its_quarter():
    lines = ["Carers assessments by quarter",
             "                         Qtr 1 2025/26    Qtr 2 2025/26",
             "Carers assessed               412              398"]
    assert _got(lines) == [("carers_assessed", 398.0, "Q2 2025/26", ""), ("carers_assessed", 412.0, "Q1 2025/26", "")]


def test_a_sentence_naming_a_service_by_what_will_happen_to_it_is_filed_under_its_heading():
    got = dates(["Day Opportunities", "", "The service will be re-procured in April to June 2026 and the new contract "
                                         "is expected to start in Quarter 3 2026/27."])
    assert got == [("Day Opportunities", "procurement_start", "2026-04-01", "2026-06-30"),
                   ("Day Opportunities", "contract_start", "2026-10-01", "2026-12-31")]


# ---------------------------------------------------------------- 4. identical rows are rows, not a running header
def test_rows_of_two_tables_with_the_same_label_and_identical_rows_are_read():
    lines = ["Table 6: People with dementia (65+) by district, 2025",
             "District                 People with dementia",
             "Bromsgrove                       870",
             "Malvern Hills                    870",
             "",
             "Table 7: People with dementia (65+) by district, 2030",
             "District                 People with dementia",
             "Bromsgrove                       990",
             "Malvern Hills                    870"]
    got = sorted((r.area_code, r.period, r.value) for r in measures(lines).itertuples())
    assert got == [("E07000234", "2025", 870.0), ("E07000234", "2030", 990.0),
                   ("E07000235", "2025", 870.0), ("E07000235", "2030", 870.0)]


def test_a_running_header_with_rising_page_numbers_is_still_one():
    from data.ingest.layout import running_lines
    lines = ["Adult Social Care Market Position Statement    7", *["Some text."] * 20,
             "Adult Social Care Market Position Statement    8", "More text."]
    assert running_lines(lines) == {1, 22}


# ---------------------------------------------------------------- 5. three value columns
@pytest.mark.parametrize("header, rows", [
    ("District            2011       2021       Change",
     ["Bromsgrove          10,120     9,840      -280", "Redditch             8,650     8,470      -180"]),
    ("District\t2011\t2021\tChange", ["Bromsgrove\t10,120\t9,840\t-280", "Redditch\t8,650\t8,470\t-180"])])
def test_a_change_column_beside_two_years_is_a_change_not_a_third_count(header: str, rows: list[str]) -> None:
    got = _got(["Unpaid carers by district, Census 2011 and 2021", header, *rows])
    assert ("carers_unpaid_change", -280.0, "", "") in got and ("carers_unpaid_change", -180.0, "", "") in got
    assert [g for g in got if g[0] == "carers_unpaid"] == [
        ("carers_unpaid", 8470.0, "2021", ""), ("carers_unpaid", 8650.0, "2011", ""),
        ("carers_unpaid", 9840.0, "2021", ""), ("carers_unpaid", 10120.0, "2011", "")]


def test_a_count_its_share_and_a_rank_under_a_title_naming_an_hours_band():
    got = _got(["Carers providing 50 or more hours a week, by district (Census 2021)",
                "District            Number     % of residents    Rank",
                "Bromsgrove           2,360          2.4            3",
                "Redditch             1,980          2.3            1"])
    assert got == [("carers_unpaid", 1980.0, "2021", "50+ hours a week"), ("carers_unpaid", 2360.0, "2021", "50+ hours a week"),
                   ("carers_unpaid_pct", 2.3, "2021", "50+ hours a week"),
                   ("carers_unpaid_pct", 2.4, "2021", "50+ hours a week")]


# ---------------------------------------------------------------- 6. a share's population base is no breakdown
@pytest.mark.parametrize("sentence", [
    "In 2021, 57,880 residents provided unpaid care, 9.4% of residents aged 5 and over.",
    "In 2021 there were 57,880 unpaid carers, or 9.4% of the population aged 5+."])
def test_the_population_base_of_a_share_is_not_a_breakdown(sentence: str) -> None:
    assert _got(["Unpaid carers", "", sentence]) == [("carers_unpaid", 57880.0, "2021", ""),
                                                     ("carers_unpaid_pct", 9.4, "2021", "")]


# ---------------------------------------------------------------- 3. building work that began is pipeline
@pytest.mark.parametrize("sentence, value", [
    ("Work on Orchard Mews, an extra care scheme of 52 apartments, began in 2024.", 52.0),
    ("Construction started on a 60-unit extra care scheme at Mill Lane in 2025.", 60.0),
    ("Building work has started on an extra care scheme of 70 flats at Elm Road.", 70.0)])
def test_a_scheme_whose_building_work_began_is_pipeline_not_existing_provision(sentence: str, value: float) -> None:
    got = _got(["Extra care housing", "", "The county has 14 extra care schemes with 912 units. " + sentence])
    assert [g[:2] for g in got] == sorted([("extra_care_schemes", 14.0), ("extra_care_units", 912.0),
                                           ("extra_care_units_planned", value)])


def test_a_scheme_with_on_site_care_is_existing_provision():
    assert [g[:2] for g in _got(["Extra care housing", "", "Elm Court is an extra care scheme of 60 units with "
                                                          "24-hour on site care."])] == [("extra_care_units", 60.0)]


# ---------------------------------------------------------------- 2. a subject carried over from the paragraph above
def test_a_heading_names_the_subject_of_a_paragraph_of_figures_that_does_not_repeat_it():
    assert _got(["3. Unpaid carers", "", "There were 58,940 in 2021, 10.1% of residents aged 5 and over."]) == [
        ("carers_unpaid", 58940.0, "2021", ""), ("carers_unpaid_pct", 10.1, "2021", "")]


def test_a_figure_free_paragraph_names_the_subject_of_the_paragraph_after_it():
    assert _got(["Carers in the county",
                 "Carers in the county look after partners, parents, children and friends.", "",
                 "The 2021 Census counted 57,880, 9.4% of residents aged 5 and over."]) == [
        ("carers_unpaid", 57880.0, "2021", ""), ("carers_unpaid_pct", 9.4, "2021", "")]


def test_the_subject_does_not_carry_past_the_next_heading_nor_is_a_sentence_a_flattened_table():
    assert _got(["3. Unpaid carers", "", "There were 58,940 in 2021.", "",
                 "4. Workforce", "", "There were 12,400 in 2024, 1.9% of the county's jobs."]) == [
        ("carers_unpaid", 58940.0, "2021", "")]


# ---------------------------------------------------------------- further layouts: footnote marks, ranges, list titles
def test_a_superscript_footnote_mark_after_a_figure_is_no_digit_of_it():
    got = _got(["Dementia", "", "There are an estimated 2,840¹ people living with dementia in the county (2025). Of "
                                "these, 1,790² have a recorded diagnosis."])
    assert got == [("dementia_estimated", 2840.0, "2025", ""), ("dementia_register", 1790.0, "2025", "")]
    assert _got(["People with dementia by district (2025)", "District\tPeople", "Bromsgrove\t2,840¹"]) == [
        ("dementia_estimated", 2840.0, "2025", "")]


def test_a_range_of_thousands_with_a_dash_is_no_figure():
    got = _got(["Dementia", "", "There are 2,840 people with dementia in the county. An estimated 1,200–1,400 people "
                                "with dementia will need specialist support by 2030."])
    assert got == [("dementia_estimated", 2840.0, "", "")]


def test_bullets_take_the_year_their_list_title_gives_in_brackets_but_not_a_plans_year():
    assert _got(["Key facts: unpaid carers (Census 2021)", "",
                 "•\t23,410 unpaid carers", "•\t9.6% of residents aged 5 and over",
                 "•\t6,020 provide 50 or more hours of care a week"]) == [
        ("carers_unpaid", 6020.0, "2021", "50+ hours a week"), ("carers_unpaid", 23410.0, "2021", ""),
        ("carers_unpaid_pct", 9.6, "2021", "")]
    assert _got(["Our priorities for 2026", "", "- 23,410 unpaid carers"]) == [("carers_unpaid", 23410.0, "", "")]


def test_a_list_row_naming_its_own_measure_keeps_it_under_a_title_naming_another():
    assert _got(["Carers known to the council, 2024/25", "- Carers known to the council – 3,120",
                 "- Carers assessed – 1,460", "- Carers – 3,120"]) == [
        ("carers_assessed", 1460.0, "2024/25", ""), ("carers_known", 3120.0, "2024/25", ""),
        ("carers_known", 3120.0, "2024/25", "")]


def test_a_national_ambition_after_a_rate_with_its_month_takes_no_year_from_it():
    got = _got(["Dementia", "", "The county's dementia diagnosis rate (63.1% in February 2026) remains below the national "
                                "ambition of two thirds (66.7%)."])
    assert ("dementia_diagnosis_target", 66.7, "", "") in got
