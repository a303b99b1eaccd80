"""Kent County Council, Community Support Market Position Statement, February 2016 (seed 002).

The document's tables are tab-separated; districts, CCGs, Kent and England share them,
so every row label is resolved through the area registry with the tier it belongs to.
Prose figures are taken only where the marker's line holds the number as written.
"""
from __future__ import annotations

from data.dates import DateSpan, add_years, parse_date_text
from data.model import Extraction, MeasureRow, resolve_area
from data.seeds import Document, DocumentError
from data.specs._prose import locate, prose_measure
from data.tables import Table, read_table

KENT = "E10000016"
ENGLAND = "E92000001"
DISTRICT = ("non-metropolitan district",)
CCG = ("clinical commissioning group",)

# How each period of a table relates to the February 2016 document.
QUALIFIER_BY_PERIOD = {"2011": "count", "2012": "estimate", "2015": "estimate",
                       "2020": "projection", "2021": "projection"}
CURRENT = "2015/16"  # "currently" in a document published February 2016


def extract(doc: Document) -> Extraction:
    ex = Extraction(doc)
    _carers(ex)
    _dementia_districts(ex)
    _dementia_ccgs(ex)
    _common_mental_illness(ex)
    _serious_mental_illness(ex)
    _activity_limitation(ex)
    _sensory(ex)
    _prose(ex)
    _procurements(ex)
    _document_findings(ex)
    return ex


# ---------------------------------------------------------------- helpers

def _area(name: str, within: tuple[str, ...]) -> str:
    """Kent and England appear as benchmark rows in district and CCG tables alike."""
    key = " ".join(name.lower().split())
    if key in {"kent", "total kent", "total"}:
        return KENT
    if key == "england":
        return ENGLAND
    return resolve_area(name, within=within)


def _grid(ex: Extraction, table: Table, section: str, within: tuple[str, ...],
          columns: list[tuple[int, str, str, str]], qualifier: str | None = None) -> None:
    """One measure row per (table row, column): columns are (index, measure, period, breakdown)."""
    if not table.rows:
        raise DocumentError(f"{ex.doc.info.seed_file}: table {table.title!r} (line {table.title_line}) has no rows")
    for row in table.rows:
        code = _area(row.label, within)
        for col, measure, period, breakdown in columns:
            ex.measure(line=row.line, section=section, area_code=code, area_name=row.label,
                       measure=measure, period=period, value=row.number(col),
                       qualifier=qualifier or QUALIFIER_BY_PERIOD[period], breakdown=breakdown)


# ---------------------------------------------------------------- tables

def _carers(ex: Extraction) -> None:
    table = read_table(ex.doc, "Unpaid Care Provision", header_lines=2)
    columns = []
    for period in ("2011", "2015", "2020"):
        columns.append((table.column_index(period, "Total Number"), "carers_unpaid", period, ""))
        columns.append((table.column_index(period, "proportion"), "carers_unpaid_pct", period, ""))
    _grid(ex, table, "Unpaid carers by district, 2011, 2015 and 2020", DISTRICT, columns)


def _dementia_districts(ex: Extraction) -> None:
    table = read_table(ex.doc, "adults living with dementia, 2015")
    columns = [(table.column_index(p), "dementia_estimated", p, "adults") for p in ("2015", "2020")]
    _grid(ex, table, "Adults living with dementia by district, 2015 and 2020", DISTRICT, columns)


def _dementia_ccgs(ex: Extraction) -> None:
    table = read_table(ex.doc, "Clinical Commissioning Group\tGP Registers")
    period = "2014/15"
    spec = [
        (("GP Registers",), "dementia_register", period, "", "count"),
        (("Practice Populations",), "practice_population", period, "", "count"),
        (("Prevalence Rate",), "dementia_prevalence_recorded", period, "", "rate"),
        (("Estimated Rate",), "dementia_prevalence_estimated", period, "", "estimate"),
        (("Estimated Number",), "dementia_estimated", period, "all ages", "estimate"),
        (("estimated prevalence 2013/14",), "dementia_diagnosis_rate", "2013/14", "", "rate"),
        (("estimated prevalence 2014/15",), "dementia_diagnosis_rate", "2014/15", "", "rate"),
        (("Change in %",), "dementia_diagnosis_rate_change", "2013/14 to 2014/15", "", "rate"),
    ]
    section = "Dementia diagnosis by clinical commissioning group"
    for parts, measure, per, breakdown, qualifier in spec:
        col = table.column_index(*parts)
        _grid(ex, table, section, CCG, [(col, measure, per, breakdown)], qualifier=qualifier)


