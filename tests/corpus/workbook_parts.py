"""Excel workbook (.xlsx) parts for the corpus's workbook generators (make_142_xlsx.py, make_145_xlsx.py).

An Office Open XML workbook written with the standard library only (zipfile and the XML as strings) in the shape Excel
gives it: shared and inline strings, numbers under number formats (the cell styles below), booleans, formulas with
their cached values, merged cells, hidden rows and sheets, a print area, fixed zip entry times (the same input gives
the same bytes). A generator gives its sheets' rows as cells made with s(), i(), n(), b(), f() and pad().
"""
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

from generate import write_zip  # (a sibling module: the generators run from the repository root)

HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

# cell styles (indexes into cellXfs below)
GENERAL, BOLD, THOUSANDS, PERCENT, DMY, DAY_MONTH_YEAR, MON_YY, SHORT_DATE, POUNDS, MONTH_YEAR, TITLE, D_MON_YY, \
    PAD, PENCE = range(14)  # (PENCE only in a workbook written with pound_pence=True)

# ---------------------------------------------------------------- cells
# A cell is (column, kind, value, style): kind 's' a shared string, 'i' an inline string, 'n' a number, 'b' a
# boolean, 'f' a formula (value = (formula, cached number)), 'e' an empty styled cell.


def s(col, text, style=GENERAL):
    return (col, "s", text, style)


def i(col, text, style=GENERAL):
    return (col, "i", text, style)


def n(col, number, style=GENERAL):
    return (col, "n", number, style)


def b(col, flag):
    return (col, "b", flag, GENERAL)


def f(col, formula, cached, style=THOUSANDS):
    return (col, "f", (formula, cached), style)


def pad(*cols):
    return [(col, "e", None, PAD) for col in cols]


def column_number(column: str) -> int:
    """'A' -> 1, 'J' -> 10, 'AB' -> 28."""
    number = 0
    for letter in column:
        number = number * 26 + ord(letter) - 64
    return number


class Strings:
    """The shared string table, in first-use order as Excel builds it."""

    def __init__(self):
        self.items: list = []
        self.index: dict = {}

    def ref(self, text) -> int:
        if text not in self.index:
            self.index[text] = len(self.items)
            self.items.append(text)
        return self.index[text]

    def xml(self, uses: int) -> str:
        out = []
        for item in self.items:
            if isinstance(item, tuple):
                runs = "".join(f'<r>{"<rPr><b/></rPr>" if k else ""}<t xml:space="preserve">{escape(t)}</t></r>'
                               for k, t in enumerate(item))
                out.append(f"<si>{runs}</si>")
            else:
                out.append(f'<si><t xml:space="preserve">{escape(item)}</t></si>' if item != item.strip()
                           else f"<si><t>{escape(item)}</t></si>")
        return (HEAD + f'<sst xmlns="{MAIN}" count="{uses}" uniqueCount="{len(self.items)}">' + "".join(out)
                + "</sst>")


def cell_xml(row: int, cell, strings: Strings, uses: list) -> str:
    col, kind, value, style = cell
    ref = f"{col}{row}"
    st = f' s="{style}"' if style else ""
    if kind == "s":
        uses.append(1)
        return f'<c r="{ref}"{st} t="s"><v>{strings.ref(value)}</v></c>'
    if kind == "i":
        return f'<c r="{ref}"{st} t="inlineStr"><is><t>{escape(value)}</t></is></c>'
    if kind == "n":
        return f'<c r="{ref}"{st}><v>{value}</v></c>'
    if kind == "b":
        return f'<c r="{ref}" t="b"><v>{1 if value else 0}</v></c>'
    if kind == "f":
        formula, cached = value
        return f'<c r="{ref}"{st}><f>{escape(formula)}</f><v>{cached}</v></c>'
    return f'<c r="{ref}"{st}/>'


def sheet_xml(rows, strings: Strings, uses: list, merges=(), cols="", hidden_rows=(), tab_selected=False,
              last_column: str = "J") -> str:
    """A worksheet: `rows` maps a row number to its cells (in column order); rows not given are absent, as Excel
    leaves an empty row out. `last_column`: the last column a row was styled to (Excel keeps formatted empty cells out
    to it), in the rows' spans and the sheet's dimension."""
    last = max(rows)
    body = []
    for r in sorted(rows):
        hidden = ' hidden="1"' if r in hidden_rows else ""
        cells = "".join(cell_xml(r, c, strings, uses) for c in rows[r])
        body.append(f'<row r="{r}" spans="1:{column_number(last_column)}"{hidden} x14ac:dyDescent="0.25">{cells}</row>')
    merge = (f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges)
             + "</mergeCells>") if merges else ""
    selected = ' tabSelected="1"' if tab_selected else ""
    return (HEAD + f'<worksheet xmlns="{MAIN}" xmlns:r="{REL}" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" '
            'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">'
            f'<dimension ref="A1:{last_column}{last}"/>'
            f'<sheetViews><sheetView workbookViewId="0"{selected}/></sheetViews>'
            '<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>'
            f'{cols}<sheetData>{"".join(body)}</sheetData>{merge}'
            '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
            "</worksheet>")


