"""Build tests/corpus/131_libreoffice_statement.odt: a made-up Norfolk statement section as LibreOffice Writer saves it.

An OpenDocument Text file (.odt, ODF 1.3), the format UK public bodies publish beside PDF, written with the standard
library only (zipfile and the XML as strings) in the shape LibreOffice Writer gives it: a `mimetype` entry stored first
and uncompressed, a manifest, content.xml, styles.xml (the running header and a page number field in the master page's
header and footer) and meta.xml. The body holds what Writer's own files hold: numbered headings (text:h with
outline levels, the shown number in text:number, the chapter numbering starting at 3), paragraphs whose figures are
split over text:span runs by rsid (tracked formatting: '82,' + '410'), runs of spaces (text:s), tabs, a line break
inside a paragraph, a soft hyphen and a no-break space, a key-facts frame (draw:frame / draw:text-box) anchored in the
opening paragraph, bulleted lists with nested sub-lists and a numbered list, tables with header rows, repeated
columns, float cells (office:value beside the shown text), cells merged across (with covered cells) and down, an
empty cell repeated, Total rows, captions with a chapter-numbered sequence field, footnotes (text:note) set right
after figures, a tracked change (an old figure deleted, held in text:tracked-changes, and the new one inserted) and a
reviewer's comment (office:annotation) with a number in it, and soft page breaks.
Every figure, scheme, provider, person, phone number and postcode is invented. Run from the repository root:
    python tests/corpus/make_131_odt.py
Deterministic: fixed zip entry times and no clock or random input, so re-running gives the same bytes.
"""
from pathlib import Path
from xml.sax.saxutils import escape

from generate import write_odt, xmlns  # (a sibling module: run from the repository root)

OUT = Path(__file__).with_name("131_libreoffice_statement.odt")
STAMP = (2025, 3, 3, 11, 5, 46)
RUNNING = "Norfolk County Council Market Position Statement 2025-2028"
TITLE = "Market Position Statement 2025-2028: older people, carers and housing with care"
SHY = "\u00ad"   # soft hyphen, as Writer stores Ctrl+-
NBSP = "\u00a0"  # no-break space, as Writer stores Ctrl+Shift+Space

HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'


# ---------------------------------------------------------------- inline pieces


def t(s):
    """Character data (escaped)."""
    return escape(s)


def sp(style, s):
    return f'<text:span text:style-name="{style}">{escape(s)}</text:span>'


def spaces(n):
    """A run of n spaces as Writer stores it: one space, then text:s for the rest."""
    return " " + (f'<text:s text:c="{n - 1}"/>' if n > 2 else "<text:s/>")


TAB = "<text:tab/>"
BR = "<text:line-break/>"


def p(style, *parts):
    return f'<text:p text:style-name="{style}">{"".join(parts)}</text:p>'


def h(level, number, title, extra=""):
    return (f'<text:h text:style-name="Heading_20_{level}" text:outline-level="{level}"{extra}>'
            f"<text:number>{number}</text:number>{escape(title)}</text:h>")


def note(n, *body_parts):
    return (f'<text:note text:id="ftn{n}" text:note-class="footnote"><text:note-citation>{n}</text:note-citation>'
            f'<text:note-body>{p("Footnote", *body_parts)}</text:note-body></text:note>')


def caption(number, seq_index, title):
    return p("Table", "Table ",
             f'<text:sequence text:ref-name="refTable{seq_index}" text:name="Table" text:formula="ooow:Table+1" '
             f'style:num-format="1">{number}</text:sequence>', TAB, t(title))


SOFT_BREAK = "<text:soft-page-break/>"

# ---------------------------------------------------------------- tables


def shown(v):
    return f"{v:,}" if isinstance(v, int) else str(v)


def cell(style, text="", value=None, pstyle="Table_20_Contents", extra=""):
    if value is None:
        kind = 'office:value-type="string"'
    else:
        kind = f'office:value-type="float" office:value="{value}"'
    inner = f'<text:p text:style-name="{pstyle}">{escape(text)}</text:p>' if text else \
        f'<text:p text:style-name="{pstyle}"/>'
    return f'<table:table-cell table:style-name="{style}"{extra} {kind}>{inner}</table:table-cell>'


def num(style, v):
    return cell(style, shown(v), v, pstyle="P40")


