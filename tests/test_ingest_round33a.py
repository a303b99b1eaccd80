"""Round 33 (r33a) of the document proposer (data/ingest), each rule on made-up lines in the shape a tidy, long data
annex saved as .csv gives (the reader writes its rows as tab rows): a header naming an area code or name column, a
measure column, a period column and a value column (data/ingest/long_table_columns.csv) makes a long table, each row's
value filed by its measure cell through the measure vocabulary, its area by the code (or the name), its period by the
period cell; the unit column picks the count, the share or the rate; an hours band, young carers and an age group are
breakdowns, while the whole ('All ages'), the census's base for carers and dementia's own 65+ are none; confidence
limits, rank, numerator and denominator columns are never offered; suppressed values, measures the vocabulary does not
hold and area codes the registry does not hold (a region) give nothing (data/ingest/long_table.py)."""
from __future__ import annotations

from tests.proposals import proposers_for

SUFFOLK = "E10000029"
IPSWICH = "E07000202"
BABERGH = "E07000200"
ENGLAND = "E92000001"

measures, _ = proposers_for(SUFFOLK)


def _got(lines: list[str]) -> list[tuple]:
    frame = measures(lines)
    return sorted((r.measure, r.area_code, r.period, float(r.value), r.breakdown) for r in frame.itertuples())


def test_a_long_tables_row_is_filed_by_its_measure_cell_area_code_and_period():
    got = _got(["Suffolk data annex (made up)", "",
                "Area code\tArea name\tIndicator\tPeriod\tValue\tUnit",
                f"{IPSWICH}\tIpswich\tPeople providing unpaid care\t2021\t12,645\tNumber",
                f"{SUFFOLK}\tSuffolk\tPeople providing unpaid care\t2021\t74,310\tNumber", ""])
    assert got == [("carers_unpaid", IPSWICH, "2021", 12645.0, ""), ("carers_unpaid", SUFFOLK, "2021", 74310.0, "")]


def test_the_unit_column_picks_the_count_the_share_or_the_rate():
    got = _got(["Area code\tIndicator\tPeriod\tValue\tUnit",
                f"{BABERGH}\tUnpaid carers\t2021\t8,870\tCount",
                f"{BABERGH}\tUnpaid carers\t2021\t10.1\tPer cent",
                f"{SUFFOLK}\tExtra care housing units\t2025\t13.4\tRate per 1,000 people aged 75+",
                f"{SUFFOLK}\tDementia diagnosis rate\tMar 2025\t59.6\tPercentage", ""])
    assert got == [("carers_unpaid", BABERGH, "2021", 8870.0, ""), ("carers_unpaid_pct", BABERGH, "2021", 10.1, ""),
                   ("dementia_diagnosis_rate", SUFFOLK, "2025", 59.6, ""),
                   ("extra_care_units_per_1000_75plus", SUFFOLK, "2025", 13.4, "")]


def test_limits_rank_numerator_and_denominator_columns_are_never_offered():
    frame = measures(["Area code\tIndicator\tPeriod\tValue\tLower CI\tUpper CI\tRank\tNumerator\tDenominator",
                      f"{IPSWICH}\tDementia diagnosis rate (65+)\t2025\t61.3\t58.2\t64.4\t4\t1,105\t1,803",
                      f"{IPSWICH}\tEstimated people aged 65+ with dementia\t2030\t2,115\t1,870\t2,390\t3\t\t", ""])
    assert sorted(float(v) for v in frame["value"]) == [61.3, 2115.0]


def test_suppressed_values_and_a_suppression_flag_give_nothing_and_a_provisional_figure_is_offered():
    frame = measures(["Area code\tMeasure\tTime period\tValue\tQuality flag",
                      f"{IPSWICH}\tUnpaid carers\t2021\tc\t",
                      f"{BABERGH}\tUnpaid carers\t2021\t[x]\t",
                      f"{SUFFOLK}\tUnpaid carers\t2011\t*\tS",
                      f"{SUFFOLK}\tUnpaid carers\t2021\t4\tS",
                      f"{SUFFOLK}\tDementia diagnosis rate\tQ1 2025/26\t60.2\tP", ""])
    got = [(r.measure, r.period, float(r.value), r.confidence) for r in frame.itertuples()]
    assert got == [("dementia_diagnosis_rate", "Q1 2025/26", 60.2, "medium")]


