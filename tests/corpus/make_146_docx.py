"""Build tests/corpus/146_dementia_strategy.docx: a made-up joint dementia strategy refresh for Devon as a Word file.

An NHS integrated care board and Devon County Council (a county; its districts East Devon, Exeter, Mid Devon, North
Devon, South Hams, Teignbridge, Torridge and West Devon) publish a refresh of their joint dementia strategy: a
foreword signed by two leads, a 'Dementia in Devon' section (the county's estimate of people aged 65+ living with
dementia in 2025 with projections for 2030 and 2040, a district table of estimated prevalence and diagnosis rate with a
Devon row and an England row), a diagnosis rate table by Primary Care Network (networks named after towns and, some,
after districts: 'Exeter City PCN', 'Mid Devon Healthcare PCN'), GP practice counts, memory assessment waits and
referrals, the national ambition, young onset dementia, carers of people living with dementia beside the census's
unpaid carers, dementia-friendly communities, extra care housing in prose, and a commissioning timeline of a dementia
support service as a 'Milestone | Date' table; footnotes (word/footnotes.xml) cite sources with their years and
dates. Every figure, scheme, network, service and person is invented; the authority's and districts' names are
geography only. Run from the repository root:
    .venv/bin/python tests/corpus/make_146_docx.py
Deterministic: fixed core properties and fixed zip entry times, so re-running gives the same bytes.
"""
import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document
from docx.opc.constants import CONTENT_TYPE as CT, RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.shared import Pt

# (a sibling module: run from the repository root)
from generate import add_field, fill_cells, save_docx, set_core_properties  # noqa: E402

OUT = Path(__file__).with_name("146_dementia_strategy.docx")
TITLE = "Living well with dementia in Devon: Joint Dementia Strategy 2026-2029 (refresh)"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
DECLS = f'xmlns:w="{W}"'

FOOTNOTES = [
    "Projecting Older People Population Information (POPPI), version 16.0, 2025 prevalence rates applied to the "
    "2022-based subnational population projections.",
    "NHS England, Primary Care Dementia Data, September 2025 (published 9 October 2025).",
    "Office for National Statistics, Census 2021, table TS039 (released 19 January 2023).",
    "Devon Memory Assessment Service performance report, quarter 2 2025/26, received 14 November 2025.",
    "Housing LIN and Devon County Council housing with care register, 1 October 2025.",
]


PRIORITIES = [
    ("Preventing well", [
        "What we heard: people want to know what they can do to lower their risk, at any age.",
        "What we will do: add brain health to NHS Health Checks for people aged 40 to 74 and to the council's "
        "healthy ageing campaign.",
        "How we will know: more people aged 65 and over taking up a Health Check each year.",
    ]),
    ("Diagnosing well", [
        "What we heard: waits are too long, and people are not told what happens next.",
        "What we will do: nurse-led memory clinics in every locality and diagnosis in care homes.",
        "How we will know: a shorter wait from referral to diagnosis and a higher diagnosis rate in every "
        "district.",
    ]),
    ("Supporting well", [
        "What we heard: support after diagnosis depends on where you live.",
        "What we will do: a named dementia adviser for everyone diagnosed, through the recommissioned Devon "
        "Dementia Support Service.",
        "How we will know: everyone newly diagnosed is offered a care and support plan within 12 weeks.",
    ]),
    ("Living well", [
        "What we heard: people want to keep doing the things they enjoy, close to home.",
        "What we will do: grow dementia-friendly communities, memory cafés and accessible transport.",
        "How we will know: more towns recognised as dementia-friendly.",
    ]),
    ("Dying well", [
        "What we heard: families want to plan ahead and to be involved in decisions.",
        "What we will do: advance care planning conversations offered at the annual dementia review.",
        "How we will know: more people with an advance care plan recorded by their GP practice.",
    ]),
]


def _footnotes_xml():
    notes = [
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
        '</w:footnote>',
    ]
    for i, text in enumerate(FOOTNOTES, 1):
        notes.append(
            f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
            f'<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
            f'<w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>')
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {DECLS}>'
            + "".join(notes) + "</w:footnotes>").encode("utf-8")


def _footnote_ref(paragraph, n):
    paragraph._p.append(parse_xml(
        f'<w:r {DECLS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'))


def _para(doc, text, note=None, style=None):
    p = doc.add_paragraph(text, style=style)
    if note:
        _footnote_ref(p, note)
    return p


def _caption(doc, text):
    cap = doc.add_paragraph()
    cap.add_run(text).bold = True
    return cap


def _table(doc, rows, bold_last=0):
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    fill_cells(table, rows)
    bold = [0] + list(range(len(rows) - bold_last, len(rows)))
    for i in bold:
        for cell in table.rows[i].cells:
            for p in cell.paragraphs:
                for run in p.runs:
                    run.bold = True
    return table


