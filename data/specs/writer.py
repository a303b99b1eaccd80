"""An accepted review -> a declarative spec (the YAML the runner executes).

The review is a list of rows in the proposer's columns (`line, kind, theme, measure, area_code,
area_name, period, value, unit, qualifier, breakdown, service, stage, date_text, earliest,
latest, term_months, confidence, text`): every row the analyst kept, with their corrections.
Each figure becomes a marker phrase from its line plus the number as the line writes it, so
the runner finds it again (and fails loudly if the document changes); each procurement becomes
its service with each stage's date as written, or the dates the reviewer fixed.
"""
from __future__ import annotations

import math
import re
from datetime import date
from typing import Any, Iterable

import yaml

from data.dates import DateSpan, parse_date_text
from data.model import area_registry
from data.seeds import Document, DocumentError
from data.specs.prose import NUMBER_WORDS, as_number, locate, pattern
from data.vocab import MEASURES, PROCUREMENT_STAGES, QUALIFIERS, SERVICE_CATEGORIES

REVIEW_COLUMNS: tuple[str, ...] = (
    "line", "kind", "theme", "measure", "area_code", "area_name", "period", "value", "unit", "qualifier",
    "breakdown", "service", "stage", "date_text", "earliest", "latest", "term_months", "confidence", "text",
)
# The proposer's words for a stage, as the curated tables name it; None: kept as text in `options`.
STAGE_NAMES: dict[str, str | None] = {
    **{s: s for s in PROCUREMENT_STAGES},
    "start": "contract_start", "commence": "contract_start", "end": "contract_end", "expire": "contract_end",
    "extension": "extension_end", "extend": "extension_end", "tender": "procurement_start",
    "tender_deadline": None, "deadline": None,
}
# First keyword found in a service name decides its category.
CATEGORY_KEYWORDS: tuple[tuple[str, str], ...] = (
    ("advocacy", "advocacy"), ("carer", "carers"), ("dementia", "dementia"),
    ("learning disab", "learning disability"), ("mental health", "mental health"),
    ("extra care", "extra care and housing"), ("sheltered", "extra care and housing"),
    ("supported housing", "extra care and housing"), ("supported living", "extra care and housing"),
    ("home care", "home care"), ("domiciliary", "home care"), ("care at home", "home care"),
    ("residential", "residential and nursing"), ("nursing", "residential and nursing"),
    ("care home", "residential and nursing"), ("children", "children and families"),
    ("public health", "public health"),
)
_NUMBER = re.compile(r"(?<![\w.,])([£$]?)(\d[\d,]*\d|\d)(\.\d+)?(\s?%|k\b|m\b|bn\b)?"
                     r"(\s+(?:million|billion|thousand)\b)?", re.IGNORECASE)
_WORD_SCALE = {"thousand": 1e3, "million": 1e6, "billion": 1e9}


class ReviewError(DocumentError):
    """The review cannot become a spec as it is; the message lists the rows and why."""


def _text(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value).strip()


def _number(value: Any) -> float | None:
    text = _text(value).replace(",", "")
    try:
        number = float(text)
    except ValueError:
        return None
    return number if math.isfinite(number) else None


def _same(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))


def written_form(line: str, value: float) -> tuple[str, float, float | None] | None:
    """How `line` writes `value`: (text as written, scale, value override or None), or None.

    '1.51 million' -> ('1.51', 1e6, None); '£7m' -> ('£7m', 1, None); 'seven' -> ('seven', 1, None);
    a change written '6,500 fewer' for -6500 -> ('6,500', -1, None). A footnote digit fused onto a
    number ('12,4303' for 12,430, corrected by the reviewer) -> ('12,4303', 1, 12430).
    """
    fused = None
    for m in _NUMBER.finditer(line):
        currency, digits, decimals, suffix, words = (g or "" for g in m.groups())
        suffix = suffix.strip()
        core = f"{currency}{digits}{decimals}" + ("" if suffix.lower() == "bn" else suffix)
        scale = 1e9 if suffix.lower() == "bn" else 1.0
        if words:
            scale *= _WORD_SCALE[words.strip().lower()]
        try:
            base = as_number(core)
        except DocumentError:
            continue
        if not pattern(core).search(line):
            continue
        for sign in (1, -1):
            if _same(base * scale * sign, value):
                return core, scale * sign, None
        plain = re.sub(r"\D", "", f"{digits}{decimals}")
        want = re.sub(r"\D", "", f"{abs(value):g}")
        if fused is None and len(plain) > len(want) and plain.startswith(want) and not decimals and not suffix:
            fused = (core, 1.0, value)
    for word, number in NUMBER_WORDS.items():
        if _same(number, abs(value)) and re.search(rf"\b{word}\b", line, re.IGNORECASE):
            text = re.search(rf"\b{word}\b", line, re.IGNORECASE).group(0)  # type: ignore[union-attr]
            return text, 1.0 if value >= 0 else -1.0, None
    return fused


