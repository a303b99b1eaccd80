"""A scheme planned in one sentence and counted in the next ('The first one, in Bodmin, should open in 2028. It will
have 65 flats.'), as plain-English summaries and Local Accounts write it: the count is of the planned scheme, of the
year the sentence before gave. Made-up wordings and figures; the authority's code is real."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

CORNWALL = "E06000052"
rows = figure_rows(proposers_for(CORNWALL)[0])


def test_it_after_a_sentence_planning_a_scheme_counts_the_planned_scheme():
    got = rows(["Extra care housing", "",
                "A new extra care scheme in Launceston is due to open in 2027. It will have 72 apartments.", ""])
    assert ("extra_care_units_planned", CORNWALL, "2027", 72.0) in got
    assert not [r for r in got if r[0] == "extra_care_units"]


def test_the_scheme_after_a_sentence_on_building_work_counts_the_planned_scheme():
    got = rows(["Extra care housing", "",
                "Building work on our second extra care scheme starts in 2026. The scheme will provide 60 flats.", ""])
    assert ("extra_care_units_planned", CORNWALL, "2026", 60.0) in got


def test_a_scheme_that_has_opened_keeps_its_count_as_open():
    got = rows(["Extra care housing", "",
                "Riverside Court, an extra care scheme in Truro, opened in 2019. It has 48 flats.", ""])
    assert not [r for r in got if r[0].endswith("_planned")]
