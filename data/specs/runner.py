"""The one runner for declarative document specs (data/specs/<name>.yaml).

A spec says where a document's figures are; this module knows how to read them. The
format (see data/specs/README.md for every key):

    document: <doc_id>                       # the registry row it belongs to
    areas:    {key: {code: GSS, name: as written}, ...}
    defaults: {area: key, period: "2019", ...}   # fields every figure inherits
    sections: [{id, area, marker, mentions}] # optional: a document made of several councils' pages
    steps:                                   # run in order; each step is one of
      - figures: [...]           # numbers in running text: marker + the number as written
      - table: <marker>          # a table: rows x columns -> one figure per cell
      - cells: <marker>          # figures written inside table cells ('195 units in four schemes')
      - procurements: [...]      # contracts and tenders, each date as written
      - procurement_table: <marker>  # a table of planned procurements, one per row
      - notes: [...]             # findings stated with the document's own words as evidence
      - sum: {...}               # parts that should add up to a stated whole
      - check: <module.function> # a check truly specific to one document (data/specs/checks/)

Every step fails with a DocumentError naming the spec and the step when the document no
longer says what the spec expects, so a changed document never yields a wrong figure.
"""
from __future__ import annotations

import importlib
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Callable

import yaml

from data.dates import DateSpan, add_years, parse_date_text
from data.model import Extraction, MeasureRow, resolve_area
from data.seeds import Document, DocumentError
from data.specs.prose import as_number, heading, locate, pattern
from data.tables import Table, TableRow, read_table

SPECS_DIR = Path(__file__).resolve().parent
SPECS_ENV = "CMA_SPECS_DIR"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's safe loader: ~20x faster


class SpecError(DocumentError):
    """A spec file that is missing, malformed or uses a key the runner does not know."""


# ------------------------------------------------------------------ loading

@lru_cache(maxsize=32)
def _load(path: Path, mtime: float) -> dict[str, Any]:
    try:
        data = yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER)
    except yaml.YAMLError as exc:
        raise SpecError(f"spec {path.name} is not valid YAML: {exc}") from None
    if not isinstance(data, dict) or "steps" not in data:
        raise SpecError(f"spec {path.name} must be a mapping with a 'steps' list")
    return data


def specs_dir(folder: Path | str | None = None) -> Path:
    """Where specs live: an explicit folder, then $CMA_SPECS_DIR, then data/specs."""
    return Path(folder or os.environ.get(SPECS_ENV) or SPECS_DIR)


def spec_path(name: str, folder: Path | str | None = None) -> Path:
    if not re.fullmatch(r"[a-z0-9_][a-z0-9_-]*", name or ""):
        raise SpecError(f"spec name {name!r} must be lower-case letters, digits, '_' or '-'")
    return specs_dir(folder) / f"{name}.yaml"


def load_spec(name: str, folder: Path | str | None = None) -> dict[str, Any]:
    """The parsed spec `name` (data/specs/<name>.yaml, or in `folder`)."""
    path = spec_path(name, folder)
    if not path.is_file():
        raise SpecError(f"spec {name!r} not found: expected {path}")
    return _load(path, path.stat().st_mtime)


# ------------------------------------------------------------------ context

@dataclass(frozen=True)
class Area:
    code: str
    name: str


@dataclass(frozen=True)
class Section:
    id: str
    area: Area
    start: int
    end: int


MEASURE_FIELDS = ("area", "area_name", "measure", "period", "qualifier", "breakdown", "unit", "section", "scale")


