"""Read an OpenDocument spreadsheet (.ods: LibreOffice Calc's format, and the open standard GOV.UK guidance asks public
bodies to publish data tables in) into numbered lines of text.

An .ods is a zip of XML like an .odt (data/ingest/open_document.py): content.xml holds every sheet as a table:table in
tab order, each row a table:table-row of table:table-cell elements. Calc writes runs of equal rows and cells once with
a repeat count (table:number-rows-repeated, table:number-columns-repeated): the unused columns to the sheet's edge as
one cell repeated thousands of times and the empty rows to its foot as one row repeated a million times, so a repeat is
expanded only where it holds something. The text comes out as the Excel reader gives a workbook's
(data/ingest/spreadsheet.py lays out both): each visible sheet in order, its name a heading line between blank lines,
then its rows as tab-separated lines from the first used column, an empty row a blank line; a merged cell's value in
its first cell (the cells it covers are table:covered-table-cell, read as empty). A cell reads as the sheet shows it
(its text:p, a count with its thousands separators), but a per cent and a date as the Excel reader shows them: a
percentage cell's stored fraction times 100 ('0.103' shown to one place is '10.3%'), a date cell's
office:date-value as a date the proposer's date parser reads ('31 March 2027'; 'March 2027' where its style shows no
day). What the sheet does not show is left out: a sheet hidden by its table style (table:display="false"), rows and
columns with table:visibility "collapse" or "filter", and comments (office:annotation).
"""
from __future__ import annotations

import re
import zipfile
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from data.ingest.errors import IngestError
from data.ingest.open_document import CELL, COVERED, ROW, ROW_GROUPS, TABLE, TextReader, odf_name
from data.ingest.spreadsheet import MAX_CELLS, MAX_COLUMN, general_text, iso_date_text, sheet_block, sheet_lines

ODS_MIMETYPE = "application/vnd.oasis.opendocument.spreadsheet"  # (a template's, '...-template', is read too)
COLUMN, COLUMN_GROUPS = odf_name("table:table-column"), {odf_name("table:table-columns"), odf_name("table:table-column-group"),
                                                   odf_name("table:table-header-columns")}
HIDDEN = ("collapse", "filter")  # a row's or a column's table:visibility when the sheet does not show it
STYLE, TABLE_PROPERTIES = odf_name("style:style"), odf_name("style:table-properties")
DATE_STYLE, PERCENTAGE_STYLE = odf_name("number:date-style"), odf_name("number:percentage-style")
# a date style's parts as the Excel reader's date formats name them (spreadsheet._date_text reads the precision)
_DATE_PARTS = {odf_name("number:day"): "d", odf_name("number:month"): "mmmm", odf_name("number:year"): "yyyy",
               odf_name("number:hours"): "h", odf_name("number:minutes"): ":mm", odf_name("number:seconds"): ":ss"}
_DECIMALS = re.compile(r"\.(\d+)")


def read_ods(archive: zipfile.ZipFile, name: str, max_cells: int = MAX_CELLS) -> list[str]:
    """The spreadsheet's visible sheets as lines (see the module's docstring), or an IngestError saying what is wrong.
    `archive` has been checked against the zip limits (readers.check_zip)."""
    from lxml import etree

    _refuse_other_kinds(archive, name)
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False)
    try:
        root = etree.fromstring(archive.read("content.xml"), parser)
    except etree.XMLSyntaxError as exc:
        raise IngestError(f"{name!r} could not be read as an OpenDocument spreadsheet ({exc.msg}): it may be "
                          "damaged.", "corrupt") from None
    body = root.find(f"{odf_name('office:body')}/{odf_name('office:spreadsheet')}")
    if body is None:
        raise IngestError(f"{name!r} is not an OpenDocument spreadsheet (it has no spreadsheet body): save it from "
                          "LibreOffice Calc as .ods.", "format")
    styles = _Styles([root, *_styles_part(archive, parser)])
    budget = [max_cells]
    lines: list[str] = []
    for table in body.iterchildren(TABLE):
        if table.get(odf_name("table:style-name")) in styles.hidden_tables:
            continue
        rows = _sheet_rows(table, styles, name, budget)
        lines.extend(sheet_block(table.get(odf_name("table:name"), ""), rows))
    return lines


