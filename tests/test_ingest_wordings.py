"""Wordings and layouts met in statements the corpus did not hold at first (data/ingest): Markdown tables,
districts the registry does not know, caring verbs, hours bands, 'k' and 'c.' figures, tender timetables."""
from __future__ import annotations

import pytest

from data.ingest import propose
from data.ingest.classify import band_of
from data.ingest.layout import pipe_cells
from data.reference import BAND_20_49, BAND_50_PLUS

BURNLEY = "E07000117"  # a made-up 'Fenwold Borough' statement is filed under a real authority code


def figures(lines: list[str]) -> list[tuple]:
    frame = propose(lines, BURNLEY)
    frame = frame[frame["kind"] == "measure"]
    return [(r.line, r.measure, r.area_code, r.area_name, r.period, r.value, r.breakdown)
            for r in frame.itertuples()]


MARKDOWN = """# Fenwold Borough Council: market position statement

## Extra care by district
Extra care housing, March 2026

| District | Schemes | Units |
|:---------|-------:|------:|
| Ashby Marsh | 2 | **120** |
| Kettleworth | 1 | 64 |
| Burnley | 3 | 180 |
| Total | 6 | 364 |
| England | 1,200 | 75,000 |
| South East | 180 | 11,000 |
""".splitlines()


def test_markdown_pipe_table_is_read_like_a_tab_table():
    got = figures(MARKDOWN)
    assert (8, "extra_care_units", "", "Ashby Marsh", "2026", 120.0, "") in got    # bold cell, unknown district
    assert (10, "extra_care_schemes", BURNLEY, "Burnley", "2026", 3.0, "") in got
    assert (11, "extra_care_units", BURNLEY, "Burnley", "2026", 364.0, "") in got  # a total is the authority's, named so
    assert (12, "extra_care_units", "E92000001", "England", "2026", 75000.0, "") in got
    assert not [g for g in got if g[0] in (7, 13)]                               # the rule line; a region row


def test_districts_the_registry_does_not_hold_are_proposed_with_no_area_and_low_confidence():
    frame = propose(MARKDOWN, BURNLEY)
    rows = frame[frame["area_name"].isin(["Ashby Marsh", "Kettleworth"])]
    assert len(rows) == 4
    assert set(rows["area_code"]) == {""} and set(rows["confidence"]) == {"low"}
    assert rows["text"].iloc[0] == "| Ashby Marsh | 2 | **120** |"     # the source line as written


def test_pipe_cells():
    assert pipe_cells("| a | 1,2 | **3** |") == ["a", "1,2", "3"]
    assert pipe_cells("|---|:--:|") is None and pipe_cells("Total: 3 | 4") is None


def test_a_text_line_right_under_a_markdown_heading_is_read():
    got = figures(["## Who cares", "Around 14,200 residents of Fenwold provide unpaid care, 11.3% of the population."])
    assert [(g[1], g[5]) for g in got] == [("carers_unpaid", 14200.0), ("carers_unpaid_pct", 11.3)]


@pytest.mark.parametrize("sentence", [
    "Around 14,200 residents care for a relative or friend.",
    "Around 14,200 people look after a family member, partner or friend.",
    "Some 14,200 residents are caring for someone.",
    "Around 14.2k people provide unpaid care.",
])
def test_caring_verbs_make_a_carer_count(sentence):
    assert [(g[1], g[5]) for g in figures([sentence])] == [("carers_unpaid", 14200.0)]


def test_hours_bands_are_a_breakdown_the_views_know_not_another_count():
    got = figures(["The 2021 Census counted 14,200 people providing unpaid care, of whom 3,100 provide 50 or more "
                   "hours a week."])
    assert [(g[1], g[5], g[6]) for g in got] == [("carers_unpaid", 14200.0, ""), ("carers_unpaid", 3100.0, BAND_50_PLUS)]
    table = ["Unpaid carers by hours of care, 2021", "", "Hours a week\tCarers", "19 hours or less\t8,200",
             "20 to 49 hours\t2,900", "50 or more hours\t3,100", "All carers\t14,200"]
    assert [g[6] for g in figures(table)] == ["19 hours or less a week", BAND_20_49, BAND_50_PLUS, ""]
    assert band_of("caring for at least 50 hours") == BAND_50_PLUS and band_of("50 carers") == ""


def test_of_whom_ends_the_first_clause():
    got = figures(["There are 1,930 people living with dementia in Fenwold, of whom 1,180 have a diagnosis."])
    assert [(g[1], g[5]) for g in got] == [("dementia_estimated", 1930.0), ("dementia_register", 1180.0)]


