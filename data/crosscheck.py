"""Cross-checks: where a document quotes a figure an official table also gives, compare the two.

A document's 2011 district carer count was, in the documents we hold, taken from the 2011 Census;
the same census is in data/reference.csv. Each comparison is kept (data/crosschecks.csv, rebuilt by
`python -m data.reference`): agreement within the document's own rounding is a check passed; a
difference beyond it is a finding with both values and both sources. Neither figure is "fixed".

Rounding: a document's precision is the most decimals any figure of the same measure has in the same
section (a table column shares one precision, and "9" in a column of "10.1"s is "9.0"); an approximate
whole number is rounded to its trailing zeros ("about 59,000": to the thousand). The official figure
agrees when it rounds to the document's figure at that precision.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from data.csv_out import render_csv

DATA_DIR = Path(__file__).resolve().parent
MEASURES_CSV = DATA_DIR / "measures.csv"
CROSSCHECKS_CSV = DATA_DIR / "crosschecks.csv"

AGREES = "agrees"
DIFFERS = "differs"
CROSSCHECK_COLUMNS: tuple[str, ...] = (
    "doc_id", "area_code", "area_name", "measure", "breakdown", "period", "document_value", "document_qualifier",
    "document_locator", "official_value", "official_universe", "official_table", "official_derivation",
    "official_attribution", "tolerance", "difference", "result", "message",
)
# Qualifiers a document's figure may carry and still claim to be the period's measured figure.
COMPARABLE_QUALIFIERS = frozenset({"count", "estimate", "approximate", "rate"})


@dataclass(frozen=True)
class Rule:
    """A document figure (measure, period, group) and the official figure it should equal."""
    measure: str
    period: str
    doc_breakdowns: tuple[str, ...]
    table_prefix: str  # the official table, by the start of its name in reference.csv
    ref_breakdown: str


RULES: tuple[Rule, ...] = (
    Rule("carers_unpaid", "2011", ("", "all ages"), "2011 Census QS301EW", ""),
    Rule("carers_unpaid_pct", "2011", ("", "all ages"), "2011 Census QS301EW", ""),
    Rule("carers_unpaid", "2021", ("", "aged 5+"), "Census 2021 TS039", ""),
    Rule("carers_unpaid_pct", "2021", ("", "aged 5+"), "Census 2021 TS039", ""),
    Rule("population", "2021", ("aged 65+",), "Census 2021 TS007", "aged 65+"),
    Rule("population", "2021", ("", "all ages"), "Census 2021 TS007", "all ages"),
)
# A share is worked out again from its counts when an area is a sum of districts.
SHARE_PARTS = {"carers_unpaid_pct": "carers_unpaid"}
BASE_BREAKDOWN = {"2011 Census QS301EW": "all ages", "Census 2021 TS039": "aged 5+"}


def load_document_measures(path: Path = MEASURES_CSV) -> pd.DataFrame:
    """data/measures.csv as text (the value's written decimals are its precision)."""
    return pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")


def _decimals(text: str) -> int:
    text = str(text).strip()
    return len(text.split(".", 1)[1]) if "." in text else 0


def tolerance(value_text: str, qualifier: str, column_decimals: int) -> float:
    """Half a unit of the document's last stated digit: how far an official figure may be and still round to it."""
    decimals = max(_decimals(value_text), column_decimals)
    if decimals:
        return 0.5 * 10 ** -decimals
    if qualifier == "approximate":
        digits = str(int(float(value_text)))
        zeros = len(digits) - len(digits.rstrip("0"))
        return 0.5 * 10 ** zeros if zeros else 0.5
    return 0.5


def _children(area_code: str, areas: pd.DataFrame) -> list[str]:
    """The districts an upper-tier area is built from (registry parents), for summing official counts."""
    rows = areas[(areas["parent_code"] == area_code) & (areas["boundary"] == "lad")]
    return list(rows["area_code"])


def official_value(reference: pd.DataFrame, rule: Rule, area_code: str, areas: pd.DataFrame,
                   ) -> tuple[float, pd.Series, str] | None:
    """(value, the official row it comes from, how it was derived) for an area, or None when none is held."""
    table = reference[reference["table"].str.startswith(rule.table_prefix)]

    def pick(code: str, measure: str, breakdown: str) -> pd.Series | None:
        hit = table[(table["area_code"] == code) & (table["measure"] == measure) & (table["breakdown"] == breakdown)]
        return hit.iloc[0] if len(hit) else None

    direct = pick(area_code, rule.measure, rule.ref_breakdown)
    if direct is not None:
        return float(direct["value"]), direct, str(direct["derivation"])
    parts = _children(area_code, areas)
    if not parts:
        return None
    count_measure = SHARE_PARTS.get(rule.measure, rule.measure)
    counts = [pick(c, count_measure, rule.ref_breakdown) for c in parts]
    if any(c is None for c in counts):
        return None  # a district of the time is not in the official table's geography
    total = sum(float(c["value"]) for c in counts)
    how = f"sum of {len(parts)} districts ({', '.join(parts)})"
    if rule.measure in SHARE_PARTS:
        bases = [pick(c, "population", BASE_BREAKDOWN[rule.table_prefix]) for c in parts]
        if any(b is None for b in bases):
            return None
        total = round(100 * total / sum(float(b["value"]) for b in bases), 2)
        how = f"carers ÷ residents, each summed over {len(parts)} districts ({', '.join(parts)})"
    return total, counts[0], how


def _fmt(value: float, unit: str) -> str:
    if unit == "percent":
        return f"{round(value, 2):g}%"
    return f"{value:,.0f}" if float(value).is_integer() else f"{value:,.1f}"


def _gap(diff: float, unit: str) -> str:
    """'8 more', '0.08 percentage points less': how far the official figure is from the document's."""
    if unit == "percent":
        return f"{round(abs(diff), 2):g} percentage points {'higher' if diff > 0 else 'lower'}"
    return f"{abs(diff):,.0f} {'more' if diff > 0 else 'fewer'}"


def cross_checks(measures: pd.DataFrame, reference: pd.DataFrame, areas: pd.DataFrame | None = None,
                 ) -> list[dict[str, object]]:
    """Every document figure that has an official counterpart, compared; sorted by document, line and area."""
    if areas is None:
        from data.store import load_areas

        areas = load_areas()
    reference = reference.assign(value=pd.to_numeric(reference["value"]))
    out: list[dict[str, object]] = []
    for rule in RULES:
        rows = measures[(measures["measure"] == rule.measure) & (measures["period"] == rule.period)
                        & measures["breakdown"].isin(rule.doc_breakdowns)
                        & measures["qualifier"].isin(COMPARABLE_QUALIFIERS)]
        for _, row in rows.iterrows():
            found = official_value(reference, rule, row["area_code"], areas)
            if found is None:
                continue
            official, ref_row, how = found
            same_column = measures[(measures["doc_id"] == row["doc_id"]) & (measures["measure"] == row["measure"])
                                   & (measures["section"] == row["section"])]
            tol = tolerance(row["value"], row["qualifier"], max(_decimals(v) for v in same_column["value"]))
            doc_value = float(row["value"])
            diff = round(official - doc_value, 6)
            agrees = abs(diff) <= tol + 1e-9
            unit = str(ref_row["unit"])
            what = "share providing unpaid care" if rule.measure == "carers_unpaid_pct" else (
                "unpaid carers" if rule.measure == "carers_unpaid" else f"population {rule.ref_breakdown}")
            table = str(ref_row["table"])
            if agrees:
                message = (f"{row['area_name']} {rule.period}: the document's {what} ({_fmt(doc_value, unit)}) agrees with "
                           f"{table} ({_fmt(official, unit)}, {ref_row['universe']}) within its rounding.")
            else:
                message = (f"{row['area_name']} {rule.period}: the document gives {what} as {_fmt(doc_value, unit)}; "
                           f"{table} gives {_fmt(official, unit)} ({ref_row['universe']}), "
                           f"{_gap(diff, unit)} than the document (its rounding allows ±{tol:g}).")
            out.append({
                "doc_id": row["doc_id"], "area_code": row["area_code"], "area_name": row["area_name"],
                "measure": rule.measure, "breakdown": row["breakdown"], "period": rule.period,
                "document_value": doc_value, "document_qualifier": row["qualifier"], "document_locator": row["locator"],
                "official_value": official, "official_universe": ref_row["universe"], "official_table": table,
                "official_derivation": how, "official_attribution": ref_row["attribution"], "tolerance": tol,
                "difference": diff, "result": AGREES if agrees else DIFFERS, "message": message,
            })
    out.sort(key=lambda r: (str(r["doc_id"]), str(r["document_locator"]), str(r["area_code"]), str(r["measure"])))
    return out


def render(checks: list[dict[str, object]]) -> str:
    return render_csv(checks, CROSSCHECK_COLUMNS)


def load_crosschecks(path: Path = CROSSCHECKS_CSV) -> pd.DataFrame:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    for col in ("document_value", "official_value", "tolerance", "difference"):
        frame[col] = pd.to_numeric(frame[col]).astype("float64")
    return frame


def as_findings(checks: pd.DataFrame) -> pd.DataFrame:
    """The differences as rows of the findings table (data/findings.csv's columns), for Data and sources."""
    from data.model import FINDING_COLUMNS

    differs = checks[checks["result"] == DIFFERS]
    line = differs["document_locator"].str.extract(r":L(\d+)", expand=False).fillna("0").astype(int)
    frame = pd.DataFrame({
        "doc_id": differs["doc_id"], "check": "official figures", "severity": "warning",
        "message": differs["message"] + " " + differs["official_attribution"],
        "area_code": differs["area_code"], "measure": differs["measure"], "period": differs["period"],
        "expected": differs["official_value"], "observed": differs["document_value"],
        "difference": differs["document_value"] - differs["official_value"], "line": line,
        "locator": differs["document_locator"],
    })
    return frame[list(FINDING_COLUMNS)].reset_index(drop=True)
