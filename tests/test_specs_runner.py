"""The declarative spec runner on a made-up council document (never a real one's text)."""
from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from data.seeds import Document, DocumentError, DocumentInfo
from data.specs import runner
from data.specs.runner import SpecError

MADE_UP = """\
Wessex Vale Market Position Statement 2031 (made up for tests)

About the Vale
The Vale is home to around 412,000 people. We estimate just over 9,140 residents live with dementia.
There are currently seven extra care schemes with 503 flats.

Unpaid carers by district
District\tCarers 2031\tShare 2031\tCarers 2036
Ashmoor\t4,210\t10.5%\t4,400
Brookfield\t3,020\t9.8%\t-
Vale total\t7,230\t10.2%\t7,600

Housing with care
Scheme\tUnits - North\tUnits - South
Extra Care\t120 units in two schemes\t95 (one scheme)
\tplus 30 planned
Sheltered\t400\tNo provision

Home care
The current home care framework contract ends in March 2033 with the option to extend for a further 2 years.
A new carers support service will start on 1st October 2031 for 4 years.
Providers: Ashmoor 12, Brookfield 5, total 18.

Learning disability table
The figures are in an image.
The last sentence stops in the middle of
"""

AREAS = {"vale": {"code": "X99000001", "name": "Wessex Vale"},
         "ashmoor": {"code": "X99000002", "name": "Ashmoor"},
         "brookfield": {"code": "X99000003", "name": "Brookfield"}}


def doc(text: str = MADE_UP) -> Document:
    info = DocumentInfo("made-up-vale-2031", "Made-up statement", "Made-up council", ("X99000001",), "2031",
                        "2031", "vale.txt", "vale")
    return Document(info=info, path=Path("vale.txt"), lines=text.splitlines())


def spec(*steps: dict) -> dict:
    return {"document": "made-up-vale-2031", "areas": AREAS, "defaults": {"area": "vale", "period": "2031"},
            "steps": list(steps)}


def line_of(text: str) -> int:
    return next(n for n, line in enumerate(MADE_UP.splitlines(), 1) if text in line)


def test_prose_figures_are_read_as_written_at_their_marker_line() -> None:
    ex = runner.run(doc(), spec({"figures": [
        {"marker": "is home to", "text": "412,000", "measure": "population", "qualifier": "approximate",
         "section": "About the Vale"},
        {"section": "About the Vale", "qualifier": "count", "items": [
            {"marker": "extra care schemes", "text": "seven", "measure": "extra_care_schemes"},
            {"marker": "extra care schemes", "text": "503", "measure": "extra_care_units"}]},
    ]}))
    got = {(r.measure, r.value, r.line, r.area_code, r.qualifier) for r in ex.measures}
    assert got == {("population", 412_000, 4, "X99000001", "approximate"),
                   ("extra_care_schemes", 7, 5, "X99000001", "count"),
                   ("extra_care_units", 503, 5, "X99000001", "count")}
    assert ex.measures[0].locator == "vale.txt:L4 · About the Vale"


def test_a_figure_not_on_its_marker_line_fails_loudly() -> None:
    with pytest.raises(DocumentError, match="together with"):
        runner.run(doc(), spec({"figures": [{"marker": "is home to", "text": "413,000", "measure": "population",
                                             "qualifier": "approximate"}]}))