def _header_footer(doc):
    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "NHS Devon and Devon County Council\tJoint Dementia Strategy 2026-2029"
    foot = sec.footer.paragraphs[0]
    foot.add_run("Version 1.3, January 2026\tPage ")
    add_field(foot, "PAGE", "6")


def _foreword(doc, P):
    doc.add_heading("Foreword", level=1)
    P("Our first joint dementia strategy was published in 2019. Since then much has changed: the pandemic "
      "interrupted memory assessment for almost two years, and more of our residents are living longer with "
      "dementia and with other long-term conditions.")
    P("This refresh sets out what NHS Devon and Devon County Council will do together over the next three years. "
      "More than 640 people living with dementia, carers and staff told us what matters to them at 23 listening "
      "events across the county between March and June 2025.")
    P("We have kept the five themes of the Well Pathway for Dementia: preventing well, diagnosing well, supporting "
      "well, living well and dying well. For each we say what we heard, what we will do and how we will know it "
      "has made a difference.")
    P("Dr Helen Marsh, Chief Medical Officer, NHS Devon")
    P("Cllr Peter Langdon, Cabinet Member for Adult Social Care and Health, Devon County Council")


def _priorities(doc, P):
    doc.add_heading("Our priorities", level=1)
    P("The strategy follows the five themes of the Well Pathway for Dementia. Under each we set out what people "
      "told us, what we will do and how we will measure it.")
    for theme, lines in PRIORITIES:
        doc.add_heading(theme, level=2)
        for line in lines:
            doc.add_paragraph(line, style="List Bullet")


def _dementia_in_devon(doc, P):
    doc.add_heading("1. Dementia in Devon", level=1)
    doc.add_heading("1.1 How many people are living with dementia", level=2)
    P("Devon is one of the oldest counties in England. In mid-2024 some 218,600 of its residents were aged 65 and "
      "over, just over a quarter of the population.")
    P("An estimated 15,480 people aged 65 and over were living with dementia in Devon in 2025.", note=1)
    P("As the population ages, this is projected to rise to 18,920 by 2030 and to 24,350 by 2040, an increase of "
      "57% in fifteen years. Around two in three of them are women.")
    P("We estimate that around 410 people under the age of 65 in Devon are living with young onset dementia. "
      "Their needs are often different: many are in work, have children at home or care for parents.")
    P("Table 1 shows the estimate for each district, with the share of those estimated to have dementia who have a "
      "recorded diagnosis.")
    _caption(doc, "Table 1: People aged 65 and over estimated to be living with dementia, and diagnosis rate, by "
                  "district, 2025")
    _table(doc, [
        ("District", "Estimated prevalence 65+ (2025)", "Diagnosis rate (September 2025)"),
        ("East Devon", "3,350", "58.2%"),
        ("Exeter", "1,520", "66.1%"),
        ("Mid Devon", "1,260", "55.8%"),
        ("North Devon", "1,820", "57.3%"),
        ("South Hams", "1,960", "56.9%"),
        ("Teignbridge", "3,190", "60.4%"),
        ("Torridge", "1,330", "54.7%"),
        ("West Devon", "1,050", "53.1%"),
        ("Devon", "15,480", "59.4%"),
        ("England", "749,200", "64.8%"),
    ], bold_last=2)
    P("Source: POPPI 2025; NHS England Primary Care Dementia Data, September 2025. Figures are rounded to the "
      "nearest 10.")

    doc.add_heading("1.2 Diagnosis", level=2)
    p = P("In September 2025, 9,195 people aged 65 and over were on GP dementia registers in Devon, giving a "
          "diagnosis rate of 59.4%.")
    _footnote_ref(p, 2)
    P("This is below the England rate of 64.8% and the national ambition of 66.7%, and the gap between our "
      "districts is wide: from 53.1% in West Devon to 66.1% in Exeter.")
    P("Our shared ambition is to reach a diagnosis rate of 63% by March 2029.")
    P("Devon has 118 GP practices working together in 17 Primary Care Networks (PCNs). Rates vary more between "
      "networks than between districts, as Table 2 shows for a selection of them.")
    _caption(doc, "Table 2: Dementia diagnosis rate by Primary Care Network, September 2025")
    _table(doc, [
        ("Primary Care Network", "GP practices", "Registered patients aged 65+", "Diagnosis rate"),
        ("Exeter City PCN", "6", "14,320", "67.9%"),
        ("Mid Devon Healthcare PCN", "5", "12,870", "54.2%"),
        ("Barnstaple Alliance PCN", "4", "11,410", "58.8%"),
        ("Torridge PCN", "7", "13,050", "52.6%"),
        ("Coastal Teignbridge PCN", "5", "15,760", "61.7%"),
        ("Tavistock and West Devon PCN", "4", "9,840", "51.9%"),
        ("Axe Valley PCN", "3", "8,630", "63.3%"),
        ("Ivybridge and South Hams PCN", "6", "12,210", "57.6%"),
    ])
    P("Source: NHS England, Primary Care Dementia Data, September 2025, PCN level. Nine smaller networks are not "
      "shown.")

    doc.add_heading("1.3 Memory assessment", level=2)
    p = P("The Devon Memory Assessment Service received 4,620 referrals in 2024/25, up from 4,180 in 2023/24.")
    _footnote_ref(p, 4)
    P("The average wait from referral to diagnosis was 16 weeks in September 2025, against a standard of 6 weeks; "
      "in the north of the county it was 21 weeks.")
    P("We will bring the average wait down to 12 weeks by March 2027 by adding two nurse-led clinics and a "
      "diagnosing-in-care-homes pathway.")


