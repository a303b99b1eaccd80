"""Build tests/corpus/150_accessible_data_tables.ods: a made-up Surrey data annex as LibreOffice Calc saves it.

An OpenDocument Spreadsheet (.ods, ODF 1.3) written with the standard library only (zipfile and the XML as strings)
in the 'accessible spreadsheet' style the Government Analysis Function asks analysts to publish tables in: a 'Cover
sheet' (title, what the workbook holds, publication date, next update, contact email and phone, source notes), a
'Contents' sheet (table numbers and titles), a 'Notes' sheet (note numbers and text), then one table per sheet
('Table_1' ...), each starting with a title row ('Table 1: Unpaid carers by district, Census 2021 [note 1]', merged
across the table's columns), a line saying 'This worksheet contains one table.' and a source line, then a single
header row whose cells cite notes in square brackets, with shorthand in cells ('[c]' confidential, '[x]' not
available, '[z]' not applicable, '[u]' low reliability). Tables: unpaid carers by district (number, per cent, 50+
hours) with a Surrey row and an England row; people aged 65+ estimated to have dementia by district, the years 2025,
2030 and 2035 as columns; the dementia diagnosis rate for the two integrated care boards serving Surrey and England;
extra care housing schemes (scheme, district, units, tenure, status, opening year); a forward plan of contracts
(service, current end date, procurement start, new contract start, annual value), dates as office:date-value cells
shown '31/03/2027', a few as text ('Autumn 2026').

Cells are written as Calc writes them: table:number-columns-repeated for runs of equal cells and the unused columns
to the sheet's edge, table:number-rows-repeated for the empty rows to the sheet's foot (1,048,5xx of them),
office:value-type float / percentage (0.084 shown 8.4%) / date / string, merged title cells (number-columns-spanned
and covered cells). Stale content is hidden, as a sheet's owner hides it rather than deleting it: a sheet hidden by
its table style (table:display="false"), a row with table:visibility="collapse" and a hidden column; its figures are
traps. Every figure, scheme, provider, address and date is invented; Surrey and its districts are only the geography.
Run from the repository root:
    python tests/corpus/make_150_ods.py
Deterministic: fixed zip entry times and no clock or random input, so re-running gives the same bytes.
"""
from pathlib import Path
from xml.sax.saxutils import escape

from generate import ODS_MIME, write_odt, xmlns  # (a sibling module: run from the repository root)

OUT = Path(__file__).with_name("150_accessible_data_tables.ods")
STAMP = (2026, 5, 14, 16, 41, 22)
HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
SHEET_COLUMNS = 16384
SHEET_ROWS = 1048576
NS = xmlns("office", "style", "text", "table", "fo", "number", "calcext", "meta", "dc")

# ------------------------------------------------------------------------------- cells as Calc writes them


def text(value, style="ce1"):
    """A string cell (a '[c]' shorthand is one too)."""
    return (f'<table:table-cell table:style-name="{style}" office:value-type="string" calcext:value-type="string">'
            f"<text:p>{escape(value)}</text:p></table:table-cell>")


def number(value, style="ce2"):
    """A float shown with thousands separators (the ce2 style's #,##0)."""
    shown = f"{value:,}" if isinstance(value, int) else f"{value:,.1f}"
    return (f'<table:table-cell table:style-name="{style}" office:value-type="float" office:value="{value}" '
            f'calcext:value-type="float"><text:p>{shown}</text:p></table:table-cell>')


def year(value):
    """A year typed as a number: no separator."""
    return (f'<table:table-cell office:value-type="float" office:value="{value}" calcext:value-type="float">'
            f"<text:p>{value}</text:p></table:table-cell>")


def percent(fraction):
    """A percentage cell: the fraction stored, shown to one place (the ce3 style's 0.0%)."""
    return (f'<table:table-cell table:style-name="ce3" office:value-type="percentage" office:value="{fraction}" '
            f'calcext:value-type="percentage"><text:p>{fraction * 100:.1f}%</text:p></table:table-cell>')


def day(iso):
    """A date cell shown dd/mm/yyyy (the ce4 style)."""
    y, m, d = iso.split("-")
    return (f'<table:table-cell table:style-name="ce4" office:value-type="date" office:date-value="{iso}" '
            f'calcext:value-type="date"><text:p>{d}/{m}/{y}</text:p></table:table-cell>')


