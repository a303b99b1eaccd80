"""An Excel workbook (.xlsx: a data annex, a forward plan) read as its sheets show it (data/ingest/spreadsheet.py) and
its figures proposed as from any format. The workbooks are made up and built by the tests."""
from __future__ import annotations

import io
import zipfile

from data.document_formats import FORMATS, SUFFIXES
from data.ingest import Limits, propose, read_document
from data.ingest.spreadsheet import read_xlsx
from tests.ingest_fixtures import make_xlsx, refused

WARWICKSHIRE = "E10000031"


def rows(*rows_xml: str) -> str:
    return "<sheetData>" + "".join(rows_xml) + "</sheetData>"


def with_part(raw: bytes, part: str, data: str) -> bytes:
    """The workbook `raw` with one part's XML replaced."""
    src, out = zipfile.ZipFile(io.BytesIO(raw)), io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in src.infolist():
            z.writestr(info.filename, data if info.filename == part else src.read(info.filename))
    return out.getvalue()


def read(sheets, strings=(), formats=(), **kw) -> list[str]:
    return read_document(make_xlsx(sheets, list(strings), list(formats), **kw), "annex.xlsx")


def test_xlsx_is_a_format_the_reader_and_the_uploader_take():
    assert ".xlsx" in SUFFIXES and ".xlsx" in FORMATS


def test_each_visible_sheet_in_order_its_name_a_heading_then_its_rows_as_tab_lines():
    lines = read([("Contents", rows('<row r="1"><c r="A1" t="s"><v>0</v></c></row>')),
                  ("Key figures", rows('<row r="1"><c r="A1" t="s"><v>1</v></c><c r="B1" t="s"><v>2</v></c></row>',
                                       '<row r="2"><c r="A2" t="s"><v>3</v></c><c r="B2"><v>9870</v></c></row>'))],
                 ["Data annex", "District", "Unpaid carers", "Rugby"])
    assert lines == ["", "Contents", "", "Data annex", "", "Key figures", "", "District\tUnpaid carers", "Rugby\t9870"]


def test_empty_cells_keep_the_columns_aligned_and_a_gap_of_rows_is_one_blank_line():
    lines = read([("S", rows('<row r="2"><c r="B2" t="inlineStr"><is><t>Area</t></is></c>'
                             '<c r="D2" t="inlineStr"><is><t>Units</t></is></c><c r="F2" s="0"/></row>',
                             '<row r="3"><c r="B3" t="inlineStr"><is><t>Rugby</t></is></c><c r="C3"/>'
                             '<c r="D3"><v>56</v></c></row>',
                             '<row r="4"><c r="B4" s="0"/></row>',
                             '<row r="9"><c r="C9" t="inlineStr"><is><t>note</t></is></c></row>'))])
    # from the first used column (B); the padding cell F2 and the empty row 4 give nothing; rows 5-8 are absent
    assert lines[3:] == ["Area\t\tUnits", "Rugby\t\t56", "", "\tnote"]


def test_shared_rich_and_inline_strings_are_text_and_booleans_read_as_excel_shows_them():
    sheet = rows('<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="b"><v>1</v></c><c r="C1" t="b"><v>0</v></c>'
                 '<c r="D1" t="inlineStr"><is><r><t>Extra </t></r><r><rPr><b/></rPr><t>care</t></r></is></c>'
                 '<c r="E1" t="str"><f>A1&amp;"!"</f><v>Carers!</v></c></row>')
    lines = read([("S", sheet)], ["Carers"])
    assert lines[-1] == "Carers\tTRUE\tFALSE\tExtra care\tCarers!"
    # a rich shared string's runs join; a phonetic guide (rPh) is no text
    raw = make_xlsx([("S", rows('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'))], ["x"])
    rich = with_part(raw, "xl/sharedStrings.xml", '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                     '<si><r><t>People aged 65+ </t></r><r><t>(2025)</t></r><rPh sb="0" eb="1"><t>guide</t></rPh>'
                     "</si></sst>")
    assert read_document(rich, "a.xlsx")[-1] == "People aged 65+ (2025)"


