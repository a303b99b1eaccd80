"""Round 44 (r44d) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a designed
PDF in two columns gives through pdftotext -layout (a sentence going on in the same column on the next line): people
who received or are receiving support or a service under a population heading are service users, no population; a
review of how people use a service before deciding what to commission dates no procurement stage; a key-figures or
key-dates table (a label and a figure or a date a row) beside a column of prose, on either side of it, is read one column after the other, while a table whose notes
column holds a note a row stays a table (a guard)."""
from __future__ import annotations

from data.ingest.columns import read_columns
from tests.proposals import figure_rows, or_nothing, proposers_for

DUDLEY = "E08000027"

measures, dates = proposers_for(DUDLEY)
rows = figure_rows(measures)
dates_or_none = or_nothing(dates)


def test_people_who_received_support_under_a_population_heading_are_no_population():
    got = rows(["Population", "", "Dudley had an estimated 325,400 residents in mid-2023. Our adult social care team "
                "dealt with 11,200 contacts in 2023/24, and 3,140 people received long-term support at the end of "
                "the year, while 960 adults were receiving short-term care.", ""])
    assert got == [("population", DUDLEY, "2023", 325400.0)]


def test_a_review_before_deciding_what_to_commission_dates_no_tender():
    got = dates_or_none(["Short breaks", "", "Our short breaks contracts end on 30 November 2026. We will look at how "
                         "families use short breaks during 2025/26 and review the offer in 2026 before deciding what "
                         "to commission next.", ""])
    assert got == [("Short breaks", "contract_end", "2026-11-30", "2026-11-30")]


def test_a_key_figures_table_beside_a_column_of_prose_is_read_one_column_after_the_other():
    left = ["At a glance", "", "Unpaid carers (Census 2021)        27,640", "Carers giving 50+ hours             8,310",
            "Extra care schemes                      5", "Extra care apartments                 364", ""]
    right = ["About Dudley", "", "The borough had an estimated 321,900", "residents in mid-2023, and the number",
             "of older people is rising each year, as", "it is across the Black Country.", ""]
    lines = [(a.ljust(52) + b).rstrip() for a, b in zip(left, right)]
    got = sorted(rows(read_columns(lines)))
    assert got == sorted([("carers_unpaid", DUDLEY, "2021", 27640.0), ("carers_unpaid", DUDLEY, "2021", 8310.0),
                          ("extra_care_schemes", DUDLEY, "", 5.0), ("extra_care_units", DUDLEY, "", 364.0),
                          ("population", DUDLEY, "2023", 321900.0)])


def test_guard_a_table_with_a_notes_column_a_note_a_row_stays_a_table():
    rows_ = [("Service", "Clients", "Notes"), ("Carers support", "2,400", "Re-tender planned after the review."),
             ("Day opportunities", "610", "Contracts extended for one more year."),
             ("Shared lives", "85", "New carers recruited through the year."),
             ("Home care", "1,930", "Framework reopens to new providers.")]
    lines = [(a.ljust(38) + b.rjust(8)).ljust(52) + c for a, b, c in rows_]
    lines[1] = lines[1].replace("review.", "review of")  # a note wrapped onto a line of its own
    lines.insert(2, " " * 52 + "the current service.")
    assert read_columns(lines) == lines


def test_a_column_of_prose_beside_a_key_figures_table_on_its_right_is_read_one_column_after_the_other():
    left = ["About Dudley", "", "The borough had an estimated 321,900", "residents in mid-2023, and the number",
            "of older people is rising each year, as", "it is across the Black Country.", ""]
    right = ["At a glance", "", "Unpaid carers (Census 2021)        27,640", "People 65+ with dementia            4,390",
             "Extra care schemes                      5", "Extra care apartments                 364", ""]
    lines = [(a.ljust(50) + b).rstrip() for a, b in zip(left, right)]
    got = sorted(rows(read_columns(lines)))
    assert got == sorted([("population", DUDLEY, "2023", 321900.0), ("carers_unpaid", DUDLEY, "2021", 27640.0),
                          ("dementia_estimated", DUDLEY, "", 4390.0), ("extra_care_schemes", DUDLEY, "", 5.0),
                          ("extra_care_units", DUDLEY, "", 364.0)])


def test_a_key_dates_table_beside_a_column_of_prose_is_read_one_column_after_the_other():
    left = ["Advocacy", "", "The advocacy contract ends on 30", "September 2026. We want one service for",
            "all ages that is simple to reach, and", "the timetable for the new contract is", "shown opposite."]
    right = ["Key dates", "", "Tender published            March 2026", "Contract award               June 2026",
             "Contract start         1 October 2026", "", ""]
    lines = [(a.ljust(50) + b).rstrip() for a, b in zip(left, right)]
    got = [date[1:] for date in dates(read_columns(lines))]
    assert sorted(got) == sorted([("contract_end", "2026-09-30", "2026-09-30"),
                                  ("procurement_start", "2026-03-01", "2026-03-31"),
                                  ("award", "2026-06-01", "2026-06-30"),
                                  ("contract_start", "2026-10-01", "2026-10-01")])
