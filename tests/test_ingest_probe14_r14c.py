"""Round 14 (r14c) of the document proposer (data/ingest), each rule on made-up lines in the wordings a county carers
statement converted from PDF uses: a bold county row in a tab table, change cells written with a minus sign, a plus
or 'down', hours bands written bare under an 'Hours a week' column, a share's population base before a later share,
a region's and England's shares in one clause, a region's count before ', so'."""
from __future__ import annotations

from data.ingest.classify import band_of
from tests.proposals import proposers_for

COUNTY = "E10000017"  # Lancashire, as geography only
BURNLEY, CHORLEY, FYLDE = "E07000117", "E07000118", "E07000119"

measures, dates = proposers_for(COUNTY)


def _got(lines: list[str]) -> list[tuple[str, str, str, float, str]]:
    return sorted((r.measure, r.area_code, r.period, r.value, r.breakdown) for r in measures(lines).itertuples())


DISTRICTS = ["Table 5: People giving unpaid care by district", "",
             "District\tCensus 2011\tCensus 2021\tChange 2011 to 2021"]


# ---------------------------------------------------------------- 1. change cells with a sign or a word
def test_change_cells_with_a_minus_sign_a_plus_or_down_keep_their_sign():
    rows = ["Burnley\t8,800\t8,410\t\u2212390", "Chorley\t9,020\t9,150\t+130", "Fylde\t7,700\t7,460\tdown 240"]
    changes = [g for g in _got(DISTRICTS + rows) if g[0] == "carers_unpaid_change"]
    assert changes == [("carers_unpaid_change", BURNLEY, "", -390.0, ""),
                       ("carers_unpaid_change", CHORLEY, "", 130.0, ""),
                       ("carers_unpaid_change", FYLDE, "", -240.0, "")]


def test_a_signed_change_of_a_measure_the_vocabulary_has_no_change_for_is_no_figure():
    lines = ["Table 1: Dementia and carers, 2024 and 2025", "",
             "\t2024\t2025\tChange",
             "Dementia register\t6,120\t6,310\t+190",
             "Unpaid carers\t41,200\t40,950\t\u2212250"]
    got = _got(lines)
    assert ("carers_unpaid_change", COUNTY, "", -250.0, "") in got
    assert not [g for g in got if g[3] == 190.0]


# ---------------------------------------------------------------- 2. a bold county row
def test_a_bold_county_row_of_a_tab_table_is_read():
    rows = ["Burnley\t8,800\t8,410\t-390", "**Lancashire**\t**96,300**\t**93,870**\t**-2,430**"]
    got = [g for g in _got(DISTRICTS + rows) if g[1] == COUNTY]
    assert got == [("carers_unpaid", COUNTY, "2011", 96300.0, ""), ("carers_unpaid", COUNTY, "2021", 93870.0, ""),
                   ("carers_unpaid_change", COUNTY, "", -2430.0, "")]


# ---------------------------------------------------------------- 3. bare hours bands
def test_bare_bands_under_an_hours_column_are_the_bands():
    lines = ["Table 4: Unpaid care by hours a week, Census 2021", "",
             "Hours a week\tNumber\t%",
             "19 or less\t41,300\t4.6%",
             "20 to 49\t17,050\t1.9%",
             "50 or more\t28,700\t3.2%"]
    got = _got(lines)
    assert ("carers_unpaid", COUNTY, "2021", 41300.0, "19 hours or less a week") in got
    assert ("carers_unpaid", COUNTY, "2021", 17050.0, "20-49 hours a week") in got
    assert ("carers_unpaid_pct", COUNTY, "2021", 3.2, "50+ hours a week") in got


def test_nineteen_or_less_hours_is_the_lowest_band():
    assert band_of("19 or less hours a week") == "19 hours or less a week"
    assert band_of("nineteen or fewer hours of care") == "19 hours or less a week"


# ---------------------------------------------------------------- 4. a share's base before a later share
def test_a_shares_base_is_no_sub_group_of_the_share_after_it():
    lines = ["Unpaid carers", "",
             "In 2021, 93,870 people gave unpaid care, 9.9% of the population aged 5 and over, down from 10.7% in 2011."]
    assert ("carers_unpaid_pct", COUNTY, "2011", 10.7, "") in _got(lines)


def test_a_place_before_residents_keeps_the_base_out_of_the_breakdown():
    lines = ["At the 2021 Census, 9.9% of Lancashire residents aged 5 and over were unpaid carers."]
    assert _got(lines) == [("carers_unpaid_pct", COUNTY, "2021", 9.9, "")]


