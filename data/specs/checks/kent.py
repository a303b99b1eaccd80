"""Kent: where the document's own figures disagree with each other."""
from __future__ import annotations

from data.dates import parse_date_text
from data.model import Extraction
from data.specs.prose import locate
from data.specs.runner import Spec, select


def cmi_uniform_rate(ex: Extraction, spec: Spec) -> None:
    """The CMI table applies one crude prevalence to every CCG; a CCG off that rate is a slip."""
    kent = spec.area("kent").code
    for period in ("2012", "2021"):
        pops = {r.area_code: r for r in select(ex, spec, {"measure": "population", "period": period,
                                                          "breakdown": "aged 16-74"})}
        cmi = {r.area_code: r for r in select(ex, spec, {"measure": "common_mental_illness_estimated",
                                                         "period": period})}
        rates = sorted(cmi[c].value / pops[c].value for c in cmi if c != kent)
        rate = rates[len(rates) // 2]
        for code, row in cmi.items():
            expected = pops[code].value * rate
            if code != kent and abs(row.value - expected) > 0.005 * expected:
                ex.finding(check="document", severity="warning", area_code=code,
                           measure="common_mental_illness_estimated", period=period, line=row.line,
                           expected=round(expected), observed=row.value,
                           message=(f"{row.area_name} {period}: {row.value:,.0f} is {row.value / pops[code].value:.2%} "
                                    f"of the 16-74 population; every other CCG uses {rate:.2%}"))


def dementia_bases(ex: Extraction, spec: Spec) -> None:
    """The two dementia tables use different models; the all-ages figure is below the adults one."""
    [adults] = select(ex, spec, {"measure": "dementia_estimated", "area": "kent", "period": "2015", "breakdown": "adults"})
    [all_ages] = select(ex, spec, {"measure": "dementia_estimated", "area": "kent", "breakdown": "all ages"})
    if all_ages.value < adults.value:
        ex.finding(check="document", severity="info", area_code=adults.area_code, measure="dementia_estimated",
                   period=all_ages.period, line=all_ages.line, expected=adults.value, observed=all_ages.value,
                   message=(f"Kent dementia estimate for all ages by CCG ({all_ages.value:,.0f}, {all_ages.period}) is "
                            f"below the adults-only district estimate ({adults.value:,.0f}, 2015): different models"))


def home_care_share(ex: Extraction, spec: Spec) -> None:
    """A share of the population stated beside its count must be that count over the (rounded) population."""
    [pop] = select(ex, spec, {"measure": "population", "area": "kent", "period": "2014/15"})
    for breakdown in ("home care", "day care"):
        [people] = select(ex, spec, {"measure": "people_supported", "breakdown": breakdown, "period": "2014/15"})
        [share] = select(ex, spec, {"measure": "people_supported_pct", "breakdown": breakdown})
        low, high = people.value / (pop.value + 5_000) * 100, people.value / (pop.value - 5_000) * 100
        if not low - 0.005 <= share.value <= high + 0.005:
            ex.finding(check="document", severity="info", area_code=pop.area_code, measure="people_supported_pct",
                       period="2014/15", line=share.line, expected=round(people.value / pop.value * 100, 2),
                       observed=share.value,
                       message=(f"{people.value:,.0f} people receiving {breakdown} is "
                                f"{people.value / pop.value:.2%} of {pop.value / 1e6:.2f} million, not {share.value}%"))


def limitation_shares_2020(ex: Extraction, spec: Spec) -> None:
    """The 2020 table repeats the 2011 shares; say where they no longer match its own counts."""
    rows = select(ex, spec, {"measure": "activity_limitation", "period": "2020"})
    off = []
    for row in rows:
        total = sum(r.value for r in rows if r.area_code == row.area_code)
        [share] = [r for r in select(ex, spec, {"measure": "activity_limitation_pct", "period": "2020",
                                                 "breakdown": row.breakdown}) if r.area_code == row.area_code]
        if abs(row.value / total * 100 - share.value) > 0.051:
            off.append(f"{row.area_name} {row.breakdown} ({row.value / total * 100:.1f} vs {share.value})")
    if off:
        ex.finding(check="document", severity="info", area_code=spec.area("kent").code,
                   measure="activity_limitation_pct", period="2020", line=min(r.line for r in rows),
                   message="2020 shares are the 2011 shares carried forward; recomputed from the 2020 counts: "
                           + "; ".join(off))


def day_care_dates(ex: Extraction, spec: Spec) -> None:
    """The same day care is promised by different dates in two sections."""
    ld = next(p for p in ex.procurements if p.service.startswith("External day services"))
    pd = next(p for p in ex.procurements if p.service.startswith("External day care used"))
    a, b = ld.stages["contract_start"], pd.stages["contract_start"]
    if a.earliest != b.earliest:
        ex.finding(check="document", severity="warning", area_code=spec.area("kent").code, line=pd.line,
                   locator=pd.locator,
                   message=(f"the same external learning disability day care is to be commissioned "
                            f"'{b.text}' in the physical disability section but '{a.text}' "
                            f"in the learning disability section (line {ld.line})"))


def equipment_end_date(ex: Extraction, spec: Spec) -> None:
    """The equipment contract's end is stated once as a date; it must match start + five years."""
    n = locate(ex.doc, "community equipment services to NRS", "30 November 2020")
    ices = next(p for p in ex.procurements if p.service == "Integrated Community Equipment Service")
    if ices.stages["contract_end"].earliest != parse_date_text("30 November 2020").earliest:
        ex.finding(check="document", severity="warning", area_code=spec.area("kent").code, line=n,
                   message="equipment contract end date differs from its start plus five years")
