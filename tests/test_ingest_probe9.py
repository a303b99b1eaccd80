"""Round 9 of the document proposer (data/ingest), each rule on made-up lines: tables with the districts as columns;
a year spanning 'Number | %' columns (text and a Word table with merged cells); dates written numerically or in
timetables' short forms; dementia prevalence as a rate or a ratio; extra care scheme lists."""
from __future__ import annotations

import io

import pytest

from data.dates import find_dates, parse_any_date
from data.ingest import read_document
from tests.proposals import proposers_for

WORCS = "E10000034"  # made-up text filed under a real county's code (its districts are the registry's)
BROMSGROVE, MALVERN, REDDITCH, WYRE_FOREST = "E07000234", "E07000235", "E07000236", "E07000239"

measures, dates = proposers_for(WORCS)


def _got(lines: list[str]) -> list[tuple[str, str, str, float, str]]:
    return sorted((r.measure, r.area_code, r.period, r.value, r.breakdown) for r in measures(lines).itertuples())


# ---------------------------------------------------------------- 1. districts as columns
def test_years_as_rows_under_districts_as_columns_are_each_districts():
    lines = ["Table 2: Estimated people aged 65 and over living with dementia, by district", "",
             "          Bromsgrove    Malvern Hills    Redditch",
             "2025         1,640           1,410          930",
             "2030         1,910           1,650        1,080"]
    assert [(m, a, p, v) for m, a, p, v, _ in _got(lines)] == [
        ("dementia_estimated", BROMSGROVE, "2025", 1640.0), ("dementia_estimated", BROMSGROVE, "2030", 1910.0),
        ("dementia_estimated", MALVERN, "2025", 1410.0), ("dementia_estimated", MALVERN, "2030", 1650.0),
        ("dementia_estimated", REDDITCH, "2025", 930.0), ("dementia_estimated", REDDITCH, "2030", 1080.0)]


def test_a_tab_table_of_years_as_rows_under_districts_is_each_districts():
    lines = ["People with dementia (65+) by district", "",
             "\tBromsgrove\tRedditch", "2025\t1,640\t930", "2030\t1,910\t1,080"]
    assert {(a, p) for _, a, p, _, _ in _got(lines)} == {(BROMSGROVE, "2025"), (BROMSGROVE, "2030"),
                                                         (REDDITCH, "2025"), (REDDITCH, "2030")}


def test_rates_under_the_authority_and_england_as_columns_take_the_titles_measure_and_each_columns_area():
    lines = ["Table 5: Dementia diagnosis rate (65+)", "",
             "Year      Worcestershire    England",
             "2024          61.2%           64.8%",
             "2025          62.4%           65.1%"]
    assert [(m, a, p, v) for m, a, p, v, _ in _got(lines)] == [
        ("dementia_diagnosis_rate", "E10000034", "2024", 61.2), ("dementia_diagnosis_rate", "E10000034", "2025", 62.4),
        ("dementia_diagnosis_rate", "E92000001", "2024", 64.8), ("dementia_diagnosis_rate", "E92000001", "2025", 65.1)]


def test_a_share_row_of_residents_aged_5_and_over_under_districts_is_no_breakdown():
    lines = ["Table 3: Unpaid carers, 2021", "",
             "Measure                   Bromsgrove    Wyre Forest",
             "Unpaid carers                  8,910          9,560",
             "% of residents aged 5+          9.3%           9.8%"]
    assert _got(lines) == [("carers_unpaid", BROMSGROVE, "2021", 8910.0, ""),
                           ("carers_unpaid", WYRE_FOREST, "2021", 9560.0, ""),
                           ("carers_unpaid_pct", BROMSGROVE, "2021", 9.3, ""),
                           ("carers_unpaid_pct", WYRE_FOREST, "2021", 9.8, "")]


