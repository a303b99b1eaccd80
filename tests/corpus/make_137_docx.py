"""Build tests/corpus/137_tracked_intentions.docx: a made-up Hampshire commissioning intentions draft with tracked
changes and comments.

A county council's Adult Health and Care Commissioning Intentions circulated as a DRAFT for comment, saved by Word
with its revisions still tracked: figures revised by a tracked deletion (w:del holding w:delText, the old figure)
beside a tracked insertion (w:ins, the new one), in prose and inside table cells; reviewers' comments
(comments.xml, anchored by w:commentRangeStart/End and a w:commentReference run) holding numbers of their own; a
landscape section with a Gantt-style plan (a row per service, a column per financial-year quarter 'Q1 26/27',
cells marked 'Tender', 'Award', 'Start' or 'X', one 'Tender' moved a quarter by a tracked deletion and insertion);
district tables of unpaid carers and dementia estimates; an extra care section; and a contract end table.
Every figure, scheme, service and person is invented; the county's and its districts' names are geography only.
Run from the repository root:
    .venv/bin/python tests/corpus/make_137_docx.py
Deterministic: fixed core properties, revision dates and zip entry times, so re-running gives the same bytes.
"""
import datetime
from pathlib import Path

from docx import Document
from docx.enum.section import WD_ORIENT, WD_SECTION
from docx.oxml.ns import qn
from docx.shared import Pt

# (a sibling module: run from the repository root)
from generate import (  # noqa: E402
    add_field, fill_cells, save_docx, set_core_properties, word_element,
)

OUT = Path(__file__).with_name("137_tracked_intentions.docx")
TITLE = "Adult Health and Care Commissioning Intentions 2026-2029 (DRAFT v0.7 for comment)"
REVISED = "2025-11-10T09:30:00Z"
_REVISION_ID = [100]



def _run(text, deleted=False):
    r = word_element("w:r")
    t = word_element("w:delText" if deleted else "w:t")
    t.set(qn("xml:space"), "preserve")
    t.text = text
    r.append(t)
    return r


def _revision(kind, text, author):
    _REVISION_ID[0] += 1
    wrap = word_element(kind, **{"w:id": _REVISION_ID[0], "w:author": author, "w:date": REVISED})
    wrap.append(_run(text, deleted=(kind == "w:del")))
    return wrap


def tracked(paragraph, old, new, author="J. Bramley"):
    """Append a tracked replacement to a paragraph: `old` deleted (w:delText), `new` inserted, as Word saves it."""
    if old:
        paragraph._p.append(_revision("w:del", old, author))
    if new:
        paragraph._p.append(_revision("w:ins", new, author))


def comment(doc, runs, text, author, initials):
    """A reviewer's comment (comments.xml) anchored on `runs`, dated with the draft's fixed revision date."""
    note = doc.add_comment(runs, text=text, author=author, initials=initials)
    note._comment_elm.set(qn("w:date"), REVISED)
    return note


def para(doc, *parts):
    """A paragraph from parts: plain strings, ('del', old, new) tracked replacements, or ('note', text, comment)
    runs that carry a reviewer's comment."""
    p = doc.add_paragraph()
    for part in parts:
        if isinstance(part, str):
            p.add_run(part)
        elif part[0] == "del":
            tracked(p, part[1], part[2])
        else:
            run = p.add_run(part[1])
            comment(doc, run, part[2], part[3], part[4])
    return p


def tracked_cell(table, row, col, old, new):
    cell = table.cell(row, col)
    cell.text = ""
    tracked(cell.paragraphs[0], old, new)


def _table(doc, rows):
    table = doc.add_table(rows=len(rows), cols=len(rows[0]))
    table.style = "Table Grid"
    fill_cells(table, rows)
    for cell in table.rows[0].cells:
        for run in cell.paragraphs[0].runs:
            run.bold = True
    return table


def _orient(section, landscape):
    w, h = section.page_width, section.page_height
    if landscape != (w > h):
        section.page_width, section.page_height = h, w
    section.orientation = WD_ORIENT.LANDSCAPE if landscape else WD_ORIENT.PORTRAIT


DISTRICT_CARERS = [
    ("Basingstoke and Deane", "14,020", "9.0%"), ("East Hampshire", "10,310", "9.4%"),
    ("Eastleigh", "11,060", "8.8%"), ("Fareham", "10,240", "9.7%"), ("Gosport", "7,690", "9.9%"),
    ("Hart", "7,180", "7.9%"), ("Havant", None, "10.6%"), ("New Forest", "16,870", "10.2%"),
    ("Rushmoor", "6,940", "7.7%"), ("Test Valley", "10,730", "9.1%"), ("Winchester", "9,880", "8.6%"),
]
DISTRICT_DEMENTIA = [
    ("Basingstoke and Deane", "2,310"), ("East Hampshire", "1,940"), ("Eastleigh", "1,720"), ("Fareham", "1,890"),
    ("Gosport", "1,080"), ("Hart", "1,130"), ("Havant", "1,760"), ("New Forest", "3,410"), ("Rushmoor", "890"),
    ("Test Valley", "1,670"), ("Winchester", "2,630"),
]
QUARTERS = ["Q1 26/27", "Q2 26/27", "Q3 26/27", "Q4 26/27", "Q1 27/28", "Q2 27/28", "Q3 27/28", "Q4 27/28"]
GANTT = [
    ("Carers Support Service", "", "Tender", "X", "Award", "Start", "", "", ""),
    ("Help to Live at Home (home care)", "", "", None, None, "X", "Award", "X", "Start"),
    ("Dementia Advisory Service", "Tender", "Award", "Start", "", "", "", "", ""),
    ("Extra Care Care and Support", "", "", "", "", "", "", "Tender", "Award"),
]


