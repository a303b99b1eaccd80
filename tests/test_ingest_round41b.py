"""Round 41 (r41b) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a Word
document read by a docx-to-text converter gives (a paragraph a line, blank lines between, tab-separated tables): a
table's two header rows (a row of years over ' | Number | % | Number | %') with a blank line between them, as some
converters write every row of a Word table, are one header, not two tables; a place's possessive rate after a sentence
on the diagnosis rate ("England's rate was 64.9%") is that place's diagnosis rate; a lower-case kind of contract after
a service named in capitals ('The current Day Opportunities framework ends ...') is no part of the service's name; a part of the area singled out by a superlative and named ('The biggest, Abbey, is home
to 21,300 people') gives no figure of the area, unless the name is a registry area (a guard)."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

DERBY = "E06000015"

measures, dates = proposers_for(DERBY)
rows = figure_rows(measures)


def test_a_header_row_of_years_and_its_number_row_with_a_blank_line_between_are_one_header():
    frame = measures(["Unpaid carers", "", "Table 5: Carers by hours of care, 2011 and 2021", "",
                      "Weekly hours of care\t2011\t\t2021\t", "", "\tNumber\t%\tNumber\t%", "",
                      "20 to 49 hours a week\t2,610\t1.2\t3,740\t1.5", "",
                      "All unpaid carers\t22,900\t9.3\t21,150\t8.2", ""])
    got = sorted((r.measure, r.period, float(r.value), r.breakdown) for r in frame.itertuples())
    assert got == sorted([("carers_unpaid", "2011", 2610.0, "20-49 hours a week"),
                          ("carers_unpaid_pct", "2011", 1.2, "20-49 hours a week"),
                          ("carers_unpaid", "2021", 3740.0, "20-49 hours a week"),
                          ("carers_unpaid_pct", "2021", 1.5, "20-49 hours a week"),
                          ("carers_unpaid", "2011", 22900.0, ""), ("carers_unpaid_pct", "2011", 9.3, ""),
                          ("carers_unpaid", "2021", 21150.0, ""), ("carers_unpaid_pct", "2021", 8.2, "")])


def test_a_places_possessive_rate_after_the_diagnosis_rate_is_that_places_diagnosis_rate():
    got = rows(["Dementia", "", "About 2,950 people aged 65 and over in Derby have dementia, and the diagnosis rate is "
                "68.2%. England's rate was 65.3%.", ""])
    assert ("dementia_diagnosis_rate", "E92000001", "", 65.3) in [(m, a, "", v) for m, a, _, v in got]
    assert ("dementia_diagnosis_rate", DERBY, "", 68.2) in [(m, a, "", v) for m, a, _, v in got]


def test_a_lower_case_kind_of_contract_after_a_name_in_capitals_is_no_part_of_the_service():
    got = dates(["Tendering opportunities", "", "Day Opportunities", "",
                 "The current Day Opportunities framework ends on 30 June 2027.", ""])
    assert got == [("Day Opportunities", "contract_end", "2027-06-30", "2027-06-30")]


def test_a_part_of_the_area_singled_out_by_a_superlative_and_named_gives_no_figure_of_the_area():
    got = rows(["Our population", "", "Derby is home to 263,500 people.", "",
                "The city has 17 wards. The biggest, Abbey, is home to 21,300 people, many of them students.", ""])
    assert got == [("population", DERBY, "", 263500.0)]


def test_a_registry_district_singled_out_by_a_superlative_keeps_its_figure_guard():
    # a guard: a county's largest district is an area of the registry, its figure that district's (passes on main)
    got = rows(["Our population", "", "The county is home to 548,000 people.", "",
                "The largest district, Wealden, has about 160,000 residents.", ""], "E10000011")
    assert ("population", "E07000065", "", 160000.0) in got
