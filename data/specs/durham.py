"""Durham County Council, Market Position Statement 2019/2021 (seed 000).

Figures come from the JSNA life expectancy table, the JSNA bullet points and the
finance paragraph; procurements from the planned procurements table (section 11)
and the dated commissioning plans in the children's and adults' sections.
"""
from __future__ import annotations

import re
from datetime import date

from data.dates import parse_date_text
from data.model import Extraction
from data.seeds import Document
from data.specs._prose import as_number, locate, prose_measure
from data.tables import read_table

DURHAM = "E06000047"
ENGLAND = "E92000001"
# The document dates few of its prose figures; an undated figure is given the first
# year the statement covers, i.e. "as stated in the 2019/2021 MPS".
STATED = "2019"

JSNA = "Key Messages from the JSNA"
LE_TABLE = "Key Messages from the JSNA: life expectancy table"

# (marker, figure as written, measure, period, qualifier, breakdown, area code, section)
PROSE: tuple[tuple[str, str, str, str, str, str, str, str], ...] = (
    ("home to over 0.5m people", "0.5m", "population", STATED, "approximate", "", DURHAM, "About County Durham"),
    ("aged 0-17 is projected", "0.7%", "population_change_pct", "2016-2030", "projection", "aged 0-17", DURHAM,
     "About County Durham"),
    ("aged over 65 is projected", "20.2%", "population_share_pct", "2016", "estimate", "aged 65+", DURHAM,
     "About County Durham"),
    ("aged over 65 is projected", "27.0%", "population_share_pct", "2030", "projection", "aged 65+", DURHAM,
     "About County Durham"),
    ("aged 65+ have dementia", "7,000", "dementia_estimated", STATED, "approximate", "aged 65+", DURHAM, JSNA),
    ("aged 65+ have dementia", "12,000", "dementia_estimated", "2035", "projection", "aged 65+", DURHAM, JSNA),
    ("children with a diagnosable mental health", "10,000", "mental_health_need_estimated", STATED, "approximate",
     "children", DURHAM, JSNA),
    ("1 in 4 adults will experience", "100,000", "mental_health_need_estimated", STATED, "approximate",
     "aged 18+", DURHAM, JSNA),
    ("admitted to permanent residential/nursing care", "762.7", "care_home_admissions_rate", STATED, "rate",
     "aged 65+", DURHAM, JSNA),
    ("admitted to permanent residential/nursing care", "610.7", "care_home_admissions_rate", STATED, "rate",
     "aged 65+", ENGLAND, JSNA),
    ("admitted to permanent residential care later", "87", "care_home_admission_age", "2017/18", "estimate", "",
     DURHAM, JSNA),
    ("Length of stay seems to be decreasing", "598", "care_home_stay_days", "2017/18", "estimate", "", DURHAM, JSNA),
    ("Length of stay seems to be decreasing", "637", "care_home_stay_days", "2007/08", "estimate", "", DURHAM, JSNA),
    ("emergency admissions for falls", "2,330", "falls_admissions", "2016/17", "approximate", "aged 65+", DURHAM,
     JSNA),
    ("mildly lonely", "20%", "loneliness_pct", STATED, "estimate", "aged 65+, mildly lonely", DURHAM, JSNA),
    ("mildly lonely", "11%", "loneliness_pct", STATED, "estimate", "aged 65+, intensely lonely", DURHAM, JSNA),
    ("mildly lonely", "19,000", "loneliness_estimated", STATED, "approximate", "aged 65+, lonely", DURHAM, JSNA),
    ("mildly lonely", "10,000", "loneliness_estimated", STATED, "approximate", "aged 65+, intensely lonely",
     DURHAM, JSNA),
    ("adult carers in County Durham", "59,000", "carers_unpaid", STATED, "approximate", "adults", DURHAM, JSNA),
    ("adult carers in County Durham", "27.9%", "carers_unpaid_65plus_change_pct", "2030", "projection",
     "aged 65+", DURHAM, JSNA),
)

# Spend in 2017/18, in £ millions or £ as written: (marker, figure, scale, qualifier, breakdown)
SPEND: tuple[tuple[str, str, float, str, str], ...] = (
    ("council spent over", "145", 1e6, "approximate", "adult social care"),
    ("council spent over", "11.5", 1e6, "approximate", "children's social care"),
    ("excludes direct payments", "11", 1e6, "approximate", "direct payments, adults"),
    ("excludes direct payments", "350,000", 1, "approximate", "direct payments, children"),
    ("spent on Public Health", "28", 1e6, "approximate", "public health"),
    ("spent on Public Health", "15", 1e6, "count", "housing related services"),
)