class Spec:
    """One spec bound to one document: its areas, defaults and sections."""

    def __init__(self, data: dict[str, Any], doc: Document, name: str = "") -> None:
        self.data, self.doc, self.name = data, doc, name or doc.info.spec
        _keys(self, data, "spec", {"document", "about", "areas", "defaults", "sections", "steps"})
        if data.get("document") and data["document"] != doc.doc_id:
            raise SpecError(f"spec {self.name}: written for {data['document']!r}, not {doc.doc_id!r}")
        areas = data.get("areas") or {}
        if not isinstance(areas, dict) or not all(isinstance(v, dict) and v.get("code") and v.get("name")
                                                  for v in areas.values()):
            raise self.fail("areas", "each area must be written `key: {code: GSS code, name: name}`")
        self.areas = {str(k): Area(str(v["code"]), str(v["name"])) for k, v in areas.items()}
        if not isinstance(data.get("defaults") or {}, dict) or not isinstance(data.get("steps") or [], list):
            raise self.fail("top level", "'defaults' must be a mapping and 'steps' a list")
        self.defaults: dict[str, Any] = dict(data.get("defaults") or {})
        self.sections = self._sections(data.get("sections") or [])

    def fail(self, where: str, message: str) -> SpecError:
        return SpecError(f"{self.doc.info.seed_file} ({self.doc.doc_id}), spec {self.name}, {where}: {message}")

    def area(self, key: Any, where: str = "") -> Area:
        """An area by its key in `areas:`; a bare GSS code is accepted and named from the registry."""
        if isinstance(key, Area):
            return key
        key = str(key)
        if key in self.areas:
            return self.areas[key]
        from data.model import area_registry

        for row in area_registry():
            if row["area_code"] == key:
                return Area(key, row["name"])
        raise self.fail(where, f"unknown area {key!r}; add it under 'areas:'")

    def _sections(self, rows: list[dict[str, Any]]) -> dict[str, Section]:
        """Each part's line range (a part runs to the next part's marker), checked to name its council."""
        starts = []
        at = 1
        for row in rows:
            _keys(self, row, "section", {"id", "area", "marker", "mentions"})
            at = self.doc.find(row["marker"], at)
            starts.append((row, at))
        out: dict[str, Section] = {}
        for i, (row, start) in enumerate(starts):
            end = starts[i + 1][1] - 1 if i + 1 < len(starts) else len(self.doc.lines)
            text = " ".join(self.doc.lines[start - 1:end]).lower()
            mentions = row.get("mentions")
            if mentions and mentions.lower() not in text:
                raise DocumentError(f"{self.doc.info.seed_file}: the section from line {start} does not mention "
                                    f"{mentions}; the pages may have been reordered")
            out[row["id"]] = Section(row["id"], self.area(row["area"], "sections"), start, end)
        return out

    # --- places -----------------------------------------------------------

    def bounds(self, item: dict[str, Any], where: str) -> tuple[int, int | None]:
        """The line range an item is searched in: its section, then after each `after` marker in turn."""
        start, end = 1, None
        if item.get("within"):
            if item["within"] not in self.sections:
                raise self.fail(where, f"unknown section {item['within']!r}")
            s = self.sections[item["within"]]
            start, end = s.start, s.end
        for step in _list(item.get("after")):
            if isinstance(step, dict):
                start = heading(self.doc, step["heading"], start)
            else:
                start = self.doc.find(str(step), start, end)
        if item.get("span") is not None:
            end = start + int(item["span"])
        return start, end

    def line_of(self, item: dict[str, Any], where: str, *texts: str) -> int:
        """The line holding the item's marker and every text (or its fixed `line`, checked)."""
        texts = tuple(str(t) for t in (*texts, *_list(item.get("texts"))))
        if item.get("line") is not None:
            n = int(item["line"])
            text = self.doc.line(n)
            missing = [t for t in ((item.get("marker") or ""), *texts) if t and not _holds(text, t)]
            if missing:
                raise DocumentError(f"{self.doc.info.seed_file} ({self.doc.doc_id}) line {n} no longer holds "
                                    f"{missing}; the document may have changed")
            return n
        if not item.get("marker"):
            raise self.fail(where, "needs a 'marker' (or a 'line')")
        start, end = self.bounds(item, where)
        return locate(self.doc, str(item["marker"]), *texts, start=start, end=end)

    def fields(self, *layers: dict[str, Any]) -> dict[str, Any]:
        """Measure fields: defaults, then each layer in turn (later wins)."""
        out = {k: v for k, v in self.defaults.items() if k in MEASURE_FIELDS}
        for layer in layers:
            out.update({k: v for k, v in layer.items() if k in MEASURE_FIELDS and v is not None})
        return out

    def within_area(self, item: dict[str, Any]) -> dict[str, Any]:
        """A section's council is the default area of what is found inside it."""
        if item.get("within") in self.sections and "area" not in item:
            return {"area": self.sections[item["within"]].area}
        return {}


