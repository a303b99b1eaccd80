"""Dundee: the investment table's Total row against its own rows, per year (£000)."""
from __future__ import annotations

from data.model import Extraction
from data.specs.runner import Spec, select


def investment_totals(ex: Extraction, spec: Spec) -> None:
    for period in ("2016/17", "2017/18"):
        rows = select(ex, spec, {"measure": "investment", "period": period})
        total = next(r for r in rows if not r.breakdown)
        parts = sum(r.value for r in rows if r.breakdown)
        if total.value != parts:
            rounding = abs(total.value - parts) <= 1
            ex.finding(check="document", severity="info" if rounding else "warning", area_code=total.area_code,
                       measure="investment", period=period, expected=parts, observed=total.value, line=total.line,
                       message=f"The {period} investment column totals {total.value:,.0f} (£000) but its "
                               f"rows add up to {parts:,.0f} ({total.value - parts:+,.0f})"
                               + ("; most likely rounding" if rounding else ""))