def covered(style):
    return f'<table:covered-table-cell table:style-name="{style}"/>'


def row(*cells, style=None):
    s = f' table:style-name="{style}"' if style else ""
    return f"<table:table-row{s}>{''.join(cells)}</table:table-row>"


def table(name, ncols, header, rows):
    cols = (f'<table:table-column table:style-name="{name}.A"/>'
            f'<table:table-column table:style-name="{name}.B" table:number-columns-repeated="{ncols - 1}"/>')
    head = "".join(cell(f"{name}.A1", h_, pstyle="Table_20_Heading") for h_ in header)
    return (f'<table:table table:name="{name}" table:style-name="{name}">{cols}'
            f"<table:table-header-rows>{row(head)}</table:table-header-rows>{''.join(rows)}</table:table>")


CARERS = [  # district, unpaid carers 2021, % of residents aged 5+ (2021), unpaid carers 2011
    ("Breckland", 13040, 9.8, 15110),
    ("Broadland", 12210, 9.9, 14350),
    ("Great Yarmouth", 9870, 10.4, 11420),
    ("King's Lynn and West Norfolk", 14320, 9.7, 16880),
    ("North Norfolk", 10960, 10.9, 12740),
    ("Norwich", 10650, 7.9, 12310),
    ("South Norfolk", 11360, 8.8, 13220),
]
DEMENTIA = [  # district, people aged 65+ estimated to have dementia 2025, 2030, 2035
    ("Breckland", 2310, 2720, 3160),
    ("Broadland", 2390, 2800, 3260),
    ("Great Yarmouth", 1640, 1900, 2190),
    ("King's Lynn and West Norfolk", 2660, 3090, 3570),
    ("North Norfolk", 2420, 2830, 3300),
    ("Norwich", 1640, 1880, 2150),
    ("South Norfolk", 2570, 3020, 3520),
]
EXTRA_CARE = [  # district, open schemes, units, dementia units
    ("Breckland", 2, 112, 16),
    ("Broadland", 2, 104, 14),
    ("Great Yarmouth", 2, 118, 18),
    ("King's Lynn and West Norfolk", 3, 165, 24),
    ("North Norfolk", 2, 96, 14),
    ("Norwich", 2, 121, 20),
    ("South Norfolk", 1, 70, 12),
]
PLANNED = [  # district, schemes, units, opening year (Norwich's cell spans its two schemes)
    ("Breckland", 1, 64, 2026),
    ("Norwich", 1, 80, 2027),
    (None, 1, 60, 2028),
    ("Great Yarmouth", 1, 64, 2028),
]


def carers_table():
    rows = [row(cell("Table1.A2", d), num("Table1.B2", c21), num("Table1.B2", pct), num("Table1.B2", c11))
            for d, c21, pct, c11 in CARERS]
    tot = (sum(r[1] for r in CARERS), 9.6, sum(r[3] for r in CARERS))
    rows.append(row(cell("Table1.A3", "Total", pstyle="P41"), *(cell("Table1.B3", shown(v), v, pstyle="P42")
                                                               for v in tot)))
    return table("Table1", 4, ("District", "Unpaid carers 2021", "% of residents aged 5+", "Unpaid carers 2011"),
                 rows)


def dementia_table():
    rows = [row(cell("Table2.A2", d), *(num("Table2.B2", v) for v in vals)) for d, *vals in DEMENTIA]
    tot = [sum(r[i] for r in DEMENTIA) for i in (1, 2, 3)]
    rows.append(row(cell("Table2.A3", "Norfolk total", pstyle="P41"),
                    *(cell("Table2.B3", shown(v), v, pstyle="P42") for v in tot)))
    return table("Table2", 4, ("District", "2025", "2030", "2035"), rows)


