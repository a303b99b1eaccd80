"""A lead-in ending in a colon that is itself a sentence counting what follows ('Two more schemes are in the
pipeline:') gives its figure, though a short line ending in a colon is otherwise read as a heading. Made-up wordings;
the authority's code is real, the figures are not."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

KENT = "E10000016"

measures, _dates = proposers_for(KENT)
_got = figure_rows(measures)

_TABLE = ["", "| Scheme | Apartments |", "|---|---|", "| Meadow Rise | 64 |", "| Harbour Court | 58 |"]


def test_a_lead_in_counting_the_schemes_under_it_gives_the_count():
    for lead_in, count in (("Two more schemes are in the pipeline:", 2.0),
                           ("A further 3 schemes will open by 2029:", 3.0)):
        got = _got(["Extra care", "", "There are 14 extra care schemes in Kent.", "", lead_in, *_TABLE])
        assert ("extra_care_schemes_planned", count) in {(g[0], g[3]) for g in got}, lead_in


def test_a_heading_ending_in_a_colon_counts_nothing():
    for heading in ("Schemes in the pipeline (2026 to 2029):", "Our plans for 2027:"):
        got = _got(["Extra care", "", "There are 14 extra care schemes in Kent.", "", heading, *_TABLE])
        assert {g[3] for g in got} == {14.0, 64.0, 58.0}, heading


def test_a_table_under_a_lead_in_saying_its_schemes_will_open_holds_planned_units():
    for lead_in in ("A further 3 schemes will open by 2029:", "Two schemes are to be built by 2030:"):
        got = {(g[0], g[3]) for g in _got(["Extra care", "", "There are 14 extra care schemes in Kent.", "", lead_in,
                                           *_TABLE])}
        assert {("extra_care_units_planned", 64.0), ("extra_care_units_planned", 58.0)} <= got, lead_in
        assert ("extra_care_units", 64.0) not in got, lead_in