def test_a_rate_below_the_national_ambition_is_the_councils_rate_and_the_ambition_a_benchmark():
    got = figures(["Dementia", "", "Our diagnosis rate of 61.2% is below the national ambition of 66.7%."])
    assert [(g[1], g[2], g[5]) for g in got] == [("dementia_diagnosis_rate", BURNLEY, 61.2),
                                                 ("dementia_diagnosis_target", "E92000001", 66.7)]


def test_approximate_and_thousands_cells_in_a_table():
    got = figures(["Unpaid carers, 2021", "", "District\tCarers", "Burnley\tc. 2,300", "Kettleworth\t14.2k"])
    assert [(g[1], g[5]) for g in got] == [("carers_unpaid", 2300.0), ("carers_unpaid", 14200.0)]


def test_an_invitation_to_tender_published_is_a_stage_not_a_publication_date():
    frame = propose(["Carers support service", "",
                     "Invitation to tender published w/c 12 January 2027, with contract award in March 2027 and "
                     "the new service starting on 1 July 2027."], BURNLEY)
    assert [(r.stage, r.earliest, r.latest) for r in frame.itertuples()] == [
        ("procurement_start", "2027-01-12", "2027-01-12"), ("award", "2027-03-01", "2027-03-31"),
        ("contract_start", "2027-07-01", "2027-07-01")]
    assert propose(["This statement was published in March 2026; the carers contract starts in 2027."],
                   BURNLEY)["earliest"].tolist() == ["2027-01-01"]


@pytest.mark.parametrize("text, earliest, latest", [
    ("Q3 2027/28", "2027-10-01", "2027-12-31"),    # a financial year's third quarter is October to December
    ("Q4 2027/28", "2028-01-01", "2028-03-31"),
    ("Q1 2026/2027", "2026-04-01", "2026-06-30"),
    ("Q3 2027", "2027-07-01", "2027-09-30"),       # a calendar year's stays July to September
])
def test_quarters_of_a_financial_year(text, earliest, latest):
    from data.dates import find_dates, parse_any_date

    span = parse_any_date(text)
    assert (span.earliest.isoformat(), span.latest.isoformat()) == (earliest, latest)
    assert [d.span.earliest.isoformat() for d in find_dates(f"It will be re-tendered in {text}.")] == [earliest]


TIMETABLE = ["Carers support service", "", "Key dates",
             "Activity                              Date",
             "Market engagement event               4 November 2026",
             "Invitation to tender                  w/c 12 January 2027",
             "Clarification questions close         30 January 2027",
             "Tender return deadline                20/02/2027 at 12 noon",
             "Contract award                        March 2027"]


def test_a_timetable_with_stages_as_rows():
    frame = propose(TIMETABLE, BURNLEY)
    assert [(r.line, r.stage, r.earliest, r.latest) for r in frame.itertuples()] == [
        (6, "procurement_start", "2027-01-12", "2027-01-12"), (8, "tender_deadline", "2027-02-20", "2027-02-20"),
        (9, "award", "2027-03-01", "2027-03-31")]   # an engagement event and clarifications are not stages


def test_a_running_header_inside_a_table_broken_over_two_pages_is_stepped_over():
    lines = ["Lancashire County Council - Market Position Statement 2026          7", "",
             "Extra care housing by district", "",
             "District          Schemes   Units",
             "Burnley               2       118",
             "Chorley               1        60", "",
             "Lancashire County Council - Market Position Statement 2026          8", "",
             "District          Schemes   Units",
             "Pendle                1        70",
             "Total                 4       248"]
    got = figures(lines)
    assert (9, "extra_care_schemes") not in [(g[0], g[1]) for g in got]
    assert [(g[0], g[1], g[2], g[5]) for g in got if g[1] == "extra_care_units"] == [
        (6, "extra_care_units", BURNLEY, 118.0), (7, "extra_care_units", "E07000118", 60.0),
        (12, "extra_care_units", "E07000122", 70.0), (13, "extra_care_units", BURNLEY, 248.0)]


def test_a_trend_from_one_year_to_another_gives_each_figure_its_own_year():
    got = figures(["Dementia", "", "The number of people with dementia is projected to rise from 5,870 in 2025 to "
                   "8,300 in 2035. We estimate that 2,150 people have a diagnosis, rising to 2,900 by 2035."])
    assert [(g[1], g[4], g[5]) for g in got] == [
        ("dementia_estimated", "2025", 5870.0), ("dementia_estimated", "2035", 8300.0),
        ("dementia_register", "", 2150.0), ("dementia_register", "2035", 2900.0)]
    got = figures(["There were 15,100 unpaid carers at the last census, up from 13,900 in 2011."])
    assert [(g[4], g[5]) for g in got] == [("", 15100.0), ("2011", 13900.0)]