def empty(repeat=1):
    return f'<table:table-cell table:number-columns-repeated="{repeat}"/>' if repeat > 1 else "<table:table-cell/>"


class Year(int):
    """A year typed into a cell (shown without a thousands separator)."""


def cell(value):
    """A cell for a Python value: a Year a year, an int a count, a float below 1 a fraction shown as a per cent, a
    'yyyy-mm-dd' string a date, another string text, None an empty cell."""
    if value is None:
        return empty()
    if isinstance(value, Year):
        return year(value)
    if isinstance(value, float) and value < 1:
        return percent(value)
    if isinstance(value, int):
        return number(value)
    if len(value) == 10 and value[4] == "-" and value[7] == "-":
        return day(value)
    return text(value)


def row(cells, width, style="ro1", extra=""):
    """A row of cell XML, the rest of the sheet's columns as one repeated empty cell, as Calc ends a row."""
    return (f'<table:table-row table:style-name="{style}"{extra}>{"".join(cells)}'
            f"{empty(SHEET_COLUMNS - width)}</table:table-row>")


def title_row(title, span):
    """The table's title merged across its columns: the first cell spans them, the rest are covered."""
    first = (f'<table:table-cell table:style-name="ce5" table:number-columns-spanned="{span}" '
             f'table:number-rows-spanned="1" office:value-type="string" calcext:value-type="string">'
             f"<text:p>{escape(title)}</text:p></table:table-cell>")
    covered = f'<table:covered-table-cell table:number-columns-repeated="{span - 1}"/>' if span > 1 else ""
    return row([first, covered], span, "ro2")


def foot(used_rows):
    """The empty rows to the sheet's foot, one row repeated as Calc writes them."""
    return (f'<table:table-row table:style-name="ro1" table:number-rows-repeated="{SHEET_ROWS - used_rows}">'
            f"{empty(SHEET_COLUMNS)}</table:table-row>")


def columns(width, hidden=()):
    """Column definitions: one per used column (a hidden one collapsed), the rest repeated to the sheet's edge."""
    out = []
    for c in range(width):
        visibility = ' table:visibility="collapse"' if c in hidden else ""
        out.append(f'<table:table-column table:style-name="co{2 if c else 1}"{visibility} '
                   'table:default-cell-style-name="Default"/>')
    out.append(f'<table:table-column table:style-name="co2" table:number-columns-repeated="{SHEET_COLUMNS - width}" '
               'table:default-cell-style-name="Default"/>')
    return "".join(out)


def sheet(name, rows_xml, width, hidden_columns=(), style="ta1"):
    body = "".join(rows_xml)
    return (f'<table:table table:name="{escape(name)}" table:style-name="{style}">{columns(width, hidden_columns)}'
            f"{body}{foot(len(rows_xml))}</table:table>")


def data_table(name, title, source, header, rows, hidden_rows=(), hidden_columns=()):
    """One table on its own sheet: title, 'This worksheet contains one table.', the source, the header, the rows
    (a row whose index is in `hidden_rows` collapsed)."""
    width = len(header)
    xml = [title_row(title, width), row([text("This worksheet contains one table.")], 1),
           row([text(source)], 1), row([year(h) if isinstance(h, int) else text(h, "ce6") for h in header], width)]
    for k, values in enumerate(rows):
        extra = ' table:visibility="collapse"' if k in hidden_rows else ""
        xml.append(row([cell(v) for v in values], width, extra=extra))
    return sheet(name, xml, width, hidden_columns)


# ------------------------------------------------------------------------------- the workbook's content

TITLE = "Surrey adult social care market position statement 2026 to 2029: data tables"

COVER = [
    TITLE,
    "This workbook holds the data tables that accompany Surrey County Council's market position statement for "
    "adult social care. Each table is on its own worksheet.",
    "Publication date: 14 May 2026",
    "Next update: May 2027",
    "Contact: market.intelligence@surreycc.example",
    "Telephone: 01483 555 217",
    "Source notes",
    "Census 2021 figures are from the Office for National Statistics. Figures are rounded to the nearest 10.",
    "Dementia estimates apply age-specific prevalence rates to ONS 2018-based subnational population projections.",
    "Diagnosis rates are from NHS England's Primary Care Dementia Data, December 2025.",
    "Shorthand: [c] confidential, [x] not available, [z] not applicable, [u] low reliability.",
]

