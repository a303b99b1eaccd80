"""Round 31 (r31b) of the document proposer (data/ingest), each rule on made-up lines in the shapes a spreadsheet
saved as CSV gives (every row padded to the sheet's width, quoted cells holding commas and line breaks, blocks of
different widths one under another): a quoted cell broken over lines is one row, and a header naming every column
over rows of text and dates is a table though its rows hold no figure; a 'Year' column gives a key-statistics row its
period; a share's base in brackets after a row label is no breakdown; an open scheme's row in a pipeline table is
stock in place; a stage cell's superseded date in brackets is dropped; a units cell with a part in brackets gives the
whole; and a scheme a table lists as not yet open, named in a note, gives no stock."""
from __future__ import annotations

from tests.proposals import figure_rows, or_nothing, proposers_for

KENT = "E10000016"

measures, dates = proposers_for(KENT)
rows = figure_rows(measures)
dates_or_none = or_nothing(dates)

PLAN_HEADER = "Ref,Service,Summary,Contract end,Tender issued,Award,Go live,Annual value"


def test_a_spreadsheet_plan_of_dates_saved_as_csv_is_read_as_a_table_with_its_broken_cells_joined():
    got = dates_or_none(["Kent adult social care procurement plan,,,,,,,", ",,,,,,,", PLAN_HEADER,
                         'K-101,Supported living,"Supported living for adults, east Kent', '(two lots)",30/06/2027,'
                         'Q2 2026/27,Jan-27,01/07/2027,"£3,100,000"',
                         "K-102,Befriending,Befriending service,31/12/2027,Spring 2027,TBC,2028-01-01,\"£240,000\"", ",,,,,,,"])
    got = {(stage, earliest, latest) for _, stage, earliest, latest in got}
    assert {("contract_end", "2027-06-30", "2027-06-30"), ("procurement_start", "2026-07-01", "2026-09-30"),
            ("award", "2027-01-01", "2027-01-31"), ("contract_start", "2027-07-01", "2027-07-01"),
            ("contract_end", "2027-12-31", "2027-12-31"), ("contract_start", "2028-01-01", "2028-01-01")} <= got


def test_a_year_column_gives_each_row_of_key_statistics_its_period():
    got = rows(["Key statistics", "", "Measure\tKent\tEngland\tSource\tYear",
                "People with dementia aged 65+ (estimate)\t26,300\t-\tNHS England\t2025",
                "Unpaid carers (number)\t151,200\t-\tCensus 2021\t2021", ""])
    assert sorted(got) == [("carers_unpaid", KENT, "2021", 151200.0), ("dementia_estimated", KENT, "2025", 26300.0)]


def test_a_share_base_in_brackets_after_a_row_label_is_no_breakdown():
    frame = measures(["Key statistics", "", "Measure\tKent\tEngland\tSource",
                      "Unpaid carers (% of residents aged 5+)\t8.6%\t8.9%\tCensus 2021",
                      "Unpaid carers (number)\t151,200\t-\tCensus 2021", ""])
    got = sorted((r.area_code, float(r.value), r.breakdown) for r in frame.itertuples()
                 if r.measure == "carers_unpaid_pct")
    assert got == sorted([("E92000001", 8.9, ""), (KENT, 8.6, "")])


def test_an_open_schemes_row_in_a_pipeline_table_is_stock_in_place_and_its_opening_year_no_period():
    frame = measures(["Extra care housing pipeline", "", "Scheme\tDistrict\tUnits\tStatus\tExpected opening",
                      "Hop Garden Court\tAshford\t66\tOpen\tOpened 2017", "Millbrook Rise\tAshford\t74\tOn site\t2028",
                      "Total open\t\t66", ""])
    got = sorted((r.measure, r.area_code, r.period, float(r.value)) for r in frame.itertuples())
    assert got == [("extra_care_units", "E07000105", "", 66.0), ("extra_care_units", KENT, "", 66.0),
                   ("extra_care_units_planned", "E07000105", "2028", 74.0)]


def test_a_stage_cell_naming_the_date_it_replaces_gives_the_new_date_only():
    got = dates_or_none(["Procurement plan", "", "Service\tContract end\tTender publication\tContract start",
                         "Community equipment\t30/06/2027\tMar-27 (previously Oct-26)\t01/07/2027", ""])
    assert ("procurement_start", "2027-03-01", "2027-03-31") in {(s, e, l) for _, s, e, l in got}
    assert not [d for d in got if d[2] == "2026-10-01"]


def test_a_units_cell_with_a_part_in_brackets_gives_the_whole():
    frame = measures(["Extra care pipeline", "", "Scheme\tDistrict\tUnits\tStatus\tExpected opening",
                      "Orchard Mews\tDover\t60\tOn site\t2027", "Quarry Lane\tAshford\t52 (incl. 10 dementia)\tPlanning "
                      "granted\t2029", "Total\t\t112", ""])
    got = sorted((r.measure, r.period, float(r.value)) for r in frame.itertuples())
    assert got == [("extra_care_units_planned", "", 112.0), ("extra_care_units_planned", "2027", 60.0),
                   ("extra_care_units_planned", "2029", 52.0)]


def test_a_scheme_the_pipeline_table_lists_as_not_yet_open_gives_no_stock_in_a_note_naming_it():
    got = rows(["Extra care pipeline", "", "Scheme\tDistrict\tUnits\tStatus\tExpected opening",
                "Orchard Mews\tDover\t60\tOn site\t2027", "Quarry Lane Court\tAshford\t52\tPlanning granted\t2029", "",
                "Notes", "", "Quarry Lane Court will include 10 apartments designed for people living with dementia.", ""])
    assert not [r for r in got if r[0] == "extra_care_units_dementia"]
    assert ("extra_care_units_planned", "E07000105", "2029", 52.0) in got


def test_guard_prose_whose_quotation_runs_over_a_line_break_is_left_as_written():
    from data.ingest.layout import csv_rows

    prose = ['We asked carers, "what matters', 'to you", and 412 replied, many of them, by post.', "Thank you."]
    assert csv_rows(prose) == prose
