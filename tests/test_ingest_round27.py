"""Round 27 of the document proposer (data/ingest), each rule on made-up lines: a part written after the whole and a
comma, 'N of them are ...', belongs to its own clause (the words after it are not the whole's); a sentence naming no
subject ('The count was 62,410 in 2011', 'This compares with ...') gives an earlier figure of the sentence before's
subject."""
from __future__ import annotations

import pytest

from tests.proposals import figure_rows, proposers_for

RUTLAND = "E06000017"
KENT = "E10000016"

measures, dates = proposers_for(RUTLAND)
rows = figure_rows(measures)


@pytest.mark.parametrize("part", ["86 of them are designed for people living with dementia",
                                  "86 of these are designed for people living with dementia",
                                  "86 of those are designed for people living with dementia",
                                  "86 of which are designed for people living with dementia"])
def test_a_part_after_a_comma_counts_the_part_and_leaves_the_whole_its_own_measure(part):
    got = rows(["Extra care housing", f"The county has 11 extra care schemes with 642 apartments, {part}."])
    assert sorted(got) == [("extra_care_schemes", RUTLAND, "", 11.0), ("extra_care_units", RUTLAND, "", 642.0),
                           ("extra_care_units_dementia", RUTLAND, "", 86.0)]


def test_a_carers_part_after_a_comma_keeps_its_band_and_the_whole_its_ages():
    frame = measures(["Unpaid carers", "There are 4,210 carers aged 65 and over in the borough, 1,240 of these provide "
                      "50 or more hours a week."])
    got = sorted((r.measure, float(r.value), r.breakdown) for r in frame.itertuples())
    assert got == [("carers_unpaid", 1240.0, "50+ hours a week"), ("carers_unpaid", 4210.0, "aged 65 and over")]


def test_a_thousands_comma_is_no_clause_break():
    # ('1,240 of them': the comma inside the figure does not start a clause before '240 of them')
    frame = measures(["Unpaid carers", "In 2021, 12,340 people in Kelsford provided unpaid care; 1,240 of them care "
                      "for 50 or more hours a week."])
    assert ("carers_unpaid", 1240.0, "50+ hours a week") in {
        (r.measure, float(r.value), r.breakdown) for r in frame.itertuples()}


@pytest.mark.parametrize("then", ["The count was 62,410 in 2011.", "In 2011 the count was 62,410.",
                                  "The number in 2011 was 62,410.", "The total was 62,410 in 2011.",
                                  "This compares with 62,410 in 2011."])
def test_a_sentence_naming_no_subject_gives_the_earlier_count_of_the_one_before(then):
    got = rows(["Unpaid carers", f"In 2021, 64,120 residents provided unpaid care. {then}"], KENT)
    assert sorted(got) == [("carers_unpaid", KENT, "2011", 62410.0), ("carers_unpaid", KENT, "2021", 64120.0)]


def test_a_count_naming_its_own_other_subject_borrows_nothing():
    got = rows(["Unpaid carers", "In 2021, 64,120 residents provided unpaid care. The number of people with a learning "
                "disability was 3,100."], KENT)
    assert got == [("carers_unpaid", KENT, "2021", 64120.0)]


@pytest.mark.parametrize("line, part", [
    ("Shropshire has 8 extra care schemes with 486 apartments, 64 of them designed for people living with dementia.",
     ("extra_care_units_dementia", 64.0)),
    ("The county has 9 extra care schemes, 2 of them for people living with dementia.",
     ("extra_care_schemes_dementia", 2.0))])
def test_a_part_with_no_verb_names_what_it_counts_by_whom_it_is_for(line, part):
    got = {(m, v) for m, _, _, v in rows(["Extra care housing", line])}
    assert part in got
    assert not any(m.endswith("_dementia") and (m, v) != part for m, v in got)


def test_figures_of_the_headings_subject_take_no_plan_from_another_clause():
    got = measures(["Extra care housing", "Shropshire has 8 schemes open with 486 apartments, and 3 more schemes are "
                    "planned, which will add 186 apartments by 2029."], "E06000051")
    assert sorted((r.measure, float(r.value), r.qualifier) for r in got.itertuples()) == [
        ("extra_care_schemes", 8.0, "count"), ("extra_care_schemes_planned", 3.0, "plan"),
        ("extra_care_units", 486.0, "count"), ("extra_care_units_planned", 186.0, "plan")]
