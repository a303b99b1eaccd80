"""Official reference figures by area, as tidy rows: one figure per area, measure and group.

    python -m data.reference            # rebuild data/reference.csv and data/crosschecks.csv
    python -m data.reference --check    # fail if the committed tables differ from a fresh build
    python -m data.reference --reference /path/to/reference

Read from the snapshots in ../shared/reference (or $CMA_REFERENCE_DIR; its README gives sources):
Census 2021 unpaid care (TS039) and age (TS007) by 2021 district, Census 2011 unpaid care (QS301EW)
by April 2018 district, and NHS England's dementia diagnosis rate for people aged 65+ (January 2025)
by April 2023 lower and upper tier authority, region and England. Every row carries its publisher,
table, period, universe (who is counted), licence and attribution, and a derivation where the atlas
worked a figure out (a share from two counts, a country from its districts). Codes stay those of the
publisher's geography; `geography` names that vintage, and views join vintages through the successor
lookup (geo.lookup). Each file is checked before anything is written: its parts must add to its totals,
rates must match their counts, and the totals must be the publishers' headline figures.
"""
from __future__ import annotations

import argparse
import csv
import io
import os
import sys
import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import pandas as pd

from data.csv_out import render_csv

DATA_DIR = Path(__file__).resolve().parent
REFERENCE_CSV = DATA_DIR / "reference.csv"
DEFAULT_REFERENCE_DIR = DATA_DIR.parent.parent / "shared" / "reference"

LICENCE = "Open Government Licence v3.0"
LICENCE_SHORT = "OGL v3.0"
REFERENCE_COLUMNS: tuple[str, ...] = (
    "area_code", "area_name", "geography", "measure", "breakdown", "period", "value", "unit",
    "ci_lower", "ci_upper", "universe", "derivation", "publisher", "table", "licence", "attribution",
)

# Who each figure counts: the words the screen uses beside every official figure.
AGED_5_PLUS = "usual residents aged 5+"
ALL_RESIDENTS = "all usual residents"
AGED_65_PLUS = "people aged 65+"

# Hours of unpaid care a week: the groups the atlas keeps (breakdown "" is any amount of care).
BAND_19_OR_LESS = "19 hours or less a week"
BAND_1_19 = "1-19 hours a week"
BAND_20_49 = "20-49 hours a week"
BAND_50_PLUS = "50+ hours a week"
HOURS_BANDS_2021: tuple[str, ...] = (BAND_19_OR_LESS, BAND_20_49, BAND_50_PLUS)
HOURS_BANDS_2011: tuple[str, ...] = ()  # the 2011 file's bands are checked, not kept: the atlas compares totals

DEMENTIA_TARGET_PCT = 66.7  # NHS England's national ambition for the diagnosis rate (65+)

COUNTRIES = {"E": ("E92000001", "England"), "W": ("W92000004", "Wales")}
ENGLAND_AND_WALES = ("K04000001", "England and Wales")


class ReferenceDataError(Exception):
    """A reference file is missing, unreadable or does not add up; the message says which and why."""


@dataclass(frozen=True)
class Source:
    key: str
    file: str
    publisher: str
    table: str
    period: str
    geography: str

    @property
    def attribution(self) -> str:
        return f"Source: {self.publisher}, {self.table}, licensed under the {LICENCE}."

    @property
    def title(self) -> str:
        return TABLE_TITLES[self.table]


