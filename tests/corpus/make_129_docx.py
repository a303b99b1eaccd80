"""Build tests/corpus/129_converted_to_word.docx: a made-up Wiltshire statement converted from PDF to Word.

What a PDF-to-Word converter (Acrobat's 'Export to Word' and its like) leaves behind, published as .docx:
every printed line is its own paragraph (sentences broken mid-way, some with a hyphen at the break),
tables rebuilt as tab stops (a row a paragraph, tab characters between cells) and one rebuilt as a real
Word table with empty spacer columns and merged cells, a key-facts sidebar in framed paragraphs
(w:framePr), the running header and page number turned into an ordinary paragraph at the top of each
page, a section set in two newspaper columns (w:cols w:num="2") and soft line breaks (w:br) inside
paragraphs. Every figure, scheme, provider and person is invented. Run from the repository root:
    .venv/bin/python tests/corpus/make_129_docx.py
Deterministic: fixed core properties and fixed zip entry times, so re-running gives the same bytes.
"""
import datetime
from pathlib import Path

from docx import Document
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

from generate import save_docx, set_core_properties  # noqa: E402 (a sibling module: run from the repository root)

OUT = Path(__file__).with_name("129_converted_to_word.docx")
RUNNING = "Wiltshire Council Market Position Statement 2025-2028   {}"


def _tabs(paragraph, positions):
    """Tab stops at the given positions (twentieths of a point), as a converter sets them per line."""
    ppr = paragraph._p.get_or_add_pPr()
    tabs = OxmlElement("w:tabs")
    for pos in positions:
        t = OxmlElement("w:tab")
        t.set(qn("w:val"), "left")
        t.set(qn("w:pos"), str(pos))
        tabs.append(t)
    ppr.append(tabs)


def _frame(paragraph, y):
    """Place the paragraph in a frame at the page's right edge (the converter's text box)."""
    ppr = paragraph._p.get_or_add_pPr()
    fp = OxmlElement("w:framePr")
    for k, v in (("w", "2700"), ("hSpace", "180"), ("wrap", "around"), ("vAnchor", "page"),
                 ("hAnchor", "page"), ("x", "8650"), ("y", str(y))):
        fp.set(qn(f"w:{k}"), v)
    ppr.insert(0, fp)


def _section_break(paragraph, cols):
    """End a continuous section at this paragraph, set in `cols` newspaper columns."""
    ppr = paragraph._p.get_or_add_pPr()
    sect = OxmlElement("w:sectPr")
    typ = OxmlElement("w:type")
    typ.set(qn("w:val"), "continuous")
    sect.append(typ)
    pg = OxmlElement("w:pgSz")
    pg.set(qn("w:w"), "11906")
    pg.set(qn("w:h"), "16838")
    sect.append(pg)
    c = OxmlElement("w:cols")
    c.set(qn("w:space"), "425")
    if cols > 1:
        c.set(qn("w:num"), str(cols))
    sect.append(c)
    ppr.append(sect)


def _soft(paragraph, lines):
    """One paragraph whose printed lines are kept apart by soft line breaks (w:br)."""
    for i, line in enumerate(lines):
        run = paragraph.add_run(line)
        if i < len(lines) - 1:
            run.add_break()


def _span(cell, n):
    tcpr = cell._tc.get_or_add_tcPr()
    gs = OxmlElement("w:gridSpan")
    gs.set(qn("w:val"), str(n))
    tcpr.append(gs)


