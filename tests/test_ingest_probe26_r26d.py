"""Round 26 (r26d) of the document proposer's PDF reader (data/ingest/_pdf_worker.py, data/ingest/_pdf_slides.py),
each rule on a made-up page as a slide deck exported to PDF draws it: a slide's background fill under a title band
(taken for a one-cell table holding the whole page), text boxes side by side (key figures over their captions, boxes
of bullets), a designed table whose rows stand further apart than a box's lines, a bar chart with data labels on its
bars and categories under them, and a timeline's month-over-event boxes."""
from __future__ import annotations

from data.ingest import read_document
from tests.ingest_fixtures import pdf_of_pages
from tests.proposals import proposers_for


def _slide(ops: list[str], landscape: bool = True) -> bytes:
    """One page of Helvetica text and drawing operators; a 16:9 slide (960 x 540 points) unless `landscape` is off."""
    raw = pdf_of_pages([ops])
    # (the same number of bytes, so the cross-reference offsets stay right)
    return raw.replace(b"/MediaBox [0 0 595 842]", b"/MediaBox [0 0 960 540]") if landscape else raw


def _text(x: float, y: float, s: str, size: float = 12) -> str:
    return f"BT 0 g /F1 {size} Tf {x:.2f} {y:.2f} Td ({s}) Tj ET"


def _lines(raw: bytes, name: str = "slides.pdf") -> list[str]:
    return [line.strip() for line in read_document(raw, name) if line.strip()]


def test_a_page_background_under_a_title_band_is_no_table():
    # a full-page white fill and a coloured band across the top: pdfplumber took their edges for a two-row table
    # whose second cell held the whole page, written as one line
    ops = ["1 g 0 0 595 842 re f", "0 0.3 0.5 rg 0 820 595 22 re f",
           _text(50, 780, "Home care in Ashvale"), _text(50, 760, "There are 1,240 people receiving home care."),
           _text(50, 740, "The service is run by 14 providers.")]
    lines = _lines(_slide(ops, landscape=False), "frame.pdf")
    assert "There are 1,240 people receiving home care." in lines
    assert "The service is run by 14 providers." in lines


def test_key_figure_boxes_side_by_side_are_read_box_by_box():
    # three boxes in a row, each a big number over a caption wrapped over two lines: read across the page, each line
    # held a piece of every box
    ops = []
    for x, big, cap1, cap2 in [(40, "41,200", "people aged 65+", "in Ashvale (2025)"),
                               (340, "7.4%", "of residents give", "unpaid care"),
                               (640, "2,960", "people with a", "learning disability")]:
        ops += [_text(x, 400, big, 30), _text(x, 372, cap1, 13), _text(x, 356, cap2, 13)]
    lines = _lines(_slide(ops))
    assert "41,200 people aged 65+ in Ashvale (2025)" in lines
    assert "7.4% of residents give unpaid care" in lines
    assert "2,960 people with a learning disability" in lines


def test_bullet_boxes_side_by_side_keep_each_bullet_whole():
    ops = [_text(40, 300, "Home care", 14), _text(40, 278, "1,900 people get home care each week"),
           _text(40, 256, "a waiting list of 85"),
           _text(480, 300, "Day services", 14), _text(480, 278, "620 people attend day services"),
           _text(480, 256, "in 11 centres")]
    lines = _lines(_slide(ops))
    assert "1,900 people get home care each week" in lines
    assert "620 people attend day services" in lines
    assert lines.index("Day services") > lines.index("1,900 people get home care each week")


def test_a_designed_table_with_padded_rows_stays_a_table():
    # rows 26 points apart (a cell's padding), further apart than a box's lines: each cell was a box of its own,
    # read one under another, the counts away from their names
    ops = [_text(40, 420, "Service"), _text(300, 420, "Places"), _text(380, 420, "Provider")]
    y = 394
    for name, n, who in [("Elm House", "32", "Brightwell"), ("Ferry Lodge", "18", "Oakcare"),
                         ("Glebe Court", "25", "Brightwell")]:
        ops += [_text(40, y, name), _text(300, y, n), _text(380, y, who)]
        y -= 26
    lines = _lines(_slide(ops))
    rows = [line for line in lines if line.startswith(("Elm", "Ferry", "Glebe"))]
    assert [row.split()[-2:] for row in rows] == [["32", "Brightwell"], ["18", "Oakcare"], ["25", "Brightwell"]]


def test_a_bar_charts_data_labels_go_with_the_categories_under_the_bars():
    # filled bars on one baseline, a figure inside the top of each and a name under each: read as text, the labels
    # came down the page by their bars' heights and the names all on one line under them
    ops = []
    base = 100
    for i, (name, value, height) in enumerate([("Northgate", "480", 160), ("Riverside", "1,210", 300),
                                                ("Hillfoot", "760", 220)]):
        x = 120 + i * 120
        ops += [f"0 0.6 0.6 rg {x} {base} 60 {height} re f", _text(x + 14, base + height - 16, value),
                _text(x + 2, base - 18, name)]
    for tick in range(0, 5):
        ops.append(_text(70, base + tick * 80 - 4, f"{tick * 400:,}"))
    lines = _lines(_slide(ops))
    assert "Northgate   480" in lines and "Riverside   1,210" in lines and "Hillfoot   760" in lines


def test_a_timeline_month_is_read_with_its_event():
    ops = []
    for x, y, month, event in [(40, 380, "Feb 2027", "Tender opens"), (260, 240, "Jun 2027", "Contract award"),
                               (480, 380, "Oct 2027", "Service starts")]:
        ops += [_text(x, y, month, 15), _text(x, y - 20, event, 13)]
    lines = _lines(_slide(ops))
    assert {"Feb 2027 Tender opens", "Jun 2027 Contract award", "Oct 2027 Service starts"} <= set(lines)


# ---------------------------------------------------------------- the proposer on a slide deck's lines, as read above

measures, dates = proposers_for("E08000012")  # Liverpool, as the geography the made-up figures are attached to


def test_a_box_heading_naming_no_subject_goes_on_with_the_slides_title():
    lines = ["Unpaid carers in Liverpool", "", "51,300 unpaid carers (Census 2021)", "", "7", "",
             "Housing with care", "", "Schemes in Liverpool, March 2027", "", "Key points", "",
             "9 schemes open with 512 apartments", ""]
    found = measures(lines)
    assert set(found.loc[found["value"] == 512, "measure"]) == {"extra_care_units"}


def test_a_timelines_milestones_give_their_stages_under_the_service_the_title_names():
    lines = ["Home support: timeline 2027", "", "Feb 2027 Tender published", "", "Jun 2027 Contract award", "",
             "Oct 2027 Contract start", ""]
    assert set(dates(lines)) == {("Home support", "procurement_start", "2027-02-01", "2027-02-28"),
                                 ("Home support", "award", "2027-06-01", "2027-06-30"),
                                 ("Home support", "contract_start", "2027-10-01", "2027-10-31")}