def choose_marker(doc: Document, line: int, texts: Iterable[str]) -> tuple[str, bool]:
    """A short phrase of `line` that, with `texts`, finds exactly this line from the top of the document.

    Phrases of three words or more near the figure come first (one word is too easily found
    elsewhere when the document is re-issued); a shorter one is used only when nothing longer fits.

    Returns (marker, unique). When the line repeats verbatim, the marker is still a phrase of
    the line and `unique` is False: the spec then pins the line number (checked when run).
    """
    raw = doc.line(line)
    texts = [t for t in texts if t]
    spans = [m.span() for m in re.finditer(r"\S+", raw)]
    if not spans:
        raise ReviewError(f"line {line} is blank")
    at = next((raw.lower().find(t.lower()) for t in texts if raw.lower().find(t.lower()) >= 0), 0)
    centre = min(range(len(spans)), key=lambda i: abs(spans[i][0] - at))
    candidates = []
    for size in range(1, min(8, len(spans)) + 1):
        for first in range(0, len(spans) - size + 1):
            phrase = raw[spans[first][0]:spans[first + size - 1][1]]
            if len(phrase) < 6 or not re.search(r"[A-Za-z]{3}", phrase) or len(phrase) > 80:
                continue
            distance = min(abs(i - centre) for i in range(first, first + size))
            candidates.append((size < min(3, len(spans)), size, distance, first, phrase))
    candidates.sort()
    # a table row or a 'Label: value' line is best found by its label
    label = re.match(r"^\s*([^\t:]{3,60}?)(\t|:\s)", raw)
    preferred = [label.group(1) + label.group(2).rstrip(" ")] if label else []
    for phrase in [*preferred, *(c[-1] for c in candidates[:200])]:
        try:
            if locate(doc, phrase, *texts) == line:
                return phrase, True
        except DocumentError:
            continue
    fallback = ([*preferred, *(c[-1] for c in candidates)] or [raw.strip()[:80]])[0]
    return fallback, False


def section_for(doc: Document, line: int, reach: int = 60) -> str:
    """The nearest heading-like line above `line` (short, no tab, not a sentence or a 'Label: value')."""
    for n in range(line - 1, max(0, line - reach), -1):
        text = doc.line(n).strip()
        if (not text or "\t" in text or len(text) > 80 or text.endswith((".", ",", ";"))
                or re.match(r"^[^:]{1,60}:\s*\S", text) or re.match(r"^[-•*·–]", text)
                or not re.search(r"[A-Za-z]{3}", text) or not (text[0].isupper() or text[0].isdigit())
                or parse_date_text(text).parsed):  # a form field's value ('1 October 2026') is no heading
            continue
        return text
    return ""


def category_for(service: str) -> str:
    low = service.lower()
    category = next((c for word, c in CATEGORY_KEYWORDS if word in low), "other")
    return category if category in SERVICE_CATEGORIES else "other"


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", name.lower()).strip("_") or "area"


class _Areas:
    """Area keys for the spec's `areas:` map, named after the registry's names."""

    def __init__(self) -> None:
        self.registry = {a["area_code"]: a for a in area_registry()}
        self.keys: dict[str, str] = {}
        self.table: dict[str, dict[str, str]] = {}

    def key(self, code: str) -> str:
        if code not in self.keys:
            name = self.registry[code]["name"]
            key = _slug(name)
            while key in self.table:
                key += "_"
            self.keys[code], self.table[key] = key, {"code": code, "name": name}
        return self.keys[code]


