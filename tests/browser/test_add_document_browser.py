"""A person adds a made-up council document in Chromium: proposals beside their lines, and a clear message for a bad file."""
from __future__ import annotations

import pytest

from tests.browser.server import wait_for_app
from tests.browser.test_pages_browser import assert_no_error_boxes

from tests.test_page_review import TENDER   # the made-up tender notice of the AppTest
UPLOAD = '[data-testid="stFileUploaderDropzoneInput"]'


def open_page(page, app_url):
    page.goto(f"{app_url}/add-document?authority=E10000016")
    wait_for_app(page)
    page.wait_for_selector(UPLOAD, state="attached")


def test_an_upload_shows_the_proposals_in_editable_tables(page, app_url, tmp_path, screenshots_dir):
    doc = tmp_path / "notice.txt"
    doc.write_text(TENDER, encoding="utf-8")
    open_page(page, app_url)
    page.set_input_files(UPLOAD, str(doc))
    page.get_by_text("lines of notice.txt").wait_for(timeout=60_000)
    wait_for_app(page)
    assert_no_error_boxes(page)
    page.screenshot(path=str(screenshots_dir / "add-document-review.png"), full_page=True)
    assert page.get_by_text("Correct the stage, the date as written").is_visible()
    assert page.locator('[data-testid="stDataFrame"]').count() >= 2      # the dates editor and the saved list
    assert page.get_by_role("button", name="Save reviewed figures").is_enabled()


def test_a_binary_upload_gets_a_message_and_no_table(page, app_url, tmp_path):
    bad = tmp_path / "statement.pdf"
    bad.write_bytes(b"%PDF-1.7\n\x00\x01\x02 not a real pdf")
    open_page(page, app_url)
    page.set_input_files(UPLOAD, str(bad))
    error = page.locator('[data-testid="stAlertContentError"]')
    error.wait_for(timeout=60_000)
    assert "This file cannot be used" in error.inner_text()
    assert page.locator('[data-testid="stException"]').count() == 0
    assert page.get_by_text("Correct the stage, the date as written").count() == 0


# A made-up commissioning plan saved from a spreadsheet as CSV: padded rows, a key-statistics block and a timetable
# whose description cell holds a comma and a line break (Excel quotes it).
PLAN_CSV = (
    "Suffolk County Council: adult social care commissioning plan,,,\nExported 3 March 2026,,,\n,,,\n"
    "Measure,Suffolk,Year,Source\nUnpaid carers,\"79,260\",2021,Census 2021\n"
    "People aged 65+ with dementia (estimate),\"13,150\",2025,POPPI\nExtra care schemes,21,2025,Council records\n"
    "Extra care units,\"1,140\",2025,Council records\n,,,\nService,Description,Tender publication,Contract start\n"
    "Home care,\"Framework, all districts\n(Lots 1-4)\",Jun-25,01/04/2026\n")


def _cells(row: int, *cells: str) -> str:
    return f'<row r="{row}">{"".join(cells)}</row>'


