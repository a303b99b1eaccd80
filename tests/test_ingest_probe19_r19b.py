"""Round 19 (r19b) of the document proposer (data/ingest), each rule on made-up lines in the wordings of an adult
social care Local Account (a council's annual report to residents) converted from Word: carers counted by the
support they take (a direct payment, a break), and next year's plans written as bullets that start with a verb."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

BARNSLEY = "E08000016"

measures, dates = proposers_for(BARNSLEY)
rows = figure_rows(measures)


def test_carers_taking_a_direct_payment_or_having_a_break_are_no_count_of_unpaid_carers():
    # 'receive a direct payment' was ruled out already; 'take ... as a direct payment', 'use a direct payment',
    # 'had a break' and 'enjoyed a short break' are the same service counts in other words
    lines = [
        "Supporting carers",
        "",
        "The 2021 Census found that 24,310 people in Barnsley provide unpaid care.",
        "",
        "This year 270 carers chose to take their support as a direct payment, and 95 more now use a personal budget.",
        "",
        "Through the carers' centre, 530 carers had a break from caring and 140 young carers enjoyed a short break.",
    ]
    got = rows(lines)
    assert ("carers_unpaid", BARNSLEY, "2021", 24310.0) in got
    assert not {270.0, 95.0, 530.0, 140.0} & {value for *_, value in got}


def test_a_plan_bullet_that_starts_a_contract_on_a_date_is_the_contracts_start():
    lines = [
        "What we will do in 2026/27",
        "",
        "Over the next year we will:",
        "",
        "- Begin the new carers' information and advice contract on 1 July 2026.",
        "- Launch our new home care framework from 4 January 2027.",
    ]
    got = {(stage, earliest, latest) for _, stage, earliest, latest in dates(lines)}
    assert ("contract_start", "2026-07-01", "2026-07-01") in got
    assert ("contract_start", "2027-01-04", "2027-01-04") in got


def test_carers_the_council_was_in_touch_with_are_the_carers_known():
    # 'known to us' is one wording; an annual report to residents says 'we were in contact with' or 'in touch with'
    lines = [
        "Carers",
        "",
        "In 2024/25 Adult Social Care was in contact with 3,104 carers, and 1,260 carers had an assessment.",
    ]
    got = rows(lines)
    assert ("carers_known", BARNSLEY, "2024/25", 3104.0) in got
    assert not any(measure == "carers_unpaid" for measure, *_ in got)
