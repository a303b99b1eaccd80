"""Build tests/corpus/149_carers_strategy.odt: a made-up Barnsley joint carers' strategy as an officer writes it in
LibreOffice Writer.

An OpenDocument Text file (.odt, ODF 1.3) written with the standard library only (zipfile and the XML as strings).
Unlike 131 (Writer's own numbered text:h headings), this officer styled the headings with the council's custom
paragraph style 'BMBC Heading' (a text:p whose automatic style's parent is BMBC_Heading, with the section number typed
into the text), so nothing marks them as headings to a reader but the style name. The body holds: a key-facts text
frame ('Carers in Barnsley at a glance', draw:frame / draw:text-box) anchored in the introduction's paragraph, numbered
lists, footnotes (text:note) citing sources, a table whose header is two rows ('Census 2021' and 'Census 2011' each
merged over 'Number' and '%', 'Hours of care a week' merged down both rows), a 'What carers told us' section of survey
shares, young carers, carers of people living with dementia, a carers' hub's supported carers, a change between the
censuses in prose, and an action plan table ('Action | Lead | By when') that re-commissions the carers' support
service. Every figure, service, person, phone number and date is invented; Barnsley is only the geography.
Run from the repository root:
    python tests/corpus/make_149_odt.py
Deterministic: fixed zip entry times and no clock or random input, so re-running gives the same bytes.
"""
from pathlib import Path
from xml.sax.saxutils import escape

from generate import write_odt, xmlns  # (a sibling module: run from the repository root)

OUT = Path(__file__).with_name("149_carers_strategy.odt")
STAMP = (2026, 2, 9, 15, 12, 4)
TITLE = "Barnsley Carers' Strategy 2026-2031"
NBSP = "\u00a0"
HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
ALL_NS = xmlns("office", "style", "text", "table", "draw", "fo", "xlink", "dc", "meta", "svg", "officeooo")


def t(s):
    return escape(s)


def p(style, *parts):
    return f'<text:p text:style-name="{style}">{"".join(parts)}</text:p>'


def heading(text):
    """A heading as the officer styles it: the custom 'BMBC Heading' paragraph style, the number typed in."""
    return p("P5", t(text))


def note(n, text):
    return (f'<text:note text:id="ftn{n}" text:note-class="footnote"><text:note-citation>{n}</text:note-citation>'
            f'<text:note-body>{p("Footnote", t(text))}</text:note-body></text:note>')


def numbered(items, list_id):
    return (f'<text:list xml:id="{list_id}" text:style-name="L2">'
            + "".join(f"<text:list-item>{p('P32', t(i))}</text:list-item>" for i in items) + "</text:list>")


def bullets(items):
    return ('<text:list text:style-name="L1">'
            + "".join(f"<text:list-item>{p('P31', t(i))}</text:list-item>" for i in items) + "</text:list>")


def cell(text="", value=None, style="Tbl.B", pstyle="P40", extra=""):
    kind = 'office:value-type="string"' if value is None else f'office:value-type="float" office:value="{value}"'
    inner = p(pstyle, t(text)) if text else f'<text:p text:style-name="{pstyle}"/>'
    return f'<table:table-cell table:style-name="{style}"{extra} {kind}>{inner}</table:table-cell>'


def covered():
    return '<table:covered-table-cell table:style-name="Tbl.H"/>'


def row(*cells):
    return f"<table:table-row>{''.join(cells)}</table:table-row>"


def columns(name, n):
    return (f'<table:table-column table:style-name="{name}.A"/>'
            f'<table:table-column table:style-name="{name}.B" table:number-columns-repeated="{n - 1}"/>')


def shown(v):
    return f"{v:,}" if isinstance(v, int) else f"{v:.1f}"


HOURS = [  # band, 2021 number, 2021 %, 2011 number, 2011 % (of residents aged 5 and over)
    ("19 hours or less", 14020, 5.8, 17610, 7.3),
    ("20 to 49 hours", 5070, 2.1, 4120, 1.7),
    ("50 or more hours", 9370, 3.9, 9220, 3.8),
]


