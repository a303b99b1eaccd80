"""Round 25 (r25d) of the document proposer (data/ingest), each rule on made-up lines as a council's market statement
reads when it pastes in a section of its Better Care Fund (integrated health and care) plan converted from PDF:
financial years written '2023-24', a metrics table of actuals, plans and ambitions, a row label wrapped over two lines,
carers' activity and rates, a housing with care table of existing and pipeline rows with a total, and a timetable of
dated actions in one sentence."""
from __future__ import annotations

from tests.proposals import proposers_for

HEREFORDSHIRE = "E06000019"

measures, dates = proposers_for(HEREFORDSHIRE)


def _rows(lines):
    return {(r.measure, r.area_code, str(r.period), float(r.value)) for r in measures(lines).itertuples()}


def _values(lines):
    return {float(v) for v in measures(lines)["value"]}


def _stages(lines):
    return {(stage, earliest, latest) for _, stage, earliest, latest in dates(lines)}


def test_a_financial_year_written_with_a_hyphen_is_that_financial_year():
    # '2022-23' as a table's column and in a sentence is the financial year 2022/23, not the calendar year 2022; a
    # plan's period ('2025-2028') stays a range; the source line is shown as written
    lines = ["Table 3: Carers in contact with the council", "",
             "Measure                             2022-23      2023-24",
             "Carers known to adult social care     2,480        2,615", "",
             "In 2023-24, 1,210 carers' assessments were completed under the Carers Strategy 2025-2028."]
    rows = _rows(lines)
    assert ("carers_known", HEREFORDSHIRE, "2022/23", 2480.0) in rows
    assert ("carers_known", HEREFORDSHIRE, "2023/24", 2615.0) in rows
    assert ("carers_assessed", HEREFORDSHIRE, "2023/24", 1210.0) in rows
    assert not _values(lines) & {2025.0, 2028.0}
    texts = set(measures(lines)["text"])
    assert "Carers known to adult social care     2,480        2,615" in texts
    assert any("In 2023-24, 1,210" in t for t in texts)


def test_a_plan_column_beside_the_actuals_is_a_target_never_the_measure():
    # 'Plan' beside an 'Actual' column: the diagnosis rate's plan is the area's target with the plan's year; a count's
    # plan has no measure of its own and is not offered as the count
    lines = ["Table 2: Better Care Fund metrics", "",
             "Metric                              Actual 2023/24    Plan 2024/25",
             "Dementia diagnosis rate (65+)           58.9%             61.5%",
             "Carers known to the council             3,040             3,300"]
    rows = _rows(lines)
    assert ("dementia_diagnosis_rate", HEREFORDSHIRE, "2023/24", 58.9) in rows
    assert ("dementia_diagnosis_target", HEREFORDSHIRE, "2024/25", 61.5) in rows
    assert not any(m == "dementia_diagnosis_rate" and v == 61.5 for m, _, _, v in rows)
    assert ("carers_known", HEREFORDSHIRE, "2023/24", 3040.0) in rows
    assert 3300.0 not in _values(lines)


def test_a_row_label_wrapped_over_two_lines_keeps_the_table_going():
    # a long metric name runs onto a second line that holds the cells: the rows below it are still under the header
    lines = ["Table 5: Metrics", "",
             "Metric                                   2023/24 actual    2024/25 plan",
             "Emergency admissions (65+) per 100,000       1,705             1,680",
             "Older people still at home 91 days after",
             "discharge into reablement                    79.4%             81.0%",
             "Dementia diagnosis rate (65+)                 60.2%             62.0%"]
    rows = _rows(lines)
    assert ("dementia_diagnosis_rate", HEREFORDSHIRE, "2023/24", 60.2) in rows
    assert ("dementia_diagnosis_target", HEREFORDSHIRE, "2024/25", 62.0) in rows


def test_carers_rates_per_100000_and_personal_budgets_are_no_counts():
    lines = ["Support for carers", "",
             "Measure                                      2023/24     2024/25",
             "Carers' assessments completed                  905         960",
             "Carers' assessments per 100,000 adults         61.4        65.2",
             "Carers with a direct payment                   210         232"]
    rows = _rows(lines)
    assert ("carers_assessed", HEREFORDSHIRE, "2024/25", 960.0) in rows
    assert not _values(lines) & {61.4, 65.2, 210.0, 232.0}


def test_a_total_of_existing_and_pipeline_rows_is_neither_and_the_rows_name_no_subgroup():
    lines = ["Table 6: Extra care capacity", "",
             "Provision                    Schemes    Units",
             "Extra care - existing            4        268",
             "Extra care - pipeline            1         75",
             "Total                            5        343"]
    got = measures(lines)
    rows = {(r.measure, float(r.value), r.breakdown) for r in got.itertuples()}
    assert ("extra_care_schemes", 4.0, "") in rows
    assert ("extra_care_units", 268.0, "") in rows
    assert ("extra_care_units_planned", 75.0, "") in rows
    assert not {float(v) for v in got["value"]} & {5.0, 343.0}


def test_a_modelled_need_per_1000_is_no_provision():
    lines = ["Current provision is 19.6 extra care units per 1,000 people aged 75 and over. Modelling suggests a need "
             "for 24 units per 1,000 by 2030."]
    values = _values(lines)
    assert 19.6 in values
    assert 24.0 not in values


def test_a_rise_in_funding_is_no_change_in_carers():
    lines = ["The carers' services budget is £612,000, and 3,100 carers are known to the council. The minimum "
             "contribution to carers' support rose by 4.8% this year."]
    assert 4.8 not in _values(lines)


def test_a_satisfaction_share_from_a_survey_and_its_benchmark_are_no_carers_share():
    lines = ["In the latest Survey of Adult Carers, 37.2% of carers here were very satisfied with their support "
             "(England 36.0%)."]
    from data.ingest import IngestError
    try:
        values = _values(lines)
    except IngestError:
        values = set()
    assert not values & {37.2, 36.0}


def test_a_rate_compared_with_a_year_in_brackets_is_that_years():
    # '..., up 2.1 percentage points on 2022/23 (57.3%) but below England (63.8%)': the bracket after the year is the
    # year's rate, the current rate is not the year's, and England's is its own benchmark
    rows = _rows(["The dementia diagnosis rate in 2023/24 was 59.4%, up 2.1 percentage points on 2022/23 (57.3%) but "
                  "below England (63.8%)."])
    assert ("dementia_diagnosis_rate", HEREFORDSHIRE, "2023/24", 59.4) in rows
    assert ("dementia_diagnosis_rate", HEREFORDSHIRE, "2022/23", 57.3) in rows
    assert any(m == "dementia_diagnosis_rate" and a == "E92000001" and v == 63.8 for m, a, _, v in rows)
    assert not any(v == 2.1 for *_, v in rows)


def test_a_list_of_dated_actions_after_a_market_event():
    # the market event's season is no stage; the tender's month after it is still the tender's
    stages = _stages(["Home from Hospital Service", "",
                      "We will hold a market engagement event in May 2026, issue the tender in November 2026 and award the "
                      "contract in March 2027."])
    assert ("procurement_start", "2026-11-01", "2026-11-30") in stages
    assert ("award", "2027-03-01", "2027-03-31") in stages
    assert not any(e.startswith("2026-05") for _, e, _ in stages)