def _refuse_other_kinds(archive: zipfile.ZipFile, name: str) -> None:
    """An IngestError for an OpenDocument file that is not a spreadsheet (a text document renamed) or is encrypted
    (saved with a password: its parts are ciphertext, and META-INF/manifest.xml says how they were encrypted)."""
    names = set(archive.namelist())
    mimetype = archive.read("mimetype").decode("ascii", "replace").strip() if "mimetype" in names else ""
    if mimetype and not mimetype.startswith(ODS_MIMETYPE):
        kind = mimetype.rsplit(".", 1)[-1]
        raise IngestError(f"{name!r} is an OpenDocument {kind} file, not a spreadsheet: upload a text document as "
                          ".odt, or save the tables from LibreOffice Calc as .ods.", "format")
    manifest = archive.read("META-INF/manifest.xml") if "META-INF/manifest.xml" in names else b""
    if b"encryption-data" in manifest:
        raise IngestError(f"{name!r} is password-protected (encrypted), so it cannot be read: open it in LibreOffice "
                          "Calc, save it again without a password (File > Save As, untick 'Save with password'), "
                          "or save the sheets with the figures as .csv.", "encrypted")


def _styles_part(archive: zipfile.ZipFile, parser) -> list:
    from lxml import etree

    if "styles.xml" not in archive.namelist():
        return []
    try:
        return [etree.fromstring(archive.read("styles.xml"), parser)]
    except etree.XMLSyntaxError:
        return []  # (named styles lost: dates then read to the day, per cents from the text shown)


class _Styles:
    """What the spreadsheet's styles say about showing its cells: the table styles that hide a sheet, and each cell
    style's data style (how a date or a per cent is shown), through its parent styles."""

    def __init__(self, roots: list) -> None:
        self.hidden_tables: set[str] = set()
        self.parents: dict[str, str | None] = {}
        self.data_styles: dict[str, str] = {}
        self.dates: dict[str, str] = {}      # date style -> a format code for spreadsheet._date_text
        self.places: dict[str, int] = {}     # percentage style -> decimal places
        for root in roots:
            for style in root.iter(STYLE):
                self._style(style)
            for style in root.iter(DATE_STYLE):
                parts = [_DATE_PARTS[part.tag] for part in style if part.tag in _DATE_PARTS]
                self.dates[style.get(odf_name("style:name"), "")] = " ".join(parts)
            for style in root.iter(PERCENTAGE_STYLE):
                number = style.find(odf_name("number:number"))
                if number is not None and (number.get(odf_name("number:decimal-places")) or "").isdigit():
                    self.places[style.get(odf_name("style:name"), "")] = int(number.get(odf_name("number:decimal-places")))

    def _style(self, style) -> None:
        name = style.get(odf_name("style:name"), "")
        family = style.get(odf_name("style:family"))
        if family == "table":
            properties = style.find(TABLE_PROPERTIES)
            if properties is not None and properties.get(odf_name("table:display")) == "false":
                self.hidden_tables.add(name)
        elif family == "table-cell":
            self.parents[name] = style.get(odf_name("style:parent-style-name"))
            if style.get(odf_name("style:data-style-name")):
                self.data_styles[name] = style.get(odf_name("style:data-style-name"))

    def data_style(self, cell_style: str | None) -> str | None:
        for _ in range(20):  # (a parent chain is short; a loop in it is a damaged file)
            if cell_style is None:
                return None
            if cell_style in self.data_styles:
                return self.data_styles[cell_style]
            cell_style = self.parents.get(cell_style)
        return None


# ------------------------------------------------------------------------------- a sheet

def _grouped(parent, tag: str, groups: set[str]):
    """The table's `tag` children in order (its rows, or its columns), those inside `groups` too (header rows and
    row groups; header columns and column groups)."""
    for child in parent:
        if child.tag == tag:
            yield child
        elif child.tag in groups:
            yield from _grouped(child, tag, groups)


def _row_elements(table):
    return _grouped(table, ROW, ROW_GROUPS)


def _column_elements(table):
    return _grouped(table, COLUMN, COLUMN_GROUPS)


def _repeat(element, attribute: str) -> int:
    try:
        return max(1, int(element.get(odf_name(attribute)) or "1"))
    except ValueError:
        return 1


