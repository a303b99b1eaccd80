"""A rate named in one paragraph and referred to in a later one ('the rate'), and a national ambition written in plain
English ('The government wants every area to reach 66.7%'), as Easy Read and short-paragraph summaries write them.
Made-up wordings; the authority's code is real, the figures are not."""
from __future__ import annotations

from tests.proposals import proposers_for

CORNWALL, ENGLAND = "E06000052", "E92000001"

measures, _dates = proposers_for(CORNWALL)


def _got(lines: list[str]) -> set[tuple]:
    return {(r.measure, r.area_code, float(r.value)) for r in measures(lines).itertuples()}


def test_the_rate_in_a_later_paragraph_is_the_rate_a_paragraph_before_gave():
    got = _got(["Dementia", "", "Our **diagnosis rate** was 61.2% in March 2025.", "",
                "That is lower than we would like.", "", "Across England, the rate was 64.8%."])
    assert {("dementia_diagnosis_rate", CORNWALL, 61.2), ("dementia_diagnosis_rate", ENGLAND, 64.8)} <= got


def test_the_government_wanting_every_area_to_reach_a_rate_is_englands_ambition():
    got = _got(["Dementia", "", "Our diagnosis rate was 61.2% in March 2025.", "",
                "The government wants every area to reach 66.7%. That is 2 out of every 3 people."])
    assert ("dementia_diagnosis_target", ENGLAND, 66.7) in got


def test_another_governments_wish_or_a_rate_of_no_paragraph_before_is_not_read_so():
    welsh = _got(["Dementia", "", "Our diagnosis rate was 61.2% in March 2025.", "",
                  "The Welsh Government wants every area to reach 70%."])
    assert not any(area == ENGLAND for _, area, _ in welsh)
    alone = _got(["Housing", "", "There are 14 extra care schemes in Cornwall.", "", "Across England, the rate was 9.1%."])
    assert all(m != "dementia_diagnosis_rate" for m, _, _ in alone)