def _holds(line: str, text: str) -> bool:
    return bool(pattern(text).search(line)) or text.lower() in line.lower()


def _list(value: Any) -> list[Any]:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]


def _keys(spec: Spec, item: dict[str, Any], where: str, allowed: set[str]) -> None:
    if not isinstance(item, dict):
        raise spec.fail(where, f"expected a mapping, got {item!r}")
    unknown = set(item) - allowed
    if unknown:
        raise spec.fail(where, f"unknown key(s) {sorted(unknown)}; known: {sorted(allowed)}")


def add_measure(ex: Extraction, spec: Spec, line: int, value: float | None, fields: dict[str, Any],
                where: str, area_name: str | None = None, line_end: int | None = None) -> MeasureRow:
    missing = [k for k in ("measure", "period", "qualifier", "area") if not fields.get(k)]
    if missing:
        raise spec.fail(where, f"figure has no {', '.join(missing)}")
    area = spec.area(fields["area"], where)
    scale = float(fields.get("scale", 1))
    return ex.measure(line=line, section=str(fields.get("section", "")), area_code=area.code,
                      area_name=area_name if area_name is not None else str(fields.get("area_name") or area.name),
                      measure=str(fields["measure"]), period=str(fields["period"]),
                      value=None if value is None else value * scale, qualifier=str(fields["qualifier"]),
                      breakdown=str(fields.get("breakdown") or ""), unit=fields.get("unit"), line_end=line_end)


# ------------------------------------------------------------------ steps

FIGURE_KEYS = {*MEASURE_FIELDS, "marker", "text", "texts", "after", "within", "span", "line", "value", "items"}


def step_figures(ex: Extraction, spec: Spec, step: dict[str, Any], where: str) -> None:
    """Numbers in running text. A list of items, or groups with shared fields and `items`."""
    for i, item in enumerate(_list(step["figures"])):
        _figure(ex, spec, item, {}, f"{where} figure {i + 1}")


def _figure(ex: Extraction, spec: Spec, item: dict[str, Any], group: dict[str, Any], where: str) -> None:
    _keys(spec, item, where, FIGURE_KEYS)
    if "items" in item:  # a group: its fields are shared by its items
        shared = {**group, **{k: v for k, v in item.items() if k != "items"}}
        for j, sub in enumerate(item["items"]):
            _figure(ex, spec, sub, shared, f"{where}.{j + 1}")
        return
    merged = {**group, **item}
    if "text" not in merged:
        raise spec.fail(where, "needs the figure's 'text' as the document writes it")
    text = str(merged["text"])
    line = spec.line_of(merged, where, text)
    value = float(merged["value"]) if merged.get("value") is not None else as_number(text)
    add_measure(ex, spec, line, value, spec.fields(spec.within_area(merged), merged), where)


TABLE_KEYS = {*MEASURE_FIELDS, "table", "after", "within", "header_lines", "until_row", "rows", "columns",
              "qualifiers", "subheaders", "skip_blank", "exhaustive"}
ROW_KEYS = {*MEASURE_FIELDS, "label", "cells"}
ROWS_EACH_KEYS = {"each", "resolve", "aliases", "breakdown", "total", "area_name"}
COLUMN_KEYS = {*MEASURE_FIELDS, "header", "index"}