def _text(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def _number(ref: str, value: float, style: int = 0) -> str:
    return f'<c r="{ref}" s="{style}"><v>{value}</v></c>'


def plan_workbook() -> bytes:
    """The made-up plan above as an Excel workbook: a 'Key figures' sheet (counts under a thousands format, a share
    stored as a fraction under a per cent format, a hidden row of superseded figures), a hidden sheet, and a 'Forward
    plan' sheet whose dates are Excel date serials (45809 is 1 June 2025, 46113 1 April 2026)."""
    from tests.ingest_fixtures import make_xlsx

    key = "<sheetData>" + "".join([
        _cells(1, _text("A1", "Measure"), _text("B1", "Suffolk"), _text("C1", "Year")),
        _cells(2, _text("A2", "Unpaid carers"), _number("B2", 79260, 1), _number("C2", 2021)),
        _cells(3, _text("A3", "People aged 65+ with dementia (estimate)"), _number("B3", 13150, 1), _number("C3", 2025)),
        '<row r="4" hidden="1">' + _text("A4", "Extra care schemes (2019)") + _number("B4", 17) + "</row>",
        _cells(5, _text("A5", "Extra care schemes"), _number("B5", 21), _number("C5", 2025)),
        _cells(6, _text("A6", "Extra care units"), _number("B6", 1140, 1), _number("C6", 2025))]) + "</sheetData>"
    old = "<sheetData>" + _cells(1, _text("A1", "Unpaid carers"), _number("B1", 70100, 1)) + "</sheetData>"
    plan = "<sheetData>" + "".join([
        _cells(1, _text("A1", "Service"), _text("B1", "Tender publication"), _text("C1", "Contract start")),
        _cells(2, _text("A2", "Home care"), _number("B2", 45809, 2), _number("C2", 46113, 3))]) + "</sheetData>"
    return make_xlsx([("Key figures", key), ("Old", old, "hidden"), ("Forward plan", plan)],
                     formats=[3, "mmm\\-yy", "dd/mm/yyyy"])


def _statement_as(name: str) -> bytes:
    """The made-up statement of tests/test_ingest_web_page.py as a saved web page or as an OpenDocument text file, or
    the made-up plan above as a spreadsheet's CSV."""
    from tests.ingest_fixtures import make_odt
    from tests.test_ingest_web_page import STATEMENT
    from tests.test_ingest_web_page import page as council_page

    if name.endswith(".html"):
        return council_page(STATEMENT)
    if name.endswith(".csv"):
        return PLAN_CSV.encode("utf-8")
    return make_odt(
        '<text:h text:outline-level="1">Unpaid carers</text:h><text:p>At the 2021 Census, 79,260 people in Suffolk said '
        'they provided unpaid care.</text:p><text:h text:outline-level="1">Dementia</text:h><text:p>We estimate that '
        '13,150 people aged 65 and over were living with dementia in Suffolk in 2025.</text:p>'
        '<text:h text:outline-level="1">Extra care housing</text:h><table:table><table:table-row><table:table-cell>'
        '<text:p>Measure</text:p></table:table-cell><table:table-cell><text:p>2025</text:p></table:table-cell>'
        '</table:table-row><table:table-row><table:table-cell><text:p>Extra care schemes</text:p></table:table-cell>'
        '<table:table-cell><text:p>21</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell>'
        '<text:p>Extra care units</text:p></table:table-cell><table:table-cell><text:p>1,140</text:p></table:table-cell>'
        '</table:table-row></table:table><text:list><text:list-item><text:p>Home care framework: the tender will be '
        'published in June 2025.</text:p></text:list-item></text:list>')


@pytest.mark.parametrize("name, dates", [("statement.html", 1), ("statement.odt", 1), ("plan.csv", 2)])
def test_a_saved_web_page_a_libreoffice_file_or_a_spreadsheet_is_read_and_its_figures_proposed(
        page, app_url, tmp_path, screenshots_dir, name, dates):
    doc = tmp_path / name
    doc.write_bytes(_statement_as(name))
    page.goto(f"{app_url}/add-document?authority=E10000029")
    wait_for_app(page)
    page.wait_for_selector(UPLOAD, state="attached")
    page.set_input_files(UPLOAD, str(doc))
    summary = page.get_by_text(f"lines of {name}")
    summary.wait_for(timeout=60_000)
    wait_for_app(page)
    assert_no_error_boxes(page)
    # its four figures and its tender date (the plan's contract start too)
    assert f"4 proposed figures and {dates} " in summary.inner_text()
    assert page.get_by_text("Correct the measure, area, period or value").is_visible()
    page.screenshot(path=str(screenshots_dir / f"add-document-{name.replace('.', '-')}.png"), full_page=True)


def plan_spreadsheet() -> bytes:
    """The made-up plan above as an OpenDocument spreadsheet (.ods) as LibreOffice Calc saves one, built with the unit
    tests' builder (tests/ingest_fixtures.py): a 'Key figures' sheet (counts shown with separators, a hidden row of
    superseded figures), a hidden sheet, and a 'Forward plan' sheet whose dates are date cells (one shown 'Jun-25')."""
    from tests.ingest_fixtures import make_ods, ods_date, ods_float, ods_row, ods_sheet, ods_text

    key = ods_sheet("Key figures",
                    ods_row(ods_text("Measure"), ods_text("Suffolk"), ods_text("Year")),
                    ods_row(ods_text("Unpaid carers"), ods_float(79260, "79,260"), ods_float(2021)),
                    ods_row(ods_text("People aged 65+ with dementia (estimate)"), ods_float(13150, "13,150"),
                            ods_float(2025)),
                    ods_row(ods_text("Extra care schemes (2019)"), ods_float(17), hidden=True),
                    ods_row(ods_text("Extra care schemes"), ods_float(21), ods_float(2025)),
                    ods_row(ods_text("Extra care units"), ods_float(1140, "1,140"), ods_float(2025)))
    old = ods_sheet("Old", ods_row(ods_text("Unpaid carers"), ods_float(70100, "70,100")), hidden=True)
    plan = ods_sheet("Forward plan",
                     ods_row(ods_text("Service"), ods_text("Tender publication"), ods_text("Contract start")),
                     ods_row(ods_text("Home care"), ods_date("2025-06-01", "Jun-25", "ce5"),
                             ods_date("2026-04-01", "01/04/2026")))
    return make_ods(key, old, plan)


@pytest.mark.parametrize("name, build", [("annex.xlsx", plan_workbook), ("annex.ods", plan_spreadsheet)],
                         ids=["excel", "opendocument"])
def test_a_spreadsheet_is_read_sheet_by_sheet_and_its_figures_and_dates_proposed(name, build, page, app_url, tmp_path,
                                                                                 screenshots_dir):
    """An Excel workbook and a LibreOffice Calc spreadsheet of the same plan read alike."""
    doc = tmp_path / name
    doc.write_bytes(build())
    page.goto(f"{app_url}/add-document?authority=E10000029")
    wait_for_app(page)
    page.wait_for_selector(UPLOAD, state="attached")
    page.set_input_files(UPLOAD, str(doc))
    summary = page.get_by_text(f"lines of {name}")
    summary.wait_for(timeout=60_000)
    wait_for_app(page)
    assert_no_error_boxes(page)
    # the Key figures sheet's four figures (not the hidden row's or the hidden sheet's) and the Forward plan sheet's
    # tender month and contract start, read from their date cells (a workbook's date serials)
    assert "4 proposed figures and 2 procurement dates" in summary.inner_text()
    grids = page.locator('[data-testid="stDataFrame"]')
    figures, dates = grids.nth(0).text_content() or "", grids.nth(1).text_content() or ""  # (the grid's cells for screen readers)
    assert "79260" in figures.replace(",", "") and "70100" not in figures.replace(",", "")
    assert "2025-06-01" in dates and "2026-04-01" in dates
    page.screenshot(path=str(screenshots_dir / f"add-document-{name.replace('.', '-')}.png"), full_page=True)
