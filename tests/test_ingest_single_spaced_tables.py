"""A table whose cells a converter wrote a single space apart (text copied out of a PDF viewer, a converter without a
layout mode): 'District Schemes Units' over 'Stroud 2 140'. Its header's parts, one per column, say where each row's
cells are, so 'Stroud 2 140' is 2 schemes and 140 units, not OCR's '2 140' for 2,140. Made-up lines and figures."""
from __future__ import annotations

from data.ingest.characters import plain_characters
from data.ingest.spacing import single_spaced_tables
from tests.proposals import proposers_for

GLOUCESTERSHIRE = "E10000013"

measures, dates = proposers_for(GLOUCESTERSHIRE)

EXTRA_CARE = ["Extra care housing by district, March 2026", "",
              "District Schemes Units",
              "Stroud 2 140",
              "Cotswold 1 60",
              "Forest of Dean 2 95",
              "Gloucestershire 8 455"]


def _got(lines):
    got = measures(lines)
    return {(r.measure, r.area_name, r.period, r.value) for r in got.itertuples()}


def test_a_single_spaced_table_gives_each_row_its_columns():
    got = _got(EXTRA_CARE)
    for name, schemes, units in [("Stroud", 2, 140), ("Cotswold", 1, 60), ("Forest of Dean", 2, 95)]:
        assert any(m == "extra_care_schemes" and a == name and v == schemes for m, a, _, v in got), name
        assert any(m == "extra_care_units" and a == name and v == units for m, a, _, v in got), name
    assert not any(v == 2140 for *_, v in got)  # no OCR thousands join across two cells


def test_the_source_line_is_shown_as_written():
    got = measures(EXTRA_CARE)
    assert "Stroud 2 140" in set(got["text"])


def test_years_as_column_headers():
    got = _got(["Unpaid carers by district (Census)", "",
                "District 2011 2021",
                "Cheltenham 10,950 11,480",
                "Stroud 12,020 12,340",
                "Tewkesbury 8,110 8,960"])
    assert ("carers_unpaid", "Stroud", "2011", 12020.0) in got
    assert ("carers_unpaid", "Stroud", "2021", 12340.0) in got
    assert ("carers_unpaid", "Tewkesbury", "2021", 8960.0) in got


def test_a_header_with_a_part_for_each_column_is_read_and_others_are_not():
    assert set(single_spaced_tables(EXTRA_CARE)) == {2, 3, 4, 5, 6}
    # a header whose parts do not match the rows' cells: not this layout (the rows are left as written)
    assert single_spaced_tables(["District Units", "Stroud 2 140", "Cotswold 1 60"]) == {}
    # prose lines ending in figures, no header: nothing
    assert single_spaced_tables(["In 2021 there were 5 schemes", "and we plan 2 more by 2028"]) == {}


def test_ocr_thousands_spaces_are_still_joined_outside_such_tables():
    # guard: a scanned table with a one-column header keeps OCR's join ('10 950' is 10,950)
    assert plain_characters(["District Carers", "Cheltenham 10 950", "Stroud 12 340"])[1:] == [
        "Cheltenham 10,950", "Stroud 12,340"]
    assert plain_characters(EXTRA_CARE)[3] == "Stroud 2 140"


def test_a_share_column_and_a_projection_table_single_spaced():
    got = _got(["Table 3: Unpaid carers by district, Census 2021",
                "District Carers % of residents",
                "Cheltenham 11,480 9.4%",
                "Forest of Dean 9,210 10.9%",
                "Source: ONS Census 2021", "",
                "Table 4: People with dementia (estimates)",
                "Locality 2025 2030 2035",
                "Cheltenham 1,820 2,090 2,410",
                "Stroud 1,950 2,230 2,600"])
    assert ("carers_unpaid", "Forest of Dean", "2021", 9210.0) in got
    assert ("carers_unpaid_pct", "Forest of Dean", "2021", 10.9) in got
    assert ("dementia_estimated", "Stroud", "2030", 2230.0) in got
    assert ("dementia_estimated", "Cheltenham", "2035", 2410.0) in got


