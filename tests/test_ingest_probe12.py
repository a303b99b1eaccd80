"""Round 12 of the document proposer (data/ingest), each rule on made-up lines in the layout the PDF reader now keeps
(runs of spaces to a word's column, indented lines, blank lines for wider spacing): key figures side by side whose
captions hold years in brackets or run over several lines in their columns; a table a blank line under key figures;
a projection continuing a figure with a sub-group; an unruled timetable whose header and cells wrap."""
from __future__ import annotations

from data.ingest import layout
from tests.proposals import proposers_for

SUFFOLK, BABERGH, IPSWICH = "E10000029", "E07000200", "E07000202"

measures, dates = proposers_for(SUFFOLK)


def _got(lines: list[str]) -> list[tuple[str, str, str, float, str]]:
    return sorted((r.measure, r.area_code, r.period, r.value, r.breakdown) for r in measures(lines).itertuples())


KEY_FACTS = ["Key facts", "",
             "84,310                                      13,950",
             "unpaid carers (Census 2021)                 people with dementia (2025)"]


# ---------------------------------------------------------------- 1. captions with their years in brackets
def test_key_figures_whose_captions_hold_years_are_each_their_captions():
    assert _got(KEY_FACTS) == [("carers_unpaid", SUFFOLK, "2021", 84310.0, ""),
                               ("dementia_estimated", SUFFOLK, "2025", 13950.0, "")]


def test_a_table_a_blank_line_under_key_figures_is_read_by_its_own_header():
    table = ["", "District                                    Unpaid carers 2021",
             "Babergh                                     10,120", "Ipswich                                     13,460"]
    assert _got(KEY_FACTS + table) == [("carers_unpaid", BABERGH, "2021", 10120.0, ""),
                                       ("carers_unpaid", IPSWICH, "2021", 13460.0, ""),
                                       ("carers_unpaid", SUFFOLK, "2021", 84310.0, ""),
                                       ("dementia_estimated", SUFFOLK, "2025", 13950.0, "")]
    found = layout.analyse(KEY_FACTS + table)
    assert [[r.cells for r in t.header] for t in found.tables] == [[["District", "Unpaid carers 2021"]]]


# ---------------------------------------------------------------- 2. captions over several lines in their columns
STACKED = ["84,310                   13,950                  1,126",
           "unpaid carers            people aged 65+         extra care units",
           "(Census 2021)            estimated to be living   across 24 schemes",
           "                         with dementia in 2025"]


# The four key facts both layouts of the made-up Suffolk page give (stacked captions; printed a blank line apart).
SUFFOLK_FACTS = [("carers_unpaid", SUFFOLK, "2021", 84310.0, ""),
                 ("dementia_estimated", SUFFOLK, "2025", 13950.0, "aged 65+"),
                 ("extra_care_schemes", SUFFOLK, "", 24.0, ""),
                 ("extra_care_units", SUFFOLK, "", 1126.0, "")]

def test_captions_over_several_lines_are_gathered_by_column():
    found = layout.key_figures(STACKED, 0)
    assert found is not None and (found.line, found.last) == (1, 4)
    assert found.captions == ["unpaid carers (Census 2021)",
                              "people aged 65+ estimated to be living with dementia in 2025",
                              "extra care units across 24 schemes"]


def test_key_figures_with_captions_over_several_lines_are_each_their_captions():
    assert _got(STACKED) == SUFFOLK_FACTS


def test_a_line_under_captions_that_crosses_their_columns_is_no_caption():
    lines = STACKED[:2] + ["These figures are the latest we hold for the county and its districts."]
    found = layout.key_figures(lines, 0)
    assert found is not None and found.last == 2
    assert found.captions == ["unpaid carers", "people aged 65+", "extra care units"]


def test_figures_over_words_in_other_columns_are_no_key_figures():
    assert layout.key_figures(["2,310    1,840", "Babergh   Ipswich   Mid Suffolk"], 0) is None
    assert layout.key_figures(["2021     2031", "carers   carers"], 0) is None  # years head columns


# ---------------------------------------------------------------- 4. a projection continuing a figure
def test_a_projection_after_a_figure_with_a_sub_group_keeps_the_sub_group():
    lines = ["We estimate that 13,950 people aged 65 and over were living with dementia in 2025, rising to 17,400 by "
             "2035."]
    assert _got(lines) == [("dementia_estimated", SUFFOLK, "2025", 13950.0, "aged 65 and over"),
                           ("dementia_estimated", SUFFOLK, "2035", 17400.0, "aged 65 and over")]


def test_a_later_figure_of_another_group_does_not_take_the_sub_group():
    lines = ["In 2025, 13,950 people aged 65 and over were living with dementia, and 420 people with dementia were "
             "supported by the memory service."]
    assert all(r[4] != "aged 65 and over" for r in _got(lines) if r[3] == 420.0)


