"""Validation of the extracted tables (data/validate.py): constructed bad rows, then the real documents."""
from __future__ import annotations

import copy
from datetime import date

import pandas as pd
import pytest

from data.dates import add_years, parse_date_text
from data.extract import extract_all, run_spec
from data.model import Extraction, area_registry, resolve_area
from data.seeds import read_document
from data.tables import read_table
from data.validate import (
    findings_summary,
    implied_bases,
    jump_findings,
    pct_vs_count_findings,
    procurement_findings,
    total_comparisons,
    total_findings,
    validate_tables,
)
from data.vocab import MEASURES, PROCUREMENT_COLUMNS, PROCUREMENT_STAGES

KENT_DOC = "kent-community-mps-2016"
NE_DOC = "north-east-intentions-2024"
KENT = "E10000016"


def _children(parent: str, tier: str) -> list[str]:
    return [a["area_code"] for a in area_registry() if a["parent_code"] == parent and a["tier"] == tier]


DISTRICTS = _children(KENT, "non-metropolitan district")
CCGS = _children(KENT, "clinical commissioning group")


def mrow(**kw: object) -> dict[str, object]:
    """A valid measures row; keyword arguments override its cells."""
    row: dict[str, object] = dict(
        doc_id=KENT_DOC, area_code=DISTRICTS[0], area_name="Ashford", measure="carers_unpaid", period="2015",
        value=100.0, unit="people", qualifier="count", breakdown="", line=10, section="test table",
        locator="002_034f95b6eeefb17e.txt:L10 · test table",
    )
    if "measure" in kw and "unit" not in kw:
        known = MEASURES.get(str(kw["measure"]))
        row["unit"] = known.unit if known else "people"
    row.update(kw)
    return row


def prow(stages: dict[str, str] | None = None, **kw: object) -> dict[str, object]:
    """A valid procurements row whose stages are parsed from text as the specs do."""
    row: dict[str, object] = {c: "" for c in PROCUREMENT_COLUMNS}
    row.update(procurement_id="t-L5", doc_id=NE_DOC, authority_code="E06000002", service="Test service",
               category="carers", status="current", line=5, section="test", locator="001:L5 · test")
    for stage, text in (stages or {}).items():
        span = parse_date_text(text)
        row[f"{stage}_text"] = text
        row[f"{stage}_earliest"] = span.earliest.isoformat() if span.earliest else ""
        row[f"{stage}_latest"] = span.latest.isoformat() if span.latest else ""
    row.update(kw)
    return row


def kent_total(values: list[float], total: float, *, measure: str = "carers_unpaid", codes: list[str] = DISTRICTS,
               period: str = "2015", line0: int = 100) -> list[dict[str, object]]:
    rows = [mrow(area_code=c, area_name=c, measure=measure, period=period, value=v, line=line0 + i)
            for i, (c, v) in enumerate(zip(codes, values))]
    return rows + [mrow(area_code=KENT, area_name="Total Kent", measure=measure, period=period, value=total,
                        line=line0 + len(codes))]


# --------------------------------------------------------------------------- schema


def test_valid_rows_have_no_findings() -> None:
    rows = kent_total([float(v) for v in range(100, 112)], float(sum(range(100, 112))))
    proc = prow({"procurement_start": "Autumn 2018", "contract_start": "April 2019", "contract_end": "31st March 2022"})
    assert validate_tables(rows, [proc]) == []


@pytest.mark.parametrize(
    ("override", "expected"),
    [
        ({"area_code": "E07999999"}, "E07999999"),
        ({"measure": "carers_unpaid_pct", "value": 104.0}, "more than 100%"),
        ({"value": -5.0}, "negative"),
        ({"unit": "percent"}, "measured in people"),
        ({"measure": "no_such_measure"}, "not in the vocabulary"),
        ({"qualifier": "guess"}, "qualifier 'guess'"),
        ({"period": " "}, "no period"),
        ({"value": "n/a"}, "not a number"),
        ({"doc_id": "no-such-doc"}, "document registry"),
        ({"line": 0}, "not a line number"),
    ],
)
def test_schema_errors(override: dict[str, object], expected: str) -> None:
    findings = validate_tables([mrow(**override)], [])
    assert len(findings) == 1
    f = findings[0]
    assert (f.check, f.severity) == ("schema", "error")
    assert expected in f.message


def test_changes_may_be_negative_or_above_100_percent() -> None:
    rows = [mrow(measure="dementia_diagnosis_rate_change", value=-3.5),
            mrow(measure="population_change_pct", value=140.0, line=11)]
    assert validate_tables(rows, []) == []


