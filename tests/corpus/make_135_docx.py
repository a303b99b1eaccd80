"""Build tests/corpus/135_regional_pna.docx: a made-up West Wales regional Population Needs Assessment chapter.

A regional partnership's chapter covering three Welsh unitary authorities (Carmarthenshire, Ceredigion and
Pembrokeshire), written bilingually as Welsh public bodies do: every heading, caption and table header in Welsh
first, then English ('Gofalwyr di-dâl / Unpaid carers'); Word heading styles with automatic multilevel numbering
(4. / 4.1, in numbering.xml and w:numPr, never in the text); tables with a row per local authority, a region
total and a Wales row; a table whose columns are the authorities; prose with Welsh place names beside the
English ones; an extra care table with a scheme in development; and a commissioning timetable table for
regional contracts. Every figure, scheme, service and person is invented; the authorities' names are geography
only. Run from the repository root:
    .venv/bin/python tests/corpus/make_135_docx.py
Deterministic: fixed core properties and fixed zip entry times, so re-running gives the same bytes.
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

OUT = Path(__file__).with_name("135_regional_pna.docx")
TITLE = ("Asesiad o Anghenion y Boblogaeth Gorllewin Cymru 2022-2027 / "
         "West Wales Population Needs Assessment 2022-2027")
HEADINGS_NUM = 70   # numId of the chapter's heading numbering (4. / 4.1)




def _add_numbering(doc):
    """The chapter's multilevel heading numbering, starting at chapter 4 (4. / 4.1)."""
    numbering = doc.part.numbering_part.element
    multi = word_element("w:abstractNum", **{"w:abstractNumId": 70})
    multi.append(word_element("w:multiLevelType", **{"w:val": "multilevel"}))
    multi.append(numbering_level(0, "%1.", start=4))
    multi.append(numbering_level(1, "%1.%2", start=1))
    numbering.find(qn("w:num")).addprevious(multi)
    num = word_element("w:num", **{"w:numId": HEADINGS_NUM})
    num.append(word_element("w:abstractNumId", **{"w:val": 70}))
    numbering.append(num)



def _bold_rows(table, *rows):
    for i in rows:
        for cell in table.rows[i].cells:
            for p in cell.paragraphs:
                for run in p.runs:
                    run.bold = True


def _table(doc, rows):
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    fill_cells(table, rows)
    _bold_rows(table, 0)
    return table


