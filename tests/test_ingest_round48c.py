"""Round 48 (r48c) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a contract
management system's register exported to Word and read as text gives: a contract already extended, or an extension
agreed, followed in the same sentence by the end it 'now' has, dates the extension's end, not the contract's; and
carers registered with a provider's hub or centre are that provider's, not the carers known to the council."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

WALSALL = "E08000030"

measures, dates = proposers_for(WALSALL)
rows = figure_rows(measures)


def test_a_contract_extended_by_months_so_it_now_ends_dates_the_extensions_end():
    got = dates(["Carers' Support Service", "", "- We have extended the carers' support contract by six months, so it "
                 "now ends on 31/01/2027.", ""])
    assert [g[1:] for g in got] == [("extension_end", "2027-01-31", "2027-01-31")]


def test_an_extension_agreed_so_the_contract_now_runs_to_dates_the_extensions_end():
    got = dates(["Day Opportunities", "", "- The final 12-month extension has been approved, so the contract now runs "
                 "to 31 October 2028.", ""])
    assert [g[1:] for g in got] == [("extension_end", "2028-10-31", "2028-10-31")]


def test_a_contract_not_extended_that_now_ends_keeps_its_end():
    """A guard: a contract not extended ends when it ends."""
    got = dates(["Advocacy", "", "- The advocacy contract has not been extended, so it now ends on 30 April 2026.", ""])
    assert [g[1:] for g in got] == [("contract_end", "2026-04-30", "2026-04-30")]