def extra_care_table():
    def band(text):
        # the band label merged over the first three columns; the last two cells left empty, written once, repeated
        return row(f'<table:table-cell table:style-name="Table3.A2" table:number-columns-spanned="3" '
                   f'office:value-type="string"><text:p text:style-name="P43">{escape(text)}</text:p>'
                   f"</table:table-cell>",
                   covered("Table3.B2"), covered("Table3.B2"),
                   '<table:table-cell table:style-name="Table3.D2" table:number-columns-repeated="2" '
                   'office:value-type="string"><text:p text:style-name="Table_20_Contents"/></table:table-cell>')

    rows = [band("Open schemes")]
    for d, s, u, dem in EXTRA_CARE:
        rows.append(row(cell("Table3.A3", d), num("Table3.B3", s), num("Table3.B3", u), num("Table3.B3", dem),
                        cell("Table3.B3")))
    rows.append(row(cell("Table3.A4", "Total open", pstyle="P41"),
                    *(cell("Table3.B4", shown(v), v, pstyle="P42")
                      for v in (sum(r[1] for r in EXTRA_CARE), sum(r[2] for r in EXTRA_CARE),
                                sum(r[3] for r in EXTRA_CARE))),
                    cell("Table3.B4")))
    rows.append(band("Planned schemes"))
    for i, (d, s, u, year) in enumerate(PLANNED):
        if d is None:
            first = covered("Table3.A3")
        elif i + 1 < len(PLANNED) and PLANNED[i + 1][0] is None:
            first = cell("Table3.A3", d, extra=' table:number-rows-spanned="2"')
        else:
            first = cell("Table3.A3", d)
        rows.append(row(first, num("Table3.B3", s), num("Table3.B3", u), cell("Table3.B3", "tbc", pstyle="P40"),
                        cell("Table3.B3", str(year), year, pstyle="P40")))
    rows.append(row(cell("Table3.A4", "Total planned", pstyle="P41"),
                    cell("Table3.B4", "4", 4, pstyle="P42"), cell("Table3.B4", "268", 268, pstyle="P42"),
                    cell("Table3.B4"), cell("Table3.B4")))
    return table("Table3", 5, ("District", "Schemes", "Units", "Dementia units", "Opens"), rows)


# ---------------------------------------------------------------- lists


def ul(style, items, list_id=None):
    ident = f' xml:id="{list_id}"' if list_id else ""
    return f'<text:list{ident} text:style-name="{style}">' + "".join(
        f"<text:list-item>{it}</text:list-item>" for it in items) + "</text:list>"


def service_item(label, dates):
    sub = ul("L1", [p("P31", t(d)) for d in dates])
    return p("P30", t(label)) + sub


# ---------------------------------------------------------------- the body

KEY_FACTS = (
    '<draw:frame draw:style-name="fr1" draw:name="Key facts" text:anchor-type="paragraph" svg:x="11.3cm" '
    'svg:y="0.1cm" svg:width="5.6cm" draw:z-index="0"><draw:text-box fo:min-height="8.4cm">'
    + p("P50", "Key facts")
    + p("P51", sp("T5", "82,410")) + p("P52", "unpaid carers (Census 2021)")
    + p("P51", sp("T5", "15,630")) + p("P52", "people aged 65+ living with dementia (2025)")
    + p("P51", sp("T5", "14")) + p("P52", "extra care housing schemes")
    + p("P51", sp("T5", "64.5%")) + p("P52", "dementia diagnosis rate")
    + p("P52", "Carers' helpline:", TAB, "0808 157 0614")
    + "</draw:text-box></draw:frame>"
)

TRACKED = (
    '<text:tracked-changes text:track-changes="false">'
    '<text:changed-region xml:id="ct2741902016" text:id="ct2741902016"><text:deletion><office:change-info>'
    "<dc:creator>Priya Lockwood</dc:creator><dc:date>2025-02-11T14:26:09</dc:date></office:change-info>"
    + p("P12", "9,860") +
    "</text:deletion></text:changed-region>"
    '<text:changed-region xml:id="ct2741903456" text:id="ct2741903456"><text:insertion><office:change-info>'
    "<dc:creator>Priya Lockwood</dc:creator><dc:date>2025-02-11T14:26:15</dc:date></office:change-info>"
    "</text:insertion></text:changed-region>"
    "</text:tracked-changes>"
)

ANNOTATION_NAME = "__Annotation__118_3920461775"
ANNOTATION = (
    f'<office:annotation office:name="{ANNOTATION_NAME}"><dc:creator>Tom Ashworth</dc:creator>'
    "<dc:date>2025-02-12T09:48:31.204000000</dc:date>"
    + p("P60", sp("T7", "Check with public health: their February extract gave 10,140."))
    + "</office:annotation>"
)

