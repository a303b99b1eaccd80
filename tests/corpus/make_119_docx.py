"""Build tests/corpus/119_word_document.docx: a made-up Warwickshire chapter as a Word file.

Every figure, scheme, provider and person is invented. Run from the repository root:
    .venv/bin/python tests/corpus/make_119_docx.py
Deterministic: fixed core properties and fixed zip entry times, so re-running gives the same bytes.
"""
import datetime
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from generate import add_field, fill_cells, save_docx, set_core_properties  # noqa: E402 (a sibling module: run from the repository root)

OUT = Path(__file__).with_name("119_word_document.docx")
COUNCIL = "Warwickshire County Council"


def _merge_down(table, col, top, bottom):
    return table.cell(top, col).merge(table.cell(bottom, col))


def build():
    doc = Document()
    set_core_properties(doc, datetime.datetime(2026, 4, 1, 9, 0, 0), author="Commissioning Team",
                        last_modified_by="Commissioning Team",
                        title="Market Position Statement 2026-2029: Chapter 4", revision=7)

    sec = doc.sections[0]
    head = sec.header.paragraphs[0]
    head.text = f"{COUNCIL}\tMarket Position Statement 2026-2029"
    foot = sec.footer.paragraphs[0]
    foot.add_run(f"{COUNCIL} | Adult Social Care Commissioning | Version 2.1 | Page ")
    add_field(foot, "PAGE", "14")
    foot.add_run(" of ")
    add_field(foot, "NUMPAGES", "38")

    doc.add_heading("Chapter 4: Carers, dementia and housing with care", level=1)
    doc.add_paragraph(
        "This chapter sets out what we know about unpaid carers, people living with dementia and "
        "extra care housing in Warwickshire, and when we will go to the market. It should be read "
        "with Chapters 2 and 3. The Council spends around £21.6 million a year on the services "
        "described here.")

    doc.add_heading("Warwickshire at a glance", level=2)
    kf = doc.add_table(rows=1, cols=3)
    kf.style = "Table Grid"
    kf.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, big, caption in zip(kf.rows[0].cells, ("61,140", "9,310", "8"), (
            "unpaid carers in Warwickshire (Census 2021)",
            "people aged 65 and over estimated to be living with dementia in 2025",
            "extra care housing schemes open in the county")):
        p = cell.paragraphs[0]
        run = p.add_run(big)
        run.bold = True
        run.font.size = Pt(28)
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        cap = cell.add_paragraph(caption)
        cap.alignment = WD_ALIGN_PARAGRAPH.CENTER

    doc.add_heading("4.1 Unpaid carers", level=2)
    doc.add_paragraph(
        "The 2021 Census recorded 61,140 unpaid carers in Warwickshire, 10.6% of residents aged 5 "
        "and over, against 8.9% across England.[1] The count was 62,410 in 2011. Table 4.1 shows "
        "carers by the hours of care they give and by district.")
    doc.add_paragraph("Of all unpaid carers in the county:", style="List Paragraph")
    doc.add_paragraph("61.6% provide 19 hours or less of care a week;", style="List Bullet")
    doc.add_paragraph("17.5% provide 20 to 49 hours a week; and", style="List Bullet")
    doc.add_paragraph("20.9% provide 50 hours or more a week.", style="List Bullet")
    doc.add_paragraph(
        "In 2024/25, 4,860 carers were known to adult social care and 2,130 carers' assessments or "
        "reviews were completed. The Carers Support and Information Service answered 3,400 calls "
        "on its helpline (01926 738 215) over the same year.")

    cap = doc.add_paragraph("Table 4.1: Unpaid carers by hours of care a week and district, Census 2021")
    cap.runs[0].bold = True
    t = doc.add_table(rows=8, cols=6)
    t.style = "Table Grid"
    _merge_down(t, 0, 0, 1).text = "District"
    t.cell(0, 1).merge(t.cell(0, 3)).text = "Unpaid carers by hours of care a week"
    _merge_down(t, 4, 0, 1).text = "All unpaid carers"
    _merge_down(t, 5, 0, 1).text = "% of residents aged 5+"
    fill_cells(t, [(None, "19 hours or less", "20 to 49 hours", "50 hours or more", None, None)], 1)
    fill_cells(t, [
        ("North Warwickshire", "5,120", "1,610", "2,050", "8,780", "11.0"),
        ("Nuneaton and Bedworth", "7,840", "2,630", "3,290", "13,760", "10.9"),
        ("Rugby", "6,930", "2,010", "2,380", "11,320", "10.3"),
        ("Stratford-on-Avon", "8,760", "2,180", "2,470", "13,410", "11.2"),
        ("Warwick", "9,020", "2,240", "2,610", "13,870", "9.6"),
        ("Warwickshire", "37,670", "10,670", "12,800", "61,140", "10.6"),
    ], 2)
    doc.add_paragraph("Source: ONS Census 2021, table TS039. Figures are rounded to the nearest 10.")

    doc.add_paragraph("What carers told us in our 2025 engagement (412 replies):")
    doc.add_paragraph("Breaks that can be booked at short notice matter most (68% of replies).",
                      style="List Number")
    doc.add_paragraph("Information should be in one place; 43% did not know where to find help.",
                      style="List Number")
    doc.add_paragraph("Working carers want support in the evening: 27% work full time.",
                      style="List Number")
    doc.add_paragraph(
        "In the Survey of Adult Carers in England 2023/24, 33.8% of Warwickshire carers were "
        "satisfied with support, compared with 36.3% nationally.")

    doc.add_heading("4.2 Dementia", level=2)
    doc.add_paragraph(
        "An estimated 9,310 people aged 65 and over were living with dementia in Warwickshire in "
        "2025. This is projected to rise to 11,450 by 2030 and to 13,280 by 2035, an increase of "
        "43% in ten years.[2]")
    doc.add_paragraph(
        "In March 2026, 5,790 people aged 65 and over were on GP dementia registers, a diagnosis "
        "rate of 62.2%. The national ambition is 66.7% and the rate for England was 65.0%. "
        "Our nearest neighbours' average was 70.4% and the West Midlands rate 64.1%.[3]")
    cap = doc.add_paragraph("Table 4.2: People aged 65 and over estimated to have dementia, by district")
    cap.runs[0].bold = True
    d = doc.add_table(rows=8, cols=4)
    d.style = "Table Grid"
    _merge_down(d, 0, 0, 1).text = "District"
    d.cell(0, 1).merge(d.cell(0, 3)).text = "Estimated people aged 65+ with dementia"
    fill_cells(d, [(None, "2025", "2030", "2035")], 1)
    fill_cells(d, [
        ("North Warwickshire", "1,040", "1,230", "1,420"),
        ("Nuneaton and Bedworth", "1,780", "2,140", "2,470"),
        ("Rugby", "1,510", "1,880", "2,190"),
        ("Stratford-on-Avon", "2,630", "3,210", "3,760"),
        ("Warwick", "2,350", "2,990", "3,440"),
        ("Warwickshire", "9,310", "11,450", "13,280"),
    ], 2)
    doc.add_paragraph("Source: POPPI, version 15.0, accessed 12 January 2026.")

    doc.add_heading("4.3 Extra care housing", level=2)
    doc.add_paragraph(
        "Warwickshire has 8 extra care housing schemes with 496 units between them. 118 of those "
        "units are designed for people living with dementia. Weekly rents for a one-bedroom "
        "apartment range from £168.20 to £214.75, plus a care and support charge of £38.90.")
    cap = doc.add_paragraph("Table 4.3: Extra care housing schemes, April 2026")
    cap.runs[0].bold = True
    x = doc.add_table(rows=10, cols=5)
    x.style = "Table Grid"
    fill_cells(x, [("District", "Scheme", "Landlord / care provider", "Units", "Tenure")])
    fill_cells(x, [
        ("North Warwickshire", "Kingsbury Mill Court", "Arden Vale Housing / Brightwell Care", "48", "Affordable rent"),
        ("Nuneaton and Bedworth", "Riversley View", "Anker Homes / Brightwell Care", "72", "Affordable rent"),
        (None, "Heath End House", "Anker Homes / Oakleaf Support", "60", "Mixed: rent and shared ownership"),
        ("Rugby", "Avon Mill Place", "Leam Housing Trust / Oakleaf Support", "64", "Affordable rent"),
        (None, "Hillmorton Wharf", "Leam Housing Trust / Oakleaf Support", "55", "Shared ownership"),
        ("Stratford-on-Avon", "Shottery Fields", "Feldon Living / Greenholme Care", "70", "Mixed: rent and sale"),
        (None, "Alcester Brook Court", "Feldon Living / Greenholme Care", "45", "Affordable rent"),
        ("Warwick", "Myton Green Court", "Arden Vale Housing / Brightwell Care", "82", "Affordable rent"),
    ], 1)
    _merge_down(x, 0, 2, 3)
    _merge_down(x, 0, 4, 5)
    _merge_down(x, 0, 6, 7)
    x.cell(9, 0).merge(x.cell(9, 2)).text = "Total"
    x.cell(9, 3).text = "496"
    x.cell(9, 4).text = ""

    doc.add_paragraph("Two further schemes are planned:")
    box = doc.add_table(rows=1, cols=1)
    box.style = "Table Grid"
    inner_cell = box.cell(0, 0)
    inner_cell.paragraphs[0].add_run("Schemes in development").bold = True
    inner = inner_cell.add_table(rows=3, cols=4)
    inner.style = "Table Grid"
    fill_cells(inner, [
        ("Scheme", "District", "Units", "Due to open"),
        ("Long Lawford Gardens", "Rugby", "60", "2028"),
        ("Southam Orchard", "Stratford-on-Avon", "54", "2029"),
    ])
    inner_cell.add_paragraph("Both schemes have planning permission granted in 2025.")

    doc.add_heading("4.4 Commissioning intentions", level=2)
    doc.add_paragraph("Over the next three years we will:")
    doc.add_paragraph("Recommission the carers' support service as one countywide contract.",
                      style="List Number")
    doc.add_paragraph("Commission a dementia support service that starts at diagnosis.",
                      style="List Number")
    doc.add_paragraph("Retender care and support in extra care schemes in two lots.",
                      style="List Number")
    doc.add_paragraph(
        "Market engagement events will be held on 14 May 2026 and 8 October 2026. Contracts will "
        "run for an initial 3 years with the option to extend by up to 2 years.")
    cap = doc.add_paragraph("Table 4.4: Commissioning timetable")
    cap.runs[0].bold = True
    c = doc.add_table(rows=4, cols=5)
    c.style = "Table Grid"
    fill_cells(c, [
        ("Service", "Annual value", "Contract end", "Procurement start", "New contract start"),
        ("Carers Support and Information Service", "£1.85m", "31 March 2027", "September 2026", "1 April 2027"),
        ("Dementia Support Service", "£0.92m", "30 June 2027", "Q3 2026/27", "1 July 2027"),
        ("Extra Care Care and Support", "£4.6m", "31/08/2027", "January 2027", "01/09/2027"),
    ])

    doc.add_heading("Notes", level=2)
    for note in (
            "[1] ONS, Census 2021, table TS039, published 19 January 2023.",
            "[2] Projecting Older People Population Information (POPPI), version 15.0.",
            "[3] NHS England, Recorded Dementia Diagnoses, March 2026, published 9 April 2026."):
        doc.add_paragraph(note)
    doc.add_paragraph(
        "Contact: Adult Social Care Commissioning, PO Box 43, Warwick CV34 9ZW; telephone "
        "01926 738 200. Published 30 April 2026; next review June 2027.")

    save_docx(doc, OUT, (2026, 4, 1, 9, 0, 0))


if __name__ == "__main__":
    build()
