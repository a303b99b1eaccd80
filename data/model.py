"""Rows of the published tables, and the helpers specs use to build them with locators.

Every row carries its document id, line number and section title, so any figure the
dashboard shows can be traced to the sentence or table row it came from.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from data.dates import DateSpan
from data.paths import areas_csv
from data.seeds import Document, DocumentError
from data.vocab import MEASURES, PROCUREMENT_STAGES, QUALIFIERS, SERVICE_CATEGORIES


def area_registry(path: Path | None = None) -> tuple[dict[str, str], ...]:
    """The area registry's rows as text: the one reader of areas.csv ($CMA_DATA_DIR can point elsewhere)."""
    return _read_registry(str(path or areas_csv()))


@lru_cache(maxsize=4)
def _read_registry(path: str) -> tuple[dict[str, str], ...]:
    with open(path, newline="", encoding="utf-8") as fh:
        return tuple(csv.DictReader(fh))


def area_codes() -> frozenset[str]:
    return frozenset(a["area_code"] for a in area_registry())


def resolve_area(name: str, within: tuple[str, ...] = ()) -> str:
    """The area code for a name as a document writes it.

    `within` narrows the search to given tiers or parent codes, because the same name
    means different areas in one document ('Swale' is a district in one Kent table and
    a clinical commissioning group in the next).
    """
    key = " ".join(name.lower().replace("’", "'").split())
    hits = []
    for a in area_registry():
        aliases = [a["name"], *a["document_names"].split("|")]
        if key in {" ".join(x.lower().split()) for x in aliases if x}:
            if not within or a["tier"] in within or a["parent_code"] in within or a["area_code"] in within:
                hits.append(a["area_code"])
    if len(hits) != 1:
        found = "no area" if not hits else f"{len(hits)} areas ({', '.join(hits)})"
        hint = ""
        if not hits:
            from data.ingest.areas import suggest_areas  # near matches for a person to confirm, never taken

            near = suggest_areas(name, limit=3)
            hint = "; near matches: " + ", ".join(f"{n} ({c})" for c, n, _ in near) if near else ""
        raise DocumentError(f"Area name {name!r} matches {found} in the area registry (within={within}){hint}")
    return hits[0]


def make_locator(doc: Document, line: int, section: str, line_end: int | None = None) -> str:
    lines = f"L{line}" if not line_end or line_end == line else f"L{line}-{line_end}"
    return f"{doc.info.seed_file}:{lines} · {section}"


@dataclass
class MeasureRow:
    doc_id: str
    area_code: str
    area_name: str
    measure: str
    period: str
    value: float
    unit: str
    qualifier: str
    breakdown: str
    line: int
    section: str
    locator: str

    def as_dict(self) -> dict[str, object]:
        return self.__dict__.copy()


@dataclass
class ProcurementRow:
    procurement_id: str
    doc_id: str
    authority_code: str  # one or more codes joined with '|'
    service: str
    category: str
    status: str
    stages: dict[str, DateSpan]
    options: str
    line: int
    section: str
    locator: str

    def as_dict(self) -> dict[str, object]:
        out: dict[str, object] = {
            k: getattr(self, k)
            for k in ("procurement_id", "doc_id", "authority_code", "service", "category", "status")
        }
        for stage in PROCUREMENT_STAGES:
            span = self.stages.get(stage)
            out[f"{stage}_text"] = span.text if span else ""
            out[f"{stage}_earliest"] = span.earliest.isoformat() if span and span.earliest else ""
            out[f"{stage}_latest"] = span.latest.isoformat() if span and span.latest else ""
        out.update(options=self.options, line=self.line, section=self.section, locator=self.locator)
        return out


@dataclass
class Finding:
    """Something a document says that does not add up, kept beside the figures as published."""

    doc_id: str
    check: str
    severity: str  # info | warning | error
    message: str
    area_code: str = ""
    measure: str = ""
    period: str = ""
    expected: float | None = None
    observed: float | None = None
    line: int = 0
    locator: str = ""

    def as_dict(self) -> dict[str, object]:
        d = self.__dict__.copy()
        if self.expected is not None and self.observed is not None:
            d["difference"] = round(self.observed - self.expected, 6)
        else:
            d["difference"] = None
        return d


FINDING_COLUMNS = (
    "doc_id", "check", "severity", "message", "area_code", "measure", "period",
    "expected", "observed", "difference", "line", "locator",
)


@dataclass
class Extraction:
    """What one spec produces from one document."""

    doc: Document
    measures: list[MeasureRow] = field(default_factory=list)
    procurements: list[ProcurementRow] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)

    def measure(
        self,
        *,
        line: int,
        section: str,
        area_code: str,
        area_name: str,
        measure: str,
        period: str,
        value: float | None,
        qualifier: str,
        breakdown: str = "",
        unit: str | None = None,
        line_end: int | None = None,
    ) -> MeasureRow:
        """Add one figure; fails loudly on a name, unit or qualifier not in the vocabulary."""
        if measure not in MEASURES:
            raise DocumentError(f"{self.doc.doc_id} L{line}: unknown measure {measure!r}; add it to data/vocab.py")
        if qualifier not in QUALIFIERS:
            raise DocumentError(f"{self.doc.doc_id} L{line}: unknown qualifier {qualifier!r}")
        if value is None:
            raise DocumentError(f"{self.doc.doc_id} L{line}: no number for {measure} ({area_name}, {period})")
        row = MeasureRow(
            doc_id=self.doc.doc_id,
            area_code=area_code,
            area_name=area_name,
            measure=measure,
            period=str(period),
            value=float(value),
            unit=unit or MEASURES[measure].unit,
            qualifier=qualifier,
            breakdown=breakdown,
            line=line,
            section=section,
            locator=make_locator(self.doc, line, section, line_end),
        )
        self.measures.append(row)
        return row

    def procurement(
        self,
        *,
        line: int,
        section: str,
        authority_codes: tuple[str, ...],
        service: str,
        category: str,
        stages: dict[str, DateSpan],
        status: str = "",
        options: str = "",
        line_end: int | None = None,
    ) -> ProcurementRow:
        if category not in SERVICE_CATEGORIES:
            raise DocumentError(f"{self.doc.doc_id} L{line}: unknown service category {category!r}")
        unknown = set(stages) - set(PROCUREMENT_STAGES)
        if unknown:
            raise DocumentError(f"{self.doc.doc_id} L{line}: unknown stages {sorted(unknown)}")
        row = ProcurementRow(
            procurement_id=f"{self.doc.doc_id}-L{line}",
            doc_id=self.doc.doc_id,
            authority_code="|".join(authority_codes),
            service=service,
            category=category,
            status=status,
            stages=stages,
            options=options,
            line=line,
            section=section,
            locator=make_locator(self.doc, line, section, line_end),
        )
        if any(p.procurement_id == row.procurement_id for p in self.procurements):
            row.procurement_id += f"-{len(self.procurements)}"
        self.procurements.append(row)
        return row

    def finding(self, **kwargs: object) -> Finding:
        f = Finding(doc_id=self.doc.doc_id, **kwargs)  # type: ignore[arg-type]
        if f.line and not f.locator:
            f.locator = make_locator(self.doc, f.line, "")
        self.findings.append(f)
        return f
