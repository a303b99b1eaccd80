"""An OpenDocument spreadsheet (.ods: LibreOffice Calc's format, a data annex published to the open standard) read as
its sheets show it (data/ingest/open_spreadsheet.py), in the shape the .xlsx reader gives a workbook, and its figures
proposed as from any format. The spreadsheets are made up and built by the tests (tests/ingest_fixtures.py)."""
from __future__ import annotations

import io
import time
import zipfile

from data.document_formats import FORMATS, SUFFIXES
from data.ingest import propose, read_document
from tests.ingest_fixtures import (
    make_ods, make_odt, make_xlsx, ods_date, ods_empty, ods_float, ods_percent, ods_row, ods_sheet, ods_text, refused,
)

WARWICKSHIRE = "E10000031"


def read(*sheets: str) -> list[str]:
    return read_document(make_ods(*sheets), "annex.ods")


def test_ods_is_a_format_the_reader_and_the_uploader_take():
    assert ".ods" in SUFFIXES and ".ods" in FORMATS


def test_each_visible_sheet_in_order_its_name_a_heading_then_its_rows_as_tab_lines():
    lines = read(ods_sheet("Contents", ods_row(ods_text("Data annex"))),
                 ods_sheet("Key figures", ods_row(ods_text("District"), ods_text("Unpaid carers")),
                           ods_row(ods_text("Rugby"), ods_float(9870))))
    assert lines == ["", "Contents", "", "Data annex", "", "Key figures", "", "District\tUnpaid carers", "Rugby\t9870"]


def test_the_lines_are_those_the_xlsx_reader_gives_the_same_sheet():
    ods = read(ods_sheet("S", ods_row(ods_empty(), ods_text("Area"), ods_empty(), ods_text("Units")),
                         ods_row(ods_empty(), ods_text("Rugby"), ods_empty(), ods_float(56)),
                         ods_row(repeat=4),
                         ods_row(ods_empty(2), ods_text("note"))))
    xlsx = read_document(make_xlsx([("S", '<sheetData><row r="1"><c r="B1" t="inlineStr"><is><t>Area</t></is></c>'
                                          '<c r="D1" t="inlineStr"><is><t>Units</t></is></c></row><row r="2">'
                                          '<c r="B2" t="inlineStr"><is><t>Rugby</t></is></c><c r="D2"><v>56</v></c>'
                                          '</row><row r="7"><c r="C7" t="inlineStr"><is><t>note</t></is></c></row>'
                                          "</sheetData>")]), "annex.xlsx")
    assert ods == xlsx == ["", "S", "", "Area\t\tUnits", "Rugby\t\t56", "", "\tnote"]


def test_a_cell_repeated_across_columns_is_each_of_them_and_a_row_repeated_with_content_each_row():
    lines = read(ods_sheet("S", ods_row(ods_text("Year"), ods_text("n/a", repeat=3)),
                           ods_row(ods_text("Same"), ods_float(1), repeat=2)))
    assert lines[3:] == ["Year\tn/a\tn/a\tn/a", "Same\t1", "Same\t1"]


def test_calcs_repeats_to_the_sheets_edge_and_foot_are_not_expanded():
    # a row repeated a million times with 16,384 empty cells, and columns to the edge, read in a moment
    start = time.perf_counter()
    lines = read(ods_sheet("S", ods_row(ods_text("Carers"), ods_float(9870, "9,870")), ods_row(repeat=1_048_000),
                           ods_row(ods_empty(16384), repeat=1000)))
    assert lines == ["", "S", "", "Carers\t9,870"]
    assert time.perf_counter() - start < 2


def test_a_row_with_content_repeated_past_the_cell_budget_is_refused_not_expanded():
    raw = make_ods(ods_sheet("S", ods_row(ods_text("x"), ods_text("y", repeat=16000), repeat=1_000_000)))
    err = refused(raw, "huge.ods")
    assert err.reason == "oversize" and "cells" in err.message


def test_hidden_sheets_rows_and_columns_are_left_out():
    columns = ('<table:table-column/><table:table-column table:visibility="collapse"/>'
               '<table:table-column table:number-columns-repeated="16382"/>')
    lines = read(ods_sheet("Old", ods_row(ods_text("Unpaid carers"), ods_float(70100)), hidden=True),
                 ods_sheet("Key", ods_row(ods_text("Measure"), ods_text("2011"), ods_text("2021")),
                           ods_row(ods_text("Unpaid carers (provisional)"), ods_float(1), ods_float(2), hidden=True),
                           ods_row(ods_text("Unpaid carers"), ods_float(68000), ods_float(71200)), columns=columns))
    assert lines == ["", "Key", "", "Measure\t2021", "Unpaid carers\t71200"]


def test_a_merged_cells_value_is_in_its_first_cell_and_the_covered_cells_are_empty():
    title = ('<table:table-cell office:value-type="string" table:number-columns-spanned="3"><text:p>Table 1: Carers'
             '</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated="2"/>')
    lines = read(ods_sheet("S", ods_row(title, ods_text("note")), ods_row(ods_text("a"), ods_text("b"))))
    assert lines[3:] == ["Table 1: Carers\t\t\tnote", "a\tb"]


def test_per_cents_read_as_the_fraction_times_100_to_the_places_shown():
    unstyled = ('<table:table-cell office:value-type="percentage" office:value="0.2"><text:p>20%</text:p>'
                "</table:table-cell>")
    lines = read(ods_sheet("S", ods_row(ods_text("Share"), ods_percent(0.103, "10.3%"), ods_percent(0.0895, "9.0%"),
                                        unstyled)))
    assert lines[3] == "Share\t10.3%\t9.0%\t20%"  # (0.0895 shown to the style's one place, as Calc rounds it)


