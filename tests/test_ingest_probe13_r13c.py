"""Round 13 (r13c) of the document proposer (data/ingest), from a made-up housing with care statement converted from
PDF: a running header whose cells are tab-separated; a table whose cells hold prose under a long header of localities
(each a group of districts); a table title naming the subject of cells that name none; a row of care homes beside the
extra care rows."""
from __future__ import annotations

import pytest

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


# ---------------------------------------------------------------- 5. a housing with care statement's pipeline section
PIPELINE = ["Derbyshire County Council", "", "Housing with Care Market Position Statement", "",
            "4. Schemes in the pipeline", "", "These schemes can now be named:", "",
            "•\tSandy Lane, Buxton: 58 apartments, a partnership with Peak Homes and the landowner,",
            "\tdue on site 2027.",
            "•\tDuffield: a 66-unit scheme planned for 2029 on land owned by the Council.",
            "•\tOld Mill, Heanor: planning permission granted for 48 apartments."]


def test_a_housing_with_care_title_names_the_subject_of_a_pipeline_section_that_names_none():
    got = measures(PIPELINE)
    assert sorted(zip(got.measure, got.area_code, got.value)) == [("extra_care_units_planned", DERBYSHIRE, 48.0),
                                                                  ("extra_care_units_planned", DERBYSHIRE, 58.0),
                                                                  ("extra_care_units_planned", DERBYSHIRE, 66.0)]


@pytest.mark.parametrize("title", [["Market Position Statement"],
                                   ["Extra care, dementia and carers: market position statement"],
                                   ["Market Position Statement", "", "Contents", "1. Carers\t3", "2. Extra care housing\t5"]])
def test_without_such_a_title_the_section_names_no_subject(title):
    assert measures([*title, "", *PIPELINE[4:], "", "There are 12 extra care schemes."]).value.tolist() == [12.0]


def test_places_written_as_one_list_are_the_authoritys_figure():
    lines = ["Together these would add 210 units of extra care by 2030, with a further 4 extra care schemes in "
             "development in Erewash and Amber Valley."]
    assert _got(lines) == [("extra_care_schemes_planned", DERBYSHIRE, "", "", 4.0),
                           ("extra_care_units_planned", DERBYSHIRE, "", "2030", 210.0)]


# ---------------------------------------------------------------- 6. need, planning ratios, sizes and parts
def test_a_need_and_a_planning_ratio_are_no_provision():
    lines = ["Applying a planning ratio of 25 extra care units per 1,000 people aged 75+, we estimate a need for",
             "2,700 extra care units by 2035. Our extra care schemes should hold 60 to 80 apartments."]
    assert measures(lines + ["", "There are 12 extra care schemes."]).value.tolist() == [12.0]


def test_a_part_of_the_schemes_is_not_their_number():
    lines = ["There are 19 extra care schemes. Seven of the 19 schemes are more than 15 years old."]
    assert _got(lines) == [("extra_care_schemes", DERBYSHIRE, "", "", 19.0)]  # (the 19 of the second sentence too)


# ---------------------------------------------------------------- 7. dementia in extra care
def test_a_dementia_wing_and_apartments_in_bold_designed_for_dementia():
    lines = ["Extra care", "", "Five of our extra care schemes have a dedicated dementia wing, providing **72 apartments** "
             "designed for people living with dementia. About 310 tenants have a diagnosis of dementia."]
    assert _got(lines) == [("extra_care_schemes_dementia", DERBYSHIRE, "", "", 5.0),
                           ("extra_care_units_dementia", DERBYSHIRE, "", "", 72.0)]


# ---------------------------------------------------------------- 8. an age before a projection's figures
def test_an_age_before_a_rise_from_one_figure_to_another_is_both_figures_breakdown():
    lines = ["The number of residents aged 75 and over is projected to rise from 90,400 in 2025 to",
             "117,900 in 2035 (ONS projections)."]
    got = measures(lines)
    assert sorted(zip(got.period, got.value, got.breakdown)) == [("2025", 90400.0, "aged 75 and over"),
                                                                  ("2035", 117900.0, "aged 75 and over")]


# ---------------------------------------------------------------- 9. a framework reopening
def test_a_framework_reopening_for_applications_is_a_procurement_start():
    lines = ["Care in new extra care schemes will be commissioned through the Housing with Care framework, which",
             "reopens for applications in November 2026."]
    assert [d[1:] for d in dates(lines)] == [("procurement_start", "2026-11-01", "2026-11-30")]


# ---------------------------------------------------------------- 10. rows of a prose-cell table naming no subject
def test_a_prose_cell_row_naming_no_subject_does_not_borrow_the_section_heading():
    lines = ["Sheltered and extra care housing", "", "Scheme\tUnits - Bournemouth\tUnits - Poole",
             "Extra Care\t190 units in four schemes\t75 units across 2 schemes",
             "Refuges\t14 (hostel for women fleeing violence)\t11 units in 1 refuge"]
    assert sorted(measures(lines).value) == [2.0, 4.0, 75.0, 190.0]  # (not the refuge's 14 and 11 units)


# ---------------------------------------------------------------- 11. a place that is also an ordinary word heads a column
def test_a_column_header_needs_no_cue_for_a_place_that_is_also_an_ordinary_word():
    lines = ["Table 3: Extra care by area", "", "\tHigh Peak\tHigh Peak and Dales",
             "Extra care now\t118 units in two schemes\t170 units across 3 schemes"]
    got = _got(lines)
    assert ("extra_care_units", "E07000037", "", "", 118.0) in got
    assert ("extra_care_units", "", "High Peak and Dales", "", 170.0) in got