def test_rows_are_never_modified() -> None:
    rows = kent_total([10.0] * 12, 999.0) + [mrow(area_code="BAD")]
    procs = [prow({"contract_end": "March 20025"})]
    before = copy.deepcopy((rows, procs))
    validate_tables(rows, procs)
    assert (rows, procs) == before


# --------------------------------------------------------------------------- procurements


def test_out_of_order_stages() -> None:
    findings = procurement_findings([prow({"procurement_start": "2020", "contract_start": "March 2019"})])
    assert [(f.check, f.severity) for f in findings] == [("dates", "warning")]
    assert "out of order" in findings[0].message and "'2020'" in findings[0].message


@pytest.mark.parametrize(
    "stages",
    [
        {"procurement_start": "2019", "contract_start": "March 2019"},  # the year contains the month
        {"contract_start": "Autumn 2018", "contract_end": "September 2018"},  # overlapping: could be in order
        {"procurement_start": "Spring 2019", "contract_end": "end of May 2019", "extension_end": "2019/20"},
    ],
)
def test_vague_stages_that_could_be_in_order_are_not_flagged(stages: dict[str, str]) -> None:
    assert procurement_findings([prow(stages)]) == []


def test_an_order_violation_across_a_missing_stage_is_still_found() -> None:
    findings = procurement_findings([prow({"contract_start": "2024", "extension_end": "2022"})])
    assert len(findings) == 1 and "extension ends" in findings[0].message


def test_impossible_year_is_reported_once_with_its_derived_extension() -> None:
    end = parse_date_text("March 20025")
    ext = add_years(end, 2, "March 20025 + 2 years")
    row = prow({"contract_end": end.text, "extension_end": ext.text})
    findings = procurement_findings([row])
    assert len(findings) == 1
    f = findings[0]
    assert (f.check, f.severity, f.line) == ("dates", "warning", 5)
    assert "20025 is not a possible year" in f.message and "extension ends" in f.message


def test_vague_wording_without_a_year_is_info() -> None:
    findings = procurement_findings([prow({"award": "recently"})])
    assert [(f.check, f.severity) for f in findings] == [("dates", "info")]


@pytest.mark.parametrize(
    ("override", "expected"),
    [
        ({"authority_code": "E06000002|X99"}, "authority code 'X99'"),
        ({"category": "gardening"}, "not a service category"),
        ({"contract_start_earliest": "2020-05-01", "contract_start_latest": "2020-01-31",
          "contract_start_text": "2020"}, "earliest after latest"),
        ({"award_earliest": "2020-01-01", "award_text": "2020"}, "only one of"),
        ({"award_earliest": "01/02/2020", "award_latest": "2020-02-01", "award_text": "1 Feb"}, "not YYYY-MM-DD"),
        ({"doc_id": "nope"}, "document registry"),
    ],
)
def test_procurement_schema_errors(override: dict[str, object], expected: str) -> None:
    findings = procurement_findings([prow(**override)])
    assert [(f.check, f.severity) for f in findings] == [("schema", "error")]
    assert expected in findings[0].message


# --------------------------------------------------------------------------- conflicts


def test_two_values_for_one_figure_conflict() -> None:
    rows = [mrow(value=100.0, line=10), mrow(value=120.0, line=40)]
    findings = validate_tables(rows, [])
    assert [(f.check, f.severity) for f in findings] == [("conflicts", "warning")]
    assert "100 at line 10; 120 at line 40" in findings[0].message


# --------------------------------------------------------------------------- totals


def test_a_total_that_does_not_add_up() -> None:
    values = [float(v) for v in range(1000, 1012)]
    rows = kent_total(values, sum(values) + 40)
    findings = total_findings(rows)
    assert len(findings) == 1
    f = findings[0]
    assert (f.check, f.severity, f.area_code, f.line) == ("totals", "warning", KENT, 112)
    assert f.expected == sum(values) and f.observed == sum(values) + 40
    assert f.as_dict()["difference"] == 40
    assert "12 non-metropolitan districts" in f.message and "exceeds the parts by 40 (0.3%)" in f.message


@pytest.mark.parametrize(("excess", "flagged"), [(6, False), (7, True), (-7, True)])
def test_rounding_allows_half_a_unit_per_part(excess: float, flagged: bool) -> None:
    values = [float(v) for v in range(10, 22)]
    assert bool(total_findings(kent_total(values, sum(values) + excess))) is flagged