ONS = "Office for National Statistics"
TABLE_TITLES = {
    "Census 2021 TS039": "Provision of unpaid care, usual residents aged 5 and over",
    "Census 2021 TS007": "Age by single year, all usual residents",
    "2011 Census QS301EW": "Provision of unpaid care, all usual residents",
    "Primary Care Dementia Data, January 2025, Table 4": "Recorded and estimated dementia and the diagnosis rate, aged 65+",
}
# What each official count counts, in words for the screen (the measure names are the atlas's vocabulary).
WHAT_IT_COUNTS = {
    "dementia_register": "people aged 65+ on GP practice registers with a recorded dementia diagnosis",
    "dementia_estimated": ("people aged 65+ expected to have dementia: age- and sex-specific prevalence rates "
                           "(CFAS II) applied to the registered population"),
    "dementia_diagnosis_rate": "recorded ÷ estimated × 100, with its 95% confidence interval",
}
NHSE = "NHS England"
SOURCES: dict[str, Source] = {s.key: s for s in (
    Source("ts039", "census2021_ts039_unpaid_care_ltla.csv", ONS, "Census 2021 TS039",
           "2021", "districts 2021"),
    Source("ts007", "census2021_ts007_age_single_year_ltla.csv", ONS, "Census 2021 TS007",
           "2021", "districts 2021"),
    Source("qs301", "census2011_qs301ew_unpaid_care_lad18.csv", ONS, "2011 Census QS301EW",
           "2011", "districts April 2018"),
    Source("pcdd", "nhse_pcdd_jan2025_table4_dementia_diag_rate_65plus.csv", NHSE,
           "Primary Care Dementia Data, January 2025, Table 4", "January 2025", "authorities April 2023"),
)}

# Headline totals the publishers give (README of ../shared/reference); a snapshot that no longer
# adds up to them is not the table the atlas describes.
HEADLINES = {
    ("ts039", "K04000001", "population"): 56_365_485,
    ("ts039", "K04000001", "carers_unpaid"): 4_989_002,
    ("qs301", "K04000001", "population"): 56_075_912,
    ("qs301", "K04000001", "carers_unpaid"): 5_800_246,
}


def reference_dir(path: str | os.PathLike[str] | None = None) -> Path:
    return Path(path or os.environ.get("CMA_REFERENCE_DIR") or DEFAULT_REFERENCE_DIR)


def _read_rows(folder: Path, source: Source) -> list[dict[str, str]]:
    path = folder / source.file
    if not path.is_file():
        raise ReferenceDataError(f"{source.file} is missing (looked in {folder}); set CMA_REFERENCE_DIR "
                                 "to the folder holding the official reference files.")
    try:
        with path.open(newline="", encoding="utf-8-sig") as fh:
            rows = list(csv.DictReader(fh))
    except (UnicodeDecodeError, csv.Error) as exc:
        raise ReferenceDataError(f"{source.file} is not a readable UTF-8 CSV ({exc}).") from None
    if not rows:
        raise ReferenceDataError(f"{source.file} has no rows.")
    return rows


def _column(rows: list[dict[str, str]], source: Source, *words: str) -> str:
    """The one column whose header contains every word (headers are long and publisher-worded)."""
    hits = [c for c in rows[0] if all(w.lower() in c.lower() for w in words)]
    if len(hits) != 1:
        raise ReferenceDataError(f"{source.file}: expected one column containing {words}, found {len(hits)}.")
    return hits[0]


def _number(text: str, source: Source, where: str) -> float:
    try:
        return float(str(text).replace(",", "").strip())
    except ValueError:
        raise ReferenceDataError(f"{source.file}: {where} is {text!r}, not a number.") from None


def _check(ok: bool, source: Source, message: str) -> None:
    if not ok:
        raise ReferenceDataError(f"{source.file}: {message}")


def _row(source: Source, code: str, name: str, measure: str, breakdown: str, value: float, unit: str,
         universe: str, derivation: str = "", geography: str | None = None,
         ci: tuple[float, float] | None = None) -> dict[str, object]:
    return {
        "area_code": code, "area_name": name, "geography": geography or source.geography, "measure": measure,
        "breakdown": breakdown, "period": source.period, "value": value, "unit": unit,
        "ci_lower": ci[0] if ci else None, "ci_upper": ci[1] if ci else None, "universe": universe,
        "derivation": derivation, "publisher": source.publisher, "table": source.table, "licence": LICENCE_SHORT,
        "attribution": source.attribution,
    }


