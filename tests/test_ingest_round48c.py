"""Round 48 (r48c) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a contract
management system's register and forward plan exported to Word and read as text give: a contract already extended, or
an extension agreed, used or taken, followed in the same sentence by the end it now has ('so it now ends on', 'so the
contract will end on', 'taking the end date to'), dates the extension's end, and the month it was taken in is no
stage; carers registered with a provider's hub or centre are no carers known to the council; a key saying what the
register's notation means ("'1+1' means two optional extensions") gives no contract's length. Found on made-up lines
in the same layout (not in the excerpt): a bare sum in an extension options column ('1+1', '2+1') is years of
extensions; a stage cell spanning two whole dates ('Q4 2025/26 – Q1 2026/27', 'Jan-26 – Mar-26') dates the window;
', with 2 more schemes ... planned' after the stock in place leaves the stock in place; how many contracts end in a
year ('of which 11 end in 2026/27') is no contract's end; 'extended on 12/05/2025 until 30/09/2026' dates the
extension's end; a census in a row's source cell ('ONS Census 2021') dates the row's carers; an end cell with its
extension in brackets gives both ends; a note naming a register row's reference is about that row's service; and a
framework's 'next reopening' in a clause of its own dates the procurement start."""
from __future__ import annotations

from tests.proposals import figure_rows, figure_rows_or_none, proposers_for

WALSALL = "E08000030"

measures, dates = proposers_for(WALSALL)
rows = figure_rows(measures)
rows_or_none = figure_rows_or_none(measures)


def test_a_contract_extended_by_months_so_it_now_ends_dates_the_extensions_end():
    got = dates(["Carers' Support Service", "", "- We have extended the carers' support contract by six months, so it "
                 "now ends on 31/01/2027.", ""])
    assert [g[1:] for g in got] == [("extension_end", "2027-01-31", "2027-01-31")]


def test_an_extension_agreed_so_the_contract_now_runs_to_dates_the_extensions_end():
    got = dates(["Day Opportunities", "", "- The final 12-month extension has been approved, so the contract now runs "
                 "to 31 October 2028.", ""])
    assert [g[1:] for g in got] == [("extension_end", "2028-10-31", "2028-10-31")]


def test_a_contract_not_extended_that_now_ends_keeps_its_end():
    """A guard: a contract not extended ends when it ends."""
    got = dates(["Advocacy", "", "- The advocacy contract has not been extended, so it now ends on 30 April 2026.", ""])
    assert [g[1:] for g in got] == [("contract_end", "2026-04-30", "2026-04-30")]


def test_carers_registered_with_a_providers_hub_are_no_carers_known():
    got = rows_or_none(["Support for carers", "", "About 2,310 carers are registered with the Walsall Carers Centre, and 41% of "
                "them are aged 65 or over.", ""])
    assert not [r for r in got if r[3] == 2310.0]


def test_carers_registered_with_the_council_are_carers_known():
    """A guard: the council's own register is the carers known."""
    got = rows(["Support for carers", "", "In 2024/25, 3,115 carers were registered with the council's adult social "
                "care service.", ""])
    assert ("carers_known", WALSALL, "2024/25", 3115.0) in got


def test_a_key_saying_what_a_registers_extension_notation_means_gives_no_term():
    got = dates(["Reading the register", "", "• Extensions: '2+1' means an optional extension of two years and then "
                 "one more, and '6 months' means a single extension of up to six months.", "",
                 "Contract\tEnd Date", "Home Support\t31/03/2027", ""])
    assert [g[1:] for g in got] == [("contract_end", "2027-03-31", "2027-03-31")]


def test_a_key_sentence_saying_what_a_term_notation_means_gives_no_term():
    got = dates(["Reading the register", "", "In the Term column, '3+1' means a contract of three years with an "
                 "optional extension of one year.", "", "Contract\tEnd Date", "Home Support\t31/03/2027", ""])
    assert [g[1:] for g in got] == [("contract_end", "2027-03-31", "2027-03-31")]


def test_a_bare_sum_in_a_registers_extension_options_column_is_years_of_extensions():
    got = dates(["Contracts register", "", "Contract Ref\tTitle\tStart Date\tEnd Date\tExtension Options\tAnnual Value",
                 "WAL-2022-010\tCarers Support Service\t01/04/2022\t31/03/2026\t1+1\t£410,000",
                 "WAL-2023-004\tDementia Navigators\t01/10/2023\t30/09/2026\t2+1\t£220,000", ""])
    assert ("Carers Support Service", "extension_end", "2028-03-31", "2028-03-31") in got
    assert ("Dementia Navigators", "extension_end", "2029-09-30", "2029-09-30") in got


def test_a_bare_sum_of_extension_options_beside_a_length_column_extends_the_derived_end():
    got = dates(["Contracts register", "", "Contract Ref\tTitle\tStart Date\tContract Length\tExtension Options",
                 "WAL-2024-010\tCarers Support Service\t01/04/2024\t3 years\t1+1", ""])
    assert ("Carers Support Service", "contract_end", "2027-03-31", "2027-03-31") in got
    assert ("Carers Support Service", "extension_end", "2029-03-31", "2029-03-31") in got