# First keyword found in a service name decides its category; order matters
# ("Advocacy for Children" is advocacy, not children and families).
CATEGORY_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("advocacy", "advocacy"),
    ("dementia", "dementia"),
    ("learning disability", "learning disability"),
    ("extra care", "extra care and housing"),
    ("handy person", "extra care and housing"),
    ("domiciliary", "home care"),
    ("respite", "residential and nursing"),
    ("fostering", "children and families"),
    ("adoption", "children and families"),
    ("children", "children and families"),
    ("crèche", "children and families"),
    ("independent visitor", "children and families"),
    ("mediation", "children and families"),
    ("healthy child", "children and families"),
    ("mental health", "mental health"),
    ("smoking", "public health"),
    ("sexual health", "public health"),
    ("wellbeing", "public health"),
    ("workplace health", "public health"),
    ("detoxification", "public health"),
)


def category_for(service: str) -> str:
    low = service.lower()
    return next((cat for word, cat in CATEGORY_KEYWORDS if word in low), "other")


def extract(doc: Document) -> Extraction:
    ex = Extraction(doc)
    _life_expectancy(ex)
    _prose(ex)
    _spend(ex)
    _planned_procurements(ex)
    _prose_procurements(ex)
    _abbreviations(ex)
    return ex


def _life_expectancy(ex: Extraction) -> None:
    table = read_table(ex.doc, "\tMen\tWomen")
    sexes = (("men", table.column_index("Men")), ("women", table.column_index("Women")))
    for label, measure in (
        ("Life expectancy (2014-16)", "life_expectancy"),
        ("Healthy life expectancy (2014-16)", "healthy_life_expectancy"),
        ("Years in poor health", "years_in_poor_health"),
    ):
        row = table.row(label)
        for sex, col in sexes:
            ex.measure(line=row.line, section=LE_TABLE, area_code=DURHAM, area_name="County Durham",
                       measure=measure, period="2014-16", value=row.number(col), qualifier="estimate",
                       breakdown=sex)
    # The JSNA bullet above the table states life expectancy again; report where the two disagree.
    row = table.row("Life expectancy (2014-16)")
    for sex, col, written in (("men", sexes[0][1], "78.0"), ("women", sexes[1][1], "81.4")):
        line = locate(ex.doc, "life expectancy for both men", written)
        stated, tabled = as_number(written), row.number(col)
        if tabled is not None and stated != tabled:
            ex.finding(check="document", severity="warning", area_code=DURHAM, measure="life_expectancy",
                       period="2014-16", expected=tabled, observed=stated, line=line,
                       message=f"Life expectancy for {sex} is {written} years in the JSNA text (line {line}) "
                               f"but {row.cells[col].strip()} in the table below it (line {row.line})")


def _prose(ex: Extraction) -> None:
    for marker, text, measure, period, qualifier, breakdown, code, section in PROSE:
        prose_measure(ex, marker, text, section=section, area_code=code,
                      area_name="England" if code == ENGLAND else "County Durham", measure=measure,
                      period=period, qualifier=qualifier, breakdown=breakdown)


def _spend(ex: Extraction) -> None:
    for marker, text, scale, qualifier, breakdown in SPEND:
        prose_measure(ex, marker, text, scale=scale, section="Finance and funding", area_code=DURHAM,
                      area_name="County Durham", measure="spend", period="2017/18", qualifier=qualifier,
                      breakdown=breakdown)


def _planned_procurements(ex: Extraction) -> None:
    table = read_table(ex.doc, "Service\tAnticipated\tAnticipated", header_lines=2)
    section = "11. Planned procurements for 2019/20 and 2020/21"
    pending = ""
    early = 0
    for row in table.rows:
        name = row.label
        start_text = row.cells[1].strip() if len(row.cells) > 1 else ""
        if not start_text:  # a service name wrapped onto the next line
            pending = name
            continue
        if pending:
            name, pending = f"{pending} {name}", ""
        start = parse_date_text(start_text)
        if start.latest and start.latest < date(2019, 4, 1):
            early += 1
        service = name.rstrip(".")
        ex.procurement(
            line=row.line, section=section, authority_codes=(DURHAM,), service=service,
            category=category_for(service), status="planned",
            stages={"procurement_start": start, "contract_start": parse_date_text(row.cells[2].strip())},
        )
    if early:
        ex.finding(check="document", severity="info", area_code=DURHAM, line=table.title_line,
                   message=f"{early} of the procurements in the table titled for 2019/20 and 2020/21 "
                           "are to start before April 2019")


