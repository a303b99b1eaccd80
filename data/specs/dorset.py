"""Bournemouth, Poole & Dorset joint Market Position Statement 2015-2016 (seed 003, draft).

Pre-2019 geography: 'Dorset' in this document is the county council area (E10000009),
beside the Bournemouth and Poole unitaries. Figures stated for the three councils
together (the workforce survey, CCG placements, the 2025 demand outlook) go to the
partnership footprint, which is also the footprint of NHS Dorset CCG.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from data.dates import parse_date_text
from data.model import Extraction
from data.seeds import Document, DocumentError
from data.specs._prose import _pattern, as_number, locate, prose_measure
from data.tables import Table, TableRow, read_table

BOURNEMOUTH = "E06000028"
POOLE = "E06000029"
DORSET = "E10000009"
ENGLAND = "E92000001"
# Bournemouth + Poole + Dorset County together (= NHS Dorset CCG). Not yet a row in
# data/registry/areas.csv: the lead is asked to add it (see the Dorset report).
PAN_DORSET = "PAN-DORSET"
PAN_NAME = "Bournemouth, Poole and Dorset"

COUNCILS = {"Bournemouth": BOURNEMOUTH, "Dorset": DORSET, "Poole": POOLE}
ALL_THREE = (BOURNEMOUTH, POOLE, DORSET)
CURRENT = "2015"  # 'current' figures in a 2015 draft with no other date


def extract(doc: Document) -> Extraction:
    ex = Extraction(doc)
    _adult_population(ex)
    _older_population(ex)
    _dementia(ex)
    _carers(ex)
    _care_homes(ex)
    _placements(ex)
    _ccg_placements(ex)
    _housing(ex)
    _home_care(ex)
    _day_services(ex)
    _day_care_spend(ex)
    _information_spend(ex)
    _workforce(ex)
    _procurements(ex)
    _document_findings(ex)
    return ex


# --- population -------------------------------------------------------------------

def _population_qualifier(year: str) -> str:
    return "projection" if int(year) > int(CURRENT) else "estimate"


def _adult_population(ex: Extraction) -> None:
    """Each council has its own year sub-header row inside the one table."""
    table = read_table(ex.doc, "Current and predicted adult population")
    section = "Current and predicted adult population"
    bands = {"Ages 18-64": "aged 18-64", "Ages 65 and over": "aged 65+"}
    area, years = "", []
    for row in table.rows:
        if row.label in COUNCILS:
            area, years = row.label, [c.strip() for c in row.cells[1:]]
            continue
        if row.label not in bands or not area:
            raise DocumentError(f"{ex.doc.info.seed_file} L{row.line}: unexpected population row {row.label!r}")
        for col, year in enumerate(years, start=1):
            ex.measure(line=row.line, section=section, area_code=COUNCILS[area], area_name=area,
                       measure="population", period=year, value=row.number(col),
                       qualifier=_population_qualifier(year), breakdown=bands[row.label])


def _older_population(ex: Extraction) -> None:
    table = read_table(ex.doc, "Population aged 65 and over, projected to")
    section = "Population aged 65 and over by age band"
    for row in table.rows:
        m = re.fullmatch(r"People aged (\d\d)(?:-(\d\d)| and over)", row.label)
        if not m:
            raise DocumentError(f"{ex.doc.info.seed_file} L{row.line}: unexpected age band {row.label!r}")
        band = f"aged {m.group(1)}-{m.group(2)}" if m.group(2) else f"aged {m.group(1)}+"
        for area, code in COUNCILS.items():
            for year in ("2014", "2015", "2020"):
                ex.measure(line=row.line, section=section, area_code=code, area_name=area,
                           measure="population", period=year,
                           value=row.number(table.column_index(area, year)),
                           qualifier=_population_qualifier(year), breakdown=band)


# --- prose: dementia and carers --------------------------------------------------

def _dementia(ex: Extraction) -> None:
    section = "People with dementia"
    prose_measure(ex, "Prime Minister's challenge on dementia", "670,000", section=section,
                  area_code=ENGLAND, area_name="England", measure="dementia_estimated",
                  period="2012", qualifier="estimate")
    marker = "demand for residential care only"
    for text, sign, breakdown, qualifier in (
        ("75", -1, "residential care only", "approximate"),  # "over 75%"
        ("20", -1, "nursing care", "projection"),
        ("30", 1, "dementia bed spaces", "projection"),
        ("40", 1, "nursing care with dementia", "projection"),
    ):
        prose_measure(ex, marker, text, scale=sign, section=section, area_code=PAN_DORSET,
                      area_name=PAN_NAME, measure="care_demand_change_pct", period="2025",
                      qualifier=qualifier, breakdown=breakdown)


def _carers(ex: Extraction) -> None:
    section = "Carers"
    marker = "new referrals to the Carers Service"
    line = locate(ex.doc, marker, "609", "376", "1714", "1,111")
    ex.measure(line=line, section=section, area_code=BOURNEMOUTH, area_name="Bournemouth",
               measure="carers_referrals", period="2012/13", value=as_number("609"), qualifier="count")
    # '376' names no council, so it is left out (see the finding); '201-15' is read as 2014/15.
    for text, measure in (("1714", "carers_known"), ("1,111", "carers_assessed")):
        ex.measure(line=line, section=section, area_code=POOLE, area_name="Poole", measure=measure,
                   period="2014/15", value=as_number(text), qualifier="count")


# --- care homes and placements ---------------------------------------------------

def _care_home_table(doc: Document) -> Table:
    """The care homes table ends at its Total row (the placements table follows with no title gap)."""
    table = read_table(doc, "Number of care homes")
    labels = [r.label for r in table.rows]
    if "Total" not in labels:
        raise DocumentError(f"{doc.info.seed_file}: care homes table has no Total row")
    table.rows = table.rows[: labels.index("Total") + 1]
    return table


def _care_homes(ex: Extraction) -> None:
    table = _care_home_table(ex.doc)
    section = "Number of care homes"
    for row in table.rows:
        breakdown = "" if row.label == "Total" else row.label.lower()
        for area, code in COUNCILS.items():
            value = row.number(table.column_index(area))
            if value is None:  # '-': the document gives no figure
                continue
            ex.measure(line=row.line, section=section, area_code=code, area_name=area,
                       measure="care_homes", period=CURRENT, value=value, qualifier="count",
                       breakdown=breakdown)


def _placements(ex: Extraction) -> None:
    table = read_table(ex.doc, "service users in residential placements in May/June")
    section = "Residential placements, May/June 2014"
    for label, measure in (
        ("No. service users in placements", "residential_placements"),
        ("No. out of county placements", "residential_placements_out_of_area"),
        ("No. contracts with residential and nursing providers", "residential_contracts"),
    ):
        row = table.row(label)
        for area, code in COUNCILS.items():
            ex.measure(line=row.line, section=section, area_code=code, area_name=area, measure=measure,
                       period="May/June 2014", value=row.number(table.column_index(area)),
                       qualifier="count")


def _ccg_placements(ex: Extraction) -> None:
    """Care home placements funded by NHS Dorset CCG (continuing healthcare), one per month."""
    ex.doc.find("placements made by the Clinical Commissioning Group")
    table = read_table(ex.doc, "May 2014\tJune 2014")
    months = [c.strip() for c in table.header[0].cells]
    values = table.rows[0]
    for col, month in enumerate(months):
        ex.measure(line=values.line, section="Placements made by the CCG", area_code=PAN_DORSET,
                   area_name=PAN_NAME, measure="residential_placements", period=month,
                   value=values.number(col), qualifier="count", breakdown="NHS Dorset CCG funded")


# --- sheltered, extra care and supported housing ---------------------------------

@dataclass(frozen=True)
class CellFigure:
    row: str          # row label as the table writes it
    area: str         # column: Bournemouth | Dorset | Poole
    text: str         # the figure as written in the cell
    measure: str
    breakdown: str = ""
    qualifier: str = "count"
    value: float | None = None  # when the text is not a number ('No provision')


_C = CellFigure
HOUSING: tuple[CellFigure, ...] = (
    _C("Extra Care", "Bournemouth", "209", "extra_care_units"),
    _C("Extra Care", "Dorset", "195", "extra_care_units"),
    _C("Extra Care", "Dorset", "four", "extra_care_schemes"),
    _C("Extra Care", "Dorset", "One", "extra_care_schemes_planned", qualifier="plan"),
    _C("Extra Care", "Dorset", "50", "extra_care_units_planned", qualifier="plan"),  # '50/60'
    _C("Extra Care", "Poole", "81", "extra_care_units"),
    _C("Extra Care", "Poole", "2", "extra_care_schemes"),
    _C("Supported housing Cat 2/ Older People", "Bournemouth", "1080", "sheltered_housing_units", "older people"),
    _C("Supported housing Cat 2/ Older People", "Dorset", "5000", "sheltered_housing_units", "older people", "approximate"),
    _C("Supported housing Cat 2/ Older People", "Dorset", "25", "providers", "sheltered housing, older people", "approximate"),
    _C("Supported housing Cat 2/ Older People", "Poole", "1857", "sheltered_housing_units", "older people"),
    _C("Supported housing Cat 2/ Older People", "Poole", "45", "sheltered_housing_schemes", "older people", "approximate"),
    _C("Mental Health Supported housing", "Bournemouth", "237", "supported_housing_units", "mental health"),
    _C("Mental Health Supported housing", "Dorset", "33", "supported_housing_units", "mental health, short term"),
    _C("Mental Health Supported housing", "Dorset", "59", "supported_housing_units", "mental health, long term"),
    _C("Mental Health Supported housing", "Dorset", "6", "supported_housing_units", "mental health, recovery house places"),
    _C("Mental Health Supported housing", "Poole", "40", "supported_housing_units", "mental health", "approximate"),
    _C("Mental Health Supported housing", "Poole", "4", "supported_housing_schemes", "mental health"),
    _C("Single Homelessness", "Bournemouth", "199", "supported_housing_units", "single homelessness"),
    _C("Single Homelessness", "Dorset", "100", "supported_housing_units", "single homelessness, drugs/alcohol and offenders"),
    _C("Single Homelessness", "Dorset", "15", "supported_housing_units", "single homelessness, drugs/alcohol and offenders, high support"),
    _C("Single Homelessness", "Dorset", "85", "supported_housing_units", "single homelessness, drugs/alcohol and offenders, medium support"),
    _C("Single Homelessness", "Poole", "11", "supported_housing_units", "single homelessness"),
    _C("Single Homelessness", "Poole", "1", "supported_housing_schemes", "single homelessness"),
    _C("Drug/Alcohol", "Bournemouth", "80", "supported_housing_units", "drugs and alcohol"),
    _C("Learning disability", "Bournemouth", "79", "supported_housing_units", "learning disability"),
    _C("Learning disability", "Bournemouth", "69", "supported_housing_units", "learning disability, floating support"),
    _C("Learning disability", "Dorset", "300", "supported_housing_units", "learning disability", "approximate"),
    _C("Learning disability", "Poole", "105", "supported_housing_units", "learning disability"),
    _C("Learning disability", "Poole", "10", "supported_housing_schemes", "learning disability"),
    _C("Physical disability", "Bournemouth", "54", "supported_housing_units", "physical disability"),
    _C("Physical disability", "Dorset", "4", "supported_housing_units", "physical disability"),
    _C("Physical disability", "Poole", "29", "supported_housing_units", "physical disability and sensory loss"),
    _C("Physical disability", "Poole", "2", "supported_housing_schemes", "physical disability and sensory loss"),
    _C("Younger people", "Bournemouth", "53", "supported_housing_units", "younger people"),
    _C("Younger people", "Dorset", "148", "supported_housing_units", "younger people"),
    _C("Younger people", "Dorset", "30", "supported_housing_units", "younger people, high support"),
    _C("Younger people", "Dorset", "10", "supported_housing_units", "younger people, high intensive support"),
    _C("Younger people", "Dorset", "8", "supported_housing_units", "younger people, specialist high support"),
    _C("Younger people", "Poole", "57", "supported_housing_units", "younger people"),
    _C("Younger people", "Poole", "2", "supported_housing_schemes", "younger people"),
    _C("Teenage parents", "Bournemouth", "20", "supported_housing_units", "teenage parents"),
    _C("Teenage parents", "Dorset", "No provision", "supported_housing_units", "teenage parents", value=0),
    _C("Teenage parents", "Poole", "2", "supported_housing_units", "teenage parents"),
    _C("Woman's refuge", "Bournemouth", "18", "supported_housing_units", "women's refuge"),
    _C("Woman's refuge", "Dorset", "18", "supported_housing_units", "women's refuge"),
    _C("Woman's refuge", "Dorset", "two", "supported_housing_schemes", "women's refuge"),
    _C("Woman's refuge", "Poole", "13", "supported_housing_units", "women's refuge"),
    _C("Woman's refuge", "Poole", "1", "supported_housing_schemes", "women's refuge"),
    _C("Woman's refuge", "Poole", "5", "supported_housing_units", "women's refuge, satellite units"),
    _C("Offenders", "Bournemouth", "16", "supported_housing_units", "offenders"),
    _C("Offenders", "Dorset", "Two", "supported_housing_units", "young offenders aged 16-18"),
    _C("Offenders", "Poole", "9", "supported_housing_units", "offenders"),
    _C("Offenders", "Poole", "2", "supported_housing_schemes", "offenders"),
)


def _housing_rows(table: Table) -> dict[str, list[TableRow]]:
    """Rows by label; the table repeats its header per page and wraps one cell onto a label-less line."""
    groups: dict[str, list[TableRow]] = {}
    last = ""
    for row in table.rows:
        if row.label == "Scheme" or row.label.startswith("--"):
            continue
        if not row.label:
            if not last:
                raise DocumentError(f"{table.title!r}: continuation line {row.line} has no row above it")
            groups[last].append(row)
            continue
        last = row.label
        groups[last] = [row]
    return groups


def _housing(ex: Extraction) -> None:
    table = read_table(ex.doc, "Scheme\tUnits - Bournemouth", header_lines=1)
    groups = _housing_rows(table)
    section = "Sheltered and extra care housing"
    for fig in HOUSING:
        if fig.row not in groups:
            raise DocumentError(f"{ex.doc.info.seed_file}: housing table has no row {fig.row!r}")
        col = table.column_index(fig.area)
        hits = [r for r in groups[fig.row] if col < len(r.cells) and _pattern(fig.text).search(r.cells[col])]
        if len(hits) != 1 or len(_pattern(fig.text).findall(hits[0].cells[col])) != 1:
            raise DocumentError(f"{ex.doc.info.seed_file}: housing cell {fig.row!r}/{fig.area} does not hold "
                                f"{fig.text!r} exactly once; the document may have changed")
        value = fig.value if fig.value is not None else as_number(fig.text)
        ex.measure(line=hits[0].line, section=section, area_code=COUNCILS[fig.area], area_name=fig.area,
                   measure=fig.measure, period=CURRENT, value=value, qualifier=fig.qualifier,
                   breakdown=fig.breakdown)


# --- home care, day services, spend ----------------------------------------------

def _home_care(ex: Extraction) -> None:
    section = "Home care"
    start = ex.doc.find("Bournemouth Borough Council", ex.doc.find("Home care"))
    b = dict(area_code=BOURNEMOUTH, area_name="Bournemouth", period=CURRENT, section=section)
    d = dict(area_code=DORSET, area_name="Dorset", period=CURRENT, section=section)
    p = dict(area_code=POOLE, area_name="Poole", period=CURRENT, section=section)
    marker = "framework of 7 home care providers"
    prose_measure(ex, marker, "7", start=start, measure="providers", qualifier="count",
                  breakdown="home care framework", **b)
    prose_measure(ex, marker, "3", start=start, measure="providers", qualifier="count",
                  breakdown="home care supplementary", **b)
    marker = "In-House provide services to"
    prose_measure(ex, marker, "58", start=start, measure="people_supported", qualifier="count",
                  breakdown="in-house home care", **b)
    prose_measure(ex, marker, "8%", start=start, measure="people_supported_pct", qualifier="rate",
                  breakdown="in-house home care", **b)
    dorset = ex.doc.find("Dorset County Council In-House", start)
    prose_measure(ex, marker, "4", start=dorset, measure="people_supported", qualifier="count",
                  breakdown="in-house home care", **d)
    prose_measure(ex, marker, "0.2", start=dorset, measure="people_supported_pct", qualifier="rate",
                  breakdown="in-house home care", **d)
    marker = "1st tier framework providers"
    for text, breakdown in (("9", "home care framework, older people first tier"),
                            ("17", "home care framework, second tier"),
                            ("40", "learning disability framework")):
        prose_measure(ex, marker, text, start=start, measure="providers", qualifier="count",
                      breakdown=breakdown, **d)
    prose_measure(ex, "were funding 400 home care packages", "400", start=start, section=section,
                  area_code=PAN_DORSET, area_name=PAN_NAME, period="June 2014",
                  measure="people_supported", qualifier="count", breakdown="NHS Dorset CCG home care packages")
    prose_measure(ex, "generic framework of 8 home care providers", "8", start=start, measure="providers",
                  qualifier="count", breakdown="home care framework", **p)
    prose_measure(ex, "learning disability and or autism with", "20", start=start, measure="providers",
                  qualifier="count", breakdown="learning disability and autism framework", **p)


def _day_services(ex: Extraction) -> None:
    section = "Day opportunities"
    start = ex.doc.find("Day Opportunities")
    marker = "service users receive day services funded by"
    prose_measure(ex, marker, "699", start=start, section=section, area_code=BOURNEMOUTH,
                  area_name="Bournemouth", period=CURRENT, measure="people_supported", qualifier="count",
                  breakdown="day services")
    prose_measure(ex, "non-BBC providers contracted", "11", start=start, section=section,
                  area_code=BOURNEMOUTH, area_name="Bournemouth", period=CURRENT, measure="providers",
                  qualifier="count", breakdown="external day services")
    prose_measure(ex, "were receiving day services funded by Dorset", "1242", start=start, section=section,
                  area_code=DORSET, area_name="Dorset", period="August 2014", measure="people_supported",
                  qualifier="count", breakdown="day services")
    poole = ex.doc.find("Borough of Poole", start)
    prose_measure(ex, marker, "421", start=poole, section=section, area_code=POOLE, area_name="Poole",
                  period="May 2014", measure="people_supported", qualifier="count", breakdown="day services")
    prose_measure(ex, "non-Poole providers contracted", "48", start=poole, section=section,
                  area_code=POOLE, area_name="Poole", period="May 2014", measure="providers",
                  qualifier="count", breakdown="external day services")


def _day_care_spend(ex: Extraction) -> None:
    """Dorset's projected 2015/16 spend on external day services, by service group."""
    ex.doc.find("projected spend on day care provision")
    table = read_table(ex.doc, "\tLearning Disabilities\tMental Health")
    row = table.row("External")
    if row.cells[1].strip() != "Day Services":
        raise DocumentError(f"{ex.doc.info.seed_file} L{row.line}: day care spend row is not 'Day Services'")
    for col, key in enumerate(table.columns):
        if col < 2:
            continue
        ex.measure(line=row.line, section="Dorset day care spend by service group", area_code=DORSET,
                   area_name="Dorset", measure="spend", period="2015/16", value=row.number(col),
                   qualifier="projection",
                   breakdown=f"external day services, {key[0].lower().replace('(>65)', 'aged 65+')}")


