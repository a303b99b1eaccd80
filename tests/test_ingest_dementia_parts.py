"""A part of the extra care stock named before its figure or after 'N of the', kept for people living with dementia,
as statements write it ('Of the existing apartments, 96 are designed for people living with dementia', 'Two of the
schemes are just for people with dementia'): dementia apartments and schemes, not people with dementia. Made-up
wordings; the authority's code is real, the figures are not."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

SOMERSET = "E06000066"

measures, _dates = proposers_for(SOMERSET)
_got = figure_rows(measures)
_ABOVE = ["Extra care housing", "", "Somerset has 17 extra care schemes with 1,040 apartments for rent or sale.", ""]


def _measures_of(sentence: str) -> set[tuple[str, float]]:
    return {(g[0], g[3]) for g in _got([*_ABOVE, sentence])}


def test_a_part_named_before_its_figure_counts_dementia_apartments():
    assert ("extra_care_units_dementia", 96.0) in _measures_of(
        "Of the existing apartments, 96 are designed for people living with dementia.")
    got = _measures_of("Of the 1,040 apartments, 120 are suitable for people with dementia.")
    assert ("extra_care_units_dementia", 120.0) in got
    assert ("extra_care_units_dementia", 1040.0) not in got  # the whole, not the part
    assert all(m != "dementia_estimated" for m, _ in got)


def test_schemes_just_for_people_with_dementia_are_dementia_schemes():
    assert ("extra_care_schemes_dementia", 2.0) in _measures_of(
        "Two of the schemes are just for people living with dementia.")
    assert ("extra_care_schemes_dementia", 3.0) in _measures_of("3 schemes are only for people with dementia.")


def test_a_part_doing_something_else_is_no_figure_of_ours():
    got = _measures_of("Of the 17 schemes, 4 are run by the council's own housing company.")
    assert (4.0 not in {v for _, v in got}) and ("extra_care_schemes", 17.0) in got