def _common_mental_illness(ex: Extraction) -> None:
    table = read_table(ex.doc, "individuals with a common mental illness in Kent")
    columns = []
    for period in ("2012", "2021"):
        columns.append((table.column_index(period, "Population aged 16-74"), "population", period, "aged 16-74"))
        columns.append((table.column_index(period, "with CMI"), "common_mental_illness_estimated", period, "aged 16-74"))
    _grid(ex, table, "Common mental illness by CCG, 2012 and 2021", CCG, columns)


def _serious_mental_illness(ex: Extraction) -> None:
    table = read_table(ex.doc, "individuals with a serious mental illness")
    columns = []
    for phrase, measure in (("personality disorder", "personality_disorder_estimated"),
                            ("psychotic disorder", "psychotic_disorder_estimated")):
        for period in ("2015", "2020"):
            columns.append((table.column_index(phrase, period), measure, period, "aged 18-64"))
    _grid(ex, table, "Serious mental illness by district, 2015 and 2020", DISTRICT, columns)


LIMITATION = (("not limited", "not limited"), ("limited a little", "limited a little"),
              ("limited a lot", "limited a lot"))


def _activity_limitation(ex: Extraction) -> None:
    """Census 2011 question on day-to-day limitation, and the 2020 projection beside it."""
    start = ex.doc.find("Physical Disability – the Current Situation")
    first = read_table(ex.doc, "\t2011\t", start=start)
    second = read_table(ex.doc, "\t2020\t", start=first.rows[-1].line)
    for table, period in ((first, "2011"), (second, "2020")):
        columns = []
        for phrase, breakdown in LIMITATION:
            columns.append((table.column_index(period, f"activities {phrase}", "Number"), "activity_limitation",
                            period, breakdown))
            columns.append((table.column_index(period, f"activities {phrase}", "%"), "activity_limitation_pct",
                            period, breakdown))
        _grid(ex, table, f"Day-to-day activity limitation by district, {period}", DISTRICT, columns)


def _sensory(ex: Extraction) -> None:
    visual = read_table(ex.doc, "with severe visual impairment and hearing")
    columns = [(visual.column_index("severe visual", p), "sensory_impairment_estimated", p,
                "severe visual impairment") for p in ("2015", "2020")]
    _grid(ex, visual, "Severe visual impairment by district, 2015 and 2020", DISTRICT, columns)

    hearing = read_table(ex.doc, "\t2015\t\t2020", start=visual.rows[-1].line)
    columns = []
    for period in ("2015", "2020"):
        for phrase, breakdown in (("moderate-severe hearing", "moderate-severe hearing impairment"),
                                  ("profound hearing", "profound hearing impairment")):
            columns.append((hearing.column_index(period, phrase), "sensory_impairment_estimated", period, breakdown))
    _grid(ex, hearing, "Hearing impairment by district, 2015 and 2020", DISTRICT, columns)

    combined = read_table(ex.doc, "with combined sensory impairment")
    columns = []
    for period in ("2015", "2020"):
        for phrase, breakdown in (("Severe combined", "severe combined sensory impairment"),
                                  ("Deafblind", "deafblind (all combined sensory impairment)")):
            columns.append((combined.column_index(period, phrase), "sensory_impairment_estimated", period, breakdown))
    _grid(ex, combined, "Combined sensory impairment by district, 2015 and 2020", DISTRICT, columns)


# ---------------------------------------------------------------- prose