def test_a_measure_the_vocabulary_does_not_hold_gives_nothing():
    got = _got(["Area code\tMeasure\tPeriod\tValue\tUnit",
                f"{SUFFOLK}\tHours of home care commissioned\t2024-25\t41,300\tHours",
                f"{SUFFOLK}\tDelayed discharges per day\t2024-25\t96\tNumber",
                f"{SUFFOLK}\tExtra care schemes\t2024-25\t17\tNumber", ""])
    assert got == [("extra_care_schemes", SUFFOLK, "2024/25", 17.0, "")]


def test_an_area_code_the_registry_does_not_hold_gives_nothing_and_a_name_alone_is_looked_up():
    got = _got(["Geography code\tGeography\tMeasure\tDate\tObservation value\tUnit of measure",
                "E12000006\tEast of England\tUnpaid carers\t2021\t8.6\t%",
                f"{ENGLAND}\tEngland\tUnpaid carers\t2021\t8.9\t%", ""])
    assert got == [("carers_unpaid_pct", ENGLAND, "2021", 8.9, "")]
    named = _got(["Area code\tArea\tArea type\tMeasure\tYear\tValue",
                  "SCC-04\tIpswich\tDistrict\tExtra care units\t2025\t212",
                  "\tEast of England\tRegion\tExtra care units\t2025\t3,940",
                  "\tSouth West\t\tExtra care units\t2025\t5,120",
                  "E05012345\tGipping Vale\tWard\tExtra care units\t2025\t64", ""])
    assert named == [("extra_care_units", "", "2025", 64.0, ""), ("extra_care_units", IPSWICH, "2025", 212.0, "")]


def test_the_period_cell_gives_a_financial_year_a_quarter_or_a_months_year():
    got = _got(["Area code\tIndicator\tTime period\tValue\tUnit",
                f"{SUFFOLK}\tExtra care units\t2023-24\t1,112\tNumber",
                f"{SUFFOLK}\tDementia diagnosis rate\tQ2 2024/25\t58.8\tPer cent",
                f"{SUFFOLK}\tDementia diagnosis rate\tSep-25\t59.9\tPer cent", ""])
    assert {g[3]: g[2] for g in got} == {1112.0: "2023/24", 58.8: "Q2 2024/25", 59.9: "2025"}


def test_the_breakdown_cell_gives_hours_bands_young_carers_and_ages_but_not_the_whole_or_a_measures_own_ages():
    got = _got(["Area code\tIndicator\tBreakdown\tPeriod\tValue\tUnit",
                f"{SUFFOLK}\tUnpaid carers\tAll ages (5 and over)\t2021\t74,310\tCount",
                f"{SUFFOLK}\tUnpaid carers\tAged 5+\t2021\t9.9\t%",
                f"{SUFFOLK}\tUnpaid carers\t20-49 hours\t2021\t11,020\tCount",
                f"{SUFFOLK}\tUnpaid carers\tYoung carers 5-17\t2021\t1,760\tCount",
                f"{SUFFOLK}\tPopulation\tAged 75+\t2023\t97,450\tCount",
                f"{SUFFOLK}\tPopulation\tAll ages\t2023\t771,300\tCount",
                f"{SUFFOLK}\tDementia estimate\tPeople aged 65+\t2025\t13,960\tCount",
                f"{SUFFOLK}\tDementia estimate\tAged under 65\t2025\t325\tCount", ""])
    assert got == [("carers_unpaid", SUFFOLK, "2021", 1760.0, "young carers"),
                   ("carers_unpaid", SUFFOLK, "2021", 11020.0, "20-49 hours a week"),
                   ("carers_unpaid", SUFFOLK, "2021", 74310.0, ""),
                   ("carers_unpaid_pct", SUFFOLK, "2021", 9.9, ""),
                   ("dementia_estimated", SUFFOLK, "2025", 325.0, "aged under 65"),
                   ("dementia_estimated", SUFFOLK, "2025", 13960.0, ""),
                   ("population", SUFFOLK, "2023", 97450.0, "aged 75 and over"),
                   ("population", SUFFOLK, "2023", 771300.0, "")]


