"""Figures of one theme for any authority: who has figures, its child areas, periods, totals and benchmarks.

Plain functions over DataFrames (no Streamlit), so the theme pages' logic is unit-tested on
its own. Nothing here knows a particular council: authorities, their districts and their
parents all come from the area registry (data/registry/areas.csv).
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property

import pandas as pd

from data.store import period_year
from data.vocab import MEASURES

# Tiers that are never a council to pick (they are benchmarks); abolished NHS bodies belong to their parent.
NOT_AUTHORITY_TIERS = ("country", "region", "clinical commissioning group")
MAPPED_CHILD = "lad"  # registry `boundary` of a child area drawn on a district map


def theme_measures(theme: str) -> list[str]:
    """Every measure the vocabulary files under `theme` ('carers', 'dementia', 'extra_care')."""
    return [name for name, spec in MEASURES.items() if spec.theme == theme]


def _owner(code: str, tiers: dict[str, str], parents: dict[str, str]) -> str | None:
    """The authority a figure for `code` belongs to: its parent council when it has one, else itself."""
    parent = parents.get(code, "")
    if parent and tiers.get(parent) not in NOT_AUTHORITY_TIERS and parent in tiers:
        return parent
    return None if tiers.get(code) in NOT_AUTHORITY_TIERS or code not in tiers else code


def theme_authorities(measures: pd.DataFrame, areas: pd.DataFrame, measure_names: Iterable[str]) -> pd.DataFrame:
    """Authorities with figures for these measures: area_code, name, child_figures, own_figures.

    A figure for a district counts for its county; a figure for a council with no parent council
    counts for itself; countries and regions are benchmarks, not authorities. Authorities with
    figures for their child areas come first (most figures first), then the rest by name.
    """
    rows = measures[measures["measure"].isin(list(measure_names))]
    tiers = dict(zip(areas["area_code"], areas["tier"]))
    parents = dict(zip(areas["area_code"], areas["parent_code"]))
    names = dict(zip(areas["area_code"], areas["name"]))
    counts: dict[str, list[int]] = {}
    for code in rows["area_code"]:
        owner = _owner(code, tiers, parents)
        if owner is None:
            continue
        tally = counts.setdefault(owner, [0, 0])
        tally[0 if owner != code else 1] += 1
    frame = pd.DataFrame([{"area_code": c, "name": names.get(c, c), "child_figures": n[0], "own_figures": n[1]}
                          for c, n in counts.items()], columns=["area_code", "name", "child_figures", "own_figures"])
    frame["_has_children"] = frame["child_figures"] > 0
    frame = frame.sort_values(["_has_children", "child_figures", "name"], ascending=[False, False, True])
    return frame.drop(columns="_has_children").reset_index(drop=True)


def authorities_model(tables, theme: str) -> pd.DataFrame:  # noqa: ANN001 - components.data_access.Tables
    """`theme_authorities` for a theme's measures (for components.view_cache.view_model: shared, read-only)."""
    return theme_authorities(tables.measures, tables.areas, theme_measures(theme))


def child_codes(areas: pd.DataFrame, parent_code: str, tiers: Sequence[str] | None = None,
                mapped_only: bool = False) -> list[str]:
    """Codes of the areas whose parent is `parent_code`, in registry order (optionally some tiers, or drawable ones)."""
    rows = areas[areas["parent_code"] == parent_code]
    if tiers is not None:
        rows = rows[rows["tier"].isin(list(tiers))]
    if mapped_only:
        rows = rows[rows["boundary"] == MAPPED_CHILD]
    return rows["area_code"].tolist()


def benchmark_areas(areas: pd.DataFrame, code: str) -> list[tuple[str, str]]:
    """The authority and each area above it ((code, name) pairs, nearest first): the county, the region, England."""
    names = dict(zip(areas["area_code"], areas["name"]))
    parents = dict(zip(areas["area_code"], areas["parent_code"]))
    chain, seen = [], set()
    while code and code in names and code not in seen:
        seen.add(code)
        chain.append((code, names[code]))
        code = parents.get(code, "")
    return chain


def sorted_periods(rows: pd.DataFrame) -> list[str]:
    """The distinct periods in time order (financial years by the year they start)."""
    periods = rows["period"].dropna().astype(str).unique().tolist()
    return sorted(periods, key=lambda p: (period_year(p) or 0, p))