CONTRACTS = ["Contracts coming up", "",
             "Service Contract end Procurement start New contract start",
             "Carers support 31 March 2027 Autumn 2026 1 April 2027",
             "Home care framework 30 September 2027 January 2027 1 October 2027",
             "Day opportunities 31 March 2028 Q2 2027/28 TBC"]


def test_a_single_spaced_contracts_table_with_dates_as_cells():
    got = set(dates(CONTRACTS))
    assert ("Carers support", "contract_end", "2027-03-31", "2027-03-31") in got
    assert ("Carers support", "procurement_start", "2026-09-01", "2026-11-30") in got
    assert ("Carers support", "contract_start", "2027-04-01", "2027-04-01") in got
    assert ("Home care framework", "procurement_start", "2027-01-01", "2027-01-31") in got
    assert ("Day opportunities", "procurement_start", "2027-07-01", "2027-09-30") in got  # Q2 of 2027/28
    assert {service for service, *_ in got} == {"Carers support", "Home care framework", "Day opportunities"}
    assert len(got) == 8  # 'TBC' is no date


def test_lines_of_prose_with_one_date_each_are_no_table():
    lines = ["Contracts", "The carers contract ends 31 March 2027", "The home care contract ends 30 September 2027"]
    assert single_spaced_tables(lines) == {}


def test_a_census_comparison_with_a_change_column_and_a_change_in_words():
    got = _got(["Table 2: Unpaid carers by district, Census 2011 and Census 2021",
                "District Census 2011 Census 2021 % of residents aged 5+ (2021) Change 2011 to 2021",
                "Cheltenham 10,420 9,870 11.0% −550",
                "Stroud 9,050 8,640 11.2% down 410",
                "Tewkesbury 8,970 8,310 10.8% -660"])
    assert ("carers_unpaid", "Stroud", "2011", 9050.0) in got
    assert ("carers_unpaid", "Stroud", "2021", 8640.0) in got
    assert ("carers_unpaid_pct", "Tewkesbury", "2021", 10.8) in got
    assert ("carers_unpaid_change", "Stroud", "", -410.0) in got  # 'down 410': a fall


def test_band_labels_with_numbers_and_one_figure_a_row():
    tables = single_spaced_tables(["Hours of unpaid care a week Carers % of all carers",
                                   "19 or less 17,240 53.0",
                                   "20 to 49 6,195 19.0",
                                   "50 or more 9,110 28.0", "",
                                   "Ward Estimated number",
                                   "Roundhay 412",
                                   "Wetherby 398"])
    assert tables[2].split("   ")[0].strip() == "20 to 49"  # the range's bound is the label's, no cell
    assert tables[6].split() == ["Roundhay", "412"] and len(tables[6].split("   ")) == 2
    assert set(tables) == {0, 1, 2, 3, 5, 6, 7}


def test_marks_after_figures_and_a_line_that_is_no_row_between_rows():
    tables = single_spaced_tables(["Table 1: Dementia diagnosis rate by month", "",
                                   "Area Apr-25 May-25 Jun-25",
                                   "Gloucestershire 63.2% 63.4% 63.5%",
                                   "NHS Gloucestershire ICB - 11M 62.9% 63.1% 63.3%",
                                   "England 64.6% 64.7% (r) 64.9%*"])
    assert 4 not in tables and {2, 3, 5} <= set(tables)  # the ICB's line (its code '11M') stays as written
    assert [c.strip() for c in tables[5].split("   ") if c.strip()] == ["England", "64.6%", "64.7% (r)", "64.9%*"]