def hours_table():
    hd = "Tbl.H"
    top = row(cell("Hours of care a week", style=hd, pstyle="P44", extra=' table:number-rows-spanned="2"'),
              cell("Census 2021", style=hd, pstyle="P44", extra=' table:number-columns-spanned="2"'), covered(),
              cell("Census 2011", style=hd, pstyle="P44", extra=' table:number-columns-spanned="2"'), covered())
    second = row(covered(), *(cell(x, style=hd, pstyle="P44") for x in ("Number", "%", "Number", "%")))
    rows = [row(cell(b, style="Tbl.A", pstyle="P41"), *(cell(shown(v), v) for v in vals)) for b, *vals in HOURS]
    totals = (28460, 11.8, 30950, 12.8)
    rows.append(row(cell("Total", style="Tbl.T", pstyle="P42"),
                    *(cell(shown(v), v, style="Tbl.T", pstyle="P43") for v in totals)))
    return (f'<table:table table:name="Table1" table:style-name="Tbl">{columns("Tbl", 5)}'
            f"<table:table-header-rows>{top}{second}</table:table-header-rows>{''.join(rows)}</table:table>")


ACTIONS = [  # action, lead, by when
    ("Publish a plain English carers' information pack, online and in print", "BMBC Communications", "June 2026"),
    ("Train 300 frontline staff in carer awareness", "NHS South Yorkshire (Barnsley)", "March 2027"),
    ("Add a carer flag to GP records in all 32 practices", "Barnsley Primary Care Networks", "December 2026"),
    ("Talk to carers and providers about the new carers' support service", "BMBC Commissioning",
     "April to June 2026"),
    ("Carers' support service: publish the tender", "BMBC Commissioning", "September 2026"),
    ("Carers' support service: award the new contract", "BMBC Commissioning", "December 2026"),
    ("Carers' support service: current contract ends", "BMBC Commissioning", "31 March 2027"),
    ("Carers' support service: new contract starts", "BMBC Commissioning", "1 April 2027"),
    ("Offer 150 more short breaks a year through the Carers' Break Fund", "Barnsley Carers' Hub", "April 2027"),
    ("Review this strategy with the Carers' Partnership Board", "Carers' Partnership Board", "March 2029"),
]


def action_table():
    head = row(*(cell(x, style="Tbl2.H", pstyle="P44") for x in ("Action", "Lead", "By when")))
    rows = [row(cell(a, style="Tbl2.A", pstyle="P41"), cell(lead, style="Tbl2.A", pstyle="P41"),
                cell(when, style="Tbl2.A", pstyle="P41")) for a, lead, when in ACTIONS]
    return (f'<table:table table:name="Table2" table:style-name="Tbl2">{columns("Tbl2", 3)}'
            f"<table:table-header-rows>{head}</table:table-header-rows>{''.join(rows)}</table:table>")


KEY_FACTS = (
    '<draw:frame draw:style-name="fr1" draw:name="At a glance" text:anchor-type="paragraph" svg:x="10.9cm" '
    'svg:y="0cm" svg:width="6cm" draw:z-index="0"><draw:text-box fo:min-height="9cm">'
    + p("P50", t("Carers in Barnsley at a glance"))
    + p("P51", t("28,460")) + p("P52", t("unpaid carers (Census 2021)"))
    + p("P51", t("11.8%")) + p("P52", t("of residents aged 5 and over"))
    + p("P51", t("9,370")) + p("P52", t("care for 50 or more hours a week"))
    + p("P51", t("1,120")) + p("P52", t("young carers aged 5 to 17"))
    + p("P51", t("3,100")) + p("P52", t("carers supported by Barnsley Carers' Hub in 2024/25"))
    + p("P52", t("Carers' Hub:"), "<text:tab/>", t("01226 499 731"))
    + "</draw:text-box></draw:frame>"
)