def spec_from_review(rows: list[dict[str, Any]], doc: Document, authority: str, about: str = "") -> dict[str, Any]:
    """The declarative spec for `doc` that finds every reviewed row again, or a ReviewError listing problems."""
    areas = _Areas()
    problems: list[str] = []
    if authority not in areas.registry:
        raise ReviewError(f"authority {authority!r} is not in data/registry/areas.csv")
    default = areas.key(authority)
    figures: list[tuple[int, dict[str, Any]]] = []
    groups: dict[tuple[str, str], list[tuple[int, dict[str, Any]]]] = {}
    for number, row in enumerate(rows, start=1):
        where = f"row {number}"
        line = _number(row.get("line"))
        if line is None or not line.is_integer() or not 1 <= line <= len(doc.lines):
            problems.append(f"{where}: line {_text(row.get('line'))!r} is not a line of the document "
                            f"(1-{len(doc.lines)})")
            continue
        line = int(line)
        where = f"row {number} (line {line})"
        written = _text(row.get("text"))
        if written and " ".join(written.split()) != " ".join(doc.line(line).split()):
            problems.append(f"{where}: the review's source text is not what line {line} of the document says; "
                            "was the review made on another version of the document?")
            continue
        code = _text(row.get("area_code")) or authority
        if code not in areas.registry:
            problems.append(f"{where}: area code {code!r} is not in data/registry/areas.csv (add the area first)")
            continue
        kind = _text(row.get("kind")) or "measure"
        if kind == "measure":
            item = _figure(row, doc, line, code, areas, default, where, problems)
            if item:
                figures.append((line, item))
        elif kind == "procurement":
            service = _text(row.get("service")) or section_for(doc, line) or "Procurement"
            groups.setdefault((service, code), []).append((line, row))
        else:
            problems.append(f"{where}: kind {kind!r} is neither 'measure' nor 'procurement'")
    procurements = []
    for (service, code), members in groups.items():
        item = _procurement(service, code, members, doc, areas, default, problems)
        if item:
            procurements.append((min(n for n, _ in members), item))
    if problems:
        shown = "; ".join(problems[:10]) + (f"; and {len(problems) - 10} more" if len(problems) > 10 else "")
        raise ReviewError(f"The review cannot become a spec: {shown}")
    steps: list[dict[str, Any]] = []
    if figures:
        steps.append({"figures": [item for _, item in sorted(figures, key=lambda x: x[0])]})
    if procurements:
        steps.append({"procurements": [item for _, item in sorted(procurements, key=lambda x: x[0])]})
    spec: dict[str, Any] = {"document": doc.doc_id}
    if about:
        spec["about"] = about
    spec.update({"areas": areas.table, "defaults": {"area": default}, "steps": steps})
    return spec


def _figure(row: dict[str, Any], doc: Document, line: int, code: str, areas: _Areas, default: str, where: str,
            problems: list[str]) -> dict[str, Any] | None:
    measure, period = _text(row.get("measure")), _text(row.get("period"))
    qualifier = _text(row.get("qualifier")) or "count"
    value = _number(row.get("value"))
    bad = []
    if measure not in MEASURES:
        bad.append(f"measure {measure!r} is not in data/vocab.py")
    if not period:
        bad.append("the period is empty")
    if qualifier not in QUALIFIERS:
        bad.append(f"qualifier {qualifier!r} is not one of {', '.join(QUALIFIERS)}")
    if value is None:
        bad.append(f"value {_text(row.get('value'))!r} is not a number")
    if bad:
        problems.append(f"{where}: " + "; ".join(bad))
        return None
    found = written_form(doc.line(line), value)  # type: ignore[arg-type]
    if found is None:
        problems.append(f"{where}: {value:g} is not written on line {line}; correct the value or the line")
        return None
    text, scale, override = found
    marker, unique = choose_marker(doc, line, [text])
    item: dict[str, Any] = {"marker": marker, "text": text}
    if not unique:
        item["line"] = line
    if scale != 1:
        item["scale"] = int(scale) if float(scale).is_integer() else scale
    if override is not None:
        item["value"] = int(override) if float(override).is_integer() else override
    item.update({"measure": measure, "period": period, "qualifier": qualifier})
    key = areas.key(code)
    if key != default:
        item["area"] = key
    area_name = _text(row.get("area_name"))
    if area_name and area_name != areas.registry[code]["name"]:
        item["area_name"] = area_name
    if _text(row.get("breakdown")):
        item["breakdown"] = _text(row.get("breakdown"))
    unit = _text(row.get("unit"))
    if unit and unit != MEASURES[measure].unit:
        item["unit"] = unit
    item["section"] = section_for(doc, line)
    return item