# ---------------------------------------------------------------- 2. a year over 'Number | %' (guards: read already)
_TWO_ROWS = [["District", "2011", "", "2021", ""], ["", "Number", "%", "Number", "%"],
             ["Bromsgrove", "10,240", "11.3", "8,905", "9.2"], ["Wyre Forest", "11,080", "11.2", "9,556", "9.6"]]
_WANT = [("carers_unpaid", BROMSGROVE, "2011", 10240.0, ""), ("carers_unpaid", BROMSGROVE, "2021", 8905.0, ""),
         ("carers_unpaid", WYRE_FOREST, "2011", 11080.0, ""), ("carers_unpaid", WYRE_FOREST, "2021", 9556.0, ""),
         ("carers_unpaid_pct", BROMSGROVE, "2011", 11.3, ""), ("carers_unpaid_pct", BROMSGROVE, "2021", 9.2, ""),
         ("carers_unpaid_pct", WYRE_FOREST, "2011", 11.2, ""), ("carers_unpaid_pct", WYRE_FOREST, "2021", 9.6, "")]


def test_a_year_spanning_number_and_share_columns_in_spaced_text():
    lines = ["Table 4: Provision of unpaid care by district", "",
             "                          2011                    2021",
             "District            Number        %         Number        %",
             "Bromsgrove           10,240     11.3          8,905      9.2",
             "Wyre Forest          11,080     11.2          9,556      9.6"]
    assert _got(lines) == _WANT


def test_a_year_spanning_number_and_share_columns_in_a_word_table_with_merged_cells():
    import docx

    document = docx.Document()
    document.add_paragraph("Table 4: Provision of unpaid care by district")
    table = document.add_table(rows=len(_TWO_ROWS), cols=5)
    table.cell(0, 0).merge(table.cell(1, 0)).text = "District"  # merged down
    table.cell(0, 1).merge(table.cell(0, 2)).text = "2011"  # merged across
    table.cell(0, 3).merge(table.cell(0, 4)).text = "2021"
    for i, row in enumerate(_TWO_ROWS[1:], start=1):
        for j, text in enumerate(row):
            if text:
                table.cell(i, j).text = text
    raw = io.BytesIO()
    document.save(raw)
    assert _got(read_document(raw.getvalue(), "statement.docx")) == _WANT


# ---------------------------------------------------------------- 3. dates in short forms
@pytest.mark.parametrize("text, earliest, latest", [
    ("31/03/2027", "2027-03-31", "2027-03-31"), ("01.04.2026", "2026-04-01", "2026-04-01"),
    ("March '27", "2027-03-01", "2027-03-31"), ("Sept ’26", "2026-09-01", "2026-09-30"),
    ("FY 2026-27", "2026-04-01", "2027-03-31"), ("FY2026/27", "2026-04-01", "2027-03-31"),
    ("2026-27 financial year", "2026-04-01", "2027-03-31")])
def test_a_timetables_short_form_is_its_span(text: str, earliest: str, latest: str) -> None:
    span = parse_any_date(text)
    assert (span.earliest.isoformat(), span.latest.isoformat()) == (earliest, latest)
    found = find_dates(f"The contract will be awarded in {text}.", bare_years=False)
    assert [(d.span.earliest.isoformat(), d.span.latest.isoformat()) for d in found] == [(earliest, latest)]


@pytest.mark.parametrize("text", ["Commissioning Plan 2026-2028", "FY 2026-28", "2026-28 financial years", "Tel: 01905 765432"])
def test_a_span_of_years_or_a_number_is_no_short_form_date(text: str) -> None:
    assert find_dates(text, bare_years=False) == []


