"""`python -m data.ingest propose ...` end to end, on made-up documents."""
from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

from data.ingest import PROPOSAL_COLUMNS
from tests.ingest_fixtures import make_docx

ROOT = Path(__file__).resolve().parent.parent

DOC = """Carers in Ashton

At the 2021 Census just over 42,000 residents said they provided unpaid care.

Extra care housing

There are currently seven extra care schemes in the county.

Contract start date
1 October 2026

Contract length
4 years with the option to extend for a further 2 years
"""


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "data.ingest", *args], capture_output=True, text=True, cwd=ROOT,
                          timeout=120)


def test_propose_writes_exactly_the_columns(tmp_path):
    src = tmp_path / "ashton.txt"
    src.write_text(DOC, encoding="utf-8")
    out = tmp_path / "proposals.csv"
    done = run("propose", str(src), "--authority", "E10000016", "--doc-id", "ashton", "--out", str(out))
    assert done.returncode == 0, done.stderr
    assert "Nothing is accepted until reviewed" in done.stdout
    with out.open(newline="", encoding="utf-8") as fh:
        reader = csv.DictReader(fh)
        rows = list(reader)
    assert tuple(reader.fieldnames) == PROPOSAL_COLUMNS
    carers = [r for r in rows if r["measure"] == "carers_unpaid"]
    assert carers and carers[0]["value"] == "42000.0" and carers[0]["line"] == "3"
    assert carers[0]["period"] == "2021" and carers[0]["qualifier"] == "approximate"
    assert any(r["measure"] == "extra_care_schemes" and r["value"] == "7.0" for r in rows)
    end = [r for r in rows if r["stage"] == "contract_end"]
    assert end and end[0]["earliest"] == "2030-09-30" and end[0]["qualifier"] == "derived"
    ext = [r for r in rows if r["stage"] == "extension_end"]
    assert ext and ext[0]["latest"] == "2032-09-30"


def test_propose_reads_docx(tmp_path):
    src = tmp_path / "notice.docx"
    src.write_bytes(make_docx(["# Dementia", "An estimated 3,100 people in the borough are living with dementia."]))
    out = tmp_path / "p.csv"
    done = run("propose", str(src), "--authority", "E06000047", "--out", str(out))
    assert done.returncode == 0, done.stderr
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert [(r["measure"], r["value"], r["area_code"]) for r in rows] == [("dementia_estimated", "3100.0", "E06000047")]


def test_bad_input_is_a_message_not_a_traceback_and_writes_nothing(tmp_path):
    src = tmp_path / "latin.txt"
    src.write_bytes("Carers’ £5".encode("cp1252"))
    out = tmp_path / "p.csv"
    done = run("propose", str(src), "--authority", "E10000016", "--out", str(out))
    assert done.returncode == 2 and "not UTF-8" in done.stderr and "Traceback" not in done.stderr
    assert not out.exists()


def test_no_recognisable_figure_and_unknown_authority(tmp_path):
    src = tmp_path / "minutes.txt"
    src.write_text("Minutes of the meeting.\nApologies were received.\n", encoding="utf-8")
    out = tmp_path / "p.csv"
    done = run("propose", str(src), "--authority", "E10000016", "--out", str(out))
    assert done.returncode == 2 and "No recognisable figure" in done.stderr and not out.exists()
    src.write_text(DOC, encoding="utf-8")
    done = run("propose", str(src), "--authority", "X99", "--out", str(out))
    assert done.returncode == 2 and "'X99' is not in the area registry" in done.stderr
