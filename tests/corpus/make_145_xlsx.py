"""Build tests/corpus/145_procurement_pipeline.xlsx: a made-up Hertfordshire commissioning pipeline as Excel saves it.

An Office Open XML workbook (.xlsx) written with the standard library only (zipfile and the XML as strings) in the
shape Excel gives it, as councils publish a commissioning pipeline for providers: a 'Read me' sheet (purpose, last
updated date, version, contact, next update), a 'Pipeline' sheet with one row per contract (Ref, Contract title, Service
area, Current provider(s), Contract start, Current end date, Extension options, Extended end date, Estimated annual
value, Total contract value, Procurement route, Planned tender publication, Planned award, New contract start, Status)
and a HIDDEN column of internal notes holding stale dates, and a 'Market data' sheet of the figures the market position
statement quotes (unpaid carers, dementia estimates and diagnosis rate, extra care schemes and units open and planned,
population 65+) beside figures the atlas does not hold (beds, hours, fee rates, vacancy rates). Dates are Excel date
serials under date formats (dd/mm/yyyy, mmm-yy, 'mmmm yyyy', the built-in short date 14) or text ('Q3 2026/27',
'Spring 2027', 'TBC', 'Rolling', 'n/a'); money is under pound formats; shares are fractions under a per cent format.
Every figure, contract, provider, reference, address and phone number is invented; Hertfordshire is the geography only.
Run from the repository root:
    python tests/corpus/make_145_xlsx.py
Deterministic: fixed zip entry times and no clock or random input, so re-running gives the same bytes.
"""
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

OUT = Path(__file__).with_name("145_procurement_pipeline.xlsx")
STAMP = (2026, 3, 2, 16, 4, 10)
HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PAD_TO = "P"  # Excel keeps formatted empty cells out to the last column a row was styled to

# cell styles (indexes into cellXfs below)
GENERAL, BOLD, THOUSANDS, PERCENT, DMY, DAY_MONTH_YEAR, MON_YY, SHORT_DATE, POUNDS, MONTH_YEAR, TITLE, D_MON_YY, \
    PAD, PENCE = range(14)

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
RICH = ("Planned tender publication ", "(indicative)")


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
        body.append(f'<row r="{r}" spans="1:16"{hidden} x14ac:dyDescent="0.25">{cells}</row>')
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

READ_ME = {
    1: [s("A", "Hertfordshire County Council – Adult Care Services", TITLE)],
    2: [s("A", "Adult social care commissioning pipeline 2026/27 to 2028/29", BOLD)],
    4: [s("A", "Purpose", BOLD), s("B", "Contracts for adult social care that we plan to recommission over the next three "
                                       "years, published so that providers can plan ahead. Dates are indicative.")],
    5: [s("A", "Last updated", BOLD), n("B", 46083, DMY)],
    6: [s("A", "Version", BOLD), n("B", 3.2)],
    7: [s("A", "Contact", BOLD), i("B", "Integrated Commissioning Team, commissioning.pipeline@hertfordshire.example, "
                                        "telephone 01992 555210")],
    8: [s("A", "Next update", BOLD), n("B", 46174, MONTH_YEAR)],
    10: [s("A", "Sheet", BOLD), s("B", "What it shows", BOLD)],
    11: [s("A", "Pipeline"), s("B", "One row per contract: 15 columns, from current term to planned new contract")],
    12: [s("A", "Market data"), s("B", "Figures quoted in our Market Position Statement 2025-2028")],
}

HEADER = ["Ref", "Contract title", "Service area", "Current provider(s)", "Contract start", "Current end date",
          "Extension options", "Extended end date", "Estimated annual value (£)", "Total contract value (£)",
          "Procurement route", RICH, "Planned award", "New contract start", "Status", "Internal notes"]


