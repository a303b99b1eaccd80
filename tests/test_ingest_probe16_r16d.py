"""Round 16 (r16d) of the document proposer (data/ingest), each rule on made-up lines in the layouts of a metropolitan
council's dementia and carers chapters converted from PDF: a diagnosis-rate table with months as columns as NHS
spreadsheets write them ('Oct-24'), a table of Primary Care Networks, an age-group table whose count sits beside its
share of the whole, and young-onset dementia written 'aged under 65'."""
from __future__ import annotations

from tests.proposals import proposers_for

SHEFFIELD = "E08000019"
ENGLAND = "E92000001"

measures, _dates = proposers_for(SHEFFIELD)


def _rows(got, value):
    return got[(got["value"] - value).abs() < 1e-9]


def test_months_as_columns_are_periods_of_a_diagnosis_rate_table():
    lines = ["Chart 4: Dementia diagnosis rate (65+), October 2024 to January 2025", "",
             "Area\tOct-24\tNov-24\tDec-24\tJan-25",
             "Sheffield\t61.3%\t61.6%\t61.8%\t62.2%",
             "England\t63.9%\t64.0%\t64.1%\t64.4%"]
    got = measures(lines)
    for value, period, area in ((61.3, "2024", SHEFFIELD), (61.8, "2024", SHEFFIELD), (62.2, "2025", SHEFFIELD),
                                (63.9, "2024", ENGLAND), (64.4, "2025", ENGLAND)):
        row = _rows(got, value)
        assert len(row) == 1, value
        assert (row["measure"].iloc[0], row["area_code"].iloc[0], row["period"].iloc[0]) == \
            ("dementia_diagnosis_rate", area, period)


def test_a_table_of_primary_care_networks_gives_no_authority_figures():
    lines = ["Dementia in our neighbourhoods", "",
             "Table 9: Diagnosis rate by Primary Care Network, March 2026", "",
             "PCN\tDiagnosis rate",
             "Hillsborough PCN\t59.6%",
             "Sheffield City North PCN\t68.2%",
             "Porter Valley Primary Care Network\t71.4%"]
    got = measures(lines)
    for value, name in ((59.6, "Hillsborough PCN"), (68.2, "Sheffield City North PCN"),
                        (71.4, "Porter Valley Primary Care Network")):
        row = _rows(got, value)
        assert len(row) == 1, value
        assert row["measure"].iloc[0] == "dementia_diagnosis_rate"
        assert row["area_code"].iloc[0] == "" and row["area_name"].iloc[0] == name
        assert row["period"].iloc[0] == "2026"


def test_a_count_beside_its_share_of_all_is_read_and_under_65_is_an_age_band():
    lines = ["Table 3: People with dementia by age, 2026 (estimated)", "",
             "Age band\tNumber\tPercentage of all people with dementia",
             "Under 65 (early onset)\t285\t3.3%",
             "65 to 84\t4,120\t47.0%",
             "85 and over\t4,350\t49.7%",
             "All ages\t8,755\t100%"]
    got = measures(lines)
    want = {285: "aged under 65", 4120: "aged 65 to 84", 4350: "aged 85 and over", 8755: ""}
    for value, breakdown in want.items():
        row = _rows(got, value)
        assert len(row) == 1, value
        assert (row["measure"].iloc[0], row["breakdown"].iloc[0], row["area_code"].iloc[0]) == \
            ("dementia_estimated", breakdown, SHEFFIELD)
    assert got[got["value"].isin([3.3, 47.0, 49.7])].empty  # shares of the whole by age: no vocabulary measure


def test_aged_under_65_in_prose_keeps_its_words():
    lines = ["We think that about 240 people aged under 65 in Sheffield are living with dementia."]
    row = _rows(measures(lines), 240)
    assert (row["measure"].iloc[0], row["breakdown"].iloc[0]) == ("dementia_estimated", "aged under 65")


def test_a_chart_as_text_pairs_its_year_labels_with_the_values_below():
    lines = ["Chart 2: Projected number of people with dementia in Sheffield", "",
             "2026 2030 2034 2038", "", "8,410 9,260 10,180 11,020", "",
             "Source: projections tool"]
    got = measures(lines)
    for value, period in ((8410, "2026"), (9260, "2030"), (10180, "2034"), (11020, "2038")):
        row = _rows(got, value)
        assert len(row) == 1, value
        assert (row["measure"].iloc[0], row["period"].iloc[0], row["area_code"].iloc[0], row["breakdown"].iloc[0]) \
            == ("dementia_estimated", period, SHEFFIELD, "")