def later_periods(periods: Sequence[str], start: str) -> list[str]:
    """The periods after `start` (for a change's end), or the last one when none is later."""
    later = [p for p in periods if (period_year(p) or 0) > (period_year(start) or 0)]
    return later or list(periods[-1:])


def map_vintage(codes: Iterable[str], period: str) -> str:
    """The boundary vintage that fits the figures' period (2013 for figures before the 2019 changes).

    Each area's vintage comes from the registry (geo.lookup.boundary_for); the one most of the
    areas need is used, so one map never mixes two vintages.
    """
    from geo.lookup import UnknownArea, boundary_for

    year = period_year(period)
    vintages = []
    for code in codes:
        try:
            ref = boundary_for(code, year)
        except UnknownArea:
            ref = None
        if ref is not None:
            vintages.append(ref.vintage)
    return max(sorted(set(vintages)), key=vintages.count) if vintages else "2023"


@dataclass(frozen=True)
class TotalsCheck:
    """The document's total for an authority against the sum of its child areas, for one period."""
    total: float | None  # None when the document gives no total row
    parts: float
    n_parts: int

    @property
    def difference(self) -> float | None:
        return None if self.total is None else self.total - self.parts

    @property
    def matches(self) -> bool:
        return self.difference is None or abs(self.difference) < 1


def totals_check(parts: pd.DataFrame, total: pd.DataFrame) -> TotalsCheck:
    """Parts and total rows of one measure and period (counts only: shares do not add up)."""
    value = float(total["value"].iloc[0]) if len(total) else None
    return TotalsCheck(value, float(parts["value"].sum()), len(parts))


def top_rows(rows: pd.DataFrame) -> pd.DataFrame:
    """The rows holding the highest value (all of them when several tie)."""
    return rows[rows["value"] == rows["value"].max()] if len(rows) else rows


def in_period(rows: pd.DataFrame, period: str | None, codes: Iterable[str] | None = None) -> pd.DataFrame:
    """Rows of one period, optionally for some areas only."""
    out = rows[rows["period"] == period]
    return out[out["area_code"].isin(list(codes))] if codes is not None else out


def main_group(rows: pd.DataFrame) -> str:
    """The breakdown the child areas' rows share ('aged 65+'), or '' (all) when they share none or several."""
    groups = rows["breakdown"].unique().tolist()
    return groups[0] if len(groups) == 1 else ""


def paired_table(counts: pd.DataFrame, shares: pd.DataFrame) -> pd.DataFrame:
    """One row per area with its count and share (figure frames of one period): area, value_text_count, value_text_share."""
    left = counts[["area_code", "area", "value_text", "qualifier", "source"]]
    right = shares[["area_code", "area", "value_text", "qualifier", "source"]]
    table = left.merge(right, on="area_code", how="outer", suffixes=("_count", "_share"))
    table["area"] = table["area_count"].fillna(table["area_share"])
    table["qualifier"] = table["qualifier_count"].fillna(table["qualifier_share"])
    table["source"] = table["source_count"].fillna(table["source_share"])
    return table.fillna("–").sort_values("area")[
        ["area_code", "area", "value_text_count", "value_text_share", "qualifier", "source"]].reset_index(drop=True)


def other_figures(rows: pd.DataFrame, shown: pd.DataFrame, areas: pd.DataFrame | None = None,
                  selected: str | None = None) -> pd.DataFrame:
    """The theme's figures for single-figure cards: not already drawn above (by row index), and, with `areas`,
    not those of another authority with a district view of its own (picking it shows them in full).

    A document's benchmark rows (England) go with the authority whose districts the document gives.
    """
    out = rows.drop(index=[i for i in shown.index if i in rows.index])
    if areas is None or out.empty:
        return out
    tiers = dict(zip(areas["area_code"], areas["tier"]))
    parents = dict(zip(areas["area_code"], areas["parent_code"]))
    owners = [_owner(c, tiers, parents) for c in rows["area_code"]]
    with_districts = {}  # doc_id -> authorities whose child areas it gives
    for doc_id, code, owner in zip(rows["doc_id"], rows["area_code"], owners):
        if owner is not None and owner != code:
            with_districts.setdefault(doc_id, set()).add(owner)
    owner_of = dict(zip(rows.index, owners))
    keep = [i for i, doc_id in zip(out.index, out["doc_id"])
            if not (with_districts.get(doc_id, set()) - {selected})
            or (owner_of[i] is not None and owner_of[i] not in with_districts.get(doc_id, set()))
            or owner_of[i] == selected]
    return out.loc[keep]


