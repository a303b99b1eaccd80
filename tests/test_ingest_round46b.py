"""Round 46 (r46b) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a Word
document saved as plain text gives: a planned scheme counted by its ordinal ('A fourth scheme') whose place alone stands
between commas (', at Hatherleigh,') is one scheme planned, as a scheme's name between commas already was; the council
opening a dynamic purchasing system or framework, the verb first and the places it buys between ('We will open a
dynamic purchasing system for supported living places in June 2027'), starts a procurement."""
from __future__ import annotations

from tests.proposals import figure_rows, or_nothing, proposers_for

DERBY = "E06000015"

measures, dates = proposers_for(DERBY)
rows = figure_rows(measures)
dates_or_none = or_nothing(dates)


def test_an_ordinal_scheme_whose_place_alone_stands_between_commas_is_one_planned():
    got = rows(["Extra care housing", "", "There are 3 extra care schemes in the city with 180 apartments.", "",
                "A fourth scheme, at Hatherleigh Road, is due to open in 2028 with 60 apartments.", ""])
    assert ("extra_care_schemes_planned", DERBY, "2028", 1.0) in got
    assert ("extra_care_units_planned", DERBY, "2028", 60.0) in got
    assert ("extra_care_schemes", DERBY, "", 3.0) in got


def test_an_ordinal_scheme_placed_in_a_town_between_commas_is_one_planned():
    got = rows(["Extra care housing", "", "The city has 4 extra care schemes.", "",
                "A fifth scheme, in Mickleover, will open in 2029.", ""])
    assert ("extra_care_schemes_planned", DERBY, "2029", 1.0) in got


def test_a_scheme_name_between_commas_is_still_one_planned():
    """Guard: a name between commas was read before this round."""
    got = rows(["Extra care housing", "", "The city has 4 extra care schemes.", "",
                "A fifth scheme, Larch Court, is planned to open in 2029.", ""])
    assert ("extra_care_schemes_planned", DERBY, "2029", 1.0) in got


def test_the_council_opening_a_dynamic_purchasing_system_starts_a_procurement():
    got = dates_or_none(["Our plans", "", "- Supported living: We will open a dynamic purchasing system for supported "
                         "living places in June 2027.", ""])
    assert [g[1:] for g in got] == [("procurement_start", "2027-06-01", "2027-06-30")]


def test_the_council_opening_a_new_framework_starts_a_procurement():
    got = dates_or_none(["Commissioning intentions", "", "The council will open a new framework for day opportunities "
                         "in September 2026.", ""])
    assert [g[1:] for g in got] == [("procurement_start", "2026-09-01", "2026-09-30")]


def test_a_scheme_opening_is_no_procurement():
    """Guard: a building that opens is no framework opening."""
    assert not [g for g in dates_or_none(["Extra care housing", "", "The new extra care scheme will open in May 2027 "
                                          "with 70 flats.", ""]) if g[1] == "procurement_start"]
