"""An optional extension written after a contract's end date: its length belongs to the extension, never to the
contract, and the extension's end is derived from the written end (in the same sentence or the next one of the
paragraph). All wordings are made up."""
from __future__ import annotations

import pytest

from data.ingest.errors import IngestError
from tests.proposals import proposers_for

WARRINGTON = "E06000007"

measures, dates = proposers_for(WARRINGTON)


def test_a_further_length_after_a_written_end_is_the_extension_not_the_contract():
    got = dates(["Reablement", "", "Our reablement agreement lasts until the end of June 2027, and we may extend it "
                 "for a further 3 years."])
    assert got == [("Reablement", "contract_end", "2027-06-30", "2027-06-30"),
                   ("Reablement", "extension_end", "2030-06-30", "2030-06-30")]


def test_an_end_month_keeps_its_month_after_the_extension():
    got = dates(["Memory support", "", "This contract ends in October 2026 and may be extended for a further 2 "
                 "years; see our portal."])
    assert ("Memory support", "extension_end", "2028-10-01", "2028-10-31") in got
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
    got = dates(["Advocacy", "", "The advocacy hub contract is for four years with the option to extend for a further "
                 "year. The contract will start on 1 July 2026."])
    assert [(stage, earliest) for _, stage, earliest, _ in got if stage.endswith("_end")] == [
        ("contract_end", "2030-06-30"), ("extension_end", "2031-06-30")]


def test_an_extension_with_no_end_written_before_it_proposes_nothing_for_it():
    with pytest.raises(IngestError, match="No recognisable"):  # before: a contract end of 'two years', no start
        dates(["Day services", "", "We are reviewing day services. There is an option to extend the framework "
               "for a further two years."])