SEQ_DECLS = (
    "<text:sequence-decls>"
    '<text:sequence-decl text:display-outline-level="0" text:name="Illustration"/>'
    '<text:sequence-decl text:display-outline-level="1" text:separation-character="." text:name="Table"/>'
    '<text:sequence-decl text:display-outline-level="0" text:name="Text"/>'
    '<text:sequence-decl text:display-outline-level="0" text:name="Drawing"/>'
    '<text:sequence-decl text:display-outline-level="0" text:name="Figure"/>'
    "</text:sequence-decls>"
)


def body():
    b = [TRACKED, SEQ_DECLS]
    b.append(p("P1", t(TITLE)))
    b.append(p("P2", KEY_FACTS,
               t("This section of our statement describes unpaid carers, people living with dementia and housing "
                 "with care across Norfolk's seven districts, and sets out when we will go to the market for the "
                 "services in it. It should be read with Sections 2 and 7 (see page 31). We spend about "
                 "£6.9 million a year on the services in this section.")))

    # 3 Unpaid carers
    b.append(h(1, "3", "Unpaid carers", ' text:restart-numbering="true" text:start-value="3"'))
    b.append(h(2, "3.1", "How many carers there are"))
    b.append(p("P3",
               t("At the 2021 Census, "), sp("T1", "82,"), sp("T2", "410"),
               note(1, t("Office for National Statistics, Census 2021, held on 21 March 2021; usual residents "
                         "aged 5 and over.")),
               t(" people in Norfolk said they provided unpaid care to a family member, friend or neighbour. That "
                 "is 9.6% of residents aged 5 and over, above the England figure of 8.9%. In 2011 the census "
                 "counted 96,030 carers in the county (11.6% of residents aged 5 and over)."), spaces(4),
               t("Of the carers counted in 2021, "), sp("T1", "21,"), sp("T3", "870"),
               t(f" provide 50{NBSP}hours or more of care a week.")))
    b.append(h(2, "3.2", "Carers by district"))
    b.append(p("P3", t("Table 3.1 shows carers in each of Norfolk's districts. The share is highest in North "
                       "Norfolk, where many carers are themselves aged 65 or over.")))
    b.append(caption("3.1", 0, "Unpaid carers by district, Census 2011 and 2021"))
    b.append(carers_table())
    b.append(p("P4", t("Source: ONS Census 2021 (TS039) and Census 2011 (QS301EW).")))
    b.append(h(2, "3.3", "What carers tell us"))
    b.append(p("P3", t("Our 2024 carers survey had 1,184 replies. 38% of carers said they had not had a break in "
                       "the last 12 months, and 46% said they did not know where to find advice."), BR,
               t("At our carers' forum on 26 June 2024, carers asked for breaks they can book at short notice "
                 "and for advice in one place.")))

    # 4 Dementia
    b.append(SOFT_BREAK)
    b.append(h(1, "4", "Dementia"))
    b.append(h(2, "4.1", "Prevalence and projections"))
    b.append(p("P3",
               t("We estimate that 15,630"),
               note(2, t("POPPI, version 15.0, accessed 6 January 2025; figures rounded to the nearest 10.")),
               t(" people aged 65 and over are living with dementia in Norfolk in 2025."), BR,
               t("This is projected to rise to "), sp("T1", "18,"), sp("T2", "240"),
               t(" by 2030 and to 21,150 by 2035, an increase of 35% in ten years. More than a third of them "
                 "are aged 90 or over.")))
    b.append(caption("4.1", 1, "People aged 65 and over estimated to be living with dementia, by district"))
    b.append(dementia_table())
    b.append(h(2, "4.2", "Diagnosis"))
    b.append(p("P3",
               t("In March 2025, "), '<text:change text:change-id="ct2741902016"/>',
               '<text:change-start text:change-id="ct2741903456"/>', sp("T4", "10,080"),
               '<text:change-end text:change-id="ct2741903456"/>',
               t(" people aged 65 and over were on GP "), ANNOTATION, t("dementia registers"),
               f'<office:annotation-end office:name="{ANNOTATION_NAME}"/>',
               t(" in Norfolk, a diagnosis rate of 64.5%, just below the national ambition of 66.7%"),
               note(3, t("The national ambition is that two thirds of people estimated to have dementia have a "
                         "diagnosis.")),
               t(". Memory assessment services received 3,420 referrals in 2024/25; the average wait from "
                 "referral to diagnosis was 14 weeks.")))

    # 5 Housing with care
    b.append(h(1, "5", "Housing with care"))
    b.append(h(2, "5.1", "Extra care housing today"))
    b.append(p("P3",
               t(f"There are 14 extra care housing schemes in Norfolk with 786 apart{SHY}ments"),
               note(4, t("Includes 22 short-stay apartments at Wensum Reach.")),
               t(" between them, 118 of which are designed for people living with dementia. Residents pay a "
                 "weekly well-being charge of £38.40 on top of their rent.")))
    b.append(SOFT_BREAK)
    b.append(caption("5.1", 2, "Extra care housing by district, April 2025"))
    b.append(extra_care_table())
    b.append(h(2, "5.2", "New schemes"))
    b.append(p("P3",
               t("A further 4 schemes with 268 apartments"),
               note(5, t("Subject to planning permission and a Homes England grant of £4.1m.")),
               t(" are planned, opening between 2026 and 2028 (Table 5.1). Our intentions for housing with "
                 "care are:")))
    b.append(ul("L2", [p("P32", t("Grow extra care housing to 1,150 apartments by 2032.")),
                       p("P32", t("Have at least one scheme with apartments for people living with dementia in "
                                  "every district.")),
                       p("P32", t("Keep weekly well-being charges below £45."))], "list2315876402"))

    # 6 Commissioning timetable
    b.append(SOFT_BREAK)
    b.append(h(1, "6", "Commissioning timetable"))
    b.append(h(2, "6.1", "Carers support service"))
    b.append(p("P3",
               t("The current Carers Support Service contract ends on 31 March 2026. A soft market test event "
                 "for providers will be held on 17 September 2025 in Dereham. We will publish the tender in "
                 "October 2025 and bids must be in by 5 December 2025. We expect to award the contract in "
                 "February 2026, and the new service will start on 1 April 2026."), spaces(3),
               t("The new contract will run to 31 March 2031 (5 years), with an option to extend it to "
                 "31 March 2033 (a further 2 years). It is worth about £2.4m a year.")))
    b.append(h(2, "6.2", "Other services"))
    b.append(p("P3", t("Dates for the other services in this statement are below. They may change; we will "
                       "update the e-tendering portal when they do.")))
    b.append(ul("L1", [
        service_item("Extra care care and support", (
            "Current contracts end: 31 May 2026",
            "Extension: extended by 4 months to 30 September 2026",
            "Soft market test event: 14 January 2026",
            "Tender published: February 2026",
            "Bids deadline: 10 April 2026, 12 noon",
            "Contract award: June 2026",
            "New contracts start: 1 October 2026")),
        service_item("Dementia support service", (
            "Current contract ends: 31 March 2027",
            "Tender published: September 2026",
            "Contract award: December 2026",
            "New contract starts: 1 April 2027")),
    ], "list1048233977"))
    b.append(p("P3", t("To talk to us about these plans, call the commissioning team on"), TAB,
               t("01632 960 418 or write to Adult Social Services Commissioning, PO Box 4071, Norwich NR1 9ZX.")))
    b.append(p("P4", t("Published 3 March 2025. Next review: March 2026.")))
    return "".join(b)


