"""Round 39 (r39a) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a Word
document of the 2010s saved as plain text gives (a paragraph a line, tab tables, 'Tendering Opportunities' under each
service): a row naming a clinical commissioning group the registry does not hold is that group's, for the analyst,
not a breakdown of the council's figure."""
from __future__ import annotations

from tests.proposals import figure_rows, or_nothing, proposers_for

EAST_SUSSEX = "E10000011"

measures, dates = proposers_for(EAST_SUSSEX)
rows = figure_rows(measures)
dates_or_none = or_nothing(dates)


def test_a_row_naming_a_ccg_the_registry_does_not_hold_is_that_ccgs_for_the_analyst():
    frame = measures(["Dementia", "", "Table 2: Dementia diagnosis rate by CCG, 2016",
                      "CCG\tRegistered population\tDiagnosis rate", "Weald Vale and Downs CCG\t152,300\t62.4%",
                      "Marsh and Levels Clinical Commissioning Group\t98,700\t57.9%", ""])
    got = sorted((r.measure, r.area_code, r.area_name, float(r.value), r.breakdown) for r in frame.itertuples())
    assert got == sorted([("practice_population", "", "Weald Vale and Downs CCG", 152300.0, ""),
                          ("dementia_diagnosis_rate", "", "Weald Vale and Downs CCG", 62.4, ""),
                          ("practice_population", "", "Marsh and Levels Clinical Commissioning Group", 98700.0, ""),
                          ("dementia_diagnosis_rate", "", "Marsh and Levels Clinical Commissioning Group", 57.9, "")])