def _information_spend(ex: Extraction) -> None:
    prose_measure(ex, "with the third sector market on low level support", "£300k",
                  section="Information and advice", area_code=BOURNEMOUTH, area_name="Bournemouth",
                  period=CURRENT, measure="spend", qualifier="approximate",
                  breakdown="third sector low-level support, information and advice")


# --- workforce ---------------------------------------------------------------------

WORKFORCE_ROWS: dict[str, tuple[str, str, str]] = {
    # row label -> (measure, employment kind added to the breakdown, qualifier)
    "Total Number of Staff Employed": ("workforce_staff", "", "count"),
    "Permanent Staff": ("workforce_staff", "permanent", "count"),
    "Permanent Staff (%)": ("workforce_pct", "permanent", "rate"),
    "Temporary Staff": ("workforce_staff", "temporary", "count"),
    "Temporary Staff (%)": ("workforce_pct", "temporary", "rate"),
    "Apprentice (directly employed by respondent)": ("workforce_staff", "apprentice", "count"),
    "Apprentice (directly employed by respondent) (%)": ("workforce_pct", "apprentice", "rate"),
    "Vacancies": ("workforce_vacancies", "", "count"),
    "Vacancy Rate": ("workforce_vacancy_rate_pct", "", "rate"),
    "Employed Staff Started": ("workforce_starters", "", "count"),
    "Employed Staff Started (%)": ("workforce_starters_pct", "", "rate"),
    "Employed Staff Left": ("workforce_leavers", "", "count"),
    "Turnover Rate": ("workforce_turnover_pct", "", "rate"),
}


