"""Round 11 of the document proposer (data/ingest), each rule on made-up lines: a spreadsheet's rows pasted as CSV;
a Word table saved as text whose cells hold line breaks; a slide deck's titles, slide numbers and bullets; a
quarter written '2025/26 (Q2)'; a total row 'Norfolk (total)'; a place with a bracketed note; a figure compared
'up from' under a title; a section headed by a district's name."""
from __future__ import annotations

from data.dates import parse_any_date
from data.ingest import layout
from tests.proposals import proposers_for

NORFOLK, BRECKLAND, NORWICH = "E10000020", "E07000143", "E07000148"
SUFFOLK, EAST_SUFFOLK = "E10000029", "E07000244"
LINCS, BOSTON = "E10000019", "E07000136"

measures, dates = proposers_for(NORFOLK)


def _got(lines: list[str], authority: str = NORFOLK) -> list[tuple[str, str, str, float, str]]:
    return sorted((r.measure, r.area_code, r.period, r.value, r.breakdown)
                  for r in measures(lines, authority).itertuples())


# ---------------------------------------------------------------- 1. CSV rows pasted into a document
def test_csv_rows_with_quoted_figures_and_separator_rows_become_tab_rows():
    lines = ["District,Unpaid carers (number),Share (%)", 'Breckland,"13,240",9.9', ",,", 'Norwich,"12,140",8.6',
             'Norfolk (total),"85,510",9.7']
    assert layout.csv_rows(lines) == ["District\tUnpaid carers (number)\tShare (%)", "Breckland\t13,240\t9.9", "",
                               "Norwich\t12,140\t8.6", "Norfolk (total)\t85,510\t9.7"]


def test_sentences_with_commas_are_no_csv_rows():
    lines = ["In 2021, 13,240 residents of Breckland, 9.9% of them, gave unpaid care.",
             "In 2011, 12,100 residents of Breckland, 9.1% of them, gave unpaid care.",
             "In 2001, 11,800 residents of Breckland, 9.0% of them, gave unpaid care."]
    assert layout.csv_rows(lines) == lines


def test_a_csv_table_is_read_with_its_band_column_and_its_bracketed_total_row():
    lines = ["Table A1: Unpaid carers by district (Census 2021)",
             "District,Unpaid carers (number),Providing 50+ hours a week (number)",
             'Breckland,"13,240","3,415"', 'Norwich,"12,140","3,050"', ",,", 'Norfolk (total),"85,510","21,960"']
    assert _got(lines) == [("carers_unpaid", BRECKLAND, "2021", 3415.0, "50+ hours a week"),
                           ("carers_unpaid", BRECKLAND, "2021", 13240.0, ""),
                           ("carers_unpaid", NORWICH, "2021", 3050.0, "50+ hours a week"),
                           ("carers_unpaid", NORWICH, "2021", 12140.0, ""),
                           ("carers_unpaid", NORFOLK, "2021", 21960.0, "50+ hours a week"),
                           ("carers_unpaid", NORFOLK, "2021", 85510.0, "")]


def test_a_quarter_written_with_its_number_in_brackets_is_a_quarter():
    assert parse_any_date("2025/26 (Q2)").earliest.isoformat() == "2025-07-01"
    lines = ["Quarter\tPeople on the dementia register (number)\tNational ambition (%)",
             "2025/26 (Q1)\t9,480\t66.7", "2025/26 (Q2)\t9,555\t66.7"]
    got = _got(lines)
    assert ("dementia_register", NORFOLK, "Q2 2025/26", 9555.0, "") in got
    assert {(m, a) for m, a, _, v, _ in got if v == 66.7} == {("dementia_diagnosis_target", "E92000001")}


# ---------------------------------------------------------------- 2. Word cells holding line breaks
def test_a_word_tables_cells_with_line_breaks_are_joined_into_rows():
    lines = ["District\tUnpaid carers", "(all hours)\tOf whom caring", "50+ hours a week\tShare of residents",
             "aged 5+ (%)", "Babergh\t9,210\t2,130\t10.4", "East Suffolk", "(Suffolk Coastal and Waveney)\t25,610\t6,140\t10.6"]
    assert layout.join_broken_cells(lines) == [
        "District\tUnpaid carers (all hours)\tOf whom caring 50+ hours a week\tShare of residents aged 5+ (%)", "", "", "",
        "Babergh\t9,210\t2,130\t10.4", "East Suffolk (Suffolk Coastal and Waveney)\t25,610\t6,140\t10.6", ""]


