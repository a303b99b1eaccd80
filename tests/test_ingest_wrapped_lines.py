"""The document proposer (data/ingest) on text a PDF converter wrapped at a fixed width and broke into pages, each rule
on made-up lines: a paragraph's lines are no titles or headings (a line ending on 'by', on a day whose month starts the
next line, or a long line with a line as long under it), a notice's description wrapped over lines is one field, a
timetable under a two-line sentence takes its service from the heading above the sentence, a date's day in prose is no
cell of a flattened table, and a list or table keeps its title across a page's running header.

Found by scoring the made-up corpus (tests/corpus) after re-wrapping its prose at 70 characters and after inserting a
running header every 45 lines (recall 1,655 and 1,684 of 1,702 before these rules, 1,690 and 1,688 after; unchanged
text 1,693 both ways)."""
from __future__ import annotations

from data.ingest.layout import analyse, reads_on
from tests.proposals import proposers_for

WARRINGTON = "E06000007"

measures, dates = proposers_for(WARRINGTON)


def test_a_paragraph_wrapped_under_its_heading_files_its_dates_under_the_heading():
    got = dates([
        "Support in extra care",
        "",
        "Care and support at our three extra care schemes is provided by",
        "Brookvale Care Partnership under a block contract. This contract",
        "started on 1 July 2024 and runs for three years.",
    ])
    assert {g[0] for g in got} == {"Support in extra care"}
    assert ("Support in extra care", "contract_start", "2024-07-01", "2024-07-01") in got


def test_a_long_wrapped_line_ending_on_a_name_is_no_title():
    got = dates([
        "Independent advocacy",
        "",
        "Independent advocacy under the Care Act is provided by Harbour",
        "Advocacy Trust. The contract has been extended to 31 March 2027 to",
        "give us time to re-procure.",
    ])
    assert [g[:2] for g in got] == [("Independent advocacy", "extension_end")]


def test_lines_that_read_on_are_neither_headings_nor_titles():
    assert reads_on("Care and support at our schemes is delivered by", "Brookvale Care Partnership under a block")
    assert reads_on("The current contract with Oakfield Carers runs until 30", "September 2027, with an option")
    assert reads_on("Cheshire Homecare Partnership holds it. This contract", "Started long ago")
    assert not reads_on("Carers Support Service", "The current contract started on 1 July 2022 and ends on 30 June")
    assert not reads_on("New referrals to the carers service in 2024/25: 3,020", "Carers receiving a direct payment: 640")
    lines = ["", "Care and support at our three extra care schemes is provided by", "Brookvale Care Partnership under a",
             "block contract.", ""]
    assert 2 not in analyse(lines).heading_lines.values()


def test_a_date_broken_at_a_line_end_is_one_date_and_no_count():
    lines = [
        "Carers Hub",
        "The current contract with Oakfield Carers Partnership runs until 30",
        "September 2027, with an option to extend for a further 12 months.",
    ]
    assert ("Carers Hub", "contract_end", "2027-09-30", "2027-09-30") in dates(lines)
    assert measures(lines).empty  # (the day is no count of 30 carers)


def test_a_timetable_under_a_wrapped_sentence_takes_the_heading_above_it():
    got = dates([
        "6. Procurement timetable: Home Support Services",
        "",
        "The dates below are indicative and may change; we will confirm them",
        "when the tender is published.",
        "",
        "Stage\tDate",
        "Tender published on the portal\t1 March 2027",
        "Tender return deadline\t12 noon, 9 April 2027",
        "New framework starts\t1 April 2028",
    ])
    assert {g[0] for g in got} == {"Home Support Services"}
    assert ("Home Support Services", "tender_deadline", "2027-04-09", "2027-04-09") in got


def test_a_notice_description_wrapped_over_lines_names_the_service():
    got = dates([
        "Tender notice - Procurement Act 2023",
        "",
        "Procurement description",
        "Kelsford Borough Council is seeking a provider to deliver",
        "an integrated carers' support service for adult unpaid carers across",
        "the borough, including breaks and advice.",
        "",
        "Total value (estimated)",
        "£2,400,000 excluding VAT",
        "",
        "Contract dates (estimated)",
        "1 April 2027 to 31 March 2030",
    ])
    assert {g[0] for g in got} == {"integrated carers' support service"}
    assert ("integrated carers' support service", "contract_end", "2030-03-31", "2030-03-31") in got


