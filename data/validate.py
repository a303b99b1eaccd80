"""Checks on the extracted tables: schema first, then consistency with themselves.

Findings are reported, never fixed: the tables keep each figure as published, and
findings.csv says what does not add up, where, and by how much. Every message names
the figures it compares so a reader can check the arithmetic against the document.

Checks (the `check` column of findings.csv):
- schema (error): a row the atlas cannot trust as typed: unknown code, measure,
  unit or qualifier, a value out of its possible range, malformed dates.
- dates: a procurement date with an impossible year such as '20025' (warning) or wording
  that names no date (info), or stages that cannot be in order whatever the vague dates
  mean (warning: only when even the most generous reading of each range fails).
- conflicts (warning): one document giving two different values for the same figure.
- totals (warning): a total row that differs from the sum of its parts by more than rounding.
- pct_vs_count (warning): a count and a share whose implied population disagrees with
  the document's population figure, with the parent's, or jumps between periods.
- jumps: a count changing by more than 30% in five years, or a share falling while its
  count rises by more than 5% (warning); one area moving far from its siblings' median
  change in the same document (info).
Thresholds are the constants below, so a message can quote the rule it applied.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from statistics import median
from typing import TYPE_CHECKING

from data.model import Finding, area_registry
from data.seeds import document_registry
from data.store import period_year
from data.vocab import MEASURE_COLUMNS, MEASURES, PROCUREMENT_STAGES, QUALIFIERS, SERVICE_CATEGORIES, STAGE_LABELS

if TYPE_CHECKING:
    import pandas as pd

Row = dict[str, object]

# Units whose values add up across areas; shares, rates and years do not.
ADDITIVE_UNITS = frozenset({"people", "units", "schemes", "homes", "beds", "count", "gbp", "gbp_thousands"})
# Qualifiers whose figures describe the population rather than a policy choice.
OBSERVED_QUALIFIERS = frozenset({"count", "estimate", "projection", "approximate"})

TOTAL_REL_TOLERANCE = 0.001     # 0.1% of the total ...
TOTAL_PART_ROUNDING = 0.5       # ... or half a unit per part, whichever is larger
SHARE_POP_TOLERANCE = 0.01      # implied population vs stated population, beyond share rounding
IMPLIED_GROWTH_PER_YEAR = 0.03  # implied population changing faster than 3% a year is implausible
JUMP_FACTOR_5Y = 1.30           # a count changing by more than 30% in five years
JUMP_MIN_VALUE = 50             # smaller counts move too much by chance to judge
SHARE_COUNT_RISE = 0.05         # count rising by more than 5% while its share falls
SIBLING_GAP_PP = 15.0           # a part's change this many points away from its siblings' median
SIBLING_MIN = 5                 # needs at least this many siblings to speak of a median


def _num(value: object) -> float | None:
    try:
        out = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return None
    return out if math.isfinite(out) else None


def _int(value: object) -> int:
    n = _num(value)
    return int(n) if n is not None and n.is_integer() else 0


def _fmt(value: float) -> str:
    """A number as a person would write it: thousands separators, no needless decimals."""
    if float(value).is_integer():
        return f"{value:,.0f}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def _pct(value: float) -> str:
    return f"{value:.1f}%"


def _where(row: Row) -> str:
    name = str(row.get("area_name") or "")
    code = str(row.get("area_code") or "")
    return f"{name} ({code})" if name and name != code else code


def _series(row: Row) -> str:
    breakdown = f", {row['breakdown']}" if row.get("breakdown") else ""
    return f"{row['measure']}{breakdown}"


def _finding(row: Row, check: str, severity: str, message: str, *, area_code: str | None = None,
             expected: float | None = None, observed: float | None = None) -> Finding:
    return Finding(
        doc_id=str(row.get("doc_id", "")), check=check, severity=severity, message=message,
        area_code=str(row.get("area_code", "")) if area_code is None else area_code,
        measure=str(row.get("measure", "")), period=str(row.get("period", "")),
        expected=expected, observed=observed, line=_int(row.get("line")), locator=str(row.get("locator", "")),
    )


def _lines(*rows: Row) -> str:
    numbers = sorted({_int(r.get("line")) for r in rows})
    return f"line {numbers[0]}" if len(numbers) == 1 else "lines " + "/".join(str(n) for n in numbers)


def _years(n: int) -> str:
    return "1 year" if n == 1 else f"{n} years"


def _is_change(measure: str) -> bool:
    """Changes ('..._change', '..._change_pct') may be negative, and percentage changes may exceed 100."""
    return "change" in measure


def _decimals(value: float) -> int:
    text = repr(float(value))
    return 0 if text.endswith(".0") else len(text.split(".")[1]) if "." in text and "e" not in text else 6


def _half_step(value: float, decimals: int = 0) -> float:
    """Half the last written digit: a share printed as 10.2 may be anything in [10.15, 10.25).

    A float forgets trailing zeros ('9.0%' arrives as 9.0), so `decimals` carries the
    precision the document uses for that measure elsewhere (see `_usual_decimals`).
    """
    return 0.5 * 10 ** -max(_decimals(value), decimals)


def _usual_decimals(rows: list[Row]) -> dict[tuple, int]:
    """(doc, measure) -> the most common number of decimals among its values that show any.

    Whole numbers are left out of the vote: 9.0 may have been printed '9' or '9.0'.
    A tie goes to fewer decimals, the wider (more forgiving) rounding range.
    """
    counts: dict[tuple, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for r in rows:
        places = _decimals(float(r["value"]))  # type: ignore[arg-type]
        if places:
            counts[(r["doc_id"], r["measure"])][places] += 1
    return {k: max(v, key=lambda d: (v[d], -d)) for k, v in counts.items()}


# --------------------------------------------------------------------------- schema

def _registries() -> tuple[dict[str, dict[str, str]], frozenset[str]]:
    areas = {a["area_code"]: a for a in area_registry()}
    docs = frozenset(d.doc_id for d in document_registry())
    return areas, docs


def measure_schema_findings(measures: list[Row]) -> list[Finding]:
    """Rows the rest of the atlas cannot trust as typed: reported as errors."""
    areas, docs = _registries()
    out: list[Finding] = []
    for r in measures:
        def err(message: str) -> None:
            out.append(_finding(r, "schema", "error", message))

        missing = [c for c in MEASURE_COLUMNS if c not in r]
        if missing:
            err(f"row lacks column(s) {', '.join(missing)}")
            continue
        if r["doc_id"] not in docs:
            err(f"document {r['doc_id']} is not in the document registry")
        if r["area_code"] not in areas:
            err(f"area code {r['area_code']} ({r['area_name']}) is not in the area registry")
        if not str(r["period"]).strip():
            err(f"{r['measure']} for {_where(r)} has no period")
        if r["qualifier"] not in QUALIFIERS:
            err(f"qualifier {r['qualifier']!r} is not one of {', '.join(QUALIFIERS)}")
        if _num(r["line"]) is None or _int(r["line"]) < 1:
            err(f"line {r['line']!r} is not a line number")
        value = _num(r["value"])
        if value is None:
            err(f"value {r['value']!r} of {r['measure']} for {_where(r)} is not a number")
        m = MEASURES.get(str(r["measure"]))
        if m is None:
            err(f"measure {r['measure']!r} is not in the vocabulary (data/vocab.py)")
            continue
        if r["unit"] != m.unit:
            err(f"{m.name} is measured in {m.unit}, but this row says {r['unit']}")
        if value is None or _is_change(m.name):
            continue
        if value < 0:
            err(f"{m.name} for {_where(r)} in {r['period']} is negative ({_fmt(value)})")
        elif m.unit == "percent" and value > 100:
            err(f"{m.name} for {_where(r)} in {r['period']} is {_fmt(value)}%, more than 100%")
    return out


def _iso(value: object) -> tuple[date | None, bool]:
    """(date, ok): blank is (None, True); text that is not an ISO date is (None, False)."""
    if isinstance(value, date):
        return value, True
    text = "" if value is None else str(value).strip()
    if not text or text.lower() in {"nan", "nat", "none"}:
        return None, True
    try:
        return date.fromisoformat(text[:10]), True
    except ValueError:
        return None, False


_DIGITS = re.compile(r"\d+")


def _unplaced_dates(unplaced: list[tuple[str, str]]) -> list[tuple[str, str, list[str]]]:
    """Stage texts that could not be placed; a stage derived from an earlier one ('X + 2 years') joins it."""
    out: list[tuple[str, str, list[str]]] = []
    for label, text in unplaced:
        source = next((o for o in out if o[1] in text), None)
        if source:
            source[2].append(label)
        else:
            out.append((label, text, []))
    return out


def procurement_findings(procurements: list[Row]) -> list[Finding]:
    """Schema errors, unparsed date texts and stages that cannot be in order."""
    areas, docs = _registries()
    out: list[Finding] = []
    for p in procurements:
        service = str(p.get("service", ""))

        def add(check: str, severity: str, message: str, area_code: str = "") -> None:
            out.append(_finding(p, check, severity, message, area_code=area_code or str(p.get("authority_code", ""))))

        if p.get("doc_id") not in docs:
            add("schema", "error", f"document {p.get('doc_id')} is not in the document registry")
        for code in str(p.get("authority_code", "")).split("|"):
            if code not in areas:
                add("schema", "error", f"authority code {code!r} of {service!r} is not in the area registry", code)
        if p.get("category") not in SERVICE_CATEGORIES:
            add("schema", "error", f"category {p.get('category')!r} of {service!r} is not a service category")
        spans: list[tuple[str, date, date]] = []
        unplaced: list[tuple[str, str]] = []
        for stage in PROCUREMENT_STAGES:
            label = STAGE_LABELS[stage].lower()
            text = str(p.get(f"{stage}_text") or "").strip()
            earliest, ok1 = _iso(p.get(f"{stage}_earliest"))
            latest, ok2 = _iso(p.get(f"{stage}_latest"))
            if not (ok1 and ok2):
                add("schema", "error", f"{service}: {label} has a date that is not YYYY-MM-DD")
                continue
            if (earliest is None) != (latest is None):
                add("schema", "error", f"{service}: {label} has only one of its earliest/latest dates")
                continue
            if earliest is None or latest is None:
                if text:
                    unplaced.append((label, text))
                continue
            if earliest > latest:
                add("schema", "error", f"{service}: {label} runs from {earliest} to {latest}, earliest after latest")
                continue
            spans.append((stage, earliest, latest))
        for label, text, derived in _unplaced_dates(unplaced):
            also = f"; the {' and '.join(derived)} date worked out from it is left off too" if derived else ""
            years = [y for y in _DIGITS.findall(text) if len(y) >= 4]
            if years:
                add("dates", "warning",
                    f"{service}: {label} is written {text!r}; {years[0]} is not a possible year, so the date "
                    f"is left off the timeline{also}")
            else:
                add("dates", "info",
                    f"{service}: {label} is written {text!r}, which names no date the timeline can place{also}")
        for (s1, e1, l1), (s2, e2, l2) in zip(spans, spans[1:]):
            if l2 < e1:  # even the latest reading of the later stage precedes the earliest of the earlier one
                t1 = p.get(f"{s1}_text") or f"{e1}-{l1}"
                t2 = p.get(f"{s2}_text") or f"{e2}-{l2}"
                add("dates", "warning",
                    f"{service}: {STAGE_LABELS[s2].lower()} ({t2!r}, by {l2}) cannot come after "
                    f"{STAGE_LABELS[s1].lower()} ({t1!r}, from {e1}): the stages are out of order")
    return out


def schema_findings(measures: list[Row], procurements: list[Row]) -> list[Finding]:
    return measure_schema_findings(measures) + procurement_findings(procurements)


def _clean(measures: list[Row]) -> list[Row]:
    """The rows consistency checks may use: known measure and area, numeric value, a year."""
    areas, _ = _registries()
    rows = []
    for r in measures:
        m = MEASURES.get(str(r.get("measure")))
        if m is None or r.get("unit") != m.unit or r.get("area_code") not in areas or _num(r.get("value")) is None:
            continue
        rows.append(r)
    return rows


# --------------------------------------------------------------------------- conflicts

def conflict_findings(measures: list[Row]) -> list[Finding]:
    """One document giving two values for the same figure (same area, period, breakdown, qualifier)."""
    groups: dict[tuple, list[Row]] = defaultdict(list)
    for r in _clean(measures):
        groups[(r["doc_id"], r["area_code"], r["measure"], r["period"], r["breakdown"], r["qualifier"])].append(r)
    out = []
    for rows in groups.values():
        values = sorted({float(r["value"]) for r in rows})  # type: ignore[arg-type]
        if len(values) < 2:
            continue
        rows = sorted(rows, key=lambda r: _int(r["line"]))
        listed = "; ".join(f"{_fmt(float(r['value']))} at line {r['line']}" for r in rows)  # type: ignore[arg-type]
        first = rows[0]
        out.append(_finding(first, "conflicts", "warning",
                            f"{_series(first)} for {_where(first)} in {first['period']} is given as {listed}",
                            expected=values[0], observed=values[-1]))
    return out


# --------------------------------------------------------------------------- totals

@dataclass(frozen=True)
class TotalComparison:
    """One total row set against the sum of its parts, whether or not they agree."""

    parent: Row
    tier: str
    parts: tuple[Row, ...]
    parts_sum: float
    tolerance: float

    @property
    def total(self) -> float:
        return float(self.parent["value"])  # type: ignore[arg-type]

    @property
    def difference(self) -> float:
        """Total minus the sum of its parts (positive: the total is larger)."""
        return self.total - self.parts_sum

    @property
    def difference_pct(self) -> float | None:
        return None if self.parts_sum == 0 else 100 * self.difference / self.parts_sum

    @property
    def agrees(self) -> bool:
        return abs(self.difference) <= self.tolerance + 1e-9


def _children_by_tier() -> dict[str, dict[str, list[str]]]:
    out: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for a in area_registry():
        if a["parent_code"]:
            out[a["parent_code"]][a["tier"]].append(a["area_code"])
    return out


def _nearest(candidates: list[Row], to: Row) -> Row:
    """The part row most likely from the same table as the total: same section, same qualifier, nearest line."""
    return min(candidates, key=lambda r: (r.get("section") != to.get("section"),
                                          r.get("qualifier") != to.get("qualifier"),
                                          abs(_int(r["line"]) - _int(to["line"]))))


def total_comparisons(measures: list[Row]) -> list[TotalComparison]:
    """Every place a document gives a parent area and ALL its parts of one tier for the same figure.

    Parts are grouped by tier because one parent has several complete partitions
    (Kent's 12 districts and its 7 clinical commissioning groups); each is compared
    on its own. Shares, rates and years are not additive and are skipped.
    """
    tiers = _children_by_tier()
    groups: dict[tuple, dict[str, list[Row]]] = defaultdict(lambda: defaultdict(list))
    for r in _clean(measures):
        if r["unit"] in ADDITIVE_UNITS and not _is_change(str(r["measure"])):
            groups[(r["doc_id"], r["measure"], r["period"], r["breakdown"], r["unit"])][str(r["area_code"])].append(r)
    out = []
    for by_area in groups.values():
        for parent_code, parent_rows in by_area.items():
            for tier, children in tiers.get(parent_code, {}).items():
                if not all(c in by_area for c in children):
                    continue
                for parent in parent_rows:
                    parts = tuple(_nearest(by_area[c], parent) for c in children)
                    total = sum(float(p["value"]) for p in parts)  # type: ignore[arg-type]
                    tolerance = max(TOTAL_PART_ROUNDING * len(parts), TOTAL_REL_TOLERANCE * abs(float(parent["value"])))  # type: ignore[arg-type]
                    out.append(TotalComparison(parent, tier, parts, total, tolerance))
    return out


def _plural(tier: str, n: int) -> str:
    if n == 1:
        return tier
    return tier[:-1] + "ies" if tier.endswith("y") else tier + "s"


def total_findings(measures: list[Row]) -> list[Finding]:
    out = []
    for c in total_comparisons(measures):
        if c.agrees:
            continue
        p = c.parent
        lines = sorted({_int(r["line"]) for r in c.parts})
        span = f"lines {lines[0]}-{lines[-1]}" if len(lines) > 1 else f"line {lines[0]}"
        bigger = "exceeds" if c.difference > 0 else "falls short of"
        pct = f" ({_pct(abs(c.difference_pct))})" if c.difference_pct is not None else ""
        out.append(_finding(
            p, "totals", "warning",
            f"{_series(p)} {p['period']}: {_where(p)} is {_fmt(c.total)}, but its {len(c.parts)} "
            f"{_plural(c.tier, len(c.parts))} ({span}) sum to {_fmt(c.parts_sum)}; the total {bigger} "
            f"the parts by {_fmt(abs(c.difference))}{pct}, more than rounding allows ({_fmt(round(c.tolerance, 1))})",
            expected=c.parts_sum, observed=c.total))
    return out


# --------------------------------------------------------------------------- pct vs count

def share_pairs() -> dict[str, str]:
    """Count measures with a share companion in the vocabulary ('carers_unpaid' -> 'carers_unpaid_pct')."""
    return {
        name: f"{name}_pct" for name, m in MEASURES.items()
        if m.unit in ADDITIVE_UNITS and MEASURES.get(f"{name}_pct") and MEASURES[f"{name}_pct"].unit == "percent"
    }


@dataclass(frozen=True)
class ImpliedBase:
    """The population a count and its share imply (count / share * 100), with the range share rounding allows."""

    count: Row
    share: Row
    decimals: int  # the share's printed precision (at least its usual one in the document)

    @property
    def half_step(self) -> float:
        """How far the printed share may be from the true one."""
        return 0.5 * 10 ** -self.decimals

    @property
    def value(self) -> float:
        return float(self.count["value"]) / float(self.share["value"]) * 100  # type: ignore[arg-type]

    @property
    def low(self) -> float:
        return float(self.count["value"]) / (float(self.share["value"]) + self.half_step) * 100  # type: ignore[arg-type]

    @property
    def high(self) -> float:
        s = float(self.share["value"])  # type: ignore[arg-type]
        return float(self.count["value"]) / max(s - self.half_step, 1e-9) * 100  # type: ignore[arg-type]

    def describe(self) -> str:
        c, s = self.count, self.share
        return (f"{_fmt(float(c['value']))} at {float(s['value']):.{self.decimals}f}% "  # type: ignore[arg-type]
                f"({_lines(c, s)}) implies {_fmt(round(self.value))}")

    def gap(self, low: float, high: float) -> float:
        """Relative distance between this base's range and [low, high]; 0 when they overlap."""
        if self.high < low:
            return (low - self.high) / low
        if self.low > high:
            return (self.low - high) / high
        return 0.0


def implied_bases(measures: list[Row]) -> dict[tuple, ImpliedBase]:
    """(doc, area, count measure, period, breakdown) -> the base its count and share imply."""
    pairs = share_pairs()
    clean = _clean(measures)
    decimals = _usual_decimals(clean)
    by_key: dict[tuple, list[Row]] = defaultdict(list)
    for r in clean:
        by_key[(r["doc_id"], r["area_code"], r["measure"], r["period"], r["breakdown"])].append(r)
    out = {}
    for (doc, area, measure, period, breakdown), counts in by_key.items():
        shares = by_key.get((doc, area, pairs.get(str(measure), ""), period, breakdown))
        if not shares or measure not in pairs:
            continue
        count = min(counts, key=lambda r: _int(r["line"]))
        share = _nearest(shares, count)
        if float(share["value"]) > 0:  # type: ignore[arg-type]
            places = max(_decimals(float(share["value"])), decimals.get((doc, share["measure"]), 0))  # type: ignore[arg-type]
            out[(doc, area, measure, period, breakdown)] = ImpliedBase(count, share, places)
    return out


def pct_vs_count_findings(measures: list[Row]) -> list[Finding]:
    """Counts and shares that cannot both be right for any one population."""
    bases = implied_bases(measures)
    clean = _clean(measures)
    out: list[Finding] = []
    # 1. against the document's own population figure for the same area, period and group
    populations: dict[tuple, list[Row]] = defaultdict(list)
    for r in clean:
        if r["measure"] == "population":
            populations[(r["doc_id"], r["area_code"], r["period"], r["breakdown"])].append(r)
    for (doc, area, measure, period, breakdown), base in bases.items():
        for pop in populations.get((doc, area, period, breakdown), []):
            p = float(pop["value"])  # type: ignore[arg-type]
            gap = base.gap(p, p)
            if gap > SHARE_POP_TOLERANCE:
                out.append(_finding(
                    base.count, "pct_vs_count", "warning",
                    f"{_series(base.count)} {period} for {_where(base.count)}: {base.describe()} people in all "
                    f"({_fmt(round(base.low))}-{_fmt(round(base.high))} allowing for the share's rounding), but the "
                    f"document's population is {_fmt(p)} (line {pop['line']}), {_pct(100 * gap)} outside that range",
                    expected=p, observed=round(base.value, 1)))
    # 2. the same area's implied population from one period to the next
    series: dict[tuple, list[ImpliedBase]] = defaultdict(list)
    for (doc, area, measure, period, breakdown), base in bases.items():
        if period_year(str(period)) is not None:
            series[(doc, area, measure, breakdown)].append(base)
    for items in series.values():
        items.sort(key=lambda b: period_year(str(b.count["period"])))  # type: ignore[arg-type, return-value]
        for a, b in zip(items, items[1:]):
            ya, yb = period_year(str(a.count["period"])), period_year(str(b.count["period"]))
            if ya is None or yb is None or yb <= ya:
                continue
            # the smallest change the rounded shares allow
            if b.low > a.high:
                change = b.low / a.high - 1
            elif b.high < a.low:
                change = b.high / a.low - 1
            else:
                continue
            yearly = (1 + change) ** (1 / (yb - ya)) - 1
            if abs(yearly) > IMPLIED_GROWTH_PER_YEAR:
                out.append(_finding(
                    b.count, "pct_vs_count", "warning",
                    f"{_series(b.count)} for {_where(b.count)}: in {a.count['period']} {a.describe()} in all, in "
                    f"{b.count['period']} {b.describe()}; even allowing for rounding that total would "
                    f"{'grow' if change > 0 else 'shrink'} by at least {_pct(100 * abs(change))} in {_years(yb - ya)} "
                    f"({_pct(100 * abs(yearly))} a year, more than {_pct(100 * IMPLIED_GROWTH_PER_YEAR)}), "
                    f"so the count or the share is likely misprinted",
                    expected=round(a.value, 1), observed=round(b.value, 1)))
    # 3. a parent's implied population against the sum of its parts' implied populations
    tiers = _children_by_tier()
    for (doc, area, measure, period, breakdown), base in bases.items():
        for tier, children in tiers.get(str(area), {}).items():
            parts = [bases.get((doc, c, measure, period, breakdown)) for c in children]
            if not all(parts):
                continue
            low = sum(p.low for p in parts if p)
            high = sum(p.high for p in parts if p)
            gap = base.gap(low, high)
            if gap > SHARE_POP_TOLERANCE:
                mid = sum(p.value for p in parts if p)
                out.append(_finding(
                    base.count, "pct_vs_count", "warning",
                    f"{_series(base.count)} {period} for {_where(base.count)}: {base.describe()} in all, "
                    f"but its {len(parts)} {_plural(tier, len(parts))}' own counts and shares imply "
                    f"{_fmt(round(mid))} together ({_pct(100 * gap)} apart beyond rounding)",
                    expected=round(mid, 1), observed=round(base.value, 1)))
    return out


# --------------------------------------------------------------------------- jumps

def _series_points(measures: list[Row]) -> dict[tuple, list[tuple[int, Row]]]:
    """(doc, area, measure, breakdown) -> [(year, row)], one row per year (the first printed)."""
    out: dict[tuple, dict[int, Row]] = defaultdict(dict)
    for r in sorted(_clean(measures), key=lambda r: _int(r["line"])):
        if r["qualifier"] not in OBSERVED_QUALIFIERS or _is_change(str(r["measure"])):
            continue
        year = period_year(str(r["period"]))
        if year is not None:
            out[(r["doc_id"], r["area_code"], r["measure"], r["breakdown"])].setdefault(year, r)
    return {k: sorted(v.items(), key=lambda item: item[0]) for k, v in out.items()}


def jump_findings(measures: list[Row]) -> list[Finding]:
    """Changes between periods that a count of people rarely makes."""
    points = _series_points(measures)
    decimals = _usual_decimals(_clean(measures))
    out: list[Finding] = []
    # 1. a count changing by more than 30% in five years (scaled to the gap between periods)
    for (doc, area, measure, breakdown), pts in points.items():
        if MEASURES[str(measure)].unit not in ADDITIVE_UNITS:
            continue
        for (ya, a), (yb, b) in zip(pts, pts[1:]):
            va, vb = float(a["value"]), float(b["value"])  # type: ignore[arg-type]
            if min(va, vb) < JUMP_MIN_VALUE:
                continue
            limit = JUMP_FACTOR_5Y ** (max(yb - ya, 5) / 5)  # year-to-year noise is allowed the five-year margin
            ratio = vb / va
            if ratio > limit or ratio < 1 / limit:
                out.append(_finding(
                    b, "jumps", "warning",
                    f"{_series(b)} for {_where(b)} goes from {_fmt(va)} in {a['period']} (line {a['line']}) to "
                    f"{_fmt(vb)} in {b['period']} (line {b['line']}), {'+' if ratio > 1 else ''}{_pct(100 * (ratio - 1))} "
                    f"in {_years(yb - ya)}, more than the {_pct(100 * (limit - 1))} this check allows",
                    expected=va, observed=vb))
    # 2. a share falling while its count rises by more than 5%, or the reverse
    for count_measure, share_measure in share_pairs().items():
        for (doc, area, measure, breakdown), counts in points.items():
            if measure != count_measure:
                continue
            shares = dict(points.get((doc, area, share_measure, breakdown), []))
            both = [(y, c, shares[y]) for y, c in counts if y in shares]
            for (ya, ca, sa), (yb, cb, sb) in zip(both, both[1:]):
                growth = float(cb["value"]) / float(ca["value"]) - 1  # type: ignore[arg-type]
                va, vb = float(sa["value"]), float(sb["value"])  # type: ignore[arg-type]
                usual = decimals.get((doc, share_measure), 0)
                step = _half_step(va, usual) + _half_step(vb, usual)
                if (growth > SHARE_COUNT_RISE and vb < va - step) or (growth < -SHARE_COUNT_RISE and vb > va + step):
                    out.append(_finding(
                        cb, "jumps", "warning",
                        f"{_series(cb)} for {_where(cb)}: from {ca['period']} to {cb['period']} the count "
                        f"{'rises' if growth > 0 else 'falls'} {_pct(100 * abs(growth))} "
                        f"({_fmt(float(ca['value']))} to {_fmt(float(cb['value']))}) while its share "
                        f"{'falls' if growth > 0 else 'rises'} from {va:.{max(usual, _decimals(va))}f}% "
                        f"to {vb:.{max(usual, _decimals(vb))}f}% "
                        f"({_lines(sa, sb)})",
                        expected=va, observed=vb))
    # 3. a part moving against all its siblings between the same two periods
    tiers = _children_by_tier()
    by_parent: dict[tuple, list[tuple[str, list[tuple[int, Row]]]]] = defaultdict(list)
    area_parent = {a["area_code"]: (a["parent_code"], a["tier"]) for a in area_registry()}
    for (doc, area, measure, breakdown), pts in points.items():
        if MEASURES[str(measure)].unit in ADDITIVE_UNITS and str(area) in area_parent:
            parent, tier = area_parent[str(area)]
            if parent and tier in tiers.get(parent, {}):
                by_parent[(doc, parent, tier, measure, breakdown)].append((str(area), pts))
    for siblings in by_parent.values():
        changes: dict[tuple[int, int], list[tuple[float, Row, Row]]] = defaultdict(list)
        for _, pts in siblings:
            for (ya, a), (yb, b) in zip(pts, pts[1:]):
                va = float(a["value"])  # type: ignore[arg-type]
                if va >= JUMP_MIN_VALUE:
                    changes[(ya, yb)].append((100 * (float(b["value"]) / va - 1), a, b))  # type: ignore[arg-type]
        for items in changes.values():
            if len(items) < SIBLING_MIN:
                continue
            mid = median(c for c, _, _ in items)
            for change, a, b in items:
                if abs(change - mid) > SIBLING_GAP_PP:
                    out.append(_finding(
                        b, "jumps", "info",
                        f"{_series(b)} for {_where(b)} changes {'+' if change > 0 else ''}{_pct(change)} from "
                        f"{a['period']} to {b['period']} ({_fmt(float(a['value']))} to {_fmt(float(b['value']))}), "
                        f"while the median of its {len(items)} sibling areas in this document changes "
                        f"{'+' if mid > 0 else ''}{_pct(mid)}",
                        expected=round(mid, 2), observed=round(change, 2)))
    return out


# --------------------------------------------------------------------------- entry points

def validate_tables(measures: list[Row], procurements: list[Row]) -> list[Finding]:
    """All checks, in a fixed order; the rows are read, never changed."""
    return [
        *schema_findings(measures, procurements),
        *conflict_findings(measures),
        *total_findings(measures),
        *pct_vs_count_findings(measures),
        *jump_findings(measures),
    ]


SEVERITY_ORDER: tuple[str, ...] = ("error", "warning", "info")


def findings_summary(findings: "pd.DataFrame") -> "pd.DataFrame":
    """Counts per document and check, one column per severity, for a data-quality overview.

    Takes the frame `data.store.load_findings()` returns; an empty frame gives an empty summary
    with the same columns, so a page can always render it.
    """
    import pandas as pd

    columns = ["doc_id", "check", *SEVERITY_ORDER, "total"]
    if findings.empty:
        return pd.DataFrame({c: pd.Series(dtype="int64" if c in (*SEVERITY_ORDER, "total") else "str") for c in columns})
    counts = (findings.groupby(["doc_id", "check", "severity"]).size()
              .unstack("severity", fill_value=0)
              .reindex(columns=list(SEVERITY_ORDER), fill_value=0))
    counts.columns.name = None
    counts["total"] = counts.sum(axis=1)
    return counts.reset_index()[columns].astype({c: "int64" for c in (*SEVERITY_ORDER, "total")})