def test_a_cells_line_break_and_excels_escaped_characters_are_spaces_and_an_iso_date_cell_reads_as_a_date():
    sheet = rows('<row r="1"><c r="A1" t="inlineStr"><is><t>48_x000D_\n(incl. 12 dementia)</t></is></c>'
                 '<c r="B1" t="d" s="1"><v>2027-03-31T00:00:00</v></c><c r="C1" t="d"><v>2026-09-30</v></c></row>')
    assert read([("S", sheet)], formats=["dd/mm/yyyy"])[-1] == "48 (incl. 12 dementia)\t31 March 2027\t30 September 2026"


def test_numbers_as_their_formats_show_them_thousands_per_cents_money_and_plain():
    sheet = rows('<row r="1"><c r="A1" s="1"><v>12380</v></c><c r="B1" s="2"><v>0.10400000000000001</v></c>'
                 '<c r="C1" s="3"><v>4250000</v></c><c r="D1"><v>0.30000000000000004</v></c>'
                 '<c r="E1" s="4"><v>0.667</v></c><c r="F1" s="5"><v>62.84</v></c><c r="G1"><v>2014</v></c></row>')
    lines = read([("S", sheet)], formats=[3, "0.0%", '"£"#,##0', 9, "0.0"])
    assert lines[-1] == "12,380\t10.4%\t£4,250,000\t0.3\t67%\t62.8\t2014"


def test_date_serials_under_date_formats_read_as_dates_to_the_precision_shown():
    # 46477 = 31 March 2027; 46388 = 1 January 2027; built-in 14 (short date) and 15 (d-mmm-yy)
    sheet = rows('<row r="1"><c r="A1" s="1"><v>46477</v></c><c r="B1" s="2"><v>46477</v></c>'
                 '<c r="C1" s="3"><v>46388</v></c><c r="D1" s="4"><v>46477</v></c><c r="E1" s="5"><v>46477</v></c>'
                 '<c r="F1" s="6"><v>46388</v></c><c r="G1" s="7"><v>46477.5</v></c><c r="H1"><v>46477</v></c></row>')
    lines = read([("S", sheet)], formats=["dd/mm/yyyy", "d\\ mmmm\\ yyyy", "mmm\\-yy", 14, 15, "mmmm yyyy",
                                          "dd/mm/yyyy hh:mm"])
    assert lines[-1] == ("31 March 2027\t31 March 2027\tJanuary 2027\t31 March 2027\t31 March 2027\tJanuary 2027\t"
                         "31 March 2027 12:00\t46477")  # (General: a serial with no date format stays a number)


def test_a_workbook_saved_with_the_1904_date_system_counts_its_serials_from_1904():
    lines = read([("S", rows('<row r="1"><c r="A1" s="1"><v>45015</v></c></row>'))], formats=[14], date1904=True)
    assert lines[-1] == "31 March 2027"


def test_a_formula_reads_its_cached_value_and_a_merged_cells_value_is_its_first_cells():
    sheet = (rows('<row r="1"><c r="A1" t="inlineStr"><is><t>Table 1</t></is></c>'
                  '<c r="B1" t="inlineStr"><is><t>Table 1</t></is></c><c r="C1" s="0"/></row>',
                  '<row r="2"><c r="A2" t="inlineStr"><is><t>Total</t></is></c>'
                  '<c r="B2" s="1"><f>SUM(B3:B4)</f><v>51040</v></c></row>')
             + '<mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells>')
    assert read([("S", sheet)], formats=[3])[3:] == ["Table 1", "Total\t51,040"]


def test_hidden_sheets_rows_and_columns_are_left_out():
    visible = ('<cols><col min="2" max="2" width="0" hidden="1" customWidth="1"/></cols>'
               + rows('<row r="1"><c r="A1" t="inlineStr"><is><t>Area</t></is></c>'
                      '<c r="B1" t="inlineStr"><is><t>2019 (old)</t></is></c>'
                      '<c r="C1" t="inlineStr"><is><t>Carers</t></is></c></row>',
                      '<row r="2" hidden="1"><c r="A2" t="inlineStr"><is><t>Rugby 2011</t></is></c>'
                      '<c r="C2"><v>8470</v></c></row>',
                      '<row r="3"><c r="A3" t="inlineStr"><is><t>Rugby</t></is></c><c r="B3"><v>8100</v></c>'
                      '<c r="C3"><v>9350</v></c></row>'))
    stale = rows('<row r="1"><c r="A1" t="inlineStr"><is><t>Rugby</t></is></c><c r="B1"><v>7000</v></c></row>')
    lines = read([("Old", stale, "hidden"), ("Key figures", visible), ("Older", stale, "veryHidden")])
    assert lines == ["", "Key figures", "", "Area\tCarers", "Rugby\t9350"]  # no hidden row's gap either


