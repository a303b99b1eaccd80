"""Round 42 (r42a) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a Word
document saved as plain text gives (a paragraph a line, plain headings, tab tables), from a county's market position
statement for learning disability, autism and mental health: a framework or DPS opening for applications is a
procurement's start; supported living flats needed or planned are no supported living stock; flats a scheme sets
aside for a group are no extra care units of the area; a carers' share after a census count keeps no census base;
a 'Schemes' column beside size bands of units counts schemes."""
from __future__ import annotations

from tests.proposals import figure_rows, or_nothing, proposers_for

ESSEX = "E10000012"

measures, dates = proposers_for(ESSEX)
rows = figure_rows(measures)
dates_or_none = or_nothing(dates)


def test_a_dps_opening_for_applications_is_a_procurement_start():
    got = dates_or_none(["Accommodation with Support DPS", "", "We will commission the new service through a dynamic "
                         "purchasing system. The new DPS opens to new providers on 3 November 2025, with first "
                         "placements from 2 February 2026.", ""])
    assert [(stage, a) for _, stage, a, _ in got if a == "2025-11-03"] == [("procurement_start", "2025-11-03")]


def test_supported_living_flats_needed_or_planned_are_no_supported_living_stock():
    got = rows(["Supported living", "", "We will need about 45 more supported living flats a year for young people moving "
                "on from college.", "", "A further 90 supported living homes are planned by 2029, mostly in Colchester.",
                "", "We commission 220 supported living properties.", ""])
    assert [r for r in got if r[3] in (45.0, 90.0)] == []
    assert ("supported_living_properties", ESSEX, "", 220.0) in got


def test_flats_a_scheme_sets_aside_for_a_group_are_no_extra_care_units_of_the_area():
    got = rows(["Extra care housing", "", "A new extra care scheme with 64 flats will open at Witham in Braintree in 2028; "
                "10 of its flats will be for younger adults.", ""])
    assert [r for r in got if r[3] == 10.0] == []
    assert [r[0] for r in got if r[3] == 64.0] == ["extra_care_units_planned"]


def test_a_carers_share_after_a_census_count_keeps_no_census_base():
    frame = measures(["Carers", "", "In the 2021 Census, 139,200 people in Essex aged 5 and over were giving unpaid care, "
                      "or 9.4% of residents, against 8.9% for England.", ""])
    got = sorted((r.measure, r.area_code, float(r.value), r.breakdown) for r in frame.itertuples())
    assert got == sorted([("carers_unpaid", ESSEX, 139200.0, ""), ("carers_unpaid_pct", ESSEX, 9.4, ""),
                          ("carers_unpaid_pct", "E92000001", 8.9, "")])


def test_a_schemes_column_beside_a_size_band_of_units_counts_schemes():
    frame = measures(["Supported living", "", "Table 4: Supported living schemes by size", "",
                      "Scheme size\tSchemes\tUnits", "Up to 4 units\t180\t520", "5 units or more\t72\t610", ""])
    got = sorted((r.measure, float(r.value)) for r in frame.itertuples() if r.value in (180, 72))
    assert got == [("supported_housing_schemes", 72.0), ("supported_housing_schemes", 180.0)]
