"""Build tests/corpus/148_projections_workbook.xlsx: a made-up Lincolnshire projections workbook as Excel saves it.

An Office Open XML workbook (.xlsx) written with the standard library only (through workbook_parts) in the shape a
council gives the tables it downloads from the national older people's projection tool and attaches to its market
position statement: a 'Contents' sheet naming the appendix and the statement's period; one sheet per measure
('Dementia 65+', 'Dementia districts', 'Carers', 'Population 65+', 'Living alone', 'Unable to manage self-care'), each
with a title cell naming the measure, an 'Area: <place>' cell, a table with the age bands (or the hours bands) as rows
and the years 2025, 2030, 2035 and 2040 across the columns, a 'Total population aged 65 and over ...' row, rounding
and source notes. The dementia sheet has a block of sex totals and a block of the prevalence rates used; the districts
sheet has a block for Boston and one for Lincoln. Counts are numbers under a thousands format. Every figure is
invented; Lincolnshire and its districts are the geography only.
Run from the repository root:
    python tests/corpus/make_148_xlsx.py
Deterministic: fixed zip entry times and no clock or random input, so re-running gives the same bytes.
"""
from pathlib import Path

from workbook_parts import (  # noqa: E402 (a sibling module: run from the repository root)
    BOLD, THOUSANDS, TITLE, s, n, core_xml, write_workbook,
)

OUT = Path(__file__).with_name("148_projections_workbook.xlsx")
STAMP = (2026, 1, 20, 11, 12, 30)
YEARS = (2025, 2030, 2035, 2040)
YEAR_COLS = "BCDE"

ROUNDING = "Figures may not sum due to rounding. Numbers are rounded to the nearest 10."
METHOD = ("Prevalence rates have been applied to ONS 2018-based subnational population projections of the 65 and over "
          "population to give estimated numbers predicted to have dementia to 2040.")
SOURCE = "Source: Projecting Older People Population Information System, version 15.0, data downloaded 14/01/2026."


def header(row, label):
    return {row: [s("A", label, BOLD), *(n(c, y, BOLD) for c, y in zip(YEAR_COLS, YEARS))]}


def figures(row, label, values, style=THOUSANDS, label_style=None):
    first = s("A", label, label_style) if label_style is not None else s("A", label)
    return {row: [first, *(n(c, v, style) for c, v in zip(YEAR_COLS, values))]}


def table(start, head, rows):
    """A header row at `start` and a row per (label, values) under it; the next free row after."""
    out = header(start, head)
    for k, (label, values) in enumerate(rows, start=1):
        out.update(figures(start + k, label, values))
    return out, start + len(rows) + 1


def titled(title, area):
    return {1: [s("A", title, TITLE)], 2: [s("A", f"Area: {area}", BOLD)]}


def notes(row, *texts):
    return {row + k: [s("A", t)] for k, t in enumerate(texts)}


DEMENTIA_BANDS = [
    ("People aged 65-69 predicted to have dementia", (720, 760, 850, 880)),
    ("People aged 70-74 predicted to have dementia", (1310, 1240, 1300, 1470)),
    ("People aged 75-79 predicted to have dementia", (2450, 2720, 2610, 2780)),
    ("People aged 80-84 predicted to have dementia", (2880, 3420, 3790, 3650)),
    ("People aged 85-89 predicted to have dementia", (2770, 3150, 3740, 4160)),
    ("People aged 90 and over predicted to have dementia", (2290, 2700, 3240, 3980)),
    ("Total population aged 65 and over predicted to have dementia", (12420, 13990, 15530, 16920)),
]
SEX_TOTALS = [
    ("Males aged 65 and over predicted to have dementia", (5080, 5850, 6560, 7190)),
    ("Females aged 65 and over predicted to have dementia", (7340, 8140, 8970, 9730)),
]
RATES = [("Prevalence rate, aged 65-69 (%)", 1.7), ("Prevalence rate, aged 70-74 (%)", 3.1),
         ("Prevalence rate, aged 75-79 (%)", 6.2), ("Prevalence rate, aged 80-84 (%)", 11.4),
         ("Prevalence rate, aged 85-89 (%)", 18.7), ("Prevalence rate, aged 90 and over (%)", 31.6)]