def body():
    b = ['<text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Table"/>'
         "</text:sequence-decls>"]
    b.append(p("P1", t(TITLE)))
    b.append(p("P2", t("Caring for carers in Barnsley: a joint strategy by Barnsley Metropolitan Borough Council and "
                       "NHS South Yorkshire (Barnsley place)")))
    b.append(p("P2", t("Version 2.1, approved by Cabinet on 21 January 2026")))

    b.append(p("P4", t("Contents")))
    for entry, page in (("Foreword", 2), ("1. Introduction", 3), ("2. Carers in Barnsley", 4),
                        ("3. What carers told us", 8), ("4. What we will do", 10),
                        ("5. How we will know it is working", 13), ("Appendix: how we wrote this strategy", 14)):
        b.append(p("P6", t(entry), "<text:tab/>", t(str(page))))

    b.append(heading("Foreword"))
    b.append(p("P3", t("Caring for someone we love is something most of us will do at some point in our lives. "
                       "This strategy was shaped by more than 420 carers who took part in our conversations "
                       "between May and August 2025, at 18 events across the borough's six areas.")))
    b.append(p("P3", t("Carers save the health and care system a great deal, but too many of them tell us they "
                       "feel invisible. We want Barnsley to be a place where carers are recognised early, can get "
                       "a break when they need one and are not left worse off because they care.")))
    b.append(p("P3", t("Cllr Jo Pemberton, Cabinet Spokesperson for Adults and Communities")))

    b.append(heading("1. Introduction"))
    b.append(p("P3", KEY_FACTS,
               t("This is Barnsley's second joint carers' strategy. It sets out how the Council and our NHS "
                 "partners will recognise and support the people who look after a family member, partner, "
                 "friend or neighbour over the five years from 2026 to 2031. It replaces the strategy we "
                 "published in 2019.")))
    b.append(p("P3", t("Barnsley is home to around 248,900 people (mid-2024 estimate), and 52,300 of them are aged "
                       "65 and over.")))
    b.append(p("P3", t("Our priorities for the next five years are:")))
    b.append(numbered([
        "Identify carers earlier, including in GP practices and hospital wards.",
        "Give carers good information and advice in one place.",
        "Help carers take a break, with 150 more short breaks a year by 2027.",
        "Support young carers and young adult carers aged 16 to 25.",
        "Look after carers' own health and wellbeing.",
    ], "list4100"))

    b.append(heading("2. Carers in Barnsley"))
    b.append(p("P3",
               t("At the 2021 Census, 28,460 Barnsley residents aged 5 and over said they provided unpaid care"),
               note(1, "Office for National Statistics, Census 2021 (TS039), published 19 January 2023."),
               t(". That is 11.8% of residents aged 5 and over, higher than the England figure of 8.9%.")))
    b.append(p("P3", t("There are fewer carers than ten years ago. At the 2011 Census, 30,950 people in the borough "
                       "said they provided unpaid care, so the number has fallen by 2,490 (8.0%).")))
    b.append(p("P3", t("But more carers now care for longer. The number caring for 20 to 49 hours a week rose by "
                       "950 between the two censuses, and 9,370 people now care for 50 or more hours a week.")))
    b.append(p("P4", t("Table 1: Unpaid carers by hours of care a week, Barnsley, Census 2021 and 2011")))
    b.append(hours_table())
    b.append(p("P4", t("Percentages are of all residents aged 5 and over. Source: ONS Census 2021 (TS039) and "
                       "Census 2011 (QS301EW).")))

    b.append(heading("2.1 Young carers"))
    b.append(p("P3", t(f"The census also counted 1,120 young carers aged 5 to 17 in Barnsley. Many more are not "
                       f"known to anyone: Barnsley Young Carers supported 385 young carers in 2024/25, of whom "
                       f"110 were aged under{NBSP}11.")))

    b.append(heading("2.2 Caring for someone living with dementia"))
    b.append(p("P3",
               t("We estimate that 3,260 people aged 65 and over in Barnsley are living with dementia in 2025"),
               note(2, "POPPI, version 16.1, accessed 12 January 2026; figures rounded to the nearest 10."),
               t(", and that this will rise to 3,840 by 2030.")))
    b.append(p("P3",
               t("In December 2025, 2,118 people aged 65 and over were on a GP dementia register in Barnsley, "
                 "a diagnosis rate of 65.0%, just below the national ambition of 66.7%"),
               note(3, "NHS England, Recorded Dementia Diagnoses, December 2025."),
               t(".")))
    b.append(p("P3", t("Most people living with dementia are cared for at home by family. We think around 2,400 "
                       "Barnsley carers look after someone living with dementia, and 1,050 of them care for 50 "
                       "or more hours a week. Dementia Carers Support, our specialist service, helped 610 carers "
                       "in 2024/25.")))

    b.append(heading("2.3 Support for carers today"))
    b.append(p("P3", t("Barnsley Carers' Hub supported 3,100 carers in 2024/25, 640 of them for the first time. "
                       "The Hub's advice line took 5,870 calls.")))
    b.append(p("P3", t("The Council completed 1,270 carers' assessments in 2024/25, up from 1,090 in 2023/24. "
                       "Carers waited 19 days on average for an assessment.")))

    b.append(heading("2.4 Carers' health and work"))
    b.append(p("P3", t("Caring can take a toll. In the GP Patient Survey 2025, 61% of carers in Barnsley said they "
                       "had a long-term condition, against 52% of people who do not care. Around 1 in 7 people in "
                       "work in the borough also look after someone.")))
    b.append(p("P3", t("The Carers' Break Fund made 820 grants in 2024/25, averaging £240 each.")))

    b.append(heading("3. What carers told us"))
    b.append(p("P3",
               t("Our carers survey ran from 12 May to 29 August 2025 and 1,046 carers replied"),
               note(4, "Barnsley Carers Survey 2025, 1,046 responses; percentages rounded to whole numbers."),
               t(". Carers told us:")))
    b.append(bullets([
        "64% had not had a break from caring in the last 12 months;",
        "41% said caring had harmed their own health;",
        "29% were juggling caring with paid work, and 12% had given up work to care;",
        "only 18% felt they had as much social contact as they would like;",
        "73% did not know they could ask for a carer's assessment.",
    ]))
    b.append(p("P3", t("The three things carers asked for most were:")))
    b.append(numbered([
        "breaks they can book at short notice;",
        "one place to go for advice;",
        "to be listened to by health and care staff.",
    ], "list4101"))

    b.append(heading("4. What we will do"))
    b.append(p("P3", t("The Carers' Support Service, run by Barnsley Carers' Hub since 2020, is our main "
                       "service for adult carers. Its contract ends on 31 March 2027 and we will re-commission "
                       "it during 2026/27. The new contract will run for five years, with an option to extend "
                       "for up to two more years. It is worth around £1.2 million a year.")))
    b.append(p("P3", t("The action plan below shows who will lead each action and when.")))
    b.append(p("P4", t("Table 2: Action plan 2026 to 2028")))
    b.append(action_table())

    b.append(heading("4.1 Money"))
    b.append(p("P3", t("Together the Council and NHS South Yorkshire spend about £3.4 million a year on support for "
                       "carers, including £260,000 for the Carers' Break Fund and £410,000 for young carers.")))

    b.append(heading("5. How we will know it is working"))
    b.append(p("P3", t("We will report to the Carers' Partnership Board every six months. By 2028 we want 4,000 "
                       "carers a year to be supported by the Hub and 75% of carers to say they got the right "
                       "information at the right time.")))
    b.append(p("P3", t("Contact the Carers' Commissioning Team on 01226 773 412 or at carers@barnsley.example.")))
    b.append(heading("Appendix: how we wrote this strategy"))
    b.append(p("P3", t("We heard from carers in several ways:")))
    b.append(bullets([
        "412 online survey replies and 634 paper surveys;",
        "18 listening events, with 236 carers attending;",
        "6 sessions with young carers, with 54 taking part;",
        "a draft shared for comment from 3 November to 15 December 2025.",
    ]))
    b.append(p("P3", t("Words we use")))
    b.append(numbered([
        "Unpaid carer: anyone who looks after a family member, partner or friend who needs help because of "
        "illness, frailty, disability, a mental health problem or an addiction and cannot cope without their support.",
        "Young carer: a carer under 18.",
        "Young adult carer: a carer aged 16 to 25.",
        "Carer's assessment: a conversation with the Council about the carer's own needs.",
    ], "list4102"))
    b.append(p("P4", t("Next review: March 2029.")))
    return "".join(b)


