"""Commissioning intentions of five North East councils, one web page each (seed 001).

The pages were pasted one after another without headings, so the spec first works
out whose text is whose: each section starts at a marker and must name its council
(Darlington's "residents", Gateshead's page title, Middlesbrough's services,
Redcar and Cleveland's Covid note, South Tyneside's market summaries). The text
between Gateshead's "Last updated" line and Middlesbrough's home care paragraph
(Community Led Support) runs straight into Middlesbrough's services and is read as
Middlesbrough's. Only Middlesbrough and South Tyneside state figures or dates.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from data.dates import DateSpan, add_years, parse_date_text
from data.model import Extraction, resolve_area
from data.seeds import Document, DocumentError
from data.specs._prose import locate, prose_measure

STATED = "2024"  # the pages were last updated in April/May 2024 and state figures as current
NORTH_EAST = "E12000001"


@dataclass(frozen=True)
class Section:
    code: str
    name: str
    start: int
    end: int


# (area code, council name the section must mention, marker where its text starts)
SECTION_MARKERS: tuple[tuple[str, str, str], ...] = (
    ("E06000005", "Darlington", "Commissioning Intentions"),
    ("E08000037", "Gateshead", "Strategies – Gateshead Council"),
    ("E06000002", "Middlesbrough", "developing long term commissioning intentions"),
    ("E06000003", "Redcar and Cleveland", "To inform future Commission intentions"),
    ("E08000023", "South Tyneside", "has ambitious commissioning intentions"),
)

# South Tyneside's market summaries: (marker, figure as written, measure, qualifier, breakdown, section)
SOUTH_TYNESIDE: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("supports 458 individuals", "458", "people_supported", "count", "direct payments", "Self-directed Support"),
    ("are aged 65 or over", "29%", "people_supported_pct", "count", "direct payments, aged 65+",
     "Self-directed Support"),
    ("have a learning disability as their primary", "43%", "people_supported_pct", "count",
     "direct payments, learning disability", "Self-directed Support"),
    ("have mental health as their primary", "9%", "people_supported_pct", "count",
     "direct payments, mental health", "Self-directed Support"),
    ("care homes for older people", "23", "care_homes", "count", "older people", "Residential and Nursing Homes"),
    ("care homes for older people", "1,087", "care_home_beds", "count", "older people",
     "Residential and Nursing Homes"),
    ("care homes for older people", "89%", "care_home_occupancy_pct", "count", "older people",
     "Residential and Nursing Homes"),
    ("specialist care homes in the borough", "9", "care_homes", "count", "specialist",
     "Residential and Nursing Homes"),
    ("specialist care homes in the borough", "6", "care_homes", "count", "specialist, learning disability",
     "Residential and Nursing Homes"),
    ("specialist care homes in the borough", "3", "care_homes", "count", "specialist, mental health",
     "Residential and Nursing Homes"),
    ("specialist care homes in the borough", "134", "care_home_beds", "count", "specialist",
     "Residential and Nursing Homes"),
    ("specialist care homes in the borough", "93%", "care_home_occupancy_pct", "count", "specialist",
     "Residential and Nursing Homes"),
    ("commissioned provider delivering day", "1", "providers", "count",
     "day services, learning disability (commissioned)", "Day Services"),
    ("additional day services providers", "4", "providers", "count",
     "day services, learning disability (direct payments or self-funded)", "Day Services"),
    ("There are currently 4 providers", "4", "providers", "count", "domiciliary care", "Domiciliary Care"),
    ("individuals through the HISS element", "907", "people_supported", "count", "home care, long term (HISS)",
     "Domiciliary Care"),
    ("individuals through the HISS element", "108", "people_supported", "count", "home care, short term (HICSS)",
     "Domiciliary Care"),
    ("Extra Care schemes in South Tyneside", "five", "extra_care_schemes", "count", "",
     "Accommodation and Extra Care"),
    ("Extra Care schemes in South Tyneside", "177", "extra_care_units", "count", "", "Accommodation and Extra Care"),
    ("support people with dementia", "two", "extra_care_schemes_dementia", "count", "",
     "Accommodation and Extra Care"),
    ("support people with dementia", "17", "extra_care_units_dementia", "count", "",
     "Accommodation and Extra Care"),
    ("council owned sheltered", "28", "sheltered_housing_schemes", "count", "council owned",
     "Accommodation and Extra Care"),
    ("council owned sheltered", "1018", "sheltered_housing_units", "count", "council owned",
     "Accommodation and Extra Care"),
    ("Housing Association sheltered", "20", "sheltered_housing_schemes", "count", "housing association",
     "Accommodation and Extra Care"),
    ("Housing Association sheltered", "695", "sheltered_housing_units", "count", "housing association",
     "Accommodation and Extra Care"),
    ("new extra-care schemes", "three", "extra_care_schemes_planned", "plan", "", "Accommodation and Extra Care"),
    ("first scheme of", "95", "extra_care_units_planned", "plan", "first scheme (Hebburn)",
     "Accommodation and Extra Care"),
    ("specialist supported housing developments", "two", "supported_housing_schemes_planned", "plan",
     "autism and/or learning disability", "Accommodation and Extra Care"),
    ("specialist supported housing developments", "21", "supported_housing_units_planned", "plan",
     "autism and/or learning disability", "Accommodation and Extra Care"),
    ("providers in total", "15", "providers", "count", "independent supported living",
     "Independent Supported Living"),
    ("properties with the space to support", "120", "supported_living_properties", "count", "",
     "Independent Supported Living"),
    ("properties with the space to support", "145", "supported_living_places", "count", "",
     "Independent Supported Living"),
    ("capacity sat at", "94%", "supported_living_occupancy_pct", "count", "", "Independent Supported Living"),
    ("commissioned from five providers", "five", "providers", "count", "housing related support",
     "Housing Related Support"),
    ("commission a total of", "137", "supported_housing_units", "count", "housing related support",
     "Housing Related Support"),
    ("general respite beds", "six", "respite_beds", "count", "learning disability, general",
     "Specialist respite"),
    ("general respite beds", "one", "respite_beds", "count", "learning disability, emergency",
     "Specialist respite"),
    ("individuals with respite care", "36", "people_supported", "count", "specialist respite",
     "Specialist respite"),
    ("individuals supported through a Shared Lives", "72", "people_supported", "count", "Shared Lives",
     "Shared Lives"),
    ("long term Shared Lives Carers", "68", "shared_lives_carers", "count", "long term", "Shared Lives"),
    ("long term Shared Lives Carers", "32", "shared_lives_carers", "count", "short break/enabling",
     "Shared Lives"),
)


def extract(doc: Document) -> Extraction:
    ex = Extraction(doc)
    sections = sections_of(doc)
    _middlesbrough(ex, sections["E06000002"])
    _south_tyneside(ex, sections["E08000023"])
    return ex


def sections_of(doc: Document) -> dict[str, Section]:
    """Each council's line range, checked to name that council."""
    starts = []
    at = 1
    for code, name, marker in SECTION_MARKERS:
        at = doc.find(marker, at)
        starts.append((code, name, at))
    out: dict[str, Section] = {}
    for i, (code, name, start) in enumerate(starts):
        end = starts[i + 1][2] - 1 if i + 1 < len(starts) else len(doc.lines)
        text = " ".join(doc.lines[start - 1:end])
        if name.lower() not in text.lower():
            raise DocumentError(f"{doc.info.seed_file}: the section from line {start} does not mention {name}; "
                                "the councils' pages may have been reordered")
        out[code] = Section(code, name, start, end)
    return out


