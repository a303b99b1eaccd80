"""Round 20 (r20c) of the document proposer (data/ingest), each rule on made-up lines in the wordings of a county's
extra care (housing with care) needs assessment: a district table whose caption dates the supply and the modelled
need differently, pipeline schemes as bullets, a need model's rates and gaps, and a contract's term to an end date."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

NORFOLK = "E10000020"
BRECKLAND, BROADLAND, NORTH_NORFOLK = "E07000143", "E07000144", "E07000147"

measures, dates = proposers_for(NORFOLK)
rows = figure_rows(measures)


def test_a_caption_with_two_years_dates_each_column_by_the_words_it_names_before_the_year():
    lines = [
        "Housing with care in Norfolk",
        "",
        "Table 3: Extra care schemes and units at 31 March 2026, and estimated need in 2035, by district",
        "",
        "District\tSchemes\tUnits\tNeed 2035\tGap 2035",
        "Breckland\t3\t164\t410\t246",
        "Broadland\t4\t212\t450\t238",
        "North Norfolk\t2\t97\t380\t283",
    ]
    got = rows(lines)
    for code, schemes, units in ((BRECKLAND, 3, 164), (BROADLAND, 4, 212), (NORTH_NORFOLK, 2, 97)):
        assert ("extra_care_schemes", code, "2026", float(schemes)) in got
        assert ("extra_care_units", code, "2026", float(units)) in got


def test_a_title_line_ending_in_its_year_does_not_hide_the_chapter_title_naming_extra_care():
    # the statement's subject is found in its first lines; a title ending in a year ('... Assessment 2026') is no
    # contents entry ending in a page number, so the chapter title under it still says the statement is on extra care
    lines = [
        "Norfolk County Council",
        "",
        "Specialist Housing Needs Study 2026",
        "",
        "Part 3: Housing with care",
        "",
        "Final report, March 2026",
        "",
        "3.1 Introduction",
        "",
        "3.1.1 This part looks at housing for older people with care on site.",
        "",
        "3.2 New schemes",
        "",
        "3.2.1 Two developments would add 180 units by 2029.",
    ]
    assert ("extra_care_units_planned", NORFOLK, "2029", 180.0) in rows(lines)


def test_a_pipeline_bullet_whose_status_and_completion_follow_semicolons_is_planned_and_of_its_completion_year():
    lines = [
        "Extra care housing",
        "",
        "Schemes in development",
        "",
        "•\tMill Lane, Dereham (Breckland) – 66 units; detailed planning consent granted in May 2026; due to complete in 2028.",
        "•\tOld Station Yard, Cromer (North Norfolk) – 50 apartments; outline consent only; opening expected 2030.",
        "•\tHellesdon Road (Broadland) – a scheme of about 58 units at pre-application stage.",
    ]
    got = rows(lines)
    assert ("extra_care_units_planned", BRECKLAND, "2028", 66.0) in got
    assert ("extra_care_units_planned", NORTH_NORFOLK, "2030", 50.0) in got
    assert ("extra_care_units_planned", BROADLAND, "", 58.0) in got
    assert not any(m == "extra_care_units" for m, *_ in got)


def test_sentences_about_a_modelled_gap_or_need_give_no_units_or_population():
    lines = [
        "Extra care housing",
        "",
        "We estimate need using the number of people aged 75 and over in each district. Norfolk has 19 extra care "
        "schemes.",
        "",
        "The shortfall is greatest in Breckland (310 units) and Broadland (275), where the population aged 75 and over "
        "is rising fastest, and least in North Norfolk (90).",
        "",
        "Even after the new schemes open, the county's gap by 2035 would be around 1,420 units.",
        "",
        "At 20 per 1,000 the need in 2035 drops to 2,310 units; at 30 per 1,000 it rises to 3,470.",
        "",
        "The need for extra care is growing, and the county now has 1,020 extra care units.",
    ]
    got = {value for *_, value in rows(lines)}
    assert {19.0, 1020.0} <= got  # (a need that grows is no need figure: the units after it are the county's)
    assert not {310.0, 275.0, 90.0, 1420.0, 2310.0, 3470.0, 20.0, 30.0} & got


def test_rates_a_need_model_uses_or_is_tested_at_are_not_the_countys_provision():
    lines = [
        "Extra care housing",
        "",
        "Norfolk has 11.2 units of extra care per 1,000 people aged 75 and over.",
        "",
        "We have used 24 units per 1,000 people aged 75 and over, and tested it at 18 and 28 per 1,000.",
    ]
    rates = {value for m, _, _, value in rows(lines) if m == "extra_care_units_per_1000_75plus"}
    assert rates == {11.2}


def test_scheme_sizes_a_projected_total_one_lots_size_and_the_other_schemes_are_no_counts():
    lines = [
        "Extra care housing",
        "",
        "There are 19 extra care schemes in Norfolk with 1,020 units. Schemes range in size from 30 to 95 units.",
        "",
        "The pipeline would add 180 units, taking the total to 1,200 units.",
        "",
        "Care in 17 of the schemes is bought under one contract; the remaining two schemes have their own care teams.",
        "",
        "Each lot will cover around 260 units.",
    ]
    got = rows(lines)
    values = {value for *_, value in got}
    assert ("extra_care_schemes", NORFOLK, "", 19.0) in got and 1020.0 in values
    assert not {30.0, 95.0, 1200.0, 2.0, 260.0} & values


def test_the_number_going_on_from_a_dementia_sentence_is_never_the_headings_other_subject():
    lines = [
        "Dementia and carers",
        "",
        "Around 16,200 people aged 65 and over in Norfolk are estimated to have dementia. The number is expected to "
        "grow by 35% over the next decade.",
    ]
    got = rows(lines)
    assert ("dementia_estimated", NORFOLK, "", 16200.0) in got
    assert not any(m.startswith("carers") for m, *_ in got)


def test_units_for_dementia_under_a_dementia_heading_in_a_statement_about_extra_care():
    lines = [
        "Norfolk County Council",
        "Housing with care statement",
        "",
        "5. Dementia",
        "",
        "About 1 in 5 tenants has a diagnosis of dementia.",
        "",
        "Four schemes have flats designed for people living with dementia, 48 units in all.",
    ]
    assert ("extra_care_units_dementia", NORFOLK, "", 48.0) in rows(lines)


def test_a_row_of_people_of_an_age_in_a_need_models_table_is_the_population():
    lines = [
        "Table 2: Estimated need for extra care in Norfolk",
        "",
        "\t2025\t2035",
        "Population aged 75 and over\t131,900\t168,400",
        "Units required (25 per 1,000)\t3,298\t4,210",
    ]
    got = rows(lines)
    assert ("population", NORFOLK, "2025", 131900.0) in got
    assert ("population", NORFOLK, "2035", 168400.0) in got
    assert not {3298.0, 4210.0} & {value for *_, value in got}


def test_a_contract_that_runs_for_a_term_to_a_date_ends_on_that_date():
    lines = [
        "Care and support in extra care",
        "",
        "The new contract will run for four years, until 31 March 2031, with an option to extend.",
    ]
    got = {(stage, earliest, latest) for _, stage, earliest, latest in dates(lines)}
    assert got == {("contract_end", "2031-03-31", "2031-03-31")}


def test_registering_on_a_procurement_portal_by_a_date_is_no_procurement_stage():
    lines = [
        "Care and support in extra care",
        "",
        "We will go out to tender in June 2027. Providers should register on the council's e-tendering portal "
        "by 30 April 2027.",
    ]
    got = {(stage, earliest) for _, stage, earliest, _ in dates(lines)}
    assert ("procurement_start", "2027-06-01") in got
    assert not any(earliest == "2027-04-30" for _, earliest in got)