def test_a_row_per_year_and_dates_written_with_slashes():
    got = _got(["Table 4: Dementia in Gloucestershire",
                "Year Diagnosed (GP register) Estimated to have dementia Diagnosis rate (%)",
                "2023 4,410 6,650 66.3",
                "2024 4,525 (r) 6,790 66.6 (r)",
                "2030 [x] 8,020 [x]"])
    assert ("dementia_estimated", "Gloucestershire", "2030", 8020.0) in got
    assert ("dementia_diagnosis_rate", "Gloucestershire", "2024", 66.6) in got
    timetable = set(dates(["Contract timetable", "",
                           "Service Current contract ends Procurement starts New contract starts",
                           "Carers Support Service 31/03/2027 September 2026 01/04/2027",
                           "Dementia Advisers 31 March 2028 (r) .. .."]))
    assert ("Carers Support Service", "contract_start", "2027-04-01", "2027-04-01") in timetable
    assert ("Dementia Advisers", "contract_end", "2028-03-31", "2028-03-31") in timetable


def test_a_range_of_dates_is_one_cell():
    tables = single_spaced_tables(["Timetable", "",
                                   "Step Date",
                                   "Soft market testing 14 October 2026",
                                   "Evaluation October 2026 to January 2027",
                                   "Handover 1 February 2027 – 30 April 2027",
                                   "Go live 1 May 2027"])
    assert {2, 3, 4, 5, 6} <= set(tables)
    assert [c.strip() for c in tables[4].split("   ") if c.strip()] == ["Evaluation", "October 2026 to January 2027"]
    got = set(dates(["Timetable", "", "Step Date", "Soft market testing 14 October 2026",
                     "Evaluation October 2026 to January 2027", "Handover 1 February 2027 – 30 April 2027",
                     "Go live 1 May 2027"]))
    # the handover's months are no stage of the contract (its start is the row after)
    assert not any(stage == "contract_start" and earliest == "2027-02-01" for _, stage, earliest, _ in got), got


def test_points_and_a_share_sign_apart_and_a_labels_year_and_bracket():
    tables = single_spaced_tables(["Census 2011 Census 2021 Change",
                                   "Residents giving unpaid care 41,200 38,950 -2,250",
                                   "% of residents (aged 5+ in 2021) 10.9% 9.8% -1.1 pts",
                                   "Giving 50 or more hours a week 9,310 10,020 +710", "",
                                   "Measure Ourshire England",
                                   "Estimated number with dementia, 2026 4,310 ..",
                                   "Recorded on GP registers, March 2026 2,870 ..",
                                   "Estimated diagnosis rate 66.6 % 64.9%"])
    cells = [[c.strip() for c in tables[n].split("   ") if c.strip()] for n in (2, 6, 7, 8)]
    assert cells[0] == ["% of residents (aged 5+ in 2021)", "10.9%", "9.8%", "-1.1 pts"]
    assert cells[1] == ["Estimated number with dementia, 2026", "4,310", ".."]
    assert cells[2] == ["Recorded on GP registers, March 2026", "2,870", ".."]
    assert cells[3] == ["Estimated diagnosis rate", "66.6 %", "64.9%"]
    # (a header whose last part ends in a year is still no row: 'Change since 2025')
    assert set(single_spaced_tables(["Year People aged 65+ People with dementia Change since 2025",
                                     "2025 265,400 17,950 -", "2030 292,100 20,400 13.6%"])) == {0, 1, 2}


def test_the_tables_are_worked_out_once_for_the_same_lines_and_each_caller_gets_its_own_copy():
    from data.ingest.spacing import _single_spaced_tables

    lines = ["Table 9: Extra care by district", "District Schemes Units", "Stroud 2 140", "Cotswold 1 60"]
    _single_spaced_tables.cache_clear()
    first = single_spaced_tables(lines)
    first[99] = "changed by a caller"
    second = single_spaced_tables(list(lines))
    assert _single_spaced_tables.cache_info().hits == 1
    assert 99 not in second and set(second) == {1, 2, 3}