def _workforce(ex: Extraction) -> None:
    """The 2014 workforce survey for the three councils together, by job role."""
    ex.doc.find("size and breakdown of the social care workforce")
    table = read_table(ex.doc, "\tRegistered manager\tSocial Worker")
    section = "Social care workforce, 2014"
    roles = [c.strip() for c in table.header[-1].cells]
    if len(table.rows) != len(WORKFORCE_ROWS):
        raise DocumentError(f"{ex.doc.info.seed_file}: workforce table has {len(table.rows)} rows, "
                            f"expected {len(WORKFORCE_ROWS)}")
    for label, (measure, kind, qualifier) in WORKFORCE_ROWS.items():
        row = table.row(label)
        for col in range(1, len(roles)):
            role = "" if roles[col] == "Totals" else roles[col].lower()
            ex.measure(line=row.line, section=section, area_code=PAN_DORSET, area_name=PAN_NAME,
                       measure=measure, period="2014", value=row.number(col), qualifier=qualifier,
                       breakdown=", ".join(p for p in (role, kind) if p))
    prose_measure(ex, "Southwest region turnover rate", "23.4%", section=section, area_code=ENGLAND,
                  area_name="England", measure="workforce_turnover_pct", period="2014", qualifier="rate")


# --- procurements ------------------------------------------------------------------

