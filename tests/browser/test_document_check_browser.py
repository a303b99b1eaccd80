"""A person uploads files on the Data and sources page: good text is read, a broken file gets a message."""
from __future__ import annotations

from tests.browser.server import wait_for_app
from tests.browser.test_pages_browser import assert_no_error_boxes
from tests.conftest import SEEDS


def open_check_tab(page, app_url):
    page.goto(f"{app_url}/sources")
    wait_for_app(page)
    page.get_by_role("tab", name="Check a new document").click()
    page.wait_for_selector('[data-testid="stFileUploaderDropzoneInput"]', state="attached")


def error_after_upload(page, app_url, path) -> str:
    """Upload `path` on the check tab and return the error message shown (failing if a traceback shows instead)."""
    open_check_tab(page, app_url)
    page.set_input_files('[data-testid="stFileUploaderDropzoneInput"]', str(path))
    error = page.locator('[data-testid="stAlertContentError"]')
    error.wait_for(timeout=30_000)
    assert page.locator('[data-testid="stException"]').count() == 0
    return error.inner_text()


def test_uploading_a_statement_lists_its_tables(page, app_url, screenshots_dir):
    open_check_tab(page, app_url)
    page.set_input_files('[data-testid="stFileUploaderDropzoneInput"]', str(SEEDS / "002_034f95b6eeefb17e.txt"))
    page.get_by_text("tables with figures").wait_for(timeout=30_000)
    wait_for_app(page)
    assert_no_error_boxes(page)
    page.screenshot(path=str(screenshots_dir / "sources-check-document.png"), full_page=True)


def test_uploading_a_binary_file_shows_a_clear_message_and_no_traceback(page, app_url, tmp_path, screenshots_dir):
    bad = tmp_path / "statement.txt"
    bad.write_bytes(b"%PDF-1.7\n\x00\x01\x02 not text")
    assert "binary file" in error_after_upload(page, app_url, bad)
    page.screenshot(path=str(screenshots_dir / "sources-check-bad-upload.png"), full_page=True)


def test_uploading_a_pdf_says_why_on_screen(page, app_url, tmp_path):
    """A file the reader cannot take gets its reason in words, not only Streamlit's red chip."""
    pdf = tmp_path / "statement.pdf"
    pdf.write_bytes(b"%PDF-1.7\n\x00\x01\x02 binary")
    assert "statement.pdf" in error_after_upload(page, app_url, pdf)