def find_table(spec: Spec, step: dict[str, Any], marker_key: str, where: str) -> Table:
    start, _ = spec.bounds(step, where)
    table = read_table(spec.doc, str(step[marker_key]), start=start, header_lines=step.get("header_lines"))
    if step.get("until_row"):
        labels = [r.label for r in table.rows]
        if step["until_row"] not in labels:
            raise DocumentError(f"{spec.doc.info.seed_file}: table {table.title!r} (line {table.title_line}) "
                                f"has no {step['until_row']!r} row")
        table.rows = table.rows[: labels.index(step["until_row"]) + 1]
    if not table.rows:
        raise DocumentError(f"{spec.doc.info.seed_file}: table {table.title!r} (line {table.title_line}) has no rows")
    return table


def _column(spec: Spec, table: Table, col: dict[str, Any], where: str) -> int:
    if col.get("index") is not None:
        j = int(col["index"])
        if col.get("header") is not None:
            key = " | ".join(table.columns[j]).lower() if j < len(table.columns) else ""
            if not all(str(p).lower() in key for p in _list(col["header"])):
                raise DocumentError(f"table {table.title!r} (line {table.title_line}): column {j} is not "
                                    f"{col['header']!r}")
        return j
    return table.column_index(*[str(p) for p in _list(col.get("header"))])


def _join(*parts: Any) -> str:
    return ", ".join(str(p) for p in parts if p)


def step_table(ex: Extraction, spec: Spec, step: dict[str, Any], where: str) -> None:
    """One figure per (row, column) of a table; rows named or every row with its label as area."""
    _keys(spec, step, where, TABLE_KEYS)
    table = find_table(spec, step, "table", where)
    where = f"{where} (table {table.title!r}, line {table.title_line})"
    columns = []
    for c in _list(step.get("columns")):
        _keys(spec, c, where, COLUMN_KEYS)
        columns.append((c, None if step.get("subheaders") else _column(spec, table, c, where)))
    # qualifier by period: the step's map beats the step's qualifier, which beats the defaults' map
    qualifiers = {str(k): v for k, v in (spec.defaults.get("qualifiers") or {}).items()} if "qualifier" not in step else {}
    qualifiers.update({str(k): v for k, v in (step.get("qualifiers") or {}).items()})
    rows = step.get("rows") or {"each": True}
    explicit = isinstance(rows, list)
    subheaders = step.get("subheaders") or {}
    if explicit:  # named rows: each must be there; with `exhaustive`, nothing else may be
        by_label: dict[str, dict[str, Any]] = {}
        for r in rows:
            _keys(spec, r, where, ROW_KEYS)
            table.row(str(r["label"]))
            by_label[" ".join(str(r["label"]).lower().split())] = r
        pairs = []
        for row in table.rows:
            rspec = by_label.get(" ".join(row.label.lower().split()))
            if rspec is not None or row.label in subheaders:
                pairs.append((row, rspec or {}))
            elif step.get("exhaustive"):
                raise DocumentError(f"{spec.doc.info.seed_file} L{row.line}: unexpected row {row.label!r} in table "
                                    f"{table.title!r}; expected only {[r['label'] for r in rows]}")
    else:
        _keys(spec, rows, where, ROWS_EACH_KEYS)
        pairs = [(r, {}) for r in table.rows]
    current: tuple[Area, list[str]] | None = None
    for row, rspec in pairs:
        if row.label in subheaders:  # 'Bournemouth<tab>2014<tab>2015': the rows below are its, by year
            current = (spec.area(subheaders[row.label], where), [c.strip() for c in row.cells[1:]])
            continue
        for cell, expected in (rspec.get("cells") or {}).items():
            if row.cells[int(cell)].strip() != expected:
                raise DocumentError(f"{spec.doc.info.seed_file} L{row.line}: cell {cell} is not {expected!r}")
        base: dict[str, Any] = {}
        area_name = None
        if subheaders:
            if current is None:
                raise DocumentError(f"{spec.doc.info.seed_file} L{row.line}: row {row.label!r} before any of "
                                    f"{list(subheaders)}")
            base["area"] = current[0]
            cols = [({"period": year}, j) for j, year in enumerate(current[1], start=1)]
        else:
            cols = columns
        if not explicit:
            base["area"], area_name = _row_area(spec, row, rows, step, where)
            if rows.get("breakdown") in ("label", "label_lower"):  # the row label is the sub-group
                is_total = rows.get("total") and row.label.lower() == str(rows["total"]).lower()
                label = row.label.lower() if rows["breakdown"] == "label_lower" else row.label
                base["breakdown"] = "" if is_total else label
        for col, j in cols:
            value = row.number(j)
            if value is None and step.get("skip_blank"):
                continue
            fields = spec.fields(step, base, rspec, col)
            if col.get("breakdown") or rspec.get("breakdown"):
                fields["breakdown"] = _join(col.get("breakdown"), rspec.get("breakdown"))
            if "qualifier" not in col and "qualifier" not in rspec and str(fields.get("period")) in qualifiers:
                fields["qualifier"] = qualifiers[str(fields["period"])]
            add_measure(ex, spec, row.line, value, fields, where, area_name=area_name)


