"""An extension written after a contract's end ('runs until the end of May 2026 with the option to extend for a further
2 years'): the length is the extension's, never the contract's, and its end is derived from the written end, in the
same sentence or the paragraph's next one."""
from __future__ import annotations

import pytest

from data.ingest.errors import IngestError
from tests.proposals import proposers_for

WARRINGTON = "E06000007"

measures, dates = proposers_for(WARRINGTON)


def test_a_further_length_after_a_written_end_is_the_extension_not_the_contract():
    got = dates(["Enablement", "", "This contract runs until the end of May 2026 with the option to extend for a "
                 "further 2 years."])
    assert got == [("Enablement", "contract_end", "2026-05-31", "2026-05-31"),
                   ("Enablement", "extension_end", "2028-05-31", "2028-05-31")]


def test_an_end_month_keeps_its_month_after_the_extension():
    got = dates(["Dementia advisers", "", "The contract ends in September 2024 and there is the option to extend for "
                 "a further 2 years; details are on our website."])
    assert ("Dementia advisers", "extension_end", "2026-09-01", "2026-09-30") in got
    assert all(stage != "contract_end" or earliest for _, stage, earliest, _ in got)  # no '2 years' with no date


def test_an_extension_in_the_next_sentence_extends_the_end_before_it():
    got = dates(["Home care", "", "The current contract ends in March 2027. There is an option to extend it for a "
                 "further 12 months."])
    assert got == [("Home care", "contract_end", "2027-03-01", "2027-03-31"),
                   ("Home care", "extension_end", "2028-03-01", "2028-03-31")]


def test_extended_by_up_to_a_length_after_a_day():
    got = dates(["Carers support", "", "Both carers contracts end on 31 March 2027, and each may be extended by up "
                 "to two years."])
    assert [(stage, earliest) for _, stage, earliest, _ in got] == [("contract_end", "2027-03-31"),
                                                                    ("extension_end", "2029-03-31")]


def test_a_contract_length_with_a_further_extension_is_still_the_contracts():
    got = dates(["Advocacy", "", "This new service contract is for three years with the possibility to extend for a "
                 "further two years. The contract will commence from 1st April 2016."])
    assert ("Advocacy", "contract_end", "2019-03-31", "2019-03-31") in got
    assert ("Advocacy", "extension_end", "2021-03-31", "2021-03-31") in got


def test_an_extension_with_no_end_written_before_it_proposes_nothing_for_it():
    with pytest.raises(IngestError, match="No recognisable"):  # before: a contract end of 'two years', no start
        dates(["Day services", "", "We are reviewing day services. There is an option to extend the framework "
                "for a further two years."])