# ---------------------------------------------------------------- 5. a region beside England in one clause
def test_a_regions_share_joined_to_englands_by_and_is_not_englands():
    lines = ["At the 2021 Census, 9.9% of residents aged 5 and over in Lancashire were unpaid carers, against 9.4% "
             "across the North West and 8.9% in England."]
    got = _got(lines)
    assert ("carers_unpaid_pct", "E92000001", "2021", 8.9, "") in got
    assert not [g for g in got if g[3] == 9.4]


def test_a_regions_count_before_so_is_no_figure():
    lines = ["Unpaid carers", "", "Lancashire has 93,870 unpaid carers (Census 2021).", "",
             "The North West has around 650,000 unpaid carers, so Lancashire's carers are about one in seven of them."]
    assert not [g for g in _got(lines) if g[3] == 650000.0]


# ---------------------------------------------------------------- 6. a total row under England's columns
def test_a_total_row_under_englands_columns_is_englands():
    lines = ["Table 4: Unpaid care by hours a week, Census 2021", "",
             "\tLancashire\t\tEngland\t",
             "Hours a week\tNumber\t%\tNumber\t%",
             "50 or more\t28,700\t3.2%\t1,480,300\t2.6%",
             "All unpaid carers\t93,870\t9.9%\t4,812,600\t8.6%"]
    got = _got(lines)
    assert ("carers_unpaid", "E92000001", "2021", 4812600.0, "") in got
    assert ("carers_unpaid_pct", "E92000001", "2021", 8.6, "") in got
    assert ("carers_unpaid_pct", COUNTY, "2021", 8.6, "") not in got


# ---------------------------------------------------------------- 7. a pie chart's labels as text
def test_a_pie_charts_shares_take_the_year_of_its_title():
    lines = ["Unpaid carers", "", "Figure 4: How many hours a week carers give (Census 2021)", "",
             "44%", "19 or less hours a week", "", "21%", "20 to 49 hours a week", "", "35%", "50 or more hours a week"]
    assert _got(lines) == [("carers_unpaid_pct", COUNTY, "2021", 21.0, "20-49 hours a week"),
                           ("carers_unpaid_pct", COUNTY, "2021", 35.0, "50+ hours a week"),
                           ("carers_unpaid_pct", COUNTY, "2021", 44.0, "19 hours or less a week")]


def test_a_pie_chart_of_carers_known_gives_no_share_of_the_population():
    lines = ["Unpaid carers", "", "Lancashire has 93,870 unpaid carers (Census 2021).", "",
             "Chart 2: Carers known to the council by age, 2024/25", "",
             "6%", "Under 18", "", "52%", "18 to 64", "", "42%", "65 and over"]
    assert _got(lines) == [("carers_unpaid", COUNTY, "2021", 93870.0, "")]


# ---------------------------------------------------------------- 8. the same group earlier, and a benchmark's group
def test_down_from_an_earlier_count_keeps_the_sub_group():
    lines = ["Young carers", "",
             "The Census counted 3,920 young carers aged 5 to 17 in Lancashire in 2021, down from 4,410 in 2011."]
    got = _got(lines)
    assert ("carers_unpaid", COUNTY, "2021", 3920.0, "young carers") in got
    assert ("carers_unpaid", COUNTY, "2011", 4410.0, "young carers") in got


def test_a_benchmark_compared_with_a_band_has_the_band():
    lines = ["At the 2021 Census, 3.2% of Lancashire's residents gave 50 or more hours of unpaid care a week, "
             "compared with 2.6% in England."]
    assert ("carers_unpaid_pct", "E92000001", "2021", 2.6, "50+ hours a week") in _got(lines)


# ---------------------------------------------------------------- 9. numbers that count no one
def test_times_a_po_box_an_age_to_turn_and_a_ratio_with_people_between_are_no_figures():
    lines = ["Unpaid carers", "",
             "Lancashire has 93,870 unpaid carers (Census 2021), and one adult in nine is a carer.",
             "The carers' hub is open until 8.30pm on Wednesdays and from 09.30 to 15.30 on Fridays.",
             "Young carers are offered a conversation with the carers' service before they turn 18.",
             "Write to the carers' team at PO Box 412, Preston."]
    assert _got(lines) == [("carers_unpaid", COUNTY, "2021", 93870.0, "")]


def test_a_share_of_carers_describing_their_health_is_no_share_of_the_population():
    lines = ["Unpaid carers", "", "Lancashire has 93,870 unpaid carers (Census 2021).",
             "31% of carers in the county describe their own health as fair or bad."]
    assert _got(lines) == [("carers_unpaid", COUNTY, "2021", 93870.0, "")]
