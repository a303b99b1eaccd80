"""Round 35 (r35b) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes pdftotext
gives a designed PDF read without -layout (reading order, every table cell a line of its own, page numbers alone on
their lines): a commissioning timetable of one row, its cells a line each, is a table; so is a table whose rows are
years under a 'Year' header cell; an age group's growth in per cent is no population change; a row of the units needed
by a year is no stock; one scheme named by its place after a count of planned schemes is one of them (a new scheme after
a count of open ones keeps its planned units: a guard); a population column naming an age group gives each place's row
that group; a figure followed by a locality the registry does not hold, in a sentence comparing localities, is that
locality's."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

SHROPSHIRE = "E06000051"

measures, dates = proposers_for(SHROPSHIRE)
rows = figure_rows(measures)


def test_a_timetable_of_one_row_with_its_cells_a_line_each_is_read_under_its_header():
    got = dates(["Our commissioning intentions", "Table 6: Commissioning timetable, day opportunities", "Service",
                 "Current contract end", "Procurement start", "New contract start", "Value (£)",
                 "Day Opportunities Framework", "30 September 2027", "March 2027", "1 October 2027", "1,920,000", "7",
                 "\fShropshire Council Market Position Statement 2026-29", "4. Housing with care"])
    assert sorted(got) == sorted([("Day Opportunities Framework", "contract_end", "2027-09-30", "2027-09-30"),
                                  ("Day Opportunities Framework", "procurement_start", "2027-03-01", "2027-03-31"),
                                  ("Day Opportunities Framework", "contract_start", "2027-10-01", "2027-10-01")])


def test_a_table_of_a_row_per_year_with_its_cells_a_line_each_dates_each_row_by_its_year():
    got = rows(["Dementia", "Table 2: Estimated people aged 65 and over living with dementia", "Year", "Shropshire",
                "2025", "6,480", "2030", "7,610", "2040", "9,230", "Most people with dementia live in their own homes."])
    assert sorted(got) == [("dementia_estimated", SHROPSHIRE, "2025", 6480.0),
                           ("dementia_estimated", SHROPSHIRE, "2030", 7610.0),
                           ("dementia_estimated", SHROPSHIRE, "2040", 9230.0)]


def test_an_age_groups_growth_in_per_cent_borrows_no_residents_change_from_the_sentence_before():
    got = rows(["Older people", "Around 11,200 residents were aged 85 and over in mid-2024. By 2040 we expect the",
                "number of people aged 75 and over to grow by about 31%.", ""])
    assert got == [("population", SHROPSHIRE, "2024", 11200.0)]


def test_a_row_of_the_units_needed_by_a_year_is_no_stock_of_units():
    got = rows(["Housing with care", "Table 5: Extra care housing, April 2026", "Schemes", "Flats", "Open now", "9",
                "512", "Planned (due by 2029)", "2", "130", "Need by 2040 (modelled)", "–", "940", ""])
    assert not [r for r in got if r[3] == 940.0]
    assert [r[3] for r in got if r[0] == "extra_care_units"] == [512.0]


def test_one_scheme_named_by_its_place_after_a_count_of_planned_schemes_is_one_of_them():
    got = rows(["Housing with care", "Two new extra care schemes will add 150 flats by 2029, in Ludlow and Oswestry.",
                "The scheme at Ludlow, with 90 flats, is due to open in 2028.", ""])
    assert sorted(got) == [("extra_care_schemes_planned", SHROPSHIRE, "2029", 2.0),
                           ("extra_care_units_planned", SHROPSHIRE, "2029", 150.0)]


def test_a_new_scheme_named_by_its_place_after_a_count_of_open_schemes_keeps_its_planned_units():  # a guard
    got = rows(["Housing with care", "Shropshire has 9 extra care schemes with 512 flats between them. The new scheme "
                "at Ludlow will add 90 flats when it opens in 2028.", ""])
    assert ("extra_care_units_planned", SHROPSHIRE, "2028", 90.0) in got


def test_a_population_column_naming_an_age_group_gives_each_places_row_that_group():
    frame = measures(["Older people", "Table 1: Older residents by locality, mid-2024", "Locality", "Residents aged 75+",
                      "% of all residents", "Ludlow", "4,120", "13.9%", "Bridgnorth", "3,870", "12.6%", "Whitchurch",
                      "2,450", "11.8%", ""])
    got = sorted((r.area_name, r.area_code, float(r.value), r.breakdown) for r in frame.itertuples())
    assert got == [("Bridgnorth", "", 3870.0, "aged 75+"), ("Ludlow", "", 4120.0, "aged 75+"),
                   ("Whitchurch", "", 2450.0, "aged 75+")]


def test_a_figure_followed_by_a_locality_the_registry_does_not_hold_is_that_localitys_for_the_analyst():
    frame = measures(["Dementia", "The diagnosis rate was 60.2% in December 2025. Diagnosis rates differ across our",
                      "localities, from 54.6% in Church Stretton to 64.2% in Market Drayton.", ""])
    got = sorted((r.area_code, r.area_name, float(r.value)) for r in frame.itertuples())
    assert got == [("", "Church Stretton", 54.6), ("", "Market Drayton", 64.2), (SHROPSHIRE, "Shropshire", 60.2)]
