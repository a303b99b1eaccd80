"""Build tests/corpus/142_workbook.xlsx: a made-up Warwickshire data annex and forward plan as Excel saves a workbook.

An Office Open XML workbook (.xlsx) written with the standard library only (zipfile and the XML as strings) in the
shape Excel gives it: [Content_Types].xml, package and workbook relationships, docProps, xl/workbook.xml with five
sheets (one of them hidden), xl/styles.xml with built-in and custom number formats, xl/sharedStrings.xml (one string
a rich-text run pair) and the worksheets. The cells hold what real annexes hold: text as shared strings and, where
another tool wrote them, as inline strings; counts under a thousands format ('#,##0'), shares stored as fractions
(0.104) under a per cent format, money under a pound format, dates as Excel date serial numbers under date formats
(dd/mm/yyyy, 'd mmmm yyyy', mmm-yy, 'mmmm yyyy', the built-in short date 14 and d-mmm-yy 15) beside dates typed as
text ('Q3 2026/27', 'Autumn 2026', 'TBC'), booleans, SUM formulas with their cached values, merged title cells, empty
styled padding cells out to column J, a hidden column, hidden rows and a hidden sheet holding superseded figures.
Every figure, scheme, provider, reference, address and phone number is invented; Warwickshire and its districts are
the geography only. Run from the repository root:
    python tests/corpus/make_142_xlsx.py
Deterministic: fixed zip entry times and no clock or random input, so re-running gives the same bytes.
"""
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

OUT = Path(__file__).with_name("142_workbook.xlsx")
STAMP = (2026, 1, 14, 9, 12, 30)
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PAD_TO = "J"  # Excel keeps formatted empty cells out to the last column a row was styled to

# cell styles (indexes into cellXfs below)
GENERAL, BOLD, THOUSANDS, PERCENT, DMY, DAY_MONTH_YEAR, MON_YY, SHORT_DATE, POUNDS, MONTH_YEAR, TITLE, D_MON_YY, \
    PAD = range(13)

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


# a rich-text shared string: a header Excel stores as two runs (the second bold)
RICH = ("People aged 65+ with dementia ", "(2025 estimate)")


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


def sheet_xml(rows, strings: Strings, uses: list, merges=(), cols="", hidden_rows=(), tab_selected=False) -> str:
    """A worksheet: `rows` maps a row number to its cells (in column order); rows not given are absent, as Excel
    leaves an empty row out."""
    last = max(rows)
    body = []
    for r in sorted(rows):
        hidden = ' hidden="1"' if r in hidden_rows else ""
        cells = "".join(cell_xml(r, c, strings, uses) for c in rows[r])
        body.append(f'<row r="{r}" spans="1:10"{hidden} x14ac:dyDescent="0.25">{cells}</row>')
    merge = (f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges)
             + "</mergeCells>") if merges else ""
    selected = ' tabSelected="1"' if tab_selected else ""
    return (HEAD + f'<worksheet xmlns="{MAIN}" xmlns:r="{REL}" '
            'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" '
            'xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">'
            f'<dimension ref="A1:{PAD_TO}{last}"/>'
            f'<sheetViews><sheetView workbookViewId="0"{selected}/></sheetViews>'
            '<sheetFormatPr defaultRowHeight="15" x14ac:dyDescent="0.25"/>'
            f'{cols}<sheetData>{"".join(body)}</sheetData>{merge}'
            '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>'
            "</worksheet>")


# ---------------------------------------------------------------- the sheets

CONTENTS = {
    1: [s("A", "Warwickshire County Council", TITLE)],
    2: [s("A", "Market Position Statement 2026-2029: data annex", BOLD)],
    3: [s("A", "Version 2.1 – published 14 January 2026")],
    5: [s("A", "Sheet", BOLD), s("B", "What it shows", BOLD)],
    6: [s("A", "Key figures"), s("B", "Unpaid carers, dementia and older people by district (Tables 1 and 2)")],
    7: [s("A", "Forward plan"), s("B", "Contracts due for re-commissioning, 2026/27 to 2028/29")],
    8: [s("A", "Extra care"), s("B", "Extra care housing schemes open and planned")],
    10: [s("A", "Notes", BOLD)],
    11: [n("A", 1), s("B", "Figures are rounded to the nearest 10.")],
    12: [n("A", 2), s("B", "Census 2021 figures from table TS039; dementia estimates are modelled for 2025.")],
    13: [n("A", 3), i("B", "Contact: asc.commissioning@warwickshire.example, telephone 01926 410410")],
}