# ---------------------------------------------------------------- 3. an unruled timetable whose header and cells wrap
TIMETABLE = ["                         Current contract    Tender            New contract",
             "Service",
             "                         ends                published         starts",
             "                                             September",
             "Carers support service   31 March 2027                         1 April 2027",
             "                                             2026",
             "Home care (Ipswich       30 September",
             "                                             Q4 2026/27        1 October 2027",
             "and East)                2027"]


def test_a_wrapped_timetable_with_cells_centred_on_their_rows_is_written_as_tab_rows():
    assert layout.join_wrapped_rows(TIMETABLE) == [
        "", "Service\tCurrent contract ends\tTender published\tNew contract starts", "", "",
        "Carers support service\t31 March 2027\tSeptember 2026\t1 April 2027", "",
        "Home care (Ipswich and East)\t30 September 2027\tQ4 2026/27\t1 October 2027", "", ""]


# The dates both layouts of the made-up timetable give (wrapped cells; printed with rows a blank line apart).
TIMETABLE_DATES = sorted([
    ("Carers support service", "contract_end", "2027-03-31", "2027-03-31"),
    ("Carers support service", "procurement_start", "2026-09-01", "2026-09-30"),
    ("Carers support service", "contract_start", "2027-04-01", "2027-04-01"),
    ("Home care (Ipswich and East)", "contract_end", "2027-09-30", "2027-09-30"),
    ("Home care (Ipswich and East)", "procurement_start", "2027-01-01", "2027-03-31"),
    ("Home care (Ipswich and East)", "contract_start", "2027-10-01", "2027-10-01")])

def test_a_wrapped_timetable_gives_each_service_its_dates():
    assert sorted(dates(TIMETABLE)) == TIMETABLE_DATES


def test_a_wrapped_table_with_cells_from_the_label_line_down_is_read_top_aligned():
    lines = ["Service                  Contract ends       Re-tender",
             "Carers support service   31 March 2027       September",
             "                                             2026",
             "Home care (Ipswich        30 September        Q4 2026/27",
             "and East)                2027"]
    assert layout.join_wrapped_rows(lines) == [
        "Service\tContract ends\tRe-tender", "Carers support service\t31 March 2027\tSeptember 2026", "",
        "Home care (Ipswich and East)\t30 September 2027\tQ4 2026/27", ""]


def test_spaced_tables_the_table_reader_reads_are_left_as_they_are():
    empty_corner = ["                         2023        2024        Change",
                    "Dementia register        5,410       5,690         +280",
                    "Estimated prevalence     9,020       9,140         +120"]
    unlabelled_total = ["Scheme      Location     Units", "Elm Court   Ipswich      60", "Oak House   Lowestoft    40",
                        "                         100"]
    every_row_labelled = ["District        Unpaid carers 2021    Share", "Babergh         10,120                10.4%",
                          "Ipswich         13,460                9.8%"]
    for lines in (empty_corner, unlabelled_total, every_row_labelled, STACKED):
        assert layout.join_wrapped_rows(lines) == lines


# ---------------------------------------------------------------- captions over two lines above their figures
def test_captions_over_several_lines_above_their_figures_are_read():
    lines = ["Carers known to the       Carers' assessments       People on the dementia",
             "council (2024/25)         completed (2024/25)       register (March 2025)",
             "6,820                     2,940                     9,310"]
    assert _got(lines) == [("carers_assessed", SUFFOLK, "2024/25", 2940.0, ""),
                           ("carers_known", SUFFOLK, "2024/25", 6820.0, ""),
                           ("dementia_register", SUFFOLK, "2025", 9310.0, "")]


def test_a_source_line_under_captions_or_a_heading_over_them_is_no_caption():
    under = layout.key_figures(KEY_FACTS[2:] + ["Source: ONS"], 0)
    assert under is not None and under.captions == ["unpaid carers (Census 2021)", "people with dementia (2025)"]
    over = layout.key_figures(["Dementia", "unpaid carers         people on the register", "84,310                13,950"],
                              2, -1)
    assert over is not None and over.captions == ["unpaid carers", "people on the register"]


# ---------------------------------------------------------------- a table under a wrapped sentence; an 'Of whom' column
def test_the_last_line_of_a_wrapped_sentence_above_a_table_is_no_title():
    lines = ["We expect the number of people living with dementia to keep rising, to 21,450",
             "in 2035.", "",
             "District                  Unpaid carers",
             "Breckland                 13,240",
             "Norwich                   12,140"]
    assert [t.title for t in layout.analyse(lines).tables] == [""]
    assert {r[2] for r in _got(lines) if r[0] == "carers_unpaid"} == {""}