def test_ratios_reference_numbers_and_periods_do_not_cut_a_figure():
    got = figures(["Residents aged 65 and over number 27,400 (21.8% of the population)."])
    assert [(g[1], g[5], g[6]) for g in got] == [("population", 27400.0, "aged 65 and over")]
    got = figures(["Dementia", "", "Around 1 in 14 people aged 65 and over has dementia: about 1,900 people."])
    assert [g[5] for g in got] == [1900.0]


def test_carers_known_assessed_and_referred_are_their_own_measures():
    got = figures(["There were 15,100 unpaid carers at the last census.", "Carers known to the council: 8,450",
                   "Carers assessed in 2024/25: 2,310", "New referrals to the carers service in 2024/25: 3,020",
                   "Carers receiving a direct payment: 640"])
    assert [(g[1], g[4], g[5]) for g in got] == [
        ("carers_unpaid", "", 15100.0), ("carers_known", "", 8450.0), ("carers_assessed", "2024/25", 2310.0),
        ("carers_referrals", "2024/25", 3020.0)]      # a list's period is its label's, never the sentence's above


def test_a_national_row_in_a_list_is_a_benchmark_and_nomination_rights_are_not_units():
    got = figures(["Dementia at a glance", "Diagnosis rate: 63.8%", "National ambition: 66.7%"])
    assert [(g[1], g[2]) for g in got] == [("dementia_diagnosis_rate", BURNLEY),
                                           ("dementia_diagnosis_target", "E92000001")]
    got = figures(["There are 24 extra care schemes with 1,310 apartments, and the council holds nomination rights "
                   "to 900 of these apartments."])
    assert [g[5] for g in got] == [24.0, 1310.0]


def test_a_contract_from_one_date_to_another_starts_and_ends():
    frame = propose(["The extra care support contract will run from 1 April 2026 to 31 March 2031."], BURNLEY)
    assert [(r.stage, r.earliest) for r in frame.itertuples()] == [("contract_start", "2026-04-01"),
                                                                    ("contract_end", "2031-03-31")]


def test_a_row_per_year_and_a_population_column_beside_the_measure():
    got = figures(["People with dementia in Fenwold, 2025 to 2040", "",
                   "Year\tPeople aged 65+\tPeople with dementia", "2025\t24,100\t1,930", "2030\t26,800\t2,210"])
    assert [(g[1], g[2], g[4], g[5], g[6]) for g in got] == [
        ("dementia_estimated", BURNLEY, "2025", 1930.0, ""), ("dementia_estimated", BURNLEY, "2030", 2210.0, "")]


def test_a_district_list_whose_columns_lost_their_spacing():
    got = figures(["Dementia projections", "", "Year  People with dementia", "2025   1,930", "",
                   "Unpaid carers by district (Census 2021)", "Burnley 10,530 (11.8%)", "Pendle 9,870 (10.9%)"])
    assert [(g[1], g[2], g[5]) for g in got if g[0] > 4] == [
        ("carers_unpaid", BURNLEY, 10530.0), ("carers_unpaid_pct", BURNLEY, 11.8),
        ("carers_unpaid", "E07000122", 9870.0), ("carers_unpaid_pct", "E07000122", 10.9)]
    from data.ingest.layout import analyse

    assert analyse(["Extra care schemes", "Table 4", "Figure 2"]).tables == []   # numbered captions are not names
    assert len(analyse(["Extra care schemes", "Burnley 4", "Pendle 2"]).tables) == 1


def test_a_number_in_words_in_a_label_value_list():
    got = figures(["Extra care at a glance", "Schemes: seven", "Apartments: 412", "Status: open"])
    assert [(g[1], g[5]) for g in got] == [("extra_care_schemes", 7.0), ("extra_care_units", 412.0)]


