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
from pathlib import Path

from workbook_parts import (  # noqa: E402 (a sibling module: run from the repository root)
    GENERAL, BOLD, THOUSANDS, PERCENT, DMY, DAY_MONTH_YEAR, MON_YY, SHORT_DATE, POUNDS, MONTH_YEAR, TITLE,
    D_MON_YY, s, i, n, b, f, pad, core_xml, write_workbook,
)

OUT = Path(__file__).with_name("142_workbook.xlsx")
STAMP = (2026, 1, 14, 9, 12, 30)

# a rich-text shared string: a header Excel stores as two runs (the second bold)
RICH = ("People aged 65+ with dementia ", "(2025 estimate)")


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


def build():
    write_workbook(OUT, STAMP, SHEETS, last_column="J", print_area=(3, "'Forward plan'!$A$1:$J$11"),
                   core=core_xml('Market Position Statement 2026-2029: data annex', "2025-11-03T10:21:00Z", "2026-01-14T09:12:30Z"))


if __name__ == "__main__":
    build()
