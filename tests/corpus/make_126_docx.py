"""Build tests/corpus/126_cabinet_report.docx: a made-up Cheshire West and Chester cabinet report as a Word file.

Every figure, scheme, provider and person is invented. Run from the repository root:
    .venv/bin/python tests/corpus/make_126_docx.py
Deterministic: fixed core properties and fixed zip entry times, so re-running gives the same bytes.

The paragraph numbers (1.1, 2.1, 4.7.1) and the recommendations' letters ((a), (b)) are Word's automatic
multilevel numbering: they live in numbering.xml and the paragraphs' w:numPr, never in the text, as a
council's report template makes them.
"""
import datetime
from pathlib import Path

from docx import Document
from docx.oxml.ns import qn
from docx.shared import Pt

# (a sibling module: run from the repository root)
from generate import (  # noqa: E402
    add_field, fill_cells, number_paragraph, numbering_level, save_docx, set_core_properties, word_element,
)

OUT = Path(__file__).with_name("126_cabinet_report.docx")
COUNCIL = "Cheshire West and Chester Council"
PARAS_NUM = 60      # numId of the report's multilevel paragraph numbering
RECS_NUM = 61       # numId of the recommendations' (a), (b) list




def _add_numbering(doc):
    """A multilevel list (1. / 1.1 / 1.1.1) and a lettered list ((a)), as numbering.xml holds them."""
    numbering = doc.part.numbering_part.element
    multi = word_element("w:abstractNum", **{"w:abstractNumId": 60})
    multi.append(word_element("w:multiLevelType", **{"w:val": "multilevel"}))
    multi.append(numbering_level(0, "%1.", "decimal", indent=567, hanging=567))
    multi.append(numbering_level(1, "%1.%2", "decimal", indent=567, hanging=567))
    multi.append(numbering_level(2, "%1.%2.%3", "decimal", indent=1134, hanging=567))
    letters = word_element("w:abstractNum", **{"w:abstractNumId": 61})
    letters.append(word_element("w:multiLevelType", **{"w:val": "singleLevel"}))
    letters.append(numbering_level(0, "(%1)", "lowerLetter", indent=1134, hanging=567))
    # abstractNums come before the nums in numbering.xml
    first_num = numbering.find(qn("w:num"))
    first_num.addprevious(multi)
    first_num.addprevious(letters)
    for num_id, abstract in ((PARAS_NUM, 60), (RECS_NUM, 61)):
        num = word_element("w:num", **{"w:numId": num_id})
        num.append(word_element("w:abstractNumId", **{"w:val": abstract}))
        numbering.append(num)



def _bold_row(table, i):
    for cell in table.rows[i].cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True


