"""Round 45 (r45d) of the document proposer (data/ingest), on made-up text lines in the shape a Word document saved as
plain text gives (a paragraph a line, plain subheadings, a contracts register as tab-separated rows): a season written
with no year ('in the autumn') before a stage the sentence dates is the last such season to begin before that date;
a season in a sentence with no later date gives nothing (a guard); a register's day-first dates written with hyphens
and a four-digit year ('31-03-2029') are dates, in cells and in prose; a financial year's quarter written with a
hyphen in a register ('Q3 26-27') is that quarter, as 'Q3 26/27' is (and in prose, 'Q4 2026–27', a guard)."""
from __future__ import annotations

from tests.proposals import or_nothing, proposers_for

GREENWICH = "E09000011"

measures, dates = proposers_for(GREENWICH)
dates_or_none = or_nothing(dates)


def test_a_season_with_no_year_before_a_dated_award_is_the_season_before_it():
    got = dates(["Reablement", "", "The reablement contract ends on 30 June 2028. We will go to market in the autumn "
                 "and expect to award the contract in early 2028.", ""])
    assert ("Reablement", "procurement_start", "2027-09-01", "2027-11-30") in got
    assert ("Reablement", "award", "2028-01-01", "2028-04-30") in got


def test_a_season_with_no_year_before_a_dated_start_takes_that_dates_year_when_it_comes_first():
    got = dates(["Carers Hub", "", "We will go out to tender in the spring, with the new hub opening on 1 November "
                 "2027.", ""])
    assert ("Carers Hub", "procurement_start", "2027-03-01", "2027-05-31") in got


def test_guard_a_season_with_no_dated_stage_after_it_gives_no_date():
    got = dates_or_none(["Day Services", "", "The day services contract ended on 31 March 2026 and was re-tendered "
                         "in the winter.", ""])
    assert not [d for d in got if d[1] == "procurement_start"]


def test_a_registers_day_first_dates_with_hyphens_are_its_start_and_end():
    got = dates(["Contracts register", "", "Ref\tService\tProvider\tStart\tEnd\tOptions to extend\tAnnual value £",
                 "GR-31\tShared Lives\tShared Lives Co 3\t01-07-2024\t30-06-2029\t2 x 12 months\t345,000", ""])
    assert ("Shared Lives", "contract_start", "2024-07-01", "2024-07-01") in got
    assert ("Shared Lives", "contract_end", "2029-06-30", "2029-06-30") in got
    assert ("Shared Lives", "extension_end", "2031-06-30", "2031-06-30") in got


def test_a_day_first_date_with_hyphens_in_prose_is_a_date():
    got = dates(["Floating Support", "", "The floating support contract ends on 30-09-2027.", ""])
    assert ("floating support", "contract_end", "2027-09-30", "2027-09-30") in got


def test_a_financial_quarter_with_a_hyphen_in_a_register_is_that_quarter():
    got = dates(["Contracts register", "", "Ref\tService\tProvider\tStart\tEnd\tPlanned procurement start",
                 "GR-40\tHome Support\tVarious\t01/04/2022\t31/03/2028\tQ3 26-27", ""])
    assert ("Home Support", "procurement_start", "2026-10-01", "2026-12-31") in got


def test_guard_a_financial_quarter_with_a_dash_in_prose_is_that_quarter():
    got = dates(["Home Support", "", "We will go out to tender for home support in Q4 2026–27.", ""])
    assert [d[1:] for d in got] == [("procurement_start", "2027-01-01", "2027-03-31")]
