"""The service of a plan's bullet led by its verb, as annual reports and plans write them ('Go out to tender in the
autumn of 2025 for home support in the north of the borough', 'Start our new all-age carers' support contract on
1 October 2025'): the service named after the verb, not the verb itself. Made-up wordings; the code is real."""
from __future__ import annotations

from tests.proposals import proposers_for

BARNSLEY = "E08000016"

_measures, dates = proposers_for(BARNSLEY)
_PLAN = ["What we will do next year", "", "In 2026/27 we will:", ""]


def _services(bullets: list[str]) -> set[tuple[str, str]]:
    return {(service, stage) for service, stage, _, _ in dates([*_PLAN, *bullets])}


def test_a_bullet_going_out_to_tender_for_a_service_names_that_service():
    got = _services(["- Go out to tender in the spring of 2026 for day opportunities in the east of the borough, with new "
                     "contracts in place by October 2026."])
    assert got == {("day opportunities", "procurement_start"), ("day opportunities", "contract_start")}


def test_a_bullet_starting_a_contract_names_the_contract_after_the_verb():
    got = _services(["- Start our new young carers' support contract on 1 July 2026."])
    assert got == {("young carers' support", "contract_start")}


def test_a_tender_for_a_first_time_or_a_term_names_no_service_of_those_words():
    got = _services(["- Go out to tender for the first time in June 2026 for the Carers Hub contract."])
    assert all(service not in {"first time", "first"} for service, _ in got)
