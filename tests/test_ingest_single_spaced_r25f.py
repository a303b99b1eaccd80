"""Round 25 (r25f): more single-spaced tables (cells a single space apart, as text copied out of a PDF viewer writes
them) read by data/ingest/spacing.py: headers of periods alone over an empty corner, quarters as rows and columns,
age bands and bold totals as labels, a period over each group of columns, columns of places whose names are several
words, and the limits that keep lists and prose out. Made-up lines and figures."""
from __future__ import annotations

from data.ingest.spacing import _header_parts, _row, single_spaced_tables
from tests.proposals import proposers_for

WORCESTERSHIRE = "E10000034"

measures, dates = proposers_for(WORCESTERSHIRE)


def _got(lines):
    got = measures(lines)
    return {(r.measure, r.area_code, r.period, r.value) for r in got.itertuples()}


def test_a_header_of_periods_alone_over_an_empty_corner():
    lines = ["Table 2: Carers supported by the council",
             "2023/24 2024/25",
             "Carers known to the council 3,210 3,480",
             "Carers assessed or reviewed 1,150 1,240"]
    assert set(single_spaced_tables(lines)) == {1, 2, 3}
    got = _got(lines)
    assert ("carers_known", WORCESTERSHIRE, "2024/25", 3480.0) in got
    assert ("carers_assessed", WORCESTERSHIRE, "2023/24", 1150.0) in got


def test_one_row_under_a_header_of_quarters():
    lines = ["Carers' assessments completed",
             "Q1 2026/27 Q2 2026/27 Q3 2026/27",
             "Carers assessed 224 238 251"]
    got = _got(lines)
    assert ("carers_assessed", WORCESTERSHIRE, "Q1 2026/27", 224.0) in got
    assert ("carers_assessed", WORCESTERSHIRE, "Q3 2026/27", 251.0) in got
    # (one row under a header that is no periods alone stays as written)
    assert single_spaced_tables(["District Carers Share", "Bromsgrove 8,100 9.1%"]) == {}


def test_rows_led_by_a_quarter():
    assert _row("Q3 2026/27 4,410 63.8%") == ("Q3 2026/27", ["4,410", "63.8%"])
    got = _got(["Table 4: People on the dementia register",
                "Quarter People on the register Diagnosis rate (65+)",
                "Q1 2026/27 4,380 63.1%",
                "Q2 2026/27 4,410 63.8%"])
    assert ("dementia_register", WORCESTERSHIRE, "Q2 2026/27", 4410.0) in got
    assert ("dementia_diagnosis_rate", WORCESTERSHIRE, "Q1 2026/27", 63.1) in got


def test_age_bands_and_a_bold_total_as_labels():
    assert _row("70-79 1,020 1,190") == ("70-79", ["1,020", "1,190"])
    assert _row("**All aged 65+** **6,240** **7,110**") == ("**All aged 65+**", ["**6,240**", "**7,110**"])
    lines = ["Table 5: People aged 65 and over predicted to have dementia",
             "Age band 2025 2030",
             "65-69 410 450",
             "70-79 1,020 1,190",
             "80+ 4,810 5,470",
             "Total 6,240 7,110"]
    assert set(single_spaced_tables(lines)) == {1, 2, 3, 4, 5}
    got = _got(lines)
    assert ("dementia_estimated", WORCESTERSHIRE, "2030", 7110.0) in got


def test_a_figure_after_and_over_that_is_no_age_is_a_cell():
    assert _row("Aged 65 and over 980 1,060") == ("Aged 65 and over", ["980", "1,060"])
    assert _row("Aged 85 and over 1,240") == ("Aged 85 and over", ["1,240"])  # guard: an age stays the label's


def test_a_period_over_each_group_of_columns():
    lines = ["Unpaid carers by age, Census 2011 and 2021",
             "2011 2021",
             "Age group Number % Number %",
             "Under 25 1,310 3.1 1,420 3.3",
             "All ages 14,020 10.9 13,560 10.1"]
    tables = single_spaced_tables(lines)
    assert set(tables) == {2, 3, 4}
    assert "Number 2011" in tables[2] and "% 2021" in tables[2]
    got = _got(lines)
    assert ("carers_unpaid", WORCESTERSHIRE, "2011", 14020.0) in got
    assert ("carers_unpaid", WORCESTERSHIRE, "2021", 13560.0) in got
    assert ("carers_unpaid_pct", WORCESTERSHIRE, "2021", 10.1) in got


def test_columns_of_places_whose_names_are_several_words():
    lines = ["Table 3: Unpaid carers, Census 2021",
             "Measure Wyre Forest Malvern Hills Wychavon",
             "Unpaid carers 9,410 7,760 11,980",
             "% of residents aged 5+ 9.9% 10.3% 9.4%"]
    tables = single_spaced_tables(lines)
    assert "Wyre Forest" in tables[1] and "Malvern Hills" in tables[1]
    got = _got(lines)
    assert ("carers_unpaid", "E07000239", "2021", 9410.0) in got  # Wyre Forest
    assert ("carers_unpaid_pct", "E07000235", "2021", 10.3) in got  # Malvern Hills
    # transposed, the places over an empty corner and a row per year
    got = _got(["Table 2: People aged 65+ estimated to have dementia",
                "Wyre Forest Malvern Hills Wychavon",
                "2025 1,720 1,430 2,260",
                "2030 1,990 1,690 2,610"])
    assert ("dementia_estimated", "E07000235", "2030", 1690.0) in got