def dementia():
    rows = titled("Dementia: people aged 65 and over predicted to have dementia, projected to 2040", "Lincolnshire")
    block, nxt = table(4, "Predicted to have dementia", DEMENTIA_BANDS)
    rows.update(block)
    sexes, nxt = table(nxt + 1, "By sex", SEX_TOTALS)
    rows.update(sexes)
    rows[nxt + 1] = [s("A", "Prevalence rates used (all years)", BOLD), s("B", "%", BOLD)]
    for k, (label, rate) in enumerate(RATES, start=nxt + 2):
        rows[k] = [s("A", label), n("B", rate)]
    rows.update(notes(nxt + 3 + len(RATES), ROUNDING, METHOD, SOURCE))
    return rows, ("A1:E1",), '<cols><col min="1" max="1" width="62.7109375" customWidth="1"/></cols>', ()


def district_block(start, area, bands):
    rows = {start: [s("A", f"Area: {area}", BOLD)]}
    block, nxt = table(start + 1, "Predicted to have dementia", bands)
    rows.update(block)
    return rows, nxt


BOSTON = [
    ("People aged 65-74 predicted to have dementia", (170, 180, 200, 210)),
    ("People aged 75-84 predicted to have dementia", (430, 500, 520, 540)),
    ("People aged 85 and over predicted to have dementia", (450, 510, 620, 710)),
    ("Total population aged 65 and over predicted to have dementia", (1050, 1190, 1340, 1460)),
]
LINCOLN = [
    ("People aged 65-74 predicted to have dementia", (190, 190, 210, 220)),
    ("People aged 75-84 predicted to have dementia", (460, 510, 530, 550)),
    ("People aged 85 and over predicted to have dementia", (470, 530, 630, 720)),
    ("Total population aged 65 and over predicted to have dementia", (1120, 1230, 1370, 1490)),
]


def dementia_districts():
    rows = {1: [s("A", "Dementia: people aged 65 and over predicted to have dementia, by district", TITLE)]}
    boston, nxt = district_block(3, "Boston", BOSTON)
    rows.update(boston)
    lincoln, nxt = district_block(nxt + 1, "Lincoln", LINCOLN)
    rows.update(lincoln)
    rows.update(notes(nxt + 1, ROUNDING, SOURCE))
    return rows, ("A1:E1",), '<cols><col min="1" max="1" width="62.7109375" customWidth="1"/></cols>', ()


CARERS = [
    ("People aged 65 and over providing 1-19 hours of unpaid care per week", (14860, 16590, 17820, 18550)),
    ("People aged 65 and over providing 20-49 hours of unpaid care per week", (3410, 3810, 4090, 4260)),
    ("People aged 65 and over providing 50 or more hours of unpaid care per week", (8790, 9820, 10540, 10970)),
    ("Total population aged 65 and over providing unpaid care", (27060, 30220, 32450, 33780)),
]


def carers():
    rows = titled("Carers: people aged 65 and over providing unpaid care, projected to 2040", "Lincolnshire")
    block, nxt = table(4, "Providing unpaid care", CARERS)
    rows.update(block)
    rows.update(notes(nxt + 1, ROUNDING, "Rates of unpaid care by hours band from the 2021 Census have been applied "
                      "to ONS 2018-based subnational population projections.", SOURCE))
    return rows, ("A1:E1",), '<cols><col min="1" max="1" width="70.7109375" customWidth="1"/></cols>', ()