def test_a_run_of_tab_bullets_or_label_lines_is_left_as_it_is():
    lines = ["•\tCarers known: 4,000", "A sentence between the bullets.", "•\tCarers assessed: 900"]
    assert layout.join_broken_cells(lines) == lines


def test_short_rows_ending_in_a_figure_are_not_joined_to_the_next():
    lines = ["District\tSchemes\tUnits", "Breckland\t4\t212", "Total\t14", "Note\tprovisional"]
    assert layout.join_broken_cells(lines) == lines


def test_a_title_naming_what_is_bought_before_its_colon_but_no_service_after_it_names_none():
    lines = ["Slide 6 of 7", "", "Procurement: next steps", "• Current contract ends 31 March 2027"]
    assert [s for s, *_ in dates(lines, LINCS)] != ["next steps"]


def test_a_place_with_a_bracketed_note_is_the_place():
    lines = ["Unpaid carers by district (Census 2021)", "District\tUnpaid carers",
             "Babergh\t9,210", "East Suffolk (Suffolk Coastal and Waveney)\t25,610"]
    assert ("carers_unpaid", EAST_SUFFOLK, "2021", 25610.0, "") in _got(lines, SUFFOLK)


def test_a_commissioning_row_of_cells_with_line_breaks_names_its_service():
    lines = ["Service\tCurrent arrangement\tWhat happens next", "Dementia Advice and Navigation\tContract started",
             "1 October 2023\tExtension to", "30 September 2027 agreed"]
    got = dates(lines, SUFFOLK)
    assert ("Dementia Advice and Navigation", "contract_start", "2023-10-01", "2023-10-01") in got
    assert ("Dementia Advice and Navigation", "extension_end", "2027-09-30", "2027-09-30") in got


# ---------------------------------------------------------------- 3. slide decks
def test_a_slide_number_is_no_heading_and_a_slides_title_names_the_service_it_buys():
    lines = ["Slide 6 of 7", "", "What we will buy: Carers Support Service", "• Current contract ends 31 March 2027",
             "• Tender opens June 2026"]
    assert dates(lines, LINCS) == [("Carers Support Service", "contract_end", "2027-03-31", "2027-03-31"),
                                   ("Carers Support Service", "procurement_start", "2026-06-01", "2026-06-30")]


def test_a_bullet_up_from_a_figure_is_the_titles_measure_at_its_own_month():
    lines = ["3,400 people with dementia on GP registers (March 2025)", "• Up from 3,150 in March 2024"]
    assert _got(lines, LINCS) == [("dementia_register", LINCS, "2024", 3150.0, ""),
                                  ("dementia_register", LINCS, "2025", 3400.0, "")]


def test_a_title_with_a_thousands_figure_is_no_heading():
    lines = ["Around 2.1k carers give 50+ hours of care a week (Census 2021)", "• More on the next slide"]
    assert _got(lines, LINCS) == [("carers_unpaid", LINCS, "2021", 2100.0, "50+ hours a week")]


def test_a_section_headed_by_a_districts_name_is_that_districts():
    lines = ["Boston", "", "• 420 people on the dementia register (March 2025)", "", "Dementia", "",
             "• 3,400 people on the dementia register (March 2025)"]
    assert _got(lines, LINCS) == [("dementia_register", BOSTON, "2025", 420.0, ""),
                                  ("dementia_register", LINCS, "2025", 3400.0, "")]


def test_schemes_opened_since_a_year_are_no_count_of_schemes():
    lines = ["Extra care today: 11 schemes, 612 units", "• 2 schemes opened since 2022"]
    assert [(m, v) for m, _, _, v, _ in _got(lines, LINCS)] == [("extra_care_schemes", 11.0), ("extra_care_units", 612.0)]


def test_a_slide_headed_by_a_district_gives_it_only_that_slides_figures():
    """'Boston' heads slide 4's bullets; slide 5's title ('Carers support: what the county knows') is no heading, so
    the place heading reached its figures too and gave the county's carers to Boston."""
    lines = ["Lincolnshire market briefing (made up)", "", "Slide 4 of 6", "", "Boston",
             "• 420 people on the dementia register (March 2025)", "• 2 extra care schemes", "",
             "Slide 5 of 6", "", "Carers support: what the county knows",
             "• 1,240 carers known to the council (March 2025)", "• 310 carers assessed in 2024/25", "",
             "Slide 6 of 6", "", "Questions?"]
    from data.ingest.propose import propose

    got = {r.value: r.area_code for r in propose(lines, LINCS).itertuples() if r.kind == "measure"}
    assert got[420.0] == got[2.0] == BOSTON
    assert got[1240.0] == got[310.0] == LINCS  # the document's authority