DISTRICTS = [  # name, carers 2021, share aged 5+, 50+ hours, dementia 65+ 2025, superseded 2019 estimate
    ("North Warwickshire", 6420, 0.104, 1590, 1120, 1010),
    ("Nuneaton and Bedworth", 12380, 0.098, 3240, 1860, 1700),
    ("Rugby", 9350, 0.087, 2110, 1510, 1390),
    ("Stratford-on-Avon", 11760, 0.096, 2650, 2640, 2410),
    ("Warwick", 11130, 0.083, 2920, 2080, 1930),
]


def key_figures():
    rows = {
        1: [s("A", "Table 1: Unpaid carers and dementia by district", TITLE)],
        3: [s("A", "Area", BOLD), s("B", "Unpaid carers (Census 2021)", BOLD), s("C", "% of residents aged 5+", BOLD),
            s("D", "Providing 50+ hours a week", BOLD), s("E", "2019 estimate (superseded)", BOLD),
            s("F", RICH, BOLD), *pad("G", "H", "I", "J")],
    }
    for k, (name, carers, share, hours, dementia, old) in enumerate(DISTRICTS):
        rows[4 + k] = [s("A", name), n("B", carers, THOUSANDS), n("C", share, PERCENT), n("D", hours, THOUSANDS),
                       n("E", old, THOUSANDS), n("F", dementia, THOUSANDS), *pad("G", "H", "I", "J")]
    rows[9] = [s("A", "Warwickshire", BOLD), f("B", "SUM(B4:B8)", 51040), n("C", 0.093, PERCENT),
               f("D", "SUM(D4:D8)", 12510), f("E", "SUM(E4:E8)", 8440), f("F", "SUM(F4:F8)", 9210),
               *pad("G", "H", "I", "J")]
    rows[10] = [i("A", "England"), *pad("B"), n("C", 0.089, PERCENT), *pad("D", "E", "F", "G", "H", "I", "J")]
    rows[11] = [s("A", "Warwickshire (Census 2011)"), n("B", 47860, THOUSANDS), n("C", 0.091, PERCENT),
                n("D", 10980, THOUSANDS)]
    rows[13] = [s("A", "Table 2: Dementia and older people", TITLE)]
    rows[14] = [s("A", "Measure", BOLD), s("B", "Warwickshire", BOLD), s("C", "England", BOLD), s("D", "Period", BOLD)]
    rows[15] = [s("A", "Dementia diagnosis rate (65+)"), n("B", 0.628, PERCENT), n("C", 0.651, PERCENT),
                s("D", "March 2026")]
    rows[16] = [s("A", "People on GP dementia registers (65+)"), n("B", 5790, THOUSANDS), *pad("C"),
                s("D", "March 2026")]
    rows[17] = [s("A", "Population aged 65+"), n("B", 131900, THOUSANDS), *pad("C"), s("D", "mid-2024")]
    rows[18] = [s("A", "National dementia diagnosis ambition"), *pad("B"), n("C", 0.667, PERCENT), s("D", "-")]
    rows[20] = [s("A", "Source: Census 2021 (TS039); NHS England, Recorded Dementia Diagnoses; ONS mid-2024 estimates.")]
    cols = ('<cols><col min="1" max="1" width="34.7109375" customWidth="1"/>'
            '<col min="2" max="4" width="16.7109375" customWidth="1"/>'
            '<col min="5" max="5" width="0" hidden="1" customWidth="1"/>'
            '<col min="6" max="6" width="22.7109375" customWidth="1"/></cols>')
    return rows, ("A1:F1", "A13:D13"), cols, (11,)


