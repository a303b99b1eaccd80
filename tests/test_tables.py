"""The generic tab-separated table reader (data/tables.py), on real seed tables."""
from __future__ import annotations

import pytest

from data.seeds import Document, DocumentError, read_document
from data.tables import header_keys, parse_number, read_table

KENT = "kent-community-mps-2016"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("11,811", 11811.0),
        ("10.1%", 10.1),
        ("10.20%", 10.2),
        ("£789,600", 789600.0),
        ("£1.2m", 1_200_000.0),
        ("5k", 5000.0),
        ("-3.5", -3.5),
        ("~20", 20.0),
        ("c300", 300.0),
        ("  5,409,433 ", 5409433.0),
        ("\u00a0742", 742.0),
        ("0.66", 0.66),
    ],
)
def test_parse_number_reads_figures(text: str, value: float) -> None:
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "   ", "-", "--", "–", "n/a", "N/A", "about 5", "5 people", "2011 census", "Kent"])
def test_parse_number_refuses_anything_but_a_number(text: str) -> None:
    assert parse_number(text) is None


@pytest.fixture(scope="module")
def kent() -> Document:
    return read_document(KENT)


def _carers_lines(doc: Document) -> list[list[str]]:
    """The carers table's data lines, found independently of read_table: tab lines after its two header lines."""
    start = doc.find("Unpaid Care Provision")
    out = []
    for text in doc.lines[start + 1:]:  # doc.lines is 0-based: this is the line after the second header line
        if "\t" not in text:
            break
        out.append(text.split("\t"))
    return out


def test_kent_carers_table_columns(kent: Document) -> None:
    table = read_table(kent, "Unpaid Care Provision", header_lines=2)
    assert table.title == "Unpaid Care Provision"
    assert table.title_line == kent.find("Unpaid Care Provision")
    # the year over each pair of columns is carried to the right onto the share column
    assert table.columns[1][0] == "2011" and table.columns[2][0] == "2011"
    assert table.columns[3][0] == "2015" and table.columns[6][0] == "2020"
    assert "number" in table.columns[1][1].lower() and "proportion" in table.columns[2][1].lower()
    assert table.column_index("2015", "proportion") == 4
    assert table.column_index("2020", "number") == 5
    with pytest.raises(DocumentError, match="no column"):
        table.column_index("2030")


def test_kent_carers_table_rows_match_the_document(kent: Document) -> None:
    table = read_table(kent, "Unpaid Care Provision", header_lines=2)
    raw = _carers_lines(kent)
    assert [r.label for r in table.rows] == [cells[0].strip() for cells in raw]
    assert len(table.rows) == 14  # 12 districts, Kent, England
    first = table.rows[0]
    assert first.line == table.title_line + 2
    assert first.cells == raw[0]
    kent_row = table.row("kent")  # labels match case-insensitively
    assert kent_row.number(1) == parse_number(raw[-2][1])
    assert kent_row.number(99) is None


def test_kent_carers_districts_add_up_to_kent(kent: Document) -> None:
    """The document's own arithmetic: the 12 districts sum to the Kent row in every year."""
    table = read_table(kent, "Unpaid Care Provision", header_lines=2)
    districts = table.rows[:12]
    for year in ("2011", "2015", "2020"):
        col = table.column_index(year, "number")
        assert sum(r.number(col) or 0 for r in districts) == table.row("Kent").number(col)


def test_header_is_detected_when_first_cells_are_blank(kent: Document) -> None:
    table = read_table(kent, "Estimated no. living with dementia")
    assert len(table.header) == 2
    assert table.column_index("2020") == 2
    assert table.rows[0].label == "Ashford"
    assert table.rows[-1].label.lower().startswith("total")


def test_row_lookup_ignores_case_and_spacing(kent: Document) -> None:
    table = read_table(kent, "Clinical Commissioning Group\tGP Registers")
    row = table.row("dartford,  gravesham & swanley")
    assert row.line == kent.find("Dartford, Gravesham & Swanley\t")
    with pytest.raises(DocumentError, match="no row 'Medway'"):
        table.row("Medway")


def test_missing_marker_raises_document_error(kent: Document) -> None:
    with pytest.raises(DocumentError, match="not found") as info:
        read_table(kent, "No such table title anywhere")
    assert kent.info.seed_file in str(info.value)


def test_marker_in_prose_without_a_table_raises(kent: Document) -> None:
    # a prose line (found first at its own position) followed by five more non-blank lines without a tab
    n = next(i for i in range(1, len(kent.lines) - 6)
             if all(kent.line(j).strip() and "\t" not in kent.line(j) for j in range(i, i + 6))
             and kent.find(kent.line(i)) == i)
    with pytest.raises(DocumentError, match="no table follows"):
        read_table(kent, kent.line(n))


def test_blank_lines_inside_a_table_are_skipped(kent: Document) -> None:
    lines = ["Title", "\tA\tB", "", "North\t1\t2", "", "South\t3\t4", "prose after"]
    doc = Document(info=kent.info, path=kent.path, lines=lines)
    table = read_table(doc, "Title")
    assert [r.label for r in table.rows] == ["North", "South"]
    assert [r.line for r in table.rows] == [4, 6]
    assert table.column_index("B") == 2 and table.row("South").number(2) == 4


def test_header_keys_span_upper_levels_and_align_short_rows() -> None:
    header = [["Area", "2011", "", "2015", ""], ["", "Count", "Share", "Count", "Share"]]
    assert header_keys(header, 5) == [
        ("Area",), ("2011", "Count"), ("2011", "Share"), ("2015", "Count"), ("2015", "Share")]
    # a header row written without the label column: padded after its cells, or before them (space-aligned)
    short = [["2011", "2015"], ["Count", "Count"]]
    assert header_keys(short, 3) == [("2011", "Count"), ("2015", "Count"), ("2015",)]
    assert header_keys(short, 3, align_right=True) == [(), ("2011", "Count"), ("2015", "Count")]
