"""Round 18 (r18c) of the document proposer (data/ingest), each rule on made-up lines in the wordings of a council's
refreshed Market Position Statement (an annual update) that sets this year's figures beside the previous statement's:
row labels naming only what is counted, a 'while ..., ...' sentence, superseded dates ('previously ...') and a
figure a correction replaces."""
from __future__ import annotations

from tests.proposals import proposers_for

STOCKPORT = "E08000007"
ENGLAND = "E92000001"

measures, dates = proposers_for(STOCKPORT)


def _got(lines: list[str]) -> list[tuple]:
    frame = measures(lines)
    return [(r.measure, r.area_code, r.period, float(r.value), r.breakdown) for r in frame.itertuples()]


def test_a_row_label_with_a_caring_verb_or_the_benchmark_name_is_no_sub_group():
    lines = [
        "Table 2: Unpaid carers, Census 2011 and Census 2021",
        "",
        "\tCensus 2011\tCensus 2021",
        "People providing unpaid care\t30,410\t28,160",
        "England: % providing unpaid care\t10.2%\t8.9%",
        "Extra care schemes open\t4\t6",
    ]
    got = _got(lines)
    assert ("carers_unpaid", STOCKPORT, "2011", 30410.0, "") in got
    assert ("carers_unpaid", STOCKPORT, "2021", 28160.0, "") in got
    assert ("carers_unpaid_pct", ENGLAND, "2021", 8.9, "") in got


def test_a_leading_while_clause_ends_at_its_comma():
    # the hours band belongs to the main clause after the comma, not to the fall in the 'while' clause before it
    lines = [
        "Unpaid carers",
        "",
        "While the number of carers in Stockport has fallen by 1,870 (6.1%) since 2011, the number caring for 50 or "
        "more hours a week has gone up.",
    ]
    got = _got(lines)
    assert ("carers_unpaid_change", STOCKPORT, "", -1870.0, "") in got  # a fall, with its sign
    assert ("carers_unpaid_change_pct", STOCKPORT, "", -6.1, "") in got


def test_a_date_written_after_previously_is_superseded():
    lines = [
        "Carers support service",
        "",
        "The current contract has been extended to 30 September 2028 so that there is no gap in support. The day "
        "service contract will now start on 1 July 2026, previously 1 April 2026. We now expect to go out to tender "
        "in Q2 2027/28 (originally Q4 2026/27).",
    ]
    got = dates(lines)
    starts = {(stage, earliest) for _s, stage, earliest, _l in got}
    assert ("contract_start", "2026-07-01") in starts
    assert ("procurement_start", "2027-07-01") in starts
    assert ("contract_start", "2026-04-01") not in starts
    assert ("procurement_start", "2027-01-01") not in starts


def test_a_timetable_column_of_the_previous_statement_is_superseded_by_the_revised_one():
    lines = [
        "Table 3: Procurements that have moved",
        "",
        "Service\tTimetable in 2024 MPS\tRevised timetable\tReason",
        "Home support\tTender Q3 2026/27\tTender now expected Q1 2027/28\tMarket review",
        "Dementia day opportunities\tTender summer 2025\tTender February 2026\tCo-production",
    ]
    got = dates(lines)
    starts = {(stage, earliest) for _s, stage, earliest, _l in got}
    assert ("procurement_start", "2027-04-01") in starts
    assert ("procurement_start", "2026-02-01") in starts
    assert ("procurement_start", "2026-10-01") not in starts
    assert ("procurement_start", "2025-06-01") not in starts


def test_a_figure_a_correction_replaces_is_not_offered():
    lines = [
        "Correction to the 2024 statement",
        "",
        "In our 2024 statement we reported that 1,180 carers had an assessment or review in 2023/24. That figure left "
        "out joint assessments. The correct figure is 1,365, and this replaces the figure of 1,180 published in error.",
        "",
        "Carers in 2025/26",
        "",
        "In 2025/26, 1,180 carers were known to the carers centre and 2,950 carers were known to adult social care.",
    ]
    got = _got(lines)
    assert not [g for g in got if g[3] == 1180.0 and g[0] == "carers_assessed"]
    assert ("carers_known", STOCKPORT, "2025/26", 2950.0, "") in got


