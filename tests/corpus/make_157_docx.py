"""Build tests/corpus/157_word_content_controls.docx: a made-up Shropshire Council Market Position Statement written
in the council's Word template.

Shropshire Council (a unitary authority, no districts; its localities are no registry areas) writes its adult social
care Market Position Statement 2026 to 2029 in its corporate Word template, as template-built documents are: the
cover's title, date and version in content controls (block-level w:sdt around paragraphs and around a whole document
control table; inline w:sdt around runs, a date picker among them), a table of contents as a TOC field (fldChar
begin/separate/end, the cached entries as hyperlinks with PAGEREF page numbers), hyperlinks around words of sentences
that carry figures ('the 2021 Census' linked), figures typed into the template's inline content controls inside
sentences, a simple field (w:fldSimple) for a cross-reference ('see Table 3'), bookmarks, a w:customXml wrapper around
a run (as a smart tag leaves), an embedded bar chart (word/charts/chart1.xml, carers by locality, its categories and
values cached in the chart part, not in the body: the reader does not read chart parts, so they are not expected),
and ordinary tables (carers by hours of care a week; extra care; a commissioning timetable Service | Contract end |
Procurement start | New contract start). Every figure, scheme, service and person is invented; Shropshire's name is
geography only. Run from the repository root:
    .venv/bin/python tests/corpus/make_157_docx.py
Deterministic: fixed core properties and fixed zip entry times, so re-running gives the same bytes.
"""
import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml

# (a sibling module: run from the repository root)
from generate import add_field, fill_cells, save_docx, set_core_properties  # noqa: E402

OUT = Path(__file__).with_name("157_word_content_controls.docx")
TITLE = "Shropshire Council Market Position Statement: Adult Social Care 2026 to 2029"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DECLS = (f'xmlns:w="{W}" xmlns:r="{R}" '
         'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
         'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
         'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"')
CHART_CT = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml"
CHART_RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart"

LOCALITIES = [("Shrewsbury", 8120), ("Oswestry", 4310), ("Market Drayton", 2690), ("Ludlow", 2440),
              ("Bridgnorth", 2980), ("Whitchurch", 2150)]

_SDT_ID = [900]
_BOOKMARK = [0]