def _procurements(ex: Extraction) -> None:
    doc = ex.doc
    ex.procurement(line=locate(doc, "re-tendering for our support at home services", "new financial year"),
                   section="Opportunities", authority_codes=ALL_THREE,
                   service="Support at home (home care) re-tender", category="home care", status="planned",
                   stages={"contract_start": parse_date_text("new financial year")})
    ex.procurement(line=locate(doc, "recently awarded the contract for community equipment"),
                   section="Equipment services", authority_codes=ALL_THREE,
                   service="Community equipment services", category="other", status="awarded",
                   stages={})
    ex.procurement(line=locate(doc, "have tendered a contract for advocacy support"),
                   section="Advocacy services", authority_codes=ALL_THREE,
                   service="Advocacy: IMCA and Deprivation of Liberty Safeguards", category="advocacy",
                   status="procuring", stages={})
    ex.procurement(line=locate(doc, "(IMHA) has recently been reviewed and re-commissioned"),
                   section="Advocacy services", authority_codes=ALL_THREE,
                   service="Independent Mental Health Advocacy (with Dorset HealthCare)", category="advocacy",
                   status="awarded", stages={})
    ex.procurement(line=locate(doc, "Dorset are tendering on a short term contract"),
                   section="Advocacy services", authority_codes=(DORSET,),
                   service="Advocacy outside IMCA and DoLS (short-term contract)", category="advocacy",
                   status="procuring", stages={})
    ex.procurement(line=locate(doc, "With effect from July 2015 day services"),
                   section="Day opportunities", authority_codes=(BOURNEMOUTH,),
                   service="Day services transfer to a Local Authority Trading Company", category="other",
                   status="planned", stages={"contract_start": parse_date_text("July 2015")})
    ex.procurement(line=locate(doc, "No provision in Dorset service decommissioned", "2013"),
                   section="Sheltered and extra care housing", authority_codes=(DORSET,),
                   service="Supported housing for teenage parents (decommissioned)",
                   category="extra care and housing", status="ended",
                   stages={"contract_end": parse_date_text("2013")})
    ex.procurement(line=locate(doc, "Tender all floating support services"),
                   section="Commissioning intentions", authority_codes=(BOURNEMOUTH, POOLE),
                   service="Floating support services", category="extra care and housing",
                   status="intended", stages={})


