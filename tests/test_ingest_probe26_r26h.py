"""Round 26 (r26h) of the document proposer, each rule on made-up lines or a made-up Word file as a PDF converted to
Word leaves it: a ruled table rebuilt as a Word table with empty spacer columns between its columns, a band row
('Open schemes') between a table's caption and its header, and a tab-stop table whose first cell wrapped onto a line
of its own."""
from __future__ import annotations

import io

from data.ingest import propose, read_document


def _spacer_docx() -> bytes:
    import docx

    document = docx.Document()
    document.add_paragraph("Table 2: Housing with care, March 2026")
    rows = [("Court", "Village", "Flats"), ("Elm Rise", "Ashby", "41"), ("Yew Court", "Barrow", "57")]
    t = document.add_table(rows=len(rows), cols=5)
    for i, row in enumerate(rows):
        for j, text in zip((0, 2, 4), row):
            t.cell(i, j).text = text
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_a_word_tables_empty_spacer_columns_are_dropped():
    lines = [line for line in read_document(_spacer_docx(), "spacers.docx") if line.strip()]
    assert "Court\tVillage\tFlats" in lines
    assert "Elm Rise\tAshby\t41" in lines


def test_a_band_row_under_the_caption_keeps_the_captions_subject_and_date():
    lines = ["Table 3: Extra care housing, June 2026", "", "Open schemes",
             "Scheme\tTown\tFlats\tOpened", "Elm Rise\tAshby\t41\t2012", "Yew Court\tBarrow\t57\t2019",
             "Planned schemes", "Scheme\tTown\tFlats\tDue to open", "Oak Yard\tCarnby\t48\t2028", ""]
    props = propose(lines, "E06000054", "band")
    got = {(r.measure, r.value, str(r.period)) for r in props.itertuples() if r.kind == "measure"}
    assert ("extra_care_units", 41.0, "2026") in got
    assert ("extra_care_units", 57.0, "2026") in got
    assert ("extra_care_units_planned", 48.0, "2028") in got


def test_a_wrapped_service_name_on_its_own_line_rejoins_its_row():
    lines = ["Table 9: Procurement plans", "Service\tContract end\tTender published\tNew contract starts",
             "Memory Navigator\t31 May 2027\tNovember 2026\t1 June 2027", "Service",
             "Carers Hub\t30 June 2027\tJanuary 2027\t1 July 2027", ""]
    props = propose(lines, "E06000054", "wrapped")
    got = {(r.service, r.stage, r.earliest) for r in props.itertuples() if r.kind == "procurement"}
    assert ("Memory Navigator Service", "contract_end", "2027-05-31") in got
    assert ("Carers Hub", "contract_end", "2027-06-30") in got
    assert ("Carers Hub", "contract_start", "2027-07-01") in got


def test_a_band_label_between_rows_is_not_taken_for_a_wrapped_name():
    lines = ["Table 9: Procurement plans", "Service\tContract end\tTender published\tNew contract starts",
             "Carers Hub\t30 June 2027\tJanuary 2027\t1 July 2027", "Planned schemes",
             "Memory Navigator\t31 May 2027\tNovember 2026\t1 June 2027", ""]
    props = propose(lines, "E06000054", "band")
    services = {r.service for r in props.itertuples() if r.kind == "procurement"}
    assert "Carers Hub Planned schemes" not in services


def test_a_wrapped_line_of_prose_with_three_figures_is_no_flattened_table():
    lines = ["In 2021 the census counted 27,310 unpaid carers across Ashbury-",
             "vale, 9.4% of residents aged 5 and over, against 8.9%",
             "for England as a whole.", ""]
    props = propose(lines, "E06000054", "prose")
    got = {(r.measure, r.area_code, r.value, r.breakdown) for r in props.itertuples() if r.kind == "measure"}
    assert ("carers_unpaid_pct", "E06000054", 9.4, "") in got
    assert ("carers_unpaid_pct", "E92000001", 8.9, "") in got
    assert not any("flattened" in str(b) for *_, b in got)


def test_a_share_row_under_year_columns_gives_shares():
    lines = ["Table 4: Unpaid carers, Census 2011 and 2021", "\t2011\t2021",
             "Unpaid carers\t30,120\t28,940", "% of residents aged 5+\t11.2\t10.4", ""]
    props = propose(lines, "E06000054", "shares")
    got = {(r.measure, r.value, str(r.period)) for r in props.itertuples() if r.kind == "measure"}
    assert ("carers_unpaid_pct", 11.2, "2011") in got
    assert ("carers_unpaid_pct", 10.4, "2021") in got
    assert not any(m == "carers_unpaid" and v < 100 for m, v, _ in got)


def test_a_word_broken_at_a_lines_end_is_whole_though_its_pieces_look_like_words():
    # 'ten' stands alone elsewhere ('ten years') and 'ders' starts the next line: still one word, 'tenders'
    lines = ["The carers' contract ends on 30 June 2027, after ten years. We will invite ten-",
             "ders in October 2026 and the new contract will start on 1 July 2027.", ""]
    props = propose(lines, "E06000054", "broken")
    got = {(r.stage, r.earliest) for r in props.itertuples() if r.kind == "procurement"}
    assert ("procurement_start", "2026-10-01") in got


def test_a_page_break_between_the_caption_and_the_band_row_is_stepped_over():
    lines = ["Table 3: Extra care housing, June 2026", "", "", "Adult Social Care Plan 2026        Page 4", "",
             "Open schemes", "Scheme\tTown\tFlats\tOpened", "Elm Rise\tAshby\t41\t2012", "Yew Court\tBarrow\t57\t2019",
             "", "Adult Social Care Plan 2026        Page 5", "", "More text follows about the market.", ""]
    props = propose(lines, "E06000054", "band")
    got = {(r.measure, r.value, str(r.period)) for r in props.itertuples() if r.kind == "measure"}
    assert ("extra_care_units", 41.0, "2026") in got