CONTENTS = [
    ("Table number", "Table title"),
    ("Table_1", "Unpaid carers by district, Census 2021"),
    ("Table_2", "Estimated number of people aged 65 and over living with dementia, 2025 to 2035"),
    ("Table_3", "Dementia diagnosis rate, people aged 65 and over, December 2025"),
    ("Table_4", "Extra care housing schemes, March 2026"),
    ("Table_5", "Forward plan of adult social care contracts, 2026 to 2029"),
]

NOTES = [
    ("Note number", "Note text"),
    ("note 1", "Census 2021 was held on 21 March 2021. Figures are for usual residents aged 5 and over."),
    ("note 2", "People who look after, or give any help or support to, anyone because of long-term physical or mental "
               "health conditions or illnesses, or problems related to old age, and are not paid for it. Rounded to "
               "the nearest 10."),
    ("note 3", "Of those providing unpaid care, the number providing 50 or more hours a week."),
    ("note 4", "Estimates for 2025 onwards are projections. Figures are rounded to the nearest 10 and may not sum."),
    ("note 5", "The national ambition is for 66.7% of people aged 65 and over estimated to have dementia to have a "
               "formal diagnosis."),
    ("note 6", "Schemes with on-site care available 24 hours a day. Schemes for people aged 55 and over."),
    ("note 7", "Units are self-contained flats; planned units are subject to planning consent."),
    ("note 8", "Estimated annual values are rounded to the nearest £10,000 and exclude VAT."),
]

DISTRICTS = [  # (code, name, carers, per cent, 50+ hours, 2011 carers (hidden column))
    ("E07000207", "Elmbridge", 11240, 0.084, 2310, 12110),
    ("E07000208", "Epsom and Ewell", 6530, 0.089, 1420, 7040),
    ("E07000209", "Guildford", 11870, 0.087, 2540, 12660),
    ("E07000210", "Mole Valley", 8110, 0.096, 1760, 8720),
    ("E07000211", "Reigate and Banstead", 12630, 0.092, 2890, 13280),
    ("E07000212", "Runnymede", 7020, 0.085, 1610, 7430),
    ("E07000213", "Spelthorne", 8790, 0.093, 2240, 9350),
    ("E07000214", "Surrey Heath", 7460, 0.091, 1650, 8010),
    ("E07000215", "Tandridge", 7650, 0.095, 1830, 8190),
    ("E07000216", "Waverley", 10980, 0.094, 2370, 11540),
    ("E07000217", "Woking", 8240, 0.083, "[c]", 8870),
]
CARERS_HEADER = ("Area code", "Area name", "Number of unpaid carers [note 2]",
                 "Percentage of usual residents aged 5 and over (%)",
                 "Number providing 50 or more hours of unpaid care a week [note 3]",
                 "Number of unpaid carers, Census 2011")


def carers():
    rows = [(code, name, n, pct, fifty, old) for code, name, n, pct, fifty, old in DISTRICTS]
    rows.append(("E10000030", "Surrey", 100520, 0.09, 22500, 107200))
    rows.insert(6, ("E10000030", "Surrey (provisional, 2023 release)", 98310, 0.088, 21870, 107200))  # hidden row
    rows.append(("E92000001", "England", 4652390, 0.086, "[x]", 5430020))
    return data_table("Table_1", "Table 1: Unpaid carers by district, Census 2021 [note 1]",
                      "Source: Office for National Statistics, Census 2021, table TS039", CARERS_HEADER, rows,
                      hidden_rows=(6,), hidden_columns=(5,))


DEMENTIA = [  # (code, name, 2025, 2030, 2035)
    ("E07000207", "Elmbridge", 2140, 2470, 2880),
    ("E07000208", "Epsom and Ewell", 1120, 1290, 1500),
    ("E07000209", "Guildford", 1980, 2260, 2640),
    ("E07000210", "Mole Valley", 1610, 1870, 2190),
    ("E07000211", "Reigate and Banstead", 2020, 2330, 2710),
    ("E07000212", "Runnymede", 1150, 1340, 1560),
    ("E07000213", "Spelthorne", 1390, 1600, 1850),
    ("E07000214", "Surrey Heath", 1240, 1450, 1700),
    ("E07000215", "Tandridge", 1260, 1470, "[u]"),
    ("E07000216", "Waverley", 2110, 2450, "[x]"),
    ("E07000217", "Woking", 1180, 1360, 1590),
    ("E10000030", "Surrey", 17200, 19890, 22980),
]