def _prose_procurements(ex: Extraction) -> None:
    """Dated commissioning plans stated in the adults' and children's sections."""
    doc = ex.doc
    dom = locate(doc, "re-commission domiciliary care services", "1st April 2019", "late 2018")
    ex.procurement(line=dom, section="Domiciliary care", authority_codes=(DURHAM,),
                   service="Domiciliary care services (adults), re-commissioning after review",
                   category="home care", status="planned",
                   stages={"procurement_start": parse_date_text("late 2018"),
                           "contract_start": parse_date_text("1st April 2019")})
    ifa = locate(doc, "current framework is due to end", "March 2019")
    ex.procurement(line=ifa, section="Independent fostering", authority_codes=(DURHAM,),
                   service="North East 7 IFA Consortia Framework (independent fostering)",
                   category="children and families", status="live",
                   stages={"contract_end": parse_date_text("March 2019")})
    ne12 = locate(doc, "North East 12 Consortia Framework", "1st February 2018")
    ex.procurement(line=ne12, section="Children's residential services", authority_codes=(DURHAM,),
                   service="North East 12 Consortia Framework (children's residential placements)",
                   category="children and families", status="live",
                   stages={"contract_start": parse_date_text("1st February 2018")})
    hcp = locate(doc, "scheduled to be recommissioned in early", "2020")
    ex.procurement(line=hcp, section="County Durham's Healthy Child Programme", authority_codes=(DURHAM,),
                   service="Healthy Child Programme (0-5 and 5-19 services)",
                   category="children and families", status="planned",
                   stages={"procurement_start": parse_date_text("early 2020")})
    mh = locate(doc, "Existing contracts are due to expire", "January 2019", "November 2018", "February 2019")
    # Two contracts in one sentence: the existing ones end, the re-procured ones follow.
    ex.procurement(line=mh, section="Children's mental health services", authority_codes=(DURHAM,),
                   service="Preventative mental health services for children and young people (existing contracts)",
                   category="mental health", status="live",
                   stages={"contract_end": parse_date_text("January 2019")})
    ex.procurement(line=mh, section="Children's mental health services", authority_codes=(DURHAM,),
                   service="Preventative mental health services for children and young people (new services)",
                   category="mental health", status="planned",
                   stages={"procurement_start": parse_date_text("November 2018"),
                           "contract_start": parse_date_text("February 2019")})
    da = locate(doc, "recommissioned in autumn 2018", start=doc.find("Domestic abuse services"))
    ex.procurement(line=da, section="Domestic abuse services", authority_codes=(DURHAM,),
                   service="Countywide Domestic Abuse Service (victims and children)",
                   category="other", status="planned",
                   stages={"procurement_start": parse_date_text("autumn 2018")})
    cdc = locate(doc, "recommissioned in autumn 2018", start=doc.find("Children's domiciliary care services"))
    ex.procurement(line=cdc, section="Children's domiciliary care services", authority_codes=(DURHAM,),
                   service="Children's domiciliary care services",
                   category="children and families", status="planned",
                   stages={"procurement_start": parse_date_text("autumn 2018")})


def _abbreviations(ex: Extraction) -> None:
    """The abbreviations list against the text: report expansions that contradict it."""
    doc = ex.doc
    start = doc.find("Abbreviations", doc.find("Planned procurements for 2019/20", 100))
    expansions = {}
    for n in range(start, len(doc.lines) + 1):
        cells = doc.line(n).split("\t")
        if len(cells) == 2:
            expansions[cells[0].strip()] = (n, cells[1].strip())
    ccg_line, ccg = expansions.get("CCG", (0, ""))
    cqc_line, cqc = expansions.get("CQC", (0, ""))
    if ccg and cqc == ccg:
        used = locate(doc, "Care Quality Commission (CQC)")
        ex.finding(check="document", severity="info", area_code=DURHAM, line=cqc_line,
                   message=f"The abbreviations list expands CQC as {cqc!r}, the same as CCG (line {ccg_line}); "
                           f"the text uses CQC for the Care Quality Commission (line {used})")
    ibcf_line, ibcf = expansions.get("IBCF", (0, ""))
    used = locate(doc, "Better Care Fund (IBCF)")
    named = re.search(r"((?:[A-Z]\w+ )+)\(IBCF\)", doc.line(used))
    if ibcf and named and named.group(1).strip() != ibcf:
        ex.finding(check="document", severity="info", area_code=DURHAM, line=ibcf_line,
                   message=f"The abbreviations list expands IBCF as {ibcf!r}; the text (line {used}) "
                           f"calls it the {named.group(1).strip()}")