def test_a_forward_plans_stage_cell_spanning_two_quarters_dates_the_whole_window():
    got = dates(["Procurement forward plan", "", "Title\tCurrent end\tProcurement start\tAward\tNew contract start",
                 "Shared Lives Scheme\t31/01/2027\tQ4 2025/26 – Q1 2026/27\tQ2 2026/27\t01/02/2027", ""])
    assert ("Shared Lives Scheme", "procurement_start", "2026-01-01", "2026-06-30") in got


def test_a_forward_plans_stage_cell_spanning_two_short_months_dates_the_whole_window():
    got = dates(["Procurement forward plan", "", "Title\tCurrent end\tProcurement start\tAward\tNew contract start",
                 "Telecare Service\t30/09/2026\tJan-26 – Mar-26\tJun-26\t01/10/2026", ""])
    assert ("Telecare Service", "procurement_start", "2026-01-01", "2026-03-31") in got


def test_with_a_number_of_more_schemes_planned_after_the_stock_leaves_the_stock_in_place():
    got = rows(["Housing with care", "", "- Walsall has 8 extra care schemes providing 436 flats, with 2 more schemes "
                "(110 flats) planned by 2029.", ""])
    assert sorted(got) == sorted([("extra_care_schemes", WALSALL, "", 8.0), ("extra_care_units", WALSALL, "", 436.0),
                                  ("extra_care_schemes_planned", WALSALL, "2029", 2.0),
                                  ("extra_care_units_planned", WALSALL, "2029", 110.0)])


def test_with_new_schemes_in_words_due_to_open_after_the_stock_leaves_the_stock_in_place():
    got = rows(["Housing with care", "", "- There are 8 extra care schemes with 436 flats, with two new schemes due to "
                "open by 2029.", ""])
    assert ("extra_care_schemes", WALSALL, "", 8.0) in got and ("extra_care_units", WALSALL, "", 436.0) in got


def test_how_many_of_a_registers_contracts_end_in_a_year_is_no_contracts_end():
    got = dates(["Introduction", "", "The register holds 38 contracts, of which 11 end in 2026/27 and 6 of them "
                 "expire during 2027.", "", "Contract\tEnd Date", "Home Support\t31/03/2027", ""])
    assert [g[1:] for g in got] == [("contract_end", "2027-03-31", "2027-03-31")]


def test_a_contract_extended_on_a_date_until_another_dates_the_extensions_end():
    got = dates(["Changes since the last export", "", "- Contract WAL-2022-031 (Reablement at Home) was extended on "
                 "12/05/2025 until 30/09/2026.", ""])
    assert [g[1:] for g in got] == [("extension_end", "2026-09-30", "2026-09-30")]


def test_a_census_named_in_a_rows_source_cell_dates_that_rows_carers():
    frame = measures(["Key figures", "", "Measure\tValue\tSource", "Extra care schemes\t7\tCouncil records, March 2025",
                      "Unpaid carers\t24,960\tONS Census 2021", "Share of residents aged 5+ providing unpaid care\t9.4%\t"
                      "Census 2021", ""])
    got = sorted((r.measure, r.period, float(r.value)) for r in frame.itertuples())
    assert got == [("carers_unpaid", "2021", 24960.0), ("carers_unpaid_pct", "2021", 9.4),
                   ("extra_care_schemes", "", 7.0)]


def test_an_extension_taken_in_a_month_taking_the_end_date_to_dates_only_the_extensions_end():
    got = dates(["Carers' Support Service", "", "- The first 12-month extension was taken in May 2025, taking the end "
                 "date to 31/05/2027.", ""])
    assert [g[1:] for g in got] == [("extension_end", "2027-05-31", "2027-05-31")]


def test_extensions_used_so_the_contract_will_end_dates_the_extensions_end():
    got = dates(["Day Opportunities", "", "- Both extensions have been used, so the contract will end on 31/08/2026.", ""])
    assert [g[1:] for g in got] == [("extension_end", "2026-08-31", "2026-08-31")]


def test_an_end_date_cell_with_its_extension_in_brackets_gives_both_ends():
    got = dates(["Contracts register", "", "Contract Ref\tTitle\tStart Date\tEnd Date\tAnnual Value",
                 "WAL-2022-010\tHome Support\t01/04/2022\t31/03/2026 (extended to 30/09/2026)\t£410,000", ""])
    assert [g[1:] for g in got] == [("contract_start", "2022-04-01", "2022-04-01"),
                                    ("contract_end", "2026-03-31", "2026-03-31"),
                                    ("extension_end", "2026-09-30", "2026-09-30")]


def test_a_note_naming_a_registers_contract_reference_dates_that_contracts_service():
    got = dates(["Contracts register", "", "Contract Ref\tTitle\tSupplier\tStart Date\tEnd Date",
                 "WAL-2022-010\tCarers Support Service\tHub CIO\t01/04/2022\t31/03/2026", "", "Changes since the last "
                 "export", "", "- Contract WAL-2022-010 has been extended to 30/09/2026.", ""])
    assert ("Carers Support Service", "extension_end", "2026-09-30", "2026-09-30") in got


def test_a_frameworks_next_reopening_after_a_semicolon_dates_the_procurement_start():
    got = dates(["Learning Disability Day Opportunities", "", "- The open framework reopens every 12 months; the next "
                 "reopening is in May 2026.", ""])
    assert [g[1:] for g in got] == [("procurement_start", "2026-05-01", "2026-05-31")]