@pytest.mark.parametrize(("excess", "flagged"), [(1_200, False), (1_300, True)])
def test_rounding_allows_a_tenth_of_a_percent(excess: float, flagged: bool) -> None:
    values = [100_000.0] * 12
    assert bool(total_findings(kent_total(values, 1_200_000 + excess))) is flagged


def test_percent_measures_are_not_summed() -> None:
    rows = kent_total([10.0] * 12, 10.0, measure="carers_unpaid_pct")
    assert total_comparisons(rows) == [] and validate_tables(rows, []) == []


def test_children_are_grouped_by_tier() -> None:
    districts = [100.0] * 12
    ccgs = [100.0] * 7
    rows = kent_total(districts, 1200.0) + [
        mrow(area_code=c, area_name=c, value=v, line=200 + i) for i, (c, v) in enumerate(zip(CCGS, ccgs))
    ]
    comparisons = total_comparisons(rows)
    assert sorted((c.tier, len(c.parts), c.agrees) for c in comparisons) == [
        ("clinical commissioning group", 7, False), ("non-metropolitan district", 12, True)]
    findings = total_findings(rows)
    assert len(findings) == 1 and "7 clinical commissioning groups" in findings[0].message


def test_incomplete_parts_are_not_compared() -> None:
    rows = kent_total([100.0] * 12, 5000.0)
    del rows[3]
    assert total_comparisons(rows) == []


def test_parts_from_the_totals_own_table_are_used() -> None:
    rows = kent_total([100.0] * 12, 1200.0)
    rows.append(mrow(area_code=DISTRICTS[0], value=999.0, line=5, section="another table", qualifier="estimate"))
    [comparison] = total_comparisons(rows)
    assert comparison.agrees and comparison.parts_sum == 1200


# --------------------------------------------------------------------------- pct vs count


def _pair(count: float, share: float, **kw: object) -> list[dict[str, object]]:
    return [mrow(value=count, **kw), mrow(measure="carers_unpaid_pct", value=share, **kw)]


@pytest.mark.parametrize(("population", "flagged"), [(80_300.0, False), (90_000.0, True)])
def test_count_and_share_against_the_documents_population(population: float, flagged: bool) -> None:
    rows = _pair(10_000.0, 12.5) + [mrow(measure="population", value=population, line=30)]
    findings = pct_vs_count_findings(rows)
    assert bool(findings) is flagged
    if flagged:
        assert "implies 80,000" in findings[0].message and "90,000 (line 30)" in findings[0].message


@pytest.mark.parametrize(("count_2020", "flagged"), [(10_500.0, False), (13_000.0, True)])
def test_implied_population_jumping_between_periods(count_2020: float, flagged: bool) -> None:
    rows = _pair(10_000.0, 12.5, period="2015") + _pair(count_2020, 12.5, period="2020", line=11)
    findings = pct_vs_count_findings(rows)
    assert bool(findings) is flagged
    if flagged:
        assert findings[0].expected == pytest.approx(80_000) and findings[0].observed == pytest.approx(104_000)


def test_share_rounding_widens_the_implied_population() -> None:
    [base] = implied_bases(_pair(10_000.0, 12.5)).values()
    assert (round(base.low), round(base.value), round(base.high)) == (79_681, 80_000, 80_321)
    # a whole-number share may have been printed '10' (anything from 9.5 to 10.5) ...
    [whole] = implied_bases(_pair(10_000.0, 10.0)).values()
    assert (round(whole.low), round(whole.high)) == (95_238, 105_263)
    # ... unless the document prints its shares with a decimal, as '10.0'
    rows = _pair(10_000.0, 10.0) + _pair(9_000.0, 10.4, area_code=DISTRICTS[1], line=11)
    tenths = implied_bases(rows)[(KENT_DOC, DISTRICTS[0], "carers_unpaid", "2015", "")]
    assert (round(tenths.low), round(tenths.high)) == (99_502, 100_503)


def test_parent_share_against_its_parts() -> None:
    rows = []
    for i, code in enumerate(DISTRICTS):
        rows += _pair(1_000.0, 12.5, area_code=code, line=100 + i)  # each part implies 8,000
    rows += _pair(12_000.0, 10.5, area_code=KENT, line=112)  # implies 114,286, not 96,000
    findings = pct_vs_count_findings(rows)
    assert len(findings) == 1 and findings[0].area_code == KENT
    assert findings[0].expected == pytest.approx(96_000) and findings[0].observed == pytest.approx(114_285.7)


# --------------------------------------------------------------------------- jumps


