"""Round 21 (r21a) of the document proposer (data/ingest), each rule on made-up lines in the wordings councils use when
they benchmark themselves against their CIPFA (or statistical) nearest neighbours: tables with a row or column for the
comparator group's average beside the neighbours' own rows, comparing prose, and a 'what if we matched' count."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

NORFOLK = "E10000020"
SUFFOLK = "E10000029"
DEVON = "E10000008"
ENGLAND = "E92000001"

measures, dates = proposers_for(NORFOLK)
rows = figure_rows(measures)


def test_a_comparator_group_average_row_is_no_area_s_figure_while_each_neighbour_keeps_its_own():
    # an average over the comparator group is no one council's figure, and never the authority's; the neighbours'
    # rows are each their own council's
    for label in ("CIPFA neighbour average", "Statistical neighbours average", "Average of comparators",
                  "Nearest neighbours (mean)", "Comparator group median"):
        lines = [
            "Table 6: Dementia diagnosis rate, people aged 65 and over, September 2025",
            "",
            "Local authority\tRate\tPosition",
            "Norfolk\t61.4%\t9",
            "Suffolk\t63.8%\t4",
            "Devon\t58.2%\t14",
            f"{label}\t62.5%\t",
            "England\t64.3%\t",
        ]
        got = rows(lines)
        values = [value for _, _, _, value in got]
        assert ("dementia_diagnosis_rate", SUFFOLK, "2025", 63.8) in got, label
        assert ("dementia_diagnosis_rate", DEVON, "2025", 58.2) in got, label
        assert ("dementia_diagnosis_rate", NORFOLK, "2025", 61.4) in got, label
        assert ("dementia_diagnosis_rate", ENGLAND, "2025", 64.3) in got, label
        assert 62.5 not in values, label


def test_a_comparator_average_column_is_skipped_like_a_region_s():
    lines = [
        "Unpaid carers, Census 2021 (% of residents aged 5+)",
        "",
        "Measure\tNorfolk\tNearest neighbour average\tEngland",
        "Provide unpaid care (%)\t9.6\t9.1\t8.9",
    ]
    got = rows(lines)
    assert ("carers_unpaid_pct", NORFOLK, "2021", 9.6) in got
    assert 9.1 not in [value for _, _, _, value in got]


def test_a_comparator_average_in_prose_is_no_figure_of_the_county():
    lines = [
        "Norfolk has 1,240 extra care flats, or 10.8 per 1,000 people aged 75 and over, comfortably above the average "
        "of our statistical neighbours of 8.7.",
        "",
        "Around 9.6% of Norfolk residents provide unpaid care, a little higher than the comparator group average "
        "(9.2%).",
    ]
    got = rows(lines)
    values = [value for _, _, _, value in got]
    assert 10.8 in values and 9.6 in values
    assert 8.7 not in values and 9.2 not in values


def test_how_many_more_would_be_diagnosed_if_a_rate_were_matched_is_no_figure():
    # the 'diagnosis gap' councils write: a what-if count, neither an estimate nor a change in it
    lines = [
        "An estimated 17,900 people aged 65 and over in Norfolk are living with dementia.",
        "",
        "If Norfolk reached the national ambition of 66.7%, about 960 more people would have a formal diagnosis.",
        "",
        "Were we to match Suffolk's rate, a further 420 people would be diagnosed each year.",
    ]
    got = rows(lines)
    values = [value for _, _, _, value in got]
    assert ("dementia_estimated", NORFOLK, "", 17900.0) in got
    assert 960.0 not in values and 420.0 not in values


def test_a_share_row_under_area_columns_is_a_share_not_a_count():
    # a table with the areas as its columns: the row label, not the column ('Norfolk'), says the figures are shares
    lines = [
        "Census 2021",
        "",
        "Measure\tNorfolk\tSuffolk\tEngland",
        "Unpaid carers\t86,420\t69,350\t4,660,000",
        "% providing unpaid care\t9.6\t9.1\t8.9",
        "Caring 50+ hours (%)\t2.9\t2.5\t2.6",
    ]
    got = rows(lines)
    assert ("carers_unpaid", NORFOLK, "2021", 86420.0) in got
    assert ("carers_unpaid_pct", NORFOLK, "2021", 9.6) in got
    assert ("carers_unpaid_pct", SUFFOLK, "2021", 9.1) in got
    assert ("carers_unpaid_pct", ENGLAND, "2021", 8.9) in got
    assert ("carers_unpaid_pct", NORFOLK, "2021", 2.9) in got
    assert not [r for r in got if r[0] == "carers_unpaid" and r[3] < 100]


def test_a_sentence_under_a_table_naming_no_subject_takes_the_table_s():
    # 'Breckland's share is the lowest ...' just below a table of carers by district: the share is of what the
    # table counts, as a careful reader takes it
    lines = [
        "5.2 Differences across the county",
        "",
        "District\tUnpaid carers\t% of residents aged 5+",
        "North Norfolk\t11,940\t11.3",
        "Great Yarmouth\t9,020\t9.8",
        "Norfolk total\t86,420\t9.6",
        "",
        "Breckland's share is the lowest in the county at 8.1%, reflecting its younger population.",
    ]
    got = rows(lines)
    assert ("carers_unpaid_pct", "E07000143", 8.1) in [(m, a, v) for m, a, _, v in got]


def test_a_closing_clause_giving_the_cause_names_no_subject_of_the_figure():
    # '..., reflecting its older population' says why; the share is of the carers the sentence before counted
    lines = [
        "At the 2021 Census, 86,420 Norfolk residents were providing unpaid care.",
        "",
        "North Norfolk's share is the highest in the county, at 11.3%, reflecting its older population.",
        "",
        "A new scheme of 64 extra care flats in Thetford is due to open in 2028, due to planning delays.",
    ]
    got = rows(lines)
    assert ("carers_unpaid_pct", "E07000147", 11.3) in [(m, a, v) for m, a, _, v in got]
    assert [r for r in got if r[0] == "extra_care_units_planned" and r[3] == 64.0]


def test_a_rate_that_met_the_ambition_is_that_area_s_rate_not_the_target():
    lines = [
        "Norfolk's dementia diagnosis rate was 61.4% in September 2025, short of the national ambition of 66.7%.",
        "",
        "Suffolk is the only one of our neighbours to have met the ambition, at 67.3%, and Devon exceeded the national "
        "target with 68.0%.",
    ]
    got = rows(lines)
    assert ("dementia_diagnosis_target", ENGLAND, "", 66.7) in got
    mine = {(m, a, v) for m, a, _, v in got}
    assert ("dementia_diagnosis_rate", SUFFOLK, 67.3) in mine
    assert ("dementia_diagnosis_rate", DEVON, 68.0) in mine
    assert not [r for r in got if r[0] == "dementia_diagnosis_target" and r[3] != 66.7]


def test_a_benchmark_after_below_or_above_is_of_the_same_hours_band():
    # '2.9% ... caring for 50 or more hours a week, above England (2.6%)': England's share of the same band
    lines = [
        "In Norfolk, 2.9% of residents aged 5 and over were caring for 50 or more hours a week at the 2021 Census, "
        "above England (2.6%).",
    ]
    frame = measures(lines)
    got = {(r.measure, r.area_code, float(r.value), r.breakdown) for r in frame.itertuples()}
    assert ("carers_unpaid_pct", NORFOLK, 2.9, "50+ hours a week") in got
    assert ("carers_unpaid_pct", ENGLAND, 2.6, "50+ hours a week") in got