def joined(*parts: str) -> str:
    return "; ".join(p for p in parts if p)


def _share(count: float, base: float) -> float:
    return round(100 * count / base, 2)


def _census_districts(rows: list[dict[str, str]], source: Source, columns: dict[str, str]) -> dict[str, dict]:
    """code -> {'name', and each named column as a number}, checking codes are unique district codes."""
    out: dict[str, dict] = {}
    for i, r in enumerate(rows, start=2):
        code = r["geography code"].strip()
        _check(code[:3] in {"E06", "E07", "E08", "E09", "W06"}, source, f"line {i}: {code!r} is not a district code")
        _check(code not in out, source, f"line {i}: {code} appears twice")
        out[code] = {"name": r["geography"].strip(),
                     **{k: _number(r[c], source, f"line {i} {k}") for k, c in columns.items()}}
    return out


def _with_countries(districts: dict[str, dict], keys: Iterable[str]) -> dict[str, dict]:
    """England, Wales and England and Wales as sums of their districts (the files have no country rows)."""
    keys = list(keys)
    groups = {**{code: (name, pre) for pre, (code, name) in COUNTRIES.items()}, ENGLAND_AND_WALES[0]: (ENGLAND_AND_WALES[1], "")}
    out = {}
    for code, (name, prefix) in groups.items():
        members = [d for c, d in districts.items() if c.startswith(prefix)]
        out[code] = {"name": name, "n": len(members), **{k: sum(d[k] for d in members) for k in keys}}
    return out


def _summed(d: dict) -> tuple[str, str | None]:
    """How a row was derived and its geography: a country summed from its districts says so; a district says nothing."""
    if "n" not in d:
        return "", None
    return f"sum of its {d['n']} districts", "country"


def census2021_carers(folder: Path) -> list[dict[str, object]]:
    src = SOURCES["ts039"]
    rows = _read_rows(folder, src)
    cols = {
        "base": _column(rows, src, "Total: All usual residents aged 5 and over"),
        "none": _column(rows, src, "no unpaid care"),
        BAND_19_OR_LESS: _column(rows, src, "19 hours or less"),
        "9 or less": _column(rows, src, "Provides 9 hours or less"),
        "10-19": _column(rows, src, "10 to 19 hours"),
        BAND_20_49: _column(rows, src, "20 to 49 hours"),
        "20-34": _column(rows, src, "20 to 34 hours"),
        "35-49": _column(rows, src, "35 to 49 hours"),
        BAND_50_PLUS: _column(rows, src, "50 or more hours"),
    }
    districts = _census_districts(rows, src, cols)
    _check(len(districts) == 331, src, f"{len(districts)} districts, expected the 331 of England and Wales")
    for code, d in districts.items():
        _check(d["base"] == d["none"] + d[BAND_19_OR_LESS] + d[BAND_20_49] + d[BAND_50_PLUS], src,
               f"{code}: the hours groups do not add to the total aged 5+")
        _check(d[BAND_19_OR_LESS] == d["9 or less"] + d["10-19"], src, f"{code}: 9 or less + 10-19 != 19 or less")
        _check(d[BAND_20_49] == d["20-34"] + d["35-49"], src, f"{code}: 20-34 + 35-49 != 20-49")
        d["carers"] = d["base"] - d["none"]
    return _carer_rows(src, districts, HOURS_BANDS_2021, AGED_5_PLUS, "aged 5+")


def census2011_carers(folder: Path) -> list[dict[str, object]]:
    src = SOURCES["qs301"]
    rows = _read_rows(folder, src)
    cols = {
        "base": _column(rows, src, "All categories"),
        "none": _column(rows, src, "Provides no unpaid care"),
        BAND_1_19: _column(rows, src, "1 to 19 hours"),
        BAND_20_49: _column(rows, src, "20 to 49 hours"),
        BAND_50_PLUS: _column(rows, src, "50 or more hours"),
    }
    districts = _census_districts(rows, src, cols)
    _check(len(districts) == 348, src, f"{len(districts)} districts, expected 348 (April 2018 districts)")
    for code, d in districts.items():
        _check(d["base"] == d["none"] + d[BAND_1_19] + d[BAND_20_49] + d[BAND_50_PLUS], src,
               f"{code}: the hours groups do not add to all usual residents")
        d["carers"] = d["base"] - d["none"]
    return _carer_rows(src, districts, HOURS_BANDS_2011, ALL_RESIDENTS, "all ages")