def test_an_infographic_converted_to_text_each_figure_above_its_caption():
    got = figures(["Carers in Fenwold", "47,300", "unpaid carers (Census 2021)", "9.8%", "of residents aged 5 and over",
                   "13,650", "provide 50+ hours of care a week", "", "Housing with care", "11", "extra care schemes",
                   "728", "extra care apartments"])
    assert [(g[0], g[1], g[4], g[5], g[6]) for g in got] == [
        (2, "carers_unpaid", "2021", 47300.0, ""), (4, "carers_unpaid_pct", "2021", 9.8, ""),
        (6, "carers_unpaid", "2021", 13650.0, BAND_50_PLUS), (10, "extra_care_schemes", "", 11.0, ""),
        (12, "extra_care_units", "", 728.0, "")]   # '11' alone above a caption is a figure, not a page number
    # (the census share and hours band after the '(Census 2021)' key figure are of its year: round 21, r21b)


def test_a_rate_with_the_national_ambition_in_brackets():
    got = figures(["Dementia", "64.1% diagnosis rate (national ambition 66.7%)"])
    assert [(g[1], g[2], g[5]) for g in got] == [("dementia_diagnosis_rate", BURNLEY, 64.1),
                                                 ("dementia_diagnosis_target", "E92000001", 66.7)]


def test_a_find_a_tender_notice_with_numbered_sections():
    notice = ["II.1.1) Title: Carers Support Service",
              "II.2.7) Duration of the contract, framework agreement or dynamic purchasing system",
              "Start: 01/04/2027", "End: 31/03/2030", "This contract is subject to renewal: yes",
              "Description of renewals: the contract may be extended by up to 24 months.",
              "IV.2.2) Time limit for receipt of tenders or requests to participate", "Date: 20/02/2027",
              "Local time: 12:00"]
    frame = propose(notice, BURNLEY)
    assert [(r.line, r.stage, r.earliest, r.qualifier) for r in frame.itertuples()] == [
        (3, "contract_start", "2027-04-01", "as written"), (4, "contract_end", "2030-03-31", "as written"),
        (6, "extension_end", "2032-03-31", "derived"), (8, "tender_deadline", "2027-02-20", "as written")]
    assert set(frame["service"]) == {"Carers Support Service"}


def test_a_commissioning_intentions_table_with_an_ends_column_and_a_timescale():
    frame = propose(["### Commissioning intentions", "",
                     "| Service | Current contract ends | Intention | Timescale |", "|---|---|---|---|",
                     "| Domiciliary care framework | 31 March 2027 | Re-tender | Tender Q2 2026/27 |",
                     "| Carers' respite breaks | 30/09/2026 | Extend for 12 months | October 2026 |"], BURNLEY)
    assert [(r.line, r.service, r.stage, r.earliest, r.latest) for r in frame.itertuples()] == [
        (5, "Domiciliary care framework", "contract_end", "2027-03-31", "2027-03-31"),
        (5, "Domiciliary care framework", "procurement_start", "2026-07-01", "2026-09-30"),
        (6, "Carers' respite breaks", "contract_end", "2026-09-30", "2026-09-30")]   # 'October 2026' names no stage


def test_a_bracketed_wales_figure_and_a_year_after_a_semicolon():
    got = figures(["Dementia", "1,510 people are on GP dementia registers, a diagnosis rate of 64.5% (Wales 60.9%)."])
    assert [(g[1], g[2], g[5]) for g in got] == [("dementia_register", BURNLEY, 1510.0),
                                                 ("dementia_diagnosis_rate", BURNLEY, 64.5),
                                                 ("dementia_diagnosis_rate", "W92000004", 60.9)]
    got = figures(["Fenwold has 5 extra care schemes with a total of 287 flats; a sixth scheme of 60 flats opens in 2027."])
    assert [(g[1], g[4], g[5]) for g in got] == [("extra_care_schemes", "", 5.0), ("extra_care_units", "", 287.0),
                                                 ("extra_care_units_planned", "2027", 60.0)]


PERTH = "S12000048"


def test_a_census_named_by_its_country_is_the_source_not_the_area():
    frame = propose(["Scotland's Census 2022 found that 17,940 people in Perth and Kinross were providing unpaid care.",
                     "The Carers Centre supported 2,260 adult carers in 2024/25."], PERTH)
    assert [(r.measure, r.area_code, r.period, r.value) for r in frame.itertuples()] == [
        ("carers_unpaid", PERTH, "2022", 17940.0)]   # and carers a service supported are not the unpaid count


def test_housing_with_care_developments_and_tenancies():
    got = figures(["Housing with care", "The council commissions 4 housing with care developments, with 138 tenancies "
                   "in total.", "A further 40 tenancies are expected to complete in late 2027."])
    assert [(g[1], g[4], g[5]) for g in got] == [("extra_care_schemes", "", 4.0), ("extra_care_units", "", 138.0),
                                                 ("extra_care_units_planned", "2027", 40.0)]