def test_table_rows_by_label_columns_by_header() -> None:
    ex = runner.run(doc(), spec({
        "table": "Unpaid carers by district", "section": "Carers", "qualifiers": {"2036": "projection"},
        "qualifier": "count", "skip_blank": True,
        "rows": {"each": True, "aliases": {"Ashmoor": "ashmoor", "Brookfield": "brookfield", "Vale total": "vale"}},
        "columns": [{"header": ["Carers", "2031"], "measure": "carers_unpaid"},
                    {"header": "Share 2031", "measure": "carers_unpaid_pct"},
                    {"header": "2036", "measure": "carers_unpaid", "period": "2036"}]}))
    rows = {(r.area_code, r.measure, r.period): r for r in ex.measures}
    assert len(rows) == 8  # Brookfield 2036 is a dash: no figure rather than a made-up zero
    assert rows[("X99000002", "carers_unpaid", "2031")].value == 4210
    assert rows[("X99000003", "carers_unpaid_pct", "2031")].value == 9.8
    assert rows[("X99000001", "carers_unpaid", "2036")].qualifier == "projection"
    assert rows[("X99000001", "carers_unpaid", "2036")].area_name == "Vale total"  # as the document writes it
    assert rows[("X99000002", "carers_unpaid", "2031")].line == line_of("Ashmoor\t4,210")


def test_table_with_a_blank_cell_and_no_skip_fails() -> None:
    with pytest.raises(DocumentError, match="no number"):
        runner.run(doc(), spec({"table": "Unpaid carers by district", "qualifier": "count", "measure": "carers_unpaid",
                                "rows": [{"label": "Brookfield", "area": "brookfield"}],
                                "columns": [{"header": "2036", "period": "2036"}]}))


def test_cells_read_figures_inside_wrapped_table_cells() -> None:
    ex = runner.run(doc(), spec({
        "cells": "Scheme\tUnits - North", "header_lines": 1, "section": "Housing",
        "columns": {"North": "ashmoor", "South": "brookfield"},
        "items": [
            {"row": "Extra Care", "column": "North", "text": "120", "measure": "extra_care_units", "qualifier": "count"},
            {"row": "Extra Care", "column": "North", "text": "30", "measure": "extra_care_units_planned",
             "qualifier": "plan"},
            {"row": "Sheltered", "column": "South", "text": "No provision", "value": 0,
             "measure": "sheltered_housing_units", "qualifier": "count"}]}))
    got = {(r.measure, r.area_code, r.value, r.line) for r in ex.measures}
    assert got == {("extra_care_units", "X99000002", 120, line_of("120 units")),
                   ("extra_care_units_planned", "X99000002", 30, line_of("plus 30 planned")),
                   ("sheltered_housing_units", "X99000003", 0, line_of("No provision"))}


def test_procurement_dates_as_written_derived_and_term_end() -> None:
    ex = runner.run(doc(), spec({"procurements": [
        {"marker": "framework contract ends in", "texts": ["March 2033"], "service": "Home care framework",
         "category": "home care", "status": "live",
         "stages": {"contract_end": "March 2033",
                    "extension_end": {"from": "contract_end", "years": 2, "text": "{text} + 2 years"}}},
        {"marker": "new carers support service", "service": "Carers support", "category": "carers",
         "status": "planned", "strict_dates": True,
         "stages": {"contract_start": "1st October 2031",
                    "contract_end": {"from": "contract_start", "months": 48, "text": "4 years from {text}"}}},
    ]}))
    home, carers = ex.procurements
    assert home.authority_code == "X99000001"
    assert (home.stages["extension_end"].text, home.stages["extension_end"].latest) == (
        "March 2033 + 2 years", date(2035, 3, 31))
    end = carers.stages["contract_end"]
    assert (end.text, end.earliest, end.latest) == ("4 years from 1st October 2031", date(2035, 9, 30),
                                                    date(2035, 9, 30))


def test_notes_fire_only_when_their_condition_holds() -> None:
    ex = runner.run(doc(), spec({"notes": [
        {"marker": "Learning disability table", "when": "no_table_follows", "message": "title without a table"},
        {"marker": "Unpaid carers by district", "when": "no_table_follows", "message": "never: a table follows"},
        {"marker": "stops in the middle", "when": "sentence_cut_off", "message": "cut off", "area": "vale"},
        {"marker": "is home to", "when": "sentence_cut_off", "message": "never: the sentence ends"},
    ]}))
    assert [(f.message, f.line, f.area_code) for f in ex.findings] == [
        ("title without a table", line_of("Learning disability table"), ""),
        ("cut off", line_of("stops in the middle"), "X99000001")]