def forward_plan():
    header = ["Ref", "Service", "Current provider(s)", "Current contract end", "Extension option",
              "Tender publication", "Contract award", "Contract start", "Est. annual value", "Key decision"]
    rows = {
        1: [s("A", "Adult social care commissioning forward plan 2026/27 to 2028/29", TITLE)],
        2: [s("A", "Last updated:"), n("B", 46036, DAY_MONTH_YEAR)],
        4: [s(chr(65 + k), h, BOLD) for k, h in enumerate(header)],
        5: [s("A", "WCC-ASC-031"), s("B", "Home care (domiciliary care)"), s("C", "3 providers"),
            n("D", 46477, DMY), i("E", "Up to 24 months"), n("F", 46266, DAY_MONTH_YEAR), n("G", 46388, MON_YY),
            n("H", 46478, DMY), n("I", 4250000, POUNDS), b("J", True)],
        6: [s("A", "WCC-ASC-032"), s("B", "Carers support service"), s("C", "1 provider"),
            n("D", 46295, SHORT_DATE), s("E", "Extended to 31/03/2027 (final extension)"), s("F", "Q3 2026/27"),
            n("G", 46402, DMY), n("H", 46478, DMY), n("I", 610000, POUNDS), b("J", True)],
        7: [s("A", "WCC-ASC-033"), s("B", "Extra care housing care and support"), s("C", "4 providers"),
            n("D", 46568, D_MON_YY), s("E", "1 + 1 years"), s("F", "Autumn 2026"), s("G", "TBC"),
            n("H", 46569, DAY_MONTH_YEAR), n("I", 1980000, POUNDS), b("J", True)],
        8: [s("A", "WCC-ASC-027"), s("B", "Respite at home (withdrawn)"), s("C", "2 providers"),
            n("D", 45747, DMY), *pad("E"), n("F", 45901, DAY_MONTH_YEAR), s("G", "TBC"), n("H", 46113, DMY),
            n("I", 520000, POUNDS), b("J", False)],
        9: [s("A", "WCC-ASC-034"), s("B", "Dementia day opportunities"), s("C", "2 providers"),
            n("D", 46843, SHORT_DATE), s("E", "None"), n("F", 46508, MONTH_YEAR), s("G", "TBC"), s("H", "TBC"),
            n("I", 390000, POUNDS), b("J", False)],
        11: [s("A", "Values are rounded to the nearest £10,000. Dates other than contract ends are indicative.")],
    }
    cols = '<cols><col min="1" max="1" width="14.7109375" customWidth="1"/></cols>'
    return rows, ("A1:J1",), cols, (8,)


def extra_care():
    rows = {
        1: [s("A", "Extra care housing schemes, January 2026", TITLE)],
        3: [s("A", "Scheme", BOLD), s("B", "District", BOLD), s("C", "Units", BOLD), s("D", "Tenure", BOLD),
            s("E", "Status", BOLD), s("F", "Opened / expected opening", BOLD)],
        4: [s("A", "Avonside Court"), s("B", "Warwick"), n("C", 64), s("D", "Affordable rent"), s("E", "Open"),
            n("F", 2014)],
        5: [s("A", "Bramcote Gardens"), s("B", "Nuneaton and Bedworth"), n("C", 80),
            s("D", "Mixed (16 shared ownership)"), s("E", "Open"), n("F", 2019)],
        6: [s("A", "Orchard Mews"), s("B", "Rugby"), n("C", 56), s("D", "Affordable rent"), s("E", "Open"),
            n("F", 2022)],
        7: [s("A", "Total open", BOLD), *pad("B"), f("C", "SUM(C4:C6)", 200, GENERAL)],
        9: [s("A", "Planned schemes", BOLD)],
        10: [s("A", "Stour Meadow"), s("B", "Stratford-on-Avon"), n("C", 72), s("D", "Affordable rent"),
             s("E", "Planning granted"), n("F", 2027)],
        11: [s("A", "Hartshill Rise"), s("B", "North Warwickshire"), n("C", 60), s("D", "Mixed"),
             s("E", "Site identified"), s("F", "TBC")],
        12: [s("A", "Total planned", BOLD), *pad("B"), f("C", "SUM(C10:C11)", 132, GENERAL)],
    }
    return rows, ("A1:F1",), "", ()


def old_figures():
    rows = {
        1: [s("A", "Superseded: unpaid carers by district (Census 2011)", BOLD)],
        2: [s("A", "Area"), s("B", "Unpaid carers"), s("C", "%")],
        3: [s("A", "North Warwickshire"), n("B", 6010), n("C", 0.097, PERCENT)],
        4: [s("A", "Nuneaton and Bedworth"), n("B", 11540), n("C", 0.092, PERCENT)],
        5: [s("A", "Rugby"), n("B", 8470), n("C", 0.085, PERCENT)],
        6: [s("A", "Stratford-on-Avon"), n("B", 11020), n("C", 0.094, PERCENT)],
        7: [s("A", "Warwick"), n("B", 10820), n("C", 0.081, PERCENT)],
    }
    return rows, (), "", ()


