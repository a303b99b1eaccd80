"""Build tests/corpus/124_word_text_boxes.docx: a made-up Hertfordshire chapter as a Word file.

Word features a council's document has that a reader may not read: "Key facts" callouts in
drawing text boxes (w:txbxContent in a wps:wsp inside mc:AlternateContent, with the VML fallback
that repeats the same text, as Word saves it), footnotes (word/footnotes.xml, footnote references
in the text), a header and a footer on each of two sections (PAGE and NUMPAGES fields), a table of
contents field with PAGEREF fields and hyperlinked entries, hyperlinks (external), a table with a
repeated header row and its first column merged down, and a landscape section with a wide table.

Every figure, scheme, provider, reference and person is invented. Run from the repository root:
    .venv/bin/python tests/corpus/make_124_docx.py
Deterministic: fixed core properties and fixed zip entry times, so re-running gives the same bytes.
"""
import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.opc.constants import CONTENT_TYPE as CT, RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt

from generate import fill_cells, save_docx, set_core_properties  # noqa: E402 (a sibling module: run from the repository root)

OUT = Path(__file__).with_name("124_word_text_boxes.docx")
COUNCIL = "Hertfordshire County Council"

NS = {
    "w": "http://schemas.openxmlformats.org/wordprocessingml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "wp": "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing",
    "a": "http://schemas.openxmlformats.org/drawingml/2006/main",
    "wps": "http://schemas.microsoft.com/office/word/2010/wordprocessingShape",
    "mc": "http://schemas.openxmlformats.org/markup-compatibility/2006",
    "v": "urn:schemas-microsoft-com:vml",
    "o": "urn:schemas-microsoft-com:office:office",
    "w14": "http://schemas.microsoft.com/office/word/2010/wordml",
}
DECLS = " ".join(f'xmlns:{k}="{v}"' for k, v in NS.items())


