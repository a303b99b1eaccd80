"""Round 13 (r13b) of the document proposer (data/ingest, data/dates.py): procurement dates as councils write them
in a statement converted from Word or PDF (excerpt 72, made up): a season written 'the autumn of 2026', 'Re-procure'
in a commissioning table's next-steps cell, a decision on an extension (no extension's end), an audit's and a table
source's dates (no stage), a deadline for clarification questions (no tender deadline), a timetable under a sentence
and a heading naming its service, 'two one-year extensions', a framework that reopens and its dated window."""
from __future__ import annotations

from data.dates import find_dates, parse_contract_term
from data.ingest.errors import IngestError
from tests.proposals import proposers_for

WARRINGTON = "E06000007"

_, dates = proposers_for(WARRINGTON)


def _stages(lines: list[str]) -> list[tuple[str, str, str]]:
    try:
        return sorted((stage, earliest, latest) for _, stage, earliest, latest in dates(lines))
    except IngestError:  # nothing proposed at all
        return []


# ---------------------------------------------------------------- 1. 'the autumn of 2026'
def test_a_season_written_with_of_is_the_season():
    [d] = find_dates("Re-procurement will begin in the autumn of 2026.")
    assert (d.span.earliest.isoformat(), d.span.latest.isoformat()) == ("2026-09-01", "2026-11-30")
    lines = ["Carers Support Service", "", "Re-procurement will begin in the autumn of 2026 and we expect to award the "
             "new contract in January 2027."]
    assert _stages(lines) == [("award", "2027-01-01", "2027-01-31"),
                              ("procurement_start", "2026-09-01", "2026-11-30")]


# ---------------------------------------------------------------- 2. 'Re-procure' in a next-steps cell
INTENTIONS = ["Table 1: Commissioning intentions",
              "Service\tCurrent arrangement\tContract end\tExtension options\tNext steps / Timescale",
              "Carers Support Service\tSingle contract\t31 March 2027\t1 x 12 months\tRe-procure autumn 2026; new contract "
              "from 1 April 2027",
              "Extra Care Care and Support\tBlock contract\t30/06/2027\t2 x 12 months\tDecision on first extension by "
              "March 2027"]


def test_re_procure_in_a_next_steps_cell_starts_the_procurement():
    got = dates(INTENTIONS)
    assert ("Carers Support Service", "procurement_start", "2026-09-01", "2026-11-30") in got
    assert ("Carers Support Service", "contract_start", "2027-04-01", "2027-04-01") in got


# ---------------------------------------------------------------- 3. a decision on an extension
def test_a_decision_on_an_extension_gives_no_extension_end():
    assert ("extension_end", "2027-03-01", "2027-03-31") not in _stages(INTENTIONS)
    prose = ["Extra Care Care and Support", "", "A report on whether to take the first extension will go to the "
             "Executive Board in March 2027."]
    assert _stages(prose) == []


# ---------------------------------------------------------------- 4. an audit's and a source line's dates
def test_an_audit_date_is_no_procurement_stage():
    lines = ["Carers Support Service", "", "An Internal Audit review of the current contract in May 2025 found that "
             "monitoring could be simpler."]
    assert _stages(lines) == []


def test_a_table_source_lines_date_is_no_procurement_stage():
    assert _stages(["Source: Commissioning contracts register, August 2026."]) == []
    assert ("procurement_start", "2026-08-01", "2026-08-31") not in _stages(
        INTENTIONS + ["", "Source: Commissioning contracts register, August 2026."])


# ---------------------------------------------------------------- 5 and 6. a timetable under a sentence
TIMETABLE = ["6. Procurement timetable: Home Support Services", "",
             "The dates below are indicative and may change; we will confirm them when the tender is published.", "",
             "Stage\tDate",
             "Provider engagement event\tTuesday 19 January 2027",
             "Tender published on The Chest\t1 March 2027",
             "Deadline for clarification questions\t26 March 2027",
             "Tender return deadline\t12 noon, 9 April 2027",
             "Contract award\tJune 2027"]