def _row_area(spec: Spec, row: TableRow, rows: dict[str, Any], step: dict[str, Any], where: str) -> tuple[Any, Any]:
    """The area a row's label names: an alias, or the registry within the given tiers."""
    if "resolve" not in rows and "aliases" not in rows:
        return step.get("area") or spec.defaults.get("area"), None
    key = " ".join(row.label.lower().split())
    aliases = {" ".join(str(k).lower().split()): v for k, v in (rows.get("aliases") or {}).items()}
    if key in aliases:
        return spec.area(aliases[key], where), row.label
    return Area(resolve_area(row.label, within=tuple(_list(rows.get("resolve")))), row.label), row.label


CELLS_KEYS = {*MEASURE_FIELDS, "cells", "after", "within", "header_lines", "skip_rows", "columns", "items"}
CELL_KEYS = {*MEASURE_FIELDS, "row", "column", "text", "value"}


def step_cells(ex: Extraction, spec: Spec, step: dict[str, Any], where: str) -> None:
    """Figures written inside table cells, each found by (row label, column) and its text as written.

    Rows whose label is in `skip_rows` (a header repeated per page, a page rule) are dropped;
    a line with no label continues the row above (a cell wrapped by the conversion).
    """
    _keys(spec, step, where, CELLS_KEYS)
    table = find_table(spec, step, "cells", where)
    skip = tuple(str(s) for s in _list(step.get("skip_rows")))
    groups: dict[str, list[TableRow]] = {}
    last = ""
    for row in table.rows:
        if row.label in skip or (skip and row.label.startswith(skip)):
            continue
        if not row.label:
            if not last:
                raise DocumentError(f"{table.title!r}: continuation line {row.line} has no row above it")
            groups[last].append(row)
            continue
        last = row.label
        groups[last] = [row]
    columns = step.get("columns") or {}
    for i, item in enumerate(step.get("items") or []):
        w = f"{where} cell {i + 1}"
        _keys(spec, item, w, CELL_KEYS)
        label, column, text = str(item["row"]), str(item["column"]), str(item["text"])
        if label not in groups:
            raise DocumentError(f"{spec.doc.info.seed_file}: table {table.title!r} has no row {label!r}")
        col = table.column_index(column)
        hits = [r for r in groups[label] if col < len(r.cells) and pattern(text).search(r.cells[col])]
        if len(hits) != 1 or len(pattern(text).findall(hits[0].cells[col])) != 1:
            raise DocumentError(f"{spec.doc.info.seed_file}: cell {label!r}/{column} does not hold "
                                f"{text!r} exactly once; the document may have changed")
        value = float(item["value"]) if item.get("value") is not None else as_number(text)
        area = {"area": columns[column]} if column in columns else {}
        add_measure(ex, spec, hits[0].line, value, spec.fields(step, area, item), w)


