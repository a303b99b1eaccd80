"""Pure helpers: the page list, medians, ratios and the printed table.

Kept free of browsers and servers so the arithmetic behind every reported figure can be
unit-tested on its own.
"""
from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import Iterable, Sequence

from components import navigation



@dataclass(frozen=True)
class BenchPage:
    url_path: str   # "" is the home page
    title: str | None  # the h1 the page must show when it has rendered; None: any h1
    views: tuple[str, ...] = ()  # the page's other tabs, as query strings: each is opened by a click on its tab

    @property
    def label(self) -> str:
        return self.url_path or "home"


def bench_pages() -> list[BenchPage]:
    """Every page of the dashboard, from the app's own navigation list, so new pages join automatically."""
    return [BenchPage(p.url_path, p.title, p.views) for p in navigation.PAGES]


def switch_order(pages: Sequence[BenchPage]) -> list[BenchPage]:
    """The order pages are visited after a cold load of the first one: every other page, then back to the first.

    Every page, the first included, is thus reached by a switch from another page.
    """
    if not pages:
        return []
    return [*pages[1:], pages[0]]


def median(values: Iterable[float | None]) -> float | None:
    """Median of the measured values; None when nothing was measured (a failed or skipped step)."""
    present = [v for v in values if v is not None]
    return statistics.median(present) if present else None


def ratio(value: float | None, baseline: float | None) -> float | None:
    """How many times the baseline a figure is; None when either side is missing or the baseline is zero."""
    if value is None or baseline is None or baseline == 0:
        return None
    return value / baseline


def medians_by_key(runs: Sequence[dict[str, float | None]]) -> dict[str, float | None]:
    """Per-key medians over runs (keys in first-seen order); a key missing from a run counts as not measured."""
    keys: list[str] = []
    for run in runs:
        for key in run:
            if key not in keys:
                keys.append(key)
    return {key: median(run.get(key) for run in runs) for key in keys}


def fmt_seconds(value: float | None) -> str:
    return "-" if value is None else f"{value:.2f} s"


def fmt_bytes(value: float | None) -> str:
    if value is None:
        return "-"
    if value >= 1_000_000:
        return f"{value / 1_000_000:.2f} MB"
    if value >= 1_000:
        return f"{value / 1_000:.1f} KB"
    return f"{value:.0f} B"


def fmt_ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.1f}x"


def table(headers: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    """A plain-text table with the first column left-aligned and the rest right-aligned."""
    widths = [max(len(str(c)) for c in col) for col in zip(headers, *rows)]

    def line(cells: Sequence[str]) -> str:
        return "  ".join(
            str(c).ljust(w) if i == 0 else str(c).rjust(w) for i, (c, w) in enumerate(zip(cells, widths))
        )

    return "\n".join([line(headers), line(["-" * w for w in widths]), *(line(r) for r in rows)])