def test_a_deadline_for_clarification_questions_is_no_tender_deadline():
    got = _stages(TIMETABLE)
    assert ("tender_deadline", "2027-03-26", "2027-03-26") not in got
    assert ("tender_deadline", "2027-04-09", "2027-04-09") in got


def test_a_timetable_under_a_sentence_takes_its_service_from_the_heading():
    assert {s for s, *_ in dates(TIMETABLE)} == {"Home Support Services"}


# ---------------------------------------------------------------- 7. 'two one-year extensions'
def test_one_year_extensions_after_a_term_give_the_extensions_end():
    term = parse_contract_term("runs for three years with the option of two one-year extensions")
    assert (term.initial_months, term.extension_months) == (36, (12, 12))
    lines = ["Extra Care Care and Support", "", "This contract started on 1 July 2024 and runs for three years with the "
             "option of two one-year extensions."]
    assert _stages(lines) == [("contract_end", "2027-06-30", "2027-06-30"),
                              ("contract_start", "2024-07-01", "2024-07-01"),
                              ("extension_end", "2029-06-30", "2029-06-30")]


def test_one_year_extensions_after_a_written_end_give_the_extensions_end():
    lines = ["Carers breaks", "", "The contract runs until 31 March 2028, with the option of two one-year extensions."]
    assert ("extension_end", "2030-03-31", "2030-03-31") in _stages(lines)


# ---------------------------------------------------------------- 8. a framework that reopens, and its window
def test_two_days_sharing_a_year_are_two_dates():
    got = [(d.span.earliest.isoformat(), d.span.latest.isoformat())
           for d in find_dates("the next window runs from 4 January to 29 January 2027")]
    assert got == [("2027-01-04", "2027-01-04"), ("2027-01-29", "2027-01-29")]
    got = [d.span.earliest.isoformat() for d in find_dates("open from 4 to 29 January 2027")]
    assert got == ["2027-01-04", "2027-01-29"]


def test_a_framework_reopening_window_opens_and_closes_the_procurement():
    lines = ["Day Opportunities", "", "The framework reopens annually each January; the next window runs from "
             "4 January to 29 January 2027."]
    assert _stages(lines) == [("procurement_start", "2027-01-04", "2027-01-04"),
                              ("tender_deadline", "2027-01-29", "2027-01-29")]
    bullet = ["Forthcoming opportunities", "", "•\tDay Opportunities open framework – next reopening January 2027"]
    assert dates(bullet) == [("Day Opportunities open framework", "procurement_start", "2027-01-01", "2027-01-31")]


def test_a_building_reopening_is_no_procurement_start():
    lines = ["Day Opportunities", "", "The Orford day centre reopens in April 2027 after refurbishment, under the "
             "current contract."]
    assert ("procurement_start", "2027-04-01", "2027-04-30") not in _stages(lines)
    lines = ["Day Opportunities", "", "The list reopens to new providers in April 2027 under the same contract terms."]
    assert ("procurement_start", "2027-04-01", "2027-04-30") in _stages(lines)


# ---------------------------------------------------------------- 9. more of the same wordings
def test_go_to_market_alone_is_a_procurement_sentence():
    assert _stages(["Carers Support Service", "", "We will go to market in Q3 2026/27."]) == [
        ("procurement_start", "2026-10-01", "2026-12-31")]


def test_a_contract_that_began_starts_and_its_one_extension_ends():
    lines = ["Carers Support Service", "", "This contract began on 1 April 2023 for a period of four years, with the "
             "option of one two-year extension."]
    assert _stages(lines) == [("contract_end", "2027-03-31", "2027-03-31"),
                              ("contract_start", "2023-04-01", "2023-04-01"),
                              ("extension_end", "2029-03-31", "2029-03-31")]


def test_a_half_of_a_year_is_six_months():
    assert _stages(["Carers Support Service", "", "We will be re-tendering this service during the second half of "
                    "2026."]) == [("procurement_start", "2026-07-01", "2026-12-31")]
    [d] = find_dates("in the first half of 2027")
    assert (d.span.earliest.isoformat(), d.span.latest.isoformat()) == ("2027-01-01", "2027-06-30")