def _run(text, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    parts = text.split("\t")
    inner = "<w:tab/>".join(f'<w:t xml:space="preserve">{escape(p)}</w:t>' for p in parts)
    return f"<w:r>{rpr}{inner}</w:r>"


def _sdt_id():
    _SDT_ID[0] += 1
    return _SDT_ID[0]


def _inline_sdt(text, alias="Figure", date=None):
    """A figure or a date typed into the template's content control inside a sentence."""
    kind = (f'<w:date w:fullDate="{date}T00:00:00Z"><w:dateFormat w:val="d MMMM yyyy"/><w:lid w:val="en-GB"/>'
            '<w:storeMappedDataAs w:val="dateTime"/><w:calendar w:val="gregorian"/></w:date>') if date else "<w:text/>"
    return (f'<w:sdt><w:sdtPr><w:alias w:val="{alias}"/><w:tag w:val="{alias.lower()}"/><w:id w:val="{_sdt_id()}"/>'
            f"{kind}</w:sdtPr><w:sdtContent>{_run(text)}</w:sdtContent></w:sdt>")


def _link(text, rid):
    return f'<w:hyperlink r:id="{rid}" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr>' \
           f'<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:hyperlink>'


def _bookmark(text, name):
    _BOOKMARK[0] += 1
    n = _BOOKMARK[0]
    return f'<w:bookmarkStart w:id="{n}" w:name="{name}"/>{_run(text)}<w:bookmarkEnd w:id="{n}"/>'


def _custom(text):
    return (f'<w:customXml w:uri="urn:schemas-microsoft-com:office:smarttags" w:element="place">'
            f'{_run(text)}</w:customXml>')


def _simple_field(instr, cached):
    return f'<w:fldSimple w:instr="{escape(instr)}">{_run(cached)}</w:fldSimple>'


def _segments(parts, links):
    out = []
    for part in parts:
        if isinstance(part, str):
            out.append(_run(part))
            continue
        kind, text, *rest = part
        if kind == "sdt":
            out.append(_inline_sdt(text, *rest))
        elif kind == "link":
            out.append(_link(text, links[rest[0]]))
        elif kind == "bm":
            out.append(_bookmark(text, rest[0]))
        elif kind == "custom":
            out.append(_custom(text))
        elif kind == "ref":
            out.append(_simple_field(f" REF {rest[0]} \\h ", text))
    return "".join(out)


def _p_xml(parts, links, style=None):
    ppr = f'<w:pPr><w:pStyle w:val="{style}"/></w:pPr>' if style else ""
    return f"<w:p {DECLS}>{ppr}{_segments(parts, links)}</w:p>"


def _toc_xml(entries):
    """Word's table of contents: a block content control holding a TOC field whose cached result is one hyperlinked
    entry a paragraph, each with its PAGEREF page number."""
    paras = [f'<w:p><w:pPr><w:pStyle w:val="TOCHeading"/></w:pPr>{_run("Contents")}</w:p>']
    for i, (title, page) in enumerate(entries):
        begin = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> TOC \\o "1-3"'
                 ' \\h \\z \\u </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>') if i == 0 else ""
        end = '<w:r><w:fldChar w:fldCharType="end"/></w:r>' if i == len(entries) - 1 else ""
        anchor = f"_Toc19{i:04d}"
        paras.append(
            f'<w:p><w:pPr><w:pStyle w:val="TOC1"/><w:tabs><w:tab w:val="right" w:leader="dot" w:pos="9016"/>'
            f'</w:tabs></w:pPr>{begin}<w:hyperlink w:anchor="{anchor}" w:history="1">{_run(title)}'
            f'<w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">'
            f' PAGEREF {anchor} \\h </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'{_run(str(page))}<w:r><w:fldChar w:fldCharType="end"/></w:r></w:hyperlink>{end}</w:p>')
    return (f'<w:sdt {DECLS}><w:sdtPr><w:id w:val="{_sdt_id()}"/><w:docPartObj><w:docPartGallery '
            'w:val="Table of Contents"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>'
            + "".join(paras) + "</w:sdtContent></w:sdt>")


def _cover_xml(links):
    """The template's cover page: a block content control (Cover Pages gallery) around the title paragraphs, with
    the date and version typed into inline controls."""
    paras = [
        _p_xml([("sdt", "Shropshire Council", "Organisation")], links, "Title").replace(f" {DECLS}", ""),
        _p_xml([("sdt", "Market Position Statement: Adult Social Care 2026 to 2029", "Title")], links,
               "Subtitle").replace(f" {DECLS}", ""),
        _p_xml(["Published: ", ("sdt", "12 March 2026", "Publication date", "2026-03-12")], links).replace(
            f" {DECLS}", ""),
        _p_xml(["Version ", ("sdt", "2.1", "Version"), " (template CMT-04 v3.2, issued 1 June 2024)"], links).replace(
            f" {DECLS}", ""),
    ]
    return (f'<w:sdt {DECLS}><w:sdtPr><w:id w:val="{_sdt_id()}"/><w:docPartObj><w:docPartGallery '
            'w:val="Cover Pages"/><w:docPartUnique/></w:docPartObj></w:sdtPr><w:sdtContent>'
            + "".join(paras) + "</w:sdtContent></w:sdt>")


def _wrap_block_sdt(element, alias):
    """Put a body element (a table) inside a block-level content control, where it stands."""
    sdt = parse_xml(f'<w:sdt {DECLS}><w:sdtPr><w:alias w:val="{alias}"/><w:id w:val="{_sdt_id()}"/></w:sdtPr>'
                    "<w:sdtContent/></w:sdt>")
    element.addprevious(sdt)
    sdt[1].append(element)


def _chart_xml():
    cats = "".join(f'<c:pt idx="{i}"><c:v>{escape(n)}</c:v></c:pt>' for i, (n, _) in enumerate(LOCALITIES))
    vals = "".join(f'<c:pt idx="{i}"><c:v>{v}</c:v></c:pt>' for i, (_, v) in enumerate(LOCALITIES))
    k = len(LOCALITIES)
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" '
        'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
        f'xmlns:r="{R}"><c:roundedCorners val="0"/><c:chart><c:title><c:tx><c:rich><a:bodyPr/><a:p><a:r>'
        '<a:t>Unpaid carers by locality, Census 2021</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/>'
        '</c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:barChart><c:barDir val="bar"/>'
        '<c:grouping val="clustered"/><c:varyColors val="0"/><c:ser><c:idx val="0"/><c:order val="0"/>'
        '<c:tx><c:strRef><c:f>Sheet1!$B$1</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>Unpaid carers'
        '</c:v></c:pt></c:strCache></c:strRef></c:tx>'
        f'<c:cat><c:strRef><c:f>Sheet1!$A$2:$A${k + 1}</c:f><c:strCache><c:ptCount val="{k}"/>{cats}</c:strCache>'
        f'</c:strRef></c:cat><c:val><c:numRef><c:f>Sheet1!$B$2:$B${k + 1}</c:f><c:numCache>'
        f'<c:formatCode>#,##0</c:formatCode><c:ptCount val="{k}"/>{vals}</c:numCache></c:numRef></c:val></c:ser>'
        '<c:gapWidth val="80"/><c:axId val="1001"/><c:axId val="1002"/></c:barChart>'
        '<c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>'
        '<c:axPos val="l"/><c:crossAx val="1002"/></c:catAx><c:valAx><c:axId val="1002"/><c:scaling>'
        '<c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="1001"/>'
        '</c:valAx></c:plotArea><c:plotVisOnly val="1"/></c:chart></c:chartSpace>').encode("utf-8")