def test_a_lot_line_with_dotted_dates_and_a_bracketed_extension_term():
    frame = propose(["Lot 2 - Care at Home (North): ITT issue 02.03.2026; tender return 13.04.2026; contract award",
                     "June 2026. Contract period: 3 years (+1+1), starting 1 October 2026."], BURNLEY)
    assert [(r.stage, r.earliest, r.qualifier) for r in frame.itertuples()] == [
        ("procurement_start", "2026-03-02", "as written"), ("tender_deadline", "2026-04-13", "as written"),
        ("award", "2026-06-01", "as written"), ("contract_start", "2026-10-01", "as written"),
        ("contract_end", "2029-09-30", "derived"), ("extension_end", "2031-09-30", "derived")]


def test_a_numeric_date_ending_a_sentence_and_a_go_live():
    frame = propose(["Home care: procurement activity Q4 2026/27. The service will go-live on 01/07/2027."], BURNLEY)
    assert [(r.stage, r.earliest) for r in frame.itertuples()] == [("procurement_start", "2027-01-01"),
                                                                    ("contract_start", "2027-07-01")]


def test_an_abbreviation_for_extra_care_and_a_further_clause_apart():
    got = figures(["There are 12 ECH schemes in the county totalling 640 units, with a further 3 ECH schemes "
                   "(165 units) in development."])
    assert [(g[1], g[5]) for g in got] == [("extra_care_schemes", 12.0), ("extra_care_units", 640.0),
                                           ("extra_care_schemes_planned", 3.0), ("extra_care_units_planned", 165.0)]


def test_a_word_document_s_bullets_with_a_tab_after_the_mark_are_prose_not_a_table():
    got = figures(["What carers told us",
                   "•\tAround three in five carers (61 per cent) said they had not had a carer's assessment.",
                   "•\tAlmost 9,000 carers are aged 75 or over."])
    assert [(g[1], g[5], g[6]) for g in got] == [("carers_unpaid", 9000.0, "aged 75 or over")]   # a survey share is not


def test_about_without_a_space_a_range_and_this_referring_to_the_main_clause():
    got = figures(["Dementia", "•\tc.18,500 people aged 65+ have dementia, of whom 11,900 (64.3 per cent) have a "
                   "formal diagnosis.", "•\tThis is projected to reach 23.9k by 2035.",
                   "Between 13,000 and 14,000 carers are thought to be caring for someone with dementia."])
    assert [(g[1], g[4], g[5]) for g in got] == [
        ("dementia_estimated", "", 18500.0), ("dementia_register", "", 11900.0),
        ("dementia_diagnosis_rate", "", 64.3), ("dementia_estimated", "2035", 23900.0)]   # the range: nothing


LEWISHAM = "E09000023"


def test_areas_as_columns_a_count_with_its_share_and_two_figures_in_one_cell():
    frame = propose(["## Key figures", "", "| Measure | Lewisham | London | England |", "|---|---|---|---|",
                     "| Unpaid carers (2021) | 22,480 (7.5%) | 7.1% | 8.9% |",
                     "| Extra care schemes / units | 4 / 236 | - | - |"], LEWISHAM)
    assert [(r.measure, r.area_code, r.value) for r in frame.itertuples()] == [
        ("carers_unpaid", LEWISHAM, 22480.0), ("carers_unpaid_pct", LEWISHAM, 7.5),
        ("carers_unpaid_pct", "E92000001", 8.9),          # London, a region's column, is left out
        ("extra_care_schemes", LEWISHAM, 4.0), ("extra_care_units", LEWISHAM, 236.0)]


def test_a_contracts_table_with_lot_numbers_first():
    frame = propose(["| Lot | Service | Start | End | Extension available |", "|---|---|---|---|---|",
                     "| 1 | Carers support hub | 01/04/2023 | 31/03/2027 | 1 year to 31/03/2028 |",
                     "| 2 | Dementia day opportunities | 01/10/2022 | 30/09/2026 | None |"], LEWISHAM)
    assert [(r.line, r.service, r.stage, r.earliest) for r in frame.itertuples()] == [
        (3, "Carers support hub", "contract_start", "2023-04-01"), (3, "Carers support hub", "contract_end", "2027-03-31"),
        (3, "Carers support hub", "extension_end", "2028-03-31"),
        (4, "Dementia day opportunities", "contract_start", "2022-10-01"),
        (4, "Dementia day opportunities", "contract_end", "2026-09-30")]
