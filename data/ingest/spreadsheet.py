"""Read an Excel workbook (.xlsx: a council's data annex or commissioning forward plan) into numbered lines of text.

An .xlsx is a zip of XML (Office Open XML, SpreadsheetML): xl/workbook.xml lists the sheets in their tab order, each
sheet's cells are in its own part, text is kept once in xl/sharedStrings.xml (or inline in the cell), and how a number
is shown (a date, a per cent, thousands separators) is a number format in xl/styles.xml. The text comes out as the
other readers give a document's tables: each visible sheet in workbook order, its name a heading line between blank
lines, then its rows as tab-separated lines, cells in column order with empty cells kept (so the columns stay
aligned), an empty row a blank line. A merged cell's value is in its first cell. Numbers read as the sheet shows them:
a date serial under a date format as a date the proposer's date parser reads ('31 March 2027', 'January 2027' where
the format shows no day), a fraction under a per cent format times 100 with its '%' ('0.104' under '0.0%' is
'10.4%'), a count with its thousands separators; a formula's cached value (the figure Excel last showed); booleans
as TRUE and FALSE. What the workbook does not show is left out, as the web page reader leaves hidden text out: hidden
sheets (superseded figures kept 'just in case'), hidden rows and hidden columns.
"""
from __future__ import annotations

import calendar
import posixpath
import re
import zipfile
from datetime import date, datetime, timedelta

from data.ingest.errors import IngestError

MAX_CELLS = 2_000_000  # cells written out (empty ones between filled ones too): a wide, deep sheet is refused
MAX_COLUMN = 16_384   # Excel's last column, XFD

# Excel's built-in number formats that the workbook names by id only (ECMA-376 part 1, 18.8.30)
BUILTIN_FORMATS = {
    0: "General", 1: "0", 2: "0.00", 3: "#,##0", 4: "#,##0.00", 9: "0%", 10: "0.00%", 11: "0.00E+00",
    12: "# ?/?", 13: "# ??/??", 14: "dd/mm/yyyy", 15: "d-mmm-yy", 16: "d-mmm", 17: "mmm-yy", 18: "h:mm AM/PM",
    19: "h:mm:ss AM/PM", 20: "h:mm", 21: "h:mm:ss", 22: "dd/mm/yyyy h:mm", 37: "#,##0 ;(#,##0)",
    38: "#,##0 ;[Red](#,##0)", 39: "#,##0.00;(#,##0.00)", 40: "#,##0.00;[Red](#,##0.00)", 45: "mm:ss",
    46: "[h]:mm:ss", 47: "mmss.0", 48: "##0.0E+0", 49: "@",
}
BUILTIN_FORMATS.update({k: "dd/mm/yyyy" for k in (*range(27, 37), *range(50, 59))})  # East Asian locales' dates
_LITERALS = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.')  # quoted text, escaped characters, [colour]/[$-809], padding
_CURRENCY = re.compile(r'"([£$€])"|\\([£$€])|\[\$([£$€])[^\]]*\]|([£$€])')
_DECIMALS = re.compile(r"\.([0#?]+)")
_THOUSANDS = re.compile(r"[#0?],[#0?]")
_SPACES = re.compile(r"\s+")
_CELL_REF = re.compile(r"([A-Z]{1,3})(\d+)$")
HIDDEN_STATES = ("hidden", "veryHidden")
WORKSHEET = "/worksheet"  # (how a relationship's type ends: a chart sheet or a macro sheet is no table)


def read_xlsx(archive: zipfile.ZipFile, name: str, max_cells: int = MAX_CELLS) -> list[str]:
    """The workbook's visible sheets as lines (see the module's docstring), or an IngestError saying what is wrong.
    `archive` has been checked against the zip limits (readers.check_zip)."""
    workbook = _xml(archive, "xl/workbook.xml", name)
    targets = _relationships(archive, "xl/workbook.xml")
    strings = _shared_strings(archive, targets, name)
    formats = _cell_formats(archive, targets, name)
    epoch = _epoch(workbook)
    lines: list[str] = []
    budget = [max_cells]
    for sheet in workbook.iterfind("{*}sheets/{*}sheet"):
        if sheet.get("state") in HIDDEN_STATES:
            continue
        target = targets.get(_rel_id(sheet))
        if target is None or not target[1].endswith(WORKSHEET) or target[0] not in archive.namelist():
            continue
        rows = _sheet_rows(_xml(archive, target[0], name), strings, formats, epoch, name, budget)
        lines.extend(sheet_block(sheet.get("name", ""), rows))
    return lines