def test_dates_read_as_the_xlsx_reader_shows_them_to_the_precision_their_style_shows():
    unstyled = ('<table:table-cell office:value-type="date" office:date-value="2026-09-01T00:00:00"><text:p>01/09/26'
                "</text:p></table:table-cell>")
    lines = read(ods_sheet("S", ods_row(ods_text("Ends"), ods_date("2027-03-31", "31/03/2027"),
                                        ods_date("2027-03-01", "Mar-27", "ce5"), unstyled, ods_text("Autumn 2026"))))
    assert lines[3] == "Ends\t31 March 2027\tMarch 2027\t1 September 2026\tAutumn 2026"


def test_a_count_reads_as_shown_one_with_no_text_as_its_value_and_a_comment_is_left_out():
    bare = '<table:table-cell office:value-type="float" office:value="1250.5"/>'
    commented = ('<table:table-cell office:value-type="float" office:value="64"><office:annotation><text:p>check '
                 "with finance 2019</text:p></office:annotation><text:p>64</text:p></table:table-cell>")
    lines = read(ods_sheet("S", ods_row(ods_text("Units"), ods_float(1140, "1,140"), bare, commented)))
    assert lines[3] == "Units\t1,140\t1250.5\t64"


def test_an_ods_annexs_figures_and_dates_are_proposed():
    raw = make_ods(ods_sheet("Key figures", ods_row(ods_text("District"), ods_text("Unpaid carers (Census 2021)"),
                                                    ods_text("Percentage of residents aged 5 and over")),
                             ods_row(ods_text("Rugby"), ods_float(9870, "9,870"), ods_percent(0.089, "8.9%"))),
                   ods_sheet("Forward plan", ods_row(ods_text("Service"), ods_text("Current contract end date"),
                                                     ods_text("New contract start")),
                             ods_row(ods_text("Carers Support Service"), ods_date("2027-03-31", "31/03/2027"),
                                     ods_date("2027-04-01", "01/04/2027"))))
    frame = propose(read_document(raw, "annex.ods"), WARWICKSHIRE)
    figures = frame[frame["kind"] == "measure"]
    assert {(r.measure, r.area_code, r.value) for r in figures.itertuples()} >= {
        ("carers_unpaid", "E07000220", 9870.0), ("carers_unpaid_pct", "E07000220", 8.9)}
    dates = frame[frame["kind"] == "procurement"]
    assert {(r.stage, r.earliest) for r in dates.itertuples()} == {("contract_end", "2027-03-31"),
                                                                   ("contract_start", "2027-04-01")}


# ------------------------------------------------------------------------------- refused, with what to do

def test_a_damaged_file_is_refused():
    err = refused(b"PK\x03\x04 this is not really a zip archive", "annex.ods")
    assert err.reason == "corrupt" and "OpenDocument spreadsheet" in err.message


def test_damaged_xml_inside_is_refused():
    raw = make_ods(ods_sheet("S", ods_row(ods_text("x"))))
    src, out = zipfile.ZipFile(io.BytesIO(raw)), io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            z.writestr(info, b"<office:document-content" if info.filename == "content.xml" else src.read(info))
    err = refused(out.getvalue(), "annex.ods")
    assert err.reason == "corrupt" and "damaged" in err.message


def test_a_spreadsheet_named_odt_is_told_to_take_its_ods_name():
    err = refused(make_ods(ods_sheet("S", ods_row(ods_text("x")))), "annex.odt")
    assert err.reason == "format" and "upload it with an .ods name" in err.message


def test_a_text_document_named_ods_is_refused_as_not_a_spreadsheet():
    err = refused(make_odt("<text:p>Unpaid carers: 9,870</text:p>"), "annex.ods")
    assert err.reason == "format" and "not a spreadsheet" in err.message and ".odt" in err.message


def test_a_spreadsheet_with_no_spreadsheet_body_is_refused():
    raw = make_odt("<text:p>x</text:p>", mimetype="application/vnd.oasis.opendocument.spreadsheet")
    err = refused(raw, "annex.ods")
    assert err.reason == "format" and "no spreadsheet body" in err.message


def test_a_zip_that_is_no_opendocument_file_is_refused():
    err = refused(make_xlsx([("S", "<sheetData/>")]), "annex.ods")
    assert err.reason == "format" and "not an OpenDocument spreadsheet" in err.message


def test_a_password_protected_spreadsheet_is_refused_with_what_to_do():
    err = refused(make_ods(ods_sheet("S", ods_row(ods_text("x"))), encrypted=True), "annex.ods")
    assert err.reason == "encrypted" and "password" in err.message and ".csv" in err.message


def test_a_flat_xml_spreadsheet_is_refused_with_save_as_ods():
    flat = (b'<?xml version="1.0" encoding="UTF-8"?><office:document xmlns:office="urn:oasis:names:tc:opendocument:'
            b'xmlns:office:1.0" office:mimetype="application/vnd.oasis.opendocument.spreadsheet"/>')
    for name in ("annex.fods", "annex.ods"):
        err = refused(flat, name)
        assert err.reason == "format" and ".fods" in err.message and "save it as .ods" in err.message


def test_a_zip_bomb_named_ods_is_refused_before_it_is_opened():
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", b" " * 80_000_000)
    err = refused(out.getvalue(), "annex.ods")
    assert err.reason == "bomb"
