"""Round 48 (r48b) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a Word
document saved as plain text gives a carers' strategy and its action plan: residents a figure names are the
population, whatever carers a later clause names; carers given something ('sent 2,140 carers a welcome pack') or
using it ('held by around 760 carers') are no count of carers; carers registered with a GP practice are the practices'
count, not carers known to the council; and an action's goal written as a command ('Increase carers known to the
council from 2,950 to 3,600', 'We will increase carers' assessments from 1,050 a year to 1,400 by 2027') is no figure
of today, while its baseline and a past rise ('rose from 2,400 in 2020 to 2,950 in 2024') still are; the goal's date
('from 1,310 to 1,800 by March 2027') is the goal's year, never the baseline's; and a table's lead-in line naming only
the procurement ('Key dates for the re-procurement:') names no service, so its dates go under the heading's. Found on
made-up cells in the same layout (not in the excerpt): a command's goal with no baseline ('Raise ... to 800 a year')
and a headline's goal ('Young carers known to services to increase to 1,400 by 2027') are no figures either, while a
projection with its verb ('are expected to increase to') is; a share of carers who feel something is no share of
residents caring; 'target
4,500' after a figure is a target; carers waiting for an assessment are no carers assessed; and a clause counting
carers' breaks ('(currently 540)' after 'Raise carers' breaks to 800 a year') counts no carers."""
from __future__ import annotations

from tests.proposals import figure_rows, figure_rows_or_none, proposers_for

LEICESTER = "E06000016"

measures, dates = proposers_for(LEICESTER)
rows = figure_rows(measures)
rows_or_none = figure_rows_or_none(measures)


def test_residents_a_figure_names_are_the_population_whatever_carers_a_later_clause_names():
    got = rows(["2. Our city", "", "Leicester had about 372,600 residents in mid-2024, and the number aged 85 and over "
                "will grow, so the number of people who need support, and of those who care for them, will rise.", ""])
    assert got == [("population", LEICESTER, "2024", 372600.0)]


def test_carers_sent_something_are_no_count_of_carers():
    got = rows(["Since our last strategy we have:", "", "- sent 2,140 carers a welcome pack", "",
                "- 27,300 people in Leicester provide unpaid care (Census 2021)", ""])
    assert got == [("carers_unpaid", LEICESTER, "2021", 27300.0)]


def test_carers_holding_or_using_a_card_are_no_count_of_carers():
    got = rows(["Since our last strategy we have:", "",
                "- launched a carers' leisure pass, held by around 760 carers", "",
                "- set up a carers' discount scheme used by over 1,050 carers", "",
                "- 27,300 people in Leicester provide unpaid care (Census 2021)", ""])
    assert got == [("carers_unpaid", LEICESTER, "2021", 27300.0)]


def test_carers_registered_with_gp_practices_are_no_carers_known_to_the_council():
    got = rows(["Identifying carers", "", "Around 4,600 carers are registered with their GP practice as a carer, and "
                "3,210 carers are known to adult social care.", ""])
    assert got == [("carers_known", LEICESTER, "", 3210.0)]


def test_an_action_plan_cells_command_goal_is_no_figure_of_today():
    got = rows(["7. Action plan", "", "Ref\tAction\tOwner\tBy when\tSuccess measure",
                "2.4\tFind more carers through schools\tChildren's Services\tOngoing\t"
                "Increase young carers known to services from 980 to 1,250", ""])
    assert 1250.0 not in [r[3] for r in got]


def test_a_command_goal_in_prose_is_no_figure_and_its_baseline_is():
    got = rows(["Assessments", "", "We will increase carers' assessments from 1,050 a year to 1,400 by 2027.", ""])
    assert [r[3] for r in got] == [1050.0]
    assert got[0][0] == "carers_assessed"


def test_a_past_rise_from_one_figure_to_another_keeps_both_as_a_guard():
    """Guard: a rise already happened is no command; both its figures stay."""
    got = rows(["Carers", "", "Carers known to the council rose from 2,400 in 2020 to 2,950 in 2024.", ""])
    assert got == [("carers_known", LEICESTER, "2020", 2400.0), ("carers_known", LEICESTER, "2024", 2950.0)]


def test_a_projected_rise_in_dementia_keeps_its_projection_as_a_guard():
    """Guard: 'is expected to increase from ... to ...' is a projection, no command."""
    got = rows(["Dementia", "", "The number of people aged 65 and over living with dementia in Leicester is expected "
                "to increase from 3,420 in 2025 to 4,380 by 2035.", ""])
    assert sorted(r[3] for r in got if r[0] == "dementia_estimated") == [3420.0, 4380.0]


