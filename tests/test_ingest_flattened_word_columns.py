"""A table a converter flattened a cell a paragraph (a blank line between any two cells), whose rows hold a word cell
between their label and their figures ('Scheme' / 'Township' / 'Apartments' / 'Opened' over 'Alder Court' / 'Leigh' /
'72' / '2009'): the same table, the word column kept with its row; and a plan's sentence that expects to award a named
service names it and dates the award, however long the name in capitals. Both were left by excerpt 188's helper (round 46c) and taught at merging round 47."""
from __future__ import annotations

from data.ingest.layout import join_spaced_stacked_cells
from tests.proposals import SPACED_PROSE, figure_rows, proposers_for, spaced

BOLTON = "E08000001"

measures, dates = proposers_for(BOLTON)
rows = figure_rows(measures)

PROSE = SPACED_PROSE


SCHEMES = ["Table 4: Extra care housing schemes", "Scheme", "Town", "Units", "Opened",
           "Beech House", "Farnworth", "64", "2012", "Cedar Court", "Horwich", "45", "2017",
           "Linden Mews", "Westhoughton", "58", "2021"]


def test_a_flattened_table_with_a_word_column_is_read_a_row_a_line():
    lines = spaced(["Extra care housing", *PROSE[:6], *SCHEMES, *PROSE[6:]])
    joined = [line for line in join_spaced_stacked_cells(lines) if "\t" in line]
    assert joined == ["Scheme\tTown\tUnits\tOpened", "Beech House\tFarnworth\t64\t2012",
                      "Cedar Court\tHorwich\t45\t2017", "Linden Mews\tWesthoughton\t58\t2021"]


def test_each_scheme_row_of_a_flattened_table_gives_its_units():
    got = rows(spaced(["Extra care housing", *PROSE[:6], *SCHEMES, *PROSE[6:]]))
    assert sorted(r[3] for r in got if r[0] == "extra_care_units") == [45.0, 58.0, 64.0]


def test_guard_a_figure_in_the_word_column_ends_the_table():
    """Guard: a row whose word column holds a figure is no row of the table (it passes on main, which reads none)."""
    lines = spaced([*PROSE[:6], "Scheme", "Town", "Units", "Beech House", "Farnworth", "64", "Cedar Court", "45",
                    "Horwich", *PROSE[6:]])
    joined = [line for line in join_spaced_stacked_cells(lines) if "\t" in line]
    assert joined == [] or "Cedar Court\t45\tHorwich" not in joined


def test_we_expect_to_award_a_named_service_names_that_service():
    got = dates(["7. Commissioning intentions", "", "We expect to award the Domiciliary Care Framework in June 2026.", ""])
    assert [(service, stage, a) for service, stage, a, _ in got] == [("Domiciliary Care Framework", "award", "2026-06-01")]


def test_the_award_of_a_service_with_a_long_name_in_capitals_is_dated():
    got = dates(["We will award the Dementia Navigation and Family Support Service in March 2027.", ""])
    assert [(service, stage, a) for service, stage, a, _ in got] == [
        ("Dementia Navigation and Family Support Service", "award", "2027-03-01")]


def test_guard_the_award_far_before_another_stage_gives_that_stage():
    """Guard: 'award' well before a start's date, with lower-case words between, still gives the start."""
    got = dates(["Following contract award, the new carers support service will start in April 2026.", ""])
    assert [stage for _, stage, _, _ in got] == ["contract_start"]