def _chart_paragraph_xml(rid):
    return (
        f'<w:p {DECLS}><w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
        '<wp:extent cx="5486400" cy="3200400"/><wp:docPr id="7" name="Chart 1" '
        'descr="Bar chart of unpaid carers by locality"/><a:graphic><a:graphicData '
        'uri="http://schemas.openxmlformats.org/drawingml/2006/chart">'
        f'<c:chart r:id="{rid}"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>')


def _table(doc, rows, caption=None, bookmark=None, links=None):
    if caption:
        parts = [("bm", caption, bookmark)] if bookmark else [caption]
        _add(doc, _p_xml(parts, links or {}, "Caption"))
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    fill_cells(table, rows)
    for cell in table.rows[0].cells:
        for p in cell.paragraphs:
            for run in p.runs:
                run.bold = True
    return table


def _add(doc, xml):
    el = parse_xml(xml)
    doc.element.body.sectPr.addprevious(el)
    return el


def _header_footer(doc):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "Shropshire Council\tMarket Position Statement 2026 to 2029\tOFFICIAL"
    foot = sec.footer.paragraphs[0]
    foot.add_run("CMT-04 template v3.2\tPage ")
    add_field(foot, "PAGE", "7")


def build():
    doc = Document()
    set_core_properties(doc, datetime.datetime(2026, 3, 12, 9, 0, 0), "Commissioning Team", "Commissioning Team",
                        TITLE, 14)
    links = {}
    for key, url in [("census", "https://www.ons.gov.uk/census"),
                     ("mye", "https://www.ons.gov.uk/peoplepopulationandcommunity/populationandmigration"),
                     ("pcdd", "https://digital.nhs.uk/data-and-information/publications/statistical"),
                     ("poppi", "https://www.poppi.org.uk/"),
                     ("portal", "https://www.shropshire.gov.uk/business/tenders"),
                     ("lin", "https://www.housinglin.org.uk/")]:
        links[key] = doc.part.relate_to(url, RT.HYPERLINK, is_external=True)

    def P(*parts, style=None):
        return _add(doc, _p_xml(parts, links, style))

    def H(text, level=2):
        return P(text, style=f"Heading{level}")

    def H1(text):
        el = P(("bm", text, f"_Toc19{H1.n:04d}"), style="Heading1")
        H1.n += 1
        return el
    H1.n = 0

    # --- cover -------------------------------------------------------------------------------------------------
    _add(doc, _cover_xml(links))
    control = _table(doc, [
        ("Document control", ""),
        ("Version", "2.1"),
        ("Date approved", "12/03/2026"),
        ("Approved by", "Adult Social Care Leadership Team"),
        ("Review date", "March 2027"),
        ("Template", "CMT-04 v3.2 (June 2024)"),
        ("Classification", "OFFICIAL"),
    ])
    _wrap_block_sdt(control._tbl, "Document control")
    P("")
    # --- contents ----------------------------------------------------------------------------------------------
    _add(doc, _toc_xml([
        ("1. Introduction", 3), ("2. Our population", 4), ("3. Unpaid carers", 5), ("4. Dementia", 7),
        ("5. Extra care housing", 9), ("6. The care market", 10), ("7. Commissioning intentions", 11),
        ("8. Contact us", 13)]))
    # --- 1 ------------------------------------------------------------------------------------------------------
    H1("1. Introduction")
    P("This Market Position Statement sets out what we know about the need for adult social care in Shropshire, "
      "how the market looks now and what we intend to commission over the next three years. It replaces our "
      "statement for 2022 to 2025.")
    P("It is written for providers already working in Shropshire, for those thinking of coming here and for "
      "voluntary and community organisations. Figures are rounded to the nearest 10 unless stated.")
    P("We want to hear from you. More than 140 providers took part in the 4 market engagement events we held in "
      "the autumn of 2025, and their views have shaped this statement.")
    P("Opportunities are advertised on our ", ("link", "tenders portal", "portal"),
      " and on Find a Tender. Register there to be told when a new opportunity is published.")
    P("The key facts below are set out in more detail in the chapters that follow.")
    facts = _table(doc, [
        ("Key fact", "Shropshire", "Source"),
        ("Residents (mid-2024)", "327,400", "ONS mid-year estimates"),
        ("Residents aged 65 and over (mid-2024)", "87,950", "ONS mid-year estimates"),
        ("Unpaid carers (Census 2021)", "31,260", "Census 2021"),
        ("People aged 65+ living with dementia (2025)", "7,940", "POPPI"),
        ("Dementia diagnosis rate (January 2026)", "61.3%", "NHS England"),
        ("Extra care schemes", "14", "Shropshire Council"),
        ("Extra care flats", "842", "Shropshire Council"),
        ("Care home beds", "3,920", "Care Quality Commission"),
    ], caption="Table 1: Shropshire at a glance", links=links)
    _wrap_block_sdt(facts._tbl, "Key facts")
    P("")
    P("Our vision is that people in Shropshire live well at home for as long as they can, with the right support "
      "close to where they live, and that carers are recognised and supported.")
    P("We will work with providers to grow care in rural areas, where travel time makes home care hard to "
      "deliver, and to develop the workforce the county needs.")
    # --- 2 ------------------------------------------------------------------------------------------------------
    H1("2. Our population")
    P("Shropshire is a large rural county with market towns and many small villages. According to the ",
      ("link", "ONS mid-year estimates", "mye"), ", Shropshire had ", ("sdt", "327,400"),
      " residents in mid-2024, of whom 87,950 were aged 65 and over.")
    P("That is 26.9% of the population, well above England's 18.7%. Around 12,340 residents were aged 85 and "
      "over in mid-2024.")
    P("The number of residents aged 65 and over is projected to grow by 21% by 2035 (2022-based projections).")
    P("The county's population is older than England's and is ageing faster. Most of the growth will be among "
      "people aged 85 and over, who are the most likely to need care.")
    P("Many older people live alone: 31% of households aged 65 and over are one person, and one in five of them "
      "live more than 10 miles from a main town.")
    # --- 3 ------------------------------------------------------------------------------------------------------
    H1("3. Unpaid carers")
    P("Unpaid carers are the backbone of care in Shropshire. The ", ("link", "2021 Census", "census"),
      " counted 31,260 unpaid carers in Shropshire, 10.1% of residents aged 5 and over (England 8.9%).")
    P("Of them, ", ("custom", "8,870"), " provided 50 or more hours of unpaid care a week, 2.9% of residents "
      "aged 5 and over. The breakdown by hours of care is shown in ", ("ref", "Table 2", "_Ref19000002"), ".")
    _table(doc, [
        ("Hours of unpaid care a week", "Number", "% of residents aged 5+"),
        ("19 hours or less", "16,540", "5.3"),
        ("20 to 49 hours", "5,850", "1.9"),
        ("50 or more hours", "8,870", "2.9"),
        ("All unpaid carers", "31,260", "10.1"),
    ], caption="Table 2: Unpaid carers by hours of care a week, Census 2021", bookmark="_Ref19000002", links=links)
    P("")
    P("Carers live in every part of the county. Figure 1 shows the number of unpaid carers in each of our main "
      "localities.")
    P("Figure 1: Unpaid carers by locality, Census 2021", style="Caption")
    rid = doc.part.relate_to(Part(PackURI("/word/charts/chart1.xml"), CHART_CT, _chart_xml(), doc.part.package),
                             CHART_RT)
    _add(doc, _chart_paragraph_xml(rid))
    P("Source: ", ("link", "Census 2021", "census"), ", table TS039, locality totals from output areas.")
    P("In 2024/25 we completed 2,410 carers' assessments, and the Shropshire Carers Hub supported 3,150 carers.")
    P("In our 2025 carers survey, 612 carers replied; 38% said they had not had a break from caring in the last "
      "year and 54% said they would like more information.")
    P("Young carers are supported through the council's young carers service; they are not counted in the "
      "figures above.")
    H("What this means for providers", 2)
    P("We want short breaks that can be booked at short notice, support for carers in work, and services that "
      "reach carers in the west of the county.", style="ListBullet")
    P("We will pay for replacement care at the home care rate of £24.80 an hour.", style="ListBullet")
    # --- 4 ------------------------------------------------------------------------------------------------------
    H1("4. Dementia")
    P("We estimate ", ("sdt", "7,940"), " people aged 65 and over are living with dementia in Shropshire in 2025 "
      "(", ("link", "POPPI", "poppi"), ", version 16.0). This is projected to rise to ", ("sdt", "9,620"),
      " by 2030 and 11,480 by 2035.")
    P("In January 2026, ", ("bm", "4,870", "RegisterCount"), " people aged 65 and over were on GP dementia "
      "registers (", ("link", "NHS England Primary Care Dementia Data", "pcdd"), "), a diagnosis rate of 61.3%.")
    P("That is below the national ambition of 66.7% and the rate for England, 64.9%.")
    P("Around 190 people under 65 in Shropshire are living with young onset dementia.")
    P("Memory assessment waits average 14 weeks from referral; 1,260 people were referred in 2024/25.")
    P("Dementia is more common in the older, rural parts of the county, where services are furthest away.")
    H("What this means for providers", 2)
    P("Home care and care homes that can support people with dementia and distressed behaviour, and "
      "dementia-friendly day opportunities in market towns.", style="ListBullet")
    P("Support after diagnosis for people living alone, and for their carers.", style="ListBullet")
    # --- 5 ------------------------------------------------------------------------------------------------------
    H1("5. Extra care housing")
    P("Shropshire has ", ("sdt", "14"), " extra care housing schemes with 842 flats between them, "
      "shown by locality in ", ("ref", "Table 3", "_Ref19000003"), ".")
    P("Of these, 96 flats are designed for people living with dementia.")
    P("Three new schemes are planned, which will add ", ("custom", "190"), " flats by 2029.")
    _table(doc, [
        ("Locality", "Schemes", "Flats", "Status"),
        ("Shrewsbury", "4", "268", "Open"),
        ("Oswestry", "3", "172", "Open"),
        ("Market Drayton", "2", "104", "Open"),
        ("Ludlow", "2", "118", "Open"),
        ("Bridgnorth", "2", "126", "Open"),
        ("Whitchurch", "1", "54", "Open"),
        ("Total open", "14", "842", ""),
        ("Planned (by 2029)", "3", "190", "Planned"),
    ], caption="Table 3: Extra care housing schemes by locality, 1 January 2026", bookmark="_Ref19000003",
        links=links)
    P("")
    P("The ", ("link", "Housing LIN", "lin"), " toolkit suggests a need for 25 units per 1,000 people aged 75 and "
      "over; we have 18.6.")
    P("We want to work with registered providers and developers on new schemes in market towns without one, "
      "and on schemes that mix rented and shared ownership flats.")
    H("What this means for providers", 2)
    P("Care and support in extra care that is flexible through the day and night.", style="ListBullet")
    P("Developers who can bring forward sites close to shops, transport and GP surgeries.", style="ListBullet")
    # --- 6 ------------------------------------------------------------------------------------------------------
    H1("6. The care market")
    P("There are 118 care homes in Shropshire with 3,920 beds, 1,460 of them with nursing.")
    P("Around 2,300 people receive home care from 74 registered providers; we paid a standard rate of £24.80 an "
      "hour in 2025/26 and a residential rate of £912 a week.")
    P("Most home care is delivered in the towns; rural rounds are the hardest to staff.")
    P("Vacancy rates in care homes averaged 7.5% in 2025, and 11% of home care posts were vacant.")
    # --- 7 ------------------------------------------------------------------------------------------------------
    H1("7. Commissioning intentions")
    P("The table below sets out the contracts we expect to re-commission in the life of this statement. Dates may "
      "change; we will confirm them on our ", ("link", "tenders portal", "portal"), ".")
    _table(doc, [
        ("Service", "Contract end", "Procurement start", "New contract start"),
        ("Shropshire Care at Home", "31 March 2027", "September 2026", "1 April 2027"),
        ("Carers Support Service", "30 September 2027", "January 2027", "1 October 2027"),
        ("Dementia Support Service", "31 March 2028", "Q2 2027/28", "1 April 2028"),
        ("Extra Care Care and Support", "31 August 2028", "Autumn 2027", "1 September 2028"),
    ], caption="Table 4: Commissioning timetable", links=links)
    P("")
    H("Shropshire Care at Home", 2)
    P("We will hold a market engagement event on ", ("sdt", "15 July 2026", "Event date", "2026-07-15"),
      ". We expect to award the new contracts in ", ("sdt", "December 2026", "Award date"), ".")
    P("The new contracts will run for five years, with an option to extend for up to two further years.")
    H("Carers Support Service", 2)
    P("Tenders will be due by ", ("sdt", "12 March 2027", "Deadline", "2027-03-12"),
      ", and the estimated annual value is £1.2 million.")
    # --- 8 ------------------------------------------------------------------------------------------------------
    H1("8. Contact us")
    P("Commissioning Team, Shropshire Council, Shirehall, Abbey Foregate, Shrewsbury SY2 6ND.")
    P("Telephone 0345 678 9000 or email commissioning@shropshire.gov.uk.")
    P("This document was last reviewed on ", ("sdt", "12 March 2026", "Review date", "2026-03-12"), ".")

    _header_footer(doc)
    return doc


def main():
    save_docx(build(), OUT, (2026, 3, 12, 9, 0, 0))


if __name__ == "__main__":
    main()
