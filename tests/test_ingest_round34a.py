"""Round 34 (r34a) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a slide deck
exported from PowerPoint to PDF gives when its slides are read box by box: a line that is only a slide's number
(left under its footer) is no heading, so names no service; a slide's title naming a service before a lower-case
phrase of the slide's kind with no year ('Home support: procurement timeline') is a heading and its service; a
timeline's milestone with no dash, its month before a few words ending in the start ('Apr 2028 Service start'), dates
the contract's start; an agenda item's number before its time of day is no figure; a change in an age group named
right after it ('+18% growth in people aged 65+') borrows no subject from the heading; a rounding base in small print
is no figure; a chart's reference line over its bars ('Target 66.7%') is no title, the caption above it is; a figure
alone with its projection's year ('12,140 projected by 2035') under a big number is that number's projection; a
census source note under a table (past the slide's text beside it) dates the table's carers counts and shares."""
from __future__ import annotations

from tests.proposals import figure_rows, or_nothing, proposers_for

SUFFOLK = "E10000029"

measures, dates = proposers_for(SUFFOLK)
rows = figure_rows(measures)
dates_or_none = or_nothing(dates)

FOOTER = "Suffolk County Council · Market Briefing, 3 June 2026"


def test_a_line_that_is_only_a_slides_number_names_no_service():
    got = dates([FOOTER, "", "6", "", "", "Current contracts end 31 March 2028.", "", FOOTER, "", "7"])
    assert [(stage, a, b) for _, stage, a, b in got] == [("contract_end", "2028-03-31", "2028-03-31")]
    assert got[0][0] != "6"


def test_a_slides_title_naming_a_service_before_its_kind_with_no_year_names_the_service():
    got = dates([FOOTER, "", "", "Home support: procurement timeline", "", "Feb 2028 Tender published", "",
                 "Jun 2028 Contract award", "", FOOTER])
    assert sorted(got) == [("Home support", "award", "2028-06-01", "2028-06-30"),
                           ("Home support", "procurement_start", "2028-02-01", "2028-02-29")]


def test_a_milestone_with_no_dash_ending_in_the_start_dates_the_contracts_start():
    got = dates(["Day opportunities: key dates", "", "Nov 2027 Tender published", "", "Apr 2028 Service start", ""])
    assert ("Day opportunities", "contract_start", "2028-04-01", "2028-04-30") in got


def test_an_agenda_items_number_before_its_time_of_day_is_no_figure():
    got = rows(["Agenda", "", "1    09:30           Arrival and coffee",
                "2    09:45           Unpaid carers: the new strategy",
                "3    10:30           Dementia support in Suffolk", "",
                "Suffolk has 5,200 people living with dementia.", ""])
    assert got == [("dementia_estimated", SUFFOLK, "", 5200.0)]


def test_a_change_in_an_age_group_named_after_it_is_no_change_of_the_headings_subject():
    got = rows(["Carers and the people they care for", "", "+18% growth in people aged 65+ expected by 2035", "",
                "Suffolk has 61,200 unpaid carers.", ""])
    assert got == [("carers_unpaid", SUFFOLK, "", 61200.0)]


def test_a_rounding_base_in_a_slides_small_print_is_no_figure():
    got = rows(["Carers", "", "Suffolk has 61,200 unpaid carers.", "",
                "Notes: carers figures from Census 2021 (usual residents aged 5 and over), rounded to the nearest 100.",
                ""])
    assert got == [("carers_unpaid", SUFFOLK, "", 61200.0)]


def test_a_charts_reference_line_over_its_bars_is_no_title_the_caption_above_is():
    got = rows(["Dementia diagnosis", "", "Diagnosis rate by district, March 2026", "",
                "4,900 people are on GP dementia registers in Suffolk (March 2026).", "", "Target 66.7%", "",
                "Ipswich                                            62.4%",
                "Babergh                                        58.1%",
                "Mid Suffolk                                      55.9%", ""])
    assert sorted(r for r in got if r[0] == "dementia_diagnosis_rate") == [
        ("dementia_diagnosis_rate", "E07000200", "2026", 58.1), ("dementia_diagnosis_rate", "E07000202", "2026", 62.4),
        ("dementia_diagnosis_rate", "E07000203", "2026", 55.9)]


def test_a_figure_alone_projected_by_a_year_under_a_big_number_is_the_big_numbers_projection():
    got = rows(["Dementia", "", "9,870 people aged 65+ living with dementia in Suffolk (2025 estimate)", "",
                "12,140 projected by 2035", ""])
    assert sorted(got) == [("dementia_estimated", SUFFOLK, "2025", 9870.0), ("dementia_estimated", SUFFOLK, "2035", 12140.0)]


def test_a_census_source_note_under_a_table_dates_its_carers_counts_and_shares():
    frame = measures(["Carers by district", "", "District                  Unpaid carers        % of residents aged 5+",
                      "Ipswich                          12,310                   9.1%",
                      "Babergh                           8,020                  10.2%", "",
                      "Babergh has the highest share of residents giving unpaid care.", "",
                      "Census 2021, usual residents aged 5 and over.", ""])
    got = sorted((r.measure, r.area_code, r.period, float(r.value)) for r in frame.itertuples())
    assert got == [("carers_unpaid", "E07000200", "2021", 8020.0), ("carers_unpaid", "E07000202", "2021", 12310.0),
                   ("carers_unpaid_pct", "E07000200", "2021", 10.2), ("carers_unpaid_pct", "E07000202", "2021", 9.1)]


def test_a_line_of_figures_set_apart_from_its_rows_label_is_no_ones():
    """A slide's table row whose district name wraps over two lines around its cells: the PDF reader sets its figures
    apart ('13,250      8.9%' below the slide's text), and they are no one's, not the county's (found at merging:
    147 offered South Cambridgeshire's 8.9% as the county's share)."""
    got = rows(["Carers across our districts", "", "Unpaid carers in the county: 54,820.", "",
                "13,250          8.9%", ""])
    assert got == [("carers_unpaid", SUFFOLK, "", 54820.0)]