def test_a_year_heading_the_first_column_leaves_the_corner_empty():
    lines = ["Dementia in Worcestershire",
             "2024 2025 Change",
             "People on the dementia register 5,120 5,360 +240",
             "Diagnosis rate 61.4% 62.6% +1.2pp"]
    assert set(single_spaced_tables(lines)) == {1, 2, 3}
    got = _got(lines)
    assert ("dementia_register", WORCESTERSHIRE, "2025", 5360.0) in got
    assert ("dementia_diagnosis_rate", WORCESTERSHIRE, "2024", 61.4) in got


def test_a_month_after_a_lowercase_word_stays_in_its_header_part():
    assert _header_parts("Council Diagnosis rate Change since March 2025 (points) Rank") == [
        "Council", "Diagnosis rate", "Change since March 2025 (points)", "Rank"]
    assert _header_parts("District March 2025 March 2026") == ["District", "March 2025", "March 2026"]  # guard


def test_a_sub_bullet_written_o_is_no_row():
    assert _row("o 2,860") is None
    lines = ["• Wyre Forest", "o 1,940", "• Malvern Hills", "o 1,610", "• Wychavon", "o 2,330"]
    assert single_spaced_tables(lines) == {}


TIMETABLE = ["Table 6: Contracts coming up",
             "Service Contract ends Extension left Next procurement New service from",
             "Carers Hub 31/03/2028 None left Tender Jan–Mar 2027 1 April 2028",
             "Memory Support 30 June 2027 1 x 12 months Autumn 2026 1 July 2027"]


def test_a_timetable_whose_cells_hold_text_beside_dates():
    got = set(dates(TIMETABLE))
    assert ("Carers Hub", "contract_end", "2028-03-31", "2028-03-31") in got
    assert ("Carers Hub", "procurement_start", "2027-01-01", "2027-03-31") in got
    assert ("Carers Hub", "contract_start", "2028-04-01", "2028-04-01") in got
    assert ("Memory Support", "contract_end", "2027-06-30", "2027-06-30") in got
    assert ("Memory Support", "procurement_start", "2026-09-01", "2026-11-30") in got
    assert ("Memory Support", "contract_start", "2027-07-01", "2027-07-01") in got


def test_a_word_leading_a_date_is_the_dates_cell():
    got = set(dates(["Service Current contract Activity Timing",
                     "Carers Hub Ends 31/03/2028 Invitation to tender Q1 2027/28",
                     "Memory Support Started 01/10/2024 Extension decision Jan 2027"]))
    assert ("Carers Hub", "contract_end", "2028-03-31", "2028-03-31") in got
    assert ("Memory Support", "contract_start", "2024-10-01", "2024-10-01") in got


def test_prose_and_a_year_qualifying_an_acronym_are_no_timetable():
    from data.ingest.spacing import text_cell_tables
    # a wrapped sentence's lines (commas, a lowercase start) are no rows under a 'header'
    assert text_cell_tables(["Our Carers Service will start",
                             "on 1 April 2027 for four years, with a review"], {}) == {}
    assert text_cell_tables(["The Carers Hub moved to Mill House in 2024. It",
                             "in 2024/25, and the register held 3,870 carers in March 2025, of whom 410"], {}) == {}
    assert _header_parts("Service 2024 JSNA estimate Revised estimate Reason") == [
        "Service", "2024 JSNA estimate", "Revised estimate", "Reason"]


def test_a_label_that_took_the_provider_column_leaves_it_blank():
    from data.ingest.spacing import text_cell_tables
    lines = ["Service Provider Annual value (£) Start date End date",
             "Carers Hub Vale Carers Trust 412,000 01/04/2024 31/03/2028",
             "Memory Support Mill Lane CIC 265,000 01/07/2023 30/06/2027"]
    tables = text_cell_tables(lines, {})
    assert set(tables) == {0, 1, 2}
    header, row = tables[0], tables[1]
    assert row.index("412,000") == header.index("Annual value")  # each cell under its column
    assert row.index("31/03/2028") == header.index("End date")
    got = set(dates(lines))
    assert any(stage == "contract_end" and earliest == "2028-03-31" for _, stage, earliest, _ in got)
    assert not any(r.value in (412000.0, 265000.0) for r in measures(lines).itertuples())  # money is no figure
    # (more than two text columns missing: no table)
    assert text_cell_tables(["Milestone Carers Hub Memory Support Home Care Day Care",
                             "Contract award April 2027 December 2027",
                             "New contract starts 1 October 2027 1 April 2028"], {}) == {}


def test_a_title_line_and_a_field_are_no_timetable():
    from data.ingest.spacing import text_cell_tables
    assert text_cell_tables(["Produced by the Health Intelligence Team, Worcestershire County Council",
                             "Published: 14 October 2026 Version 2.1"], {}) == {}
