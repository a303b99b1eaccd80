"""Figures written in nested bullets, as statements converted from PDF or Word write them: the sub-bullet holds the
figure and the bullet above it says whose or which group's it is, and a list's year is given by the paragraph above
its lead-in. Made-up wordings; the authority's and districts' codes are real, the figures are not."""
from __future__ import annotations

from tests.proposals import proposers_for

DEVON, TORRIDGE, TEIGNBRIDGE, MID_DEVON = "E10000008", "E07000046", "E07000045", "E07000042"

measures, _dates = proposers_for(DEVON)


def _rows(lines: list[str]) -> list[tuple]:
    frame = measures(lines)
    return [(r.measure, r.area_code, r.period, float(r.value), r.breakdown) for r in frame.itertuples()]


CENSUS_ABOVE = [
    "3 Carers",
    "",
    "3.1 At the 2021 Census 79,310 Devon residents said they gave unpaid care, 9.9% of those aged five and over.",
    "",
    "3.2 Those carers give very different amounts of care each week:",
    "",
]


def test_a_parent_bullet_naming_an_hours_band_gives_its_sub_bullets_the_band():
    rows = _rows([*CENSUS_ABOVE,
                  "•\tFifty hours or more a week:",
                  "o\t23,480 carers",
                  "o\t2.9% of residents aged 5+",
                  "•\t20 to 49 hours – 10,120 carers",
                  ""])
    got = {(r[0], r[3]): r[4] for r in rows}
    assert got[("carers_unpaid", 23480.0)] == "50+ hours a week"
    assert got[("carers_unpaid_pct", 2.9)] == "50+ hours a week"
    assert got[("carers_unpaid", 10120.0)] == "20-49 hours a week"


def test_bullets_under_a_lead_in_take_the_year_the_paragraph_above_gave_the_same_measure():
    rows = _rows([*CENSUS_ABOVE,
                  "•\t45,710 gave 19 hours or less",
                  "•\t10,120 gave 20 to 49 hours",
                  ""])
    assert {(r[3], r[2]) for r in rows if r[0] == "carers_unpaid"} >= {(45710.0, "2021"), (10120.0, "2021")}


def test_bullets_under_another_section_or_of_another_measure_take_no_year_from_above():
    other_section = _rows([*CENSUS_ABOVE[:4], "4 Carers we support", "", "Carers known to us:", "",
                           "•\t6,240 carers had an assessment", ""])
    assert [r[2] for r in other_section if r[3] == 6240.0] == [""]
    other_measure = _rows([*CENSUS_ABOVE, "•\t3,180 people with dementia are carers themselves", ""])
    assert all(r[2] != "2021" for r in other_measure if r[3] == 3180.0)


def test_a_place_bullet_over_a_sub_bullet_holding_only_its_figure_is_a_row_of_that_place():
    rows = _rows(["Estimated people aged 65+ with dementia by district, 2030:",
                  "",
                  "•\tTorridge",
                  "o\t1,640",
                  "•\tTeignbridge",
                  "o\t3,270",
                  "•\tMid Devon",
                  "o\t1,590",
                  "",
                  "Source: made up for this test."])
    assert {(r[1], r[2], r[3]) for r in rows if r[0] == "dementia_estimated"} == {
        (TORRIDGE, "2030", 1640.0), (TEIGNBRIDGE, "2030", 3270.0), (MID_DEVON, "2030", 1590.0)}


def test_a_place_bullet_over_a_worded_sub_bullet_gives_the_figure_its_place():
    rows = _rows(["People with dementia, by district:", "",
                  "•\tTorridge", "o\t1,640 people estimated to have dementia",
                  "•\tTeignbridge", "o\t3,270 people estimated to have dementia", ""])
    assert {(r[1], r[3]) for r in rows if r[0] == "dementia_estimated"} == {(TORRIDGE, 1640.0), (TEIGNBRIDGE, 3270.0)}


def test_a_label_bullet_with_several_sub_bullets_or_a_figure_of_its_own_is_no_label_row():
    rows = _rows(["Devon has 1,020 extra care flats.", "", "Extra care in Devon:", "",
                  "•\tSchemes open",
                  "o\t2026",
                  "o\t2027",
                  "•\tFlats for rent 340",
                  "o\t12",
                  ""])
    values = {r[3] for r in rows}
    assert 1020.0 in values and not values & {12.0, 2026.0, 2027.0}


def test_a_square_sub_bullet_under_a_planned_bullet_is_planned():
    for mark in ("▪", "■", "\uf0a7", "◦"):  # (Wingdings' square, as Word exports a third-level bullet)
        rows = _rows(["Housing with care", "",
                      "There are 11 extra care schemes open in Devon, with 690 flats.", "",
                      "•\tIn the pipeline:",
                      f"{mark}\t2 schemes",
                      f"{mark}\t150 flats",
                      "•\t41 of the open flats are for couples", ""])
        got = {(r[0], r[3]) for r in rows}
        assert {("extra_care_schemes_planned", 2.0), ("extra_care_units_planned", 150.0)} <= got, mark
        assert ("extra_care_schemes", 11.0) in got and ("extra_care_schemes", 2.0) not in got, mark


def test_a_bullet_list_marked_with_squares_alone_is_still_a_list():
    rows = _rows(["Unpaid carers in Devon (Census 2021):", "",
                  "▪\t79,310 unpaid carers",
                  "▪\t23,480 caring for 50 or more hours a week", ""])
    assert {(r[3], r[2], r[4]) for r in rows if r[0] == "carers_unpaid"} == {
        (79310.0, "2021", ""), (23480.0, "2021", "50+ hours a week")}


def test_a_sub_bullet_holding_only_a_date_dates_the_bullet_above():
    rows = _rows(["Dementia in Devon", "",
                  "•\tRecorded diagnosis rate, people aged 65 and over: 62.8%",
                  "o\tas at March 2026",
                  "•\tDiagnosis rate a year before: 60.4%",
                  "o\tMarch 2025",
                  "•\tPeople on GP dementia registers: 10,930",
                  "o\tthe latest published figure", ""])
    got = {(r[0], r[3]): r[2] for r in rows}
    assert got[("dementia_diagnosis_rate", 62.8)] == "2026"
    assert got[("dementia_diagnosis_rate", 60.4)] == "2025"
    assert got[("dementia_register", 10930.0)] == ""  # (a sub-bullet of words dates nothing)
