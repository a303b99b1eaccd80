"""North East: a contract end printed with an impossible year is reported, not guessed."""
from __future__ import annotations

from data.model import Extraction
from data.specs.runner import Spec


def impossible_carers_contract_year(ex: Extraction, spec: Spec) -> None:
    carers = next(p for p in ex.procurements if p.service == "South Tees All Ages Carer Support Service")
    end = carers.stages["contract_end"]
    if not end.parsed:
        ex.finding(check="document", severity="warning", area_code=spec.area("middlesbrough").code, line=carers.line,
                   message=f"The South Tees carers contract is said to end in {end.text!r}, an impossible "
                           "year; 2025 was most likely meant (a stray extra zero). The end and extension dates "
                           "are left empty rather than guessed.")