def _columns(table) -> tuple[set[int], dict[int, str]]:
    """The sheet's hidden column numbers (from 1) and each used column's default cell style (a cell without a style
    of its own is shown in its column's)."""
    hidden: set[int] = set()
    defaults: dict[int, str] = {}
    number = 1
    for column in _column_elements(table):
        repeat = min(_repeat(column, "table:number-columns-repeated"), MAX_COLUMN + 1 - number)
        span = range(number, number + repeat)
        if column.get(odf_name("table:visibility")) in HIDDEN:
            hidden.update(span)
        style = column.get(odf_name("table:default-cell-style-name"))
        if style and style != "Default" and repeat < 1024:  # (not the thousands of unused columns to the edge)
            defaults.update(dict.fromkeys(span, style))
        number += repeat
        if number > MAX_COLUMN:
            break
    return hidden, defaults


def _sheet_rows(table, styles: _Styles, name: str, budget: list[int]) -> list[str]:
    """The sheet's visible rows as tab-separated lines (spreadsheet.sheet_lines). A run of repeated rows is one row
    number advanced past when it is empty or hidden, and expanded when it holds something (as far as the cell
    budget allows: sheet_lines refuses past it)."""
    hidden_columns, defaults = _columns(table)
    rows: list[tuple[int, dict[int, str] | None]] = []  # (row number, its cells by column; None: hidden)
    number = 0
    for row in _row_elements(table):
        repeat = _repeat(row, "table:number-rows-repeated")
        if row.get(odf_name("table:visibility")) in HIDDEN:
            number += repeat
            rows.append((number, None))
            continue
        cells = _row_cells(row, hidden_columns, defaults, styles)
        if not cells:
            number += repeat
            continue
        for _ in range(min(repeat, budget[0] // len(cells) + 1)):
            number += 1
            rows.append((number, cells))
    return sheet_lines(rows, hidden_columns, name, budget)


def _row_cells(row, hidden_columns: set[int], defaults: dict[int, str], styles: _Styles) -> dict[int, str]:
    """A row's shown cells' texts by column number (from 1): a covered (merged) cell, an empty one and one in a
    hidden column left out; a cell repeated across columns is each of them."""
    cells: dict[int, str] = {}
    column = 1
    for cell in row:
        if cell.tag not in (CELL, COVERED):
            continue
        repeat = min(_repeat(cell, "table:number-columns-repeated"), MAX_COLUMN + 1 - column)
        if cell.tag == CELL and (len(cell) or cell.get(odf_name("office:value-type"))):
            text = _cell_text(cell, styles, cell.get(odf_name("table:style-name")) or defaults.get(column))
            if text:
                cells.update((c, text) for c in range(column, column + repeat) if c not in hidden_columns)
        column += repeat
        if column > MAX_COLUMN:
            break
    return cells


# ------------------------------------------------------------------------------- a cell

def _cell_text(cell, styles: _Styles, cell_style: str | None) -> str:
    """The cell's text as the sheet shows it, on one line; a per cent and a date as the Excel reader shows them."""
    shown = TextReader().cell_text(cell)
    kind = cell.get(odf_name("office:value-type"))
    if kind == "percentage":
        return _percent_text(cell.get(odf_name("office:value")), shown, styles.places.get(styles.data_style(cell_style)))
    if kind == "date" and cell.get(odf_name("office:date-value")):
        return iso_date_text(cell.get(odf_name("office:date-value")), styles.dates.get(styles.data_style(cell_style), ""))
    if kind in ("float", "currency") and not shown and cell.get(odf_name("office:value")):
        return _number_text(cell.get(odf_name("office:value")))
    if kind == "boolean" and not shown:
        return "TRUE" if cell.get(odf_name("office:boolean-value")) == "true" else "FALSE"
    return shown


def _percent_text(value: str | None, shown: str, places: int | None) -> str:
    """A percentage cell's fraction as a per cent ('0.103' -> '10.3%'), to the places its style shows (or the text
    shown does), rounded half up as Calc shows it ('0.0895' to one place is '9.0%')."""
    try:
        number = Decimal(value or "") * 100
    except InvalidOperation:
        return shown
    if places is None:
        decimals = _DECIMALS.search(shown)
        places = len(decimals.group(1)) if decimals else None
    if places is None:
        return f"{general_text(float(number))}%"
    return f"{number.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP)}%"


def _number_text(value: str) -> str:
    try:
        return general_text(float(value))
    except ValueError:
        return value
