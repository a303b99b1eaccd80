"""Round 24 (r24b) of the document proposer (data/ingest), each rule on made-up lines as a statement's tables read when
they were drawn in Word with merged cells: a group header over its columns, a first cell merged over the rows below
it, a table continued after a page break."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

SOMERSET = "E06000066"  # a unitary since 2023 that took the name of the county council it replaced (E10000027)

measures, dates = proposers_for(SOMERSET)
rows = figure_rows(measures)

_DISTRICTS = ["Table 2: Residents giving unpaid care, by former district", "",
              "                      Census 2011           Census 2021        Change",
              "Former district       Number      %         Number      %      (pp)",
              "Mendip                12,040   11.8         11,420   10.9      -0.9",
              "Sedgemoor             11,880   11.2         11,950   10.4      -0.8",
              "Somerset              58,300   11.6         55,120   10.6      -1.0"]


def test_the_unitarys_own_name_in_a_census_column_is_the_unitary():
    # 'Somerset' in a 2011 or 2021 column of the unitary's own statement is the council that took the county's place
    # under its name, not the county council it replaced (the same name and area)
    got = rows(_DISTRICTS)
    assert ("carers_unpaid", SOMERSET, "2011", 58300.0) in got
    assert ("carers_unpaid_pct", SOMERSET, "2021", 10.6) in got
    assert not [r for r in got if r[1] == "E10000027"]
    assert ("carers_unpaid", "E07000187", "2011", 12040.0) in got  # a former district keeps its own code


def test_a_column_of_percentage_point_changes_is_no_figure():
    # 'Change' over '(pp)': a change in percentage points, which no measure holds (not a change in carers)
    got = rows(_DISTRICTS)
    assert not [r for r in got if r[3] in (0.9, 0.8, 1.0)]
    got = rows(["Table 3: Share of residents giving unpaid care", "",
                "District\t2011 (%)\t2021 (%)\tDifference (% points)",
                "Mendip\t11.8\t10.9\t-0.9", "Sedgemoor\t11.2\t10.4\t-0.8"])
    assert ("carers_unpaid_pct", "E07000187", "2021", 10.9) in got
    assert not [r for r in got if r[3] in (0.9, 0.8)]


def test_a_chapter_or_part_number_is_no_figure():
    # 'Chapter 6: Dementia and carers' is a heading's number, as 'Section 6' and 'Table 6' are
    got = rows(["Chapter 6: Dementia and carers", "",
                "About 9,800 people aged 65 and over are living with dementia in Somerset.", "",
                "Part 3 - People living with dementia"])
    assert [r for r in got if r[0] == "dementia_estimated" and r[3] == 9800.0]
    assert not [r for r in got if r[3] in (6.0, 3.0)]


def test_a_milestone_column_names_the_stage_of_the_date_column_beside_it():
    # 'Service | Milestone | Date', the service's cell merged over its milestones' rows (blank below it in the text)
    got = set(dates(["Table 9: Key dates", "Service\tMilestone\tDate",
                     "Day Opportunities\tContract end\t30 June 2027",
                     "\tRe-tender\tOctober 2026",
                     "\tNew contract\t1 July 2027",
                     "Shared Lives\tContract end\t31 August 2027",
                     "\tRe-tender\tJanuary 2027"]))
    assert ("Day Opportunities", "contract_end", "2027-06-30", "2027-06-30") in got
    assert ("Day Opportunities", "procurement_start", "2026-10-01", "2026-10-31") in got
    assert ("Day Opportunities", "contract_start", "2027-07-01", "2027-07-01") in got
    assert ("Shared Lives", "procurement_start", "2027-01-01", "2027-01-31") in got


def test_a_spaced_table_whose_first_cell_is_merged_over_a_measure_column():
    # 'Area | Measure | Existing | Planned', each area's cell over its 'Schemes' and 'Units' rows: the rows below the
    # first are the area's, and the Measure cell says what the row counts (no definition list of label and value)
    got = rows(["Table 5: Housing with care by area", "",
                "                                   Extra care housing",
                "Area               Measure         Existing      Planned",
                "Levels North       Schemes                3            1",
                "                   Units                164           48",
                "Quantock Edge      Schemes                2            0",
                "                   Units                 96            0",
                "Somerset           Schemes                5            1",
                "                   Units                260           48"])
    names = {(m, v) for m, _, _, v in got}
    assert {("extra_care_schemes", 3.0), ("extra_care_schemes_planned", 1.0), ("extra_care_units", 164.0),
            ("extra_care_units_planned", 48.0), ("extra_care_units", 96.0)} <= names
    assert ("extra_care_units", SOMERSET, "", 260.0) in got
    frame = measures(["Table 5: Housing with care by area", "",
                      "Area               Measure         Existing      Planned",
                      "Levels North       Schemes                3            1",
                      "                   Units                164           48",
                      "Quantock Edge      Schemes                2            0",
                      "                   Units                 96           30"])
    units = frame[frame["measure"] == "extra_care_units"]
    assert set(zip(units["area_name"], units["value"])) == {("Levels North", 164.0), ("Quantock Edge", 96.0)}


def test_a_caption_wrapped_before_its_year_over_a_continued_table():
    # 'Table 2: ..., Census 2011 and Census' / '2021 (continued)': the caption is the whole of both lines, so the rows
    # after the page break are still unpaid carers
    got = rows(["Table 2: Residents giving unpaid care by former district, Census 2011 and Census",
                "2021 (continued)", "",
                "                      Census 2011           Census 2021",
                "Former district       Number      %         Number      %",
                "Mendip                12,040   11.8         11,420   10.9",
                "Sedgemoor             11,880   11.2         11,950   10.4"])
    assert ("carers_unpaid", "E07000188", "2011", 11880.0) in got
    assert ("carers_unpaid_pct", "E07000187", "2021", 10.9) in got


def test_hours_bands_as_columns_under_a_group_header():
    # 'Hours of care a week' over '19 or less | 20 to 49 | 50 or more': each column is a band
    frame = measures(["Table 4: Carers by hours of care, Census 2021",
                      "\tHours of care a week",
                      "\t19 or less\t20 to 49\t50 or more\tAll carers",
                      "Somerset\t31,400\t9,250\t15,660\t56,310"])
    got = {(r.breakdown, float(r.value)) for r in frame.itertuples() if r.measure == "carers_unpaid"}
    assert {("19 hours or less a week", 31400.0), ("20-49 hours a week", 9250.0), ("50+ hours a week", 15660.0),
            ("", 56310.0)} <= got