# ---------------------------------------------------------------- the parts

FONTS = (
    "<office:font-face-decls>"
    '<style:font-face style:name="Arial" svg:font-family="Arial" style:font-family-generic="swiss" '
    'style:font-pitch="variable"/>'
    '<style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" '
    'style:font-family-generic="swiss" style:font-pitch="variable"/>'
    "</office:font-face-decls>"
)


def para_style(name, parent, ppr="", tpr="", extra=""):
    pp = f"<style:paragraph-properties {ppr}/>" if ppr else ""
    tp = f"<style:text-properties {tpr}/>" if tpr else ""
    return (f'<style:style style:name="{name}" style:family="paragraph" style:parent-style-name="{parent}"{extra}>'
            f"{pp}{tp}</style:style>")


def text_style(name, tpr):
    return f'<style:style style:name="{name}" style:family="text"><style:text-properties {tpr}/></style:style>'


def cell_style(name, bg=None):
    bgs = f' fo:background-color="{bg}"' if bg else ""
    return (f'<style:style style:name="{name}" style:family="table-cell"><style:table-cell-properties{bgs} '
            'fo:padding="0.097cm" fo:border="0.5pt solid #000000"/></style:style>')


def table_styles(name, widths):
    out = [f'<style:style style:name="{name}" style:family="table"><style:table-properties style:width="17cm" '
           'table:align="margins"/></style:style>']
    for col, w in zip("AB", widths):
        out.append(f'<style:style style:name="{name}.{col}" style:family="table-column">'
                   f'<style:table-column-properties style:column-width="{w}"/></style:style>')
    out.append(cell_style(f"{name}.A1", "#d9e2f3"))
    for s in ("A2", "B2", "D2", "A3", "B3", "A4", "B4"):  # the Total rows' cells (row 4 in Table3) shaded
        out.append(cell_style(f"{name}.{s}", "#f2f2f2" if s.endswith("4") else None))
    return "".join(out)