def test_a_status_in_the_breakdown_cell_names_the_planned_or_dementia_measure():
    got = _got(["Area code\tIndicator\tSub-group\tPeriod\tValue\tUnit",
                f"{IPSWICH}\tExtra care units\tIn operation\t2025\t212\tNumber",
                f"{IPSWICH}\tExtra care units\tPipeline\t2028\t65\tNumber",
                f"{IPSWICH}\tExtra care units\tDementia-specific\t2025\t24\tNumber", ""])
    assert got == [("extra_care_units", IPSWICH, "2025", 212.0, ""),
                   ("extra_care_units_dementia", IPSWICH, "2025", 24.0, ""),
                   ("extra_care_units_planned", IPSWICH, "2028", 65.0, "")]


def test_guard_a_wide_table_of_districts_is_no_long_table():
    got = _got(["Unpaid carers by district, 2021", "",
                "Area\tUnpaid carers\t% of residents aged 5+",
                "Ipswich\t12,645\t9.4", "Babergh\t8,870\t10.1", ""])
    assert ("carers_unpaid", IPSWICH, "2021", 12645.0, "") in got
    assert ("carers_unpaid", BABERGH, "2021", 8870.0, "") in got


def test_a_measure_naming_a_change_gives_the_change_never_the_count():
    got = _got(["Area code\tIndicator\tPeriod\tValue\tUnit",
                f"{SUFFOLK}\tIncrease in unpaid carers since 2011\t2021\t3,480\tNumber",
                f"{SUFFOLK}\tUnpaid carers: change since 2011\t2021\t-4.5\tPer cent",
                f"{SUFFOLK}\tUnpaid carers\t2021\t74,310\tNumber", ""])
    assert [g for g in got if g[0] == "carers_unpaid"] == [("carers_unpaid", SUFFOLK, "2021", 74310.0, "")]
    assert not [g for g in got if abs(g[3]) in (3480.0, 4.5) and not g[0].endswith(("_change", "_change_pct"))]


def test_several_breakdown_columns_read_together_and_an_unknown_sub_group_is_kept_as_written():
    got = _got(["INDICATOR_NAME\tAREA_CODE\tAREA_NAME\tSEX\tAGE\tCATEGORY\tTIME_PERIOD\tVALUE",
                f"Population\t{SUFFOLK}\tSuffolk\tPersons\t85+ yrs\t\t2023\t25,870",
                f"Population\t{SUFFOLK}\tSuffolk\tFemale\t85+ yrs\t\t2023\t16,040",
                f"Population\t{SUFFOLK}\tSuffolk\tPersons\tAll ages\tMost deprived quintile\t2023\t121,600", ""])
    assert got == [("population", SUFFOLK, "2023", 16040.0, "female aged 85 and over"),
                   ("population", SUFFOLK, "2023", 25870.0, "aged 85 and over"),
                   ("population", SUFFOLK, "2023", 121600.0, "most deprived quintile")]


def test_a_blank_separator_row_and_a_provisional_marker_keep_the_long_table_going():
    frame = measures(["| Area code | Indicator | Period | Value | Unit |", "|---|---|---|---|---|",
                      f"| {IPSWICH} | Extra care schemes | 2025 | 5 | Count |", "",
                      f"| {IPSWICH} | Extra care units | 2025 | 284 [p] | Count |", ""])
    got = [(r.measure, float(r.value), r.confidence) for r in frame.itertuples()]
    assert got == [("extra_care_schemes", 5.0, "high"), ("extra_care_units", 284.0, "medium")]


def test_a_long_table_with_no_area_column_is_the_authoritys_and_its_unit_still_picks_the_measure():
    got = _got(["Key indicators (made up)", "", "Indicator\tSub-group\tYear\tValue\tUnit",
                "Unpaid carers\tAll ages\t2021\t74,310\tCount", "Unpaid carers\tAll ages\t2021\t9.9\tPer cent",
                "Extra care units\tIn development\t2029\t140\tCount", ""])
    assert got == [("carers_unpaid", SUFFOLK, "2021", 74310.0, ""), ("carers_unpaid_pct", SUFFOLK, "2021", 9.9, ""),
                   ("extra_care_units_planned", SUFFOLK, "2029", 140.0, "")]


