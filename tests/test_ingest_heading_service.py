"""A service named by the heading above its dates carries no section number: '6. Extra Care Housing' names the service
'Extra Care Housing', in prose under the heading and in a timetable under it alike (procurement.py `_SECTION_NUMBER`,
used by `heading_service` and `_timetable_service`), so the review table and the tenders timeline show a name."""
from __future__ import annotations

import pytest

from data.ingest.procurement import heading_service
from tests.proposals import proposers_for

ANYSHIRE = "E10000011"

measures, dates = proposers_for(ANYSHIRE)


@pytest.mark.parametrize(("heading", "service"), [
    ("6. Extra Care Housing", "Extra Care Housing"),
    ("4.2 Home care", "Home care"),
    ("Section 5: Carers Support", "Carers Support"),
    ("1) Day opportunities", "Day opportunities"),
    # guards: a number that is part of a name stays
    ("24/7 Care Line", "24/7 Care Line"),
    ("2025 Tender Programme", "2025 Tender Programme"),
    ("6 weeks of reablement", "6 weeks of reablement"),
])
def test_a_heading_names_its_service_without_its_section_number(heading, service):
    assert heading_service(heading) == service


def test_prose_under_a_numbered_heading_is_filed_under_the_name():
    got = dates(["7. Extra Care Housing", "",
                 "The care and support contract for our extra care schemes ends on 30 June 2027. We will go out to "
                 "tender in October 2026, and the new contract will start on 1 July 2027 for four years.", ""])
    assert not [g for g in got if g[0].startswith("7.")], got
    assert ("Extra Care Housing", "contract_start", "2027-07-01", "2027-07-01") in [g[:4] for g in got], got


def test_a_titled_timetable_and_the_prose_under_one_numbered_heading_share_the_name():
    got = dates(["4. What we will do", "",
                 "Our carers' service is run by a local charity. Its contract ends on 31 March 2027, and the new "
                 "contract will run for five years, with an option to extend for up to two.",
                 "The action plan below shows who will lead each action and when.",
                 "Table 2: Action plan 2026 to 2028", "",
                 "Action\tLead\tBy when",
                 "Train 300 staff in carer awareness\tWorkforce team\tMarch 2027",
                 "Carers' service: publish the tender\tCommissioning\tSeptember 2026",
                 "Carers' service: new contract starts\tCommissioning\t1 April 2027", ""])
    assert got and not [g for g in got if g[0].startswith("4.")], got