def _prose(ex: Extraction) -> None:
    def fig(marker: str, text: str, measure: str, period: str, qualifier: str, section: str,
            area: str = KENT, name: str = "Kent", breakdown: str = "", scale: float = 1,
            start: int = 1) -> MeasureRow:
        return prose_measure(ex, marker, text, start=start, scale=scale, section=section, area_code=area,
                             area_name=name, measure=measure, period=period, qualifier=qualifier,
                             breakdown=breakdown)

    s = "People self-funding their care and support"
    fig("45% of all registered care home", "45%", "self_funders_pct", CURRENT, "approximate", s,
        area=ENGLAND, name="England", breakdown="care home places")
    fig("around 40% of people currently fund", "40%", "self_funders_pct", CURRENT, "approximate", s,
        breakdown="home care (fully self-funded)")

    s = "What is commissioning: adult social services budget"
    for text, period in (("£462.9m", "2015/16"), ("£466.7m", "2014/15"), ("£487.3m", "2013/14")):
        fig("budget for Adult Social Services", text, "adult_social_care_budget", period, "budget", s)

    s = "Demand and uptake of services, 2014-15"
    at = ex.doc.find("Demand and Uptake of Services")
    fig("Kent's population is", "1.51", "population", "2014/15", "estimate", s, scale=1_000_000, start=at)
    for marker, text, period, breakdown, qualifier in (
        ("we currently support", "34,424", "2014/15", "adults", "count"),
        ("we currently support", "33,205", "2012/13", "adults", "count"),
        ("aged between 18", "12,522", "2014/15", "aged 18-64", "count"),
        ("over the age of 65", "21,902", "2014/15", "aged 65+", "count"),
        ("over the age of 85", "10,160", "2014/15", "aged 85+", "count"),
        ("who have mental health issues", "3,545", "2014/15", "mental health", "count"),
        ("who have mental health issues", "5,324", "2013/14", "mental health", "count"),
        ("adults with a learning disability (", "4,550", "2014/15", "learning disability", "count"),
        ("adults with a learning disability (", "4,208", "2013/14", "learning disability", "count"),
        ("Personal Budget as a Direct Payment", "4,150", "2014/15", "direct payment", "count"),
        ("through a Kent Card", "2,134", "2014/15", "direct payment via Kent Card", "count"),
        ("received an enablement service", "8,131", "2014/15", "enablement", "count"),
        ("received an enablement service", "8,222", "2013/14", "enablement", "approximate"),
        ("home care support service", "12,356", "2014/15", "home care", "count"),
        ("received a day care service", "2,660", "2014/15", "day care", "count"),
        ("following an independence review", "2,648", "2014/15", "independence review", "count"),
    ):
        fig(marker, text, "people_supported", period, qualifier, s, breakdown=breakdown, start=at)
    for marker, text, breakdown in (
        ("were able to return home", "84.1%", "enablement: returned home"),
        ("0.83 % of our population", "0.83", "home care"),
        ("0.18% of our population", "0.18%", "day care"),
    ):
        fig(marker, text, "people_supported_pct", "2014/15", "rate", s, breakdown=breakdown, start=at)

    fig("is likely to increase by", "5.6%", "population_change_pct", "2015-2020", "projection",
        "Our population: the Kent context", breakdown="adults")

    s = "Voluntary sector infrastructure support"
    fig("We currently invest £660,000", "£660,000", "spend", CURRENT, "budget", s,
        breakdown="voluntary sector infrastructure support")
    fig("in the region of £720k", "£720k", "spend", CURRENT, "approximate", "Information and advice",
        breakdown="information and advice grants")

    s = "Home care: contracts"
    fig("from over 130 to 23", "130", "providers", "2014", "approximate", s, breakdown="home care, before the 2014 tender")
    fig("from over 130 to 23", "23", "providers", "June 2014", "count", s, breakdown="home care, contracted")
    fig("further reduced to 19 providers", "19", "providers", CURRENT, "count", s, breakdown="home care, contracted")
    fig("from a further 50 providers", "50", "providers", CURRENT, "count", s, breakdown="home care, spot contracts")

    fig("currently invest £7m in carers", "£7m", "carers_investment", CURRENT, "budget",
        "Carers: the current situation", breakdown="KCC and Kent CCGs")
    fig("national target of 67%", "67%", "dementia_diagnosis_target", CURRENT, "plan",
        "Dementia: the current situation", area=ENGLAND, name="England")

    s = "Physical disability: census 2011 activity limitation"
    at = ex.doc.find("Are your day-to-day activities limited")
    fig("compares to 8.4% in England", "8.4%", "activity_limitation_pct", "2011", "count", s,
        area=ENGLAND, name="England", breakdown="limited a lot", start=at)
    fig("compared to 9.4% in England", "9.4%", "activity_limitation_pct", "2011", "count", s,
        area=ENGLAND, name="England", breakdown="limited a little", start=at)

    fig("over 1200 adults with a learning disability", "1200", "residential_placements", CURRENT, "approximate",
        "Learning disability: the current situation", breakdown="learning disability")

    s = "Sensory impairment: referrals 2014-15"
    at = ex.doc.find("referrals were responded to by Sensory Services")
    fig("referrals were responded to", "2,440", "referrals_responded", "2014/15", "count", s,
        breakdown="sensory services", start=at)
    for marker, text, breakdown in (("Kent Association for the Blind,", "1,624", "Kent Association for the Blind"),
                                    ("by Hi Kent", "446", "Hi Kent"),
                                    ("Deaf and deafblind Team", "352", "Deaf and deafblind Team")):
        fig(marker, text, "referrals_responded", "2014/15", "count", s, breakdown=breakdown, start=at)

    s = "Autistic spectrum conditions"
    at = ex.doc.find("Autistic Spectrum Conditions – the Current Situation")
    fig("(16 to 90+ years old)", "1,221,000", "population", CURRENT, "estimate", s, breakdown="aged 16+", start=at)
    fig("people with autism", "13,431", "autism_estimated", CURRENT, "approximate", s, breakdown="adults", start=at)
    fig("in the absence of a learning disability", "6,700", "autism_estimated", CURRENT, "approximate", s,
        breakdown="adults without a learning disability", start=at)

    s = "Domestic abuse (draft section)"
    fig("over 250 adults", "250", "people_supported", CURRENT, "approximate", s, breakdown="domestic abuse")
    fig("annual value of approximately", "£3.2", "spend", CURRENT, "approximate", s, scale=1_000_000,
        breakdown="domestic abuse services, all commissioners")

    s = "Homelessness, offender services and substance misuse (draft section)"
    for text, breakdown, qualifier in (("1500", "homelessness", "approximate"), ("138", "offenders", "count"),
                                       ("18", "substance misuse", "count")):
        fig("just fewer than 1500", text, "people_supported", CURRENT, qualifier, s, breakdown=breakdown)
    fig("currently £5.7m annually", "£5.7m", "spend", CURRENT, "budget", s,
        breakdown="housing related support: homelessness, offenders, substance misuse")


