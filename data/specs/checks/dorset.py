"""Bournemouth, Poole & Dorset: the care home type rows overlap (learning disability homes counted twice)."""
from __future__ import annotations

from data.model import Extraction
from data.specs.runner import Spec, select


def care_home_types_overlap(ex: Extraction, spec: Spec) -> None:
    for key in ("bournemouth", "dorset", "poole"):
        area = spec.area(key)
        rows = select(ex, spec, {"measure": "care_homes", "area": key, "section": "Number of care homes"})
        [total] = [r for r in rows if not r.breakdown]
        parts = {r.breakdown: r.value for r in rows if r.breakdown}
        expected = sum(parts.values())
        if total.value != expected and total.value == expected - parts.get("learning disability", 0):
            ex.finding(check="document", severity="warning", area_code=area.code, measure="care_homes",
                       period=total.period, expected=expected, observed=total.value, line=total.line,
                       message=(f"{area.name}: the care home Total equals the other rows without the Learning "
                                "Disability row, so learning disability homes seem to be counted inside "
                                "the nursing / no nursing rows; the type rows overlap and must not be summed"))