def test_a_day_and_its_month_in_prose_are_no_flattened_table():
    got = dates([
        "Contracts coming up",
        "",
        "Memory Support Service – tender expected to go live in May 2026",
        "(closing date 26 June 2026), contract start 1 October 2026, 3 years +",
        "1 + 1.",
    ])
    assert ("Memory Support Service", "tender_deadline", "2026-06-26", "2026-06-26") in got
    assert ("Memory Support Service", "contract_start", "2026-10-01", "2026-10-01") in got


_HEADER = "Kelsford Borough Council Market Position Statement        Page {}"


def _pages(*tail: str) -> list[str]:
    """Two pages of prose without figures, each closed by the running header, then `tail` on the third."""
    lines: list[str] = []
    for page in (1, 2):
        lines += ["A paragraph about the local market and its providers, which gives no figure at all.", ""] * 6
        lines += ["", _HEADER.format(page), "", ""]
    return lines + list(tail)


def test_a_list_keeps_its_titles_year_across_a_page_break():
    frame = measures(_pages("Unpaid carers (Census 2021)", "", "", _HEADER.format(3), "", "",
                            "•  12,340 people in Kelsford provide unpaid care",
                            "•  3,115 of them care for 50 or more hours a week", ""))
    got = {(r.value, r.period, r.breakdown) for r in frame.itertuples()}
    assert got == {(12340.0, "2021", ""), (3115.0, "2021", "50+ hours a week")}


def test_a_label_list_keeps_its_titles_year_across_a_page_break():
    frame = measures(_pages("**Support for carers in 2024/25**", "", _HEADER.format(3), "", "",
                            "•\tCarers known to adult social care: 2,940",
                            "•\tCarers' assessments and reviews completed: 1,415", ""))
    assert {(r.measure, r.period) for r in frame.itertuples()} == {("carers_known", "2024/25"),
                                                                  ("carers_assessed", "2024/25")}


def test_a_sentence_running_on_across_a_page_break_is_one_sentence():
    frame = measures(_pages("Kelsford has 11 extra care schemes.", "",
                            "Applying a planning ratio of 25 units per 1,000 people aged 75+, we estimate a need for",
                            "", _HEADER.format(3), "",
                            "2,960 extra care units by 2035, around 1,900 more than we have today.", ""))
    # (a need estimate: neither units nor planned units)
    assert [(r.measure, r.value) for r in frame.itertuples()] == [("extra_care_schemes", 11.0)]


def test_a_running_header_starts_no_paragraph():
    from data.ingest.paragraphs import paragraphs
    lines = _pages("7\tHow Kelsford compares", "", _HEADER.format(3), "", "",
                   "Compared with the region, caring is more common in Kelsford.")
    texts = [p.text for p in paragraphs(lines, set(), analyse(lines).running)]
    assert "Compared with the region, caring is more common in Kelsford." in texts
    assert not [t for t in texts if "Page" in t]


def test_a_long_line_ending_mid_sentence_over_a_figure_is_no_heading():
    frame = measures(["Extra care", "",
                      "There are currently seven extra care schemes in the county, providing",
                      "412 units between them."], "E10000020")
    assert {(r.measure, r.value) for r in frame.itertuples()} == {("extra_care_schemes", 7.0),
                                                                  ("extra_care_units", 412.0)}


def test_a_table_note_wrapped_over_lines_still_dates_the_rows():
    frame = measures(["Table 1: District summary", "",
                      "Measure\tCherwell\tOxford\tOxfordshire",
                      "Unpaid carers (a)\t14,210\t13,020\t61,480",
                      "People aged 65+ with dementia (b)\t2,180\t1,540\t9,880",
                      "",
                      "Notes",
                      "(a) 2021 Census. Usual residents aged 5 and over; counts rounded to",
                      "the nearest 10.",
                      "(b) Estimates for 2025 from prevalence rates applied to 2018-based",
                      "projections."], "E10000025")
    assert {(r.measure, r.period) for r in frame.itertuples()} == {("carers_unpaid", "2021"),
                                                                  ("dementia_estimated", "2025")}
    assert 10.0 not in set(frame["value"])


def test_a_notice_field_keeps_its_value_across_a_page_header_named_once():
    got = dates(["UK4: Tender notice - Procurement Act 2023", "", "Lot 1. Carers Support Hub", "Description", "Advice and breaks for adult unpaid carers.", "",
                 "Contract dates (estimated)", "",
                 "Kelsford Borough Council Market Position Statement        Page 2", "",
                 "1 April 2027 to 31 March 2030"])
    assert ("Carers Support Hub", "contract_start", "2027-04-01", "2027-04-01") in got
    assert ("Carers Support Hub", "contract_end", "2030-03-31", "2030-03-31") in got