def test_value_columns_named_by_their_units_each_give_their_figure():
    got = _got(["Area code\tArea\tIndicator\tPeriod\tNumber\t%",
                f"{IPSWICH}\tIpswich\tUnpaid carers\t2021\t12,645\t9.4",
                f"{BABERGH}\tBabergh\tUnpaid carers\t2021\t8,870\t10.1", ""])
    assert got == [("carers_unpaid", BABERGH, "2021", 8870.0, ""), ("carers_unpaid", IPSWICH, "2021", 12645.0, ""),
                   ("carers_unpaid_pct", BABERGH, "2021", 10.1, ""), ("carers_unpaid_pct", IPSWICH, "2021", 9.4, "")]


def test_a_page_breaks_running_header_inside_a_long_table_is_passed_over():
    got = _got(["Area code,Indicator,Period,Value,Unit,Numerator,Denominator",
                f"{IPSWICH},Unpaid carers,2021,9.4,Per cent,\"12,645\",\"134,520\"",
                f"{BABERGH},Unpaid carers,2021,10.1,Per cent,\"8,870\",\"87,820\"",
                f"{SUFFOLK},Unpaid carers,2021,9.9,Per cent,\"74,310\",\"750,600\"", "",
                "Suffolk Market Position Statement data annex        Page 2", "",
                f"{IPSWICH},Extra care units,2025,212,Count,,",
                f"{BABERGH},Extra care units,2025,96,Count,,", ""])
    assert got == [("carers_unpaid_pct", BABERGH, "2021", 10.1, ""), ("carers_unpaid_pct", IPSWICH, "2021", 9.4, ""),
                   ("carers_unpaid_pct", SUFFOLK, "2021", 9.9, ""), ("extra_care_units", BABERGH, "2025", 96.0, ""),
                   ("extra_care_units", IPSWICH, "2025", 212.0, "")]


def test_a_measure_cells_own_words_name_its_sub_group_but_not_a_rates_base_or_a_measures_own_ages():
    got = _got(["Area code\tIndicator\tPeriod\tValue\tUnit",
                f"{SUFFOLK}\tPopulation aged 85 and over\t2024\t25,990\tCount",
                f"{SUFFOLK}\tCarers providing 50 or more hours a week\t2021\t17,340\tCount",
                f"{SUFFOLK}\tExtra care units per 1,000 people aged 75+\t2025\t12.2\tRate",
                f"{SUFFOLK}\tDementia diagnosis rate (aged 65+)\tApril 2025 to March 2026\t60.8\t%", ""])
    assert got == [("carers_unpaid", SUFFOLK, "2021", 17340.0, "50+ hours a week"),
                   ("dementia_diagnosis_rate", SUFFOLK, "2025/26", 60.8, ""),
                   ("extra_care_units_per_1000_75plus", SUFFOLK, "2025", 12.2, ""),
                   ("population", SUFFOLK, "2024", 25990.0, "aged 85 and over")]


def test_a_count_in_thousands_and_a_share_as_a_proportion_of_one_are_scaled():
    got = _got(["Area code\tMeasure\tYear\tValue\tUnit",
                f"{SUFFOLK}\tResident population\t2024\t771.3\tPersons (thousands)",
                f"{SUFFOLK}\tUnpaid carers\t2021\t0.099\tProportion", ""])
    assert got == [("carers_unpaid_pct", SUFFOLK, "2021", 9.9, ""), ("population", SUFFOLK, "2024", 771300.0, "")]


def test_a_column_named_for_a_place_beside_the_value_holds_that_places_figures():
    got = _got(["Indicator\tValue\tEngland\tYear", "Unpaid carers (%)\t9.9\t8.9\t2021",
                "Extra care units\t1,112\t\t2025", ""])
    assert got == [("carers_unpaid_pct", SUFFOLK, "2021", 9.9, ""), ("carers_unpaid_pct", ENGLAND, "2021", 8.9, ""),
                   ("extra_care_units", SUFFOLK, "2025", 1112.0, "")]


