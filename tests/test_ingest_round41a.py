"""Round 41 (r41a) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a Word
document saved as plain text gives: a 'National ambition' (or 'National target', 'England target') column beside the
rates of the county and its districts holds England's ambition, filed under England whatever row it stands in, where a
'Local target' column stays the row's own; a paragraph opening 'Of these carers,' (or 'Of those carers,') is a part of
the paragraph above's figures, of their year, as one opening 'Of these,' already was."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

WORCESTERSHIRE = "E10000034"
ENGLAND = "E92000001"
WYCHAVON = "E07000238"

measures, dates = proposers_for(WORCESTERSHIRE)
rows = figure_rows(measures)


def test_a_national_ambition_column_beside_an_areas_rate_is_englands_ambition():
    got = rows(["Diagnosis", "", "Table 7: Dementia diagnosis rate (65+), January 2025", "",
                "Area\tDiagnosis rate\tNational ambition", "Worcestershire\t58.9%\t66.7%", "England\t65.3%\t", ""])
    assert sorted(got) == sorted([("dementia_diagnosis_rate", WORCESTERSHIRE, "2025", 58.9),
                                  ("dementia_diagnosis_rate", ENGLAND, "2025", 65.3),
                                  ("dementia_diagnosis_target", ENGLAND, "", 66.7)])


def test_a_national_target_column_beside_district_rows_is_englands_and_a_local_target_the_rows_own():
    got = rows(["Diagnosis", "", "Table 8: Dementia diagnosis rate by district, 2024/25", "",
                "District\tDiagnosis rate\tLocal target\tNational target", "Wychavon\t57.2%\t62.0%\t66.7%", ""])
    assert sorted(got) == sorted([("dementia_diagnosis_rate", WYCHAVON, "2024/25", 57.2),
                                  ("dementia_diagnosis_target", WYCHAVON, "", 62.0),
                                  ("dementia_diagnosis_target", ENGLAND, "", 66.7)])


def test_a_paragraph_opening_of_these_carers_is_a_part_of_the_paragraph_aboves_figures_of_their_year():
    got = rows(["Carers", "", "At the 2021 Census, 52,300 Worcestershire residents said they gave unpaid care.", "",
                "Of these carers, 15,100 provided 50 or more hours of care a week.", "",
                "Of those carers, around 9,800 gave 20 to 49 hours a week.", ""])
    assert sorted(got) == sorted([("carers_unpaid", WORCESTERSHIRE, "2021", 52300.0),
                                  ("carers_unpaid", WORCESTERSHIRE, "2021", 15100.0),
                                  ("carers_unpaid", WORCESTERSHIRE, "2021", 9800.0)])