def _run(paragraph_el, text, **props):
    r = OxmlElement("w:r")
    if props:
        rpr = OxmlElement("w:rPr")
        for key, val in props.items():
            el = OxmlElement(f"w:{key}")
            if val is not None:
                el.set(qn("w:val"), val)
            rpr.append(el)
        r.append(rpr)
    t = OxmlElement("w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    paragraph_el.append(r)
    return r


def _fld(parent, kind):
    r = OxmlElement("w:r")
    c = OxmlElement("w:fldChar")
    c.set(qn("w:fldCharType"), kind)
    r.append(c)
    parent.append(r)


def _instr(parent, instr):
    r = OxmlElement("w:r")
    t = OxmlElement("w:instrText")
    t.set(qn("xml:space"), "preserve")
    t.text = instr
    r.append(t)
    parent.append(r)


def _field(parent, instr, cached):
    """A complex field (PAGE, NUMPAGES, PAGEREF) with its cached result, as Word saves it."""
    _fld(parent, "begin")
    _instr(parent, f" {instr} ")
    _fld(parent, "separate")
    _run(parent, cached)
    _fld(parent, "end")


def _tab(parent):
    r = OxmlElement("w:r")
    r.append(OxmlElement("w:tab"))
    parent.append(r)


def _hyperlink(paragraph, url, text):
    rid = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    h = OxmlElement("w:hyperlink")
    h.set(qn("r:id"), rid)
    h.set(qn("w:history"), "1")
    _run(h, text, rStyle="Hyperlink", u="single")
    paragraph._p.append(h)


def _footnote_ref(paragraph, n):
    r = parse_xml(
        f'<w:r {DECLS}><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/>'
        f'</w:rPr><w:footnoteReference w:id="{n}"/></w:r>')
    paragraph._p.append(r)


def _bookmark(paragraph, name, n):
    start = OxmlElement("w:bookmarkStart")
    start.set(qn("w:id"), str(n))
    start.set(qn("w:name"), name)
    end = OxmlElement("w:bookmarkEnd")
    end.set(qn("w:id"), str(n))
    paragraph._p.insert(1 if paragraph._p.pPr is not None else 0, start)
    paragraph._p.append(end)


def _box_paragraphs(lines):
    out = []
    for text, big, bold in lines:
        rpr = ""
        if bold or big:
            rpr += "<w:b/>"
        if big:
            rpr += '<w:sz w:val="48"/>'
        out.append(
            f'<w:p><w:pPr><w:spacing w:after="60"/></w:pPr><w:r><w:rPr>{rpr}</w:rPr>'
            f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')
    return "".join(out)


def _text_box(n, lines, height_emu):
    """A floating text box anchored to the paragraph it is put in, as Word 2010+ saves it:
    the DrawingML shape (mc:Choice) and the VML fallback, both holding the same w:txbxContent."""
    body = _box_paragraphs(lines)
    cx, cy = 2286000, height_emu
    return parse_xml(f"""<w:r {DECLS}><w:rPr><w:noProof/></w:rPr><mc:AlternateContent>
<mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="{251659264 + n}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>45720</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>
<wp:wrapSquare wrapText="bothSides"/>
<wp:docPr id="{n}" name="Text Box {n}"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"><a:spLocks noChangeArrowheads="1"/></wps:cNvSpPr>
<wps:spPr bwMode="auto"><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="E6EEF7"/></a:solidFill>
<a:ln w="12700"><a:solidFill><a:srgbClr val="00558C"/></a:solidFill><a:miter lim="800000"/></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="45720" rIns="91440" bIns="45720" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict>
<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="Text Box {n}" o:spid="_x0000_s{1025 + n}" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:3.6pt;width:180pt;height:{cy / 12700:.1f}pt;z-index:{251659264 + n};mso-position-horizontal:right;mso-position-horizontal-relative:margin" fillcolor="#e6eef7" strokecolor="#00558c" strokeweight="1pt">
<v:textbox><w:txbxContent>{body}</w:txbxContent></v:textbox>
<w10:wrap xmlns:w10="urn:schemas-microsoft-com:office:word" type="square" anchorx="margin"/></v:shape>
</w:pict></mc:Fallback></mc:AlternateContent></w:r>""")


def _anchor_box(paragraph, box):
    """Word puts the anchor run first in the paragraph the box is anchored to."""
    p = paragraph._p
    p.insert(1 if p.pPr is not None else 0, box)


FOOTNOTES = [
    "Office for National Statistics, Census 2021, table TS039 (Provision of unpaid care), "
    "released 19 January 2023.",
    "Across England, 8.9% of residents aged 5 and over provided unpaid care in 2021, down from "
    "10.3% in 2011.",
    "Projecting Older People Population Information (POPPI), version 16.1, accessed 3 February "
    "2026. Estimates are rounded to the nearest 10.",
    "NHS England, Primary Care Dementia Data, March 2026. The diagnosis rate for England in the "
    "same month was 65.2%.",
    "Elderly Accommodation Counsel, housing for older people data, 1 April 2026. Of the 1,214 "
    "units, 236 are designed for people living with dementia.",
]


def _footnotes_xml():
    notes = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" '
        'w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>',
    ]
    for i, text in enumerate(FOOTNOTES, 1):
        notes.append(
            f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/><w:vertAlign w:val="superscript"/></w:rPr>'
            f'<w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {DECLS} '
            f'mc:Ignorable="w14">' + "".join(notes) + "</w:footnotes>").encode("utf-8")


def _header_footer(section, page, pages):
    section.header.is_linked_to_previous = False
    section.footer.is_linked_to_previous = False
    head = section.header.paragraphs[0]
    head.text = f"{COUNCIL}\tOFFICIAL\tMarket Position Statement 2026-2030"
    foot = section.footer.paragraphs[0]
    foot.add_run("Version 3.2, 14 May 2026\tOFFICIAL\tPage ")
    _field(foot._p, "PAGE \\* MERGEFORMAT", page)
    foot.add_run(" of ")
    _field(foot._p, "NUMPAGES \\* MERGEFORMAT", pages)


def _repeat_header(row):
    trpr = row._tr.get_or_add_trPr()
    trpr.append(OxmlElement("w:tblHeader"))


def _caption(doc, text):
    cap = doc.add_paragraph()
    cap.add_run(text).bold = True
    return cap


TOC = [
    ("_Toc190001", "5 Carers, dementia and housing with care", "7", 1),
    ("_Toc190002", "5.1 Unpaid carers", "7", 2),
    ("_Toc190003", "5.2 People living with dementia", "8", 2),
    ("_Toc190004", "5.3 Extra care housing", "9", 2),
    ("_Toc190005", "5.4 Procurement timetable", "11", 2),
]


def _toc(doc):
    doc.add_paragraph("Contents", style="TOC Heading")
    for i, (anchor, text, page, level) in enumerate(TOC):
        p = doc.add_paragraph()
        ppr = p._p.get_or_add_pPr()
        tabs = parse_xml(f'<w:tabs {DECLS}><w:tab w:val="right" w:leader="dot" w:pos="9016"/></w:tabs>')
        ppr.append(tabs)
        if level == 2:
            p.paragraph_format.left_indent = Pt(11)
        if i == 0:
            _fld(p._p, "begin")
            _instr(p._p, ' TOC \\o "1-3" \\h \\z \\u ')
            _fld(p._p, "separate")
        h = OxmlElement("w:hyperlink")
        h.set(qn("w:anchor"), anchor)
        h.set(qn("w:history"), "1")
        _run(h, text)
        _tab(h)
        _field(h, f"PAGEREF {anchor} \\h", page)
        p._p.append(h)
    end = doc.add_paragraph()
    _fld(end._p, "end")


def build():
    doc = Document()
    set_core_properties(doc, datetime.datetime(2026, 5, 14, 9, 0, 0), author="Integrated Accommodation Commissioning",
                        last_modified_by="Integrated Accommodation Commissioning",
                        title="Market Position Statement 2026-2030: Chapter 5", revision=12)

    fpart = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, _footnotes_xml(), doc.part.package)
    doc.part.relate_to(fpart, RT.FOOTNOTES)

    sec = doc.sections[0]
    _header_footer(sec, "7", "24")

    _toc(doc)

    h = doc.add_heading("5 Carers, dementia and housing with care", level=1)
    _bookmark(h, TOC[0][0], 1)
    p = doc.add_paragraph(
        "This chapter of the Market Position Statement describes the need for support among unpaid "
        "carers, people living with dementia and older people who may need extra care housing in "
        "Hertfordshire, and sets out when we will re-procure the services involved. The full "
        "statement and its data tables are at ")
    _hyperlink(p, "https://www.hertfordshire.gov.uk/mps2026", "www.hertfordshire.gov.uk/mps2026")
    p.add_run(". Figures for each district are in the ")
    _hyperlink(p, "https://www.hertfordshire.gov.uk/jsna/2025-26/carers", "Hertfordshire JSNA 2025-26")
    p.add_run(".")

    h = doc.add_heading("5.1 Unpaid carers", level=2)
    _bookmark(h, TOC[1][0], 2)
    p = doc.add_paragraph(
        "At the 2021 Census, 104,870 Hertfordshire residents aged 5 and over said they provided "
        "unpaid care, 9.2% of that age group.")
    _footnote_ref(p, 1)
    p.add_run(
        " This is 9,080 fewer than in 2011, when 113,950 residents (10.1%) did so, a fall of 8.0%. "
        "The fall was seen across England and is thought to reflect in part the census being held "
        "during the pandemic.")
    _footnote_ref(p, 2)
    _anchor_box(p, _text_box(1, [
        ("Key facts: unpaid carers", False, True),
        ("104,870", True, False),
        ("unpaid carers in Hertfordshire, Census 2021", False, False),
        ("1 in 11 residents aged 5 and over", False, False),
        ("24,310 give 50 or more hours of care a week", False, False),
        ("Carer Support Line: 0300 123 7781", False, False),
    ], 1600200))
    doc.add_paragraph(
        "Table 5.1 shows carers in each district. Districts are grouped by the four locality areas "
        "our carers' services use.")

    _caption(doc, "Table 5.1: Unpaid carers by district, Census 2021 and 2011")
    t = doc.add_table(rows=12, cols=6)
    t.style = "Table Grid"
    fill_cells(t, [("Area", "District", "Unpaid carers, 2021", "% of residents aged 5+, 2021",
               "Unpaid carers, 2011", "Change since 2011")])
    _repeat_header(t.rows[0])
    for row in t.rows[0].cells:
        for run in row.paragraphs[0].runs:
            run.bold = True
    fill_cells(t, [
        (None, "East Hertfordshire", "13,640", "9.4", "14,520", "−880"),
        (None, "Broxbourne", "9,180", "9.6", "10,110", "−930"),
        (None, "North Hertfordshire", "11,620", "9.4", "12,730", "−1,110"),
        (None, "Stevenage", "7,510", "8.9", "8,340", "−830"),
        (None, "Dacorum", "13,480", "9.3", "14,690", "−1,210"),
        (None, "Three Rivers", "8,290", "9.3", "9,060", "−770"),
        (None, "Watford", "8,060", "8.2", "8,470", "−410"),
        (None, "Hertsmere", "9,350", "9.2", "10,280", "−930"),
        (None, "St Albans", "12,240", "8.9", "13,050", "−810"),
        (None, "Welwyn Hatfield", "11,500", "9.8", "12,700", "−1,200"),
    ], 1)
    for top, bottom, label in ((1, 2, "East Herts area"), (3, 4, "North Herts area"),
                               (5, 7, "West Herts area"), (8, 10, "South and Central area")):
        t.cell(top, 0).merge(t.cell(bottom, 0)).text = label
    t.cell(11, 0).merge(t.cell(11, 1)).text = "Hertfordshire"
    fill_cells(t, [(None, None, "104,870", "9.2", "113,950", "−9,080")], 11)
    doc.add_paragraph(
        "Source: ONS Census 2021 (TS039) and Census 2011 (QS301EW). Counts are rounded to the "
        "nearest 10.")
    p = doc.add_paragraph(
        "In 2025/26, 7,940 carers were known to Adult Care Services and 3,260 had a carer's "
        "assessment or review. Carers can apply for a Carers Passport at ")
    _hyperlink(p, "https://www.hertfordshire.gov.uk/carerspassport2026", "hertfordshire.gov.uk/carerspassport2026")
    p.add_run(".")

    h = doc.add_heading("5.2 People living with dementia", level=2)
    _bookmark(h, TOC[2][0], 3)
    p = doc.add_paragraph(
        "We estimate that 18,640 people aged 65 and over in Hertfordshire were living with dementia "
        "in 2025,")
    _footnote_ref(p, 3)
    p.add_run(
        " and that this will rise to 22,310 by 2030. In March 2026, 11,830 people aged 65 and over "
        "had a recorded diagnosis on GP registers, a diagnosis rate of 63.5%, short of the national "
        "ambition of 66.7%.")
    _footnote_ref(p, 4)
    _anchor_box(p, _text_box(2, [
        ("Key facts: dementia", False, True),
        ("18,640", True, False),
        ("people aged 65+ estimated to have dementia (2025)", False, False),
        ("63.5%", True, False),
        ("diagnosis rate, March 2026", False, False),
        ("Dementia helpline: 01992 556 713, 9am to 5pm", False, False),
    ], 1737360))
    p = doc.add_paragraph("Our ")
    _hyperlink(p, "https://www.hertfordshire.gov.uk/dementia-strategy-2024-2029",
               "Dementia Strategy 2024-2029")
    p.add_run(" commits us to raise the diagnosis rate to 67.0% by March 2028.")

    h = doc.add_heading("5.3 Extra care housing", level=2)
    _bookmark(h, TOC[3][0], 4)
    p = doc.add_paragraph(
        "Hertfordshire has 23 extra care housing schemes with 1,214 units between them.")
    _footnote_ref(p, 5)
    p.add_run(
        " To meet the need set out in our Accommodation Strategy we plan 640 more extra care units "
        "by 2030, across 9 new schemes.")
    _anchor_box(p, _text_box(3, [
        ("Key facts: extra care", False, True),
        ("23", True, False),
        ("extra care schemes", False, False),
        ("1,214", True, False),
        ("units", False, False),
        ("640 more units planned by 2030", False, False),
        ("£18.5m capital programme 2025-2030", False, False),
    ], 1874520))
    doc.add_paragraph(
        "Weekly service charges range from £42.15 to £96.80, and our care and support contract "
        "pays an hourly rate of £24.60.")
    p = doc.add_paragraph("Developers should read the ")
    _hyperlink(p, "https://www.hertfordshire.gov.uk/ech-design-guide-2024",
               "Extra Care Housing Design Guide (2024)")
    p.add_run(" before approaching the Council.")

    # the wide table goes in a landscape section of its own
    land = doc.add_section(WD_SECTION.NEW_PAGE)
    land.orientation = WD_ORIENT.LANDSCAPE
    land.page_width, land.page_height = sec.page_height, sec.page_width
    _header_footer(land, "11", "24")

    h = doc.add_heading("5.4 Procurement timetable", level=2)
    _bookmark(h, TOC[4][0], 5)
    p = doc.add_paragraph(
        "Table 5.2 gives the dates for the services in this chapter. Contracts will be let for 5 "
        "years with the option to extend by up to 3 years. A market engagement event for the extra "
        "care lots will be held on 9 December 2026; book a place at ")
    _hyperlink(p, "https://www.supplyhertfordshire.uk/events/1127", "www.supplyhertfordshire.uk/events/1127")
    p.add_run(".")
    _caption(doc, "Table 5.2: Procurement timetable")
    c = doc.add_table(rows=5, cols=6)
    c.style = "Table Grid"
    fill_cells(c, [
        ("Service", "Contract reference", "Annual value", "Contract end", "Re-procurement start", "Go live"),
        ("Carers' Support and Breaks Service", "HCC-ASC-2019-044", "£2,340,000", "31 March 2027",
         "September 2026", "1 April 2027"),
        ("Dementia Navigator Service", "HCC-ASC-2021-017", "£865,000", "30 September 2027",
         "January 2027", "1 October 2027"),
        ("Extra Care Care and Support (Lots 1-3)", "HCC-ASC-2020-031", "£6,120,000", "31/03/2028",
         "April 2027", "01/04/2028"),
        ("Dementia Day Opportunities", "HCC-ASC-2022-009", "£410,000", "31 July 2027",
         "Q4 2026/27", "1 August 2027"),
    ])
    _repeat_header(c.rows[0])
    for cell in c.rows[0].cells:
        for run in cell.paragraphs[0].runs:
            run.bold = True
    doc.add_paragraph(
        "Dates after December 2026 are indicative and depend on Cabinet approval on 20 July 2026.")
    doc.add_paragraph(
        "Contact: Integrated Accommodation Commissioning Team, County Hall, Pegs Lane, Hertford "
        "SG13 8ZP; telephone 01992 588 412.")

    save_docx(doc, OUT, (2026, 5, 14, 9, 0, 0))


if __name__ == "__main__":
    build()
