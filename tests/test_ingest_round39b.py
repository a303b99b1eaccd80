"""Round 39 (r39b) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a Word
document read by a docx-to-text converter gives (a paragraph a line, a blank line between): 'a city of around N people'
names the population; people living in care homes who have a diagnosis of dementia are no dementia register; an
ordinal after the article ('A fifth scheme is in development') counts one more planned scheme, as 'a further' does, and
so does a scheme named between commas before its verb; a plan's verb after 'We will' names the service after it."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

PLYMOUTH = "E06000026"

measures, dates = proposers_for(PLYMOUTH)
rows = figure_rows(measures)


def test_a_city_of_around_n_people_is_its_population_and_the_part_aged_65_after_it():
    got = rows(["1. Our city", "", "Plymouth is a coastal city of about 266,800 people (mid-2024), of whom 49,300 are "
                "aged 65 and over.", ""])
    assert ("population", PLYMOUTH, "2024", 266800.0) in got
    assert ("population", PLYMOUTH, "2024", 49300.0) in got


def test_people_in_care_homes_with_a_diagnosis_of_dementia_are_no_register():
    got = rows(["4. Dementia", "", "About 540 people living in care homes in Plymouth have a diagnosis of dementia.", "",
                "In March 2025, 1,980 people aged 65 and over were on GP dementia registers.", ""])
    assert [(r[0], r[3]) for r in got if r[0] == "dementia_register"] == [("dementia_register", 1980.0)]
    assert not [r for r in got if r[3] == 540.0]


def test_an_ordinal_scheme_in_development_is_one_planned_scheme():
    got = rows(["Housing with care", "", "The city has 4 extra care schemes with 260 flats.", "",
                "A fifth extra care scheme is in development.", ""])
    assert [r for r in got if r[0] == "extra_care_schemes_planned"] == [("extra_care_schemes_planned", PLYMOUTH, "", 1.0)]


def test_a_scheme_named_between_commas_before_its_verb_is_one_planned_scheme():
    got = rows(["Housing with care", "", "Plymouth has 4 extra care schemes with 260 flats between them.", "",
                "A new scheme, Stonehouse Quay, is in development. It will have 70 flats.", ""])
    assert [r for r in got if r[0] == "extra_care_schemes_planned"] == [("extra_care_schemes_planned", PLYMOUTH, "", 1.0)]


def test_we_will_and_a_plan_verb_before_a_named_service_name_that_service():
    got = dates(["3. Carers", "", "- We will re-procure the Carers Information and Advice Service from October 2026.", ""])
    assert got and {service for service, *_ in got} == {"Carers Information and Advice Service"}