# ---------------------------------------------------------------- procurements

def _span(text: str) -> DateSpan:
    span = parse_date_text(text)
    if not span.parsed:
        raise DocumentError(f"kent spec: date text {text!r} could not be read")
    return span


def _procurements(ex: Extraction) -> None:
    doc = ex.doc

    def add(line: int, section: str, service: str, category: str, status: str,
            stages: dict[str, DateSpan], options: str = "", line_end: int | None = None) -> None:
        ex.procurement(line=line, section=section, authority_codes=(KENT,), service=service,
                       category=category, status=status, stages=stages, options=options, line_end=line_end)

    n = locate(doc, "tendered and in place by", "September 2016")
    add(n, "Infrastructure support: tendering opportunities", "Voluntary sector infrastructure support",
        "other", "planned", {"contract_start": _span("by September 2016")},
        options="Adult Social Care with Public Health; engagement November-December 2015, co-production into 2016")

    n = locate(doc, "existing advocacy contracts in", "March 2016")
    add(n, "Advocacy", "Previous adult advocacy contracts", "advocacy", "ended",
        {"contract_end": _span("March 2016")}, options="replaced by the Kent Advocacy Hub")
    n = locate(doc, "contract will commence from", "1st April 2016")
    start = _span("1st April 2016")
    add(n, "Advocacy: tendering opportunities", "Kent Advocacy Hub (SEAP as prime contractor)", "advocacy",
        "awarded", {"contract_start": start,
                    "contract_end": add_years(start, 3, "three years from 1st April 2016"),
                    "extension_end": add_years(start, 5, "further two years if all targets are met")},
        options="three-year contract; optional two-year extension if targets are met")
    n = locate(doc, "Learning Disability Advocacy Service", "31st March 2017")
    add(n, "Advocacy: tendering opportunities", "Learning Disability Advocacy Service", "advocacy", "live",
        {"contract_end": _span("31st March 2017")},
        options="KCC may fold it into the advocacy hub contract at termination")

    let = locate(doc, "re-let our Home Care contracts", "June 2014")
    end = locate(doc, "Current contracts end in", "June 2017", start=let)
    add(let, "Home care: tendering opportunities", "Home care contracts (19 contracted providers)", "home care",
        "live", {"contract_start": _span("June 2014"), "contract_end": _span("June 2017")},
        options="extended under the tender's provision; a new outcome-focused model will replace them",
        line_end=end)

    n = locate(doc, "existing carers contracts expire", "March 2018")
    add(n, "Carers: tendering opportunities", "Carers' services (current contracts)", "carers", "live",
        {"contract_end": _span("March 2018")})
    n = locate(doc, "will be in place from", "April 2018", start=n)
    add(n, "Carers: tendering opportunities", "Holistic carers' support offer (co-produced)", "carers", "planned",
        {"contract_start": _span("from April 2018")},
        options="co-production with carers, providers and CCGs; engagement from spring 2016")

    n = locate(doc, "Current grants end", "31st March 2016", "31st March 2017")
    add(n, "Older people: tendering opportunities", "Older people's community grants (voluntary sector)", "other",
        "live", {"contract_end": _span("31st March 2016"), "extension_end": _span("31st March 2017")},
        options="extension to 31st March 2017 described as likely")
    n = locate(doc, "will be in place from", "April 2017", start=n)
    add(n, "Older people: tendering opportunities", "Universal community wellbeing services ('core offer')",
        "other", "planned", {"contract_start": _span("from April 2017")},
        options="co-produced with service users, carers, providers and CCGs")

    n = locate(doc, "Dementia Innovation Grants", "April 2016")
    add(n, "Dementia: tendering opportunities", "Dementia Innovation Grants (Grant Prospectus)", "dementia",
        "planned", {"contract_start": _span("From April 2016")}, options="small grants pot linked to Dementia Action Alliances")

    n = locate(doc, "The contract was awarded in", "January 2016")
    add(n, "Mental health: tendering opportunities", "Community Mental Health and Wellbeing Service", "mental health",
        "awarded", {"award": _span("January 2016")},
        options="five-year contract (start date not stated); option to extend two years; "
                "jointly with Public Health and all Kent CCGs; strategic partners Porchlight and Shaw Trust")

    at = 1
    for group, client, category in (("mental health", "mental health", "mental health"),
                                    ("learning disabilities", "learning disability", "learning disability"),
                                    ("physical disabilities", "physical disability", "other")):
        n = locate(doc, "Supporting Independence Service contract ends", "September 2017", group, start=at)
        add(n, f"{client.capitalize()}: tendering opportunities",
            f"Supporting Independence Service ({client})", category, "live",
            {"contract_end": _span("September 2017")}, options=f"to be recommissioned for people with {group}")
        at = n + 1

    n = locate(doc, "consistent model of day services", "September 2017")
    add(n, "Learning disability: tendering opportunities", "External day services (learning disability)",
        "learning disability", "planned", {"contract_start": _span("by September 2017")},
        options="engagement with day care providers has begun")
    n = locate(doc, "intention to commission these services by", "September 2016")
    add(n, "Physical disability: tendering opportunities",
        "External day care used by people with a physical disability", "other", "intended",
        {"contract_start": _span("by September 2016")},
        options="same external learning disability day provision; physical-disability-only providers undecided")

    n = locate(doc, "procurement process will begin in", "January 2016", "July 2016")
    add(n, "Domestic abuse: tendering opportunities (draft section)", "Integrated domestic abuse service", "other",
        "planned", {"procurement_start": _span("January 2016"), "contract_start": _span("July 2016")},
        options="multi-agency pooled commissioning; section marked DRAFT")

    for heading, service, partner in (
        ("Integrated Community Equipment Services", "Integrated Community Equipment Service",
         "NRS Healthcare; jointly with the seven Kent CCGs"),
        ("Technology Enabled Care Services (TECS)", "Technology Enabled Care Service (TECS)",
         "Centra Pulse (Invicta Telecare)"),
    ):
        at = _heading(doc, heading)
        n = locate(doc, "This service started on", "30 November 2015", start=at)
        start = _span("30 November 2015")
        add(n, f"{service}: tendering opportunities", service, "other", "live",
            {"contract_start": start,
             "contract_end": add_years(start, 5, "five years from 30 November 2015"),
             "extension_end": add_years(start, 7, "further two years (option)")},
            options=f"{partner}; option to extend two years")