def test_a_change_cell_with_its_signed_per_cent_in_brackets():
    lines = [
        "Table 1: Headline measures, 2023 MPS and 2025 MPS",
        "",
        "Measure\t2023 MPS\t2025 MPS\tChange",
        "People aged 65+ living with dementia (estimate)\t3,810\t4,090\t+280 (+7.3%)",
        "People providing unpaid care\t30,410\t28,160\t-2,250 (-7.4%)",
        "Extra care apartments\t296\t410\t+114 (+38.5%)",
    ]
    got = _got(lines)
    assert any(g[0] == "dementia_estimated_change" and g[3] == 280.0 for g in got)
    assert any(g[0] == "carers_unpaid_change" and g[3] == -2250.0 for g in got)  # '-2,250 (-7.4%)': a fall
    assert any(g[0] == "carers_unpaid_change_pct" and g[3] == -7.4 for g in got)
    assert not [g for g in got if g[3] in (114.0, 38.5, 7.3)]  # no change measure of apartments, nor a dementia per cent


def test_a_sub_heading_naming_no_subject_takes_its_numbered_sections():
    # 'Still in the pipeline' names no subject: its bullets are the extra care of the numbered section above it
    lines = [
        "2. Unpaid carers",
        "",
        "Stockport had 28,160 unpaid carers at the 2021 Census.",
        "",
        "5. Extra care housing",
        "",
        "There are now six schemes with 410 apartments between them.",
        "",
        "Schemes opened since our last statement",
        "",
        "Scheme\tArea\tOpened\tApartments",
        "Ash Court\tBrinnington\tJune 2024\t64",
        "",
        "Still in the pipeline",
        "",
        "Two schemes are still planned:",
        "",
        "•\tMill Lane – 66 apartments, planning permission granted, now due to open in 2027.",
        "•\tStation Road site – up to 52 apartments, at design stage, expected 2028.",
    ]
    got = _got(lines)
    assert any(g[0] == "extra_care_units_planned" and g[3] == 66.0 and g[2] == "2027" for g in got)
    assert any(g[0] == "extra_care_units_planned" and g[3] == 52.0 and g[2] == "2028" for g in got)


def test_a_rate_after_target_of_is_no_provision():
    lines = [
        "5. Extra care housing",
        "",
        "Stockport has 410 extra care apartments, about 17 apartments per 1,000 people aged 75 and over, against our "
        "target of 22 per 1,000 by 2030.",
    ]
    got = _got(lines)
    assert any(g[0] == "extra_care_units_per_1000_75plus" and g[3] == 17.0 for g in got)
    assert not [g for g in got if g[3] == 22.0]


def test_the_england_rate_after_a_sentence_on_the_diagnosis_rate():
    lines = [
        "3. Older people and dementia",
        "",
        "At the end of March 2026 there were 2,760 people on GP dementia registers in Stockport, giving a diagnosis "
        "rate of 64.9%. The England rate in March 2026 was 65.4%.",
    ]
    got = _got(lines)
    assert ("dementia_diagnosis_rate", ENGLAND, "2026", 65.4, "") in got


def test_awarded_to_a_provider_in_a_month_and_went_live_on_a_date():
    lines = [
        "6.1 Awarded since the last statement",
        "",
        "Carers' breaks and short breaks",
        "Awarded to a partnership of local voluntary organisations in February 2025. The service went live on 1 May "
        "2025.",
    ]
    got = {(stage, earliest, latest) for _s, stage, earliest, latest in dates(lines)}
    assert ("award", "2025-02-01", "2025-02-28") in got
    assert ("contract_start", "2025-05-01", "2025-05-01") in got


def test_a_dementia_scheme_still_to_open_is_planned_extra_care():
    lines = [
        "5. Extra care housing",
        "",
        "One further extra care scheme has been added since 2023: a 36-apartment dementia-specialist scheme in "
        "Offerton, which we hope to open in 2029, subject to funding.",
    ]
    got = _got(lines)
    assert any(g[0] == "extra_care_units_planned" and g[3] == 36.0 and g[2] == "2029" for g in got)
    assert not [g for g in got if g[0] == "extra_care_units_dementia"]


def test_the_horizon_of_a_count_of_procurements_is_no_stage():
    lines = [
        "6. Contracts and tenders",
        "",
        "Our 2024 statement listed seven procurements we planned to run by March 2027. The carers service will go out "
        "to tender in June 2026.",
    ]
    got = {(stage, earliest) for _s, stage, earliest, _l in dates(lines)}
    assert ("procurement_start", "2026-06-01") in got
    assert ("procurement_start", "2027-03-01") not in got