def para_style(name, parent, ppr="", tpr="", extra=""):
    pp = f"<style:paragraph-properties {ppr}/>" if ppr else ""
    tp = f"<style:text-properties {tpr}/>" if tpr else ""
    return (f'<style:style style:name="{name}" style:family="paragraph" style:parent-style-name="{parent}"{extra}>'
            f"{pp}{tp}</style:style>")


def cell_style(name, bg=None):
    bgs = f' fo:background-color="{bg}"' if bg else ""
    return (f'<style:style style:name="{name}" style:family="table-cell"><style:table-cell-properties{bgs} '
            'fo:padding="0.1cm" fo:border="0.5pt solid #7f7f7f"/></style:style>')


def table_styles(name, widths):
    out = [f'<style:style style:name="{name}" style:family="table"><style:table-properties style:width="17cm" '
           'table:align="margins"/></style:style>']
    for col, w in zip("AB", widths):
        out.append(f'<style:style style:name="{name}.{col}" style:family="table-column">'
                   f'<style:table-column-properties style:column-width="{w}"/></style:style>')
    out += [cell_style(f"{name}.H", "#8e1f5f"), cell_style(f"{name}.A"), cell_style(f"{name}.B"),
            cell_style(f"{name}.T", "#f2e6ee")]
    return "".join(out)


