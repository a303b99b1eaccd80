"""Round 47 (r47c) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a Word
document saved as plain text gives to a data pack in the official-statistics style: a status mark after a tab cell's
figure ('3,065 [p]', '412 (r)') leaves the figure the cell's; a note's number under a table ('Note 4: ...') and the
threshold below which counts are suppressed ('Counts under 10 are suppressed') are no figures; a census merged across
the table ('Census 2011' then empty cells) dates the rows under it; a column naming only an age group ('Under 65',
'Aged 65+', 'All ages') counts what the table's title names ('Dementia register by age'); a register row naming
where it is kept ('Patients on GP practice dementia registers') names no sub-group."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

SEFTON = "E08000014"
ENGLAND = "E92000001"

measures, dates = proposers_for(SEFTON)
rows = figure_rows(measures)


def test_a_provisional_or_revised_mark_after_a_tab_cells_figure_leaves_the_figure_the_cells():
    got = rows(["Dementia", "", "Table 4: People with dementia aged 65 and over [note 2]", "",
                "Measure\tSefton\tEngland", "On GP dementia registers, September 2023\t2,870 [p]\t[x]",
                "Diagnosis rate, September 2023 (%)\t63.4 [r]\t65.1", ""])
    assert sorted((m, a, v) for m, a, _, v in got) == sorted([("dementia_diagnosis_rate", ENGLAND, 65.1),
                                                              ("dementia_diagnosis_rate", SEFTON, 63.4),
                                                              ("dementia_register", SEFTON, 2870.0)])


def test_a_notes_number_under_a_table_is_no_figure():
    got = rows(["Unpaid carers", "", "Table 2: Unpaid carers, Census 2021", "", "Area\tUnpaid carers", "Sefton\t27,640",
                "", "Note 4: the 2011 census asked all residents; the 2021 census asked residents aged 5 and over about "
                "unpaid care.", "", "Note 5: dementia estimates apply 2018-based projections of the population.", ""])
    assert [v for *_, v in got] == [27640.0]


def test_a_threshold_below_which_counts_are_suppressed_is_no_figure():
    got = rows(["Unpaid carers", "", "Carers by ward", "", "Ward\tCarers", "Ainsdale\t1,210", "",
                "Wards are 2022 wards. Carer counts under 10 are suppressed to protect confidentiality.", ""])
    assert [v for *_, v in got] == [1210.0]


def test_a_census_merged_across_the_table_dates_the_rows_under_it():
    got = rows(["Unpaid carers", "", "Table 5: Unpaid carers at the last two censuses", "",
                "Measure\tSefton\tEngland", "Census 2021\t\t", "Unpaid carers (number)\t29,105\t4,702,560",
                "Unpaid carers (% of residents aged 5+)\t10.6\t8.8", "Census 2011\t\t",
                "Unpaid carers (number)\t31,870\t5,390,415", "Unpaid carers (% of residents)\t11.6\t10.3", ""])
    assert sorted(got) == sorted([("carers_unpaid", SEFTON, "2021", 29105.0), ("carers_unpaid", ENGLAND, "2021", 4702560.0),
                                  ("carers_unpaid_pct", SEFTON, "2021", 10.6), ("carers_unpaid_pct", ENGLAND, "2021", 8.8),
                                  ("carers_unpaid", SEFTON, "2011", 31870.0), ("carers_unpaid", ENGLAND, "2011", 5390415.0),
                                  ("carers_unpaid_pct", SEFTON, "2011", 11.6), ("carers_unpaid_pct", ENGLAND, "2011", 10.3)])


def test_an_age_groups_column_counts_what_the_title_names():
    got = rows(["Dementia", "", "Table 6: Dementia register by age, by ward, December 2023", "",
                "Ward\tUnder 65\tAged 65+\tAll ages", "Ainsdale\t9\t205\t214", "Netherton and Orrell\t<5\t143\t[c]", ""])
    assert sorted((m, a, v) for m, a, _, v in got) == sorted(
        [("dementia_register", "", 9.0), ("dementia_register", "", 205.0), ("dementia_register", "", 214.0),
         ("dementia_register", "", 143.0)])


def test_a_register_row_naming_where_it_is_kept_names_no_sub_group():
    frame = measures(["Dementia", "", "Table 3: Dementia in Sefton [note 1]", "", "Measure\tSefton\tEngland",
                      "Patients on GP practice dementia registers, June 2024\t2,915\t[x]", ""])
    got = [(r.measure, r.area_code, float(r.value), r.breakdown) for r in frame.itertuples()]
    assert got == [("dementia_register", SEFTON, 2915.0, "")]