@pytest.mark.parametrize(("v2020", "flagged"), [(1_250.0, False), (1_400.0, True), (650.0, True)])
def test_count_changing_more_than_30_percent_in_five_years(v2020: float, flagged: bool) -> None:
    rows = [mrow(measure="dementia_estimated", qualifier="estimate", value=1_000.0),
            mrow(measure="dementia_estimated", qualifier="projection", value=v2020, period="2020", line=11)]
    assert bool(jump_findings(rows)) is flagged


def test_small_counts_and_plans_are_not_judged_for_jumps() -> None:
    small = [mrow(value=10.0), mrow(value=40.0, period="2020", line=11)]
    plans = [mrow(measure="extra_care_units_planned", value=100.0, qualifier="plan"),
             mrow(measure="extra_care_units_planned", value=400.0, qualifier="plan", period="2020", line=11)]
    assert jump_findings(small + plans) == []


def test_share_falling_while_count_rises() -> None:
    rows = _pair(10_000.0, 10.2, period="2015") + _pair(10_800.0, 9.9, period="2020", line=11)
    findings = [f for f in jump_findings(rows) if "while its share falls" in f.message]
    assert len(findings) == 1 and "rises 8.0%" in findings[0].message


def test_part_moving_against_its_siblings() -> None:
    rows = []
    for i, code in enumerate(DISTRICTS):
        later = 900.0 if i == 4 else 1_150.0
        rows += [mrow(area_code=code, value=1_000.0, line=100 + i),
                 mrow(area_code=code, value=later, period="2020", line=100 + i)]
    findings = jump_findings(rows)
    assert [(f.severity, f.area_code) for f in findings] == [("info", DISTRICTS[4])]
    assert "-10.0%" in findings[0].message and "+15.0%" in findings[0].message


# --------------------------------------------------------------------------- real documents


def _kent_dementia_rows() -> tuple[list[dict[str, object]], dict[str, tuple[list[float], float]]]:
    """The Kent district dementia table read straight from the seed: rows for validation, and the raw figures."""
    doc = read_document(KENT_DOC)
    table = read_table(doc, "Estimated no. living with dementia")
    ex = Extraction(doc)
    figures: dict[str, tuple[list[float], float]] = {}
    for year in ("2015", "2020"):
        col = table.column_index(year)
        parts = [r.number(col) for r in table.rows[:-1]]
        total = table.rows[-1].number(col)
        assert None not in parts and total is not None
        figures[year] = ([float(p) for p in parts if p is not None], float(total))
        for r in table.rows:
            code = resolve_area(r.label, within=("non-metropolitan district", "county"))
            ex.measure(line=r.line, section="dementia by district", area_code=code, area_name=r.label,
                       measure="dementia_estimated", period=year, value=r.number(col), qualifier="estimate")
    return [m.as_dict() for m in ex.measures], figures


def test_kent_dementia_total_is_compared_with_its_12_districts() -> None:
    rows, figures = _kent_dementia_rows()
    comparisons = {c.parent["period"]: c for c in total_comparisons(rows)}
    findings = {f.period: f for f in total_findings(rows)}
    assert set(comparisons) == {"2015", "2020"}
    for year, (parts, total) in figures.items():
        c = comparisons[year]
        assert c.tier == "non-metropolitan district" and len(c.parts) == 12 == len(parts)
        assert c.parts_sum == sum(parts) and c.total == total
        off = abs(total - sum(parts)) > max(0.5 * 12, 0.001 * total)
        assert (year in findings) is off
        if off:
            f = findings[year]
            assert (f.expected, f.observed) == (sum(parts), total)
            assert f"by {abs(total - sum(parts)):,.0f} " in f.message
            assert f"sum to {sum(parts):,.0f}" in f.message
    # the document's 2015 total does not match its districts; its 2020 total does
    assert "2015" in findings and "2020" not in findings


def test_kent_spec_dementia_total_gets_the_same_finding() -> None:
    """Once the Kent spec extracts the district table, the pipeline's finding states the document's own arithmetic."""
    tables = extract_all()
    kent_rows = [r for r in tables.measures if r["doc_id"] == KENT_DOC and r["measure"] == "dementia_estimated"]
    comparisons = [c for c in total_comparisons(kent_rows) if c.tier == "non-metropolitan district"]
    if not comparisons:
        pytest.skip("the Kent spec does not yet extract the district dementia table with its Kent total")
    _, figures = _kent_dementia_rows()
    by_year = {c.parent["period"]: c for c in comparisons}
    parts, total = figures["2015"]
    assert by_year["2015"].parts_sum == sum(parts) and by_year["2015"].total == total
    matching = [f for f in tables.findings if f["check"] == "totals" and f["measure"] == "dementia_estimated"
                and f["period"] == "2015" and f["area_code"] == KENT]
    assert len(matching) == 1
    assert matching[0]["expected"] == sum(parts) and matching[0]["observed"] == total
    assert matching[0]["difference"] == total - sum(parts)