def test_a_per_cent_in_brackets_after_a_fall_is_the_change_in_per_cent():
    lines = ["In 2011 there were 52,300 unpaid carers in Sheffield. By 2021 that had become a fall of 3,900 (7.5%)."]
    got = measures(lines)
    assert set(_rows(got, -7.5)["measure"]) == {"carers_unpaid_change_pct"}  # a fall's figures, with their sign
    assert set(_rows(got, -3900)["measure"]) == {"carers_unpaid_change"}


def test_the_census_base_aged_5_and_over_is_no_breakdown_of_carers():
    lines = ["Census 2021 counted 48,400 people in Sheffield aged 5 and over who look after someone without pay."]
    row = _rows(measures(lines), 48400)
    assert (row["measure"].iloc[0], row["breakdown"].iloc[0], row["period"].iloc[0]) == ("carers_unpaid", "", "2021")


def test_a_part_of_them_keeps_the_groups_ages():
    lines = ["There are thought to be 265 people aged under 65 with dementia in Sheffield, and 150 of them have a "
             "recorded diagnosis."]
    row = _rows(measures(lines), 150)
    assert (row["measure"].iloc[0], row["breakdown"].iloc[0]) == ("dementia_register", "aged under 65")


def test_each_clause_of_two_projections_keeps_its_own_year():
    lines = ["How many people live with dementia?", "",
             "Numbers will grow as Sheffield ages. By 2030 the estimate is 9,870, and by 2035 it is projected to be "
             "10,940."]
    got = measures(lines)
    assert tuple(_rows(got, 9870)[["measure", "period"]].iloc[0]) == ("dementia_estimated", "2030")
    assert tuple(_rows(got, 10940)[["measure", "period"]].iloc[0]) == ("dementia_estimated", "2035")


def test_a_figure_across_a_wider_county_is_not_the_authoritys():
    lines = ["Across South Yorkshire, around 21,300 people aged 65 and over are estimated to have dementia.", "",
             "In Sheffield the estimate is 8,950."]
    got = measures(lines)
    assert _rows(got, 21300).empty


def test_the_rate_after_a_sentence_naming_the_diagnosis_rate_and_its_benchmark():
    lines = ["How many people have a diagnosis?", "",
             "In June 2025, 5,310 people with dementia were on a GP register in Sheffield. The register divided by "
             "the estimate is the diagnosis rate. The rate has gone up each quarter, and at 60.8% in June it remained "
             "below England (64.9%)."]
    got = measures(lines)
    assert tuple(_rows(got, 60.8)[["measure", "area_code"]].iloc[0]) == ("dementia_diagnosis_rate", SHEFFIELD)
    assert tuple(_rows(got, 64.9)[["measure", "area_code"]].iloc[0]) == ("dementia_diagnosis_rate", ENGLAND)


def test_one_in_n_people_is_a_ratio_not_a_figure():
    lines = ["About 8,950 people aged 65 and over have dementia in Sheffield, roughly one in 13 people over 65."]
    got = measures(lines)
    assert 8950 in set(got["value"]) and _rows(got, 13).empty


def test_more_people_being_diagnosed_is_no_change_in_the_estimate():
    lines = ["About 8,950 people aged 65 and over have dementia in Sheffield.",
             "Reaching the national ambition would mean around 310 more people with dementia being diagnosed."]
    assert _rows(measures(lines), 310).empty


def test_carers_who_received_one_are_no_count_of_carers():
    lines = ["At the 2021 Census, 48,400 people in Sheffield provided unpaid care.",
             "Direct payments for carers rose again: 980 carers received one in 2024/25."]
    assert _rows(measures(lines), 980).empty


def test_a_caption_wrapped_over_two_lines_is_the_whole_title():
    lines = ["Table 5: Dementia diagnosis rate, people aged 65+, October 2024 to", "January 2025", "",
             "Area\tOct-24\tNov-24\tDec-24\tJan-25",
             "Sheffield\t61.3%\t61.6%\t61.8%\t62.2%"]
    got = measures(lines)
    assert set(got["measure"]) == {"dementia_diagnosis_rate"} and len(got) == 4
