"""A figure written rounded and then exactly in brackets ('about 62 thousand people (62,040)'), as plain-English
summaries write them, is one figure: the exact one is proposed, not both (the analyst had two rows to untick one of).
Made-up wordings; the authority's code is real, the figures are not."""
from __future__ import annotations

import pytest

from tests.proposals import figure_rows, proposers_for

CORNWALL = "E06000052"

measures, _dates = proposers_for(CORNWALL)
_got = figure_rows(measures)


def test_a_rounded_figure_with_the_exact_one_in_brackets_is_the_exact_one():
    assert _got(["In the 2021 Census, about 62 thousand people (62,040) in Cornwall said they were unpaid carers."]) \
        == [("carers_unpaid", CORNWALL, "2021", 62040.0)]
    assert [g[3] for g in _got(["Unpaid carers", "",
                                "•\taround eleven thousand people (11,230) care for 50 hours or more every week"])] \
        == [11230.0]


def test_a_share_in_brackets_or_a_far_figure_keeps_the_rounded_one():
    assert {g[3] for g in _got(["About 62,000 people (12% of residents) are unpaid carers in Cornwall."])} \
        == {62000.0, 12.0}
    assert {g[3] for g in _got(["About 62,000 people are unpaid carers in Cornwall, and 11,230 (18%) of them care "
                                "for 50 hours or more a week."])} >= {62000.0, 11230.0}


def test_the_exact_figure_in_brackets_borrows_the_subject_before():
    for part in ("around five thousand people (5,120) cared", "around five thousand (5,120) cared"):
        got = _got([f"The 2021 Census found that 21,380 people in Cornwall provided unpaid care. Of these, {part} for "
                    "50 or more hours a week."])
        assert ("carers_unpaid", CORNWALL, "2021", 5120.0) in got, part


def test_the_exact_figure_at_the_end_of_the_rounded_figures_clause_is_the_one_figure():
    got = _got(["We think that about nine thousand seven hundred people aged 65 and over in Cornwall have dementia in "
                "2025 (9,710)."])
    assert got == [("dementia_estimated", CORNWALL, "2025", 9710.0)]


@pytest.mark.parametrize("projection", ["By 2035 it could be 12,980.", "By 2035 this could be nearly 12,980.",
                                        "By 2035 it could be nearly thirteen thousand (12,980)."])
def test_it_could_be_after_a_sentence_between_is_the_figure_before_projected(projection):
    got = _got(["Dementia", "", "About 9,710 people aged 65 and over in Cornwall have dementia in 2025.", "",
                "This number will go up because people are living longer.", "", projection])
    assert ("dementia_estimated", CORNWALL, "2035", 12980.0) in got