def test_a_workbook_whose_sheets_show_nothing_is_empty():
    assert refused(make_xlsx([("S", rows('<row r="1"><c r="A1" s="0"/></row>'))]), "blank.xlsx").reason == "empty"


def test_its_figures_and_dates_are_proposed_as_from_any_table():
    key = rows('<row r="1"><c r="A1" t="s"><v>0</v></c></row>',
               '<row r="3"><c r="A3" t="s"><v>1</v></c><c r="B3" t="s"><v>2</v></c></row>',
               '<row r="4"><c r="A4" t="s"><v>3</v></c><c r="B4" s="1"><v>9350</v></c></row>',
               '<row r="5"><c r="A5" t="s"><v>4</v></c><c r="B5" s="1"><f>SUM(B4:B4)</f><v>51040</v></c></row>')
    plan = rows('<row r="1"><c r="A1" t="s"><v>5</v></c><c r="B1" t="s"><v>6</v></c></row>',
                '<row r="2"><c r="A2" t="s"><v>7</v></c><c r="B2" s="2"><v>46477</v></c></row>')
    lines = read([("Key figures", key), ("Forward plan", plan)],
                 ["Table 1: Unpaid carers by district, Census 2021", "District", "Unpaid carers", "Rugby",
                  "Warwickshire", "Service", "Current contract end", "Carers support service"], [3, "dd/mm/yyyy"])
    props = propose(lines, WARWICKSHIRE, "annex")
    got = {(r.measure, r.area_code, float(r.value)) for r in props[props["kind"] == "measure"].itertuples()}
    assert {("carers_unpaid", "E07000220", 9350.0), ("carers_unpaid", WARWICKSHIRE, 51040.0)} <= got
    dates = props[props["kind"] == "procurement"]
    assert ("contract_end", "2027-03-31") in set(zip(dates["stage"], dates["earliest"]))


def test_a_damaged_workbook_a_zip_that_is_no_workbook_and_a_bomb_are_refused_clearly():
    assert refused(b"PK\x03\x04 not really a zip", "annex.xlsx").reason == "corrupt"
    other = io.BytesIO()
    with zipfile.ZipFile(other, "w") as z:
        z.writestr("word/document.xml", "<w:document/>")
    wrong = refused(other.getvalue(), "annex.xlsx")
    assert wrong.reason == "format" and "not an Excel workbook" in wrong.message
    broken = make_xlsx([("S", rows('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'))], ["x"])
    broken = with_part(broken, "xl/sharedStrings.xml", "<sst><si><t>x</t></si>")  # a cut-off part
    damaged = refused(broken, "annex.xlsx")
    assert damaged.reason == "corrupt" and "may be damaged" in damaged.message
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/workbook.xml", "<a>" + " " * 5_000_000 + "</a>")
    assert refused(bomb.getvalue(), "annex.xlsx", Limits(docx_expanded_bytes=1_000_000)).reason == "bomb"


def test_an_encrypted_workbook_and_an_old_xls_say_what_to_do():
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 504
    locked = refused(ole, "annex.xlsx")
    assert locked.reason == "encrypted" and "password" in locked.message and ".csv" in locked.message
    for suffix in (".xls", ".xlsb", ".xlsm"):
        old = refused(ole, f"annex{suffix}")
        assert old.reason == "format" and "save it as .xlsx or .csv" in old.message


def test_a_workbook_uploaded_under_a_text_name_is_refused_as_a_zip():
    raw = make_xlsx([("S", rows('<row r="1"><c r="A1" t="s"><v>0</v></c></row>'))], ["x"])
    assert ".xlsx" in refused(raw, "annex.txt").message


def test_a_sheet_wider_and_deeper_than_the_cell_budget_is_refused():
    wide = rows(*(f'<row r="{r}"><c r="A{r}"><v>1</v></c><c r="XFD{r}"><v>2</v></c></row>' for r in range(1, 5)))
    archive = zipfile.ZipFile(io.BytesIO(make_xlsx([("S", wide)])))
    try:
        read_xlsx(archive, "wide.xlsx", max_cells=40_000)
    except Exception as exc:  # noqa: BLE001
        assert getattr(exc, "reason", "") == "oversize"
    else:
        raise AssertionError("a sheet past the cell budget was read")