@dataclass(frozen=True)
class DistrictSpec:
    """What a theme page shows by child area: a count measure, optionally a share, and their words."""
    key: str                 # widget and chart keys ('carers')
    count: str               # measure of people ('carers_unpaid')
    count_label: str         # 'Unpaid carers'
    share: str | None = None  # measure of a share of population ('carers_unpaid_pct'), if the theme has one
    share_label: str = "Share of population"
    note: str = ""           # what the reader must know about the map's figure


@dataclass
class DistrictFigures:
    """One authority's figures for a theme, as figure frames (see components.charts.figure_frame)."""
    code: str
    name: str
    children: list[str]          # child areas with a figure, drawable on a district map
    counts: pd.DataFrame         # count rows: children, the authority's total and its parents' (same group)
    shares: pd.DataFrame         # share rows: children, the authority and the areas above it
    benchmarks: list[tuple[str, str]]  # (code, name): the authority and its parents, nearest first
    group: str                   # the child rows' breakdown ('aged 65+'), '' for all

    @property
    def has_children(self) -> bool:
        return bool(self.children)

    @cached_property  # worked out once per rerun (the page reads it a dozen times); read it, never change it
    def mapped(self) -> pd.DataFrame:
        """The rows the map colours: shares when the theme has them for the child areas, else counts."""
        shares = self.shares[self.shares["area_code"].isin(self.children)]
        return shares if len(shares) else self.counts[self.counts["area_code"].isin(self.children)]

    @property
    def periods(self) -> list[str]:
        return sorted_periods(self.mapped)

    def child_rows(self, which: str) -> pd.DataFrame:
        frame = self.shares if which == "share" else self.counts
        return frame[frame["area_code"].isin(self.children)]

    def total_rows(self) -> pd.DataFrame:
        return self.counts[self.counts["area_code"] == self.code]

    def used(self) -> pd.DataFrame:
        return pd.concat([self.counts, self.shares])


def district_figures(framed: pd.DataFrame, areas: pd.DataFrame, code: str, spec: DistrictSpec) -> DistrictFigures:
    """The authority's count and share rows for its drawable child areas, its own total and its benchmarks.

    `framed` is the measures table as a figure frame (area, value_text, source). Counts keep
    one group (the child areas' breakdown), so a county's 'all ages' row is never checked
    against districts' 'aged 65+' rows.
    """
    chain = benchmark_areas(areas, code)
    kids = child_codes(areas, code, mapped_only=True)
    codes = [*kids, *(c for c, _ in chain)]
    counts = framed[(framed["measure"] == spec.count) & framed["area_code"].isin(codes)]
    shares = framed[(framed["measure"] == spec.share) & framed["area_code"].isin(codes)] if spec.share else framed.iloc[0:0]
    child_rows = pd.concat([counts, shares])
    child_rows = child_rows[child_rows["area_code"].isin(kids)]
    if len(child_rows):
        # benchmarks from the documents that give the districts (another document's England row is a card)
        docs = set(child_rows["doc_id"])
        counts, shares = counts[counts["doc_id"].isin(docs)], shares[shares["doc_id"].isin(docs)]
    child_counts = counts[counts["area_code"].isin(kids)]
    group = main_group(child_counts) if len(child_counts) else ""
    if len(child_counts):
        counts = counts[counts["breakdown"] == group]
        shares = shares[shares["breakdown"] == group] if len(shares) else shares
    with_figures = set(counts["area_code"]) | set(shares["area_code"])
    children = [c for c in kids if c in with_figures]
    names = dict(zip(areas["area_code"], areas["name"]))
    return DistrictFigures(code, names.get(code, code), children, counts, shares, chain, group)


def area_and_below(areas: pd.DataFrame, code: str) -> list[str]:
    """The area and every area under it in the registry (districts, their wards, CCGs...), in registry order."""
    parents = dict(zip(areas["area_code"], areas["parent_code"]))
    out = []
    for candidate in areas["area_code"]:
        seen, node = set(), candidate
        while node and node not in seen:
            if node == code:
                out.append(candidate)
                break
            seen.add(node)
            node = parents.get(node, "")
    return out


def focus(measures: pd.DataFrame, areas: pd.DataFrame, code: str | None) -> pd.DataFrame:
    """The figures for one authority and the areas under it; every figure when `code` is None or 'all'."""
    if not code or code == "all":
        return measures
    return measures[measures["area_code"].isin(area_and_below(areas, code))]
