"""A statement saved as OpenDocument Text (.odt, as LibreOffice Writer writes it) and a data annex saved as CSV: read
as their pages show them (data/ingest/open_document.py; CSV as text), and their figures proposed as from any format.
The documents are made up."""
from __future__ import annotations

import io
import zipfile

from data.ingest import Limits, propose, read_document
from tests.ingest_fixtures import make_odt, refused

SUFFOLK = "E10000029"


def read(body: str) -> list[str]:
    return read_document(make_odt(body), "statement.odt")


def test_headings_paragraphs_spaces_tabs_and_line_breaks():
    lines = read('<text:h text:outline-level="2"><text:number>3</text:number>Unpaid carers</text:h>'
                 '<text:p>At the 2021 Census, <text:span>82,</text:span><text:span>410</text:span>   people\n'
                 'gave unpaid care.<text:line-break/>That is 10.2%.</text:p>'
                 '<text:p>Carers<text:tab/>82,410</text:p><text:p>Wide<text:s text:c="3"/>gap</text:p>')
    assert lines == ["3 Unpaid carers", "", "At the 2021 Census, 82,410 people gave unpaid care.", "That is 10.2%.",
                     "Carers\t82,410", "Wide   gap"]  # (text:s c=3: three spaces)


def test_deleted_changes_comments_and_footnote_numbers_are_not_text_and_notes_end_the_section():
    lines = read('<text:tracked-changes><text:changed-region text:id="c1"><text:deletion><text:p>79,100</text:p>'
                 '</text:deletion></text:changed-region></text:tracked-changes>'
                 '<text:h>Carers</text:h>'
                 '<text:p>There were <text:change text:change-id="c1"/>82,410<text:note text:note-class="footnote">'
                 '<text:note-citation>1</text:note-citation><text:note-body><text:p>Census 2021, table TS039.</text:p>'
                 '</text:note-body></text:note> carers.<office:annotation><dc:creator>Reviewer</dc:creator>'
                 '<text:p>Check against the 2019 figure of 77,000</text:p></office:annotation></text:p>'
                 '<text:h>Dementia</text:h><text:p>Next section.</text:p>')
    assert lines == ["Carers", "", "There were 82,410 carers.", "", "Census 2021, table TS039.", "", "Dementia", "",
                     "Next section."]  # no deleted 79,100, no comment's 77,000, no '82,4101'; the note closes its section


def test_lists_are_bulleted_and_a_sub_list_indented():
    lines = read("<text:list><text:list-item><text:p>Home care framework: tender June 2025</text:p>"
                 "<text:list><text:list-item><text:p>Contract award: November 2025</text:p></text:list-item></text:list>"
                 "</text:list-item><text:list-item><text:p>Carers support</text:p></text:list-item></text:list>")
    assert lines == ["• Home care framework: tender June 2025", "  • Contract award: November 2025", "• Carers support"]


def test_a_text_box_is_read_after_its_paragraph():
    lines = read('<text:p>Key facts<draw:frame><draw:text-box><text:p>82,410</text:p><text:p>unpaid carers</text:p>'
                 '</draw:text-box></draw:frame></text:p><text:p>After.</text:p>')
    assert lines == ["Key facts", "", "82,410", "unpaid carers", "", "After."]


TABLE = ('<table:table table:name="Table3"><table:table-column table:number-columns-repeated="4"/>'
         '<table:table-header-rows><table:table-row><table:table-cell><text:p>District</text:p></table:table-cell>'
         '<table:table-cell><text:p>Scheme</text:p></table:table-cell><table:table-cell><text:p>Units</text:p>'
         '</table:table-cell><table:table-cell table:number-columns-repeated="200"/></table:table-row>'
         '</table:table-header-rows>'
         '<table:table-row><table:table-cell table:number-rows-spanned="2"><text:p>Norwich</text:p></table:table-cell>'
         '<table:table-cell><text:p>Wensum Court</text:p></table:table-cell>'
         '<table:table-cell office:value-type="float" office:value="60"><text:p>60</text:p></table:table-cell>'
         '</table:table-row>'
         '<table:table-row><table:covered-table-cell/><table:table-cell><text:p>Riverside</text:p></table:table-cell>'
         '<table:table-cell><text:p>48</text:p></table:table-cell></table:table-row>'
         '<table:table-row><table:table-cell table:number-columns-spanned="3"><text:p>Planned schemes</text:p>'
         '</table:table-cell><table:covered-table-cell table:number-columns-repeated="2"/></table:table-row>'
         '<table:table-row table:number-rows-repeated="1000"><table:table-cell table:number-columns-repeated="3"/>'
         '</table:table-row></table:table>')


def test_a_table_reads_as_tab_rows_with_merged_cells_as_words_read():
    lines = read(f"<text:p>Table 3: Extra care by district</text:p>{TABLE}<text:p>After.</text:p>")
    # (a thousand empty rows and two hundred empty columns give nothing)
    assert lines == ["Table 3: Extra care by district", "", "District\tScheme\tUnits", "Norwich\tWensum Court\t60",
                     "Norwich\tRiverside\t48", "Planned schemes", "", "After."]


