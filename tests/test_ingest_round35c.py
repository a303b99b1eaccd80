"""Round 35 (r35c) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a county's
Market Position Statement gives through `pdftotext -layout` (columns kept with runs of spaces): a caption numbered by
its chapter ('Table 3.2  Norfolk: ...') is the title of the table of years under it, not a header row; a place's name
alone across a table of years ('Breckland' over its rows) is a band row giving the rows under it that place, the
header of years kept over every band; an integrated care board's rate, in a row or in prose, and its population, are
no figures of the council's; a pipeline table's District column is the scheme's area and its Status column tells the
schemes open from those on site or planned, an 'Expected completion' cell dates the planned units and is no
procurement date, and supported living in it is no extra care; a commissioning grid's wrapped contract end is read."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

NORFOLK = "E10000020"
BRECKLAND, NORWICH = "E07000143", "E07000148"

measures, dates = proposers_for(NORFOLK)
rows = figure_rows(measures)

_YEARS = "                                                   2025       2030       2035       2040"


def test_a_caption_numbered_by_its_chapter_titles_the_table_of_years_under_it():
    got = rows(["3. Older people", "", "Table 3.2  Norfolk: older people, 2025 to 2040", "", _YEARS,
                "Population aged 85+                              31,200     38,900     47,100     52,600",
                "People aged 65+ living with dementia             17,350     20,110     23,040     25,880", ""])
    assert sorted(got) == sorted([
        ("population", NORFOLK, "2025", 31200.0), ("population", NORFOLK, "2030", 38900.0),
        ("population", NORFOLK, "2035", 47100.0), ("population", NORFOLK, "2040", 52600.0),
        ("dementia_estimated", NORFOLK, "2025", 17350.0), ("dementia_estimated", NORFOLK, "2030", 20110.0),
        ("dementia_estimated", NORFOLK, "2035", 23040.0), ("dementia_estimated", NORFOLK, "2040", 25880.0)])


def test_a_places_name_alone_across_a_table_of_years_is_the_area_of_the_rows_under_it():
    got = rows(["Dementia by district", "", "Table 3.3  People with dementia by district, 2025 to 2040", "", _YEARS,
                "Breckland",
                "  People aged 65+ living with dementia            2,140      2,480      2,850      3,190",
                "",
                "Norwich",
                "  People aged 65+ living with dementia            1,560      1,770      2,010      2,260",
                "",
                "Norfolk",
                "  People aged 65+ living with dementia           17,350     20,110     23,040     25,880", ""])
    assert sorted(got) == sorted(
        [("dementia_estimated", BRECKLAND, y, v) for y, v in zip(("2025", "2030", "2035", "2040"),
                                                                 (2140.0, 2480.0, 2850.0, 3190.0))]
        + [("dementia_estimated", NORWICH, y, v) for y, v in zip(("2025", "2030", "2035", "2040"),
                                                               (1560.0, 1770.0, 2010.0, 2260.0))]
        + [("dementia_estimated", NORFOLK, y, v) for y, v in zip(("2025", "2030", "2035", "2040"),
                                                               (17350.0, 20110.0, 23040.0, 25880.0))])


def test_an_integrated_care_boards_rate_named_after_places_is_no_figure_of_the_council():
    got = rows(["Dementia diagnosis", "", "Area                                                 Rate",
                "Norfolk                                              62.3%",
                "Norfolk and Waveney ICB                              60.8%",
                "Cambridgeshire and North West Norfolk ICB            63.5%",
                "England                                              65.1%", ""])
    assert sorted(got) == sorted([("dementia_diagnosis_rate", NORFOLK, "", 62.3),
                                  ("dementia_diagnosis_rate", "E92000001", "", 65.1)])


def test_a_sentence_about_an_integrated_care_board_gives_its_figures_to_no_council():
    got = rows(["Diagnosis", "", "In Norfolk the dementia diagnosis rate was 62.3%. Most residents are in Norfolk and "
                "Waveney ICB, which serves around 1.1 million people; its diagnosis rate was 60.8%, below the national "
                "ambition of 66.7%.", ""])
    assert sorted(got) == sorted([("dementia_diagnosis_rate", NORFOLK, "", 62.3),
                                  ("dementia_diagnosis_target", "E92000001", "", 66.7)])


_PIPELINE = ["Housing for older people", "", "Table 6.1  Extra care and supported housing pipeline", "",
             "Scheme                          District        Units   Status     Expected completion",
             "Elm Rise                        Breckland          58   Open       —",
             "Wensum Yard                     Norwich            66   On site    Q2 2027",
             "Heron Quay                      Breckland          45   Planned    Autumn 2028",
             "Marsh Road supported living     Norwich            12   On site    Q1 2027", ""]


def test_a_pipeline_tables_district_and_status_place_and_date_its_extra_care_units():
    got = rows(_PIPELINE)
    assert sorted(got) == sorted([("extra_care_units", BRECKLAND, "", 58.0),
                                  ("extra_care_units_planned", NORWICH, "2027", 66.0),
                                  ("extra_care_units_planned", BRECKLAND, "2028", 45.0)])


def test_a_schemes_expected_completion_is_no_procurement_date():
    assert dates(_PIPELINE + ["The home care contract ends on 31 March 2027.", ""]) == [
        ("home care", "contract_end", "2027-03-31", "2027-03-31")]


def test_a_sentence_naming_the_end_of_a_services_name_takes_the_heading_a_blank_line_above_in_full():
    assert dates(["Extra Care Care and Support", "", "The care and support contract across our 18 schemes runs to "
                  "30 September 2028.", ""]) == [("Extra Care Care and Support", "contract_end", "2028-09-30", "2028-09-30")]


def test_a_page_footer_between_two_bands_of_a_table_of_years_keeps_the_table_going():
    got = rows(["Table 3.3  Older people by district, 2025 to 2040", "", _YEARS,
                "Breckland",
                "  People aged 65+ living with dementia            2,140      2,480      2,850      3,190",
                "  People aged 65+ living alone                   11,300     13,100     15,000     16,800",
                "", "", "Norfolk County Council Market Position Statement 2026-2030        Page 6", "",
                "Norwich",
                "  People aged 65+ living with dementia            1,560      1,770      2,010      2,260",
                "  People aged 65+ living alone                    8,200      9,300     10,600     11,900", "",
                "", "", "Norfolk County Council Market Position Statement 2026-2030        Page 7", ""])
    assert sorted(r for r in got if r[1] == NORWICH) == sorted(
        ("dementia_estimated", NORWICH, y, v) for y, v in zip(("2025", "2030", "2035", "2040"),
                                                             (1560.0, 1770.0, 2010.0, 2260.0)))


def test_a_boards_name_wrapped_onto_the_line_above_still_leads_its_sentence():
    got = rows(["Diagnosis", "", "In Norfolk the dementia diagnosis rate was 62.3%. Most residents are in",
                "Norfolk and Waveney", "ICB, which serves around 1.1 million people; its diagnosis rate was",
                "60.8%.", ""])
    assert got == [("dementia_diagnosis_rate", NORFOLK, "", 62.3)]