# --- what does not add up ----------------------------------------------------------

def _document_findings(ex: Extraction) -> None:
    doc = ex.doc
    homes = _care_home_table(doc)
    total = homes.row("Total")
    for area, code in COUNCILS.items():
        col = homes.column_index(area)
        parts = {r.label: r.number(col) or 0 for r in homes.rows if r.label != "Total"}
        observed = total.number(col) or 0
        expected = sum(parts.values())
        if observed != expected and observed == expected - parts["Learning Disability"]:
            ex.finding(check="document", severity="warning", area_code=code, measure="care_homes",
                       period=CURRENT, expected=expected, observed=observed, line=total.line,
                       message=(f"{area}: the care home Total equals the other rows without the Learning "
                                "Disability row, so learning disability homes seem to be counted inside "
                                "the nursing / no nursing rows; the type rows overlap and must not be summed"))
    line = locate(doc, "new referrals to the Carers Service", "376", "201-15")
    ex.finding(check="document", severity="warning", measure="carers_referrals", period="2012/13",
               line=line, message=("the second carers' referral figure (376) names no council, so it is not "
                                   "extracted; the same sentence gives its period as '201-15' (read as 2014/15)"))
    line = doc.find("numbers of carers are expected to increase")
    nxt = next((n for n in range(line + 1, len(doc.lines) + 1) if doc.line(n).strip()), line)
    if "\t" not in doc.line(nxt):
        ex.finding(check="document", severity="warning", measure="carers_unpaid", line=line,
                   message="the text refers to a table of projected carer numbers, but no table follows it")
    line = locate(doc, "of day care sessions delivered per service user", "1845")
    ex.finding(check="document", severity="warning", area_code=BOURNEMOUTH, line=line,
               message=("Bournemouth's 1845 half-day sessions are said to be per year for 699 day service "
                        "users (under 3 each a year), while Poole reports 1370 sessions in one week for "
                        "421 users; the Bournemouth figure is probably weekly"))
    young = [r for r in ex.measures if r.area_code == DORSET and r.measure == "supported_housing_units"
             and r.breakdown.startswith("younger people")]
    whole = next(r for r in young if r.breakdown == "younger people")
    parts = sum(r.value for r in young if r is not whole)
    if parts != whole.value:
        ex.finding(check="document", severity="warning", area_code=DORSET, measure="supported_housing_units",
                   period=whole.period, expected=whole.value, observed=parts, line=whole.line,
                   message=(f"Dorset's younger people's supported housing is {whole.value:,.0f} units, but the "
                            f"support levels listed with it add to {parts:,.0f}; the rest are not described"))
    line = locate(doc, "units in four schemes", "50/60")
    ex.finding(check="document", severity="info", area_code=DORSET, measure="extra_care_units_planned",
               period=CURRENT, line=line,
               message="the planned Dorset extra care scheme is '50/60' units; the lower figure (50) is extracted")
