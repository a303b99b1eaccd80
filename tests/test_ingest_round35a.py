"""Round 35 (r35a) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a data annex
published in the government's 'accessible spreadsheet' style gives when its sheets are read as tab-separated lines
(an .ods or .xlsx): a note cited in square brackets ('Table 1: Unpaid carers by district, Census 2021 [note 1]',
'Number of unpaid carers [note 2]') is no figure; a column of GSS area codes beside the area's name ('Area code |
Area name | ...') is taken out, so the name labels the row and the code is no breakdown; the sheet's furniture
between a table's title and its header ('This worksheet contains one table.', 'Source: ...') is stepped over, so
the title, not the source line, names the table's subject; a row naming an NHS body after the county ('NHS Oxfordshire
Integrated Care Board') is the NHS body's, never the county's; an opening-year column beside a status column dates a
scheme not yet open by its year ('Under construction | 2027'), not one open ('Open | 2014'); a status aside after a
service's name ('(new service)') is no part of the service."""
from __future__ import annotations

from data.ingest.code_columns import without_code_columns
from data.ingest.footmarks import unmarked_notes
from tests.proposals import figure_rows, proposers_for

OXFORDSHIRE = "E10000025"

measures, dates = proposers_for(OXFORDSHIRE)
rows = figure_rows(measures)


def test_a_note_cited_in_square_brackets_is_no_figure():
    got = rows(["Table 3: Unpaid carers, Census 2021 [note 4]", "This worksheet contains one table.", "",
                "Oxfordshire has 61,350 unpaid carers [note 5].", ""])
    assert [(measure, area, value) for measure, area, _, value in got] == [("carers_unpaid", OXFORDSHIRE, 61350.0)]


def test_notes_cited_together_are_blanked_and_the_line_keeps_its_length():
    line = "Number of unpaid carers [notes 2 and 3]\tShare [Note 4]\t[c]"
    blanked = unmarked_notes([line])[0]
    assert len(blanked) == len(line) and "note" not in blanked.lower() and blanked.endswith("[c]")


def test_an_area_code_column_beside_the_name_is_taken_out_and_the_name_labels_the_row():
    got = rows(["Table 1: Unpaid carers by district, Census 2021", "",
                "Area code\tArea name\tNumber of unpaid carers\tPercentage of usual residents aged 5 and over (%)",
                "E07000177\tCherwell\t13,420\t8.9%",
                "E07000178\tOxford\t10,870\t7.2%",
                "E10000025\tOxfordshire\t61,350\t8.7%", ""])
    assert ("carers_unpaid", "E07000177", "2021", 13420.0) in got
    assert ("carers_unpaid_pct", "E07000178", "2021", 7.2) in got
    assert ("carers_unpaid", OXFORDSHIRE, "2021", 61350.0) in got
    assert all(b in ("", None) for b in measures(["Table 1: Unpaid carers by district, Census 2021", "",
                                                  "Area code\tArea name\tNumber of unpaid carers",
                                                  "E07000177\tCherwell\t13,420", "E07000178\tOxford\t10,870",
                                                  ""])["breakdown"])


def test_guard_a_code_column_is_kept_where_no_cell_names_the_area():
    lines = ["Area code\tNumber of unpaid carers", "E07000177\t13,420", "E07000178\t10,870"]
    assert without_code_columns(lines) == lines


def test_the_title_above_a_sheets_furniture_names_the_tables_subject():
    got = rows(["Table 2: Estimated number of people aged 65 and over living with dementia, 2025 to 2035",
                "This worksheet contains one table.",
                "Source: council analysis of ONS 2018-based subnational population projections",
                "Area name\t2025\t2030\t2035",
                "Cherwell\t2,010\t2,390\t2,820",
                "Oxford\t1,460\t1,640\t1,910", ""])
    assert ("dementia_estimated", "E07000177", "2030", 2390.0) in got
    assert not [r for r in got if r[0] == "population"]


def test_a_row_naming_an_nhs_body_after_the_county_is_not_the_countys():
    got = rows(["Table 3: Dementia diagnosis rate, people aged 65 and over, December 2025", "",
                "Area name\tNumber on GP dementia registers\tDementia diagnosis rate (%)",
                "Oxfordshire\t7,240\t63.1%",
                "NHS Oxfordshire Integrated Care Board\t9,980\t61.9%",
                "England\t497,550\t63.4%", ""])
    assert ("dementia_diagnosis_rate", OXFORDSHIRE, "2025", 63.1) in got
    assert not [r for r in got if r[3] in (9980.0, 61.9)]


def test_an_opening_year_beside_a_status_dates_only_the_schemes_not_yet_open():
    got = rows(["Table 4: Extra care housing schemes, March 2026", "",
                "Scheme name\tDistrict\tNumber of units\tStatus\tOpening year",
                "Elm Court\tCherwell\t62\tOpen\t2014",
                "Kiln Rise\tOxford\t70\tUnder construction\t2027", ""])
    assert ("extra_care_units_planned", "E07000178", "2027", 70.0) in got
    assert [r for r in got if r[3] == 62.0] and not [r for r in got if r[2] == "2014"]


def test_a_status_aside_after_a_services_name_is_no_part_of_the_service():
    got = dates(["Table 5: Forward plan of contracts", "",
                 "Service\tCurrent contract end date\tProcurement start\tNew contract start",
                 "Carers Breaks Grants (new service)\t[z]\t1 February 2027\t1 June 2027",
                 "Home Care Framework (Lots 1-4)\t30 June 2028\t1 September 2027\t1 July 2028", ""])
    assert ("Carers Breaks Grants", "contract_start", "2027-06-01", "2027-06-01") in got
    assert ("Home Care Framework (Lots 1-4)", "contract_end", "2028-06-30", "2028-06-30") in got


def test_a_code_column_is_taken_out_of_a_header_a_page_break_parts_from_its_rows():
    got = rows(["Table 1: Unpaid carers by district, Census 2021", "",
                "Area code\tArea name\tNumber of unpaid carers",
                "", "Oxfordshire County Council data tables        Page 2", "",
                "E07000177\tCherwell\t13,420",
                "E07000178\tOxford\t10,870", ""])
    assert ("carers_unpaid", "E07000177", "2021", 13420.0) in got


def test_guard_a_long_tables_code_column_is_kept_for_its_reader():
    lines = ["Area code\tArea name\tIndicator\tPeriod\tValue", "E07000177\tCherwell\tUnpaid carers\t2021\t13,420"]
    assert without_code_columns(lines) == lines