def build():
    doc = Document()
    set_core_properties(doc, datetime.datetime(2025, 2, 3, 9, 0, 0), author="Acrobat export",
                        last_modified_by="Commissioning Team",
                        title="Market Position Statement 2025-2028", revision=2)
    style = doc.styles["Normal"]
    style.font.name = "Arial"
    style.font.size = Pt(10)
    style.paragraph_format.space_after = Pt(0)

    P = doc.add_paragraph

    P(RUNNING.format(7))
    P("")
    P("Section 5: Carers, dementia and extra care housing").runs[0].bold = True
    P("")
    P("This section describes what we know about unpaid carers, people")
    P("living with dementia and extra care housing across Wiltshire, and")
    # the converter set the key-facts sidebar's text boxes at their anchor, mid-sentence
    for i, text in enumerate((
            "Key facts",
            "48,730",
            "unpaid carers (Census 2021)",
            "6,940",
            "people aged 65+ estimated to be living with dementia, 2025",
            "11",
            "extra care housing schemes",
            "Carers' helpline 01225 760 412")):
        p = P()
        _frame(p, 1400 + 420 * i)
        run = p.add_run(text)
        if i in (1, 3, 5):
            run.bold = True
            run.font.size = Pt(20)
    P("when we plan to go to the market for the services described. It")
    P("should be read with Sections 3 and 4. We spend about £3.4 million")
    P("a year on the services in this section.")
    P("")
    P("5.1 Unpaid carers").runs[0].bold = True
    P("The 2021 Census recorded 48,730 unpaid carers in Wilt-")
    P("shire, 9.8% of residents aged 5 and over, against 8.9%")
    P("for England. In 2011 there were 51,260 carers in the county,")
    P("so the number has fallen by 2,530 over the ten years.")
    P("Of all unpaid carers, 10,940 provide 50 hours or more of")
    P("care a week, up from 9,870 in 2011.")
    P("")
    p = P("Table 5.1: Unpaid carers in Wiltshire, Census 2011 and 2021")
    p.runs[0].bold = True
    for row in (
            "\t2011\t2021\tChange",
            "All unpaid carers\t51,260\t48,730\t-2,530",
            "% of residents aged 5+\t10.3\t9.8\t-0.5",
            "Caring 50+ hours a week\t9,870\t10,940\t+1,070"):
        p = P(row)
        _tabs(p, (4200, 5700, 7200))
    P("Source: ONS Census 2021 (TS039) and Census 2011 (QS301EW).")
    P("")
    P("In 2024/25, 5,210 carers were known to adult social care and")
    P("2,480 carers' assessments or reviews were completed. Our")
    P("2024 carers survey had 586 responses: 41% had not had a")
    P("break from caring in the last year and 29% were satisfied")
    P("with the support they get.")
    P("")
    P("Carers have told us that they want breaks they can book at")
    P("short notice, advice in one place and support that fits around")
    P("work. The new carers' contract will be shaped by what carers")
    P("and providers tell us at the engagement event on 12 June 2025")
    P("at County Hall, Trowbridge.")
    P("")
    # the section so far is one column; the dementia pages are set in two
    p = P("")
    _section_break(p, 1)

    P(RUNNING.format(8))
    P("5.2 Dementia").runs[0].bold = True
    P("An estimated 6,940 people aged 65 and")
    P("over were living with dementia in Wilt-")
    P("shire in 2025. This is projected to")
    P("reach 8,310 by 2030, a rise of 20%.")
    _soft(P(), ("In March 2025, 4,380 people were on GP",
                "dementia registers, a diagnosis rate of",
                "63.1%, below the national ambition of",
                "66.7% and the England rate of 64.8%."))
    P("The memory assessment service had")
    P("1,260 referrals in 2024/25; the average")
    P("wait from referral to diagnosis was 11")
    P("weeks against a target of 6 weeks.")
    P("")
    p = P("Table 5.2: People aged 65 and over")
    p.runs[0].bold = True
    P("estimated to have dementia")
    for row in (
            "Age\t2025\t2030\tChange",
            "65 to 79\t2,690\t3,140\t17%",
            "80 and over\t4,250\t5,170\t22%",
            "All aged 65+\t6,940\t8,310\t20%"):
        p = P(row)
        _tabs(p, (1900, 2800, 3700))
    P("Source: POPPI, version 14.0, accessed")
    P("9 January 2025.")
    P("")
    _soft(P(), ("Most people with dementia live in their own",
                "homes. We want more of them to be able to",
                "stay there, with a dementia adviser from",
                "diagnosis and day opportunities close to",
                "home. Two in three of the people who use our",
                "dementia day services are aged 85 or over."))
    P("The Dementia Advisory Service is run by")
    P("Downland Memory Support under a con-")
    P("tract worth £410,000 a year.")
    p = P("")
    _section_break(p, 2)

    P(RUNNING.format(9))
    P("5.3 Extra care housing").runs[0].bold = True
    P("There are 11 extra care housing schemes in Wiltshire, pro-")
    P("viding 642 apartments, 86 of them designed for people living")
    P("with dementia. A further 3 schemes with 196 apartments are")
    P("planned by 2028. Weekly service charges range from £42.50 to")
    P("£68.10 on top of rent.")
    P("")
    p = P("Table 5.3: Extra care housing schemes, April 2025")
    p.runs[0].bold = True
    existing = [
        ("Kennet View", "Devizes", "62", "2009"),
        ("Avonside Court", "Chippenham", "70", "2011"),
        ("Sarum Lodge", "Salisbury", "84", "2013"),
        ("Wylye Gardens", "Warminster", "48", "2014"),
        ("Biss Meadow House", "Trowbridge", "66", "2015"),
        ("Thames Head Court", "Malmesbury", "40", "2016"),
        ("Pewsey Vale House", "Pewsey", "45", "2017"),
        ("Downs Edge Court", "Marlborough", "52", "2018"),
        ("Leigh Gardens", "Westbury", "56", "2019"),
        ("Spa Meadow Court", "Melksham", "60", "2021"),
        ("Marden Court", "Calne", "59", "2023"),
    ]
    planned = [
        ("Lime Kiln Court", "Royal Wootton Bassett", "64", "2026"),
        ("Avon Valley Court", "Amesbury", "72", "2027"),
        ("Castle Meadows", "Ludgershall", "60", "2028"),
    ]
    # rebuilt from the PDF's ruled table: the gaps between columns became empty spacer columns
    rows = 1 + 1 + len(existing) + 1 + 1 + 1 + len(planned)
    t = doc.add_table(rows=rows, cols=7)
    t.style = "Table Grid"

    def band(r, text):
        c = t.cell(r, 0).merge(t.cell(r, 6))
        c.text = text
        c.paragraphs[0].runs[0].bold = True

    def fill(r, cells):
        for j, text in zip((0, 2, 4, 6), cells):
            t.cell(r, j).text = text

    band(0, "Open schemes")
    fill(1, ("Scheme", "Town", "Apartments", "Opened"))
    for i, row in enumerate(existing, 2):
        fill(i, row)
    r = 2 + len(existing)
    t.cell(r, 0).merge(t.cell(r, 3)).text = "Total open"
    t.cell(r, 4).text = "642"
    band(r + 1, "Planned schemes")
    fill(r + 2, ("Scheme", "Town", "Apartments", "Due to open"))
    for i, row in enumerate(planned, r + 3):
        fill(i, row)
    P("")
    P("Wiltshire has 7.6 extra care apartments per 1,000 people aged")
    P("75 and over, below our target of 10 per 1,000 by 2030.")
    P("")

    P(RUNNING.format(10))
    P("5.4 Commissioning timetable").runs[0].bold = True
    P("The table below shows when the contracts in this section end")
    P("and when we expect to go out to tender. Dates may change.")
    P("")
    p = P("Table 5.4: Contracts ending and procurement plans")
    p.runs[0].bold = True
    for row in (
            "Service\tContract end\tTender published\tContract award\tNew contract starts",
            "Carers Support Service\t31 March 2026\tSeptember 2025\tDecember 2025\t1 April 2026",
            "Dementia Advisory\t30 September 2026\tFebruary 2026\tMay 2026\t1 October 2026",
            "Service",
            "Carers' Breaks Service\t31 March 2027\tQ2 2026/27\tQ3 2026/27\t1 April 2027"):
        p = P(row)
        _tabs(p, (2600, 4300, 6000, 7700))
    P("")
    P("Care and support in the extra care schemes is provided under")
    P("four contracts that end on 31 July 2027. We will invite ten-")
    P("ders in November 2026, with bids due by 15")
    P("January 2027, and new contracts will start on 1 August 2027.")
    P("Each new contract will run for an initial 4 years with the")
    P("option to extend by up to 2 years. The carers' contract is")
    P("worth about £1.2m a year.")
    P("")
    P("To talk to us about these plans, call the commissioning team")
    P("on 01225 718 300 or write to Adult Commissioning, PO Box")
    P("2210, Trowbridge BA14 0ZQ.")
    P("Published 3 February 2025. Next review: March 2026.")

    save_docx(doc, OUT, (2025, 2, 3, 9, 0, 0))


if __name__ == "__main__":
    build()