def test_an_of_whom_column_takes_the_year_of_the_column_before():
    lines = ["District\tUnpaid carers (Census 2021)\tOf whom 50+ hours a week",
             "Babergh\t10,120\t2,610", "Ipswich\t13,460\t3,480"]
    assert _got(lines) == [("carers_unpaid", BABERGH, "2021", 2610.0, "50+ hours a week"),
                           ("carers_unpaid", BABERGH, "2021", 10120.0, ""),
                           ("carers_unpaid", IPSWICH, "2021", 3480.0, "50+ hours a week"),
                           ("carers_unpaid", IPSWICH, "2021", 13460.0, "")]


# ---------------------------------------------------------------- as a Chromium-printed PDF reads (made-up figures)
PRINTED_KEY_FACTS = ["Key facts", "",
                     "84,310                   13,950                    1,126", "",
                     "unpaid carers (Census    people aged 65+ estimated   extra care units across 24",
                     "2021)                    to be living with dementia   schemes",
                     "                         in 2025"]
PRINTED_TIMETABLE = ["Timetable", "",
                     "                   Current contract     Tender",
                     "Service                                               New contract starts",
                     "                   ends                 published", "",
                     "Carers support                          September",
                     "                   31 March 2027                      1 April 2027",
                     "service                                 2026", "",
                     "Home care (Ipswich",
                     "                   30 September 2027    Q4 2026/27    1 October 2027",
                     "and East)"]


def test_large_key_figures_a_blank_line_over_their_captions_are_read():
    assert _got(PRINTED_KEY_FACTS) == SUFFOLK_FACTS


def test_words_a_blank_line_under_figures_but_off_their_columns_are_no_captions():
    lines = ["84,310                   13,950", "", "The county has more carers        than ever"]
    assert layout.key_figures(lines, 0) is None


def test_a_wrapped_timetable_whose_rows_are_a_blank_line_apart_is_read_under_its_heading():
    assert sorted(dates(PRINTED_TIMETABLE)) == TIMETABLE_DATES
    assert layout.join_wrapped_rows(PRINTED_TIMETABLE)[:2] == ["Timetable", ""]


def test_a_page_number_a_blank_line_under_a_wrapped_table_is_no_part_of_it():
    lines = TIMETABLE + ["", "                                                                  Page 4"]
    assert layout.join_wrapped_rows(lines)[-1] == lines[-1]
    assert layout.join_wrapped_rows(lines)[:-2] == layout.join_wrapped_rows(TIMETABLE)


# ---------------------------------------------------------------- a wrapped timetable whose first header cell is empty
# Made up: the services' column has no heading, in the three ways a PDF's text gives such a table (cells centred on
# their rows, as pdftotext lays them out; rows a blank line apart, as Chromium prints them; cells top-aligned).
EMPTY_CORNER_CENTRED = ["Timetable", "", TIMETABLE[0], *TIMETABLE[2:]]  # the centred timetable without 'Service'
# the printed timetable without 'Service' over its services
EMPTY_CORNER_PRINTED = [t.replace("Service", " " * 7, 1) if t.startswith("Service ") else t for t in PRINTED_TIMETABLE]
EMPTY_CORNER_TOP = ["Timetable", "",
                    "                    Current contract  Tender            New contract",
                    "                    ends              published         starts",
                    "Carers support      31 March 2027     September 2026    1 April 2027",
                    "service",
                    "Home care (Ipswich  30 September      Q4 2026/27        1 October 2027",
                    "and East)           2027"]


def test_a_wrapped_timetable_with_an_empty_first_header_cell_gives_each_service_its_dates():
    for lines in (EMPTY_CORNER_CENTRED, EMPTY_CORNER_PRINTED, EMPTY_CORNER_TOP):
        assert sorted(dates(lines)) == TIMETABLE_DATES, lines[2]
        rows = [row for row in layout.join_wrapped_rows(lines) if "\t" in row]
        assert rows[0].startswith("\tCurrent contract ends\tTender published\tNew contract starts"), lines[2]
        assert [row.split("\t")[0] for row in rows[1:]] == ["Carers support service", "Home care (Ipswich and East)"]


def test_lines_over_a_table_that_hold_a_figure_are_no_empty_cornered_header():
    """Above the first label, a line with a date is a row whose label is missing, not a header: left as it is."""
    lines = ["                         31 March 2027       September 2026    1 April 2027",
             "                         ends                published         starts",
             "Carers support service   31 March 2027                         1 April 2027",
             "and more"]
    assert layout.join_wrapped_rows(lines) == lines


