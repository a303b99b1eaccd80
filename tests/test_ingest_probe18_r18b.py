"""Round 18 (r18b) of the document proposer (data/ingest), each rule on made-up lines in the wordings of a two-tier
county's locality profiles converted from PDF: a sub-section per district under a bold numbered heading, the same
facts written as bullets under an unnumbered sub-heading or as a two-column 'Measure | Value' table."""
from __future__ import annotations

from tests.proposals import proposers_for

LEICS = "E10000018"
CHARNWOOD, HARBOROUGH = "E07000130", "E07000131"

measures, _dates = proposers_for(LEICS)


def _got(lines: list[str]) -> list[tuple]:
    frame = measures(lines)
    return [(r.measure, r.area_code, r.period, float(r.value)) for r in frame.itertuples()]


def test_bullets_under_a_sub_heading_of_a_bold_numbered_district_heading_are_the_districts():
    # '**3.3 Charnwood**' has its level as '3.3 Charnwood' does: the bullets under 'Key facts:' below it are
    # Charnwood's, not the county's
    lines = [
        "**3.3 Charnwood**",
        "",
        "The borough lies north of the city and along the river valley.",
        "",
        "**Key facts**",
        "",
        "•\t15,240 unpaid carers (Census 2021)",
        "•\t5 extra care schemes",
        "",
        "**3.4 Harborough**",
        "",
        "Harborough is the most rural district.",
    ]
    got = _got(lines)
    assert ("carers_unpaid", CHARNWOOD, "2021", 15240.0) in got
    assert ("extra_care_schemes", CHARNWOOD, "", 5.0) in got


def test_a_measure_value_table_under_a_district_heading_is_the_districts():
    lines = [
        "**3.4 Harborough**",
        "",
        "The district's figures are set out below.",
        "",
        "Table 3.4: Harborough at a glance",
        "",
        "Measure\tValue",
        "Unpaid carers (Census 2021)\t9,415",
        "People aged 65+ with dementia (estimated, 2025)\t1,930",
        "Extra care units\t131",
        "",
    ]
    got = _got(lines)
    assert ("carers_unpaid", HARBOROUGH, "2021", 9415.0) in got
    assert ("dementia_estimated", HARBOROUGH, "2025", 1930.0) in got
    assert ("extra_care_units", HARBOROUGH, "", 131.0) in got


def test_a_county_row_in_a_table_under_a_district_heading_stays_the_countys():
    lines = [
        "**3.4 Harborough**",
        "",
        "Area\tUnpaid carers (Census 2021)",
        "Harborough\t9,415",
        "Leicestershire\t68,450",
        "",
    ]
    got = _got(lines)
    assert ("carers_unpaid", LEICS, "2021", 68450.0) in got


def test_a_clause_naming_its_own_subject_is_not_given_a_later_clauses_measure():
    # a county total line and a sentence joining two facts with 'while': the carers are carers, not people with
    # dementia because the next clause names dementia
    got = _got([
        "County total: 70,120 unpaid carers; 12,300 people aged 65+ estimated to be living with dementia in 2025.",
        "",
        "Blaby had 9,870 unpaid carers at the 2021 Census, while an estimated 1,690 older people in the district "
        "were living with dementia in 2025.",
    ])
    assert ("carers_unpaid", LEICS, "", 70120.0) in got
    assert ("dementia_estimated", LEICS, "2025", 12300.0) in got
    assert ("carers_unpaid", "E07000129", "2021", 9870.0) in got
    assert not [g for g in got if g[0] == "dementia_estimated" and g[3] in (70120.0, 9870.0)]


def test_a_regions_bracketed_share_before_englands_is_not_englands():
    got = _got(["Our share of residents aged 5+ providing unpaid care (9.6%) is higher than the West Midlands (9.2%) "
                "and England (8.9%)."])
    assert ("carers_unpaid_pct", "E92000001", "", 8.9) in got
    assert not [g for g in got if g[3] == 9.2]


def test_a_rise_in_demand_for_carers_breaks_is_no_change_in_carers():
    got = _got(["Demand for carers' breaks in the borough rose by 17% in 2025/26, and requests for carers' "
                "assessments grew by 260.", "", "There were 9,870 unpaid carers in 2021."])
    assert not [g for g in got if g[0].startswith("carers_unpaid_change")]


