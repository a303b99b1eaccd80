"""Round 37 (r37b) of the document proposer (data/ingest), each rule on a made-up Word file built in memory or on
made-up lines, in the shapes a council's Word template gives: the text typed into a template's inline content control
(a figure or a date inside a sentence), a simple field's cached result ('see Table 3') and a smart tag's or custom XML
element's run are the paragraph's text, in order, which python-docx's paragraph text passes over; a content control
still showing its placeholder is the template's prompt, not the document's text (a guard: main read no content
control's text at all); a table's rows and cells inside content controls (a template's repeating section) are its
rows and cells; a national body named after the country ('NHS England Primary Care Dementia Data') is a
figure's source, not its area (and England named after it in the sentence is still England: a guard); a later year's
figure after 'and' goes on with the rise before it ('rise to 7,520 by 2030 and 8,940 by 2035'); a bare figure the
council has after a rate ('a need for 25 units per 1,000 people aged 75 and over; we have 13.2') is its own rate of
that kind."""
from __future__ import annotations

from docx.oxml import parse_xml

from data.ingest import read_document
from tests.ingest_fixtures import docx_built_by
from tests.proposals import figure_rows, or_nothing, proposers_for

CORNWALL = "E06000052"
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

measures, dates = proposers_for(CORNWALL)
rows = figure_rows(measures)
dates_or_none = or_nothing(dates)


def _run(text: str) -> str:
    return f'<w:r><w:t xml:space="preserve">{text}</w:t></w:r>'


def _control(text: str, placeholder: bool = False) -> str:
    shown = "<w:showingPlcHdr/>" if placeholder else ""
    return (f'<w:sdt><w:sdtPr><w:alias w:val="Figure"/><w:id w:val="41"/>{shown}<w:text/></w:sdtPr>'
            f"<w:sdtContent>{_run(text)}</w:sdtContent></w:sdt>")


def _lines_of(*paragraph_xml: str) -> list[str]:
    def build(doc):
        for xml in paragraph_xml:
            doc.element.body.sectPr.addprevious(parse_xml(f"<w:p {W}>{xml}</w:p>"))
    return [line for line in read_document(docx_built_by(build), "template.docx") if line.strip()]


def test_a_figure_typed_into_an_inline_content_control_is_read_in_its_sentence():
    lines = _lines_of(_run("We estimate ") + _control("6,310") + _run(" people aged 65 and over have dementia."))
    assert lines == ["We estimate 6,310 people aged 65 and over have dementia."]


def test_a_simple_field_and_a_smart_tag_keep_their_text_in_order():
    lines = _lines_of(
        _run("The breakdown is in ") + '<w:fldSimple w:instr=" REF _Ref4 \\h ">' + _run("Table 5") + "</w:fldSimple>"
        + _run(": ") + '<w:customXml w:element="place">' + _run("Truro") + "</w:customXml>"
        + _run(" has ") + '<w:smartTag w:element="number">' + _run("3") + "</w:smartTag>" + _run(" schemes."))
    assert lines == ["The breakdown is in Table 5: Truro has 3 schemes."]


def test_a_content_control_showing_its_placeholder_is_no_text_of_the_document():
    lines = _lines_of(_run("Review date: ") + _control("Click or tap to enter a date.", placeholder=True))
    assert lines == ["Review date: "]



def _cell(text: str) -> str:
    return f"<w:tc><w:p>{_run(text)}</w:p></w:tc>"


def _in_control(xml: str) -> str:
    return f'<w:sdt><w:sdtPr><w:id w:val="52"/></w:sdtPr><w:sdtContent>{xml}</w:sdtContent></w:sdt>'


def test_rows_and_cells_inside_a_templates_repeating_section_are_the_tables():
    def build(doc):
        table = doc.add_table(rows=1, cols=3)
        for j, text in enumerate(("Service", "Contract end", "New contract start")):
            table.cell(0, j).text = text
        table._tbl.append(parse_xml(f"<w:sdt {W}><w:sdtPr><w:id w:val='51'/></w:sdtPr><w:sdtContent>"
                                    f"<w:tr>{_cell('Home care')}{_cell('31 March 2027')}{_cell('1 April 2027')}</w:tr>"
                                    "</w:sdtContent></w:sdt>"))
        table._tbl.append(parse_xml(f"<w:tr {W}>{_cell('Advocacy')}{_in_control(_cell('30 June 2027'))}"
                                    f"{_cell('1 July 2027')}</w:tr>"))
    lines = [line for line in read_document(docx_built_by(build), "template.docx") if line.strip()]
    assert lines == ["Service\tContract end\tNew contract start", "Home care\t31 March 2027\t1 April 2027",
                     "Advocacy\t30 June 2027\t1 July 2027"]

def test_a_national_body_named_after_england_is_the_figures_source_not_its_area():
    got = rows(["Dementia", "", "In March 2026, 4,120 people aged 65 and over were on GP dementia registers "
                "(NHS England Primary Care Dementia Data), a diagnosis rate of 60.2%.", "",
                "Public Health England estimates that 6,480 people aged 65 and over are living with dementia.", ""])
    assert sorted(got) == sorted([("dementia_register", CORNWALL, "2026", 4120.0),
                                  ("dementia_diagnosis_rate", CORNWALL, "2026", 60.2),
                                  ("dementia_estimated", CORNWALL, "", 6480.0)])


def test_england_after_a_national_bodys_name_is_still_england_where_the_sentence_names_it():
    got = rows(["Dementia", "", "NHS England figures show a diagnosis rate of 64.9% in England.", ""])
    assert got == [("dementia_diagnosis_rate", "E92000001", "", 64.9)]


def test_a_later_years_figure_after_and_goes_on_with_a_borrowed_subjects_rise():
    got = rows(["Dementia", "", "We estimate that 6,310 people aged 65 and over are living with dementia in 2025. "
                "This is projected to rise to 7,520 by 2030 and 8,940 by 2035.", ""])
    assert sorted(got) == sorted([("dementia_estimated", CORNWALL, "2025", 6310.0),
                                  ("dementia_estimated", CORNWALL, "2030", 7520.0),
                                  ("dementia_estimated", CORNWALL, "2035", 8940.0)])



def test_a_bare_figure_the_council_has_after_a_needed_rate_is_its_own_rate_of_that_kind():
    got = rows(["Extra care", "", "There are 9 extra care schemes in Cornwall.",
                "National guidance suggests a need for 25 units per 1,000 people aged 75 and over; we have 13.2.", ""])
    assert sorted(got) == sorted([("extra_care_schemes", CORNWALL, "", 9.0),
                                  ("extra_care_units_per_1000_75plus", CORNWALL, "", 13.2)])
