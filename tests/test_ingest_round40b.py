"""Round 40 (r40b) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a Word
document read by a docx-to-text converter gives (a paragraph a line, a blank line between, tables as tab-separated
rows): a commissioning plan's 'Procurement activity' column names the stage of the date in its 'Quarter' column
('Tender' beside 'Q2 2025/26'), as a 'Milestone' column names the stage of a 'Date' column's; a pipeline bullet
'Name, Town: 70 apartments, due to open in 2027' is a sentence about the scheme, its noun followed by a comma, not a
label and its value."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

OLDHAM = "E08000004"

measures, dates = proposers_for(OLDHAM)
rows = figure_rows(measures)


def test_a_procurement_activity_column_names_the_stage_of_the_quarter_beside_it():
    got = dates(["Table 3: Commissioning plan", "",
                 "Service\tCurrent contract end\tProcurement activity\tQuarter",
                 "Supported Living\t31/01/2026\tTender\tQ2 2025/26",
                 "Community Equipment\t30/06/2026\tMarket engagement\tQ4 2025/26", ""])
    starts = [g for g in got if g[1] == "procurement_start"]
    assert [(g[0], g[2], g[3]) for g in starts] == [("Supported Living", "2025-07-01", "2025-09-30")], got


def test_pipeline_bullets_naming_scheme_and_town_before_a_colon_are_planned_units():
    got = rows(["6. Housing with care", "", "Oldham has 5 extra care schemes with 300 apartments between them.", "",
                "Two new schemes are planned:", "",
                "• Hollins Court, Failsworth: 70 apartments, due to open in 2027.",
                "• Beal View, Shaw: 55 apartments, due to open in 2028.", ""])
    planned = sorted(r for r in got if r[0] == "extra_care_units_planned")
    assert planned == [("extra_care_units_planned", OLDHAM, "2027", 70.0),
                       ("extra_care_units_planned", OLDHAM, "2028", 55.0)], got