def styles_xml(pound_pence: bool = False) -> str:
    """The styles part: the cell styles above in order, and PENCE (pounds and pence) after them when asked for."""
    return (
        HEAD + f'<styleSheet xmlns="{MAIN}">'
        f'<numFmts count="{7 if pound_pence else 6}"><numFmt numFmtId="164" formatCode="0.0%"/>'
        '<numFmt numFmtId="165" formatCode="dd/mm/yyyy"/>'
        '<numFmt numFmtId="166" formatCode="d\\ mmmm\\ yyyy"/><numFmt numFmtId="167" formatCode="mmm\\-yy"/>'
        '<numFmt numFmtId="168" formatCode="&quot;£&quot;#,##0"/><numFmt numFmtId="169" formatCode="mmmm\\ yyyy"/>'
        + ('<numFmt numFmtId="170" formatCode="&quot;£&quot;#,##0.00"/>' if pound_pence else "")
        + "</numFmts>"
        '<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
        '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
        '<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font></fonts>'
        '<fills count="2"><fill><patternFill patternType="none"/></fill>'
        '<fill><patternFill patternType="gray125"/></fill>'
        "</fills>"
        '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
        '<border><left/><right/><top/><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border></borders>'
        '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
        f'<cellXfs count="{14 if pound_pence else 13}">'
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
        '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
        '<xf numFmtId="3" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="166" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="167" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="168" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="169" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1"/>'
        '<xf numFmtId="15" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
        '<xf numFmtId="0" fontId="0" fillId="0" borderId="1" xfId="0" applyBorder="1"/>'
        + ('<xf numFmtId="170" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
           if pound_pence else "")
        + "</cellXfs>"
        '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
        "</styleSheet>"
    )


def _state(state: str | None) -> str:
    return f' state="{state}"' if state else ""


def workbook_xml(sheets, print_area: tuple[int, str]) -> str:
    """`sheets`: (name, rows, state) in tab order; `print_area`: (the sheet's index, its 'Sheet'!$A$1:$J$11)."""
    entries = "".join(f'<sheet name="{escape(name)}" sheetId="{k + 1}"{_state(state)} r:id="rId{k + 1}"/>'
                      for k, (name, _, state) in enumerate(sheets))
    return (HEAD + f'<workbook xmlns="{MAIN}" xmlns:r="{REL}">'
            '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/>'
            '<workbookPr defaultThemeVersion="166925"/>'
            '<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840"/>'
            f"</bookViews><sheets>{entries}</sheets>"
            f'<definedNames><definedName name="_xlnm.Print_Area" localSheetId="{print_area[0]}">{print_area[1]}'
            '</definedName></definedNames><calcPr calcId="191029"/></workbook>')


def workbook_rels(count: int) -> str:
    rels = [f'<Relationship Id="rId{k + 1}" Type="{REL}/worksheet" Target="worksheets/sheet{k + 1}.xml"/>'
            for k in range(count)]
    rels.append(f'<Relationship Id="rId{count + 1}" Type="{REL}/styles" Target="styles.xml"/>')
    rels.append(f'<Relationship Id="rId{count + 2}" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>')
    return (HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(rels) + "</Relationships>")


def content_types(count: int) -> str:
    sheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
    overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{k + 1}.xml" ContentType="{sheet}"/>'
                        for k in range(count))
    return (HEAD + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            f"{overrides}"
            '<Override PartName="/xl/styles.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
            '<Override PartName="/docProps/core.xml" '
            'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
            '<Override PartName="/docProps/app.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
            "</Types>")


ROOT_RELS = (
    HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    f'<Relationship Id="rId3" Type="{REL}/extended-properties" Target="docProps/app.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
    'core-properties" Target="docProps/core.xml"/>'
    f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)

def core_xml(title: str, created: str, modified: str) -> str:
    """The document's properties: its title and when it was created and last saved (W3CDTF, '2026-01-14T09:12:30Z')."""
    return (HEAD + '<cp:coreProperties '
            'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{escape(title)}</dc:title><dc:creator>Commissioning team</dc:creator>"
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{modified}</dcterms:modified>'
            "</cp:coreProperties>")

APP = (
    HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>Microsoft Excel</Application><AppVersion>16.0300</AppVersion></Properties>"
)


def write_workbook(out: Path, stamp: tuple, sheets, *, last_column: str, print_area: tuple[int, str], core: str,
                   pound_pence: bool = False) -> None:
    """Write the workbook: `sheets` is (name, make, state) in tab order, `make()` giving (rows, merges, cols,
    hidden rows); every zip entry dated `stamp`, so the same input gives the same bytes."""
    strings, uses = Strings(), []
    made = []
    for k, (name, make, _) in enumerate(sheets):
        rows, merges, cols, hidden = make()
        made.append(sheet_xml(rows, strings, uses, merges, cols, hidden, tab_selected=k == 0, last_column=last_column))
    parts = [("[Content_Types].xml", content_types(len(sheets))), ("_rels/.rels", ROOT_RELS), ("docProps/app.xml", APP),
             ("docProps/core.xml", core), ("xl/workbook.xml", workbook_xml(sheets, print_area)),
             ("xl/_rels/workbook.xml.rels", workbook_rels(len(sheets))), ("xl/styles.xml", styles_xml(pound_pence)),
             *((f"xl/worksheets/sheet{k + 1}.xml", xml) for k, xml in enumerate(made)),
             ("xl/sharedStrings.xml", strings.xml(len(uses)))]
    write_zip(out, [(name, data, zipfile.ZIP_DEFLATED) for name, data in parts], stamp)


