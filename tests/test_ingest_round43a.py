"""Round 43 (r43a) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a Word
document saved as plain text gives a two-tier county's locality profiles: a census named after a bullet's figures as
their source ('Unpaid carers: 5,910 (9.6% of residents aged 5+), Census 2021') gives them its year; people who lived in
the county are its population; carers' assessments a service completed as its own second verb ('supported 3,900
carers ... and completed 1,420 carers' assessments') are its count, while an assessment clause with its own subject
stays the council's (a guard); a new contract for all the schemes plans no scheme; a bullet's trailing 'no further
scheme planned' leaves its flats in place."""
from __future__ import annotations

from tests.proposals import figure_rows, figure_rows_or_none, or_nothing, proposers_for

NOTTINGHAMSHIRE = "E10000024"
BASSETLAW = "E07000171"

measures, dates = proposers_for(NOTTINGHAMSHIRE)
rows = figure_rows(measures)
rows_or_none = figure_rows_or_none(measures)
dates_or_none = or_nothing(dates)


def test_a_census_named_after_a_bullets_figures_is_their_year():
    frame = measures(["5. District profiles", "", "Bassetlaw", "",
                      "- Unpaid carers: 11,480 (9.9% of residents aged 5+), Census 2021", ""])
    got = sorted((r.measure, r.area_code, r.period, float(r.value)) for r in frame.itertuples())
    assert got == [("carers_unpaid", BASSETLAW, "2021", 11480.0), ("carers_unpaid_pct", BASSETLAW, "2021", 9.9)]


def test_people_who_lived_in_the_county_are_its_population():
    got = rows(["Nottinghamshire in brief", "",
                "Some 842,300 people lived in the county in mid-2024, and 188,900 of them were aged 65 and over.", ""])
    assert sorted(got) == sorted([("population", NOTTINGHAMSHIRE, "2024", 842300.0),
                                  ("population", NOTTINGHAMSHIRE, "2024", 188900.0)])


def test_assessments_a_service_completed_on_the_councils_behalf_are_the_councils_of_the_year_before():
    # (first taught the other way, as the service's count; at merging, 177 filed the same sentence as the council's, as
    # 15, 65 and 78 file completed assessments: an assessment done on the council's behalf is the council's)
    got = rows_or_none(["Carers Support Service", "",
                "The hub supported 3,900 carers in 2024/25 and completed 1,420 carers' assessments on our behalf.", ""])
    assert [r for r in got if r[0] == "carers_assessed"] == [("carers_assessed", NOTTINGHAMSHIRE, "2024/25", 1420.0)], got


def test_a_new_contract_for_all_the_schemes_plans_no_scheme():
    got = rows_or_none(["Extra Care Care and Support", "",
                        "We will let a new care contract covering all 11 extra care schemes from April 2027.", ""])
    assert [r for r in got if r[0].startswith("extra_care")] == []


def test_a_count_of_carers_assessed_with_its_own_subject_stays_the_councils():
    # guard: the assessment clause has a subject of its own, not the service's second verb (as excerpt 47 files it)
    got = rows(["Carers", "", "The Carers Hub supported 2,310 carers in 2024/25, and 940 carers received a carer's "
                "assessment in the same year.", ""])
    assert ("carers_assessed", NOTTINGHAMSHIRE, "2024/25", 940.0) in got


def test_a_bullets_trailing_no_further_scheme_leaves_its_flats_in_place():
    got = rows(["Bassetlaw", "", "- Extra care housing: 2 schemes, 96 flats; no further scheme planned", ""])
    assert sorted(got) == sorted([("extra_care_schemes", BASSETLAW, "", 2.0), ("extra_care_units", BASSETLAW, "", 96.0)])