def sheet_block(sheet_name: str, rows: list[str]) -> list[str]:
    """A sheet as the reader lays one out: its name a heading line between blank lines, then its rows; a sheet with
    nothing in it, nothing. (The OpenDocument spreadsheet reader lays its sheets out the same way.)"""
    return ["", sheet_name, "", *rows] if rows else []


# ------------------------------------------------------------------------------- parts

def _xml(archive: zipfile.ZipFile, part: str, name: str):
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        return etree.fromstring(archive.read(part), parser)
    except KeyError:
        raise IngestError(f"{name!r} could not be read as an Excel workbook (it has no {part}): it may be damaged.",
                          "corrupt") from None
    except etree.XMLSyntaxError as exc:
        raise IngestError(f"{name!r} could not be read as an Excel workbook ({exc.msg}): it may be damaged.",
                          "corrupt") from None


def _rel_id(element) -> str | None:
    """The r:id of a workbook's sheet, whichever relationships namespace (transitional or strict) names it."""
    return next((v for k, v in element.attrib.items() if k.endswith("}id")), None)


def _relationships(archive: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
    """A part's relationships: id -> (the target part's path in the archive, the relationship's type)."""
    from lxml import etree

    folder, base = posixpath.split(part)
    rels = f"{folder}/_rels/{base}.rels"
    if rels not in archive.namelist():
        return {}
    root = etree.fromstring(archive.read(rels), etree.XMLParser(resolve_entities=False, no_network=True))
    out = {}
    for rel in root.iterfind("{*}Relationship"):
        if rel.get("TargetMode") == "External":
            continue
        target = rel.get("Target", "")
        path = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join(folder, target))
        out[rel.get("Id", "")] = (path, rel.get("Type", ""))
    return out


def _part_of_type(targets: dict[str, tuple[str, str]], kind: str, default: str) -> str:
    return next((path for path, rel_type in targets.values() if rel_type.endswith(kind)), default)


def _text_of(element) -> str:
    """A string item's text: its own t, or its rich-text runs' (r/t), never the phonetic guide (rPh); a character
    Excel escapes as '_xHHHH_' (a carriage return in a cell is '_x000D_') as itself."""
    text = "".join(t.text or "" for t in element.iterfind("{*}t")) + "".join(
        t.text or "" for t in element.iterfind("{*}r/{*}t"))
    return _ESCAPED.sub(lambda m: chr(int(m.group(1), 16)), text) if "_x" in text else text


_ESCAPED = re.compile(r"_x([0-9A-Fa-f]{4})_")


def _shared_strings(archive: zipfile.ZipFile, targets, name: str) -> list[str]:
    part = _part_of_type(targets, "/sharedStrings", "xl/sharedStrings.xml")
    if part not in archive.namelist():
        return []
    return [_text_of(si) for si in _xml(archive, part, name).iterfind("{*}si")]


def _cell_formats(archive: zipfile.ZipFile, targets, name: str) -> list[str]:
    """Each cell style's number format code (a cell's s attribute indexes this list)."""
    part = _part_of_type(targets, "/styles", "xl/styles.xml")
    if part not in archive.namelist():
        return []
    styles = _xml(archive, part, name)
    custom = {int(f.get("numFmtId", "-1")): f.get("formatCode", "General")
              for f in styles.iterfind("{*}numFmts/{*}numFmt")}
    codes = []
    for xf in styles.iterfind("{*}cellXfs/{*}xf"):
        fmt_id = int(xf.get("numFmtId", "0") or 0)
        codes.append(custom.get(fmt_id, BUILTIN_FORMATS.get(fmt_id, "General")))
    return codes


def _epoch(workbook) -> datetime:
    """Day 0 of the workbook's date serials: 30 December 1899 (Excel's 1900 system, its leap-day fault folded in for
    every date after February 1900), or 1 January 1904 for a workbook saved with the 1904 date system."""
    pr = workbook.find("{*}workbookPr")
    if pr is not None and pr.get("date1904") in ("1", "true"):
        return datetime(1904, 1, 1)
    return datetime(1899, 12, 30)


# ------------------------------------------------------------------------------- a sheet