def dementia():
    return data_table("Table_2", "Table 2: Estimated number of people aged 65 and over living with dementia, 2025 to "
                      "2035 [note 4]", "Source: Surrey County Council analysis of ONS 2018-based subnational "
                      "population projections", ("Area code", "Area name", 2025, 2030, 2035), DEMENTIA)


DIAGNOSIS_HEADER = ("Area name", "Estimated number aged 65 and over with dementia",
                    "Number aged 65 and over on GP dementia registers", "Dementia diagnosis rate (%) [note 5]")
DIAGNOSIS = [
    ("NHS Surrey Heartlands Integrated Care Board", 15860, 9770, 0.616),
    ("NHS Frimley Integrated Care Board", 9940, 6390, 0.643),
    ("England", 784310, 497550, 0.634),
]


def diagnosis():
    return data_table("Table_3", "Table 3: Dementia diagnosis rate, people aged 65 and over, December 2025 [note 5]",
                      "Source: NHS England, Primary Care Dementia Data, December 2025", DIAGNOSIS_HEADER, DIAGNOSIS)


SCHEMES_HEADER = ("Scheme name", "District", "Number of units [note 7]", "Tenure", "Status", "Opening year")
SCHEMES = [
    ("Hazel Court", "Elmbridge", 62, "Rent", "Open", Year(2014)),
    ("Bramble Lodge", "Guildford", 58, "Mixed tenure", "Open", Year(2017)),
    ("Meadowside House", "Mole Valley", 48, "Rent", "Open", Year(2019)),
    ("Foxglove Gardens", "Reigate and Banstead", 72, "Mixed tenure", "Open", Year(2021)),
    ("Willow Brook", "Spelthorne", 55, "Rent", "Open", Year(2022)),
    ("Larch House", "Woking", 64, "Rent", "Under construction", Year(2027)),
    ("Orchard Rise", "Waverley", 80, "Mixed tenure", "Planned", Year(2028)),
    ("Chalk Lane", "Tandridge", "[x]", "[x]", "Site identified", "[x]"),
]


def schemes():
    return data_table("Table_4", "Table 4: Extra care housing schemes, March 2026 [note 6]",
                      "Source: Surrey County Council, Adult Social Care Commissioning", SCHEMES_HEADER, SCHEMES)


PLAN_HEADER = ("Service", "Current provider", "Current contract end date", "Procurement start", "New contract start",
               "Estimated annual value (£) [note 8]")
PLAN = [
    ("Carers Support Service", "Harbour Carers Partnership", "2027-03-31", "Autumn 2026", "2027-04-01", 1250000),
    ("Dementia Navigation Service", "Lantern Dementia Care", "2027-09-30", "2027-01-01", "2027-10-01", 640000),
    ("Extra Care Care and Support", "Several providers", "2028-03-31", "Spring 2027", "2028-04-01", 3400000),
    ("Home Based Care Framework", "[c]", "2028-06-30", "2027-09-01", "2028-07-01", "[c]"),
    ("Carers Breaks Grants Programme (new service)", "[z]", "[z]", "2027-02-01", "2027-06-01", 180000),
]


def forward_plan():
    return data_table("Table_5", "Table 5: Forward plan of adult social care contracts, 2026 to 2029",
                      "Source: Surrey County Council, Adult Social Care Commissioning", PLAN_HEADER, PLAN)


STALE = [  # the hidden sheet: last year's figures, kept for the owner's checks
    ("Area name", "Number of unpaid carers", "Dementia estimate 2024"),
    ("Surrey", 96480, 16420),
    ("Woking", 7990, 1120),
]


def stale():
    xml = [row([cell(v) for v in values], len(values)) for values in STALE]
    return sheet("Checks 2025", xml, 3, style="ta2")


def lines_sheet(name, lines, style="ce1"):
    xml = [row([text(line, "ce5" if k == 0 else style)], 1) for k, line in enumerate(lines)]
    xml.insert(2, row([], 0))  # a blank row under the description
    return sheet(name, xml, 1)


def pairs_sheet(name, title, pairs):
    xml = [title_row(title, 2)] + [row([text(a, "ce6" if k == 0 else "ce1"), text(b, "ce6" if k == 0 else "ce1")], 2)
                                   for k, (a, b) in enumerate(pairs)]
    return sheet(name, xml, 2)


