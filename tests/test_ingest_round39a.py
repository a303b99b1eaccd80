"""Round 39 (r39a) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a Word
document of the 2010s saved as plain text gives (a paragraph a line, tab tables, 'Tendering Opportunities' under each
service): a row naming a clinical commissioning group the registry does not hold is that group's, for the analyst,
not a breakdown of the council's figure; a population column whose header opens on an age group with no 'aged'
('65 and over 2015') is that age group's; a fraction in words ('two thirds of people') is no count; a service that
started on a date and runs for a term is a contract start with its derived end though the sentence never says
contract; a 'Tendering Opportunities' subheading names no service, the heading above it does; 'current' before a
service in lower case is no part of its name."""
from __future__ import annotations

from tests.proposals import figure_rows, or_nothing, proposers_for

EAST_SUSSEX = "E10000011"

measures, dates = proposers_for(EAST_SUSSEX)
rows = figure_rows(measures)
dates_or_none = or_nothing(dates)


def test_a_row_naming_a_ccg_the_registry_does_not_hold_is_that_ccgs_for_the_analyst():
    frame = measures(["Dementia", "", "Table 2: Dementia diagnosis rate by CCG, 2016",
                      "CCG\tRegistered population\tDiagnosis rate", "Weald Vale and Downs CCG\t152,300\t62.4%",
                      "Marsh and Levels Clinical Commissioning Group\t98,700\t57.9%", ""])
    got = sorted((r.measure, r.area_code, r.area_name, float(r.value), r.breakdown) for r in frame.itertuples())
    assert got == sorted([("practice_population", "", "Weald Vale and Downs CCG", 152300.0, ""),
                          ("dementia_diagnosis_rate", "", "Weald Vale and Downs CCG", 62.4, ""),
                          ("practice_population", "", "Marsh and Levels Clinical Commissioning Group", 98700.0, ""),
                          ("dementia_diagnosis_rate", "", "Marsh and Levels Clinical Commissioning Group", 57.9, "")])


def test_a_population_column_opening_on_an_age_group_without_aged_is_that_age_groups():
    got = [(r.area_code, r.period, float(r.value), r.breakdown) for r in measures(
        ["Our population", "", "Table 1: Older people by district, 2015 and 2020",
         "District\t65 and over 2015\t85+ 2020", "Hastings\t16,100\t2,450", "Rother\t28,900\t5,120", ""]).itertuples()]
    assert sorted(got) == sorted([("E07000062", "2015", 16100.0, "aged 65 and over"),
                                  ("E07000062", "2020", 2450.0, "aged 85+"),
                                  ("E07000064", "2015", 28900.0, "aged 65 and over"),
                                  ("E07000064", "2020", 5120.0, "aged 85+")])


def test_a_fraction_in_words_after_a_ccg_table_is_no_count():
    got = rows(["Dementia", "", "CCG\tRegistered population\tDiagnosis rate", "Weald Vale and Downs CCG\t152,300\t62.4%",
                "", "The national ambition is that two thirds of people with dementia are diagnosed (66.7%).", "",
                "Three-quarters of carers said they were caring alone.", ""])
    assert not [r for r in got if r[3] in (2.0, 3.0)]
    assert ("dementia_diagnosis_target", "E92000001", "", 66.7) in got


def test_a_service_that_started_on_a_date_and_runs_for_a_term_is_a_contract_start_with_its_derived_end():
    got = dates(["Carers", "", "Tendering Opportunities", "",
                 "The Carers Breaks Service started on 1 October 2016 and runs for two years. We will retender it in 2018.",
                 ""])
    assert ("contract_start", "2016-10-01", "2016-10-01") in [(s, e, l) for _, s, e, l in got]
    assert ("contract_end", "2018-09-30", "2018-09-30") in [(s, e, l) for _, s, e, l in got]


def test_a_tendering_opportunities_subheading_names_no_service_the_heading_above_does():
    got = dates(["Day Opportunities", "", "Tendering Opportunities", "",
                 "We will go out to tender in October 2018, for new contracts to start on 1 April 2019.", ""])
    assert {service for service, *_ in got} == {"Day Opportunities"}


def test_which_contracts_in_lower_case_is_no_part_of_the_service_name():
    got = dates(["Home Care", "", "The current home care contracts end on 31 March 2019.", ""])
    assert got == [("home care", "contract_end", "2019-03-31", "2019-03-31")]
