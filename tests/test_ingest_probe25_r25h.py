"""Round 25 (r25h) of the document proposer's PDF reader (data/ingest/_pdf_worker.py), each rule on a made-up page
as a designed statement prints it from HTML and CSS: a table whose header is a shaded band over rows ruled only by
lines under them, and a right-aligned count column beside a left-aligned text column a cell's padding apart."""
from __future__ import annotations

import io

from data.ingest import read_document
from tests.ingest_fixtures import pdf_of_pages

SIZE = 10
DIGIT = 0.556 * SIZE  # Helvetica's digits are 556/1000 of an em wide


def _pdf(ops: list[str]) -> bytes:
    """One A4 page of Helvetica text and drawing operators, written by hand."""
    return pdf_of_pages([ops])


def _text(x: float, y: float, s: str, white: bool = False) -> str:
    colour = "1 g " if white else "0 g "
    return f"BT {colour}/F1 {SIZE} Tf {x:.2f} {y:.2f} Td ({s}) Tj ET"


def test_a_shaded_header_band_is_read_with_the_rows_under_it():
    # each header cell's fill is a rectangle (as a browser prints a <th>'s background): pdfplumber took the band for
    # a one-row ruled table and wrote it as tab cells, a blank line away from the rows (ruled only by a line under
    # each), which came out spaced at their columns
    ops = ["0.16 0.44 0.36 rg 50 700 200 20 re f 250 700 100 20 re f 350 700 100 20 re f",
           _text(55, 706, "Locality", white=True), _text(255, 706, "Carers 2011", white=True),
           _text(355, 706, "Carers 2021", white=True), "0 G 0.5 w"]
    y = 684
    for name, a, b in [("Ashton", "4,120", "4,380"), ("Brampton", "2,915", "3,040"), ("Carlow", "6,300", "6,655")]:
        ops += [_text(55, y, name), _text(255, y, a), _text(355, y, b), f"50 {y - 5} m 450 {y - 5} l S"]
        y -= 20
    lines = [line for line in read_document(_pdf(ops), "band.pdf") if line.strip()]
    assert not any("\t" in line for line in lines)
    header = next(line for line in lines if line.startswith("Locality"))
    row = next(line for line in lines if line.startswith("Ashton"))
    assert lines.index(row) == lines.index(header) + 1
    assert header.index("Carers 2011") == row.index("4,120") and header.index("Carers 2021") == row.index("4,380")


def test_a_right_aligned_count_beside_a_left_aligned_column_is_a_column_gap():
    # 'Units' right-aligned, 'Tenure' left-aligned a cell's padding (two characters) to its right: narrower than a
    # column gap, so '64 Affordable rent' read as one cell; lined up on three rows it is a column's edge
    tenure_x, gap = 300.0, 2.0 * DIGIT
    ops = [_text(tenure_x - gap - 5 * 0.6 * SIZE, 760, "Units"), _text(tenure_x, 760, "Tenure")]
    y = 740
    for scheme, units, tenure in [("Elm Court", "64", "Affordable rent"), ("Ash Place", "112", "Shared ownership"),
                                  ("Oak Yard", "48", "Mixed tenure")]:
        ops += [_text(60, y, scheme), _text(tenure_x - gap - len(units) * DIGIT, y, units), _text(tenure_x, y, tenure)]
        y -= 16
    lines = read_document(_pdf(ops), "units.pdf")
    rows = [line for line in lines if line.startswith(("Elm", "Ash", "Oak"))]
    assert [line.split("   ")[-1].strip() for line in rows] == ["Affordable rent", "Shared ownership", "Mixed tenure"]
    assert all("  " in line.split("Court")[-1].split("Place")[-1].split("Yard")[-1].strip() for line in rows)


def test_justified_prose_keeps_one_space_where_its_wide_gaps_do_not_line_up():
    # a justified column's stretched spaces are as wide (two characters), but fall at different places on each line
    import pdfplumber

    parts = [("There were 4,200", "unpaid carers in the area"), ("and 1,300 of them", "gave 50 hours or more"),
             ("of care a week in", "2021, up from 2011")]
    first = [_text(60, 760 - 14 * i, a) for i, (a, _) in enumerate(parts)]
    with pdfplumber.open(io.BytesIO(_pdf(first))) as pdf:
        ends = [line["x1"] for line in pdf.pages[0].extract_text_lines()]
    unit = 0.5 * SIZE  # near the median glyph's width of such text
    ops = first + [_text(end + 2.0 * unit, 760 - 14 * i, b) for i, (end, (_, b)) in enumerate(zip(ends, parts))]
    lines = [line for line in read_document(_pdf(ops), "prose.pdf") if line.strip()]
    assert len(lines) == 3 and not any("   " in line for line in lines)


def test_a_charts_empty_grid_is_no_table_and_its_tick_labels_are_kept():
    # a bar chart's gridlines and bars make a grid of empty cells: read as a table it gave blank lines, and the axis
    # tick labels left of it, on the grid's lines, were lost (all but the top one, above the grid)
    ops = [_text(60, 760, "Figure 3: Carers by locality, 2021"), "0 G 0.5 w"]
    for n, y in enumerate([700, 660, 620, 580]):
        ops += [f"120 {y} m 420 {y} l S", _text(70, y - 3, f"{(3 - n) * 5},000" if n < 3 else "0")]
    ops += [f"{x} 580 m {x} 700 l S" for x in (120, 220, 320, 420)]
    ops += [_text(150, 566, "Ashton"), _text(250, 566, "Brampton"), _text(350, 566, "Carlow")]
    lines = [line.strip() for line in read_document(_pdf(ops), "chart.pdf") if line.strip()]
    assert [line for line in lines if line[0].isdigit()] == ["15,000", "10,000", "5,000", "0"]


def test_axis_ticks_under_a_chart_title_with_no_source_line_are_no_figures():
    from tests.proposals import proposers_for

    measures, _ = proposers_for("E06000060")
    got = measures(["Figure 2: Unpaid carers by locality, 2011 and 2021", "24,000", "18,000", "12,000", "6,000",
                    "   0", "    Ashton       Brampton       Carlow", "Census 2011    Census 2021", "",
                    "In 2021, 21,450 people gave unpaid care."])
    values = {float(v) for v in got["value"]}
    assert 21450.0 in values
    assert not values & {24000.0, 18000.0, 12000.0, 6000.0}


def test_a_rate_a_strategy_aims_for_is_no_provision():
    from tests.proposals import proposers_for

    measures, _ = proposers_for("E06000060")
    got = measures(["The county has 3.8 extra care units per 1,000 people aged 75 and over. Our housing strategy aims "
                    "for 7.5 per 1,000 by 2032."])
    values = {float(v) for v in got["value"]}
    assert 3.8 in values and 7.5 not in values
