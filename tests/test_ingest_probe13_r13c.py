"""Round 13 (r13c) of the document proposer (data/ingest), from a made-up housing with care statement converted from
PDF: a running header whose cells are tab-separated; a table whose cells hold prose under a long header of localities
(each a group of districts); a table title naming the subject of cells that name none; a row of care homes beside the
extra care rows."""
from __future__ import annotations

from data.ingest import layout
from tests.proposals import proposers_for

DERBYSHIRE, CHESTERFIELD = "E10000007", "E07000034"

measures, dates = proposers_for(DERBYSHIRE)


def _got(lines: list[str]) -> list[tuple[str, str, str, str, float]]:
    return sorted((r.measure, r.area_code, r.area_name if not r.area_code else "", r.period, r.value)
                  for r in measures(lines).itertuples())


HEADER = "Derbyshire County Council\tHousing with Care MPS 2026-2029\t{}"


# ---------------------------------------------------------------- 1. a running header with tab-separated cells
def test_a_tab_separated_running_header_is_no_table_row():
    lines = ["Dementia", "", "There were 9,870 people with dementia in Derbyshire in 2025.", "",
             HEADER.format(6), "", "Carers", "", "Some text about carers.", "", HEADER.format(7), "",
             "More text.", "", HEADER.format(8)]
    assert _got(lines) == [("dementia_estimated", DERBYSHIRE, "", "2025", 9870.0)]
    found = layout.analyse(lines)
    assert found.tables == [] and {5, 11, 15} <= found.running


# ---------------------------------------------------------------- 2. prose cells under a long header of localities
LOCALITIES = ["Table 7: Housing with care by locality", "",
              "\tNorth (Chesterfield, Bolsover, NE Derbyshire)\tSouth (Amber Valley, Erewash, South Derbyshire)",
              "Extra care now\t380 units in seven schemes\t415 units across 9 schemes",
              "Pipeline\tPlanning permission granted for 66 apartments\tA 70-unit scheme planned for 2029",
              "Care homes (65+)\t29 homes, 1,108 beds\t27 homes, 990 beds"]
NORTH = "North (Chesterfield, Bolsover, NE Derbyshire)"
SOUTH = "South (Amber Valley, Erewash, South Derbyshire)"


def test_every_row_of_a_prose_cell_table_under_a_long_header_is_read_in_its_locality():
    assert _got(LOCALITIES) == [("extra_care_schemes", "", NORTH, "", 7.0),
                                ("extra_care_schemes", "", SOUTH, "", 9.0),
                                ("extra_care_units", "", NORTH, "", 380.0),
                                ("extra_care_units", "", SOUTH, "", 415.0),
                                ("extra_care_units_planned", "", NORTH, "", 66.0),
                                ("extra_care_units_planned", "", SOUTH, "2029", 70.0)]


def test_a_column_of_one_place_is_still_that_place():
    lines = ["Table 2: Extra care", "", "\tChesterfield\tBolsover and Clowne",
             "Extra care now\t240 units in four schemes\t100 units in two schemes"]
    got = _got(lines)
    assert ("extra_care_units", CHESTERFIELD, "", "", 240.0) in got
    assert ("extra_care_units", "", "Bolsover and Clowne", "", 100.0) in got  # 'and Clowne': a group, not Bolsover


# ---------------------------------------------------------------- 3. a scheme list 'opened since 2015'
def test_a_title_year_after_since_is_no_period_of_the_rows():
    lines = ["Table 5: Extra care schemes opened since 2015", "", "Scheme\tTown\tUnits\tProvider\tOpened",
             "Elm Court\tIlkeston\t66\tTrent Homes\t2017", "Ash House\tBelper\t52\tPeak Housing\t2020"]
    assert _got(lines) == [("extra_care_units", "", "Ash House", "", 52.0),
                           ("extra_care_units", "", "Elm Court", "", 66.0)]


# ---------------------------------------------------------------- 4. a benchmark rate in the sentence after the rate
def test_a_benchmark_rate_keeps_the_ages_of_the_rate_in_the_sentence_before():
    lines = ["Derbyshire has 10.8 extra care units per 1,000 people aged 75 and over. This is below the",
             "England rate of 12.7 per 1,000."]
    assert _got(lines) == [("extra_care_units_per_1000_75plus", DERBYSHIRE, "", "", 10.8),
                           ("extra_care_units_per_1000_75plus", "E92000001", "", "", 12.7)]
