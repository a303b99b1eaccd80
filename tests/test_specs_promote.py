"""Accepted review -> declarative spec -> curated tables, on a made-up council document.

The document below is invented for these tests (no real council's text); it borrows two real
area codes only because promoted figures must name areas the registry knows.
"""
from __future__ import annotations

import csv
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml

from data.extract import OUTPUTS
from data.ingest import promote as promote_mod
from data.ingest.promote import PromoteError, promote, read_review
from data.seeds import Document, DocumentError, DocumentInfo
from data.specs import runner
from data.specs.writer import REVIEW_COLUMNS, ReviewError, dump_spec, spec_from_review, written_form

ROOT = Path(__file__).resolve().parent.parent
HARTLEPOOL, STOCKTON = "E06000001", "E06000004"

# A fictional statement in the layouts real ones use: prose, a bullet under a heading, a tab table,
# a fused footnote digit, a tender notice with form fields, and a contract length.
MADE_UP = """\
Fictional Market Position Statement 2026-2029 (made up for tests)

1. Carers
Just over 42,000 residents said they provided unpaid care, roughly 6,500 more than in 2011.
Around 28,000 were of working age.

2. Housing with care
There are currently seven extra care schemes across the borough.
Extra care units by area
Area\\t2026\\t2029
Northgate\\t310\\t360
Southmoor\\t145\\t150
Total\\t455\\t510

3. Dementia
An estimated 1,8402 people aged 65+ live with dementia.

4. Money
The adult social care budget is £61.5 million in 2026/27.

5. Tender notice: Carers Support Service
Contract start date
1 October 2026
The contract will run for 4 years with the option to extend for a further 2.
Tender deadline: 12 March 2026
""".replace("\\t", "\t")


def row(line: int, **fields: object) -> dict[str, object]:
    out = {c: "" for c in REVIEW_COLUMNS}
    out.update(line=line, kind="measure", confidence="high", text=MADE_UP.splitlines()[line - 1])
    out.update(fields)
    return out


def n(text: str) -> int:
    return next(i for i, line in enumerate(MADE_UP.splitlines(), 1) if text in line)


REVIEW = [
    row(n("Just over 42,000"), theme="carers", measure="carers_unpaid", area_code=HARTLEPOOL,
        area_name="the borough", period="2021", value=42000, unit="people", qualifier="approximate"),
    row(n("Around 28,000"), theme="carers", measure="carers_unpaid", area_code=HARTLEPOOL, period="2021",
        value=28000, qualifier="approximate", breakdown="aged 18-64"),
    row(n("seven extra care"), theme="extra_care", measure="extra_care_schemes", area_code=HARTLEPOOL,
        period="2026", value=7, qualifier="count"),
    row(n("Northgate\t"), theme="extra_care", measure="extra_care_units", area_code=HARTLEPOOL,
        area_name="Northgate", period="2029", value=360, qualifier="plan"),
    row(n("Southmoor\t"), theme="extra_care", measure="extra_care_units", area_code=STOCKTON,
        area_name="Southmoor", period="2026", value=145, qualifier="count"),
    # the reviewer corrected a footnote digit fused onto the number ('1,8402' is 1,840 and note 2)
    row(n("1,8402"), theme="dementia", measure="dementia_estimated", area_code=HARTLEPOOL, period="2026",
        value=1840, qualifier="estimate", breakdown="aged 65+"),
    row(n("£61.5 million"), theme="other", measure="adult_social_care_budget", area_code=HARTLEPOOL,
        period="2026/27", value=61_500_000, qualifier="budget"),
    row(n("1 October 2026"), kind="procurement", theme="procurement", service="Carers Support Service",
        stage="contract_start", date_text="1 October 2026", earliest="2026-10-01", latest="2026-10-01"),
    row(n("run for 4 years"), kind="procurement", theme="procurement", service="Carers Support Service",
        stage="contract_end", date_text="derived: 4 years from 1 October 2026", earliest="2030-09-30",
        latest="2030-09-30", term_months=48, qualifier="derived"),
    row(n("Tender deadline"), kind="procurement", theme="procurement", service="Carers Support Service",
        stage="tender_deadline", date_text="12 March 2026", earliest="2026-03-12", latest="2026-03-12"),
]


def doc(lines: list[str] | None = None, doc_id: str = "fictional-mps-2026") -> Document:
    info = DocumentInfo(doc_id, "Fictional MPS", "Fictional council", (HARTLEPOOL,), "2026-2029", "2026",
                        f"{doc_id}.txt", doc_id.replace("-", "_"))
    return Document(info=info, path=Path(f"{doc_id}.txt"), lines=lines or MADE_UP.splitlines())