def partners(doc: Document, line: int) -> tuple[str, ...]:
    """Area codes of the councils a joint contract names ('between A, B and C Council')."""
    m = re.search(r"partnership between (.+?) Council", doc.line(line))
    if not m:
        raise DocumentError(f"{doc.info.seed_file} line {line}: no list of partner councils")
    names = [n.strip() for n in re.split(r",\s*|\s+and\s+", m.group(1)) if n.strip()]
    return tuple(resolve_area(n, within=(NORTH_EAST,)) for n in names)


def _extension(end: DateSpan, years: int) -> DateSpan:
    return add_years(end, years, f"{end.text} + {years} years")


def _middlesbrough(ex: Extraction, s: Section) -> None:
    doc, code = ex.doc, s.code
    redcar = resolve_area("Redcar & Cleveland", within=(NORTH_EAST,))
    prose_measure(ex, "voids in both of the extra care schemes", "both", start=s.start, end=s.end,
                  section="Extra Care Housing", area_code=code, area_name=s.name, measure="extra_care_schemes",
                  period=STATED, qualifier="count")

    home = locate(doc, "current contract ends in", "November 2025", start=s.start, end=s.end)
    ex.procurement(line=home, section="Home Care aged 18+", authority_codes=(code,),
                   service="Home care for people aged 18+ (business partners and spot providers)",
                   category="home care", status="live",
                   stages={"contract_end": parse_date_text("November 2025")})

    fcs = locate(doc, "Focussed Care & Support Framework", start=s.start, end=s.end)
    fcs_end_line = locate(doc, "contract runs until", "end of May 2026", start=fcs, end=fcs + 2)
    end = parse_date_text("end of May 2026")
    ex.procurement(line=fcs_end_line, section="Enablement and Support", authority_codes=(code,),
                   service="Focussed Care & Support Framework (care, enablement and support incl. ISL)",
                   category="learning disability", status="live",
                   stages={"contract_end": end, "extension_end": _extension(end, 2)},
                   options="option to extend for a further 2 years")

    tees = locate(doc, "The contract ends in", "March 2029", start=s.start, end=s.end)
    ex.procurement(line=tees, section="Tees Valley Complex Care and Support Framework",
                   authority_codes=partners(doc, tees),
                   service="Tees Valley Complex Care and Support Framework", category="other", status="live",
                   stages={"contract_end": parse_date_text("March 2029")})

    adv = locate(doc, "current contract ends", "April 2026", "2030", start=s.start, end=s.end)
    ex.procurement(line=adv, section="Tees Advocacy Service", authority_codes=partners(doc, adv),
                   service="Tees Advocacy Service (IMHA, IMCA, paid RPR, Care Act and general advocacy)",
                   category="advocacy", status="live",
                   stages={"contract_end": parse_date_text("April 2026"),
                           "extension_end": parse_date_text("2030")},
                   options="option to extend until 2030")

    # The year is printed as 20025: kept as written, left undated, and reported.
    carers = locate(doc, "South Tees All Ages Carer Support", "20025", start=s.start, end=s.end)
    end = parse_date_text("March 20025")
    ex.procurement(line=carers, section="Support for Carers", authority_codes=(code, redcar),
                   service="South Tees All Ages Carer Support Service", category="carers", status="live",
                   stages={"contract_end": end, "extension_end": _extension(end, 2)},
                   options="option to extend for a further 2 years")
    if not end.parsed:
        ex.finding(check="document", severity="warning", area_code=code, line=carers,
                   message=f"The South Tees carers contract is said to end in {end.text!r}, an impossible "
                           "year; 2025 was most likely meant (a stray extra zero). The end and extension dates "
                           "are left empty rather than guessed.")

    dem = locate(doc, "Dementia Advisor Service", "September 2024", start=s.start, end=s.end)
    end = parse_date_text("September 2024")
    ex.procurement(line=dem, section="Support for People with Dementia", authority_codes=(code,),
                   service="Dementia Advisor Service at the Dementia and Wellbeing Community Hub",
                   category="dementia", status="live",
                   stages={"contract_end": end, "extension_end": _extension(end, 2)},
                   options="option to extend for a further 2 years")


