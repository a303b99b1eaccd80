"""Round 34 (r34c) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a Writer
document (.odt) read into lines gives (a key-facts frame's number over its label, headings with no blank line round
them, an action plan table): a place 'home to N people' names its population, not the carers of the frame above;
young carers a service supported, and a part of them, are no carers known to anyone; carers counted by whom they look
after (people living with dementia), and a part of them, are neither a dementia estimate nor the unpaid carers; 'a
carer under 18' is an age; and a column naming who leads each action ('Lead | BMBC Commissioning') is no intention to
commission, so an action plan's rows that name no stage give no procurement date."""
from __future__ import annotations

from tests.proposals import figure_rows, or_nothing, proposers_for

ROTHERHAM = "E08000018"

measures, dates = proposers_for(ROTHERHAM)
rows = figure_rows(measures)
dates_or_none = or_nothing(dates)


def test_a_place_home_to_n_people_is_its_population_after_a_frame_of_carers():
    got = rows(["Carers at a glance", "", "31,200", "unpaid carers (Census 2021)", "",
                "Rotherham is home to about 267,400 people (mid-2023), and 54,100 of them are aged 65 and over.", ""])
    assert sorted(got) == [("carers_unpaid", ROTHERHAM, "2021", 31200.0), ("population", ROTHERHAM, "2023", 54100.0),
                           ("population", ROTHERHAM, "2023", 267400.0)]


def test_young_carers_a_service_supported_and_a_part_of_them_are_no_carers_known():
    got = rows(["Young carers", "", "The census counted 1,480 young carers aged 5 to 17 in Rotherham. Few are known to "
                "schools: the Young Carers Project supported 412 young carers in 2023/24, of whom 95 were aged under 12.",
                ""])
    assert [(r[0], r[3]) for r in got] == [("carers_unpaid", 1480.0)]  # (the census's young carers only)


def test_carers_of_people_living_with_dementia_are_no_dementia_estimate_nor_the_unpaid_carers():
    got = rows(["Dementia and carers", "", "Some 4,100 people aged 65 and over in Rotherham are living with dementia. "
                "We think some 1,900 local carers look after a person living with dementia, and 820 of them care for 50 "
                "or more hours a week.", "", "Memory Support, our specialist service, helped 540 carers in 2023/24.", ""])
    assert [r[0:1] + r[3:] for r in got] == [("dementia_estimated", 4100.0)]


def test_a_carer_under_an_age_is_an_age_bound():
    got = rows(["Unpaid carers", "", "At Census 2021, 29,800 Rotherham residents provided unpaid care.", "",
                "Words we use", "", "• Young carer: a carer under 18.", "• Adult carer: a carer aged 18 or over.", ""])
    assert got == [("carers_unpaid", ROTHERHAM, "2021", 29800.0)]


def test_a_lead_column_naming_a_commissioning_team_is_no_intention_to_commission():
    got = dates_or_none(["Action plan", "", "Action\tLead\tBy when",
                         "Run listening events with carers about the new carers' support service\tCommissioning\t"
                         "April to June 2026",
                         "Print a carers' information leaflet\tAdult Commissioning Team\tJuly 2026",
                         "Carers' support service: publish the tender\tCommissioning\tSeptember 2026",
                         "Carers' support service: award the contract\tCommissioning\tDecember 2026", ""])
    assert sorted((stage, earliest) for _, stage, earliest, _ in got) == [("award", "2026-12-01"),
                                                                         ("procurement_start", "2026-09-01")]