@pytest.mark.parametrize(("line", "value", "expected"), [
    ("Just over 42,000 residents", 42000, ("42,000", 1, None)),
    ("roughly 6,500 more than in 2011", -6500, ("6,500", -1, None)),
    ("There are currently seven extra care schemes", 7, ("seven", 1, None)),
    ("The budget is £61.5 million in 2026/27", 61_500_000, ("£61.5", 1_000_000, None)),
    ("we invest £7m a year", 7_000_000, ("£7m", 1, None)),
    ("a share of 10.1% in 2021", 10.1, ("10.1%", 1, None)),
    ("An estimated 1,8402 people", 1840, ("1,8402", 1, 1840)),
    ("Northgate\t310\t360", 360, ("360", 1, None)),
])
def test_written_form_finds_the_number_as_the_line_writes_it(line: str, value: float, expected: tuple) -> None:
    assert written_form(line, value) == expected


def test_written_form_does_not_invent_a_figure() -> None:
    assert written_form("Care Act 2014 and the plan for 2024 to 2028", 2020) is None
    assert written_form("Strategy (2024-29) covers 12 wards", 13) is None


def test_every_reviewed_row_is_found_again_at_its_line() -> None:
    d = doc()
    spec = spec_from_review(REVIEW, d, HARTLEPOOL)
    ex = runner.run(d, data=yaml.safe_load(dump_spec(spec)))  # through YAML, as the file will be read
    got = {(m.line, m.measure, m.period, m.value, m.area_code, m.breakdown) for m in ex.measures}
    want = {(r["line"], r["measure"], r["period"], float(r["value"]), r["area_code"], r["breakdown"])
            for r in REVIEW if r["kind"] == "measure"}
    assert got == want
    named = {m.area_name for m in ex.measures}
    assert {"the borough", "Northgate", "Southmoor", "Hartlepool"} <= named  # as the document (or review) names it
    budget = next(m for m in ex.measures if m.measure == "adult_social_care_budget")
    assert budget.locator == f"fictional-mps-2026.txt:L{n('£61.5')} · 4. Money"
    [p] = ex.procurements
    assert p.line == n("1 October 2026") and p.category == "carers" and p.authority_code == HARTLEPOOL
    assert (p.stages["contract_start"].earliest, p.stages["contract_end"].latest) == (date(2026, 10, 1),
                                                                                    date(2030, 9, 30))
    assert p.stages["contract_end"].text == "derived: 4 years from 1 October 2026"
    assert "tender deadline: 12 March 2026" in p.options
    assert p.section == "Contract start date"  # the form field's label, not its date value


def test_the_spec_fails_loudly_when_the_document_changes() -> None:
    d = doc()
    spec = spec_from_review(REVIEW, d, HARTLEPOOL)
    changed = [line.replace("42,000", "43,000") for line in MADE_UP.splitlines()]
    with pytest.raises(DocumentError, match="42,000"):
        runner.run(doc(changed), data=spec)


@pytest.mark.parametrize(("change", "message"), [
    ({"value": 41000}, "41000 is not written on line"),
    ({"measure": "carers_unpaied"}, "measure 'carers_unpaied' is not in data/vocab.py"),
    ({"period": ""}, "the period is empty"),
    ({"area_code": "E99999999"}, "'E99999999' is not in data/registry/areas.csv"),
    ({"line": 999}, "line '999' is not a line of the document"),
    ({"text": "some other sentence"}, "not what line"),
    ({"kind": "guess"}, "neither 'measure' nor 'procurement'"),
])
def test_a_bad_review_row_gets_a_message_naming_it(change: dict, message: str) -> None:
    bad = [dict(REVIEW[0], **change), *REVIEW[1:]]
    with pytest.raises(ReviewError, match=message) as err:
        spec_from_review(bad, doc(), HARTLEPOOL)
    assert "row 1" in str(err.value)