def test_kent_carers_share_against_count_flags_exactly_the_inconsistent_districts() -> None:
    """From the seed carers table: a district whose count rises by more than 5% while its share falls is flagged."""
    doc = read_document(KENT_DOC)
    table = read_table(doc, "Unpaid Care Provision", header_lines=2)
    ex = Extraction(doc)
    expected = set()
    for r in table.rows[:12]:
        code = resolve_area(r.label, within=("non-metropolitan district",))
        years = ("2011", "2015", "2020")
        counts = [r.number(table.column_index(y, "number")) for y in years]
        shares = [r.number(table.column_index(y, "proportion")) for y in years]
        for y, c, s in zip(years, counts, shares):
            ex.measure(line=r.line, section="carers", area_code=code, area_name=r.label, measure="carers_unpaid",
                       period=y, value=c, qualifier="count")
            ex.measure(line=r.line, section="carers", area_code=code, area_name=r.label,
                       measure="carers_unpaid_pct", period=y, value=s, qualifier="count")
        for i in (0, 1):
            if counts[i + 1] / counts[i] > 1.05 and shares[i + 1] < shares[i] - 0.1:  # type: ignore[operator]
                expected.add(code)
    flagged = {f.area_code for f in jump_findings([m.as_dict() for m in ex.measures]) if "share falls" in f.message}
    assert expected, "the document has such a district (its 2020 share is printed lower than 2015's)"
    assert flagged == expected


def test_north_east_impossible_year_yields_a_finding() -> None:
    ex = run_spec(NE_DOC)
    rows = [p.as_dict() for p in ex.procurements]
    typo = [p for p in rows if any("20025" in str(p[f"{s}_text"]) for s in PROCUREMENT_STAGES)]
    if not typo:
        pytest.skip("the north_east spec has not produced the South Tees carers procurement (contract end '20025') yet")
    doc = read_document(NE_DOC)
    findings = [f for f in procurement_findings(rows) if f.check == "dates" and "20025" in f.message]
    assert {f.line for f in findings} == {int(p["line"]) for p in typo}  # type: ignore[call-overload]
    for f in findings:
        assert f.severity == "warning" and "20025" in doc.line(f.line)
        assert f.locator.startswith(doc.info.seed_file)


def test_real_extraction_findings_point_at_real_lines() -> None:
    tables = extract_all()
    for f in tables.findings:
        if f["check"] in {"totals", "pct_vs_count", "jumps", "dates"}:
            doc = read_document(str(f["doc_id"]))
            assert 1 <= int(f["line"]) <= len(doc.lines)  # type: ignore[call-overload]


# --------------------------------------------------------------------------- summary


def test_findings_summary_counts_by_document_check_and_severity() -> None:
    rows = kent_total([10.0] * 12, 999.0) + [mrow(area_code="BAD", line=3)]
    procs = [prow({"contract_end": "March 20025"}), prow({"award": "recently"}, line=7)]
    frame = pd.DataFrame([f.as_dict() for f in validate_tables(rows, procs)])
    summary = findings_summary(frame)
    assert list(summary.columns) == ["doc_id", "check", "error", "warning", "info", "total"]
    got = {(r.doc_id, r.check): (r.error, r.warning, r.info, r.total) for r in summary.itertuples()}
    assert got == {
        (KENT_DOC, "schema"): (1, 0, 0, 1),
        (KENT_DOC, "totals"): (0, 1, 0, 1),
        (NE_DOC, "dates"): (0, 1, 1, 2),
    }


def test_findings_summary_of_nothing_is_an_empty_table() -> None:
    summary = findings_summary(pd.DataFrame(columns=["doc_id", "check", "severity"]))
    assert summary.empty and list(summary.columns) == ["doc_id", "check", "error", "warning", "info", "total"]


def test_out_of_order_dates_parse_as_expected() -> None:
    """Guards the constructed procurement rows above: they depend on these readings of the texts."""
    assert parse_date_text("2020").earliest == date(2020, 1, 1)
    assert parse_date_text("March 2019").latest == date(2019, 3, 31)
