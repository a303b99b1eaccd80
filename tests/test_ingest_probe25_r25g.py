"""Round 25 (r25g) of the document proposer (data/ingest), each rule on made-up lines or a small made-up Word file as
councils publish their statements in Word: headings in heading styles with no blank line around them, Word's automatic
lists (the list mark is numbering, not text), a table nested in a one-cell box table, footnote references written out
as '[1]' after a full stop, a sentence giving the national ambition and then England's rate."""
from __future__ import annotations

from data.ingest import read_document
from data.ingest.paragraphs import sentences
from tests.proposals import proposers_for
from tests.ingest_fixtures import docx_built_by

NORFOLK = "E10000020"

measures, dates = proposers_for(NORFOLK)


def _rows(lines):
    return {(r.measure, r.area_code, float(r.value)) for r in measures(lines).itertuples()}


def test_a_note_marker_after_a_full_stop_ends_the_sentence():
    text = "Our carers are 9.9% of residents, against 8.9% in England.[3] The count was 82,900 in 2011."
    assert [s for _, s in sentences(text)] == ["Our carers are 9.9% of residents, against 8.9% in England.",
                                               "The count was 82,900 in 2011."]
    # the next sentence is no longer England's: a register after a projection's note is the register of the county
    rows = _rows(["Dementia", "",
                  "The estimate of 16,400 people with dementia is projected to rise to 19,800 by 2030.[4] In March "
                  "2026, 10,300 people were on GP dementia registers."])
    assert ("dementia_estimated", NORFOLK, 19800.0) in rows
    assert ("dementia_register", NORFOLK, 10300.0) in rows


def test_a_rate_named_after_the_national_ambition_is_a_rate():
    rows = _rows(["Dementia", "",
                  "In March 2026, 10,300 people were on GP dementia registers, a diagnosis rate of 63.1%. The national "
                  "ambition is 66.7% and the rate for England was 65.2%."])
    assert ("dementia_diagnosis_target", "E92000001", 66.7) in rows
    assert ("dementia_diagnosis_rate", "E92000001", 65.2) in rows
    assert ("dementia_diagnosis_target", "E92000001", 65.2) not in rows


def test_a_list_of_a_surveys_answers_gives_no_shares():
    rows = _rows(["Unpaid carers", "",
                  "There are 96,200 unpaid carers in the county.",
                  "What carers told us in the spring (530 replies):",
                  "• Short breaks matter most (59% of replies).",
                  "• 36% work full time or part time.",
                  "Of all carers in the county:",
                  "• 24.1% provide 50 hours or more a week."])
    values = {v for _, _, v in rows}
    assert not values & {59.0, 36.0, 530.0}
    assert ("carers_unpaid_pct", NORFOLK, 24.1) in rows


def test_word_lists_read_as_bullets_and_headings_stand_apart():
    def build(d):
        d.add_paragraph("Unpaid carers make up a tenth of the county's residents.")
        d.add_heading("Dementia", level=2)
        d.add_paragraph("People told us (210 replies):")
        d.add_paragraph("Diagnosis took too long for 41% of them.", style="List Bullet")
        d.add_paragraph("Ask for help early.", style="List Number")
    lines = read_document(docx_built_by(build), "a.docx")
    assert lines == ["Unpaid carers make up a tenth of the county's residents.", "", "Dementia", "",
                     "People told us (210 replies):", "• Diagnosis took too long for 41% of them.",
                     "• Ask for help early."]


def test_a_table_nested_in_a_box_is_read_as_a_table():
    def build(d):
        d.add_heading("Extra care housing", level=2)
        box = d.add_table(rows=1, cols=1)
        cell = box.cell(0, 0)
        cell.paragraphs[0].text = "Pipeline schemes"
        inner = cell.add_table(rows=2, cols=3)
        for j, t in enumerate(("Scheme", "Units", "Due to open")):
            inner.cell(0, j).text = t
        for j, t in enumerate(("Marsh View", "58", "2028")):
            inner.cell(1, j).text = t
        cell.add_paragraph("Both have planning consent.")
    lines = read_document(docx_built_by(build), "b.docx")
    assert "Scheme\tUnits\tDue to open" in lines and "Marsh View\t58\t2028" in lines
    assert lines.index("Pipeline schemes") < lines.index("Marsh View\t58\t2028") < lines.index(
        "Both have planning consent.")
    rows = measures(lines)
    assert {(r.measure, str(r.period), float(r.value)) for r in rows.itertuples()} >= {
        ("extra_care_units_planned", "2028", 58.0)}
