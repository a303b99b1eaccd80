"""Round 38 (r38b) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a council's
Cabinet report and its appendices give as `pdftotext -layout` reads the committee system's PDF: numbered paragraphs,
page footers 'Page N of M' with the next page's first line right under them, and appendices headed 'Appendix N:
Procurement timetable – <service>' over a two-column 'Milestone   Date' table, each followed by a 'Contract length:'
line: the appendix's title names the timetable's service, also right under the page footer."""
from __future__ import annotations

from tests.proposals import figure_rows_or_none, or_nothing, proposers_for

WALSALL = "E08000030"

measures, dates = proposers_for(WALSALL)
dates_or_none = or_nothing(dates)
figures_or_none = figure_rows_or_none(measures)


def _timetable(rows: list[tuple[str, str]]) -> list[str]:
    """A two-column 'Milestone | Date' table as pdftotext -layout sets it."""
    return ["       " + "Milestone".ljust(44) + "Date",
            *("       " + milestone.ljust(44) + when for milestone, when in rows)]


def test_an_appendix_title_names_its_timetables_service():
    lines = ["7.     Financial implications", "", "7.1    The budget is set out in the table below.", "",
             "Appendix 3: Procurement timetable – Community Equipment Service", "",
             *_timetable([("Tender issued", "w/c 8 March 2027"), ("Contract award", "June 2027"),
                          ("Contract start", "1 October 2027")]), ""]
    got = dates_or_none(lines)
    assert ("Community Equipment Service", "procurement_start", "2027-03-08", "2027-03-08") in got
    assert ("Community Equipment Service", "award", "2027-06-01", "2027-06-30") in got
    assert ("Community Equipment Service", "contract_start", "2027-10-01", "2027-10-01") in got


def test_an_appendix_title_right_under_the_page_footer_heads_the_next_page():
    lines = ["8.     Accountable Officers", "", "       Head of Service            Tel: 01922 650000", "",
             " " * 60 + "Page 6 of 8", "Appendix B: Procurement timetable – Sensory Support Service", "",
             *_timetable([("Invitation to tender published", "September 2026"), ("Contract start", "1 April 2027")]),
             "", "Appendix C: Risk register", ""]
    got = dates_or_none(lines)
    assert ("Sensory Support Service", "procurement_start", "2026-09-01", "2026-09-30") in got
    assert ("Sensory Support Service", "contract_start", "2027-04-01", "2027-04-01") in got


def test_a_contract_length_line_under_a_timetable_takes_the_timetables_start():
    lines = ["Appendix 2: Procurement timetable – Shared Lives Service", "",
             *_timetable([("Tender issued", "November 2026"), ("Contract start", "1 July 2027")]), "",
             "       Contract length: 4 years + 2 x 12-month extensions", ""]
    got = dates_or_none(lines)
    assert ("Shared Lives Service", "contract_end", "2031-06-30", "2031-06-30") in got
    assert ("Shared Lives Service", "extension_end", "2033-06-30", "2033-06-30") in got


def test_a_contract_length_line_under_a_timetable_with_no_start_derives_no_end():
    # (a guard: 'Contract start   TBC' gives no start to count from)
    lines = ["Appendix 5: Procurement timetable – Advocacy Service", "",
             *_timetable([("Tender issued", "TBC"), ("Contract start", "TBC")]), "",
             "       Contract length: 3 years + 1 x 12-month extension", ""]
    got = dates_or_none(lines)
    assert not [g for g in got if g[1] in ("contract_end", "extension_end") and g[2]]


def test_a_programmes_month_with_its_date_in_brackets_is_a_timetable_date():
    lines = ["Appendix 4: Procurement timetable – Home Improvement Agency", "",
             *_timetable([("Market warming event", "Month 2 (May 2026)"), ("Invitation to tender", "Month 4 (July 2026)"),
                          ("Contract award", "Month 8 (November 2026)")]), ""]
    got = dates_or_none(lines)
    assert ("Home Improvement Agency", "procurement_start", "2026-07-01", "2026-07-31") in got
    assert ("Home Improvement Agency", "award", "2026-11-01", "2026-11-30") in got


def test_soft_market_testing_in_a_timetable_is_no_procurement_start():
    lines = ["Appendix 2: Procurement timetable – Telecare Service", "",
             *_timetable([("Soft market testing", "Autumn 2026"), ("Tender published", "January 2027")]), ""]
    got = dates_or_none(lines)
    assert ("Telecare Service", "procurement_start", "2027-01-01", "2027-01-31") in got
    assert not [g for g in got if g[2] == "2026-09-01"]


def test_a_select_commissions_meeting_date_is_no_procurement_start():
    lines = ["4.     Consultation", "",
             "4.2    The Adult Services Select Commission considered the proposals on 11 November 2026 and",
             "       supported them.", ""]
    assert not [g for g in dates_or_none(lines) if g[2] == "2026-11-11"]


def test_carers_a_service_worked_with_are_no_unpaid_carers_count():
    lines = ["2.4    The Carers Centre worked with 1,480 carers in 2025/26, up from 1,310 the year before.", ""]
    assert ("carers_unpaid", WALSALL, "2025/26", 1480.0) not in figures_or_none(lines)


def test_people_and_their_carers_a_service_supports_are_no_unpaid_carers_count():
    lines = ["1.2    The two contracts cost £6.1m a year and together reach more than 1,150 people and their carers.", ""]
    assert not [r for r in figures_or_none(lines) if r[0] == "carers_unpaid" and r[3] == 1150.0]


def test_a_paragraph_opening_on_how_a_named_service_is_delivered_names_its_later_sentences_service():
    lines = ["1.     Background", "",
             "1.4    Reablement at Home is delivered by two providers across the borough. The current contracts",
             "       were extended last year and end on 30 September 2027.", ""]
    assert ("Reablement at Home", "contract_end", "2027-09-30", "2027-09-30") in dates_or_none(lines)
