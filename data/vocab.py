"""The atlas vocabulary: every measure, unit, qualifier and service category, once.

Extraction specs, validation, charts and page labels all read from here, so a
measure's name, unit and human label cannot drift apart between layers.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Measure:
    name: str
    label: str
    unit: str
    theme: str
    description: str = ""


# unit -> how a value is written for people
UNITS: dict[str, str] = {
    "people": "people",
    "percent": "%",
    "units": "units",
    "schemes": "schemes",
    "homes": "homes",
    "beds": "beds",
    "years": "years",
    "gbp_thousands": "£000",
    "gbp": "£",
    "per_100k": "per 100,000",
    "per_1000": "per 1,000",
    "count": "count",
    "days": "days",
    "rate": "rate",
}

QUALIFIERS: tuple[str, ...] = (
    "count",        # a counted figure (registers, returns, surveys)
    "estimate",     # a modelled or survey estimate for the period
    "projection",   # a forecast for a future period
    "approximate",  # the document says "around", "approximately", "nearly", "over"
    "rate",         # a ratio the document states
    "plan",         # a planned or intended figure
    "budget",       # money allocated or proposed
)

THEMES: dict[str, str] = {
    "carers": "Unpaid carers",
    "dementia": "Dementia",
    "extra_care": "Extra care and housing with care",
    "housing": "Sheltered and supported housing",
    "care_homes": "Care homes and placements",
    "population": "Population",
    "health": "Health and wellbeing",
    "mental_health": "Mental health",
    "disability": "Disability and sensory impairment",
    "workforce": "Workforce",
    "finance": "Finance and investment",
    "services": "Services and support",
}

_MEASURES: list[Measure] = [
    # carers
    Measure("carers_unpaid", "Unpaid carers", "people", "carers", "People providing unpaid care"),
    Measure("carers_unpaid_pct", "Unpaid carers, share of population", "percent", "carers"),
    Measure("carers_unpaid_65plus_change_pct", "Change in unpaid carers aged 65+", "percent", "carers"),
    Measure("carers_investment", "Investment in carers' services", "gbp", "carers"),
    Measure("shared_lives_carers", "Shared Lives carers", "people", "carers"),
    # dementia
    Measure("dementia_estimated", "People estimated to live with dementia", "people", "dementia"),
    Measure("dementia_diagnosis_rate", "Dementia diagnosis rate (recorded as % of estimated)", "percent", "dementia"),
    Measure("dementia_diagnosis_rate_change", "Change in dementia diagnosis rate", "percent", "dementia"),
    Measure("dementia_register", "People on GP dementia registers", "people", "dementia"),
    Measure("dementia_prevalence_recorded", "Recorded dementia prevalence", "percent", "dementia"),
    Measure("dementia_prevalence_estimated", "Estimated dementia prevalence", "percent", "dementia"),
    Measure("dementia_diagnosis_target", "National dementia diagnosis target", "percent", "dementia"),
    Measure("practice_population", "Registered GP practice population", "people", "population"),
    # extra care and housing with care
    Measure("extra_care_units", "Extra care units", "units", "extra_care"),
    Measure("extra_care_schemes", "Extra care schemes", "schemes", "extra_care"),
    Measure("extra_care_units_planned", "Planned extra care units", "units", "extra_care"),
    Measure("extra_care_schemes_planned", "Planned extra care schemes", "schemes", "extra_care"),
    Measure("extra_care_units_dementia", "Dementia-capable extra care units", "units", "extra_care"),
    Measure("extra_care_schemes_dementia", "Dementia-capable extra care schemes", "schemes", "extra_care"),
    Measure("sheltered_housing_units", "Sheltered housing units", "units", "housing"),
    Measure("sheltered_housing_schemes", "Sheltered housing schemes", "schemes", "housing"),
    Measure("supported_housing_units", "Supported housing units", "units", "housing"),
    Measure("supported_housing_schemes", "Supported housing schemes", "schemes", "housing"),
    # care homes and placements
    Measure("care_homes", "Care homes", "homes", "care_homes"),
    Measure("care_home_beds", "Care home beds", "beds", "care_homes"),
    Measure("care_home_occupancy_pct", "Care home occupancy", "percent", "care_homes"),
    Measure("residential_placements", "People in residential placements", "people", "care_homes"),
    Measure("residential_placements_out_of_area", "Out-of-area residential placements", "people", "care_homes"),
    Measure("residential_contracts", "Contracts with residential and nursing providers", "count", "care_homes"),
    Measure("care_home_admissions_rate", "Permanent admissions to care homes, older people", "per_100k", "care_homes"),
    Measure("respite_beds", "Respite beds", "beds", "care_homes"),
    # population and health
    Measure("population", "Population", "people", "population"),
    Measure("population_change_pct", "Population change", "percent", "population"),
    Measure("life_expectancy", "Life expectancy at birth", "years", "health"),
    Measure("healthy_life_expectancy", "Healthy life expectancy at birth", "years", "health"),
    Measure("years_in_poor_health", "Years in poor health", "years", "health"),
    # mental health, disability, sensory
    Measure("common_mental_illness_estimated", "People with a common mental illness", "people", "mental_health"),
    Measure("personality_disorder_estimated", "Adults with antisocial or borderline personality disorder", "people", "mental_health"),
    Measure("psychotic_disorder_estimated", "Adults with a psychotic disorder", "people", "mental_health"),
    Measure("mental_health_need_estimated", "People with mental health problems", "people", "mental_health"),
    Measure("physical_disability_estimated", "People with a physical disability", "people", "disability"),
    Measure("learning_disability_estimated", "People with a learning disability", "people", "disability"),
    Measure("sensory_impairment_estimated", "People with a sensory impairment", "people", "disability"),
    # workforce
    Measure("workforce_staff", "Care staff", "people", "workforce"),
    Measure("workforce_pct", "Care staff, share", "percent", "workforce"),
    Measure("workforce_vacancies", "Vacancies", "count", "workforce"),
    # finance
    Measure("investment", "Investment", "gbp_thousands", "finance"),
    Measure("spend", "Spend", "gbp", "finance"),
    # services
    Measure("people_supported", "People supported", "people", "services"),
    Measure("people_supported_pct", "People supported, share", "percent", "services"),
    # added for the Durham, North East and Dundee specs
    Measure("population_share_pct", "Share of the population", "percent", "population"),
    Measure("care_home_admission_age", "Average age at admission to permanent residential care", "years", "care_homes"),
    Measure("care_home_stay_days", "Average length of stay in permanent residential care", "days", "care_homes"),
    Measure("falls_admissions", "Emergency hospital admissions for falls", "count", "health"),
    Measure("loneliness_estimated", "People estimated to be lonely", "people", "health"),
    Measure("loneliness_pct", "People estimated to be lonely, share", "percent", "health"),
    Measure("supported_housing_units_planned", "Planned supported housing units", "units", "housing"),
    Measure("supported_housing_schemes_planned", "Planned supported housing schemes", "schemes", "housing"),
    Measure("supported_living_properties", "Independent supported living properties", "units", "housing"),
    Measure("supported_living_places", "Independent supported living places", "people", "housing"),
    Measure("supported_living_occupancy_pct", "Independent supported living occupancy", "percent", "housing"),
    Measure("providers", "Providers", "count", "services"),
    # added for the Kent spec
    Measure("activity_limitation", "People by limitation of day-to-day activities (census question)", "people", "disability"),
    Measure("activity_limitation_pct", "Share of people by limitation of day-to-day activities", "percent", "disability"),
    Measure("autism_estimated", "Adults estimated to have autism", "people", "disability"),
    Measure("referrals_responded", "Referrals responded to", "count", "services"),
    Measure("self_funders_pct", "People funding their own care, share", "percent", "care_homes"),
    Measure("adult_social_care_budget", "Adult social care budget", "gbp", "finance"),
    # added for the Bournemouth, Poole and Dorset spec
    Measure("workforce_vacancy_rate_pct", "Vacancy rate", "percent", "workforce"),
    Measure("workforce_turnover_pct", "Staff turnover rate", "percent", "workforce"),
    Measure("workforce_starters", "Staff who started in the year", "people", "workforce"),
    Measure("workforce_starters_pct", "Staff who started in the year, share of staff", "percent", "workforce"),
    Measure("workforce_leavers", "Staff who left in the year", "people", "workforce"),
    Measure("carers_referrals", "New referrals to carers' services", "people", "carers"),
    Measure("carers_known", "Carers known to the council", "people", "carers"),
    Measure("carers_assessed", "Carers assessed", "people", "carers"),
    Measure("care_demand_change_pct", "Projected change in demand for care home places", "percent", "care_homes"),
    # added for the proposer (data/ingest): changes and rates documents state in prose
    Measure("carers_unpaid_change", "Change in unpaid carers", "people", "carers"),
    Measure("carers_unpaid_change_pct", "Change in unpaid carers, per cent", "percent", "carers"),
    Measure("dementia_estimated_change", "Change in people estimated to live with dementia", "people", "dementia"),
    Measure("extra_care_units_per_1000_65plus", "Extra care units per 1,000 people aged 65+", "per_1000", "extra_care"),
    # a rate on another base is another measure: a map or table never sets it beside the 65+ rate as if the same
    Measure("extra_care_units_per_1000_75plus", "Extra care units per 1,000 people aged 75+", "per_1000", "extra_care"),
]

MEASURES: dict[str, Measure] = {m.name: m for m in _MEASURES}

SERVICE_CATEGORIES: tuple[str, ...] = (
    "home care",
    "residential and nursing",
    "extra care and housing",
    "carers",
    "dementia",
    "advocacy",
    "mental health",
    "learning disability",
    "children and families",
    "public health",
    "other",
)

# Stages of a procurement, in the order they happen.
PROCUREMENT_STAGES: tuple[str, ...] = (
    "procurement_start",
    "award",
    "contract_start",
    "contract_end",
    "extension_end",
)

# Stages a proposal may carry beyond PROCUREMENT_STAGES (the curated tables' columns stay as they are).
PROPOSAL_STAGES: tuple[str, ...] = (*PROCUREMENT_STAGES, "tender_deadline")

STAGE_LABELS: dict[str, str] = {
    "procurement_start": "Procurement starts",
    "award": "Contract awarded",
    "contract_start": "Contract starts",
    "contract_end": "Contract ends",
    "extension_end": "Extension ends",
    "tender_deadline": "Tender deadline",
}

MEASURE_COLUMNS: tuple[str, ...] = (
    "doc_id", "area_code", "area_name", "measure", "period", "value", "unit",
    "qualifier", "breakdown", "line", "section", "locator",
)

# What the tidy tables' columns (data/*.csv, data/registry/*.csv) are called on screen; the CSVs and downloads keep
# the column names, which scripts read. A column not listed shows its own name.
COLUMN_LABELS: dict[str, str] = {
    # documents
    "doc_id": "Document id", "short_name": "Short name", "title": "Title", "publisher": "Publisher",
    "authorities": "Authorities", "published": "Published", "seed_file": "Document file", "spec": "Extraction spec",
    "notes": "Notes",
    # figures and findings
    "area_code": "Area code", "area_name": "Area (as written)", "measure": "Measure", "period": "Period",
    "value": "Value", "unit": "Unit", "qualifier": "Qualifier", "breakdown": "Breakdown", "line": "Line",
    "section": "Section or table", "locator": "Locator", "check": "Check", "severity": "Severity",
    "message": "Finding", "expected": "Expected", "observed": "Observed", "difference": "Difference",
    # areas
    "name": "Name", "document_names": "Names in documents", "current_name": "Current name", "tier": "Tier",
    "parent_code": "Parent area code", "valid_from": "Valid from", "valid_to": "Valid to",
    "successor_code": "Successor area code", "boundary": "Boundary", "note": "Note",
    # contracts
    "procurement_id": "Contract id", "authority_code": "Authority code", "service": "Service",
    "category": "Category", "status": "Status", "options": "Extension options",
    **{f"{stage}_{part}": f"{label} ({how})"
       for stage, label in STAGE_LABELS.items()
       for part, how in (("text", "as written"), ("earliest", "earliest"), ("latest", "latest"))},
}

PROCUREMENT_COLUMNS: tuple[str, ...] = (
    "procurement_id", "doc_id", "authority_code", "service", "category", "status",
    *[f"{stage}_{part}" for stage in PROCUREMENT_STAGES for part in ("text", "earliest", "latest")],
    "options", "line", "section", "locator",
)


def measure_label(name: str) -> str:
    """Human label for a measure name; unknown names are returned as-is rather than failing a page."""
    m = MEASURES.get(name)
    return m.label if m else name.replace("_", " ")


SINGULAR_UNITS: dict[str, str] = {
    "people": "person", "units": "unit", "schemes": "scheme", "homes": "home", "beds": "bed", "days": "day",
    "years": "year",
}


def unit_label(unit: str, value: float | None = None) -> str:
    """How a unit is written; singular for exactly one ('1 scheme', not '1 schemes')."""
    if value == 1 and unit in SINGULAR_UNITS:
        return SINGULAR_UNITS[unit]
    return UNITS.get(unit, unit)
