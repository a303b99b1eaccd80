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
from pathlib import Path

from workbook_parts import (  # noqa: E402 (a sibling module: run from the repository root)
    BOLD, THOUSANDS, PERCENT, DMY, MON_YY, SHORT_DATE, POUNDS, MONTH_YEAR, TITLE, PENCE, s, i, n, pad, core_xml,
    write_workbook,
)

OUT = Path(__file__).with_name("145_procurement_pipeline.xlsx")
STAMP = (2026, 3, 2, 16, 4, 10)

# a rich-text shared string: a header Excel stores as two runs (the second bold)
RICH = ("Planned tender publication ", "(indicative)")


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


def build():
    write_workbook(OUT, STAMP, SHEETS, last_column="P", print_area=(1, "'Pipeline'!$A$1:$O$14"),
                   core=core_xml('Adult social care commissioning pipeline', "2025-06-11T08:40:00Z", "2026-03-02T16:04:10Z"), pound_pence=True)


if __name__ == "__main__":
    build()
