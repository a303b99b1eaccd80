"""A projection written after a semicolon ('...; this is expected to rise to 12,345 by 2030 and 14,100 by 2035') is
of the same people as the figure before it: it keeps that figure's group (made-up lines)."""
from __future__ import annotations

from tests.proposals import proposers_for

GLOUCESTERSHIRE = "E10000013"

measures, dates = proposers_for(GLOUCESTERSHIRE)


def _got(lines):
    got = measures(["Dementia", "", *lines])
    return {(r.measure, r.period, r.value, r.breakdown) for r in got.itertuples()}


def test_a_projection_after_a_semicolon_keeps_the_group():
    got = _got(["POPPI estimates that 9,876 people aged 65 and over were living with dementia in 2023; this is "
                "expected to rise to 12,345 by 2030 and 14,100 by 2035."])
    assert got == {("dementia_estimated", "2023", 9876.0, "aged 65 and over"),
                   ("dementia_estimated", "2030", 12345.0, "aged 65 and over"),
                   ("dementia_estimated", "2035", 14100.0, "aged 65 and over")}


def test_a_new_subject_after_the_semicolon_is_not_carried():
    # guard: the clause after the semicolon names its own group
    got = _got(["An estimated 9,876 people aged 65 and over were living with dementia in 2023; a further 310 people "
                "aged under 65 were living with dementia."])
    assert ("dementia_estimated", "2023", 9876.0, "aged 65 and over") in got
    assert not any(v == 310 and b == "aged 65 and over" for _, _, v, b in got)