def _south_tyneside(ex: Extraction, s: Section) -> None:
    doc, code = ex.doc, s.code
    for marker, text, measure, qualifier, breakdown, section in SOUTH_TYNESIDE:
        prose_measure(ex, marker, text, start=s.start, end=s.end, section=section, area_code=code,
                      area_name=s.name, measure=measure, period=STATED, qualifier=qualifier, breakdown=breakdown)

    # A sentence in the extra care summary stops mid-way; note it so readers check the source.
    cut = locate(doc, "repurposed to improve", start=s.start, end=s.end)
    if not doc.line(cut).rstrip().endswith((".", "!", "?", ":")):
        ex.finding(check="document", severity="info", area_code=code, line=cut,
                   message="A sentence about a repurposed housing scheme is cut off mid-way; "
                           "whatever it went on to say is missing from the page")

    dom = locate(doc, "long-term solution and expires in", "2030", start=s.start, end=s.end)
    ex.procurement(line=dom, section="Domiciliary Care", authority_codes=(code,),
                   service="Help to Live at Home (H2LAH) domiciliary care contract (HISS and HICSS)",
                   category="home care", status="live", stages={"contract_end": parse_date_text("2030")})

    isl = locate(doc, "Undertake a competitive tender", start=doc.find("Intentions in relation to ISL", s.start),
                 end=s.end)
    ex.procurement(line=isl, section="Independent Supported Living", authority_codes=(code,),
                   service="Independent supported living (learning disabilities, autism, mental health)",
                   category="learning disability", status="intended", stages={})

    hrs = locate(doc, "full procurement exercise in", "2024", start=s.start, end=s.end)
    ex.procurement(line=hrs, section="Housing Related Support", authority_codes=(code,),
                   service="Housing related support: supported accommodation for adults",
                   category="extra care and housing", status="planned",
                   stages={"procurement_start": parse_date_text("2024")})

    respite_intentions = doc.find("Intentions in relation to specialist respite", s.start)
    respite = locate(doc, "Undertake a competitive tender", start=respite_intentions, end=s.end)
    ex.procurement(line=respite, section="Specialist respite", authority_codes=(code,),
                   service="Specialist respite for people with learning disabilities",
                   category="learning disability", status="intended", stages={})

    procuring = locate(doc, "competitive procurement exercise", start=s.start, end=s.end)
    award = locate(doc, "contracts will be awarded in", "2024", start=procuring, end=procuring + 2)
    ex.procurement(line=procuring, line_end=award, section="Carers", authority_codes=(code,),
                   service="Support services for young carers and adult carers", category="carers",
                   status="procuring", stages={"award": parse_date_text("2024")})

    adv = locate(doc, "procurement exercise in", "2024", start=doc.find("Advocacy", award), end=s.end)
    ex.procurement(line=adv, section="Advocacy", authority_codes=(code,),
                   service="Statutory advocacy services (new service offer)", category="advocacy",
                   status="planned", stages={"procurement_start": parse_date_text("2024")})
