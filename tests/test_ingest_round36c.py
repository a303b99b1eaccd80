"""Round 36 (r36c) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes
`pdftotext -layout` gives for a designed A4 page with a narrative column on the left and a narrow sidebar of 'Key
figures' boxes on the right: the sidebar's short lines (a figure alone, then its label) sharing the narrative's lines
after a wide run of spaces are read as a column of their own, after the narrative; a spaced table's header whose cells
wrap onto a second line ('% of residents' over 'aged 5+') is one header row."""
from __future__ import annotations

from data.ingest.columns import read_columns
from tests.proposals import figure_rows, figure_rows_or_none, proposers_for

EALING = "E09000009"

measures, dates = proposers_for(EALING)
rows = figure_rows(measures)
rows_or_none = figure_rows_or_none(measures)

SIDEBAR_PAGE = [
    "3. People living with dementia",
    "",
    "An estimated 3,140 people aged 65 and over were living           AT A GLANCE",
    "with dementia in Ealing in 2025. As the population ages          ",
    "this is expected to rise to 3,920 by 2035, and GP records        3,140",
    "show 2,090 people with a diagnosis in March 2025, a              people aged 65+ with",
    "diagnosis rate of 66.6%.                                         dementia (2025)",
    "",
    "We want more day opportunities for people with dementia          66.6%",
    "and their carers in the north of the borough.                    diagnosis rate",
]


# a page of prose with a sidebar box of key dates beside it, as `pdftotext -layout` gives it
KEY_DATES_PAGE = ["Day Opportunities Service                                          KEY DATES",
                  "",
                  "We will hold a briefing for providers of day opportunities        3 June 2026",
                  "on 3 June 2026. The tender will be published in July 2026         providers' briefing",
                  "and we expect to award the contract in November 2026. The",
                  "new service will start on 1 April 2027.                           November 2026",
                  "                                                                  contract award"]


def test_a_sidebar_of_key_figures_beside_prose_is_read_after_the_prose():
    out = read_columns(SIDEBAR_PAGE)
    text = "\n".join(out)
    assert "with dementia in Ealing in 2025. As the population ages\nthis is expected to rise to 3,920 by 2035" in text
    assert out.index("3,140") > out.index("and their carers in the north of the borough.")


def test_figures_in_prose_beside_a_sidebar_keep_their_years():
    got = rows(read_columns(SIDEBAR_PAGE))
    assert ("dementia_estimated", EALING, "2035", 3920.0) in got
    assert ("dementia_register", EALING, "2025", 2090.0) in got


def test_a_table_row_whose_last_cell_is_short_is_no_sidebar():
    # guard: a spaced table (labels, then figures) is left as it is
    table = ["Table 1  Carers", "", "Area                               Unpaid carers       Share",
             "Ealing                                    27,400         8.0",
             "Acton and Chiswick neighbourhoods          5,120         7.1",
             "England                               4,650,100         8.9"]
    assert read_columns(table) == table


def test_a_spaced_header_whose_cells_wrap_onto_a_second_line_is_one_header():
    got = rows(["Unpaid carers by neighbourhood, Census 2021", "",
                "Neighbourhood            Unpaid carers     % of usual residents",
                "                                                 aged 5+",
                "Northfield                       2,310               8.4",
                "Southall Green                   2,870               9.1",
                "Hanger Hill                      1,460               6.2", ""])
    shares = sorted((r[3]) for r in got if r[0] == "carers_unpaid_pct")
    counts = sorted((r[3]) for r in got if r[0] == "carers_unpaid")
    assert shares == [6.2, 8.4, 9.1] and counts == [1460.0, 2310.0, 2870.0]


def test_an_age_groups_share_beside_a_share_of_residents_is_no_carers_share():
    got = rows(["Unpaid carers by neighbourhood, Census 2021", "",
                "Neighbourhood        Unpaid carers   % of residents aged 5+   % aged 65+",
                "Northfield                   2,310                      8.4         13.9",
                "Southall Green               2,870                      9.1         10.2",
                "Hanger Hill                  1,460                      6.2         18.4", ""])
    assert sorted(r[3] for r in got if r[0] == "carers_unpaid_pct") == [6.2, 8.4, 9.1]
    assert not [r for r in got if r[3] in (13.9, 10.2, 18.4)]


def test_a_row_label_wrapped_under_its_cells_finishes_that_rows_label():
    got = measures(["Table 4  Ealing compared", "",
                    "                                     Ealing        London       England",
                    "Dementia diagnosis rate (65+),        63.9%         67.0%         64.8%",
                    "March 2025",
                    "Extra care units per 1,000             9.4          14.0          24.1",
                    "aged 75+",
                    "Unpaid carers, % of residents 5+       8.0           7.9           8.9", ""])
    got = sorted((r.measure, r.area_code, float(r.value)) for r in got.itertuples())
    assert ("dementia_diagnosis_rate", EALING, 63.9) in got
    assert ("extra_care_units_per_1000_75plus", EALING, 9.4) in got
    assert ("extra_care_units_per_1000_75plus", "E92000001", 24.1) in got
    assert not [r for r in got if r[0] == "extra_care_units_per_1000_65plus"]