def test_a_month_under_an_empty_cornered_header_is_its_cells_first_line_not_the_headers():
    """'October' on the line under the header and '2026' on the second line of a two-line label: centred either way
    within half a line, so only the month's being a date's first word tells it from a header line."""
    lines = ["                         Current contract    Tender            New contract",
             "                         ends                published         starts",
             "                                             October",
             "Carers information and   30 June 2027                          1 July 2027",
             "advice service                               2026",
             "Day opportunities for    31 December 2027    Q4 2027/28        1 January 2028",
             "older people"]
    assert ("Carers information and advice service", "procurement_start", "2026-10-01", "2026-10-31") in dates(lines)
    assert layout.join_wrapped_rows(lines)[0] == "\tCurrent contract ends\tTender published\tNew contract starts"


# Made up (a county the seeds do not cover, printed as a PDF): every date of the first row wraps, month over year, so
# its first line holds no whole date; under the table, a blank line down, the page's number starts at the last column.
WRAPPED_DATES_FIRST = ["                               Tender            Contract           Contract",
                       "                               opens             starts             ends",
                       "  Carers support               September         1 April            31 March",
                       "  service                      2026              2027               2032",
                       "  Home care (north)            Q3 2026/27        1 October 2027     30 September 2034",
                       "  Extra care care and          January 2027      1 July 2027        30 June 2033",
                       "  support",
                       "",
                       "                                                                  Page 3 of 4"]


def test_an_empty_cornered_header_is_no_part_of_a_first_row_whose_dates_all_wrap():
    """Read without its header, the first row took the header's words ('Tender opens September 2026') and was taken
    for the header: its three dates were lost."""
    rows = [row for row in layout.join_wrapped_rows(WRAPPED_DATES_FIRST) if "\t" in row]
    assert rows == ["\tTender opens\tContract starts\tContract ends",
                    "Carers support service\tSeptember 2026\t1 April 2027\t31 March 2032",
                    "Home care (north)\tQ3 2026/27\t1 October 2027\t30 September 2034",
                    "Extra care care and support\tJanuary 2027\t1 July 2027\t30 June 2033"]
    assert {d[0] for d in dates(WRAPPED_DATES_FIRST)} == {
        "Carers support service", "Home care (north)", "Extra care care and support"}


def test_a_page_number_under_a_wrapped_table_at_one_of_its_columns_is_no_part_of_it():
    assert layout.join_wrapped_rows(WRAPPED_DATES_FIRST)[-1] == WRAPPED_DATES_FIRST[-1]


# ---------------------------------------------------------------- a place's name wrapped onto a line of its own
NORFOLK = "E10000020"
WRAPPED_PLACE = ["Unpaid carers by district, Census 2021", "",
                 "                       Unpaid carers      Providing 50+",
                 "District               (2021)             hours a week",
                 "Breckland              13,240             3,480",
                 "King's Lynn and West   14,320             3,760",
                 "Norfolk",
                 "Norwich                12,110             3,020",
                 "South Norfolk          12,660             3,150"]


def test_a_place_name_wrapped_onto_a_line_of_its_own_is_joined_to_its_row():
    """'King's Lynn and West' / 'Norfolk': the second line starts with a capital, so only the registry's knowing the
    two together as a name tells it from a row of its own (which gave 14,320 to the county and dropped the rest)."""
    got = sorted((r.area_code, r.value, r.breakdown) for r in measures(WRAPPED_PLACE, NORFOLK).itertuples())
    assert got == sorted([("E07000143", 13240.0, ""), ("E07000143", 3480.0, "50+ hours a week"),
                          ("E07000146", 14320.0, ""), ("E07000146", 3760.0, "50+ hours a week"),
                          ("E07000148", 12110.0, ""), ("E07000148", 3020.0, "50+ hours a week"),
                          ("E07000149", 12660.0, ""), ("E07000149", 3150.0, "50+ hours a week")])


def test_a_group_label_or_a_wrapped_service_under_a_row_is_never_joined_to_it():
    from data.ingest import areas

    group = WRAPPED_PLACE[:5] + ["Rural districts"] + WRAPPED_PLACE[7:]
    assert layout.join_wrapped_rows(group, areas.exact) == group  # 'Breckland Rural districts' is no name
    service = ["                    Contract ends     Re-tender", "Service",
               "Carers Support      31 March 2027     September 2026", "Service",
               "Home Care           30 June 2027      January 2027"]
    assert layout.join_wrapped_rows(service, areas.exact) == service


def test_a_participle_after_the_counted_noun_is_not_what_the_figure_counts():
    """'14,920 people estimated to live with dementia' counts people: 'estimated' was taken for the noun, and the
    figure was lost (made up: three key figures whose captions wrap)."""
    lines = ["Key facts", "",
             "      14,920                        61.8%                        1,126",
             "  people estimated to          dementia diagnosis           extra care units",
             "  live with dementia               rate (2025)                 (March 2026)"]
    assert ("dementia_estimated", SUFFOLK, "", 14920.0, "") in _got(lines)
    assert ("carers_unpaid", SUFFOLK, "", 3200.0, "50+ hours a week") in _got(["3,200 carers thought to provide 50 or more hours."])
