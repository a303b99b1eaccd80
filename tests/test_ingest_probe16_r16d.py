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