SHEETS = [  # name, rows, state
    ("Contents", lambda: (CONTENTS, ("A1:D1",), "", ()), None),
    ("Key figures", key_figures, None),
    ("Old figures", old_figures, "hidden"),
    ("Forward plan", forward_plan, None),
    ("Extra care", extra_care, None),
]

STYLES = (
    HEAD + f'<styleSheet xmlns="{MAIN}">'
    '<numFmts count="6"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/>'
    '<numFmt numFmtId="166" formatCode="d\\ mmmm\\ yyyy"/><numFmt numFmtId="167" formatCode="mmm\\-yy"/>'
    '<numFmt numFmtId="168" formatCode="&quot;£&quot;#,##0"/><numFmt numFmtId="169" formatCode="mmmm\\ yyyy"/>'
    "</numFmts>"
    '<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
    "</fills>"
    '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
    '<border><left/><right/><top/><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="13">'
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
    "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)


def workbook_xml() -> str:
    sheets = "".join(f'<sheet name="{escape(name)}" sheetId="{k + 1}"{f" state={chr(34)}{state}{chr(34)}" if state else ""} '
                     f'r:id="rId{k + 1}"/>' for k, (name, _, state) in enumerate(SHEETS))
    return (HEAD + f'<workbook xmlns="{MAIN}" xmlns:r="{REL}">'
            '<fileVersion appName="xl" lastEdited="7" lowestEdited="7" rupBuild="27328"/>'
            '<workbookPr defaultThemeVersion="166925"/>'
            '<bookViews><workbookView xWindow="-120" yWindow="-120" windowWidth="29040" windowHeight="15840"/>'
            f"</bookViews><sheets>{sheets}</sheets>"
            '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="3">\'Forward plan\'!$A$1:$J$11'
            '</definedName></definedNames><calcPr calcId="191029"/></workbook>')


def workbook_rels() -> str:
    rels = [f'<Relationship Id="rId{k + 1}" Type="{REL}/worksheet" Target="worksheets/sheet{k + 1}.xml"/>'
            for k in range(len(SHEETS))]
    rels.append(f'<Relationship Id="rId{len(SHEETS) + 1}" Type="{REL}/styles" Target="styles.xml"/>')
    rels.append(f'<Relationship Id="rId{len(SHEETS) + 2}" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>')
    return (HEAD + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            + "".join(rels) + "</Relationships>")


def content_types() -> str:
    sheet = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"
    overrides = "".join(f'<Override PartName="/xl/worksheets/sheet{k + 1}.xml" ContentType="{sheet}"/>'
                        for k in range(len(SHEETS)))
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

CORE = (
    HEAD + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    "<dc:title>Market Position Statement 2026-2029: data annex</dc:title><dc:creator>Commissioning team</dc:creator>"
    '<dcterms:created xsi:type="dcterms:W3CDTF">2025-11-03T10:21:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-14T09:12:30Z</dcterms:modified>'
    "</cp:coreProperties>"
)

APP = (
    HEAD + '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>Microsoft Excel</Application><AppVersion>16.0300</AppVersion></Properties>"
)


def build():
    strings, uses = Strings(), []
    sheets = []
    for k, (name, make, _) in enumerate(SHEETS):
        rows, merges, cols, hidden = make()
        sheets.append(sheet_xml(rows, strings, uses, merges, cols, hidden, tab_selected=k == 0))
    parts = [("[Content_Types].xml", content_types()), ("_rels/.rels", ROOT_RELS), ("docProps/app.xml", APP),
             ("docProps/core.xml", CORE), ("xl/workbook.xml", workbook_xml()),
             ("xl/_rels/workbook.xml.rels", workbook_rels()), ("xl/styles.xml", STYLES),
             *((f"xl/worksheets/sheet{k + 1}.xml", xml) for k, xml in enumerate(sheets)),
             ("xl/sharedStrings.xml", strings.xml(len(uses)))]
    with zipfile.ZipFile(OUT, "w") as z:
        for name, data in parts:
            info = zipfile.ZipInfo(name, date_time=STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0
            info.external_attr = 0
            z.writestr(info, data.encode("utf-8"))


if __name__ == "__main__":
    build()