def test_a_london_phone_number_in_four_digit_groups_is_no_figure():
    got = rows_or_none(["Working with us", "", "We meet providers every quarter to talk about dementia care.", "",
                "Commissioning team: 020 8825 6200", "Carers hub: 020 8579 3311", ""])
    assert not [r for r in got if r[3] in (20.0, 8825.0, 6200.0, 8579.0, 3311.0)]


def test_carers_counted_in_a_year_are_that_years_carers():
    got = rows(["Unpaid carers", "", "At the 2021 Census, 27,400 Ealing residents said they looked after someone. That is "
                "1,930 fewer than the 29,330 carers counted in 2011.", ""])
    assert ("carers_unpaid", EALING, "2011", 29330.0) in got


def test_people_with_dementia_in_the_boroughs_care_homes_and_a_share_of_home_care_hours_are_no_dementia_figures():
    got = rows(["Living with dementia", "", "An estimated 3,140 people aged 65 and over were living with dementia in Ealing "
                "in 2025.", "", "Around 610 people with dementia live in the borough's care homes, and 58% of the home "
                "care hours we buy are for people with a dementia diagnosis.", ""])
    assert ("dementia_estimated", EALING, "2025", 3140.0) in got
    assert not [r for r in got if r[3] in (610.0, 58.0)]


def test_flats_a_scheme_in_development_will_have_are_planned_units():
    got = rows(["Extra care housing", "", "We have four extra care schemes with 240 flats. One further scheme is in "
                "development at Greenford Quay. It will have 72 flats, 10 of them wheelchair accessible, and is due to "
                "open in 2029.", ""])
    assert ("extra_care_units", EALING, "", 240.0) in got
    assert ("extra_care_units_planned", EALING, "2029", 72.0) in got
    assert not [r for r in got if r[0] == "extra_care_units" and r[3] == 72.0]


def test_a_sidebar_of_key_dates_beside_prose_is_read_after_the_prose():
    page = KEY_DATES_PAGE
    got = dates(read_columns(page))
    assert ("Day Opportunities Service", "award", "2026-11-01", "2026-11-30") in got
    assert not [d for d in got if d[2] == "2026-06-03"]


def test_a_review_dated_before_re_procuring_is_no_procurement_start():
    got = dates(["Advocacy Service", "", "The current contract ends on 30 September 2027. We will review the service during "
                 "2026/27 before re-procuring it, and the new service will begin on 1 October 2027.", ""])
    assert ("Advocacy Service", "contract_end", "2027-09-30", "2027-09-30") in got
    assert not [d for d in got if d[2] == "2026-04-01"]


def test_the_text_under_a_sidebars_last_box_is_no_line_of_the_box():
    page = [*KEY_DATES_PAGE,
            "Shared Lives Scheme",
            "",
            "The current contract ends on 30 June 2027."]
    out = read_columns(page)
    assert out[out.index("Shared Lives Scheme") - 1] == ""
    assert ("Shared Lives Scheme", "contract_end", "2027-06-30", "2027-06-30") in dates(out)


def test_a_new_services_term_runs_from_its_one_start_in_the_timetable_further_up():
    got = dates(["Table 5  Commissioning timetable", "",
                 "Service                     Contract end       Re-procurement start    New service from",
                 "Shared Lives Scheme         30 June 2027       October 2026            1 July 2027",
                 "Day Opportunities           31 March 2028      Spring 2027             1 April 2028", "",
                 "Dates may move; we will confirm each one on the London Tenders Portal when the",
                 "notice is published, and we will write to every provider on our lists.", "",
                 "Shared Lives Scheme", "",
                 "We will hold a briefing for providers on 3 June 2026. The tender will be published in October",
                 "2026 and we expect to award the contract in February 2027. The new service will run for four",
                 "years, with an option to extend for up to one more year.", ""])
    assert ("Shared Lives Scheme", "contract_end", "2031-06-30", "2031-06-30") in got
    assert ("Shared Lives Scheme", "extension_end", "2032-06-30", "2032-06-30") in got


def test_dementia_flats_of_a_scheme_the_sentence_before_plans_are_no_stock():
    got = rows(["Extra care housing", "", "We have four extra care schemes with 240 flats. One further scheme is in "
                "development at Southall. It will have 90 flats, 16 of them designed for people living with dementia, "
                "and opens in 2029.", ""])
    assert ("extra_care_units", EALING, "", 240.0) in got
    assert not [r for r in got if r[3] == 16.0]
