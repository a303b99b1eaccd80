"""Round 47 (r47a) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a Word
document saved as plain text gives a commissioning intentions paper: a plan laid out as a quarter grid (a Gantt
chart as a table) whose columns are financial years' quarters side by side ('Q1 25/26' ... 'Q4 26/27') beside a
'Current contract end' column and a priority and RAG column: each stage word under a quarter is that stage in that
quarter, a stage over two quarters side by side one date across them, the dated column is read as before, and the
priority beside them is no figure; in the paper's prose, the council's review dated right after its verb is no
stage, an extension taken then the end it brings ('We will use the 12-month extension, so they will now end on') is
the extension's end, '12-month extension' is no count of one extension of two months, and the first (second) half of
a financial year ('2026/27') is its April to September (October to March), and two financial years the contracts of
a plan fall in ('the contracts that end or are reviewed in 2025/26 and 2026/27') are no contract's end; and a key
figures table whose title names no subject, under another subject's heading, takes each row's subject from the row's
own label."""
from __future__ import annotations

from tests.proposals import proposers_for

MILTON_KEYNES = "E06000042"

measures, dates = proposers_for(MILTON_KEYNES)

_GRID_HEAD = "\t".join(["Service", "Current contract end", "Q1 26/27", "Q2 26/27", "Q3 26/27", "Q4 26/27",
                        "Q1 27/28", "Q2 27/28", "Priority", "RAG"])


def _grid(*rows: list[str]) -> list[str]:
    return ["Commissioning plan", "", "Table 4: Procurement plan by quarter", _GRID_HEAD,
            *("\t".join(r) for r in rows), ""]


def test_stage_words_under_quarter_columns_beside_a_contract_end_are_those_stages_in_those_quarters():
    got = dates(_grid(["Advice and Information", "31/12/2027", "Review", "Engage", "Tender", "Evaluate", "Award",
                       "Go live", "2", "Amber"]))
    assert sorted(got) == sorted([
        ("Advice and Information", "contract_end", "2027-12-31", "2027-12-31"),
        ("Advice and Information", "procurement_start", "2026-10-01", "2026-12-31"),
        ("Advice and Information", "award", "2027-04-01", "2027-06-30"),
        ("Advice and Information", "contract_start", "2027-07-01", "2027-09-30")])


def test_the_priority_beside_a_quarter_grid_is_no_figure():
    lines = _grid(["Carers Breaks", "30/06/2027", "", "Engage", "Tender", "", "Award", "Mobilise", "1", "Green"],
                  ["Dementia Café Network", "31/03/2028", "", "", "", "Review", "Engage", "", "3", "Green"])
    frame = measures([*lines, "Unpaid carers", "", "At the 2021 Census, 21,300 residents said they provided unpaid "
                      "care.", ""])
    assert [(r.measure, float(r.value)) for r in frame.itertuples()] == [("carers_unpaid", 21300.0)]


def test_a_stage_over_two_quarters_side_by_side_is_one_date_from_the_firsts_start_to_the_seconds_end():
    got = dates(_grid(["Community Equipment", "30/09/2027", "Engage", "Tender", "Tender", "Award", "Mobilise",
                       "Go live", "1", "Red"]))
    assert sorted(got) == sorted([
        ("Community Equipment", "contract_end", "2027-09-30", "2027-09-30"),
        ("Community Equipment", "procurement_start", "2026-07-01", "2026-12-31"),
        ("Community Equipment", "award", "2027-01-01", "2027-03-31"),
        ("Community Equipment", "contract_start", "2027-07-01", "2027-09-30")])


def test_a_review_the_council_dates_in_prose_is_no_stage():
    got = dates(["Meals at Home", "", "The meals at home contract runs to 30 September 2028. We will review the meals "
                 "service during 2027 and say more in our next commissioning plan.", ""])
    assert [(g[1], g[2]) for g in got] == [("contract_end", "2028-09-30")]


def test_a_review_followed_by_a_tender_still_dates_the_tender():  # a guard: the tender's date is read as before
    got = dates(["Meals at Home", "", "We will review the service and re-tender it in October 2027.", ""])
    assert [(g[1], g[2]) for g in got] == [("procurement_start", "2027-10-01")]


def test_an_extension_taken_then_the_end_it_brings_is_the_extensions_end():
    got = dates(["Sensory Support", "", "- We will take up the one-year extension, so the contract will now end on "
                 "30 June 2027.", ""])
    assert [(g[1], g[2]) for g in got] == [("extension_end", "2027-06-30")]


def test_a_twelve_month_extension_is_no_count_of_one_and_two_months():
    got = dates(["Sensory Support", "", "The contract ends on 31 August 2026, with the 12-month extension still to "
                 "use.", ""])
    assert sorted((g[1], g[2]) for g in got) == [("contract_end", "2026-08-31"), ("extension_end", "2027-08-31")]


def test_a_rows_own_subject_decides_under_a_title_naming_none_below_another_subjects_heading():
    frame = measures(["Living well with dementia", "", "Table 2: At a glance", "Measure\tMilton Keynes\tSource",
                      "Unpaid carers (Census 2021)\t24,610\tONS",
                      "% of residents aged 5+ providing unpaid care\t8.4%\tONS",
                      "People aged 65+ with dementia, 2026\t3,480\tPOPPI", ""])
    got = sorted((r.measure, r.period, float(r.value)) for r in frame.itertuples())
    assert got == [("carers_unpaid", "2021", 24610.0), ("carers_unpaid_pct", "2021", 8.4),
                   ("dementia_estimated", "2026", 3480.0)]


def test_a_half_of_a_financial_year_is_its_april_to_september_or_october_to_march():
    got = dates(["Sensory Support", "", "We will go out to tender in the second half of 2026/27.", ""])
    assert [(g[1], g[2], g[3]) for g in got] == [("procurement_start", "2026-10-01", "2027-03-31")]


def test_two_financial_years_a_list_of_contracts_covers_are_no_contracts_end():
    lines = ["Our plan", "", "The plan below covers the contracts that end or are reviewed in 2026/27 and 2027/28.", "",
             "Sensory Support", "", "The contract ends on 31 August 2027.", ""]
    assert [(g[1], g[2]) for g in dates(lines)] == [("contract_end", "2027-08-31")]


def test_two_financial_years_one_contract_each_are_still_their_ends():  # a guard: 'respectively' keeps them
    got = dates(["Plan", "", "The carers and advocacy contracts end in 2025/26 and 2026/27 respectively.", ""])
    assert [(g[1], g[2]) for g in got] == [("contract_end", "2025-04-01"), ("contract_end", "2026-04-01")]