PROCUREMENT_KEYS = {"marker", "texts", "after", "within", "span", "line", "line_end", "section", "service",
                    "category", "status", "options", "authorities", "authorities_from", "stages", "strict_dates"}


def _stages(spec: Spec, item: dict[str, Any], where: str) -> dict[str, DateSpan]:
    out: dict[str, DateSpan] = {}
    for stage, value in (item.get("stages") or {}).items():
        if isinstance(value, dict):  # derived from another stage, or dates fixed by a reviewer
            if "from" in value:
                base = out[value["from"]]
                text = str(value.get("text", "{text}")).replace("{text}", base.text)
                if "years" in value:
                    out[stage] = add_years(base, int(value["years"]), text)
                else:
                    out[stage] = _term_end(base, int(value["months"]), text)
            else:
                out[stage] = DateSpan(str(value["text"]), _iso(value.get("earliest")), _iso(value.get("latest")))
            continue
        span = parse_date_text(str(value))
        if item.get("strict_dates") and not span.parsed:
            raise spec.fail(where, f"date text {value!r} could not be read")
        out[stage] = span
    return out


def _iso(value: Any):
    from datetime import date

    if value in (None, ""):
        return None
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def _term_end(start: DateSpan, months: int, text: str) -> DateSpan:
    """The last day of a term of `months` starting on `start` (4 years from 1 Oct 2026 ends 30 Sep 2030)."""
    import calendar
    from datetime import timedelta

    def shift(d):
        m0 = d.month - 1 + months
        y, m = d.year + m0 // 12, m0 % 12 + 1
        return d.replace(year=y, month=m, day=min(d.day, calendar.monthrange(y, m)[1])) - timedelta(days=1)

    if start.earliest is None or start.latest is None:
        return DateSpan(text, None, None)
    return DateSpan(text, shift(start.earliest), shift(start.latest))


def _authorities(spec: Spec, item: dict[str, Any], line: int, where: str) -> tuple[str, ...]:
    if item.get("authorities_from"):
        rule = item["authorities_from"]  # 'partnership between A, B and C Council'
        m = re.search(rule["pattern"], spec.doc.line(line))
        if not m:
            raise DocumentError(f"{spec.doc.info.seed_file} line {line}: no list of partner councils")
        names = [n.strip() for n in re.split(r",\s*|\s+and\s+", m.group(1)) if n.strip()]
        return tuple(resolve_area(n, within=tuple(_list(rule.get("within")))) for n in names)
    keys = _list(item.get("authorities")) or [spec.within_area(item).get("area") or spec.defaults.get("area")]
    return tuple(spec.area(k, where).code for k in keys)


def step_procurements(ex: Extraction, spec: Spec, step: dict[str, Any], where: str) -> None:
    for i, item in enumerate(_list(step["procurements"])):
        w = f"{where} procurement {i + 1}"
        _keys(spec, item, w, PROCUREMENT_KEYS)
        line = spec.line_of(item, w)
        line_end = None
        if item.get("line_end"):
            line_end = _line_end(spec, item["line_end"], line, w)
        ex.procurement(line=line, line_end=line_end, section=str(item.get("section", "")),
                       authority_codes=_authorities(spec, item, line, w), service=str(item["service"]),
                       category=str(item.get("category", "other")), status=str(item.get("status", "")),
                       stages=_stages(spec, item, w), options=str(item.get("options", "")))