def _carer_rows(src: Source, districts: dict[str, dict], bands: tuple[str, ...], universe: str,
                base_label: str) -> list[dict[str, object]]:
    keys = ["base", "carers", *bands]
    countries = _with_countries(districts, keys)
    for code, d in countries.items():
        for measure, key in (("population", "base"), ("carers_unpaid", "carers")):
            want = HEADLINES.get((src.key, code, measure))
            _check(want is None or d[key] == want, src,
                   f"{d['name']} {measure} is {d[key]:,.0f}, not the publisher's headline {want or 0:,}")
    out: list[dict[str, object]] = []
    share_how = "count ÷ residents × 100"
    for code, d in [*districts.items(), *countries.items()]:
        summed, geo = _summed(d)
        out.append(_row(src, code, d["name"], "population", base_label, d["base"], "people", universe, summed, geo))
        out.append(_row(src, code, d["name"], "carers_unpaid", "", d["carers"], "people", universe,
                        joined("total less 'no unpaid care'", summed), geo))
        out.append(_row(src, code, d["name"], "carers_unpaid_pct", "", _share(d["carers"], d["base"]), "percent",
                        universe, joined(share_how, summed), geo))
        for band in bands:
            out.append(_row(src, code, d["name"], "carers_unpaid", band, d[band], "people", universe, summed, geo))
            out.append(_row(src, code, d["name"], "carers_unpaid_pct", band, _share(d[band], d["base"]), "percent",
                            universe, joined(share_how, summed), geo))
    return out


def census2021_age(folder: Path) -> list[dict[str, object]]:
    src = SOURCES["ts007"]
    rows = _read_rows(folder, src)
    cols = {
        "total": _column(rows, src, "Age: Total"),
        "65-74": _column(rows, src, "Aged 65 to 74 years"),
        "75-84": _column(rows, src, "Aged 75 to 84 years"),
        "85+": _column(rows, src, "Aged 85 years and over"),
    }
    def age_of(column: str) -> int | None:  # 'Age: Aged 67 years; ...' -> 67; 'under 1' -> 0; '100 and over' -> 100
        words = column.split(";")[0].split()
        if "to" in words or ("over" in words and "100" not in words) or "and under" in column:
            return None  # a band: '5 to 9', '85 and over', '4 years and under'
        if "under" in words:
            return 0
        return int(words[2]) if len(words) > 2 and words[2].isdigit() else None

    single = {c: age_of(c) for c in rows[0] if c.startswith("Age: Aged ")}
    single = {c: a for c, a in single.items() if a is not None}
    _check(sorted(single.values()) == list(range(101)), src, "single-year columns are not ages 0 to 100 and over")
    districts = _census_districts(rows, src, cols)
    _check(len(districts) == 331, src, f"{len(districts)} districts, expected 331")
    by_code = {r["geography code"].strip(): r for r in rows}
    for code, d in districts.items():
        d["65+"] = d["65-74"] + d["75-84"] + d["85+"]
        ages = {a: _number(by_code[code][c], src, f"{code} {c}") for c, a in single.items()}
        _check(sum(ages.values()) == d["total"], src, f"{code}: single years of age do not add to the total")
        _check(sum(v for a, v in ages.items() if a >= 65) == d["65+"], src,
               f"{code}: single years 65 and over do not make 65-74 + 75-84 + 85 and over")
    countries = _with_countries(districts, ["total", "65+"])
    out: list[dict[str, object]] = []
    for code, d in [*districts.items(), *countries.items()]:
        summed, geo = _summed(d)
        out.append(_row(src, code, d["name"], "population", "all ages", d["total"], "people", ALL_RESIDENTS, summed,
                        geo))
        out.append(_row(src, code, d["name"], "population", "aged 65+", d["65+"], "people", AGED_65_PLUS,
                        joined("65-74 + 75-84 + 85 and over", summed), geo))
    return out