def _carers(doc, P):
    doc.add_heading("2. Carers", level=1)
    p = P("At Census 2021, 83,460 Devon residents aged 5 and over provided unpaid care, 10.4% of that age "
          "group.")
    _footnote_ref(p, 3)
    P("Many of them care for someone living with dementia. We estimate that 11,200 family members and friends "
      "in Devon care for a person living with dementia, and 3,900 of them provide 50 or more hours of care a week.")
    P("Devon Carers supported 2,140 carers of people living with dementia in 2024/25, and 780 of them had a "
      "carer's assessment.")
    P("Carers told us they want information at diagnosis, breaks they can rely on and to be recognised by their "
      "GP practice.")


def _communities(doc, P):
    doc.add_heading("3. Living well in dementia-friendly communities", level=1)
    P("Devon has 27 Dementia Friendly Communities recognised by the Alzheimer's Society, from Axminster to "
      "Ilfracombe, and more than 18,400 Dementia Friends.")
    P("Twelve memory cafés meet every month, and 4 of our community hospitals now have dementia-friendly wards.")
    P("We will support 10 more towns to become dementia-friendly by 2028.")


def _housing(doc, P):
    doc.add_heading("4. Housing with care", level=1)
    p = P("Devon has 19 extra care housing schemes with 1,046 flats between them.")
    _footnote_ref(p, 5)
    P("One of them, Orchard Mead in Tiverton, has 12 flats designed for people living with dementia, with a "
      "secure garden and a day centre open to the wider community.")
    P("A new extra care scheme with 64 flats is planned at Cranbrook, due to open in 2028.")
    P("We will review how people living with dementia are supported to stay in extra care as their needs "
      "change, and the 24-hour care offer in each scheme.")


def _commissioning(doc, P):
    doc.add_heading("5. Commissioning the Devon Dementia Support Service", level=1)
    P("The Devon Dementia Support Service gives people living with dementia and their carers a named dementia "
      "adviser from diagnosis onwards. It is jointly funded by NHS Devon and the council, at £1.4m a year, and "
      "supported 5,310 people in 2024/25.")
    P("We will recommission the service in 2026. The new contract will run for three years with an option to "
      "extend for up to two further years.")
    _caption(doc, "Table 3: Devon Dementia Support Service commissioning timeline")
    _table(doc, [
        ("Milestone", "Date"),
        ("Current contract ends", "31 March 2027"),
        ("Market engagement event", "12 May 2026"),
        ("Tender published", "July 2026"),
        ("Tender closes", "4 September 2026"),
        ("Contract awarded", "November 2026"),
        ("Mobilisation", "December 2026 to March 2027"),
        ("New service starts", "1 April 2027"),
    ])
    P("Dates are indicative and subject to approval by the ICB Board and the council's Cabinet.")


def _next_steps(doc, P):
    doc.add_heading("6. How we will know we have made a difference", level=1)
    P("We will report progress to the Devon Health and Wellbeing Board every six months, starting in "
      "September 2026, against 14 measures set out in Appendix A.")
    P("This strategy was approved by the Health and Wellbeing Board on 15 January 2026 and will be reviewed in "
      "2029.")
    P("Contact: dementia.strategy@devon.example, 01392 380 146.")


def build():
    doc = Document()
    set_core_properties(doc, datetime.datetime(2026, 1, 20, 10, 0, 0), author="NHS Devon Integrated Care Board",
                        last_modified_by="Joint Commissioning Team", title=TITLE, revision=7)
    fpart = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, _footnotes_xml(), doc.part.package)
    doc.part.relate_to(fpart, RT.FOOTNOTES)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)
    _header_footer(doc)

    def P(text, note=None):
        return _para(doc, text, note)

    doc.add_heading(TITLE, level=0)
    P("NHS Devon and Devon County Council")
    _foreword(doc, P)
    _priorities(doc, P)
    _dementia_in_devon(doc, P)
    _carers(doc, P)
    _communities(doc, P)
    _housing(doc, P)
    _commissioning(doc, P)
    _next_steps(doc, P)
    save_docx(doc, OUT, (2026, 1, 20, 10, 0, 0))


if __name__ == "__main__":
    build()
