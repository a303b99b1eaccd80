"""Round 32 (r32c) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a forward
plan of key decisions saved as a web page gives: an entry's label/value table whose 'Decision due date' row sits under
a title naming the step to approve ('approval to tender') gives a meeting's date, no stage; 'an optional extension of
one year' names the extension's length after 'of'; a counted noun ends before a clause saying when its scheme opens
('will add 60 flats when it opens in 2029'), not one saying when it opened."""
from __future__ import annotations

from tests.proposals import figure_rows, or_nothing, proposers_for

SUTTON = "E09000029"

measures, dates = proposers_for(SUTTON)
rows = figure_rows(measures)
dates_or_none = or_nothing(dates)


def test_a_decision_due_date_row_under_an_approval_to_tender_title_is_no_stage():
    got = dates_or_none(["Day services: approval to tender", "", "Decision title\tDay services: approval to tender",
                         "Decision due date\t12 January 2028", "Decision maker\tCabinet", "Key decision\tYes", ""])
    assert got == []


def test_a_decision_row_leaves_the_entrys_prose_dates_alone():
    got = dates(["Advocacy: contract award", "", "Decision title\tAdvocacy: contract award",
                 "Date of decision\t8 March 2028", "Lead officer\tHead of Commissioning", "",
                 "The current advocacy contract ends on 30 June 2028 and the new contract starts on 1 July 2028.", ""])
    assert sorted((stage, a) for _, stage, a, _ in got) == [("contract_end", "2028-06-30"),
                                                            ("contract_start", "2028-07-01")]


def test_an_optional_extension_of_one_year_gives_the_extension_end():
    got = dates(["Advocacy", "", "The new advocacy contract will begin on 1 July 2028. It is for three years "
                 "(with an optional extension of one year).", ""])
    ends = sorted((stage, a) for _, stage, a, _ in got if stage in ("contract_end", "extension_end"))
    assert ends == [("contract_end", "2031-06-30"), ("extension_end", "2032-06-30")]


def test_guard_an_extension_of_up_to_twelve_months_after_an_option_gives_the_extension_end():
    # a guard (passes on main): 'of up to' after 'extension' was read by 'up to' before this round's rule
    got = dates(["Day services", "", "The contract will start on 1 April 2029 and run for four years, with the option "
                 "of an extension of up to 12 months.", ""])
    assert ("extension_end", "2034-03-31") in [(stage, a) for _, stage, a, _ in got]


def test_a_counted_noun_ends_before_a_when_clause():
    got = rows(["Extra care housing", "", "Sutton has 5 extra care schemes. The new scheme at Carshalton will add "
                "60 flats when it opens in 2029.", ""])
    assert ("extra_care_units_planned", SUTTON, "2029", 60.0) in got


def test_a_counted_noun_ends_before_a_once_clause():
    got = rows(["Extra care housing", "", "A second new extra care scheme will provide 45 apartments once it opens "
                "in spring 2030.", ""])
    assert [r for r in got if r[0] == "extra_care_units_planned" and r[3] == 45.0]


def test_guard_flats_a_scheme_added_when_it_opened_are_no_total():
    # a guard (passes on main): the past 'when it opened' is left to the rules that read it, no count of the stock
    got = rows(["Extra care housing", "", "Sutton has 5 extra care schemes with 300 flats between them. Beech House in "
                "Cheam added 36 flats when it opened in 2019.", ""])
    assert not [r for r in got if r[3] == 36.0 and r[0] == "extra_care_units"]
