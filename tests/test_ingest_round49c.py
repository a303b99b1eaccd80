"""Round 49 (r49c) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a Word
document of district factsheets read as text gives ('Label: value' fields, one a line, a block a district): a
'District: <name>' field over a block's fields makes them that district's; a field line after a field line ending in a
bracket is a paragraph of its own, not the start of a sentence running on into the next field; a field with no year
(in prose or in a list table of fields) takes the one a field above in its block gave its theme; a rank ('Rank in
county: 3 of 11') is no figure; a field labelled by an age group with a plus ('People aged 65+: 33,100 (20.9%)')
counts it; the Care Quality Commission's register dates no commissioning. A field with no year takes none from another
block (a guard: it passes on main)."""
from __future__ import annotations

from tests.proposals import figure_rows, or_nothing, proposers_for

SURREY = "E10000030"
WOKING = "E07000217"
WAVERLEY = "E07000216"

measures, dates = proposers_for(SURREY)
rows = figure_rows(measures)
dates_or_none = or_nothing(dates)


def test_a_district_field_over_a_block_of_fields_makes_them_that_districts():
    got = rows(["Factsheet 4", "", "District: Woking", "Unpaid carers (Census 2021): 9,140", "Extra care schemes: 2",
                "Extra care units: 97", "", "Factsheet 5", "", "Borough: Waverley", "Extra care units: 132", ""])
    assert sorted(got) == sorted([("carers_unpaid", WOKING, "2021", 9140.0), ("extra_care_schemes", WOKING, "", 2.0),
                                  ("extra_care_units", WOKING, "", 97.0), ("extra_care_units", WAVERLEY, "", 132.0)])


def test_a_district_field_names_no_place_past_the_blank_line_under_its_block():
    got = rows(["District: Woking", "Extra care units: 97", "", "Across the county there are 14 extra care schemes.",
                ""])
    assert ("extra_care_schemes", SURREY, "", 14.0) in got
    assert ("extra_care_units", WOKING, "", 97.0) in got


def test_a_field_after_a_field_ending_in_a_bracket_is_its_own_paragraph():
    frame = measures(["District: Woking", "Population (mid-2023): 104,900", "Residents aged 75 and over: 9,870 (9.4%)",
                      "Unpaid carers (Census 2021): 9,140", ""])
    got = sorted((r.measure, r.area_code, float(r.value), r.breakdown) for r in frame.itertuples())
    assert ("population", WOKING, 9870.0, "aged 75 and over") in got
    assert not [g for g in got if g[2] == 9.4 or g[0].startswith("carers") and g[2] == 9870.0]


def test_a_field_with_no_year_takes_the_year_a_field_above_in_its_block_gave_its_theme():
    frame = measures(["District: Waverley", "Population (mid-2024): 130,200", "Residents aged 65 and over: 31,400 (24.1%)",
                      "Unpaid carers (Census 2021): 11,860 (r)", "Caring for 50 or more hours a week: 2,730 (r)", ""])
    got = sorted((r.measure, r.period, float(r.value), r.breakdown) for r in frame.itertuples())
    assert ("population", "2024", 31400.0, "aged 65 and over") in got
    assert ("carers_unpaid", "2021", 2730.0, "50+ hours a week") in got


def test_a_field_takes_no_year_from_another_block():
    got = rows(["District: Woking", "Unpaid carers (Census 2021): 9,140", "", "Unpaid carers known to the council: 1,210",
                ""])
    assert ("carers_known", SURREY, "", 1210.0) in got or not [g for g in got if g[3] == 1210.0 and g[2] == "2021"]


def test_a_rank_is_no_figure():
    got = rows(["District: Woking", "Unpaid carers (Census 2021): 9,140", "Rank in county (carers): 9 of 11", "",
                "- Ranking compares all 11 districts, where 1 has the most unpaid carers", ""])
    assert got == [("carers_unpaid", WOKING, "2021", 9140.0)]


def test_the_care_quality_commissions_register_dates_no_commissioning():
    assert dates_or_none(["About these factsheets", "", "- Care market fields come from the Care Quality Commission "
                          "register at 1 April 2024.", ""]) == []
    # (a council's own commissioning still dates a stage)
    assert dates_or_none(["Home care", "", "We will recommission home care from 1 April 2026.", ""]) != []


def test_a_field_labelled_by_an_age_group_with_a_plus_and_its_share_in_brackets_counts_that_age_group():
    frame = measures(["District: Woking", "Population (mid-2024): 104,900", "Residents aged 75+: 9,870 (9.4%)", ""])
    got = sorted((r.measure, r.area_code, r.period, float(r.value), r.breakdown) for r in frame.itertuples())
    assert ("population", WOKING, "2024", 9870.0, "aged 75+") in got
    assert not [g for g in got if g[3] == 9.4]


def test_a_row_of_a_list_of_fields_with_no_year_takes_the_year_a_row_above_gave_its_theme():
    frame = measures(["District: Woking", "Population (mid-2023): 104,900", "Residents aged 65+: 20,100",
                      "Unpaid carers (Census 2021): 9,140", ""])
    got = sorted((r.measure, r.period, float(r.value)) for r in frame.itertuples())
    assert got == [("carers_unpaid", "2021", 9140.0), ("population", "2023", 20100.0), ("population", "2023", 104900.0)]