NHS_TIERS = {
    "Lower Tier Local Authority": "lower tier authorities April 2023",
    "Upper Tier Local Authority": "upper tier authorities April 2023",
    "Government Office Region": "regions",
    "National": "country",
}


def dementia_diagnosis(folder: Path) -> list[dict[str, object]]:
    """Recorded and estimated dementia (65+) and the diagnosis rate with its 95% interval.

    A unitary authority is both a lower and an upper tier authority: it is kept once, with
    geography 'lower and upper tier authorities April 2023'. ICBs, sub-ICB locations and NHS
    regions are left out (the atlas maps local authorities).
    """
    src = SOURCES["pcdd"]
    rows = _read_rows(folder, src)
    kept: dict[str, dict] = {}
    for i, r in enumerate(rows, start=2):
        tier = NHS_TIERS.get(r["Type"].strip())
        code = r["ONS Code"].strip()
        if tier is None or not code.startswith("E"):
            continue  # ICB, sub-ICB, NHS region, or the national row under its ODS code 'ENG'
        values = {k: _number(r[c], src, f"line {i} {c}") for k, c in (
            ("recorded", "Recorded dementia 65+"), ("estimated", "Estimated dementia 65+"),
            ("rate", "Diagnosis rate (%)"), ("lower", "95% CI lower"), ("upper", "95% CI upper"))}
        values = {k: round(v, 1) for k, v in values.items()}
        _check(values["lower"] <= values["rate"] <= values["upper"], src, f"line {i}: {code} rate outside its interval")
        _check(abs(100 * values["recorded"] / values["estimated"] - values["rate"]) <= 0.06, src,
               f"line {i}: {code} rate {values['rate']} is not recorded ÷ estimated")
        entry = {"name": r["Name"].strip(), "tier": tier, **values}
        if code in kept:
            same = all(kept[code][k] == entry[k] for k in values)
            _check(same, src, f"line {i}: {code} appears twice with different figures")
            if kept[code]["tier"] != tier:
                kept[code]["tier"] = "lower and upper tier authorities April 2023"
            continue
        kept[code] = entry
    lower = [c for c, e in kept.items() if "lower" in e["tier"]]
    _check(len(lower) == 296, src, f"{len(lower)} lower tier authorities, expected England's 296 (April 2023)")
    national = kept.get("E92000001")
    _check(national is not None, src, "no national row for England (E92000001)")
    recorded = sum(kept[c]["recorded"] for c in lower)
    _check(recorded == national["recorded"], src, f"lower tier authorities record {recorded:,.0f}, England {national['recorded']:,.0f}")
    out: list[dict[str, object]] = []
    for code, e in kept.items():
        geo = e["tier"]
        out.append(_row(src, code, e["name"], "dementia_register", "aged 65+", e["recorded"], "people", AGED_65_PLUS,
                        "", geo))
        out.append(_row(src, code, e["name"], "dementia_estimated", "aged 65+", e["estimated"], "people", AGED_65_PLUS,
                        "", geo))
        out.append(_row(src, code, e["name"], "dementia_diagnosis_rate", "aged 65+", e["rate"], "percent", AGED_65_PLUS,
                        "", geo, (e["lower"], e["upper"])))
    return out


BUILDERS: tuple[Callable[[Path], list[dict[str, object]]], ...] = (
    census2021_carers, census2011_carers, census2021_age, dementia_diagnosis,
)