AUTO_STYLES = (
    "<office:automatic-styles>"
    + table_styles("Table1", ("6.2cm", "3.6cm"))
    + table_styles("Table2", ("6.8cm", "3.4cm"))
    + table_styles("Table3", ("5.8cm", "2.8cm"))
    # the excerpt's first paragraph starts the page numbering at 14, as a chapter saved from a longer statement
    + para_style("P1", "Title", 'style:page-number="14"', "", ' style:master-page-name="Standard"')
    + para_style("P2", "Text_20_body", 'fo:margin-top="0.2cm"')
    + para_style("P3", "Text_20_body", 'fo:text-align="justify" style:justify-single-word="false"',
                 'officeooo:rsid="00a41c2e" officeooo:paragraph-rsid="00a41c2e"')
    + para_style("P4", "Text_20_body", "", 'fo:font-size="8pt" fo:font-style="italic"')
    + para_style("P12", "Standard")
    + para_style("P30", "List_20_Contents", "", 'fo:font-weight="bold"', ' style:list-style-name="L1"')
    + para_style("P31", "List_20_Contents", "", "", ' style:list-style-name="L1"')
    + para_style("P32", "List_20_Contents", "", "", ' style:list-style-name="L2"')
    + para_style("P40", "Table_20_Contents", 'fo:text-align="end" style:justify-single-word="false"')
    + para_style("P41", "Table_20_Contents", "", 'fo:font-weight="bold"')
    + para_style("P42", "Table_20_Contents", 'fo:text-align="end" style:justify-single-word="false"',
                 'fo:font-weight="bold"')
    + para_style("P43", "Table_20_Contents", "", 'fo:font-weight="bold" fo:font-style="italic"')
    + para_style("P50", "Frame_20_contents", "", 'fo:font-size="13pt" fo:font-weight="bold"')
    + para_style("P51", "Frame_20_contents", 'fo:margin-top="0.25cm"', 'fo:font-size="20pt" fo:color="#2e75b6"')
    + para_style("P52", "Frame_20_contents", "", 'fo:font-size="9pt"')
    + para_style("P60", "Standard", "", 'fo:font-size="9pt"')
    + text_style("T1", 'officeooo:rsid="00a41c2e"')
    + text_style("T2", 'officeooo:rsid="01b7d3f5"')
    + text_style("T3", 'officeooo:rsid="01c20a8e"')
    + text_style("T4", 'officeooo:rsid="01d4e6a1"')
    + text_style("T5", 'fo:font-weight="bold"')
    + text_style("T7", 'fo:font-size="9pt"')
    + '<style:style style:name="fr1" style:family="graphic" style:parent-style-name="Frame">'
    '<style:graphic-properties style:wrap="parallel" style:number-wrapped-paragraphs="no-limit" '
    'style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="right" '
    'style:horizontal-rel="paragraph" fo:background-color="#deebf7" fo:padding="0.2cm" '
    'fo:border="0.06pt solid #2e75b6"/></style:style>'
    + '<text:list-style style:name="L1">'
    + "".join(f'<text:list-level-style-bullet text:level="{lv}" text:style-name="Bullet_20_Symbols" '
              f'text:bullet-char="{ch}"><style:list-level-properties '
              'text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment '
              f'text:label-followed-by="listtab" text:list-tab-stop-position="{0.635 * lv:.3f}cm" '
              f'fo:text-indent="-0.635cm" fo:margin-left="{0.635 * lv:.3f}cm"/></style:list-level-properties>'
              "</text:list-level-style-bullet>" for lv, ch in ((1, "•"), (2, "◦")))
    + "</text:list-style>"
    + '<text:list-style style:name="L2"><text:list-level-style-number text:level="1" '
    'text:style-name="Numbering_20_Symbols" style:num-suffix="." style:num-format="1">'
    '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
    '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.635cm" '
    'fo:text-indent="-0.635cm" fo:margin-left="0.635cm"/></style:list-level-properties>'
    "</text:list-level-style-number></text:list-style>"
    + "</office:automatic-styles>"
)


