"""Round 31 (r31e) of the document proposer (data/ingest), each rule on made-up lines (or a made-up Word file built
in memory), in the shapes a council's draft commissioning intentions circulated with tracked changes gives: a tracked
insertion (w:ins) is the draft's current text and a tracked deletion (w:del) is not, in a paragraph and in a table
cell; on a plan's row naming its service, 'X' marks between 'Tender', 'Award' and 'Start' are the bar between the
stages and the words date the stages; a draft's own circulation date is no procurement stage; 'carers aged 5 and
over' before a share is the census's base, no breakdown of the share."""
from __future__ import annotations

import io

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from data.ingest import read_document
from tests.proposals import figure_rows, or_nothing, proposers_for

SURREY = "E10000030"

measures, dates = proposers_for(SURREY)
rows = figure_rows(measures)
dates_or_none = or_nothing(dates)


def _revision(kind: str, text: str):
    wrap = OxmlElement(kind)
    wrap.set(qn("w:id"), "7")
    wrap.set(qn("w:author"), "Reviewer")
    run = OxmlElement("w:r")
    t = OxmlElement("w:delText" if kind == "w:del" else "w:t")
    t.text = text
    run.append(t)
    wrap.append(run)
    return wrap


def _tracked(paragraph, old: str, new: str) -> None:
    paragraph._p.append(_revision("w:del", old))
    paragraph._p.append(_revision("w:ins", new))


def _docx_lines(build) -> list[str]:
    doc = Document()
    build(doc)
    buf = io.BytesIO()
    doc.save(buf)
    return read_document(buf.getvalue(), "draft.docx")


def test_a_tracked_insertion_is_the_drafts_text_and_a_tracked_deletion_is_not():
    def build(doc):
        p = doc.add_paragraph("There were ")
        _tracked(p, "9,870", "10,215")
        p.add_run(" people aged 65 and over with dementia in 2025.")
    lines = [line for line in _docx_lines(build) if line.strip()]
    assert lines == ["There were 10,215 people aged 65 and over with dementia in 2025."]


def test_a_table_cell_holding_only_a_tracked_insertion_keeps_its_column():
    def build(doc):
        table = doc.add_table(rows=2, cols=3)
        for j, text in enumerate(("District", "Unpaid carers", "% of residents aged 5+")):
            table.cell(0, j).text = text
        table.cell(1, 0).text = "Elmbridge"
        table.cell(1, 2).text = "8.4%"
        _tracked(table.cell(1, 1).paragraphs[0], "10,400", "10,960")
    assert "Elmbridge\t10,960\t8.4%" in _docx_lines(build)


def test_x_marks_on_a_service_row_are_the_bar_between_its_stage_words():
    got = dates(["Procurement plan", "", "Service\tQ1 27/28\tQ2 27/28\tQ3 27/28\tQ4 27/28",
                 "Advocacy Service\tTender\tX\tAward\tStart", "Day Opportunities\t\tTender\tX\tAward", ""])
    assert sorted(got) == sorted([
        ("Advocacy Service", "procurement_start", "2027-04-01", "2027-06-30"),
        ("Advocacy Service", "award", "2027-10-01", "2027-12-31"),
        ("Advocacy Service", "contract_start", "2028-01-01", "2028-03-31"),
        ("Day Opportunities", "procurement_start", "2027-07-01", "2027-09-30"),
        ("Day Opportunities", "award", "2028-01-01", "2028-03-31")])


def test_x_marks_on_a_row_naming_its_stage_still_date_that_stage():
    """A guard: the timetable of marks under a title naming its service keeps its reading."""
    got = dates(["Advocacy Service timetable", "", "Stage\tQ1 27/28\tQ2 27/28\tQ3 27/28",
                 "Tender published\tX\t\t", "Contract award\t\tX\t", ""])
    assert ("procurement_start", "2027-04-01") in [(g[1], g[2]) for g in got]
    assert ("award", "2027-07-01") in [(g[1], g[2]) for g in got]


def test_a_drafts_own_circulation_date_is_no_procurement_stage():
    got = dates_or_none(["Commissioning intentions", "",
                         "This consultation draft was circulated to commissioning partners on 3 March 2026.", "",
                         "The carers support contract will be re-tendered in June 2026.", ""])
    assert [g[2] for g in got] == ["2026-06-01"]


def test_carers_aged_5_and_over_before_a_share_are_the_census_base_and_no_breakdown_of_it():
    frame = measures(["Unpaid carers", "", "The 2021 Census counted 12,870 unpaid carers aged 5 and over in Surrey "
                      "Heath, 8.1% of residents aged 5 and over, against 8.9% in England.", ""])
    got = sorted((r.measure, r.area_code, float(r.value), r.breakdown or "") for r in frame.itertuples()
                 if r.measure == "carers_unpaid_pct")
    assert got == [("carers_unpaid_pct", "E07000214", 8.1, ""), ("carers_unpaid_pct", "E92000001", 8.9, "")]