def test_a_statement_proposes_its_figures_from_their_lines():
    body = ('<text:h text:outline-level="1">Unpaid carers</text:h>'
            '<text:p>At the 2021 Census, 79,260<text:note text:note-class="footnote"><text:note-citation>1</text:note-citation>'
            '<text:note-body><text:p>ONS, Census 2021.</text:p></text:note-body></text:note> people in Suffolk said they '
            'provided unpaid care.</text:p>'
            '<text:h text:outline-level="1">Dementia</text:h>'
            '<text:p>We estimate that 13,150 people aged 65 and over were living with dementia in Suffolk in 2025.</text:p>')
    lines = read_document(make_odt(body), "statement.odt")
    props = propose(lines, SUFFOLK, "odt")
    got = {(r.measure, float(r.value)) for r in props.itertuples()}
    assert {("carers_unpaid", 79260.0), ("dementia_estimated", 13150.0)} <= got
    assert 1.0 not in {v for _, v in got}
    line = int(props[props["measure"] == "carers_unpaid"].iloc[0]["line"])
    assert "79,260 people in Suffolk" in lines[line - 1]



def test_a_spreadsheet_a_damaged_file_a_zip_and_a_bomb_are_refused_clearly():
    sheet = refused(make_odt("", mimetype="application/vnd.oasis.opendocument.spreadsheet"), "annex.odt")
    assert sheet.reason == "format" and "spreadsheet" in sheet.message
    assert refused(b"PK\x03\x04 not really a zip", "statement.odt").reason == "corrupt"
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        z.writestr("readme.txt", "hello")
    assert refused(buf.getvalue(), "statement.odt").reason == "format"
    broken = io.BytesIO()
    with zipfile.ZipFile(broken, "w") as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<office:document-content><unclosed>")
    assert refused(broken.getvalue(), "statement.odt").reason == "corrupt"
    bomb = io.BytesIO()
    with zipfile.ZipFile(bomb, "w", compression=zipfile.ZIP_DEFLATED) as z:
        z.writestr("mimetype", "application/vnd.oasis.opendocument.text")
        z.writestr("content.xml", "<a>" + " " * 5_000_000 + "</a>")
    assert refused(bomb.getvalue(), "statement.odt", Limits(docx_expanded_bytes=1_000_000)).reason == "bomb"
    assert refused(make_odt("<text:p> </text:p>"), "empty.odt").reason == "empty"


def test_a_csv_data_annex_is_read_as_text_and_its_table_proposed():
    raw = ('Table 3: Unpaid carers by district, Census 2021\n'
           'District,Unpaid carers,Share of residents aged 5+ (%)\n'
           'Babergh,"9,870",10.9\n"East Suffolk","24,310",10.6\nSuffolk,"79,260",10.7\n').encode("utf-8")
    lines = read_document(raw, "annex.csv")
    assert lines[2] == 'Babergh,"9,870",10.9'
    got = {(r.measure, r.area_code, float(r.value)) for r in propose(lines, SUFFOLK, "csv").itertuples()}
    assert {("carers_unpaid", "E07000200", 9870.0), ("carers_unpaid", "E07000244", 24310.0),
            ("carers_unpaid", SUFFOLK, 79260.0), ("carers_unpaid_pct", SUFFOLK, 10.7)} <= got


def test_a_paragraph_in_a_heading_style_of_the_councils_own_is_a_heading():
    """Headings typed in a style an officer made from the default one ('BMBC Heading': bold, 15pt), a paragraph (not
    Writer's text:h) whose automatic style's parent is it, stand between blank lines as headings do; so do paragraphs
    in a style with an outline level or named as a heading ('Heading 2'). Bold body text at body size is no heading,
    nor is a table's heading style."""
    named = ('<style:style style:name="Council_Heading" style:display-name="Council Heading" style:family="paragraph">'
             '<style:text-properties fo:font-size="15pt" fo:font-weight="bold"/></style:style>'
             '<style:style style:name="Outline_Heading" style:family="paragraph" style:default-outline-level="2"/>'
             '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph"/>'
             '<style:style style:name="Table_20_Heading" style:display-name="Table Heading" style:family="paragraph">'
             '<style:text-properties fo:font-weight="bold"/></style:style>')
    automatic = ('<style:style style:name="P5" style:family="paragraph" style:parent-style-name="Council_Heading"/>'
                 '<style:style style:name="P6" style:family="paragraph">'
                 '<style:text-properties fo:font-size="11pt" fo:font-weight="bold"/></style:style>')
    body = ('<text:p>Our carers’ centre will be re-tendered.</text:p>'
            '<text:p text:style-name="P5">2.5 Carers’ support service</text:p>'
            '<text:p>The contract ends in March 2027.</text:p>'
            '<text:p text:style-name="Outline_Heading">Dementia</text:p><text:p>Text.</text:p>'
            '<text:p text:style-name="Heading_20_2">Extra care</text:p><text:p>More text.</text:p>'
            '<text:p text:style-name="P6">Bold words in the body.</text:p><text:p>Body.</text:p>'
            '<text:p text:style-name="Table_20_Heading">Scheme</text:p><text:p>Units.</text:p>')
    lines = read_document(make_odt(body, automatic_styles=automatic, named_styles=named), "strategy.odt")
    assert lines[:4] == ["Our carers’ centre will be re-tendered.", "", "2.5 Carers’ support service", ""]
    assert lines[4:] == ["The contract ends in March 2027.", "", "Dementia", "", "Text.", "", "Extra care", "",
                         "More text.", "Bold words in the body.", "Body.", "Scheme", "Units."]