def content_xml():
    return (HEAD + f'<office:document-content {xmlns("office", "style", "text", "table", "draw", "fo", "xlink", "dc", "meta", "number", "svg", "ooo", "officeooo", "loext")} '
            'office:version="1.3">'
            "<office:scripts/>" + FONTS + AUTO_STYLES
            + "<office:body><office:text>" + body() + "</office:text></office:body></office:document-content>")


OUTLINE = (
    '<text:outline-style style:name="Outline">'
    + "".join(
        f'<text:outline-level-style text:level="{lv}" style:num-format="{"1" if lv <= 2 else ""}"'
        + (' text:display-levels="2"' if lv == 2 else "")
        + '><style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
        f'<style:list-level-label-alignment text:label-followed-by="listtab" '
        f'text:list-tab-stop-position="{0.762 * lv:.3f}cm" fo:text-indent="-{0.762 * lv:.3f}cm" '
        f'fo:margin-left="{0.762 * lv:.3f}cm"/></style:list-level-properties></text:outline-level-style>'
        for lv in range(1, 11))
    + "</text:outline-style>"
)


def styles_xml():
    named = "".join((
        '<style:default-style style:family="paragraph"><style:paragraph-properties '
        'style:writing-mode="page"/><style:text-properties style:font-name="Arial" fo:font-size="11pt" '
        'fo:language="en" fo:country="GB"/></style:default-style>',
        '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>',
        para_style("Text_20_body", "Standard", 'fo:margin-top="0cm" fo:margin-bottom="0.247cm" '
                   'fo:line-height="115%"').replace('style:family="paragraph"',
                                                    'style:display-name="Text body" style:family="paragraph"'),
        para_style("Heading", "Standard", 'fo:margin-top="0.423cm" fo:margin-bottom="0.212cm" '
                   'fo:keep-with-next="always"', 'style:font-name="Liberation Sans" fo:font-size="14pt"',
                   ' style:next-style-name="Text_20_body" style:class="text"'),
        para_style("Heading_20_1", "Heading", "", 'fo:font-size="16pt" fo:font-weight="bold"',
                   ' style:display-name="Heading 1" style:next-style-name="Text_20_body" '
                   'style:default-outline-level="1" style:class="text"'),
        para_style("Heading_20_2", "Heading", "", 'fo:font-size="13pt" fo:font-weight="bold"',
                   ' style:display-name="Heading 2" style:next-style-name="Text_20_body" '
                   'style:default-outline-level="2" style:class="text"'),
        para_style("Title", "Heading", 'fo:text-align="center"', 'fo:font-size="24pt" fo:font-weight="bold"',
                   ' style:next-style-name="Subtitle" style:class="chapter"'),
        para_style("List_20_Contents", "Standard", 'fo:margin-left="1cm"', "",
                   ' style:display-name="List Contents" style:class="html"'),
        para_style("Table_20_Contents", "Standard", "", 'fo:font-size="10pt"',
                   ' style:display-name="Table Contents" style:class="extra"'),
        para_style("Table_20_Heading", "Table_20_Contents", 'fo:text-align="center"', 'fo:font-weight="bold"',
                   ' style:display-name="Table Heading" style:class="extra"'),
        para_style("Caption", "Standard", 'fo:margin-top="0.212cm" fo:margin-bottom="0.212cm"',
                   'fo:font-size="10pt" fo:font-style="italic"', ' style:class="extra"'),
        para_style("Table", "Caption", "", "", ' style:class="extra"'),
        para_style("Footnote", "Standard", 'fo:margin-left="0.598cm" fo:text-indent="-0.598cm"',
                   'fo:font-size="8pt"', ' style:class="extra"'),
        para_style("Header", "Standard", 'fo:text-align="end"', 'fo:font-size="9pt" fo:color="#595959"',
                   ' style:class="extra"'),
        para_style("Footer", "Standard", 'fo:text-align="center"', 'fo:font-size="9pt"', ' style:class="extra"'),
        para_style("Frame_20_contents", "Standard", "", "",
                   ' style:display-name="Frame contents" style:class="extra"'),
        '<style:style style:name="Footnote_20_Symbol" style:display-name="Footnote Symbol" style:family="text"/>',
        '<style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" style:family="text">'
        '<style:text-properties style:text-position="super 58%"/></style:style>',
        '<style:style style:name="Bullet_20_Symbols" style:display-name="Bullet Symbols" style:family="text"/>',
        '<style:style style:name="Numbering_20_Symbols" style:display-name="Numbering Symbols" '
        'style:family="text"/>',
        '<style:style style:name="Frame" style:family="graphic"><style:graphic-properties '
        'text:anchor-type="paragraph" svg:x="0cm" svg:y="0cm" style:wrap="parallel" '
        'style:vertical-pos="top" style:vertical-rel="paragraph-content" style:horizontal-pos="center" '
        'style:horizontal-rel="paragraph-content"/></style:style>',
        OUTLINE,
        '<text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_Symbol" '
        'text:citation-body-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0" '
        'text:footnotes-position="page" text:start-numbering-at="document"/>',
        '<text:linenumbering-configuration text:number-lines="false" text:offset="0.499cm" '
        'style:num-format="1" text:number-position="left" text:increment="5"/>',
    ))
    auto = ('<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties '
            'fo:page-width="21.001cm" fo:page-height="29.7cm" style:num-format="1" style:print-orientation="portrait" '
            'fo:margin-top="1.25cm" fo:margin-bottom="1.25cm" fo:margin-left="2cm" fo:margin-right="2cm" '
            'style:writing-mode="lr-tb"/><style:header-style><style:header-footer-properties '
            'fo:min-height="0cm" fo:margin-bottom="0.5cm"/></style:header-style><style:footer-style>'
            '<style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.5cm"/></style:footer-style>'
            "</style:page-layout></office:automatic-styles>")
    master = ('<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">'
              f"<style:header>{p('Header', t(RUNNING))}</style:header>"
              "<style:footer>" + p("Footer", "Page ",
                                   '<text:page-number text:select-page="current">14</text:page-number>')
              + "</style:footer></style:master-page></office:master-styles>")
    return (HEAD + f'<office:document-styles {xmlns("office", "style", "text", "table", "draw", "fo", "xlink", "dc", "meta", "number", "svg", "ooo", "officeooo", "loext")} '
            'office:version="1.3">' + FONTS + f"<office:styles>{named}</office:styles>" + auto + master
            + "</office:document-styles>")


