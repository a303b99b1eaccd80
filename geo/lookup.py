"""Which boundary vintage and shape an area code is drawn with, and what it is today.

Figures are published for the geography of their day: a 2015 Bournemouth figure belongs on
a 2013-vintage shape, and on today's map it sits inside Bournemouth, Christchurch and
Poole. Everything here comes from data/registry/areas.csv (the one source of codes,
parents, successors and validity dates) and never opens a boundary file, so it is cheap.
"""
from __future__ import annotations

from functools import lru_cache

from dataclasses import dataclass
from datetime import date
from typing import Iterable, NamedTuple

from data.model import area_registry
from data.paths import areas_csv

# The 2013 file shows the districts as they stood until the 2019 reorganisations;
# the 2023 file shows them from then on. The first year the later vintage applies:
FIRST_YEAR_OF_2023_VINTAGE = 2019
VINTAGE_DATES = {"2013": date(2013, 4, 1), "2023": date(2023, 5, 1)}


class UnknownArea(LookupError):
    """An area code that is not in data/registry/areas.csv."""


@dataclass(frozen=True)
class BoundaryRef:
    vintage: str  # "2013" or "2023": the file holding the shape
    shape_code: str  # the code of the shape in that vintage (a district or a dissolved county)
    successor_code: str  # the code that covers it on today's (2023) map
    note: str  # what a reader should be told when it is shown on today's map ("" if nothing)


class Today(NamedTuple):
    code: str
    name: str


def _rows() -> dict[str, dict[str, str]]:
    # built once per registry: area() is called per figure on every page rerun
    return _index(str(areas_csv()))


@lru_cache(maxsize=4)
def _index(registry_path: str) -> dict[str, dict[str, str]]:
    return {row["area_code"]: row for row in area_registry()}


def area(code: str) -> dict[str, str]:
    try:
        return _rows()[code]
    except KeyError:
        raise UnknownArea(f"Area code {code!r} is not in data/registry/areas.csv") from None


def _year(text: str) -> int | None:
    return int(text[:4]) if text else None


def period_year(period: str) -> int | None:
    """The year a figure's period string stands for, as data.store places it on a time axis.

    Imported lazily: data.store pulls in pandas, which `python -m geo.prepare` never needs.
    """
    from data.store import period_year as store_period_year

    return store_period_year(period)


def exists_in(code: str, vintage: str) -> bool:
    """Whether the area existed at the vintage's date, by the registry's validity dates."""
    row = area(code)
    when = VINTAGE_DATES[vintage]
    starts = date.fromisoformat(row["valid_from"]) if row["valid_from"] else None
    ends = date.fromisoformat(row["valid_to"]) if row["valid_to"] else None
    return (starts is None or starts <= when) and (ends is None or when <= ends)


def has_shape(code: str) -> bool:
    return area(code)["boundary"] in ("lad", "dissolve")


def no_shape_reason(code: str) -> str | None:
    """Why an area is not drawn (None when it is), in words for the page."""
    row = area(code)
    if has_shape(code):
        return None
    ended = f", abolished {row['valid_to']}" if row["valid_to"] else ""
    return f"{row['name']} is a {row['tier']}{ended}; the atlas holds no boundary for it, so it is not mapped."


def successor_today(code: str) -> Today:
    """The area that covers `code` today, following successors (Shepway -> Folkestone and Hythe)."""
    seen = []
    row = area(code)
    while row["successor_code"] and row["area_code"] not in seen:
        seen.append(row["area_code"])
        row = area(row["successor_code"])
    return Today(row["area_code"], row["current_name"] or row["name"])


def vintage_for(code: str, year: int | None = None) -> str:
    """The vintage that holds the area, preferring the one matching the figure's year."""
    preferred = "2023" if year is None or year >= FIRST_YEAR_OF_2023_VINTAGE else "2013"
    other = "2013" if preferred == "2023" else "2023"
    for vintage in (preferred, other):
        if exists_in(code, vintage):
            return vintage
    raise UnknownArea(f"Area {code} existed in neither boundary vintage (2013, 2023) by the registry's dates")


def _since(row: dict[str, str]) -> str:
    return f" ({row['valid_from'][:4]}-)" if row["valid_from"] else ""


def _note(code: str, year: int | None) -> str:
    row = area(code)
    when = str(year) if year else (f"until {row['valid_to'][:4]}" if row["valid_to"] else "")
    label = f"{row['name']} ({when})" if when else row["name"]
    today = successor_today(code)
    if today.code != code:
        successor = area(today.code)
        text = f"{label} shown within {today.name}{_since(successor)}"
        # A dissolved county whose districts went different ways (Christchurch joined BCP).
        others = []
        for child in area_registry():
            if child["parent_code"] == code and child["boundary"] == "lad":
                child_today = successor_today(child["area_code"])
                if child_today.code != today.code:
                    others.append(f"{child['name']} is now in {child_today.name}")
        return text + ("; " + "; ".join(others) if others else "")
    if row["current_name"] and row["current_name"] != row["name"]:
        return f"{label} is {row['current_name']} today (same area code)"
    return ""


def boundary_for(area_code: str, period_year: int | None = None) -> BoundaryRef | None:
    """Which vintage and shape to draw a figure for `area_code` with; None when unmapped.

    `period_year` is the year the figure is for (see `period_year()`); without it the
    latest vintage holding the area is used. Use `no_shape_reason()` to say why None.
    """
    if not has_shape(area_code):
        return None
    vintage = vintage_for(area_code, period_year)
    return BoundaryRef(
        vintage=vintage,
        shape_code=area_code,
        successor_code=successor_today(area_code).code,
        note=_note(area_code, period_year),
    )


def districts_of(parent_code: str, vintage: str) -> list[str]:
    """The districts a dissolved county is built from, as they stood in `vintage`."""
    return [
        row["area_code"] for row in area_registry()
        if row["parent_code"] == parent_code and row["boundary"] == "lad" and exists_in(row["area_code"], vintage)
    ]


def dissolve_parents() -> list[str]:
    return [row["area_code"] for row in area_registry() if row["boundary"] == "dissolve"]


def map_codes(area_codes: Iterable[str], vintage: str) -> list[str]:
    """The shapes for a map of some areas: each area, and a dissolved county's districts too.

    Areas without a shape (CCGs, England) are left out; order follows the input.
    """
    out: list[str] = []
    for code in area_codes:
        if not has_shape(code):
            continue
        extra = districts_of(code, vintage) if area(code)["boundary"] == "dissolve" else []
        for c in (code, *extra):
            if c not in out:
                out.append(c)
    return out