def _column_number(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


def _hidden_columns(sheet) -> set[int]:
    hidden: set[int] = set()
    for col in sheet.iterfind("{*}cols/{*}col"):
        if col.get("hidden") in ("1", "true"):
            low, high = int(col.get("min", "1")), min(int(col.get("max", "1")), MAX_COLUMN)
            hidden.update(range(low, high + 1))
    return hidden


def _covered_cells(sheet) -> set[tuple[int, int]]:
    """(row, column) of every cell a merge covers but its first: the merge's value is the first cell's."""
    covered: set[tuple[int, int]] = set()
    for merge in sheet.iterfind("{*}mergeCells/{*}mergeCell"):
        corners = [_CELL_REF.match(ref) for ref in merge.get("ref", "").split(":")]
        if len(corners) != 2 or not all(corners):
            continue
        (c1, r1), (c2, r2) = [(_column_number(m.group(1)), int(m.group(2))) for m in corners]
        if (r2 - r1 + 1) * (c2 - c1 + 1) > 100_000:
            continue  # (a merge over a whole sheet covers nothing worth reading)
        covered.update((r, c) for r in range(r1, r2 + 1) for c in range(c1, c2 + 1) if (r, c) != (r1, c1))
    return covered


def _sheet_rows(sheet, strings, formats, epoch, name: str, budget: list[int]) -> list[str]:
    """The sheet's visible rows as tab-separated lines (sheet_lines) from its first used visible column (a hidden
    column is no column: the cells either side of it are neighbours, as the sheet shows them)."""
    hidden_columns, covered = _hidden_columns(sheet), _covered_cells(sheet)
    rows: list[tuple[int, dict[int, str] | None]] = []  # (row number, its cells by column; None: hidden)
    number = 0
    for row in sheet.iterfind("{*}sheetData/{*}row"):
        number = int(row.get("r") or number + 1)
        if row.get("hidden") in ("1", "true"):
            rows.append((number, None))
            continue
        cells: dict[int, str] = {}
        column = 0
        for cell in row.iterfind("{*}c"):
            ref = _CELL_REF.match(cell.get("r", ""))
            column = _column_number(ref.group(1)) if ref else column + 1
            if column in hidden_columns or (number, column) in covered or column > MAX_COLUMN:
                continue
            text = _cell_text(cell, strings, formats, epoch)
            if text:
                cells[column] = text
        rows.append((number, cells))
    return sheet_lines(rows, hidden_columns, name, budget)


def sheet_lines(rows: list[tuple[int, dict[int, str] | None]], hidden_columns: set[int], name: str,
                budget: list[int]) -> list[str]:
    """A sheet's rows ((row number, its cells' texts by column number; None: a hidden row), in order) as
    tab-separated lines from the first used column, hidden columns left out; a gap between row numbers or an empty
    row as one blank line, none at the top or the bottom; a hidden row leaves no gap. `budget` holds the cells still
    to be written (a list, so the sheets of a workbook share it). (The OpenDocument spreadsheet reader lays its rows
    out with this too.)"""
    used = sorted({c for _, cells in rows if cells for c in cells})
    if not used:
        return []
    lines: list[str] = []
    previous = None
    for number, cells in rows:
        gap = previous is not None and number > previous + 1
        previous = number
        if cells is None:
            continue
        if (gap or not cells) and lines and lines[-1]:
            lines.append("")  # (an empty row, or rows Excel left out because they are empty)
        if cells:
            lines.append(_row_line(cells, used[0], hidden_columns, name, budget))
    while lines and not lines[-1]:
        lines.pop()
    return lines


def _row_line(cells: dict[int, str], first: int, hidden_columns: set[int], name: str, budget: list[int]) -> str:
    columns = [c for c in range(first, max(cells) + 1) if c not in hidden_columns]
    budget[0] -= len(columns)
    if budget[0] < 0:
        raise IngestError(f"{name!r} has more cells than the atlas reads ({MAX_CELLS:,}): save the sheets with the "
                          "figures as .csv, or delete the empty columns and rows.", "oversize")
    return "\t".join(cells.get(c, "") for c in columns)


# ------------------------------------------------------------------------------- a cell

def _cell_text(cell, strings: list[str], formats: list[str], epoch: datetime) -> str:
    """The cell's text as the sheet shows it, on one line."""
    kind = cell.get("t", "n")
    value = cell.find("{*}v")
    raw = value.text if value is not None and value.text is not None else ""
    if kind == "inlineStr":
        inline = cell.find("{*}is")
        text = _text_of(inline) if inline is not None else raw
    elif kind == "s":
        text = strings[int(raw)] if raw.strip() else ""
    elif kind == "b":
        text = "TRUE" if raw.strip() in ("1", "true") else "FALSE" if raw.strip() else ""
    elif kind in ("str", "e"):
        text = raw  # a formula's text result; an error as shown ('#N/A')
    elif kind == "d":
        text = iso_date_text(raw, _format_of(cell, formats))
    else:
        text = _number_text(raw, _format_of(cell, formats), epoch) if raw.strip() else ""
    return _SPACES.sub(" ", text).strip()


def _format_of(cell, formats: list[str]) -> str:
    try:
        return formats[int(cell.get("s", "0"))]
    except (ValueError, IndexError):
        return "General"


def _number_text(raw: str, code: str, epoch: datetime) -> str:
    try:
        number = float(raw)
    except ValueError:
        return raw
    section = code.split(";")[0]
    bare = _LITERALS.sub("", section)
    if _is_date_format(bare) and 0 < number < 2_958_466:  # (Excel's last date is 31 December 9999)
        return _date_text(epoch + timedelta(days=number), bare)
    if section.strip().lower() in ("general", "@", "") or "E+" in bare.upper() or "?/" in bare:
        return general_text(number)
    decimals = _DECIMALS.search(bare)
    places = len(decimals.group(1)) if decimals else 0
    if "%" in bare:
        return f"{number * 100:.{places}f}%"
    text = f"{number:,.{places}f}" if _THOUSANDS.search(bare) else f"{number:.{places}f}"
    currency = _CURRENCY.search(section)
    if currency:
        symbol = next(g for g in currency.groups() if g)
        text = f"-{symbol}{text[1:]}" if text.startswith("-") else f"{symbol}{text}"
    return text


def general_text(number: float) -> str:
    """A number as Excel's General format shows it: no separators, no trailing zeros."""
    if number.is_integer() and abs(number) < 1e15:
        return str(int(number))
    text = f"{number:.10g}"
    if "e" in text:
        text = f"{number:.10f}".rstrip("0").rstrip(".")
    return text


def _is_date_format(bare: str) -> bool:
    """A format showing a date or a time: it has a day, month or year (or hours, minutes, seconds) code outside
    quoted text."""
    code = bare.lower()
    if code in ("general", "@") or not code:
        return False
    return bool(re.search(r"[dy]", code) or re.search(r"m", code) and not re.search(r"[0#?]", code)
                or re.search(r"[hs]", code) and not re.search(r"[0#?]", code.replace(".0", "")))


def _date_text(moment: datetime, bare: str) -> str:
    """A date as the proposer's date parser reads it, to the precision the format shows: '31 March 2027' (a day),
    'March 2027' (a month: mmm-yy), '2027' (a year); a time after it where the format shows one."""
    code = bare.lower()
    has_day = "d" in code
    has_year = "y" in code
    has_month = "m" in code.replace(":mm", "").replace("h:m", "") or "mmm" in code
    month = calendar.month_name[moment.month]
    if has_day and (has_year or has_month):
        text = f"{moment.day} {month} {moment.year}"
    elif has_month and has_year:
        text = f"{month} {moment.year}"
    elif has_year:
        text = str(moment.year)
    elif has_day:
        text = f"{moment.day} {month}"
    elif has_month and "mmm" in code:
        text = month
    else:
        text = ""
    if "h" in code or (not text and "s" in code):
        clock = f"{moment.hour:02d}:{moment.minute:02d}" + (f":{moment.second:02d}" if "s" in code else "")
        text = f"{text} {clock}".strip()
    return text


def iso_date_text(raw: str, code: str) -> str:
    """A cell stored as an ISO 8601 date (t="d", as some programs write them), shown as its format shows it."""
    try:
        moment = datetime.fromisoformat(raw.strip().replace("Z", ""))
    except ValueError:
        try:
            moment = datetime.combine(date.fromisoformat(raw.strip()), datetime.min.time())
        except ValueError:
            return raw
    bare = _LITERALS.sub("", code.split(";")[0])
    return _date_text(moment, bare if _is_date_format(bare) else "d mmmm yyyy")