def test_sum_reports_parts_that_do_not_make_the_whole() -> None:
    ex = runner.run(doc(), spec(
        {"figures": [{"marker": "Providers:", "text": t, "measure": "providers", "qualifier": "count",
                      "breakdown": b} for t, b in (("12", "home care, Ashmoor"), ("5", "home care, Brookfield"),
                                                   ("18", "home care"))]},
        {"sum": {"total": {"measure": "providers", "breakdown": "home care"},
                 "parts": {"measure": "providers", "breakdown_prefix": "home care"},
                 "message": "parts {parts:,.0f} vs whole {total:,.0f}"}}))
    [f] = ex.findings
    assert (f.expected, f.observed, f.message, f.severity) == (18, 17, "parts 17 vs whole 18", "warning")


@pytest.mark.parametrize(("bad", "match"), [
    ({"figures": [{"marker": "is home to", "txt": "412,000"}]}, r"unknown key\(s\) \['txt'\]"),
    ({"tables": "Unpaid carers"}, "exactly one of"),
    ({"figures": [{"marker": "is home to", "text": "412,000", "measure": "population", "qualifier": "count",
                   "area": "atlantis"}]}, "unknown area 'atlantis'"),
    ({"check": "vale.no_such_check"}, r"not found in data/specs/checks/vale.py"),
    ({"check": "../../etc"}, "module.function"),
    ({"notes": [{"marker": "is home to", "when": "full_moon", "message": "x"}]}, "unknown condition"),
    ({"table": "Unpaid carers by district", "rows": [{"area": "vale"}], "columns": []}, "missing key 'label'"),
    ({"procurements": [{"marker": "framework contract ends in"}]}, "missing key 'service'"),
    ({"cells": "Scheme\tUnits - North", "items": [{"row": "Extra Care", "text": "120"}]}, "missing key 'column'"),
])
def test_a_malformed_spec_gets_a_clear_message(bad: dict, match: str) -> None:
    with pytest.raises(SpecError, match=match):
        runner.run(doc(), spec(bad))


def test_malformed_areas_get_a_message() -> None:
    bad = spec()
    bad["areas"] = {"vale": {"name": "Wessex Vale"}}
    with pytest.raises(SpecError, match="key: {code: GSS code, name: name}"):
        runner.run(doc(), bad)


def test_spec_files_missing_or_not_yaml(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match="not found"):
        runner.run(doc(), folder=tmp_path)
    (tmp_path / "vale.yaml").write_text("steps: [\n  - oops", encoding="utf-8")
    with pytest.raises(SpecError, match="not valid YAML"):
        runner.run(doc(), folder=tmp_path)
    (tmp_path / "vale.yaml").write_text("document: another-doc\nsteps: []\n", encoding="utf-8")
    with pytest.raises(SpecError, match="written for 'another-doc'"):
        runner.run(doc(), folder=tmp_path)


def test_every_curated_document_has_a_yaml_spec_and_every_check_is_used() -> None:
    """One declarative form: no Python spec modules left, and no check function that no spec names."""
    import inspect

    from data.seeds import document_registry
    from data.specs import checks

    specs_dir = Path(runner.__file__).parent
    named = set()
    for info in document_registry():
        data = runner.load_spec(info.spec)
        assert data["document"] == info.doc_id
        named |= {step["check"] for step in data["steps"] if "check" in step}
    assert not [p.name for p in specs_dir.glob("*.py") if p.stem not in {"__init__", "runner", "writer", "prose"}]
    defined = set()
    for path in Path(checks.__file__).parent.glob("*.py"):
        if path.stem == "__init__":
            continue
        mod = __import__(f"data.specs.checks.{path.stem}", fromlist=["_"])
        defined |= {f"{path.stem}.{name}" for name, f in inspect.getmembers(mod, inspect.isfunction)
                    if f.__module__ == mod.__name__ and not name.startswith("_")}
    assert named == defined