def build():
    doc = Document()
    set_core_properties(doc, datetime.datetime(2025, 11, 12, 8, 0, 0), author="Adult Health and Care Commissioning",
                        last_modified_by="J. Bramley",
                        title=TITLE, revision=7)
    normal = doc.styles["Normal"]
    normal.font.name = "Arial"
    normal.font.size = Pt(11)

    sec = doc.sections[0]
    sec.header.paragraphs[0].text = "DRAFT - Hampshire County Council - " + TITLE
    foot = sec.footer.paragraphs[0]
    foot.add_run("OFFICIAL - not for publication   Page ")
    add_field(foot, "PAGE", "9")

    doc.add_heading("Hampshire County Council: " + TITLE, level=1)
    para(doc, "This draft was circulated to commissioning leads on 12 November 2025. Please send comments by "
              "5 December 2025. Changes since v0.6 are shown as tracked changes.")

    doc.add_heading("2. Our population", level=2)
    para(doc, "At Census 2021 Hampshire was home to ", ("del", "1,398,200", "1,400,900"),
         " residents, 21.4% of them aged 65 and over.")

    doc.add_heading("3. Unpaid carers", level=2)
    para(doc, "The 2021 Census recorded ", ("del", "142,600", None),
         ("note", "145,310", "check: 2011 figure was 149,900? Table 3 of the old strategy says 151,240",
          "A. Moreton", "AM"),
         " unpaid carers aged 5 and over in Hampshire, 9.3% of residents aged 5 and over, against 8.9% in England. "
         "Of these, ", ("del", "35,950", "36,480"), " gave 50 or more hours of care a week.")
    para(doc, "Table 2: Unpaid carers by district, Census 2021")
    carers = _table(doc, [("District", "Unpaid carers", "% of residents aged 5+")]
                    + [(d, n or "", s) for d, n, s in DISTRICT_CARERS]
                    + [("Hampshire", "145,310", "9.3%")])
    tracked_cell(carers, 7, 1, "11,980", "12,140")
    forest = carers.cell(8, 1).paragraphs[0].runs
    comment(doc, forest, "check: 2023 figure was 14,900?", "R. Singh", "RS")

    doc.add_heading("4. Dementia", level=2)
    para(doc, "An estimated ", ("del", "19,850", "20,420"),
         " people aged 65 and over were living with dementia in Hampshire in 2025, and this is projected to "
         "rise to 24,780 by 2030. The diagnosis rate in March 2025 was ",
         ("note", "61.8%", "Q3 rate was 62.4% - which do we use?", "R. Singh", "RS"),
         ", below the national ambition of 66.7%.")
    para(doc, "Table 3: Estimated people aged 65+ living with dementia by district, 2025")
    _table(doc, [("District", "Estimated 65+ with dementia")] + DISTRICT_DEMENTIA + [("Hampshire", "20,420")])

    doc.add_heading("5. Extra care housing", level=2)
    para(doc, "Hampshire has 24 extra care schemes open with ", ("del", "1,542", "1,586"),
         " units, 212 of them designed for people living with dementia. ",
         ("note", "A further 5 schemes with 398 units are planned", "Fleet scheme (64 units) may slip to 2030",
          "A. Moreton", "AM"),
         " to open by 2029.")

    land = doc.add_section(WD_SECTION.NEW_PAGE)
    _orient(land, True)
    doc.add_heading("6. Commissioning plan 2026/27 to 2027/28", level=2)
    para(doc, "Key: Tender = invitation to tender published; Award = contract awarded; Start = new contract "
              "starts; X = evaluation or mobilisation.")
    gantt = _table(doc, [("Service", *QUARTERS)] + GANTT)
    tracked_cell(gantt, 2, 3, "Tender", None)
    tracked_cell(gantt, 2, 4, None, "Tender")

    port = doc.add_section(WD_SECTION.NEW_PAGE)
    _orient(port, False)
    doc.add_heading("7. Current contracts", level=2)
    para(doc, "Table 4: Contract end dates")
    contracts = _table(doc, [
        ("Service", "Provider", "Current contract end", "Maximum end (with extensions)"),
        ("Carers Support Service", "Carers Together Hampshire", "31/03/2027", "n/a"),
        ("Help to Live at Home (home care)", "Framework of 14 providers", "", "31/03/2029"),
        ("Dementia Advisory Service", "Memory Matters South", "30/09/2026", "n/a"),
        ("Extra Care Care and Support", "Three providers (lots 1-3)", "31/03/2028", "31/03/2029"),
    ])
    tracked_cell(contracts, 2, 2, "30/09/2027", "31/12/2027")
    comment(doc, contracts.cell(1, 3).paragraphs[0].runs, "check: value was £4.2m with 3 bids in 2022",
            "J. Bramley", "JB")
    para(doc, "The total annual value of these contracts is about £38.6m. Enquiries: commissioning team, "
              "0370 779 4120.")

    save_docx(doc, OUT, (2025, 11, 12, 8, 0, 0))


if __name__ == "__main__":
    build()