def _write_review(path: Path, rows: list[dict]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=REVIEW_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    return path


@pytest.fixture
def trial(tmp_path: Path) -> dict[str, Path]:
    """A registry, specs folder and seeds folder of our own, and the reviewed document on disk."""
    folders = {k: tmp_path / k for k in ("specs", "seeds", "out", "upload")}
    for folder in folders.values():
        folder.mkdir()
    registry = tmp_path / "documents.csv"
    registry.write_text(",".join(promote_mod.REGISTRY_COLUMNS) + "\n", encoding="utf-8")
    document = folders["upload"] / "fictional statement.txt"
    document.write_text(MADE_UP, encoding="utf-8")
    review = _write_review(tmp_path / "review.csv", REVIEW)
    return {**folders, "registry": registry, "document": document, "review": review}


def _promote_cli(trial: dict[str, Path], *extra: str) -> list[str]:
    return ["promote", str(trial["review"]), "--document", str(trial["document"]), "--authority", HARTLEPOOL,
            "--doc-id", "fictional-mps-2026", "--title", "Fictional Market Position Statement 2026-2029",
            "--period", "2026-2029", "--registry", str(trial["registry"]), "--specs", str(trial["specs"]),
            "--seeds", str(trial["seeds"]), *extra]


def test_promote_end_to_end_then_extract_into_a_temp_folder(trial: dict[str, Path]) -> None:
    """Promote a reviewed made-up document, run extraction on it, and read its figures with locators."""
    done = subprocess.run([sys.executable, "-m", "data.ingest", *_promote_cli(trial)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "7 figures, 1 procurements" in done.stdout
    spec_file = trial["specs"] / "fictional_mps_2026.yaml"
    assert spec_file.is_file() and (trial["seeds"] / "fictional-mps-2026.txt").is_file()
    [reg] = list(csv.DictReader(trial["registry"].open(encoding="utf-8")))
    assert (reg["doc_id"], reg["spec"], reg["seed_file"], reg["authorities"]) == (
        "fictional-mps-2026", "fictional_mps_2026", "fictional-mps-2026.txt", HARTLEPOOL)

    run = subprocess.run([sys.executable, "-m", "data.extract", "--registry", str(trial["registry"]), "--specs",
                          str(trial["specs"]), "--seeds", str(trial["seeds"]), "--out", str(trial["out"])],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    measures = list(csv.DictReader((trial["out"] / "measures.csv").open(encoding="utf-8")))
    assert len(measures) == 7 and {m["doc_id"] for m in measures} == {"fictional-mps-2026"}
    lines = MADE_UP.splitlines()
    for m in measures:
        line = int(m["line"])
        assert m["locator"].startswith(f"fictional-mps-2026.txt:L{line} · ")
        assert m["area_name"] and m["section"]
    schemes = next(m for m in measures if m["measure"] == "extra_care_schemes")
    assert (schemes["value"], schemes["locator"]) == ("7", f"fictional-mps-2026.txt:L{n('seven')} · 2. Housing with care")
    assert "seven" in lines[int(schemes["line"]) - 1]
    [proc] = list(csv.DictReader((trial["out"] / "procurements.csv").open(encoding="utf-8")))
    assert (proc["contract_start_earliest"], proc["contract_end_latest"]) == ("2026-10-01", "2030-09-30")
    # the committed tables were not touched by a trial run elsewhere
    assert run.stdout.count("wrote ") == 3 and "data/measures.csv" not in run.stdout
    assert {p.name for p in trial["out"].iterdir()} == {p.name for p, _ in OUTPUTS.values()}
    # and a second promote of the same id is refused, writing nothing
    again = subprocess.run([sys.executable, "-m", "data.ingest", *_promote_cli(trial)], cwd=ROOT,
                           capture_output=True, text=True, timeout=120)
    assert again.returncode == 2 and "already exists" in again.stderr and "Traceback" not in again.stderr


def test_promote_refuses_bad_input_and_writes_nothing(trial: dict[str, Path], capsys: pytest.CaptureFixture) -> None:
    before = trial["registry"].read_bytes()
    _write_review(trial["review"], [dict(REVIEW[0], value=41000), *REVIEW[1:]])
    assert promote_mod.main(_promote_cli(trial)) == 2
    err = capsys.readouterr().err
    assert "41000 is not written on line" in err and "Nothing was written." in err
    assert trial["registry"].read_bytes() == before
    assert not list(trial["specs"].iterdir()) and not list(trial["seeds"].iterdir())

    trial["review"].write_text("line,value\n3,42000\n", encoding="utf-8")
    assert promote_mod.main(_promote_cli(trial)) == 2
    assert "has no column(s) kind, measure, area_code, period" in capsys.readouterr().err

    trial["review"].write_bytes(b"\xff\xfe\x00binary")
    assert promote_mod.main(_promote_cli(trial)) == 2
    assert "not UTF-8" in capsys.readouterr().err

    _write_review(trial["review"], REVIEW)
    assert promote_mod.main([*_promote_cli(trial)[:-8], "--doc-id", "Bad Id!", "--registry", str(trial["registry"]),
                             "--specs", str(trial["specs"]), "--seeds", str(trial["seeds"])]) == 2
    assert "use 3-64 lower-case letters" in capsys.readouterr().err
    assert trial["registry"].read_bytes() == before and not list(trial["specs"].iterdir())


def test_dry_run_prints_the_spec_and_writes_nothing(trial: dict[str, Path], capsys: pytest.CaptureFixture) -> None:
    assert promote_mod.main(_promote_cli(trial, "--dry-run")) == 0
    out = capsys.readouterr().out
    spec = yaml.safe_load(out)
    assert spec["document"] == "fictional-mps-2026" and spec["defaults"] == {"area": "hartlepool"}
    assert not list(trial["specs"].iterdir()) and not list(trial["seeds"].iterdir())


def test_promote_a_review_saved_in_the_user_data_store(trial: dict[str, Path], tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    import pandas as pd

    from data.userdb import UserStore

    monkeypatch.delenv("CMA_DATABASE_URL", raising=False)
    monkeypatch.setenv("CMA_USER_DB", str(tmp_path / "user.sqlite"))
    store = UserStore()
    saved = store.save_review(data=MADE_UP.encode(), filename="fictional statement.txt", lines=MADE_UP.splitlines(),
                              authority=HARTLEPOOL, rows=pd.DataFrame(REVIEW))
    promoted, _ = promote(*promote_mod.review_from_store(saved.doc_id)[:2], doc_id="fictional-db-2026",
                          authority=HARTLEPOOL, title="Fictional (from the store)", registry=trial["registry"],
                          specs=trial["specs"], seeds=trial["seeds"])
    assert (promoted.n_measures, promoted.n_procurements) == (7, 1)
    spec = runner.load_spec("fictional_db_2026", trial["specs"])
    assert len(spec["steps"][0]["figures"]) == 7


def test_read_review_rejects_an_empty_review(tmp_path: Path) -> None:
    path = _write_review(tmp_path / "r.csv", [])
    with pytest.raises(PromoteError, match="no rows"):
        read_review(path)


def test_label_value_lists_and_repeated_lines() -> None:
    """'Label: value' under a heading is found by its label; a line repeated verbatim is pinned by number."""
    lines = ["Units per 1,000 people aged 65+", "Ashton: 31", "Brookfield: 6", "", "Summary",
             "Brookfield: 6", "Ashton: 31"]
    d = doc(lines, "fictional-list-2026")
    rows = [row(2, measure="extra_care_units", area_code=HARTLEPOOL, period="2026", value=31, text="Ashton: 31"),
            row(6, measure="extra_care_units", area_code=HARTLEPOOL, period="2026", value=6, text="Brookfield: 6")]
    spec = spec_from_review(rows, d, HARTLEPOOL)
    first, second = spec["steps"][0]["figures"]
    assert (first["marker"], "line" in first) == ("Ashton:", False)
    assert (second["marker"], second["line"]) == ("Brookfield:", 6)  # line 3 says the same: pinned to 6
    assert first["section"] == "Units per 1,000 people aged 65+" and second["section"] == "Summary"
    ex = runner.run(d, data=spec)
    assert [(m.line, m.value) for m in ex.measures] == [(2, 31), (6, 6)]
    moved = lines[:5] + ["Brookfield: 7", "Ashton: 31"]
    with pytest.raises(DocumentError, match="line 6 no longer holds"):
        runner.run(doc(moved, "fictional-list-2026"), data=spec)


def test_promote_a_docx_review_keeps_the_lines_as_read(trial: dict[str, Path]) -> None:
    """A DOCX is promoted from its text as the readers give it (a table as tab-separated lines)."""
    import docx

    from data.ingest import read_document

    word = docx.Document()
    word.add_paragraph("Fictional extra care note (made up for tests)")
    word.add_paragraph("There are currently seven extra care schemes.")
    table = word.add_table(rows=2, cols=2)
    for r, cells in enumerate((("Area", "Units 2026"), ("Northgate", "310"))):
        for c, text in enumerate(cells):
            table.cell(r, c).text = text
    path = trial["upload"] / "note.docx"
    word.save(path)
    lines = read_document(path)
    at = {text.split("\t")[0]: i for i, text in enumerate(lines, 1)}
    rows = [dict(row(1, measure="extra_care_schemes", area_code=HARTLEPOOL, period="2026", value=7),
                 line=next(i for i, t in enumerate(lines, 1) if "seven" in t), text=""),
            dict(row(1, measure="extra_care_units", area_code=HARTLEPOOL, period="2026", value=310),
                 line=at["Northgate"], text="")]
    _write_review(trial["review"], rows)
    cli = _promote_cli(trial)
    cli[cli.index("--document") + 1] = str(path)
    assert promote_mod.main(cli) == 0
    seed = (trial["seeds"] / "fictional-mps-2026.txt").read_text(encoding="utf-8").splitlines()
    assert seed == lines and "Northgate\t310" in seed
    spec = runner.load_spec("fictional_mps_2026", trial["specs"])
    ex = runner.run(Document(DocumentInfo("fictional-mps-2026", "t", "p", (HARTLEPOOL,), "", "", "x.txt",
                                          "fictional_mps_2026"), Path("x.txt"), seed), data=spec)
    assert sorted((m.measure, m.value) for m in ex.measures) == [("extra_care_schemes", 7), ("extra_care_units", 310)]
