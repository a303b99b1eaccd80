"""Round 40 (r40a) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a Word
document saved as plain text gives: a scheme 'being built' is a planned scheme, not one of the stock; a new service
that will 'run for' a length has that contract term, though its sentence names no contract."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

BARNET = "E09000003"

measures, dates = proposers_for(BARNET)
rows = figure_rows(measures)


def test_a_scheme_being_built_is_a_planned_scheme():
    got = rows(["Housing with Care", "", "The borough has 4 extra care schemes with 212 flats.", "",
                "A fifth scheme, Mill Hill Yard, is being built and will have 58 flats.", ""])
    assert ("extra_care_schemes_planned", BARNET, "", 1.0) in [(m, a, p or "", v) for m, a, p, v in got]
    assert not [r for r in got if r[0] == "extra_care_schemes" and r[3] == 1.0]


def test_a_new_service_that_will_run_for_years_ends_after_them():
    got = dates(["Commissioning intentions", "", "Advocacy Service", "",
                 "The new service will begin on 1 July 2021 and run for four years.", ""])
    assert ("Advocacy Service", "contract_start", "2021-07-01", "2021-07-01") in got
    assert ("Advocacy Service", "contract_end", "2025-06-30", "2025-06-30") in got
