"""Round 26 (r26c) of the document proposer (data/ingest), each rule on made-up lines or a small made-up Word file
with what councils' Word statements carry besides paragraphs and tables: 'Key facts' callouts in floating text boxes
(saved twice, as a DrawingML shape and its VML fallback), footnotes in word/footnotes.xml, content controls around a
part of the body; and in prose a figure whose verb is 'did so', a 'when' clause's year and a rate a plan will raise
the diagnosis rate to."""
from __future__ import annotations

from data.ingest import read_document
from tests.proposals import proposers_for
from tests.ingest_fixtures import docx_built_by

SUFFOLK = "E10000029"

measures, dates = proposers_for(SUFFOLK)

DECLS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
         'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
         'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
         'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
         'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
         'xmlns:v="urn:schemas-microsoft-com:vml"')


def _rows(lines):
    return {(r.measure, r.area_code, str(r.period), float(r.value)) for r in measures(lines).itertuples()}


def _box(texts: list[str]):
    """A text box run as Word saves it: the wps shape, and the VML fallback holding the same paragraphs."""
    from docx.oxml import parse_xml

    body = "".join(f"<w:p><w:r><w:t>{t}</w:t></w:r></w:p>" for t in texts)
    return parse_xml(
        f'<w:r {DECLS}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor simplePos="0" '
        'relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH><wp:positionV '
        'relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV><wp:extent cx="2000000" cy="900000"/>'
        '<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="9" name="Text Box 9"/><a:graphic><a:graphicData '
        'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
        f'<wps:spPr/><wps:txbx><w:txbxContent>{body}</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
        '</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape '
        f'id="Text Box 9" style="width:160pt;height:70pt"><v:textbox><w:txbxContent>{body}</w:txbxContent>'
        '</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')


def test_a_text_box_anchored_to_a_paragraph_is_read_once_after_it():
    def build(document):
        document.add_heading("Carers in Suffolk", level=2)
        p = document.add_paragraph("Caring touches most families in the county.")
        p._p.insert(1 if p._p.pPr is not None else 0, _box(["Key facts", "18,250 carers give 50 or more hours of "
                                                            "care a week (Census 2021)"]))
        document.add_paragraph("Our carers' offer is described below.")

    lines = read_document(docx_built_by(build), "boxes.docx")
    said = [line for line in lines if line.strip()]
    assert said.count("Key facts") == 1  # the fallback's copy is not read again
    assert said.index("Caring touches most families in the county.") < said.index("Key facts") \
        < said.index("Our carers' offer is described below.")
    assert ("carers_unpaid", SUFFOLK, "2021", 18250.0) in _rows(lines)


def _with_footnotes(document, notes: list[str]):
    from docx.opc.constants import CONTENT_TYPE as CT, RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part

    xml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {DECLS}>'
           '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
           '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
           '</w:footnote>' + "".join(
               f'<w:footnote w:id="{i}"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> {n}</w:t>'
               '</w:r></w:p></w:footnote>' for i, n in enumerate(notes, 1)) + "</w:footnotes>")
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, xml.encode(), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)


def _ref(paragraph, n: int):
    from docx.oxml import parse_xml

    paragraph._p.append(parse_xml(f'<w:r {DECLS}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                                  f'<w:footnoteReference w:id="{n}"/></w:r>'))


def test_footnotes_are_read_at_the_end_of_the_section_that_refers_to_them():
    def build(document):
        _with_footnotes(document, ["Elderly Accommodation Counsel, 2026. Of these apartments, 148 are designed for "
                                   "people living with dementia.", "Not referred to."])
        document.add_heading("Extra care housing", level=2)
        p = document.add_paragraph("Suffolk has 14 extra care schemes with 702 apartments.")
        _ref(p, 1)
        document.add_paragraph("Most are in market towns.")
        document.add_heading("Procurement", level=2)
        document.add_paragraph("Nothing is planned this year.")

    lines = read_document(docx_built_by(build), "notes.docx")
    note = next(i for i, line in enumerate(lines) if line.startswith("Elderly Accommodation Counsel"))
    assert lines.index("Most are in market towns.") < note < lines.index("Procurement")
    assert "Not referred to." not in lines  # (a note no text refers to is not shown on any page)
    assert ("extra_care_units_dementia", SUFFOLK, "", 148.0) in _rows(lines)


def test_a_content_control_around_part_of_the_body_is_read():
    from docx.oxml import parse_xml

    def build(document):
        document.add_paragraph("Introduction.")
        sdt = parse_xml(f'<w:sdt {DECLS}><w:sdtPr><w:alias w:val="Key figures"/></w:sdtPr><w:sdtContent><w:p><w:r>'
                        '<w:t>There are 71,300 unpaid carers in Suffolk.</w:t></w:r></w:p></w:sdtContent></w:sdt>')
        document.element.body.insert(len(document.element.body) - 1, sdt)  # (before the section's properties)

    lines = read_document(docx_built_by(build), "sdt.docx")
    assert "There are 71,300 unpaid carers in Suffolk." in lines


def test_a_figure_whose_verb_is_did_so_counts_the_sentence_befores_subject_in_the_when_clauses_year():
    rows = _rows(["Unpaid carers", "",
                  "In the 2021 Census, 71,300 residents said they gave unpaid care. That was 6,200 fewer than in "
                  "2011, when 77,500 residents (10.9%) did so, a fall of 8.0%."])
    assert ("carers_unpaid", SUFFOLK, "2011", 77500.0) in rows
    assert ("carers_unpaid_pct", SUFFOLK, "2011", 10.9) in rows
    assert not any(r[0] == "population" for r in rows)
    assert any(r[0] == "carers_unpaid_change_pct" and r[3] == -8.0 for r in rows)


def test_a_rate_a_plan_will_raise_the_diagnosis_rate_to_is_a_target():
    rows = _rows(["Dementia", "",
                  "Our diagnosis rate was 61.9% in March 2026. The strategy commits us to raise the diagnosis rate "
                  "to 66.0% by 2028."])
    assert ("dementia_diagnosis_rate", SUFFOLK, "2026", 61.9) in rows
    assert any(r[0] == "dementia_diagnosis_target" and r[3] == 66.0 for r in rows)
    assert not any(r[0] == "dementia_diagnosis_rate" and r[3] == 66.0 for r in rows)
    # (a rate it has been raised to is the rate)
    rows = _rows(["Dementia", "", "In 2025 we increased the diagnosis rate to 63.2%."])
    assert ("dementia_diagnosis_rate", SUFFOLK, "2025", 63.2) in rows