def meta_xml():
    return (HEAD + f'<office:document-meta {xmlns("office", "xlink", "dc", "meta", "ooo")} '
            'xmlns:grddl="http://www.w3.org/2003/g/data-view#" office:version="1.3"><office:meta>'
            "<meta:creation-date>2024-11-18T09:41:22.318000000</meta:creation-date>"
            "<dc:date>2025-03-03T11:05:46.902000000</dc:date>"
            "<meta:editing-duration>PT6H12M40S</meta:editing-duration>"
            "<meta:editing-cycles>27</meta:editing-cycles>"
            "<meta:generator>LibreOffice/7.6.4.1$Linux_X86_64 "
            "LibreOffice_project/3c1f0a0b5a8d47e2b9e6c0d4f2a7b81e6d9c4a50</meta:generator>"
            f"<dc:title>{escape(TITLE)}</dc:title>"
            "<meta:initial-creator>Adult Social Services Commissioning</meta:initial-creator>"
            "<dc:creator>Priya Lockwood</dc:creator>"
            "<dc:language>en-GB</dc:language>"
            '<meta:document-statistic meta:table-count="3" meta:image-count="0" meta:object-count="0" '
            'meta:page-count="4" meta:paragraph-count="118" meta:word-count="1356" meta:character-count="8174" '
            'meta:non-whitespace-character-count="6912"/>'
            "</office:meta></office:document-meta>")


def build():
    write_odt(OUT, STAMP, HEAD, content_xml(), styles_xml(), meta_xml())


if __name__ == "__main__":
    build()
