"""Round 44 (r44a) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a Word
document saved as plain text gives (a paragraph a line, '• ' bullets, tab-separated tables): a two-tier county's care
and support at home statement that organises the market in zones, each covering named districts."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

LEICESTERSHIRE = "E10000018"

measures, dates = proposers_for(LEICESTERSHIRE)
rows = figure_rows(measures)


def test_home_care_clients_with_a_diagnosis_are_no_dementia_register():
    got = rows(["Dementia", "", "In 2025 an estimated 11,240 people aged 65 and over in Leicestershire are living with "
                "dementia.", "", "Around 1,420 of the people who receive home care from the council have a diagnosis "
                "of dementia.", ""])
    assert got == [("dementia_estimated", LEICESTERSHIRE, "2025", 11240.0)]


def test_an_ordinal_past_twelve_in_words_counts_one_planned_scheme():
    got = rows(["Extra care", "", "A seventeenth extra care scheme, with 64 apartments, is planned to open in 2028.", ""])
    assert sorted(got) == sorted([("extra_care_schemes_planned", LEICESTERSHIRE, "2028", 1.0),
                                  ("extra_care_units_planned", LEICESTERSHIRE, "2028", 64.0)])


def test_a_numbered_zone_in_a_table_row_is_no_registry_area():
    got = rows(["Table 6: Extra care housing by care zone, March 2025", "Care zone\tSchemes\tApartments",
                "Zone A (Charnwood)\t4\t236", "Zone B – Melton and Harborough\t2\t118", "Leicestershire\t6\t354", ""])
    assert sorted(got) == sorted([("extra_care_schemes", "", "2025", 4.0), ("extra_care_units", "", "2025", 236.0),
                                  ("extra_care_schemes", "", "2025", 2.0), ("extra_care_units", "", "2025", 118.0),
                                  ("extra_care_schemes", LEICESTERSHIRE, "2025", 6.0),
                                  ("extra_care_units", LEICESTERSHIRE, "2025", 354.0)])
