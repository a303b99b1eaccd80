"""The proposer's output: one row per proposed figure or procurement date, in PROPOSAL_COLUMNS."""
from __future__ import annotations

from dataclasses import dataclass, field

PROPOSAL_COLUMNS: tuple[str, ...] = (
    "line", "kind", "theme", "measure", "area_code", "area_name", "period", "value", "unit", "qualifier",
    "breakdown", "service", "stage", "date_text", "earliest", "latest", "term_months", "confidence", "text",
)


@dataclass
class Proposals:
    authority: str
    own_name: str = ""  # the place the document's title names as its council (the authority, as written)
    rows: list[dict[str, object]] = field(default_factory=list)
    seen: set[tuple[object, ...]] = field(default_factory=set)
    # a plan's row references and the services they name ('ASC-CP-021' -> 'Home Care Framework'): a note led by the
    # reference ('ASC-CP-021: the framework was due to end on ...') is about that row's service
    references: dict[str, str] = field(default_factory=dict)

    def add(self, **row: object) -> None:
        out = {c: row.get(c, "") for c in PROPOSAL_COLUMNS}
        # (two places the registry does not hold are told apart by name: '442 units in eight schemes' and '434 units in
        # 8 schemes' in two localities' columns of one row are two figures)
        key = (out["line"], out["kind"], out["measure"], out["value"], out["area_code"] or out["area_name"],
               out["period"], out["stage"], out["earliest"], out["breakdown"])
        if key in self.seen:
            return
        self.seen.add(key)
        self.rows.append(out)