def _line_end(spec: Spec, item: dict[str, Any], line: int, where: str) -> int:
    """Where a statement that starts on `line` ends: a marker within `span` lines below it."""
    end = line + int(item["span"]) if item.get("span") is not None else None
    texts = [str(t) for t in _list(item.get("texts"))]
    return locate(spec.doc, str(item["marker"]), *texts, start=line, end=end)


PTABLE_KEYS = {"procurement_table", "after", "within", "header_lines", "section", "status", "authorities",
               "stages", "categories", "wrapped_names"}


def step_procurement_table(ex: Extraction, spec: Spec, step: dict[str, Any], where: str) -> None:
    """A table of procurements: service name in the first column, a date per stage column.

    With `wrapped_names`, a row with no date continues onto the next row's name.
    `categories` is a list of [keyword, category]; the first keyword in the name decides.
    """
    _keys(spec, step, where, PTABLE_KEYS)
    table = find_table(spec, step, "procurement_table", where)
    stages = {k: int(v) for k, v in (step.get("stages") or {}).items()}
    first = min(stages.values())
    categories = [(str(k).lower(), str(c)) for k, c in step.get("categories") or []]
    pending = ""
    for row in table.rows:
        name = row.label
        lead = row.cells[first].strip() if len(row.cells) > first else ""
        if step.get("wrapped_names") and not lead:
            pending = name
            continue
        if pending:
            name, pending = f"{pending} {name}", ""
        service = name.rstrip(".")
        low = service.lower()
        category = next((c for word, c in categories if word in low), "other")
        ex.procurement(line=row.line, section=str(step.get("section", "")),
                       authority_codes=_authorities(spec, step, row.line, where), service=service,
                       category=category, status=str(step.get("status", "")),
                       stages={s: parse_date_text(row.cells[j].strip() if j < len(row.cells) else "")
                               for s, j in stages.items()})


NOTE_KEYS = {"marker", "texts", "after", "within", "span", "line", "when", "severity", "message", "area",
             "measure", "period", "expected", "observed", "check"}


def step_notes(ex: Extraction, spec: Spec, step: dict[str, Any], where: str) -> None:
    """Findings: what the document says that does not add up, at the line that says it.

    `when` makes a note conditional on the document: `no_table_follows` (a table title with
    no table under it), `sentence_cut_off` (the line stops mid-sentence).
    """
    for i, item in enumerate(_list(step["notes"])):
        w = f"{where} note {i + 1}"
        _keys(spec, item, w, NOTE_KEYS)
        line = spec.line_of(item, w)
        when = item.get("when")
        if when == "no_table_follows":
            nxt = next((n for n in range(line + 1, len(spec.doc.lines) + 1) if spec.doc.line(n).strip()), line)
            if "\t" in spec.doc.line(nxt):
                continue
        elif when == "sentence_cut_off":
            if spec.doc.line(line).rstrip().endswith((".", "!", "?", ":")):
                continue
        elif when is not None:
            raise spec.fail(w, f"unknown condition {when!r}; known: no_table_follows, sentence_cut_off")
        area = spec.area(item["area"], w).code if item.get("area") else ""
        ex.finding(check=str(item.get("check", "document")), severity=str(item.get("severity", "info")),
                   area_code=area, measure=str(item.get("measure", "")), period=str(item.get("period", "")),
                   expected=item.get("expected"), observed=item.get("observed"), line=line,
                   message=str(item["message"]))


SUM_KEYS = {"total", "parts", "severity", "message"}


