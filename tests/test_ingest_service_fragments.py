"""The service a procurement date is filed under is a name, never a fragment of the sentence that dates it: a
sentence that starts with its step ('Tender opens January 2026; new service from ...') names no service, so the
heading above it does (made-up lines)."""
from __future__ import annotations

from tests.proposals import proposers_for

SHROPSHIRE = "E06000051"

measures, dates = proposers_for(SHROPSHIRE)


def _by_stage(lines):
    return {stage: service for service, stage, _, _ in dates(lines)}


def test_a_step_then_a_date_then_new_service_names_no_service():
    got = _by_stage(["**What we will buy**", "", "**Carers support service**", "",
                     "Current contract ends 30 September 2026. Tender opens January 2026; new service from "
                     "1 October 2026."])
    assert got == {"contract_end": "Carers support service", "procurement_start": "Carers support service",
                   "contract_start": "Carers support service"}


def test_a_dated_clause_before_the_word_contract_is_no_name():
    got = _by_stage(["## Advocacy", "",
                     "Bids close 6 March 2026, and the new contract starts on 1 July 2026."])
    assert set(got.values()) == {"Advocacy"}


def test_a_named_service_before_the_word_service_is_still_read():
    # guard: 'The Carers Support Service ends ...' names the Carers Support
    got = _by_stage(["## What we will buy", "", "The Carers Support Service contract ends on 31 March 2027."])
    assert got == {"contract_end": "Carers Support Service"}