def build_reference(folder: str | os.PathLike[str] | None = None) -> list[dict[str, object]]:
    """Every reference row, checked, in a fixed order (source, measure, group, area)."""
    where = reference_dir(folder)
    rows = []
    for build in BUILDERS:
        built = build(where)
        built.sort(key=lambda r: (str(r["measure"]), str(r["breakdown"]), str(r["area_code"])))
        rows += built
    return rows


def render_reference(rows: list[dict[str, object]]) -> str:
    return render_csv(rows, REFERENCE_COLUMNS)


def write_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.stem}.", suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
        fh.write(text)
    os.replace(tmp, path)


def difference(path: Path, text: str) -> str | None:
    """None when the committed file matches `text`, else a short description of how it differs."""
    if not path.exists():
        return f"{path.name}: missing (run `make data`)"
    old, new = path.read_text(encoding="utf-8").splitlines(), text.splitlines()
    if old == new:
        return None
    removed = [line for line in old if line not in set(new)]
    added = [line for line in new if line not in set(old)]
    return (f"{path.name}: {len(old) - 1} committed rows vs {len(new) - 1} rebuilt; "
            f"{len(removed)} lines only in the committed file, {len(added)} only in the rebuild"
            + "".join(f"\n  - {line[:160]}" for line in removed[:5])
            + "".join(f"\n  + {line[:160]}" for line in added[:5]))


# --- the read side (plain pandas; components add the Streamlit cache) --------------------------------

@lru_cache(maxsize=2)
def _load(path: str) -> pd.DataFrame:
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    missing = [c for c in REFERENCE_COLUMNS if c not in frame.columns]
    if missing:
        raise ReferenceDataError(f"{Path(path).name} lacks the column(s) {', '.join(missing)}; run `make data`.")
    for col in ("value", "ci_lower", "ci_upper"):
        frame[col] = pd.to_numeric(frame[col].where(frame[col] != "", None), errors="raise").astype("float64")
    return frame


def load_reference(path: str | os.PathLike[str] | None = None) -> pd.DataFrame:
    """data/reference.csv as a frame (value, ci_lower, ci_upper as floats); a copy, safe to modify."""
    target = Path(path or REFERENCE_CSV)
    if not target.is_file():
        raise ReferenceDataError(f"{target.name} is missing; run `make data` to build it from ../shared/reference.")
    return _load(str(target)).copy()


def main(argv: list[str] | None = None) -> int:
    from data import crosscheck

    parser = argparse.ArgumentParser(prog="python -m data.reference", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare with the committed tables; write nothing")
    parser.add_argument("--reference", help="folder of official reference files (default ../shared/reference "
                                            "or $CMA_REFERENCE_DIR)")
    args = parser.parse_args(argv)
    try:
        rows = build_reference(args.reference)
    except ReferenceDataError as exc:
        print(f"error: {exc}\nNothing was written; the committed tables are unchanged.", file=sys.stderr)
        return 2
    texts = {REFERENCE_CSV: render_reference(rows)}
    checks = crosscheck.cross_checks(crosscheck.load_document_measures(), pd.read_csv(
        io.StringIO(texts[REFERENCE_CSV]), dtype={"area_code": str}, keep_default_na=False))
    texts[crosscheck.CROSSCHECKS_CSV] = crosscheck.render(checks)
    if args.check:
        problems = [p for p in (difference(path, text) for path, text in texts.items()) if p]
        if problems:
            print("The committed reference tables differ from a fresh build (run `make data`):", file=sys.stderr)
            print("\n".join(problems), file=sys.stderr)
            return 1
        agreed = sum(1 for c in checks if c["result"] == crosscheck.AGREES)
        print(f"ok: {len(rows)} reference figures; {len(checks)} cross-checks ({agreed} agree) match the sources")
        return 0
    for path, text in texts.items():
        write_atomic(path, text)
        print(f"wrote {path.relative_to(DATA_DIR.parent)}")
    print(f"{len(rows)} reference figures, {len(checks)} cross-checks")
    return 0


if __name__ == "__main__":
    sys.exit(main())