def build():
    doc = Document()
    set_core_properties(doc, datetime.datetime(2025, 11, 28, 9, 0, 0), author="Adult Social Care Commissioning",
                        last_modified_by="Democratic Services",
                        title="Cabinet report: re-commissioning of extra care care and support and carers' support", revision=4)
    _add_numbering(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)

    sec = doc.sections[0]
    sec.header.paragraphs[0].text = f"{COUNCIL}\tOFFICIAL"
    foot = sec.footer.paragraphs[0]
    foot.add_run("Cabinet, 10 December 2025 | Page ")
    add_field(foot, "PAGE", "3")
    foot.add_run(" of ")
    add_field(foot, "NUMPAGES", "9")

    def para(text, ilvl=1):
        return number_paragraph(doc.add_paragraph(text), PARAS_NUM, ilvl)

    def section(title):
        return number_paragraph(doc.add_heading(title, level=2), PARAS_NUM, 0)

    doc.add_paragraph("Agenda item 11").runs[0].bold = True
    doc.add_heading("Cabinet", level=1)
    doc.add_heading("Re-commissioning of Extra Care Housing Care and Support and the Carers' Support Service",
                    level=1)

    front = doc.add_table(rows=8, cols=2)
    front.style = "Table Grid"
    fill_cells(front, [
        ("Report of", "Executive Director of Adult Social Care and Health"),
        ("Cabinet Member", "Cabinet Member for Adult Social Care and Health"),
        ("Date of meeting", "Wednesday 10 December 2025"),
        ("Date of report", "28 November 2025"),
        ("Ward(s) affected", "All wards (45)"),
        ("Key decision", "Yes"),
        ("Forward plan reference", "FP/2025/118"),
        ("Report author", "Morwenna Telford, Senior Commissioning Manager, tel. 01244 976 530"),
    ])
    for row in front.rows:
        row.cells[0].paragraphs[0].runs[0].bold = True

    section("Purpose of the report")
    para("This report asks Cabinet to approve the re-commissioning of care and support in the borough's "
         "extra care housing schemes and of the Carers' Support Service, and to delegate the award of the "
         "contracts.")
    para("Both are key decisions because their value over the life of the contracts exceeds £500,000 and "
         "they affect people in every ward.")

    section("Recommendations")
    para("That Cabinet:")
    for rec in (
            "approves the procurement of Extra Care Housing Care and Support in three lots, with the new "
            "contracts to start on 1 October 2026;",
            "approves the re-procurement of the Carers' Support Service, whose current contract ends on "
            "30 September 2027, with a new contract to start on 1 October 2027;",
            "delegates authority to the Executive Director of Adult Social Care and Health, in consultation "
            "with the Cabinet Member, to award both contracts; and",
            "notes the equality impact assessment summarised at Appendix A."):
        number_paragraph(doc.add_paragraph(rec), RECS_NUM, 0)

    section("Reasons for the recommendations")
    para("The current extra care care and support contracts were let in 2019 and have been extended twice. "
         "They end on 30 September 2026 and cannot be extended again.")
    para("Re-commissioning now lets the Council match care and support to the new schemes described in "
         "section 4 and to what carers told us in the consultation.")

    section("Background")
    para("Extra care housing. There are 11 extra care housing schemes in Cheshire West and Chester with 694 "
         "apartments between them, 86 of which are designed for people living with dementia. The schemes "
         "are in 9 of the borough's 45 wards.")
    para("That is 21.6 extra care apartments per 1,000 people aged 75 and over, against a modelled need of "
         "28 per 1,000 by 2030.")
    para("Two further schemes are planned, which will add 140 apartments: one of 80 apartments in Winsford "
         "due to open in 2027 and one of 60 apartments in Chester due in 2028.")
    para("Unpaid carers. The 2021 Census recorded 33,270 residents aged five and over in Cheshire West and "
         "Chester who provide unpaid care, 9.8% of that population, compared with 8.9% across England.")
    para("In 2011 there were 36,110 unpaid carers in the borough, 11.0% of residents. Of the 2021 total, "
         "8,460 provide 50 or more hours of care a week.")
    para("In 2024/25, 3,920 carers were known to adult social care and 1,740 carers' assessments were "
         "completed.")
    para("Dementia. An estimated 4,870 people aged 65 and over in the borough were living with dementia in "
         "2025, a prevalence of 7.2% of people aged 65 and over. This is projected to rise to 6,310 by 2035.")
    para("At the end of October 2025, 3,260 people aged 65 and over were on GP dementia registers, a "
         "diagnosis rate of 66.9%, just above the national ambition of 66.7% and the England rate of 65.4%.",
         ilvl=2)

    section("Procurement approach and timetable")
    para("Extra care care and support will be tendered in three lots (north, central and south) under the "
         "Procurement Act 2023 open procedure. The new contracts will run for five years from 1 October "
         "2026, with the option to extend by up to two years.")
    para("The Carers' Support Service will be let as a single contract for three years. Soft market testing "
         "will take place in spring 2026.")
    para("The timetable for both services is set out in Table 1.")

    doc.add_paragraph("Table 1: Procurement timetable").runs[0].bold = True
    tt = doc.add_table(rows=11, cols=3)
    tt.style = "Table Grid"
    fill_cells(tt, [("Service", "Stage", "Date")])
    _bold_row(tt, 0)
    tt.cell(1, 0).merge(tt.cell(5, 0)).text = "Extra Care Housing Care and Support"
    tt.cell(6, 0).merge(tt.cell(10, 0)).text = "Carers' Support Service"
    fill_cells(tt, [
        (None, "Invitation to tender published", "w/c 12 January 2026"),
        (None, "Tender return deadline", "February 2026"),
        (None, "Contract award", "April 2026"),
        (None, "Mobilisation", "May to September 2026"),
        (None, "New contracts start", "1 October 2026"),
        (None, "Market engagement", "Spring 2026"),
        (None, "Invitation to tender published", "Q4 2026/27"),
        (None, "Contract award", "June 2027"),
        (None, "Current contract ends", "30 September 2027"),
        (None, "New contract starts", "1 October 2027"),
    ], 1)

    section("Financial implications")
    para("The costs are met from the Adult Social Care budget. Table 2 sets out the contract values.")
    doc.add_paragraph("Table 2: Contract values").runs[0].bold = True
    ft = doc.add_table(rows=4, cols=4)
    ft.style = "Table Grid"
    fill_cells(ft, [
        ("Service", "Current annual cost", "Proposed annual value", "Total over initial term"),
        ("Extra Care Housing Care and Support", "£3,412,000", "£3,650,000", "£18,250,000"),
        ("Carers' Support Service", "£612,500", "£640,000", "£1,920,000"),
        ("Total", "£4,024,500", "£4,290,000", "£20,170,000"),
    ])
    _bold_row(ft, 0)
    _bold_row(ft, 3)
    para("The proposed values include an uplift of 4.1% for the National Living Wage from April 2026 and an "
         "hourly rate of £24.80 for care and support.")

    section("Risk")
    para("The main risks are set out in Table 3. Each risk is scored as likelihood x impact, each on a scale "
         "of 1 to 5; scores of 12 or more are reported to the Adult Social Care Board.")
    doc.add_paragraph("Table 3: Risks").runs[0].bold = True
    rt = doc.add_table(rows=5, cols=6)
    rt.style = "Table Grid"
    fill_cells(rt, [
        ("Ref", "Risk", "Likelihood", "Impact", "Score", "Mitigation"),
        ("R1", "Too few compliant bids for one or more lots", "3", "4", "12",
         "Market engagement; lots sized for local providers"),
        ("R2", "Staff transfer (TUPE) costs higher than estimated", "4", "3", "12",
         "Early TUPE information from the current providers"),
        ("R3", "National Living Wage rises above the uplift", "4", "4", "16", "Annual price review clause"),
        ("R4", "Opening of the Winsford scheme delayed beyond 2027", "2", "3", "6",
         "Contract allows a phased start"),
    ])
    _bold_row(rt, 0)

    section("Equality implications")
    para("An equality impact assessment (reference EIA/ASC/2025/063) has been completed and is summarised at "
         "Appendix A.")

    section("Consultation")
    para("A consultation with carers, tenants and providers ran from 1 September to 26 October 2025 and "
         "received 412 responses. Two provider events were attended by 37 organisations.")

    doc.add_heading("Background papers", level=2)
    doc.add_paragraph("Cabinet report, Extra care housing strategy, 13 March 2024. Carers Strategy 2024-2029.")

    doc.add_heading("Appendix A: Equality impact assessment summary", level=2)
    doc.add_paragraph("Of the 412 responses to the consultation, 268 were from carers, 103 from extra care "
                      "tenants or their families and 41 from providers. Of the carers who responded:")
    for item in ("71% were women;", "36% were aged 65 or over;",
                 "24% considered themselves to have a disability; and",
                 "64% agreed with the proposal to let the extra care contracts in three lots."):
        doc.add_paragraph(item, style="List Bullet")
    doc.add_paragraph("The proposals are expected to have a positive impact on older people, disabled people "
                      "and carers, most of whom are women (the protected characteristics of age, disability "
                      "and sex under the Equality Act 2010). The assessment will be reviewed in October 2026.")

    save_docx(doc, OUT, (2025, 11, 28, 9, 0, 0))


if __name__ == "__main__":
    build()