def pipeline():
    rows = {
        1: [s("A", "Adult social care commissioning pipeline", TITLE)],
        2: [s("A", "Dates after the current end date are planned and may move.")],
        4: [s(chr(65 + k), h, BOLD) for k, h in enumerate(HEADER)],
        5: [s("A", "HCC-ASC-101"), s("B", "Carers Support Service"), s("C", "Carers"),
            s("D", "Carers Together Herts CIC"), n("E", 44652, DMY), n("F", 46477, DMY), s("G", "none remaining"),
            *pad("H"), n("I", 720000, POUNDS), n("J", 3600000, POUNDS), s("K", "Open tender"),
            n("L", 46204, MON_YY), s("M", "Q3 2026/27"), n("N", 46478, DMY), s("O", "Market engagement"),
            s("P", "Old end 31/10/2026 before 2024 variation; spec sign-off 14/05/2025")],
        6: [s("A", "HCC-ASC-102"), s("B", "Dementia Support and Navigation"), s("C", "Dementia"),
            s("D", "Memory Lane Partnership (lead) and Oakfield Trust"), n("E", 44470, DMY), n("F", 46295, DMY),
            s("G", "1+1"), n("H", 47026, DMY), n("I", 540000, POUNDS), n("J", 3780000, POUNDS),
            s("K", "Open tender"), s("L", "Spring 2027"), s("M", "Q4 2027/28"), n("N", 47027, MON_YY), s("O", "Live"),
            s("P", "Extension 1 agreed at Cabinet 17/11/2025")],
        7: [s("A", "HCC-ASC-103"), s("B", "Extra Care Housing Care and Support"), s("C", "Extra care housing"),
            s("D", "4 providers"), n("E", 44013, SHORT_DATE), n("F", 46203, DMY), i("G", "up to 12 months"),
            n("H", 46568, DMY), n("I", 2150000, POUNDS), n("J", 15050000, POUNDS), s("K", "Framework call-off"),
            n("L", 46279, DMY), n("M", 46357, MON_YY), n("N", 46569, DMY), s("O", "Live"),
            s("P", "Call-off template reviewed 03/02/2024")],
        8: [s("A", "HCC-ASC-104"), s("B", "Home Care (Domiciliary Care) Framework"), s("C", "Home care"),
            s("D", "38 providers"), n("E", 44287, DMY), n("F", 46660, DMY), s("G", "none remaining"), *pad("H"),
            n("I", 46800000, POUNDS), n("J", 280800000, POUNDS), s("K", "Open tender"), s("L", "Q3 2026/27"),
            n("M", 46478, MON_YY), n("N", 46661, DMY), s("O", "Market engagement"), n("P", 45884, DMY)],
        9: [s("A", "HCC-ASC-105"), s("B", "Day Opportunities"), s("C", "Day services"), s("D", "DPS (27 providers)"),
            n("E", 44927, DMY), n("F", 46387, DMY), i("G", "up to 24 months"), n("H", 47118, SHORT_DATE),
            n("I", 1240000, POUNDS), n("J", 7440000, POUNDS), s("K", "DPS"), s("L", "Rolling"), s("M", "Rolling"),
            s("N", "TBC"), s("O", "Live"), s("P", "DPS re-opened 06/01/2026")],
        10: [s("A", "HCC-ASC-106"), s("B", "Care Act Advocacy"), s("C", "Advocacy"), s("D", "VoiceAbility Herts"),
             n("E", 45017, DMY), n("F", 46112, DMY), s("G", "none remaining"), *pad("H"), n("I", 410000, POUNDS),
             n("J", 1230000, POUNDS), s("K", "Direct award under PSR (Process C)"), s("L", "n/a"),
             n("M", 46069, DMY), n("N", 46113, DMY), s("O", "Awarded")],
        11: [s("A", "HCC-ASC-107"), s("B", "Integrated Community Equipment Service"), s("C", "Equipment"),
             s("D", "2 providers"), n("E", 43556, DMY), n("F", 46477, DMY), s("G", "1+1"), n("H", 47208, DMY),
             n("I", 5600000, POUNDS), n("J", 56000000, POUNDS), s("K", "Open tender"), s("L", "TBC"),
             s("M", "TBC"), s("N", "TBC"), s("O", "Paused"), s("P", "Was due to tender Nov-25; paused 09/01/2026")],
        13: [s("A", "Values are estimates, rounded to the nearest £10,000. Reviewed by Commissioning Board on "
                    "20/02/2026.")],
    }
    cols = ('<cols><col min="1" max="1" width="13.7109375" customWidth="1"/>'
            '<col min="2" max="2" width="38.7109375" customWidth="1"/>'
            '<col min="3" max="15" width="16.7109375" customWidth="1"/>'
            '<col min="16" max="16" width="0" hidden="1" customWidth="1"/></cols>')
    return rows, ("A1:F1",), cols, ()