def step_sum(ex: Extraction, spec: Spec, step: dict[str, Any], where: str) -> None:
    """Parts that should add up to a stated whole; a finding (expected = whole, observed = parts) if not.

    `total` and `parts` select extracted figures by field (`breakdown_prefix` matches the start of
    the breakdown); the total is never one of its parts. `message` may use {total} and {parts}.
    """
    rule = step["sum"]
    _keys(spec, rule, where, SUM_KEYS)
    total = select(ex, spec, rule["total"], where)
    if len(total) != 1:
        raise spec.fail(where, f"{len(total)} figures match the total {rule['total']!r}; expected one")
    whole = total[0]
    parts = sum(r.value for r in select(ex, spec, rule["parts"], where) if r is not whole)
    if parts != whole.value:
        ex.finding(check="document", severity=str(rule.get("severity", "warning")), area_code=whole.area_code,
                   measure=whole.measure, period=whole.period, expected=whole.value, observed=parts,
                   line=whole.line, message=str(rule["message"]).format(total=whole.value, parts=parts))


def select(ex: Extraction, spec: Spec, match: dict[str, Any], where: str = "") -> list[MeasureRow]:
    """Extracted figures whose fields equal `match` (area by key; breakdown_prefix by start)."""
    out = []
    for r in ex.measures:
        ok = True
        for k, v in match.items():
            if k == "area":
                ok = r.area_code == spec.area(v, where).code
            elif k == "breakdown_prefix":
                ok = r.breakdown.startswith(str(v))
            else:
                ok = str(getattr(r, k)) == str(v)
            if not ok:
                break
        if ok:
            out.append(r)
    return out


def step_check(ex: Extraction, spec: Spec, step: dict[str, Any], where: str) -> None:
    """A document-specific check: data/specs/checks/<module>.py, function(ex, spec)."""
    _keys(spec, step, where, {"check"})
    func = check_function(str(step["check"]), spec, where)
    func(ex, spec)


def check_function(ref: str, spec: Spec | None = None, where: str = "") -> Callable[[Extraction, Spec], None]:
    module, _, name = ref.rpartition(".")
    if not re.fullmatch(r"[a-z_][a-z0-9_]*", module or "-") or not re.fullmatch(r"[a-z_][a-z0-9_]*", name):
        raise SpecError(f"check {ref!r} must be written module.function (data/specs/checks/module.py)")
    try:
        func = getattr(importlib.import_module(f"data.specs.checks.{module}"), name)
    except (ImportError, AttributeError):
        raise SpecError(f"check {ref!r} not found in data/specs/checks/{module}.py") from None
    return func


STEPS: dict[str, Callable[[Extraction, Spec, dict[str, Any], str], None]] = {
    "figures": step_figures,
    "table": step_table,
    "cells": step_cells,
    "procurements": step_procurements,
    "procurement_table": step_procurement_table,
    "notes": step_notes,
    "sum": step_sum,
    "check": step_check,
}


def run(doc: Document, data: dict[str, Any] | None = None, folder: Path | str | None = None) -> Extraction:
    """Execute the document's spec (its registry `spec` name, or `data` given) on the document."""
    name = doc.info.spec
    spec = Spec(data if data is not None else load_spec(name, folder), doc, name)
    ex = Extraction(doc)
    for i, step in enumerate(spec.data.get("steps") or []):
        kinds = [k for k in STEPS if isinstance(step, dict) and k in step]
        if len(kinds) != 1:
            raise spec.fail(f"step {i + 1}", f"each step needs exactly one of {sorted(STEPS)}")
        where = f"step {i + 1} ({kinds[0]})"
        try:
            STEPS[kinds[0]](ex, spec, step, where)
        except DocumentError:
            raise
        except (KeyError, TypeError, ValueError, AttributeError, IndexError) as exc:
            # a hand-edited spec missing a key, or a number where a name belongs: a message, not a traceback
            detail = f"missing key {exc}" if isinstance(exc, KeyError) else f"{type(exc).__name__}: {exc}"
            raise spec.fail(where, f"cannot run this step ({detail}); check the spec against data/specs/README.md "
                                   "and the document against the spec") from None
    return ex


def sections(doc: Document, folder: Path | str | None = None) -> dict[str, Section]:
    """The document's parts (for a compilation of several councils' pages), by id."""
    return Spec(load_spec(doc.info.spec, folder), doc).sections
