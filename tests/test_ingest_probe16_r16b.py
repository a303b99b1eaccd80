"""Round 16 (r16b) of the document proposer (data/ingest), each rule on made-up lines in the wordings of a
metropolitan borough's housing with care section: pipeline bullets written as real councils write them ('a 48-flat
scheme', '(planning approved)', 'subject to funding', 'due to complete in'), bedroom sizes beside a count ('one- and
two-bedroom apartments'; '14 two-bedroom flats' is a part of a scheme, no count of ours)."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

BOROUGH = "E08000010"

measures, _dates = proposers_for(BOROUGH)

_got = figure_rows(measures)


def test_a_hyphenated_flat_or_apartment_count_is_counted_in_a_pipeline_bullet():
    got = _got(["Housing with care", "",
                "•\ta 48-flat extra care scheme at Mill Brow due to open in 2028",
                "•\ta new 30-apartment extra care scheme in the town centre, due to open in 2029"])
    assert [(g[0], g[2], g[3]) for g in got] == [("extra_care_units_planned", "2028", 48.0),
                                                 ("extra_care_units_planned", "2029", 30.0)]


def test_planning_approved_subject_to_funding_and_completion_are_pipeline_words():
    got = _got(["Extra care housing", "",
                "There are 6 extra care schemes in the borough. Further schemes are coming forward:", "",
                "•\tCanal Basin – 54 apartments (planning approved);",
                "•\tup to 70 units on the old library site, subject to funding;",
                "•\tRiver View: 40 flats, due to complete in autumn 2027."])
    planned = [g[3] for g in got if g[0] == "extra_care_units_planned"]
    assert planned == [54.0, 70.0, 40.0]
    assert not [g for g in got if g[0] == "extra_care_units"]


def test_bedroom_sizes_joined_by_and_do_not_end_the_counted_noun():
    got = _got(["We have six extra care schemes with 310 one- and two-bedroom apartments between them."])
    assert ("extra_care_units", BOROUGH, "", 310.0) in got


def test_a_count_of_one_bedroom_size_is_a_part_of_a_scheme_not_a_count_of_ours():
    got = _got(["Extra care housing", "",
                "There are 5 extra care schemes with 240 apartments.",
                "Elm Court has 14 two-bedroom flats for couples.",
                "The new extra care scheme will offer 20 one-bedroom and 8 two-bedroom apartments."])
    assert [g[3] for g in got] == [5.0, 240.0]


def test_people_on_the_housing_register_are_applicants_not_a_register_of_ours():
    got = _got(["Extra care housing", "",
                "Two schemes have a dementia wing with 30 apartments for people living with dementia.",
                "In March 2026, 212 people on the housing register had asked for an extra care apartment."])
    assert 212.0 not in [g[3] for g in got]


def test_housing_said_not_to_be_counted_gives_no_figure():
    got = _got(["Extra care housing", "",
                "There are 7 extra care schemes with 420 apartments.",
                "A retirement village of 120 homes is also planned in the north of the borough but is not counted "
                "as extra care.",
                "Three older schemes were decommissioned in 2022 (96 bedsits in all)."])
    assert [g[3] for g in got] == [7.0, 420.0]


def test_closed_sheltered_schemes_are_no_count_of_sheltered_housing():
    got = _got(["Sheltered housing", "",
                "There are 24 sheltered schemes with 900 flats.",
                "Two sheltered schemes were demolished in 2021 to make way for new homes."])
    assert [g[:1] + g[3:] for g in got] == [("sheltered_housing_schemes", 24.0), ("sheltered_housing_units", 900.0)]


def test_residents_in_a_sentence_with_no_figure_do_not_replace_the_subject_carried():
    got = _got(["We have 8 extra care schemes with 430 apartments. The newest welcomed its first residents in May 2025.",
                "",
                "Two of the schemes have a dementia floor, with 36 apartments designed for people living with dementia."])
    assert ("extra_care_units_dementia", BOROUGH, "", 36.0) in got


def test_a_sentence_that_borrowed_its_subject_passes_it_on():
    got = _got(["We have 8 extra care schemes with 430 apartments.", "",
                "Two of the schemes have a dementia floor, with 36 apartments designed for people living with dementia.",
                "", "Provision is about 15 apartments per 1,000 people aged 75 and over."])
    assert ("extra_care_units_per_1000_75plus", BOROUGH, "", 15.0) in got


def test_a_participle_after_the_counted_noun_ends_it():
    got = _got(["Extra care housing", "",
                "Two of the schemes have a dementia floor, with 36 apartments designed for people living with dementia."])
    assert ("extra_care_units_dementia", BOROUGH, "", 36.0) in got


def test_a_rate_other_councils_plan_to_is_no_rate_of_ours():
    got = _got(["We have 8 extra care schemes with 430 apartments, or 15 apartments per 1,000 people aged 75 and "
                "over, short of the 25 per 1,000 that most councils now plan for."])
    assert [g[3] for g in got if g[0].startswith("extra_care_units_per")] == [15.0]


def test_a_scheme_row_named_with_an_apostrophe_or_st_is_the_schemes():
    got = _got(["Table 3: Extra care schemes", "",
                "Scheme\tTown\tOpened\tFlats",
                "Elm Court\tHindley\t2006\t42",
                "St Mary's Court\tOrrell\t2015\t56",
                "St. Anne's View\tLeigh\t2019\t61"])
    assert [(g[1], g[3]) for g in got] == [("", 42.0), ("", 56.0), ("", 61.0)]
    names = measures(["Table 3: Extra care schemes", "", "Scheme\tTown\tOpened\tFlats", "Elm Court\tHindley\t2006\t42",
                      "St Mary's Court\tOrrell\t2015\t56", "St. Anne's View\tLeigh\t2019\t61"])
    assert list(names["area_name"]) == ["Elm Court", "St Mary's Court", "St. Anne's View"]
    assert not any(names["breakdown"].fillna(""))


_TENURE_TABLE = ["Extra care housing: a market position statement", "",
                 "Tenure", "",
                 "Table 4: Apartments by tenure", "",
                 "Scheme\tAffordable rent\tShared ownership\tOutright sale\tTotal",
                 "Elm Court\t40\t–\t–\t40",
                 "Mill House\t36\t12\t–\t48",
                 "All schemes\t76\t12\t–\t88"]


def test_tenure_columns_split_the_units_and_a_row_label_naming_schemes_does_not_make_them_schemes():
    frame = measures(_TENURE_TABLE)
    got = [(r.measure, r.area_code, r.area_name or "", r.breakdown or "", float(r.value)) for r in frame.itertuples()]
    assert ("extra_care_units", BOROUGH, "Wigan", "affordable rent", 76.0) in got
    assert ("extra_care_units", BOROUGH, "Wigan", "shared ownership", 12.0) in got
    assert ("extra_care_units", BOROUGH, "Wigan", "", 88.0) in got
    assert ("extra_care_units", "", "Mill House", "", 48.0) in got
    assert not [g for g in got if g[0] != "extra_care_units"]


def test_a_table_naming_no_subject_takes_the_documents_title():
    frame = measures(_TENURE_TABLE)
    assert "Elm Court" in set(frame["area_name"])


def test_refurbished_schemes_are_not_planned_and_stages_of_development_are():
    got = _got(["Extra care housing", "",
                "The three oldest extra care schemes were refurbished in 2020 with new kitchens.",
                "Two extra care schemes are at various stages of development."])
    assert [(g[0], g[3]) for g in got] == [("extra_care_schemes_planned", 2.0)]


def test_the_year_the_oldest_scheme_opened_or_a_contract_began_is_no_year_of_the_count():
    got = _got(["We have 9 extra care schemes, the oldest opened in 2004.",
                "Care in all 9 extra care schemes is provided under one contract, which began on 1 April 2023."])
    assert [(g[0], g[2]) for g in got if g[0] == "extra_care_schemes"] == [("extra_care_schemes", ""),
                                                                          ("extra_care_schemes", "")]


def test_a_pipeline_heading_goes_on_with_the_section_befores_subject():
    got = _got(["Market position statement", "", "This statement is for providers of adult social care.", "",
                "Extra care housing", "", "We have 9 extra care schemes with 512 apartments.", "",
                "The development pipeline", "",
                "•\tBrook Lane: a 42-flat scheme with planning permission, due to open in 2028.",
                "•\tCanal Street: a site has been identified for around 50 flats by 2030."])
    assert [(g[0], g[2], g[3]) for g in got if g[0] == "extra_care_units_planned"] == [
        ("extra_care_units_planned", "2028", 42.0), ("extra_care_units_planned", "2030", 50.0)]


def test_another_heading_naming_no_subject_starts_afresh():
    got = _got(["Market position statement", "", "This statement is for providers of adult social care.", "",
                "Extra care housing", "", "We have 9 extra care schemes with 512 apartments.", "",
                "Workforce and pay", "",
                "•\tHolme Road: 42 flats with planning permission, due to open in 2028."])
    assert [g[3] for g in got] == [9.0, 512.0]


def test_sizes_listed_with_commas_do_not_end_the_counted_noun():
    got = _got(["Extra care housing", "",
                "•\tNorthgate: 64 one-, two- and three-bedroom apartments, due for completion in 2029"])
    assert [(g[0], g[2], g[3]) for g in got] == [("extra_care_units_planned", "2029", 64.0)]


def test_a_place_name_in_a_street_or_building_name_is_no_area():
    got = _got(["Extra care housing", "",
                "•\tUp to 90 apartments at Bolton Road, scheduled to complete in 2028",
                "•\t60 extra care flats at Sefton House, due to open in 2027"])
    assert [(g[1], g[3]) for g in got] == [(BOROUGH, 90.0), (BOROUGH, 60.0)]