def test_with_no_unit_a_prevalence_and_a_figure_with_decimals_are_shares_and_a_status_can_say_planned():
    got = _got(["Area Code,Area Name,Indicator Name,Sex,Age,Time period,Value,Count,Denominator,Value note",
                f"{SUFFOLK},Suffolk,Dementia: QOF prevalence (all ages),Persons,All ages,2023/24,0.8,\"6,120\",\"765,000\",",
                f"{IPSWICH},Ipswich,\"Carers, unpaid care 50+ hours a week\",Persons,5+ yrs,2021,2.6,\"3,380\",\"130,000\",",
                f"{BABERGH},Babergh,\"Carers, unpaid care 50+ hours a week\",Persons,5+ yrs,2021,,,,Value suppressed", ""])
    assert got == [("carers_unpaid_pct", IPSWICH, "2021", 2.6, "50+ hours a week"),
                   ("dementia_prevalence_recorded", SUFFOLK, "2023/24", 0.8, "")]
    planned = _got(["Area\tMeasure\tStatus\tYear\tValue", "Ipswich\tExtra care units\tPlanned\t2028\t80", ""])
    assert planned == [("extra_care_units_planned", IPSWICH, "2028", 80.0, "")]


def test_a_space_aligned_long_table_from_a_pdf_keeps_its_columns_past_empty_cells_and_a_page_footer():
    got = _got(["Annex B: indicators by area (made up)", "",
                "Area code   Area name   Indicator            Breakdown          Period      Value   Lower CI   Rank",
                f"{IPSWICH}   Ipswich     Unpaid carers        50+ hours a week   2021        3,380               2",
                f"{BABERGH}   Babergh     Unpaid carers        All ages           2021        8,870              11",
                "", "Suffolk data annex 2026                                                   7", "",
                f"{SUFFOLK}   Suffolk     Dementia estimate    Aged 65+           2035       17,950     15,700",
                f"{SUFFOLK}   Suffolk     Extra care units     Planned            2028          180", ""])
    assert got == [("carers_unpaid", BABERGH, "2021", 8870.0, ""),
                   ("carers_unpaid", IPSWICH, "2021", 3380.0, "50+ hours a week"),
                   ("dementia_estimated", SUFFOLK, "2035", 17950.0, ""),
                   ("extra_care_units_planned", SUFFOLK, "2028", 180.0, "")]


def test_a_measure_name_wrapped_onto_its_own_line_in_a_space_aligned_long_table_is_the_row_aboves():
    got = _got(["Area code   Area name   Indicator                     Breakdown   Period      Value",
                f"{SUFFOLK}   Suffolk     Estimated people aged 65+     All         2025       13,960",
                "                        living with dementia",
                f"{SUFFOLK}   Suffolk     Extra care schemes            Planned     2028            2", ""])
    assert got == [("dementia_estimated", SUFFOLK, "2025", 13960.0, ""),
                   ("extra_care_schemes_planned", SUFFOLK, "2028", 2.0, "")]


def test_ons_style_code_and_name_columns_and_other_value_words_name_the_roles():
    got = _got(["LAD23CD\tLAD23NM\tData item\tYear\tFigure", f"{IPSWICH}\tIpswich\tUnpaid carers\t2021\t12,645",
                f"{BABERGH}\tBabergh\tUnpaid carers\t2021\t8,870", ""])
    assert got == [("carers_unpaid", BABERGH, "2021", 8870.0, ""), ("carers_unpaid", IPSWICH, "2021", 12645.0, "")]


def test_a_measure_code_with_underscores_is_read_as_words_and_a_year_in_the_measure_is_its_period():
    got = _got(["Area code\tIndicator\tBreakdown\tValue", f"{SUFFOLK}\tDEMENTIA_REGISTER_65_PLUS\t\t8,190",
                f"{SUFFOLK}\tUnpaid carers (Census 2021)\tAll ages\t74,310", ""])
    assert got == [("carers_unpaid", SUFFOLK, "2021", 74310.0, ""),
                   ("dementia_register", SUFFOLK, "", 8190.0, "aged 65 and over")]
