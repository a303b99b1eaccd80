"""Round 33 (r33f) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a joint
dementia strategy saved as a Word file gives (headings, paragraphs, tab tables): a 'GP practices' column beside a
Primary Care Network's diagnosis rate counts practices, no people; people who 'told us' what matters, and people or
carers a service 'supported', are no dementia estimate, and a part of the carers a service supported ('N of them had a
carer's assessment') no count of carers assessed; an increase after 'As the population ages, this ...' is no
population change; a number joined to a unit of time by a hyphen ('the 24-hour care offer') is no count; 'One of
them, <Name>, has N flats' counts no scheme; 'A new extra care scheme with N flats is planned' counts one planned
scheme; a share 'of that age group' after residents of an age is the carers share with no sub-group; and a new
contract's term written before the timetable that gives its start runs from that start."""
from __future__ import annotations

from tests.proposals import figure_rows, figure_rows_or_none, proposers_for

LINCOLNSHIRE = "E10000019"

measures, dates = proposers_for(LINCOLNSHIRE)
rows = figure_rows(measures)
rows_or_none = figure_rows_or_none(measures)


def test_a_gp_practices_column_beside_a_networks_diagnosis_rate_counts_no_people():
    got = rows(["2.3 Diagnosis by network", "", "Table 5: Dementia diagnosis rate by Primary Care Network, March 2026",
                "", "Primary Care Network\tGP practices\tDiagnosis rate", "Boston Town PCN\t5\t61.2%",
                "Louth and Coast PCN\t8\t57.0%", ""])
    assert sorted(r[3] for r in got) == [57.0, 61.2]
    assert {r[0] for r in got} == {"dementia_diagnosis_rate"}


def test_people_who_told_us_what_matters_are_no_dementia_estimate():
    got = rows(["Introduction", "", "Over 480 people living with dementia, carers and staff told us what "
                "matters to them at 19 events.", "An estimated 12,300 people aged 65 and over are living with dementia "
                "in Lincolnshire.", ""])
    assert [r[3] for r in got] == [12300.0]


def test_people_or_carers_a_service_supported_are_no_dementia_estimate():
    got = rows_or_none(["Support after diagnosis", "", "The Lincolnshire Dementia Navigator Service is paid for by both "
                        "partners and supported 3,870 people in 2024/25.", "Carers First supported 1,460 carers of "
                        "people with dementia last year.", ""])
    assert not [r for r in got if r[0] == "dementia_estimated"]


def test_a_part_of_the_carers_a_service_supported_is_no_count_of_carers_assessed():
    got = rows_or_none(["Carers", "", "Carers First supported 1,460 carers of people with dementia in 2024/25, and 520 "
                        "of them had a carer's assessment.", ""])
    assert not [r for r in got if r[0] == "carers_assessed"]


def test_guard_the_councils_own_carers_assessments_are_still_counted():
    got = rows(["Carers", "", "The council completed 2,310 carers' assessments in 2024/25.", ""])
    assert [(r[0], r[3]) for r in got] == [("carers_assessed", 2310.0)]


def test_an_increase_after_as_the_population_ages_this_is_no_population_change():
    got = rows(["Dementia", "", "An estimated 12,300 people aged 65 and over are living with dementia in Lincolnshire.",
                "As the population ages, this is projected to rise to 15,100 by 2030, an increase of 23% in five years.",
                ""])
    assert not [r for r in got if r[0] == "population_change_pct"]
    assert 23.0 not in [r[3] for r in got]


def test_a_number_joined_to_a_unit_of_time_by_a_hyphen_is_no_count():
    got = rows_or_none(["Extra care", "", "We will look at how people living with dementia are supported, and at the "
                        "24-hour care offer in each scheme.", ""])
    assert got == []


def test_one_of_them_naming_a_scheme_counts_no_scheme_and_its_flats_are_the_dementia_flats():
    got = rows(["Extra care", "", "Lincolnshire has 14 extra care schemes with 760 flats between them.",
                "One of them, Willow Court in Spalding, has 10 flats designed for people living with dementia.", ""])
    assert [r for r in got if r[0] == "extra_care_units_dementia"] == [
        ("extra_care_units_dementia", LINCOLNSHIRE, "", 10.0)]


def test_a_new_scheme_with_its_flats_is_planned_counts_one_planned_scheme():
    got = rows(["Extra care", "", "A new extra care scheme with 60 flats is planned at Sleaford, due to open in 2029.", ""])
    assert sorted((r[0], r[3]) for r in got) == [("extra_care_schemes_planned", 1.0), ("extra_care_units_planned", 60.0)]


def test_a_share_of_that_age_group_after_residents_of_an_age_has_no_sub_group():
    frame = measures(["Carers", "", "At Census 2021, 71,240 Lincolnshire residents aged 5 and over provided unpaid care, "
                      "9.8% of that age group.", ""])
    got = [(r.measure, r.period, float(r.value), r.breakdown) for r in frame.itertuples()]
    assert ("carers_unpaid_pct", "2021", 9.8, "") in got


def test_a_term_written_before_the_timetable_runs_from_the_timetables_start():
    got = dates(["4. Recommissioning the dementia navigator service", "", "The new contract will run for four years "
                 "with an option to extend for up to one further year.",
                 "Table 6: Dementia navigator service commissioning timeline", "", "Milestone\tDate",
                 "Tender published\tMarch 2026", "New service starts\t1 October 2026", ""])
    stages = {(s, a, b) for _, s, a, b in got}
    assert ("contract_end", "2030-09-30", "2030-09-30") in stages
    assert ("extension_end", "2031-09-30", "2031-09-30") in stages