def test_a_timetable_of_short_forms_is_read_under_its_title():
    got = dates(["Carers Support Service", "",
                 "Stage                          Date",
                 "Current contract ends          31/03/2027",
                 "Market engagement event        01.04.2026",
                 "Tender published               w/c 6 April 2026",
                 "Contract award                 March '27",
                 "New service starts             FY 2027-28"])
    assert sorted(got) == sorted([
        ("Carers Support Service", "contract_end", "2027-03-31", "2027-03-31"),
        ("Carers Support Service", "procurement_start", "2026-04-06", "2026-04-06"),
        ("Carers Support Service", "award", "2027-03-01", "2027-03-31"),
        ("Carers Support Service", "contract_start", "2027-04-01", "2028-03-31")])


def test_a_tender_that_will_be_published_in_a_financial_year_is_its_start():
    got = dates(["Home Support for Older People", "",
                 "The tender will be published in FY 2026-27, and the new framework is expected to start on 01.04.2027."])
    assert got == [("Home Support for Older People", "procurement_start", "2026-04-01", "2027-03-31"),
                   ("Home Support for Older People", "contract_start", "2027-04-01", "2027-04-01")]


# ---------------------------------------------------------------- 4. dementia prevalence as a rate or a ratio
def test_a_prevalence_beside_an_estimate_is_the_estimated_prevalence():
    got = _got(["Around 9,450 people aged 65 and over are estimated to be living with dementia in 2025, a prevalence of "
                "7.1% among people aged 65 and over."])
    assert [(m, v, b) for m, _, _, v, b in got] == [("dementia_estimated", 9450.0, "aged 65 and over"),
                                                    ("dementia_prevalence_estimated", 7.1, "aged 65 and over")]


def test_a_recorded_prevalence_stays_recorded_beside_an_estimate():
    got = _got(["An estimated 9,450 people have dementia; the recorded prevalence is 0.9%."])
    assert ("dementia_prevalence_recorded", 0.9) in [(m, v) for m, _, _, v, _ in got]


@pytest.mark.parametrize("sentence", [
    "Nationally, about 1 in 14 people over 65 have dementia.",
    "Around one in fourteen people aged over 65 have dementia.",
    "Dementia affects adults under 65 too: 1 in 20 of those with dementia are younger.",
    "The estimated prevalence is 72 per 1,000 population aged 65 and over.",
    "The recorded prevalence of dementia is 0.8 per 1,000 population under 65."])
def test_a_ratio_or_a_rate_per_thousand_is_no_count_and_no_percentage(sentence: str) -> None:
    with pytest.raises(Exception, match="No recognisable figure"):
        measures([sentence])


# ---------------------------------------------------------------- 5. extra care scheme lists
_SCHEMES = ["Table 9: Extra care schemes", "",
            "Scheme               Location          Units    Opened",
            "Malvern Rise         Malvern Hills       70      2014",
            "Kingfisher House     Redditch            54      2021"]


def test_a_scheme_lists_total_row_under_a_blank_location_is_the_authoritys():
    got = measures([*_SCHEMES, "Total                                   124"])
    assert sorted((r.area_code, r.area_name, r.value) for r in got.itertuples()) == [
        ("", "Kingfisher House", 54.0), ("", "Malvern Rise", 70.0), (WORCS, "Worcestershire", 124.0)]


def test_a_scheme_list_with_no_total_row_gives_no_total_and_no_sum():
    got = measures(_SCHEMES)
    assert WORCS not in set(got["area_code"]) and 124.0 not in set(got["value"])
    assert sorted(got["value"]) == [54.0, 70.0]  # each scheme's, left for the analyst to file; no opening year


def test_a_row_missing_a_middle_cell_keeps_its_figures_in_their_columns():
    got = measures(["Unpaid carers by district, 2021", "",
                    "District          Carers      % of residents",
                    "Bromsgrove         8,905               9.2%",
                    "Redditch                               8.6%"])
    assert sorted((r.measure, r.area_code, r.value) for r in got.itertuples()) == [
        ("carers_unpaid", BROMSGROVE, 8905.0), ("carers_unpaid_pct", BROMSGROVE, 9.2), ("carers_unpaid_pct", REDDITCH, 8.6)]
