"""Round 48 (r48a) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a Word
document saved as text gives a county's housing with care strategy: a tenure column ('Shared ownership') under a title
counting schemes counts units, and a scheme's tenure split beside its Total column is no figure (the total row's split
is the stock's); a district cell merged down over two schemes' rows dates and places the row below too."""
from __future__ import annotations

from tests.proposals import proposers_for

SUFFOLK = "E10000029"
IPSWICH = "E07000202"
BABERGH = "E07000200"

measures, dates = proposers_for(SUFFOLK)

_TENURE_TABLE = ["Extra care housing", "", "Table 4: Extra care schemes by tenure, March 2025", "",
                 "Scheme\tDistrict\tAffordable rent\tShared ownership\tOutright sale\tTotal units\tOpened",
                 "Gainsborough Court\tBabergh\t44\t11\t7\t62\t2015",
                 "Orwell Mews\tIpswich\t53\t9\t–\t62\t2019",
                 "Total\t\t97\t20\t7\t124\t", ""]


def _units(frame):
    return sorted((r.measure, r.area_code, float(r.value), r.breakdown) for r in frame.itertuples())


def test_a_tenure_column_under_a_title_counting_schemes_counts_units():
    got = _units(measures(_TENURE_TABLE))
    assert ("extra_care_units", SUFFOLK, 97.0, "affordable rent") in got
    assert ("extra_care_units", SUFFOLK, 20.0, "shared ownership") in got
    assert not [g for g in got if g[0] == "extra_care_schemes"]


def test_a_schemes_tenure_split_beside_its_total_column_is_no_figure():
    table = [line.replace("Extra care schemes by tenure", "Extra care apartments by tenure") for line in _TENURE_TABLE]
    got = _units(measures(table))
    assert ("extra_care_units", BABERGH, 62.0, "") in got and ("extra_care_units", IPSWICH, 62.0, "") in got
    assert not [g for g in got if g[2] in (44.0, 11.0, 53.0, 9.0)]


def test_a_tenure_split_with_no_total_column_stays_a_part_of_the_schemes_units():
    # guard: with no Total column, the tenure cells are all the scheme's units there are
    got = _units(measures(["Extra care housing", "", "Table 4: Extra care apartments by tenure", "",
                           "Scheme\tAffordable rent\tShared ownership", "Gainsborough Court\t44\t11", ""]))
    assert ("extra_care_units", "", 44.0, "affordable rent") in got and ("extra_care_units", "", 11.0, "shared ownership") in got


def test_a_district_cell_merged_down_places_the_scheme_below_in_that_district():
    frame = measures(["Extra care housing", "", "Table 2: Extra care schemes, March 2025", "",
                      "Scheme\tDistrict\tUnits\tOpened", "Gainsborough Court\tBabergh\t62\t2015",
                      "Stour Lodge\t\t48\t2021", "Orwell Mews\tIpswich\t70\t2019", "Total\t\t180\t", ""])
    got = sorted((r.area_code, float(r.value)) for r in frame.itertuples() if r.measure == "extra_care_units")
    assert got == sorted([(BABERGH, 62.0), (BABERGH, 48.0), (IPSWICH, 70.0), (SUFFOLK, 180.0)])


def test_the_number_of_people_aged_n_and_over_names_the_population_as_its_subject():
    frame = measures(["Our population", "", "The number of people aged 85 and over was 27,300 in mid-2024 and is "
                      "projected to reach 39,100 by 2040.", ""])
    got = sorted((r.measure, r.period, float(r.value), r.breakdown) for r in frame.itertuples())
    assert got == [("population", "2024", 27300.0, "aged 85 and over"), ("population", "2040", 39100.0, "aged 85 and over")]


def test_a_rate_planning_guidance_suggests_is_no_rate_of_the_areas():
    got = sorted((r.measure, float(r.value)) for r in measures([
        "Extra care housing", "", "Suffolk has 8.3 extra care units per 1,000 people aged 75 and over, well below the 25 "
        "per 1,000 that national planning guidance suggests.", ""]).itertuples())
    assert got == [("extra_care_units_per_1000_75plus", 8.3)]


def test_a_pipeline_heading_after_a_sentence_on_the_population_goes_on_with_the_documents_housing():
    frame = measures(["Suffolk County Council", "", "Housing with Care Strategy 2026-2036", "", "Extra care today", "",
                      "There are 14 extra care schemes in Suffolk with 820 flats.", "", "Comparing districts", "",
                      "Ipswich has the most flats for its older population and Babergh the fewest.", "",
                      "6. Pipeline", "", "Six sites are in the pipeline, with 410 flats between them.", ""])
    got = sorted((r.measure, float(r.value)) for r in frame.itertuples() if r.line == 15)
    assert got == [("extra_care_schemes_planned", 6.0), ("extra_care_units_planned", 410.0)]


def test_a_part_of_the_pipeline_to_open_by_a_year_is_the_plan_by_that_year():
    frame = measures(["Extra care housing", "", "There are 14 extra care schemes in Suffolk with 820 flats.", "",
                      "Pipeline", "", "Six sites are in the pipeline, with 410 flats between them, and we expect 250 of "
                      "these flats to be completed by 2030.", ""])
    got = sorted((r.measure, r.period, float(r.value)) for r in frame.itertuples() if r.line == 7)
    assert got == [("extra_care_schemes_planned", "", 6.0), ("extra_care_units_planned", "", 410.0),
                   ("extra_care_units_planned", "2030", 250.0)]


def test_a_part_of_the_schemes_with_no_year_of_its_own_stays_no_figure():
    # guard: 'Seven of the 19 schemes are more than 15 years old' is a part, as before
    got = sorted((r.measure, float(r.value)) for r in measures([
        "Extra care housing", "", "There are 19 extra care schemes in Suffolk. Seven of the 19 schemes are more than 15 "
        "years old.", ""]).itertuples())
    assert got == [("extra_care_schemes", 19.0)]


def test_schemes_offering_a_tenure_are_a_part_of_the_schemes_not_their_count():
    got = sorted((r.measure, float(r.value)) for r in measures([
        "Extra care housing", "", "There are 14 extra care schemes in Suffolk with 820 flats. Six schemes offer shared "
        "ownership and three include some flats for outright sale.", ""]).itertuples())
    assert got == [("extra_care_schemes", 14.0), ("extra_care_units", 820.0)]


def test_a_site_in_each_district_is_an_aim_per_district_no_planned_count():
    got = sorted((r.measure, float(r.value)) for r in measures([
        "Extra care housing", "", "There are 14 extra care schemes in Suffolk.", "", "Our plans", "",
        "- find at least one new extra care site in each district", ""]).itertuples())
    assert got == [("extra_care_schemes", 14.0)]


def test_a_label_naming_two_districts_gives_their_schemes_together_no_areas():
    got = sorted((r.measure, r.area_code, float(r.value)) for r in measures([
        "Extra care housing", "", "There are 14 extra care schemes in Suffolk.", "", "By district", "",
        "- Babergh and Ipswich: three extra care schemes between them", ""]).itertuples())
    assert got == [("extra_care_schemes", SUFFOLK, 14.0)]
