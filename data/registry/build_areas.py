"""Build data/registry/areas.csv for every UK local authority (run by hand; the output is committed).

    python -m data.registry.build_areas [--geo-dir ../shared/geo] [--check]

Keeps every row of areas_curated.csv exactly (other code relies on their codes, tiers and parents) and
adds: the UK's countries and groupings, every district in the 2013 and 2023 boundary files
with its tier, county parent (data/registry/counties.csv) and validity dates
(data/registry/lad_changes.csv), successors of abolished districts found by where they lie on
the 2023 map, and the shire counties. Aliases never include ordinary words ('Total').
"""
from __future__ import annotations

import argparse
import csv
import io
import sys
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
AREAS = HERE / "areas.csv"
CURATED = HERE / "areas_curated.csv"  # hand-written rows (documents' areas, CCGs, partnerships), kept exactly
COLUMNS = ("area_code", "name", "document_names", "current_name", "tier", "parent_code",
           "valid_from", "valid_to", "successor_code", "boundary", "note")
TIER_BY_PREFIX = {
    "E06": "unitary authority", "E07": "non-metropolitan district", "E08": "metropolitan district",
    "E09": "london borough", "W06": "unitary authority", "S12": "council area", "N09": "district (Northern Ireland)",
}
COUNTRY_BY_PREFIX = {"E": "E92000001", "W": "W92000004", "S": "S92000003", "N": "N92000002"}
EXTRA_COUNTRIES = [
    ("K02000001", "United Kingdom", "United Kingdom|UK|U.K."),
    ("K03000001", "Great Britain", "Great Britain|GB"),
    ("K04000001", "England and Wales", "England and Wales|England & Wales"),
    ("W92000004", "Wales", "Wales"),
    ("N92000002", "Northern Ireland", "Northern Ireland"),
]
# Aliases that are ordinary words must never be in the registry (they would match any text).
ORDINARY_ALIASES = {"total", "all", "county", "council", "district", "borough", "city", "area", "region", "other"}


def _tidy_name(name: str) -> tuple[str, list[str]]:
    """'Bristol, City of' -> ('Bristol, City of', ['Bristol', 'City of Bristol']); '&' and 'and' both."""
    aliases = [name]
    for suffix in (", City of", ", County of"):
        if name.endswith(suffix):
            base = name[: -len(suffix)]
            aliases += [base, f"{suffix[2:]} {base}"]
    for a in list(aliases):
        if " and " in a:
            aliases.append(a.replace(" and ", " & "))
    return name, list(dict.fromkeys(aliases))


def _expand(ranges: str) -> list[str]:
    out = []
    for part in ranges.split("|"):
        first, _, last = part.partition("-")
        last = last or first
        prefix = first[:3]
        out += [f"{prefix}{n:06d}" for n in range(int(first[3:]), int(last[3:]) + 1)]
    return out


def _read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def _successors(geo_dir: Path, old_codes: list[str]) -> dict[str, str]:
    """Each abolished district -> the 2023 district its representative point falls in."""
    import geopandas as gpd

    import pyogrio

    wanted = ", ".join(f"'{c}'" for c in old_codes)
    old = pyogrio.read_dataframe(geo_dir / "lad_2013_gb.geojson", where=f"LAD13CD IN ({wanted})").to_crs(27700)
    new = gpd.read_file(geo_dir / "lad_2023_uk_buc.geojson").to_crs(27700)
    old["geometry"] = old.geometry.representative_point()
    joined = gpd.sjoin(old, new[["LAD23CD", "geometry"]], predicate="within", how="left")
    out = {}
    for row in joined.itertuples():
        if isinstance(row.LAD23CD, str):
            out[row.LAD13CD] = row.LAD23CD
        else:  # a point on a coast clipped differently: nearest 2023 district
            dist = new.distance(old.set_index("LAD13CD").geometry[row.LAD13CD])
            out[row.LAD13CD] = new.loc[dist.idxmin(), "LAD23CD"]
    return out


