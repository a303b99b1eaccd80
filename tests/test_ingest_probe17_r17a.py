"""Round 17 (r17a) of the document proposer (data/ingest), each rule on made-up lines in the wordings of a county's
statement converted from PDF with nested bullets: Word's hollow sub-bullet written 'o<tab>' before a figure or a
lower-case word, and a bullet naming a measure and its year ('Unpaid carers by district (Census 2021):') whose
sub-bullets give a district each."""
from __future__ import annotations

from tests.proposals import proposers_for

LINCS = "E10000019"
BOSTON, EAST_LINDSEY, LINCOLN = "E07000136", "E07000137", "E07000138"

measures, _dates = proposers_for(LINCS)


def _got(lines: list[str]) -> list[tuple]:
    frame = measures(lines)
    return [(r.measure, r.area_code, r.period, float(r.value)) for r in frame.itertuples()]


def test_a_district_per_sub_bullet_takes_the_measure_and_year_of_the_bullet_above():
    lines = [
        "The number of carers is highest where the population is oldest.",
        "",
        "•\tUnpaid carers by district (Census 2021):",
        "o\tBoston – 6,240",
        "o\tEast Lindsey – 17,310",
        "o\tLincoln – 8,120",
        "•\tCarers' breaks funded in 2025/26 – 1,410",
    ]
    got = _got(lines)
    for code, value in ((BOSTON, 6240.0), (EAST_LINDSEY, 17310.0), (LINCOLN, 8120.0)):
        assert ("carers_unpaid", code, "2021", value) in got


def test_a_hollow_sub_bullet_before_a_figure_is_its_own_bullet():
    # 'o<tab>3,105 ...' is a sub-bullet, not words run on from the bullet above: its figure is the assessed carers,
    # not a second count of the carers known
    lines = [
        "In the year to 31 March 2026:",
        "",
        "•\t7,215 carers were known to adult care",
        "o\t3,105 had a carer's assessment or review",
    ]
    got = [(m, v) for m, _c, _p, v in _got(lines)]
    assert ("carers_known", 7215.0) in got
    assert ("carers_assessed", 3105.0) in got


def test_a_stage_on_the_line_above_a_one_line_field_is_still_read():
    # 'Contract award: July 2027' is a form field on its own line; the stage above it is no label of it
    lines = [
        "3.2 Extra care care and support",
        "",
        "•\tCurrent framework ends: 30 September 2027",
        "•\tInvitation to tender published: April 2027",
        "•\tContract award: July 2027",
        "•\tNew framework starts: 1 October 2027",
    ]
    got = {(stage, earliest, latest) for _service, stage, earliest, latest in _dates(lines)}
    assert ("procurement_start", "2027-04-01", "2027-04-30") in got
    assert ("award", "2027-07-01", "2027-07-31") in got


def test_a_planning_level_per_1000_is_no_provision():
    lines = [
        "There are 14 extra care schemes open across the county, with 862 apartments. That is about 9.2 apartments for "
        "every 1,000 people aged 75 and over, against a planning level of 25 per 1,000 set out in our Housing for Older "
        "People Plan 2024–2034.",
    ]
    got = [(m, v) for m, _c, _p, v in _got(lines)]
    assert ("extra_care_units_per_1000_75plus", 9.2) in got
    assert not [g for g in got if g[1] == 25.0]


def test_this_after_a_year_takes_the_subject_of_the_sentence_before():
    # 'By 2035 this will reach 16,900': 'this' is the estimate before; the residents a later clause names are not it
    lines = [
        "We estimate 12,300 people aged 65+ are living with dementia in Lincolnshire in 2025. By 2035 this will reach "
        "16,900, an increase of more than a third, driven by growth in the number of residents aged 85 and over.",
    ]
    got = _got(lines)
    assert ("dementia_estimated", LINCS, "2035", 16900.0) in got
    assert not [g for g in got if g[0] == "population"]