def test_a_goals_date_is_no_period_of_the_baseline_before_it():
    got = rows(["7. Action plan", "", "Ref\tAction\tOwner\tBy when\tSuccess measure",
                "2.1\tMore carers' assessments\tAdult Social Care\tMarch 2028\t"
                "Increase carers' assessments from 1,240 to 1,650 by March 2028", ""])
    assert [(r[0], r[2], r[3]) for r in got] == [("carers_assessed", "", 1240.0)]


def test_a_lead_in_naming_only_the_procurement_leaves_a_timetable_under_the_headings_service():
    got = dates(["6. The young carers' service", "",
                 "The current contract ends on 30 September 2026, and we will re-tender the service before then.", "",
                 "Key dates for the re-tender:", "", "Stage\tDate", "Tender published\tMarch 2026",
                 "Contract award\tJune 2026", "New service starts\t1 October 2026", ""])
    table = [d for d in got if d[1] in ("procurement_start", "award", "contract_start")]
    assert [(d[0], d[1]) for d in table] == [("The young carers' service", "procurement_start"),
                                             ("The young carers' service", "award"),
                                             ("The young carers' service", "contract_start")]


def test_a_command_goal_with_no_baseline_is_no_figure():
    got = rows(["Action plan", "", "Priority\tAction\tLead\tBy when\tHow we will measure success",
                "1. Identifying carers\t\t\t\t",
                "1.1\tGrow the carers' register\tCarers' Centre\tMarch 2027\t"
                "Increase carers known to the council to 4,100",
                "1.2\tMore short breaks\t\tMarch 2027\tRaise carers' short breaks to 850 a year", "",
                "3,350 carers are known to the council.", ""])
    assert [r[3] for r in got] == [3350.0]


def test_a_share_of_carers_who_feel_something_is_no_carers_share_nor_its_goal():
    got = rows_or_none(["Action plan", "", "Priority\tAction\tLead\tBy when\tHow we will measure success",
                        "1. Recognising carers\t\t\t\t", "1.1\tRecognise carers\tCarers' Centre\tMarch 2027\t"
                        "Increase the proportion of carers who feel valued from 41% to 55%", ""])
    assert got == []


def test_a_bare_target_after_a_figure_is_no_count():
    got = rows(["Measures", "", "- Carers known to the council: 3,350 (2023/24); target 4,100", ""])
    assert got == [("carers_known", LEICESTER, "2023/24", 3350.0)]


def test_carers_waiting_for_an_assessment_are_no_carers_assessed():
    got = rows(["Assessments", "", "We will reduce the number of carers waiting for an assessment from 290 to 120 "
                "within a year.", "", "We completed 1,460 carers' assessments in 2024/25.", ""])
    assert got == [("carers_assessed", LEICESTER, "2024/25", 1460.0)]


def test_a_clause_counting_carers_breaks_counts_no_carers():
    got = rows(["Action plan", "", "Priority\tAction\tLead\tBy when\tHow we will measure success",
                "1. Breaks\t\t\t\t", "1.1\tMore short breaks\tCarers' Centre\tMarch 2027\t"
                "Raise carers' breaks to 760 a year (currently 510)", "",
                "- 27,300 people in Leicester provide unpaid care (Census 2021)", ""])
    assert got == [("carers_unpaid", LEICESTER, "2021", 27300.0)]


def test_a_headline_goal_in_a_cell_is_no_figure_and_its_baseline_is():
    got = rows(["Action plan", "", "Priority\tAction\tLead\tBy when\tHow we will measure success",
                "1. Young carers\t\t\t\t", "1.1\tFind young carers\tChildren's Services\tApril 2026\t"
                "Young carers known to services to increase to 1,350 by 2027 (baseline 1,090)", ""])
    assert [(r[0], r[3]) for r in got] == [("carers_known", 1090.0)]


def test_a_projection_with_its_verb_is_kept_as_a_guard():
    """Guard: 'are expected to increase to' is a projection, no headline goal."""
    got = rows(["Dementia", "", "People aged 65 and over living with dementia in Leicester are expected to increase "
                "to 4,380 by 2035.", ""])
    assert got == [("dementia_estimated", LEICESTER, "2035", 4380.0)]