def build():
    doc = Document()
    set_core_properties(doc, datetime.datetime(2025, 4, 2, 9, 0, 0), author="West Wales Regional Partnership Board",
                        last_modified_by="Regional Collaboration Unit",
                        title=TITLE, revision=3)
    _add_numbering(doc)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)

    sec = doc.sections[0]
    sec.header.paragraphs[0].text = TITLE
    foot = sec.footer.paragraphs[0]
    foot.add_run("Tudalen / Page ")
    add_field(foot, "PAGE", "14")

    P = doc.add_paragraph

    number_paragraph(doc.add_heading("Pobl hŷn, gofalwyr a thai gofal ychwanegol / "
                            "Older people, carers and extra care housing", level=1), HEADINGS_NUM, 0)
    P("This chapter covers the three local authority areas of the West Wales Regional Partnership Board, "
      "Carmarthenshire (Sir Gaerfyrddin), Ceredigion and Pembrokeshire (Sir Benfro), together with Hywel Dda "
      "University Health Board. It was approved by the Regional Partnership Board on 18 March 2025 and is "
      "published in Welsh and English (version 2.1).")

    number_paragraph(doc.add_heading("Poblogaeth / Population", level=2), HEADINGS_NUM, 1)
    P("At Census 2021 the region was home to 386,500 people: 187,900 in Sir Gaerfyrddin (Carmarthenshire), "
      "71,400 in Ceredigion and 127,200 in Sir Benfro (Pembrokeshire). Some 98,300 residents of the region "
      "(25.4%) were aged 65 and over, well above the Wales figure of 21.3%.")
    P("Carmarthenshire's population is projected to reach 195,600 by 2030. Its largest towns are Llanelli, "
      "Caerfyrddin (Carmarthen) and Rhydaman (Ammanford); Ceredigion's are Aberystwyth and Aberteifi "
      "(Cardigan), and Sir Benfro's are Hwlffordd (Haverfordwest), Penfro (Pembroke) and Aberdaugleddau "
      "(Milford Haven). About 43% of Ceredigion's residents aged 3 and over speak Welsh.")

    number_paragraph(doc.add_heading("Gofalwyr di-dâl / Unpaid carers", level=2), HEADINGS_NUM, 1)
    P("The 2021 Census counted 38,715 unpaid carers aged 5 and over across West Wales, 10.6% of residents "
      "aged 5 and over, compared with 10.2% for Wales as a whole. In 2011 there were 43,920. In Sir Benfro "
      "4,050 carers gave 50 or more hours of care a week; in Ceredigion, 2,230.")
    P("Tabl 4.1 / Table 4.1: Gofalwyr di-dâl yn ôl awdurdod lleol / Unpaid carers by local authority, "
      "Census 2021 and 2011")
    _table(doc, [
        ("Awdurdod lleol / Local authority", "Gofalwyr di-dâl 2021 / Unpaid carers 2021",
         "% o breswylwyr 5+ 2021 / % of residents 5+ 2021", "Gofalwyr di-dâl 2011 / Unpaid carers 2011",
         "% o breswylwyr 5+ 2011 / % of residents 5+ 2011"),
        ("Sir Gaerfyrddin / Carmarthenshire", "19,240", "10.8%", "21,870", "12.6%"),
        ("Ceredigion", "7,015", "10.0%", "8,110", "11.3%"),
        ("Sir Benfro / Pembrokeshire", "12,460", "10.6%", "13,940", "12.1%"),
        ("Cyfanswm y rhanbarth / Region total", "38,715", "10.6%", "43,920", "12.2%"),
        ("Cymru / Wales", "301,850", "10.2%", "370,230", "12.3%"),
    ])
    P("Ffynhonnell / Source: Census 2021 and Census 2011, table TS039.")
    P("Tabl 4.2 / Table 4.2: Oriau o ofal di-dâl yr wythnos / Hours of unpaid care a week, Census 2021")
    _table(doc, [
        ("Oriau yr wythnos / Hours a week", "Sir Gaerfyrddin / Carmarthenshire", "Ceredigion",
         "Sir Benfro / Pembrokeshire", "Rhanbarth / Region"),
        ("19 awr neu lai / 19 hours or less", "9,150", "3,480", "6,020", "18,650"),
        ("20 i 49 awr / 20 to 49 hours", "3,610", "1,305", "2,390", "7,305"),
        ("50 awr neu fwy / 50 or more hours", "6,480", "2,230", "4,050", "12,760"),
        ("Cyfanswm / Total", "19,240", "7,015", "12,460", "38,715"),
    ])
    P("A survey of 612 carers in the region in 2024 found that 71% had not had a carer's needs assessment.")

    number_paragraph(doc.add_heading("Byw gyda dementia / Living with dementia", level=2), HEADINGS_NUM, 1)
    P("An estimated 6,570 people aged 65 and over were living with dementia in the region in 2025, and this is "
      "projected to rise to 8,050 by 2030 and 9,480 by 2035. In Carmarthenshire the estimate is expected to "
      "reach 3,830 by 2030. The region's diagnosis rate of 58.4% is below the Wales rate of 61.0% and the "
      "Welsh Government's target of 75%.")
    P("Tabl 4.3 / Table 4.3: Dementia yn ôl awdurdod lleol / Dementia by local authority")
    _table(doc, [
        ("Awdurdod lleol / Local authority", "Amcangyfrif 65+, 2025 / Estimated 65+, 2025",
         "Ar gofrestrau meddygon teulu, Mawrth 2025 / On GP registers, March 2025",
         "Cyfradd diagnosis / Diagnosis rate"),
        ("Sir Gaerfyrddin / Carmarthenshire", "3,120", "1,810", "58.0%"),
        ("Ceredigion", "1,240", "690", "55.6%"),
        ("Sir Benfro / Pembrokeshire", "2,210", "1,340", "60.6%"),
        ("Cyfanswm y rhanbarth / Region total", "6,570", "3,840", "58.4%"),
        ("Cymru / Wales", "45,300", "27,630", "61.0%"),
    ])
    P("The memory assessment service in Hwlffordd saw 1,140 referrals in 2024/25, with a median wait of "
      "14 weeks.")

    number_paragraph(doc.add_heading("Tai gofal ychwanegol / Extra care housing", level=2), HEADINGS_NUM, 1)
    P("There are nine extra care schemes in the region with 478 flats between them. A fifth Carmarthenshire "
      "scheme, Maes y Gwendraeth in Cross Hands, is in development and will add 60 flats when it opens in "
      "2027. Weekly rents range from £98 to £164.")
    P("Tabl 4.4 / Table 4.4: Cynlluniau gofal ychwanegol / Extra care schemes, April 2025")
    _table(doc, [
        ("Awdurdod lleol / Local authority", "Cynlluniau / Schemes", "Fflatiau / Flats",
         "Cynlluniau yn cael eu datblygu / Schemes in development",
         "Fflatiau yn cael eu datblygu / Flats in development"),
        ("Sir Gaerfyrddin / Carmarthenshire", "4", "228", "1", "60"),
        ("Ceredigion", "2", "96", "-", "-"),
        ("Sir Benfro / Pembrokeshire", "3", "154", "-", "-"),
        ("Cyfanswm y rhanbarth / Region total", "9", "478", "1", "60"),
    ])

    number_paragraph(doc.add_heading("Amserlen gomisiynu / Commissioning timetable", level=2), HEADINGS_NUM, 1)
    P("The three councils and the health board commission the following services regionally, with "
      "Carmarthenshire County Council as lead commissioner. The new West Wales Carers Support Service contract "
      "will run for five years from 1 April 2026, with an option to extend by up to two years, and is worth "
      "£1.9m a year.")
    P("Tabl 4.5 / Table 4.5: Amserlen gomisiynu ranbarthol / Regional commissioning timetable")
    _table(doc, [
        ("Gwasanaeth / Service", "Diwedd y contract presennol / Current contract end", "Tendr / Tender",
         "Dechrau / Start"),
        ("West Wales Carers Support Service", "31 March 2026", "October 2025", "1 April 2026"),
        ("Regional Dementia Support and Advice Service", "30 September 2026", "Q1 2026/27", "1 October 2026"),
        ("Integrated Community Equipment Service", "31 March 2027", "September 2026", "1 April 2027"),
    ])
    P("Ymholiadau / Enquiries: Regional Collaboration Unit, 01267 246 810.")

    save_docx(doc, OUT, (2025, 4, 2, 9, 0, 0))


if __name__ == "__main__":
    build()