def market_data():
    rows = {
        1: [s("A", "Market data: Hertfordshire", TITLE)],
        3: [s("A", "Measure", BOLD), s("B", "Value", BOLD), s("C", "Period", BOLD), s("D", "Source", BOLD)],
        4: [s("A", "Unpaid carers (Census 2021)"), n("B", 104870, THOUSANDS), n("C", 2021), s("D", "ONS Census 2021")],
        5: [s("A", "Unpaid carers providing 50+ hours a week"), n("B", 24310, THOUSANDS), n("C", 2021),
            s("D", "ONS Census 2021")],
        6: [s("A", "People aged 65+ estimated to be living with dementia"), n("B", 16940, THOUSANDS), n("C", 2025),
            s("D", "Modelled estimate")],
        7: [s("A", "People aged 65+ estimated to be living with dementia (projected)"), n("B", 20380, THOUSANDS),
            n("C", 2030), s("D", "Modelled estimate")],
        8: [s("A", "Dementia diagnosis rate (65+)"), n("B", 0.614, PERCENT), s("C", "January 2026"),
            s("D", "NHS England")],
        9: [s("A", "Population aged 65+"), n("B", 232600, THOUSANDS), s("C", "mid-2024"), s("D", "ONS")],
        10: [s("A", "Extra care housing schemes (open)"), n("B", 22), s("C", "March 2026"), s("D", "HCC")],
        11: [s("A", "Extra care housing units (open)"), n("B", 1318, THOUSANDS), s("C", "March 2026"), s("D", "HCC")],
        12: [s("A", "Extra care housing schemes (planned)"), n("B", 4), s("C", "by 2029"), s("D", "HCC")],
        13: [s("A", "Extra care housing units (planned)"), n("B", 296), s("C", "by 2029"), s("D", "HCC")],
        14: [s("A", "Care home beds (65+)"), n("B", 9870, THOUSANDS), s("C", "March 2026"), s("D", "CQC")],
        15: [s("A", "of which nursing beds"), n("B", 4120, THOUSANDS), s("C", "March 2026"), s("D", "CQC")],
        16: [s("A", "Home care hours commissioned per week"), n("B", 61300, THOUSANDS), s("C", "January 2026"),
             s("D", "HCC")],
        17: [s("A", "Home care hourly rate"), n("B", 24.85, PENCE), s("C", "2025/26"), s("D", "HCC")],
        18: [s("A", "Residential care weekly fee (65+)"), n("B", 1045, POUNDS), s("C", "2025/26"), s("D", "HCC")],
        19: [s("A", "Care home vacancy rate"), n("B", 0.079, PERCENT), s("C", "March 2026"), s("D", "Capacity Tracker")],
        20: [s("A", "Care worker vacancy rate"), n("B", 0.112, PERCENT), s("C", "2024/25"), s("D", "Skills for Care")],
    }
    cols = '<cols><col min="1" max="1" width="58.7109375" customWidth="1"/></cols>'
    return rows, ("A1:D1",), cols, ()


SHEETS = [  # name, rows, state
    ("Read me", lambda: (READ_ME, ("A1:F1",), "", ()), None),
    ("Pipeline", pipeline, None),
    ("Market data", market_data, None),
]

STYLES = (
    HEAD + f'<styleSheet xmlns="{MAIN}">'
    '<numFmts count="7"><numFmt numFmtId="164" formatCode="0.0%"/><numFmt numFmtId="165" formatCode="dd/mm/yyyy"/>'
    '<numFmt numFmtId="166" formatCode="d\\ mmmm\\ yyyy"/><numFmt numFmtId="167" formatCode="mmm\\-yy"/>'
    '<numFmt numFmtId="168" formatCode="&quot;£&quot;#,##0"/><numFmt numFmtId="169" formatCode="mmmm\\ yyyy"/>'
    '<numFmt numFmtId="170" formatCode="&quot;£&quot;#,##0.00"/>'
    "</numFmts>"
    '<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>'
    '<font><b/><sz val="14"/><name val="Calibri"/><family val="2"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill>'
    "</fills>"
    '<borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border>'
    '<border><left/><right/><top/><bottom style="thin"><color indexed="64"/></bottom><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="14">'
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
    '<xf numFmtId="170" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
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
            '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="1">\'Pipeline\'!$A$1:$O$14'
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
    "<dc:title>Adult social care commissioning pipeline</dc:title><dc:creator>Commissioning team</dc:creator>"
    '<dcterms:created xsi:type="dcterms:W3CDTF">2025-06-11T08:40:00Z</dcterms:created>'
    '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-02T16:04:10Z</dcterms:modified>'
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