def test_a_share_of_those_aged_5_and_over_has_no_breakdown():
    frame = measures(["At the 2021 Census 9,870 residents of the borough were providing unpaid care, 9.8% of those "
                      "aged 5 and over."])
    share = frame[frame["measure"] == "carers_unpaid_pct"]
    assert list(share["value"].astype(float)) == [9.8]
    assert list(share["breakdown"].fillna("")) == [""]


def test_a_census_count_bullets_year_goes_to_the_census_bullets_below_not_to_carers_known():
    got = _got([
        "Key facts for the borough:",
        "",
        "•\t15,240 unpaid carers (Census 2021)",
        "•\t9.0% of residents aged 5+ provide unpaid care",
        "•\t3,580 carers give 50+ hours of care a week",
        "•\t2,100 carers known to adult social care",
    ])
    assert ("carers_unpaid_pct", LEICS, "2021", 9.0) in got
    assert ("carers_unpaid", LEICS, "2021", 3580.0) in got
    assert ("carers_known", LEICS, "", 2100.0) in got


def test_a_two_column_tables_census_row_dates_the_census_rows_below_and_a_base_row_is_its_share():
    got = _got([
        "Table 2: The borough at a glance",
        "",
        "Measure\tValue",
        "Unpaid carers (Census 2021)\t9,415",
        "% of residents aged 5+\t10.4%",
        "Carers providing 50+ hours a week\t2,040",
        "Extra care units\t131",
        "",
    ])
    assert ("carers_unpaid_pct", LEICS, "2021", 10.4) in got
    assert ("carers_unpaid", LEICS, "2021", 2040.0) in got
    assert ("extra_care_units", LEICS, "", 131.0) in got


def test_a_scheme_located_in_a_town_under_a_district_heading_is_counted_for_the_district():
    # 'Wyndham Lodge in Melton Mowbray' locates the named scheme (Melton the registry's district is written inside
    # the town's name); the count is the section's district's, not the county's
    got = _got(["**3.6 Melton**", "",
                "There is one extra care scheme in the district, Wyndham Lodge in Melton Mowbray, with 54 units."])
    assert ("extra_care_schemes", "E07000133", "", 1.0) in got
    assert not [g for g in got if g[1] == LEICS]


def test_a_bracket_opening_on_a_diagnosed_count_is_the_register_of_its_own_month():
    got = _got(["An estimated 2,040 older people in the borough were living with dementia in 2025 (1,263 with a "
                "diagnosis recorded by their GP in March 2026)."])
    assert ("dementia_estimated", LEICS, "2025", 2040.0) in got
    assert ("dementia_register", LEICS, "2026", 1263.0) in got


def test_a_ward_a_pcn_or_a_town_alone_in_a_districts_section_is_left_to_the_analyst():
    frame = measures([
        "**3.3 Charnwood**", "",
        "There were 15,240 unpaid carers in the borough in 2021.", "",
        "Shelthorpe ward in Loughborough had 510 unpaid carers in 2021.", "",
        "Of the borough's PCNs, Soar Valley PCN has the largest dementia register, with 588 patients in March 2026.", "",
        "Quorn alone has 1,020 unpaid carers.",
    ])
    rows = {float(r.value): (r.area_code, r.area_name) for r in frame.itertuples()}
    assert rows[15240.0][0] == CHARNWOOD
    assert rows[510.0][0] == "" and rows[510.0][1] == "Shelthorpe"
    assert rows[588.0] == ("", "Soar Valley PCN")
    assert rows[1020.0] == ("", "Quorn")


def test_two_named_places_with_counts_in_brackets_stay_one_list():
    # only a share or rate in brackets starts a new place's clause after 'and': two retirement villages' homes are
    # one list about retirement villages, no extra care
    got = _got(["The county has 14 extra care schemes.", "",
                "Retirement villages: there are two private retirement villages, Oak Park near Ashby (240 homes for "
                "sale) and The Paddocks at Hinckley (156 homes)."])
    assert not [g for g in got if g[3] in (240.0, 156.0)]


def test_taken_together_is_no_place():
    got = _got(["Taken together, the pipeline would add 170 extra care apartments in three schemes."])
    assert [g[1] for g in got if g[3] == 170.0] == [LEICS]