def _heading(doc: Document, heading: str) -> int:
    """A heading line exactly (not a mention of the same words inside a paragraph)."""
    want = heading.strip()
    for n, text in enumerate(doc.lines, start=1):
        if text.strip() == want:
            return n
    raise DocumentError(f"{doc.info.seed_file}: heading {want!r} not found")


# ---------------------------------------------------------------- findings

def _rows(ex: Extraction, measure: str, **match: str) -> list[MeasureRow]:
    return [r for r in ex.measures if r.measure == measure
            and all(getattr(r, k) == v for k, v in match.items())]


def _document_findings(ex: Extraction) -> None:
    _cmi_uniform_rate(ex)
    _dementia_bases(ex)
    _home_care_share(ex)
    _referral_parts(ex)
    _limitation_shares_2020(ex)
    _day_care_dates(ex)
    _equipment_end_date(ex)
    _missing_learning_disability_table(ex)


def _cmi_uniform_rate(ex: Extraction) -> None:
    """The CMI table applies one crude prevalence to every CCG; a CCG off that rate is a slip."""
    for period in ("2012", "2021"):
        pops = {r.area_code: r for r in _rows(ex, "population", period=period, breakdown="aged 16-74")}
        cmi = {r.area_code: r for r in _rows(ex, "common_mental_illness_estimated", period=period)}
        rates = sorted(cmi[c].value / pops[c].value for c in cmi if c != KENT)
        rate = rates[len(rates) // 2]
        for code, row in cmi.items():
            expected = pops[code].value * rate
            if code != KENT and abs(row.value - expected) > 0.005 * expected:
                ex.finding(check="document", severity="warning", area_code=code,
                           measure="common_mental_illness_estimated", period=period, line=row.line,
                           expected=round(expected), observed=row.value,
                           message=(f"{row.area_name} {period}: {row.value:,.0f} is {row.value / pops[code].value:.2%} of "
                                    f"the 16-74 population; every other CCG uses {rate:.2%}"))


def _dementia_bases(ex: Extraction) -> None:
    """The two dementia tables use different models; the all-ages figure is below the adults one."""
    adults = _rows(ex, "dementia_estimated", area_code=KENT, period="2015", breakdown="adults")[0]
    all_ages = _rows(ex, "dementia_estimated", area_code=KENT, breakdown="all ages")[0]
    if all_ages.value < adults.value:
        ex.finding(check="document", severity="info", area_code=KENT, measure="dementia_estimated",
                   period=all_ages.period, line=all_ages.line, expected=adults.value, observed=all_ages.value,
                   message=(f"Kent dementia estimate for all ages by CCG ({all_ages.value:,.0f}, {all_ages.period}) is "
                            f"below the adults-only district estimate ({adults.value:,.0f}, 2015): different models"))


def _home_care_share(ex: Extraction) -> None:
    pop = _rows(ex, "population", area_code=KENT, period="2014/15")[0]
    for breakdown in ("home care", "day care"):
        people = _rows(ex, "people_supported", breakdown=breakdown, period="2014/15")[0]
        share = _rows(ex, "people_supported_pct", breakdown=breakdown)[0]
        low, high = people.value / (pop.value + 5_000) * 100, people.value / (pop.value - 5_000) * 100
        if not low - 0.005 <= share.value <= high + 0.005:
            ex.finding(check="document", severity="info", area_code=KENT, measure="people_supported_pct",
                       period="2014/15", line=share.line, expected=round(people.value / pop.value * 100, 2),
                       observed=share.value,
                       message=(f"{people.value:,.0f} people receiving {breakdown} is "
                                f"{people.value / pop.value:.2%} of {pop.value / 1e6:.2f} million, not {share.value}%"))


def _referral_parts(ex: Extraction) -> None:
    rows = _rows(ex, "referrals_responded")
    total = next(r for r in rows if r.breakdown == "sensory services")
    parts = sum(r.value for r in rows if r is not total)
    if parts != total.value:
        ex.finding(check="document", severity="warning", area_code=KENT, measure="referrals_responded",
                   period=total.period, line=total.line, expected=total.value, observed=parts,
                   message=(f"sensory referrals 2014-15: the three providers listed add up to {parts:,.0f}, "
                            f"not the {total.value:,.0f} stated"))


def _limitation_shares_2020(ex: Extraction) -> None:
    """The 2020 table repeats the 2011 shares; say where they no longer match its own counts."""
    rows = _rows(ex, "activity_limitation", period="2020")
    off = []
    for row in rows:
        total = sum(r.value for r in rows if r.area_code == row.area_code)
        share = _rows(ex, "activity_limitation_pct", period="2020", area_code=row.area_code,
                      breakdown=row.breakdown)[0]
        if abs(row.value / total * 100 - share.value) > 0.051:
            off.append(f"{row.area_name} {row.breakdown} ({row.value / total * 100:.1f} vs {share.value})")
    if off:
        first = min(r.line for r in rows)
        ex.finding(check="document", severity="info", area_code=KENT, measure="activity_limitation_pct",
                   period="2020", line=first,
                   message="2020 shares are the 2011 shares carried forward; recomputed from the 2020 counts: "
                           + "; ".join(off))


def _day_care_dates(ex: Extraction) -> None:
    ld = next(p for p in ex.procurements if p.service.startswith("External day services"))
    pd = next(p for p in ex.procurements if p.service.startswith("External day care used"))
    a, b = ld.stages["contract_start"], pd.stages["contract_start"]
    if a.earliest != b.earliest:
        ex.finding(check="document", severity="warning", area_code=KENT, line=pd.line, locator=pd.locator,
                   message=(f"the same external learning disability day care is to be commissioned "
                            f"'{b.text}' in the physical disability section but '{a.text}' "
                            f"in the learning disability section (line {ld.line})"))


def _equipment_end_date(ex: Extraction) -> None:
    """The equipment contract's end is stated once as a date; it must match start + five years."""
    n = locate(ex.doc, "community equipment services to NRS", "30 November 2020")
    stated = parse_date_text("30 November 2020")
    ices = next(p for p in ex.procurements if p.service == "Integrated Community Equipment Service")
    if ices.stages["contract_end"].earliest != stated.earliest:
        ex.finding(check="document", severity="warning", area_code=KENT, line=n,
                   message="equipment contract end date differs from its start plus five years")


def _missing_learning_disability_table(ex: Extraction) -> None:
    n = ex.doc.find("Number of individuals living with Learning Disabilities")
    following = next((m for m in range(n + 1, len(ex.doc.lines) + 1) if ex.doc.line(m).strip()), n)
    if "\t" not in ex.doc.line(following):
        ex.finding(check="document", severity="info", area_code=KENT, measure="learning_disability_estimated",
                   period="2020", line=n,
                   message="learning disability table (2020, GP register vs expected prevalence) has a title "
                           "but no figures in the text (likely an image)")