AUTO_STYLES = (
    "<office:automatic-styles>"
    + table_styles("Tbl", ("5.4cm", "2.9cm")) + table_styles("Tbl2", ("9cm", "4cm"))
    + para_style("P1", "BMBC_Title", "", "", ' style:master-page-name="Standard"')
    + para_style("P2", "Text_20_body", "", 'fo:font-size="12pt" fo:color="#8e1f5f"')
    + para_style("P3", "Text_20_body", "", 'officeooo:rsid="002b91c4" officeooo:paragraph-rsid="002b91c4"')
    + para_style("P4", "Text_20_body", "", 'fo:font-size="9pt" fo:font-style="italic"')
    + para_style("P5", "BMBC_Heading", "", 'officeooo:rsid="003a17d2" officeooo:paragraph-rsid="003a17d2"')
    + para_style("P6", "Standard", "", 'fo:font-size="10pt"')
    + para_style("P31", "List_20_Contents", "", "", ' style:list-style-name="L1"')
    + para_style("P32", "List_20_Contents", "", "", ' style:list-style-name="L2"')
    + para_style("P40", "Table_20_Contents", 'fo:text-align="end"')
    + para_style("P41", "Table_20_Contents")
    + para_style("P42", "Table_20_Contents", "", 'fo:font-weight="bold"')
    + para_style("P43", "Table_20_Contents", 'fo:text-align="end"', 'fo:font-weight="bold"')
    + para_style("P44", "Table_20_Contents", 'fo:text-align="center"', 'fo:font-weight="bold" fo:color="#ffffff"')
    + para_style("P50", "Frame_20_contents", "", 'fo:font-size="13pt" fo:font-weight="bold"')
    + para_style("P51", "Frame_20_contents", 'fo:margin-top="0.2cm"', 'fo:font-size="20pt" fo:color="#8e1f5f"')
    + para_style("P52", "Frame_20_contents", "", 'fo:font-size="9pt"')
    + '<style:style style:name="fr1" style:family="graphic" style:parent-style-name="Frame">'
    '<style:graphic-properties style:wrap="parallel" style:horizontal-pos="right" style:horizontal-rel="paragraph" '
    'fo:background-color="#f2e6ee" fo:padding="0.2cm" fo:border="0.06pt solid #8e1f5f"/></style:style>'
    + '<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" '
    'text:style-name="Bullet_20_Symbols" text:bullet-char="•"><style:list-level-properties '
    'text:list-level-position-and-space-mode="label-alignment"><style:list-level-label-alignment '
    'text:label-followed-by="listtab" text:list-tab-stop-position="0.635cm" fo:text-indent="-0.635cm" '
    'fo:margin-left="0.635cm"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>'
    + '<text:list-style style:name="L2"><text:list-level-style-number text:level="1" '
    'text:style-name="Numbering_20_Symbols" style:num-suffix="." style:num-format="1">'
    '<style:list-level-properties text:list-level-position-and-space-mode="label-alignment">'
    '<style:list-level-label-alignment text:label-followed-by="listtab" text:list-tab-stop-position="0.635cm" '
    'fo:text-indent="-0.635cm" fo:margin-left="0.635cm"/></style:list-level-properties>'
    "</text:list-level-style-number></text:list-style>"
    + "</office:automatic-styles>"
)


