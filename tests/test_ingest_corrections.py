"""A document's corrections of its own figures, read in one step (data/ingest/propose.py `_corrections`): 'should read
X, not Y' swaps the wrong figure for the right one; 'replaces the figure of Y published in error' drops the wrong figure
from its paragraph. Made-up lines of a West Sussex statement."""
from __future__ import annotations

from tests.proposals import proposers_for

WEST_SUSSEX = "E10000032"

measures, _ = proposers_for(WEST_SUSSEX)


def _values(lines: list[str], measure: str) -> set[float]:
    got = measures(lines)
    return {float(v) for v in got[got["measure"] == measure]["value"]}


CENSUS = "At the 2021 Census 81,300 people in West Sussex provided unpaid care."
ERRATUM = ("Last year we reported that 1,240 carers had a carer's assessment or review in 2024/25. That figure left out "
           "joint assessments. The correct figure is 1,415, and this replaces the figure of 1,240 published in error.")


def test_a_figure_published_in_error_is_offered_nowhere_in_its_paragraph():
    got = measures(["Unpaid carers", "", CENSUS, "", "Carers' assessments", "", ERRATUM])
    assert 1240.0 not in {float(v) for v in got["value"]}
    assert 81300.0 in {float(v) for v in got["value"]}


def test_the_same_figure_in_another_paragraph_is_kept():
    got = measures(["Carers' assessments", "", "In 2024/25, 1,240 carers had a carer's assessment or review.", "",
                    ERRATUM.replace("Last year we reported that 1,240 carers had", "Our report said carers had")])
    assert {(int(r.line), float(r.value)) for r in got.itertuples() if float(r.value) == 1240.0} == {(3, 1240.0)}


def test_should_read_swaps_the_wrong_figure_above_for_the_right_one():
    lines = ["Dementia",
             "",
             "We estimate 16,900 people aged 65 and over in West Sussex are living with dementia.",
             "",
             "Correction: the estimate above should read 16,090, not 16,900."]
    assert _values(lines, "dementia_estimated") == {16090.0}