POPULATION = [
    ("People aged 65-69", (52100, 57300, 62000, 58400)),
    ("People aged 70-74", (47900, 50900, 55700, 60300)),
    ("People aged 75-79", (41800, 43100, 46300, 50700)),
    ("People aged 80-84", (22300, 30600, 26800, 24900)),
    ("People aged 85-89", (16900, 19800, 24100, 26800)),
    ("People aged 90 and over", (10400, 12100, 14700, 17800)),
    ("Total population aged 65 and over", (191400, 213800, 229600, 238900)),
    ("Total population aged 85 and over", (27300, 31900, 38800, 44600)),
]


def population():
    rows = titled("Population: people aged 65 and over, projected to 2040", "Lincolnshire")
    block, nxt = table(4, "Population", POPULATION)
    rows.update(block)
    rows.update(notes(nxt + 1, "Figures may not sum due to rounding. Numbers are rounded to the nearest 100.",
                      "Figures are taken from ONS 2018-based subnational population projections.", SOURCE))
    return rows, ("A1:E1",), '<cols><col min="1" max="1" width="48.7109375" customWidth="1"/></cols>', ()


LIVING_ALONE = [
    ("People aged 65-74 predicted to live alone", (26100, 28400, 30300, 30900)),
    ("People aged 75 and over predicted to live alone", (43700, 49000, 53200, 56300)),
    ("Total population aged 65 and over predicted to live alone", (69800, 77400, 83500, 87200)),
]
SELF_CARE = [
    ("People aged 65-74 unable to manage at least one self-care activity on their own", (12300, 13400, 14200, 14400)),
    ("People aged 75 and over unable to manage at least one self-care activity on their own",
     (27400, 31500, 35100, 38200)),
    ("Total population aged 65 and over unable to manage at least one self-care activity on their own",
     (39700, 44900, 49300, 52600)),
]


def other_measure(title, head, bands, width):
    def make():
        rows = titled(title, "Lincolnshire")
        block, nxt = table(4, head, bands)
        rows.update(block)
        rows.update(notes(nxt + 1, ROUNDING, SOURCE))
        return rows, ("A1:E1",), f'<cols><col min="1" max="1" width="{width}" customWidth="1"/></cols>', ()
    return make


CONTENTS = {
    1: [s("A", "Lincolnshire County Council", TITLE)],
    2: [s("A", "Appendix C to the Market Position Statement 2026-2029: population projections", BOLD)],
    4: [s("A", "Sheet", BOLD), s("B", "What it shows", BOLD)],
    5: [s("A", "Dementia 65+"), s("B", "People aged 65 and over predicted to have dementia, 2025 to 2040")],
    6: [s("A", "Dementia districts"), s("B", "The same for two districts")],
    7: [s("A", "Carers"), s("B", "People aged 65 and over providing unpaid care, by hours band")],
    8: [s("A", "Population 65+"), s("B", "People aged 65 and over, by five-year age band")],
    9: [s("A", "Living alone"), s("B", "People aged 65 and over predicted to live alone")],
    10: [s("A", "Unable to manage self-care"), s("B", "People aged 65 and over unable to manage a self-care activity")],
}

SHEETS = [  # name, rows, state
    ("Contents", lambda: (CONTENTS, ("A1:E1",), "", ()), None),
    ("Dementia 65+", dementia, None),
    ("Dementia districts", dementia_districts, None),
    ("Carers", carers, None),
    ("Population 65+", population, None),
    ("Living alone", other_measure("Living alone: people aged 65 and over predicted to live alone, projected to 2040",
                                   "Predicted to live alone", LIVING_ALONE, "62.7109375"), None),
    ("Unable to manage self-care", other_measure(
        "Self-care: people aged 65 and over unable to manage at least one self-care activity on their own, "
        "projected to 2040", "Unable to manage at least one self-care activity", SELF_CARE, "84.7109375"), None),
]


def build():
    write_workbook(OUT, STAMP, SHEETS, last_column="E", print_area=(1, "'Dementia 65+'!$A$1:$E$30"),
                   core=core_xml("Population projections (Appendix C)", "2026-01-14T09:02:00Z",
                                 "2026-01-20T11:12:30Z"))


if __name__ == "__main__":
    build()