STYLES_AUTOMATIC = (
    '<office:automatic-styles>'
    '<style:style style:name="co1" style:family="table-column"><style:table-column-properties fo:break-before="auto" '
    'style:column-width="1.5in"/></style:style>'
    '<style:style style:name="co2" style:family="table-column"><style:table-column-properties fo:break-before="auto" '
    'style:column-width="0.889in"/></style:style>'
    '<style:style style:name="ro1" style:family="table-row"><style:table-row-properties style:row-height="0.178in" '
    'fo:break-before="auto" style:use-optimal-row-height="true"/></style:style>'
    '<style:style style:name="ro2" style:family="table-row"><style:table-row-properties style:row-height="0.25in" '
    'fo:break-before="auto" style:use-optimal-row-height="true"/></style:style>'
    '<style:style style:name="ta1" style:family="table" style:master-page-name="Default"><style:table-properties '
    'table:display="true" style:writing-mode="lr-tb"/></style:style>'
    '<style:style style:name="ta2" style:family="table" style:master-page-name="Default"><style:table-properties '
    'table:display="false" style:writing-mode="lr-tb"/></style:style>'
    '<number:number-style style:name="N3"><number:number number:decimal-places="0" number:min-decimal-places="0" '
    'number:min-integer-digits="1" number:grouping="true"/></number:number-style>'
    '<number:percentage-style style:name="N11"><number:number number:decimal-places="1" '
    'number:min-decimal-places="1" number:min-integer-digits="1"/><number:text>%</number:text>'
    '</number:percentage-style>'
    '<number:date-style style:name="N37"><number:day number:style="long"/><number:text>/</number:text>'
    '<number:month number:style="long"/><number:text>/</number:text><number:year number:style="long"/>'
    '</number:date-style>'
    '<style:style style:name="ce1" style:family="table-cell" style:parent-style-name="Default"/>'
    '<style:style style:name="ce2" style:family="table-cell" style:parent-style-name="Default" '
    'style:data-style-name="N3"/>'
    '<style:style style:name="ce3" style:family="table-cell" style:parent-style-name="Default" '
    'style:data-style-name="N11"/>'
    '<style:style style:name="ce4" style:family="table-cell" style:parent-style-name="Default" '
    'style:data-style-name="N37"/>'
    '<style:style style:name="ce5" style:family="table-cell" style:parent-style-name="Heading_20_1"/>'
    '<style:style style:name="ce6" style:family="table-cell" style:parent-style-name="Default"><style:text-properties '
    'fo:font-weight="bold"/></style:style>'
    '</office:automatic-styles>'
)


def content() -> str:
    sheets = [lines_sheet("Cover sheet", COVER), pairs_sheet("Contents", "Contents", CONTENTS),
              pairs_sheet("Notes", "Notes", NOTES), stale(), carers(), dementia(), diagnosis(), schemes(),
              forward_plan()]
    return (HEAD + f'<office:document-content {NS} office:version="1.3"><office:scripts/>'
            '<office:font-face-decls/>' + STYLES_AUTOMATIC +
            '<office:body><office:spreadsheet><table:calculation-settings table:automatic-find-labels="false" '
            'table:use-regular-expressions="false" table:use-wildcards="true"/>' + "".join(sheets) +
            '<table:named-expressions/></office:spreadsheet></office:body></office:document-content>')


STYLES = (HEAD + f'<office:document-styles {NS} office:version="1.3"><office:styles>'
          '<style:style style:name="Default" style:family="table-cell"/>'
          '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="table-cell" '
          'style:parent-style-name="Default"><style:text-properties fo:font-size="14pt" fo:font-weight="bold"/>'
          '</style:style></office:styles></office:document-styles>')

META = (HEAD + f'<office:document-meta {NS} office:version="1.3"><office:meta>'
        '<meta:creation-date>2026-05-11T09:02:41</meta:creation-date><dc:date>2026-05-14T16:41:22</dc:date>'
        f'<dc:title>{escape(TITLE)}</dc:title><meta:generator>LibreOffice/24.8.4.2$Linux_X86_64 '
        'LibreOffice_project/480$Build-2</meta:generator></office:meta></office:document-meta>')


def main() -> None:
    write_odt(OUT, STAMP, HEAD, content(), STYLES, META, mime=ODS_MIME)
    print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes)")


if __name__ == "__main__":
    main()