def build(geo_dir: Path, county_boundary: str = "dissolve") -> list[dict[str, str]]:
    import pyogrio

    existing = _read_csv(CURATED)
    rows: dict[str, dict[str, str]] = {}
    for r in existing:
        names = [n for n in r["document_names"].split("|") if n and n.lower() not in ORDINARY_ALIASES]
        rows[r["area_code"]] = {**r, "document_names": "|".join(names)}
    for code, name, aliases in EXTRA_COUNTRIES:
        rows.setdefault(code, dict(area_code=code, name=name, document_names=aliases, current_name=name,
                                   tier="country", parent_code="", valid_from="", valid_to="", successor_code="",
                                   boundary="none", note="Benchmark row; not mapped"))

    n13 = pyogrio.read_dataframe(geo_dir / "lad_2013_gb.geojson", read_geometry=False)
    n23 = pyogrio.read_dataframe(geo_dir / "lad_2023_uk_buc.geojson", read_geometry=False)
    names13 = dict(zip(n13["LAD13CD"], n13["LAD13NM"]))
    names23 = dict(zip(n23["LAD23CD"], n23["LAD23NM"]))
    changes = {r["new_code"]: r for r in _read_csv(HERE / "lad_changes.csv")}
    counties = _read_csv(HERE / "counties.csv")
    county_of = {d: c["area_code"] for c in counties for d in _expand(c["districts"])}

    gone = sorted(set(names13) - set(names23))
    successor = _successors(geo_dir, gone)
    unknown_new = sorted(set(names23) - set(names13) - set(changes) - {c for c in names23 if c.startswith("N09")})
    # (Northern Ireland's districts are in the 2023 file only and existed throughout: no valid_from)
    if unknown_new:
        raise SystemExit(f"2023 districts with no valid_from in lad_changes.csv: {unknown_new}")

    for code in sorted(set(names13) | set(names23)):
        name, aliases = _tidy_name(names23.get(code) or names13[code])
        old_name = names13.get(code)
        if old_name and old_name != name:
            aliases += [a for a in _tidy_name(old_name)[1] if a not in aliases]
        tier = TIER_BY_PREFIX[code[:3]]
        parent = county_of.get(code, "") if code.startswith("E07") else COUNTRY_BY_PREFIX[code[0]]
        if code.startswith("E07") and not parent:
            raise SystemExit(f"district {code} {name} has no county in counties.csv")
        # a code already in the 2013 file (Gateshead's E08000037) existed at both vintages' dates
        new_since_2013 = code in changes and code not in names13
        valid_from = changes[code]["valid_from"] if new_since_2013 else ""
        valid_to, succ, note = "", "", changes[code]["note"] if new_since_2013 else ""
        if code in successor:
            succ = successor[code]
            start = changes.get(succ, {}).get("valid_from")
            if not start:
                raise SystemExit(f"{code} {name} was replaced by {succ}, which has no date in lad_changes.csv")
            valid_to = (date.fromisoformat(start) - timedelta(days=1)).isoformat()
            note = f"Replaced by {names23[succ]} ({succ}) on {start}"
        current = names23.get(succ or code, name)
        if code in rows:
            continue  # existing rows are kept exactly
        rows[code] = dict(area_code=code, name=name, document_names="|".join(aliases), current_name=current,
                          tier=tier, parent_code=parent, valid_from=valid_from, valid_to=valid_to,
                          successor_code=succ, boundary="lad", note=note)

    for c in counties:
        if c["area_code"] in rows:
            continue
        successor_code = c["successor_code"]
        current = names23.get(successor_code, c["name"]) if c["valid_to"] else c["name"]
        rows[c["area_code"]] = dict(
            area_code=c["area_code"], name=c["name"],
            document_names="|".join(dict.fromkeys([c["name"].removesuffix(" County"), c["document_names"]])),
            current_name=current if not (c["valid_to"] and not successor_code) else f"{c['name']} (abolished)",
            tier="county", parent_code="E92000001", valid_from="", valid_to=c["valid_to"],
            successor_code=successor_code, boundary=county_boundary,
            note=c["note"] or "County council; union of its districts",
        )
    return list(rows.values())


def render(rows: list[dict[str, str]]) -> str:
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buf.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--geo-dir", type=Path, default=HERE.parents[1] / ".." / "shared" / "geo")
    parser.add_argument("--check", action="store_true", help="fail if areas.csv differs from a fresh build")
    args = parser.parse_args(argv)
    text = render(build(args.geo_dir.resolve()))
    if args.check:
        same = AREAS.read_text(encoding="utf-8") == text
        print("areas.csv is up to date" if same else "areas.csv differs from a fresh build")
        return 0 if same else 1
    AREAS.write_text(text, encoding="utf-8")
    print(f"wrote {AREAS} ({text.count(chr(10)) - 1} areas)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
