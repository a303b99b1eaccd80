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


def test_an_initial_term_that_ends_on_a_date_is_the_contracts_end():
    lines = [
        "**Reablement Service**",
        "",
        "Reablement is delivered under one contract with two providers. Its initial term ends on 30 June 2026. We have "
        "agreed a 9-month extension, to 31 March 2027.",
    ]
    got = set(dates(lines))
    assert ("Reablement Service", "contract_end", "2026-06-30", "2026-06-30") in got
    assert ("Reablement Service", "extension_end", "2027-03-31", "2027-03-31") in got


def test_an_option_written_after_the_end_it_extends_gives_the_extensions_end():
    lines = [
        "**Sensory Support Service**",
        "",
        "Current contract ends 30 June 2027 (+1 year option).",
        "",
        "**Shared Lives**",
        "",
        "The current contract ends on 31 October 2027, plus a 6-month option.",
    ]
    got = set(dates(lines))
    assert ("Sensory Support Service", "extension_end", "2028-06-30", "2028-06-30") in got
    assert ("Shared Lives", "extension_end", "2028-04-30", "2028-04-30") in got
    # the option's length is no contract length with no start
    assert not [g for g in got if g[1] == "contract_end" and not g[2]]


def test_a_new_contracts_length_below_its_timetable_runs_from_the_go_live_above():
    lines = [
        "**Community Equipment Service**",
        "",
        "Market engagement\tITT published\tAward\tGo-live",
        "Jun 2026\tOct 2026\tJan 2027\t1 Apr 2027",
        "",
        "The new contract will run for three years with an option to extend for two more.",
    ]
    got = set(dates(lines))
    assert ("Community Equipment Service", "contract_end", "2030-03-31", "2030-03-31") in got
    assert ("Community Equipment Service", "extension_end", "2032-03-31", "2032-03-31") in got


def _measure_rows(lines: list[str]) -> set[tuple]:
    frame = measures(lines)
    return {(r.measure, r.period, float(r.value), r.breakdown) for r in frame.itertuples()}


def test_key_figures_over_their_captions_after_a_census_figure_are_of_its_year_with_the_census_base_no_group():
    lines = [
        "Carers at a glance",
        "",
        "**24,310**",
        "unpaid carers in Wiltshire (Census 2021)",
        "",
        "**9.8%**",
        "of residents aged 5 and over give unpaid care",
        "",
        "**6,120**",
        "carers give 50 or more hours of care a week",
        "",
        "**3,050**",
        "carers known to us",
    ]
    got = _measure_rows(lines)
    assert ("carers_unpaid", "2021", 24310.0, "") in got
    assert ("carers_unpaid_pct", "2021", 9.8, "") in got
    assert ("carers_unpaid", "2021", 6120.0, "50+ hours a week") in got
    assert ("carers_known", "", 3050.0, "") in got  # carers known are no census figure


def test_two_figures_in_one_clause_each_take_the_hours_band_written_after_them():
    lines = [
        "Unpaid care",
        "",
        "In 2021, 13,420 carers provided 19 hours or less a week and 3,960 provided between 20 and 49 hours.",
    ]
    got = _measure_rows(lines)
    assert ("carers_unpaid", "2021", 13420.0, "19 hours or less a week") in got
    assert ("carers_unpaid", "2021", 3960.0, "20-49 hours a week") in got


def test_a_table_of_hours_bands_under_a_census_sentence_gives_its_shares_the_census_year():
    lines = [
        "Unpaid care",
        "",
        "**24,310**",
        "unpaid carers in Wiltshire (Census 2021)",
        "",
        "Of the 24,310 carers counted by the census, most give fewer than 20 hours of care a week:",
        "",
        "Hours a week\tCarers\tShare of all carers",
        "19 or less\t14,010\t57.6%",
        "20 to 49\t3,920\t16.1%",
        "50 or more\t6,380\t26.2%",
    ]
    got = _measure_rows(lines)
    assert ("carers_unpaid", "2021", 14010.0, "19 hours or less a week") in got
    assert ("carers_unpaid_pct", "2021", 57.6, "19 hours or less a week") in got
    assert ("carers_unpaid_pct", "2021", 26.2, "50+ hours a week") in got


def test_a_price_of_care_from_a_date_is_no_contract_start():
    lines = [
        "**You said, we did**",
        "",
        "**We did:** added a rural rate of £1.80 an hour to the home care framework from April 2027.",
        "",
        "**Home Care Framework**",
        "",
        "The new framework will start on 1 October 2026, paying £24.10 an hour.",
    ]
    got = set(dates(lines))
    assert not [g for g in got if g[2] == "2027-04-01"]
    assert ("Home Care Framework", "contract_start", "2026-10-01", "2026-10-01") in got