def test_the_next_opportunity_to_join_a_dps_starts_a_procurement():
    lines = ["Home support", "", "The dynamic purchasing system reopens to new providers every six months; the next "
             "opportunity to join is in October 2026."]
    assert _stages(lines) == [("procurement_start", "2026-10-01", "2026-10-31")]


# ---------------------------------------------------------------- 10. a date with a note in a table's first row
def test_a_first_row_whose_date_holds_a_bracketed_note_is_a_row_not_a_header():
    lines = ["Commissioning intentions", "Service\tContract expiry\tNext steps",
             "Carers support\t31 March 2027 (+12 months)\tExtend to March 2028, then re-tender autumn 2027",
             "Home support\t30/09/2027\tTender: Oct 2026; Award: Jan 2027; Start: 1 Oct 2027",
             "Equipment\t31 January 2029\tConsultation on the new model closes 30 November 2026"]
    assert dates(lines) == [
        ("Carers support", "contract_end", "2027-03-31", "2027-03-31"),
        ("Carers support", "extension_end", "2028-03-01", "2028-03-31"),
        ("Carers support", "procurement_start", "2027-09-01", "2027-11-30"),
        ("Home support", "contract_end", "2027-09-30", "2027-09-30"),
        ("Home support", "procurement_start", "2026-10-01", "2026-10-31"),
        ("Home support", "award", "2027-01-01", "2027-01-31"),
        ("Home support", "contract_start", "2027-10-01", "2027-10-01"),
        ("Equipment", "contract_end", "2029-01-31", "2029-01-31")]


# ---------------------------------------------------------------- 11. opportunities bullets and a timetable's rows
def test_a_dates_stage_is_named_by_the_words_since_the_date_before():
    lines = ["Forthcoming opportunities", "",
             "•\tExtra care care and support, tender expected spring 2027, contract start 1 October 2027"]
    assert dates(lines) == [("Extra care care and support", "procurement_start", "2027-03-01", "2027-05-31"),
                            ("Extra care care and support", "contract_start", "2027-10-01", "2027-10-01")]


def test_a_framework_refresh_starts_a_procurement():
    lines = ["Forthcoming opportunities", "", "•\tHome care framework refresh – January 2027"]
    assert _stages(lines) == [("procurement_start", "2027-01-01", "2027-01-31")]


def test_an_indicative_timetables_rows_itt_bids_due_and_preferred_bidder():
    lines = ["Indicative timetable: Extra Care Care and Support", "", "Stage\tIndicative date",
             "ITT issued\t2 November 2026", "Bids due\t11 December 2026", "Preferred bidder notified\tFebruary 2027",
             "Standstill period\t1–10 March 2027", "Service go-live\t1 July 2027"]
    assert dates(lines) == [("Extra Care Care and Support", "procurement_start", "2026-11-02", "2026-11-02"),
                            ("Extra Care Care and Support", "tender_deadline", "2026-12-11", "2026-12-11"),
                            ("Extra Care Care and Support", "award", "2027-02-01", "2027-02-28"),
                            ("Extra Care Care and Support", "contract_start", "2027-07-01", "2027-07-01")]


# ---------------------------------------------------------------- 12. fee rates, a tender that closed, a decision
def test_fee_rates_with_effect_from_a_date_are_no_contract_start():
    lines = ["Home Support Services", "", "Fee rates for 2026/27 apply with effect from 6 April 2026 to all home care "
             "contracts."]
    assert _stages(lines) == []


def test_a_tender_that_closed_gives_its_deadline():
    lines = ["Reablement", "", "The contract was awarded in December 2023 following a tender that closed on 9 October "
             "2023."]
    assert _stages(lines) == [("award", "2023-12-01", "2023-12-31"), ("tender_deadline", "2023-10-09", "2023-10-09")]


def test_a_decision_still_to_be_made_gives_no_stage():
    lines = ["Carers Support Service", "", "The contract has been extended until 31 March 2027 while we consider the "
             "future model, and a decision on re-procurement will be made by December 2026."]
    assert _stages(lines) == [("extension_end", "2027-03-31", "2027-03-31")]
