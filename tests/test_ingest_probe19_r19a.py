"""Round 19 (r19a) of the document proposer (data/ingest), each rule on made-up lines in the wordings of a council's
Market Sustainability Plan converted from PDF: the paid home care a market delivers (hours of care a week to so many
people) beside the unpaid carers the plan cites, and a contract extension given both as a length and as its end."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

COVENTRY = "E08000026"

measures, dates = proposers_for(COVENTRY)
rows = figure_rows(measures)


def test_hours_of_paid_care_providers_deliver_to_people_are_no_unpaid_carers():
    # 'hours of care' names unpaid carers ('provide 50 or more hours of care a week'), but hours a market's providers
    # deliver, commission or purchase are paid care: the people receiving them are not carers
    lines = [
        "At the 2021 Census, 30,415 Coventry residents said they gave unpaid care; around 9,260 of them provide 50 or "
        "more hours of care a week.",
        "",
        "4.4 Home care",
        "",
        "Forty-six providers are registered to deliver home care in Coventry. Between them they deliver around 41,250 "
        "hours of care a week to 2,480 people.",
        "",
        "We commissioned 38,900 hours of care a week for 2,310 people in 2024/25.",
    ]
    got = rows(lines)
    values = {value for _, _, _, value in got}
    assert ("carers_unpaid", COVENTRY, "2021", 30415.0) in got
    assert 9260.0 in values
    assert not {2480.0, 2310.0, 41250.0, 38900.0} & values


def test_an_extension_for_a_length_to_a_date_ends_on_that_date_not_the_length_after_the_start():
    # 'extend it for six months, to 30 September 2027' is the extension's end; six months after the contract's start
    # (1 April 2022) is no date of it
    lines = [
        "4.7 Commissioning timetable",
        "",
        "The current Home Care Framework began on 1 April 2022 and was due to end on 31 March 2027. Cabinet agreed on "
        "14 January 2026 to extend it for six months, to 30 September 2027, so that the new framework can start after "
        "the winter.",
    ]
    got = {(stage, earliest) for _, stage, earliest, _ in dates(lines)}
    assert ("contract_end", "2027-03-31") in got
    assert ("extension_end", "2027-09-30") in got
    assert not any(earliest.startswith("2022-09") for _, earliest in got)


def test_the_current_or_new_framework_is_the_frameworks_own_name():
    # 'The current Home Care Framework began on ...': 'current' says which contract, it is no part of the service's name
    lines = [
        "The current Home Care Framework began on 1 April 2022 and ends on 31 March 2027.",
        "",
        "The new Carers Support Service contract will start on 1 October 2027.",
    ]
    got = {(service, stage) for service, stage, _, _ in dates(lines)}
    assert ("Home Care Framework", "contract_start") in got
    assert ("Home Care Framework", "contract_end") in got
    assert ("Carers Support Service", "contract_start") in got


def test_a_later_sentence_naming_no_service_is_about_the_one_the_paragraph_began_with():
    # not the section's heading ('4.7 Commissioning timetable')
    lines = [
        "4.7 Commissioning timetable",
        "",
        "The Home Care Framework ends on 30 September 2027. We will begin the re-tender in October 2026 and expect to "
        "award in May 2027.",
    ]
    got = {(service, stage) for service, stage, _, _ in dates(lines)}
    assert got == {("Home Care Framework", "contract_end"), ("Home Care Framework", "procurement_start"),
                   ("Home Care Framework", "award")}


def test_apartments_for_couples_are_a_part_of_a_schemes_units():
    # ('It will offer 10 apartments for couples': the household some of the homes are for, as a bedroom size is a part)
    lines = [
        "The city now has 6 extra care schemes with a total of 402 apartments.",
        "",
        "Extra care at Elm Court: it has 60 apartments, and 8 flats suitable for wheelchair users. It will offer 10 "
        "apartments for couples and a day centre.",
    ]
    values = {value for _, _, _, value in rows(lines)}
    assert {6.0, 402.0} <= values
    assert not {8.0, 10.0} & values