def _procurement(service: str, code: str, members: list[tuple[int, dict[str, Any]]], doc: Document, areas: _Areas,
                 default: str, problems: list[str]) -> dict[str, Any] | None:
    members = sorted(members, key=lambda m: m[0])
    first, last = members[0][0], members[-1][0]
    stages: dict[str, Any] = {}
    notes: list[str] = []
    texts_at: dict[int, list[str]] = {}
    derived: list[tuple[str, dict[str, Any], str]] = []
    ok = True
    for line, row in members:
        where = f"procurement {service!r} (line {line})"
        raw_stage = _text(row.get("stage"))
        stage = STAGE_NAMES.get(raw_stage.lower(), "?") if raw_stage else "?"
        text = _text(row.get("date_text"))
        earliest, latest = _text(row.get("earliest")), _text(row.get("latest"))
        if stage == "?":
            problems.append(f"{where}: stage {raw_stage!r} is not one of {', '.join(PROCUREMENT_STAGES)}")
            ok = False
            continue
        if stage is None:  # a stage the curated tables have no column for: kept, as written
            notes.append(f"{raw_stage.replace('_', ' ')}: {text or earliest}")
            continue
        if stage in stages:
            problems.append(f"{where}: two dates for {stage}; keep one")
            ok = False
            continue
        try:
            lo = date.fromisoformat(earliest) if earliest else None
            hi = date.fromisoformat(latest) if latest else None
        except ValueError:
            problems.append(f"{where}: earliest/latest must be dates written YYYY-MM-DD")
            ok = False
            continue
        term = _number(row.get("term_months"))
        if text and text.lower() in doc.line(line).lower():
            texts_at.setdefault(line, []).append(text)
            span = parse_date_text(text)
            stages[stage] = text if (span.earliest, span.latest) == (lo, hi) else \
                {"text": text, "earliest": earliest or None, "latest": latest or None}
        elif term and stage in ("contract_end", "extension_end") and lo:
            derived.append((stage, {"text": text, "earliest": earliest, "latest": latest}, f"{int(term)}"))
        else:
            stages[stage] = {"text": text, "earliest": earliest or None, "latest": latest or None}
    if not ok:
        return None
    # A derived end ('4 years from 1 October 2026') is written as a term from the start when that gives
    # the reviewed dates; otherwise the reviewed dates are kept as they are.
    for stage, fixed, months in derived:
        start = stages.get("contract_start")
        rule = {"from": "contract_start", "months": int(months), "text": fixed["text"]}
        if start is not None and _term_matches(start, int(months), fixed):
            stages[stage] = rule
        else:
            stages[stage] = {k: v or None for k, v in fixed.items()}
    marker, unique = choose_marker(doc, first, texts_at.get(first, []))
    item: dict[str, Any] = {"marker": marker}
    if texts_at.get(first):
        item["texts"] = texts_at[first]
    if not unique:
        item["line"] = first
    if last != first:
        end_marker, end_unique = choose_marker(doc, last, texts_at.get(last, []))
        item["line_end"] = {"marker": end_marker, **({"texts": texts_at[last]} if texts_at.get(last) else {})}
        if not end_unique or _locate_after(doc, first, end_marker, texts_at.get(last, [])) != last:
            item["line_end"]["span"] = last - first
    item["section"] = section_for(doc, first)
    item["service"] = service
    item["category"] = category_for(service)
    if areas.key(code) != default:
        item["authorities"] = [areas.key(code)]
    item["stages"] = stages
    if notes:
        item["options"] = "; ".join(notes)
    return item


def _locate_after(doc: Document, start: int, marker: str, texts: list[str]) -> int | None:
    try:
        return locate(doc, marker, *texts, start=start)
    except DocumentError:
        return None


def _term_matches(start: Any, months: int, fixed: dict[str, str]) -> bool:
    from data.specs.runner import _term_end

    span = parse_date_text(start) if isinstance(start, str) else DateSpan(
        start["text"], _iso(start.get("earliest")), _iso(start.get("latest")))
    end = _term_end(span, months, fixed["text"])
    return (end.earliest, end.latest) == (_iso(fixed["earliest"]), _iso(fixed["latest"]))


def _iso(value: Any) -> date | None:
    return date.fromisoformat(value) if value else None


# ------------------------------------------------------------------ YAML out

def dump_spec(spec: dict[str, Any], header: str = "") -> str:
    """The spec as YAML, one line per figure or procurement (SafeDumper quotes any string YAML would misread)."""
    lines = [f"# {h}" if h else "#" for h in header.splitlines()]
    top = {k: v for k, v in spec.items() if k != "steps"}
    lines.append(yaml.dump(top, Dumper=yaml.SafeDumper, sort_keys=False, allow_unicode=True, width=120,
                           default_flow_style=None).rstrip())
    lines.append("steps:")
    for step in spec["steps"]:
        (kind, items), = step.items()
        lines.append(f"  - {kind}:")
        for item in items:
            flow = yaml.dump(item, Dumper=yaml.SafeDumper, sort_keys=False, allow_unicode=True, width=100000,
                             default_flow_style=True).strip()
            lines.append(f"      - {flow}")
    return "\n".join(lines) + "\n"