def content_xml():
    return (HEAD + f'<office:document-content {ALL_NS} office:version="1.3"><office:scripts/>'
            '<office:font-face-decls><style:font-face style:name="Arial" svg:font-family="Arial" '
            'style:font-family-generic="swiss" style:font-pitch="variable"/></office:font-face-decls>'
            + AUTO_STYLES + "<office:body><office:text>" + body()
            + "</office:text></office:body></office:document-content>")


def styles_xml():
    named = "".join((
        '<style:default-style style:family="paragraph"><style:text-properties style:font-name="Arial" '
        'fo:font-size="11pt" fo:language="en" fo:country="GB"/></style:default-style>',
        '<style:style style:name="Standard" style:family="paragraph" style:class="text"/>',
        para_style("Text_20_body", "Standard", 'fo:margin-bottom="0.25cm" fo:line-height="115%"', "",
                   ' style:display-name="Text body" style:class="text"'),
        # the council's own styles, made by the officer from the Standard style (not Writer's Heading styles)
        para_style("BMBC_Title", "Standard", 'fo:margin-bottom="0.3cm"',
                   'fo:font-size="26pt" fo:font-weight="bold" fo:color="#8e1f5f"',
                   ' style:display-name="BMBC Title" style:class="text"'),
        para_style("BMBC_Heading", "Standard", 'fo:margin-top="0.45cm" fo:margin-bottom="0.2cm" '
                   'fo:keep-with-next="always"', 'fo:font-size="15pt" fo:font-weight="bold" fo:color="#8e1f5f"',
                   ' style:display-name="BMBC Heading" style:next-style-name="Text_20_body" style:class="text"'),
        para_style("List_20_Contents", "Standard", 'fo:margin-left="1cm"', "",
                   ' style:display-name="List Contents" style:class="html"'),
        para_style("Table_20_Contents", "Standard", "", 'fo:font-size="10pt"',
                   ' style:display-name="Table Contents" style:class="extra"'),
        para_style("Footnote", "Standard", 'fo:margin-left="0.6cm" fo:text-indent="-0.6cm"', 'fo:font-size="8pt"',
                   ' style:class="extra"'),
        para_style("Frame_20_contents", "Standard", "", "", ' style:display-name="Frame contents" style:class="extra"'),
        '<style:style style:name="Bullet_20_Symbols" style:display-name="Bullet Symbols" style:family="text"/>',
        '<style:style style:name="Numbering_20_Symbols" style:display-name="Numbering Symbols" style:family="text"/>',
        '<style:style style:name="Frame" style:family="graphic"/>',
        '<text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" '
        'text:footnotes-position="page" text:start-numbering-at="document"/>',
    ))
    auto = ('<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties '
            'fo:page-width="21.001cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" '
            'fo:margin-left="2cm" fo:margin-right="2cm"/></style:page-layout></office:automatic-styles>')
    master = ('<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1">'
              f"<style:header>{p('Standard', t(TITLE))}</style:header>"
              "<style:footer>" + p("Standard", "Page ", '<text:page-number text:select-page="current">1'
                                   "</text:page-number>") + "</style:footer></style:master-page></office:master-styles>")
    return (HEAD + f'<office:document-styles {ALL_NS} office:version="1.3"><office:styles>{named}</office:styles>'
            + auto + master + "</office:document-styles>")


def meta_xml():
    return (HEAD + f'<office:document-meta {ALL_NS} office:version="1.3"><office:meta>'
            "<meta:creation-date>2025-09-15T10:02:11.400000000</meta:creation-date>"
            "<dc:date>2026-02-09T15:12:04.117000000</dc:date>"
            "<meta:generator>LibreOffice/24.8.4.2$Windows_X86_64 "
            "LibreOffice_project/bb3cfa12c7b1bf994ecc5649a80400d06cd71002</meta:generator>"
            f"<dc:title>{escape(TITLE)}</dc:title><dc:language>en-GB</dc:language>"
            '<meta:document-statistic meta:table-count="2" meta:page-count="7" meta:paragraph-count="96"/>'
            "</office:meta></office:document-meta>")


def build():
    write_odt(OUT, STAMP, HEAD, content_xml(), styles_xml(), meta_xml())


if __name__ == "__main__":
    build()
