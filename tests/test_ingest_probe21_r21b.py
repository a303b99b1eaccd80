"""Round 21 (r21b) of the document proposer (data/ingest), each rule on made-up lines in the wordings of a
commissioning intentions document laid out as a roadmap: a Now / Next / Later grid whose columns name their
financial years in brackets, and service roadmaps whose milestones are a header row over a row of dates."""
from __future__ import annotations

from tests.proposals import proposers_for

WILTSHIRE = "E06000054"

measures, dates = proposers_for(WILTSHIRE)


def test_a_now_next_later_grid_reads_its_cells_stages_in_the_bracketed_years():
    lines = [
        "Our commissioning roadmap",
        "",
        "Theme\tNow (2026/27)\tNext (2027/28)\tLater (2028/29 onwards)",
        "Carers\tRe-procure carers hub – current contract ends Dec 26\tNew hub contract live\tEvaluate",
        "Reablement\tDesign new model with the NHS\tTender reablement service Q3 2027/28\tReview outcomes",
        "Advocacy\tAdvocacy extended to 31 March 2027 (final option)\tNew advocacy contract from 1 April 2027\t–",
        "Day services\tListening events\tOptions appraisal\tRe-tender",
    ]
    got = {(service, stage, earliest, latest) for service, stage, earliest, latest in dates(lines)}
    assert ("Carers", "contract_end", "2026-12-01", "2026-12-31") in got
    assert ("Carers", "procurement_start", "2026-04-01", "2027-03-31") in got
    assert ("Reablement", "procurement_start", "2027-10-01", "2027-12-31") in got
    assert ("Advocacy", "extension_end", "2027-03-31", "2027-03-31") in got
    assert ("Advocacy", "contract_start", "2027-04-01", "2027-04-01") in got
    # an open-ended 'Later (2028/29 onwards)' column dates no stage its cell does not date itself
    assert not [g for g in got if g[0] == "Day services"]
    assert not [g for g in got if g[1] in ("award", "tender_deadline")]


def test_milestones_as_a_header_row_over_a_row_of_dates_are_the_service_heading_above():
    lines = [
        "**Community Equipment Service**",
        "",
        "The current contract ends in September 2026 and is worth £2.4m a year.",
        "",
        "Market engagement\tITT published\tTender closes\tAward\tMobilisation\tGo-live",
        "Feb 2026\tApr 2026\t29 May 2026\tJul 2026\tAug–Sep 2026\t1 Oct 2026",
        "",
        "**Sensory Support Service**",
        "",
        "Current contract ends 30 June 2027 (+1 year option).",
        "",
        "Milestone\tWhen",
        "Co-design with service users\t2026/27",
        "Tender\tQ1 2027/28",
        "New service\tfrom 1 July 2028",
    ]
    got = set(dates(lines))
    equipment = "Community Equipment Service"
    assert (equipment, "procurement_start", "2026-04-01", "2026-04-30") in got
    assert (equipment, "tender_deadline", "2026-05-29", "2026-05-29") in got
    assert (equipment, "award", "2026-07-01", "2026-07-31") in got
    assert (equipment, "contract_start", "2026-10-01", "2026-10-01") in got
    sensory = "Sensory Support Service"
    assert (sensory, "procurement_start", "2027-04-01", "2027-06-30") in got
    assert (sensory, "contract_start", "2028-07-01", "2028-07-01") in got
    # 'is worth £2.4m a year' is a value a year, no one-year term after the start
    assert not [g for g in got if g[1] == "contract_end" and g[2] and g[2] < "2026-09-01"]


def test_a_sum_of_money_a_year_is_no_contract_term():
    lines = [
        "**Carers Support Service**",
        "",
        "The current contract started in April 2024 and is worth £1.2m a year.",
        "",
        "The new contract will start on 1 April 2027 and run for three years; it costs £850,000 per annum.",
    ]
    got = set(dates(lines))
    assert ("Carers Support Service", "contract_start", "2024-04-01", "2024-04-30") in got
    assert ("Carers Support Service", "contract_end", "2030-03-31", "2030-03-31") in got
    # no one-year term after April 2024, nor a term with no date for the analyst to fill
    assert {g for g in got if g[1] == "contract_end"} == {("Carers Support Service", "contract_end", "2030-03-31",
                                                         "2030-03-31")}


def test_a_milestone_with_no_date_in_a_list_of_them_is_no_title_of_the_lines_below():
    lines = [
        "**Home Care Framework**",
        "",
        "ITT published: Jan 2026",
        "Award: Apr 2026",
        "Mobilisation",
        "Go-live: 1 Oct 2026",
    ]
    got = set(dates(lines))
    assert ("Home Care Framework", "contract_start", "2026-10-01", "2026-10-01") in got
    assert ("Home Care Framework", "award", "2026-04-01", "2026-04-30") in got
