"""Round 20 (r20b) of the document proposer (data/ingest), each rule on made-up lines in the wordings of a council's
performance scorecard and of chart text a PDF converter dumped: a figure followed by its own year in brackets, a
Target column beside the measure's figures, and a chart's axis ticks."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

WAKEFIELD = "E08000036"

measures, dates = proposers_for(WAKEFIELD)
rows = figure_rows(measures)


def test_a_scorecard_cell_with_its_year_in_brackets_is_that_years_figure():
    # 'Previous (year) | Current (year)': each cell holds a figure and the year or month it is for, in brackets; the
    # table title's quarter is the report's date, not the figures'
    lines = [
        "Table 2: Performance summary, Quarter 2 2025/26",
        "",
        "Indicator\tPrevious (year)\tCurrent (year)\tRAG",
        "Number of carers known to the council\t2,760 (2023/24)\t2,915 (2024/25)\tGreen",
        "Dementia diagnosis rate, 65 and over\t59.8% (Sep-24)\t62.1% (Sep 2025)\tAmber",
        "Extra care flats\t312 (2023)\t376 (2025)\tGreen",
    ]
    got = rows(lines)
    assert ("carers_known", WAKEFIELD, "2023/24", 2760.0) in got
    assert ("carers_known", WAKEFIELD, "2024/25", 2915.0) in got
    assert ("dementia_diagnosis_rate", WAKEFIELD, "2024", 59.8) in got
    assert ("dementia_diagnosis_rate", WAKEFIELD, "2025", 62.1) in got
    assert ("extra_care_units", WAKEFIELD, "2023", 312.0) in got
    assert ("extra_care_units", WAKEFIELD, "2025", 376.0) in got


def test_a_target_column_holds_targets_never_the_measures_own_figures():
    # a 'Target' column's cells are the council's aims: a diagnosis rate's is the council's diagnosis target (with the
    # column's year); a count's has no measure of its own in the vocabulary and is no figure
    lines = [
        "Scorecard",
        "",
        "Indicator\t2024/25\tTarget 2025/26\tDirection of travel",
        "Carers known to the council\t2,915\t3,300\t▲",
        "Dementia diagnosis rate, 65 and over\t62.1%\t66.0%\t▲",
        "Extra care flats\t376\t450\t→",
    ]
    got = rows(lines)
    assert ("carers_known", WAKEFIELD, "2024/25", 2915.0) in got
    assert ("dementia_diagnosis_rate", WAKEFIELD, "2024/25", 62.1) in got
    assert ("dementia_diagnosis_target", WAKEFIELD, "2025/26", 66.0) in got
    assert not [r for r in got if r[3] in (3300.0, 450.0) or r[0] == "dementia_diagnosis_rate" and r[3] == 66.0]


def test_a_diagnosis_rate_row_naming_aged_65_plus_has_no_sub_group():
    # the diagnosis rate is defined for people aged 65 and over: 'Diagnosis rate (aged 65+)' names no sub-group of it
    lines = [
        "Indicator\t2024/25\t2025/26",
        "Dementia diagnosis rate (aged 65+)\t61.4%\t62.9%",
        "People on the dementia register (aged 65+)\t2,140\t2,230",
    ]
    got = measures(lines)
    rates = got[got["measure"] == "dementia_diagnosis_rate"]
    assert sorted(rates["value"]) == [61.4, 62.9]
    assert set(rates["breakdown"]) == {""}


def test_a_sentence_naming_another_service_before_its_figure_does_not_borrow_the_subject_before():
    # the paragraph before speaks of the older population; 'people supported at home' by home care providers are
    # neither the population nor anything else of ours
    lines = [
        "About 71,300 residents are aged 65 and over, and the older population is growing fastest in the east.",
        "",
        "Our home care providers delivered 2.1 million hours of care in 2024/25, and around 1,880 people were "
        "supported at home in a typical week.",
    ]
    got = rows(lines)
    assert 71300.0 in {r[3] for r in got}
    assert 1880.0 not in {r[3] for r in got}


def test_a_charts_axis_ticks_are_no_figures():
    # a bar chart's text: the labels with their values on each line, then the axis's ticks on one line
    lines = [
        "3. Unpaid carers",
        "",
        "Figure 2: Share of residents giving unpaid care, by area, 2021",
        "Ossett 9.9%",
        "Pontefract 10.6%",
        "Castleford 10.2%",
        "0% 2% 4% 6% 8% 10% 12% 14%",
        "Source: Census 2021",
    ]
    got = rows(lines)
    assert 10.6 in {r[3] for r in got}
    assert not {0.0, 2.0, 4.0, 6.0, 8.0, 12.0, 14.0} & {r[3] for r in got}


def test_a_charts_labels_and_data_labels_written_apart_are_paired_in_order():
    # the converter wrote the chart's ticks a line each, then its three category labels, then its three data labels
    # (or the values on one line over the years on the next): each label is the value's in the same place
    lines = [
        "Figure 4: Carers by hours of unpaid care a week, Wakefield, Census 2021",
        "",
        "30,000",
        "20,000",
        "10,000",
        "0",
        "Up to 19 hours a week",
        "20 to 49 hours a week",
        "50 or more hours a week",
        "21,340",
        "6,915",
        "9,480",
        "Source: ONS Census 2021",
        "",
        "Figure 5: People aged 65 and over projected to have dementia, Wakefield",
        "4,980\t5,620\t6,410",
        "2025\t2030\t2035",
        "0\t2,000\t4,000\t6,000\t8,000",
        "Source: Wakefield JSNA",
    ]
    got = measures(lines)
    by = {(r.measure, r.period, r.breakdown): r.value for r in got.itertuples()}
    assert by[("carers_unpaid", "2021", "19 hours or less a week")] == 21340
    assert by[("carers_unpaid", "2021", "20-49 hours a week")] == 6915
    assert by[("carers_unpaid", "2021", "50+ hours a week")] == 9480
    assert {(p, v) for (m, p, _), v in by.items() if m == "dementia_estimated"} == {
        ("2025", 4980), ("2030", 5620), ("2035", 6410)}
    assert not {30000.0, 20000.0, 10000.0, 2000.0, 8000.0} & set(got["value"])


def test_a_contract_extended_in_a_year_that_now_runs_to_a_date_ends_its_extension_then():
    # the year is when it was extended; the date it now runs to is the end of that extension, not the contract's
    # first end
    lines = ["The community support framework was extended in 2024 and now runs to 30 September 2027; a new "
             "framework will start on 1 October 2027."]
    got = dates(lines)
    assert (("extension_end", "2027-09-30")) in {(st, e) for _, st, e, _ in got}
    assert ("contract_end", "2027-09-30") not in {(st, e) for _, st, e, _ in got}


def test_a_charts_two_series_are_read_in_the_order_the_pdf_holds_them():
    # a line chart of two series: the years, the legend, then the data labels, year by year in one chart and series by
    # series in the other; each series' figures stay together, which tells the two orders apart
    lines = [
        "Figure 6: Dementia in Wakefield, people aged 65 and over",
        "2023\t2024\t2025",
        "Estimated\tOn GP registers",
        "4,610",
        "2,880",
        "4,700",
        "2,950",
        "4,790",
        "3,010",
        "Source: NHS England",
        "",
        "Figure 7: Dementia in Wakefield, people aged 65 and over (second chart)",
        "2023\t2024\t2025",
        "Estimated\tOn GP registers",
        "4,610\t4,700\t4,790",
        "2,880\t2,950\t3,010",
        "Source: NHS England",
    ]
    got = measures(lines)
    want = {("dementia_estimated", "2023", 4610.0), ("dementia_estimated", "2024", 4700.0),
            ("dementia_estimated", "2025", 4790.0), ("dementia_register", "2023", 2880.0),
            ("dementia_register", "2024", 2950.0), ("dementia_register", "2025", 3010.0)}
    first = {(r.measure, r.period, float(r.value)) for r in got.itertuples() if r.line < 11}
    second = {(r.measure, r.period, float(r.value)) for r in got.itertuples() if r.line > 11}
    assert first == want
    assert second == want
