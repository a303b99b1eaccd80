"""The lead's probe of the proposer (seven misreadings) and their neighbours, each on made-up text (data/ingest):
year columns beside an 'Estimated' column, 'mid-2024', sub-groups after ', of whom', Label: value lists under a
title line, 're-procure' after a written end, '**Service**: ...' bullets, a 2011 figure after a bracketed share,
'<Place> total' rows; running headers, 'Table 4    caption' lines, patients, 'give' and 'offer'."""
from __future__ import annotations

import pandas as pd

from bench.proposer import match_expected
from tests.proposals import proposers_for
from data.ingest.layout import analyse
from data.ingest.procurement import label_service, title_line

DEVON = "E10000008"     # made-up 'Fenholme' and 'Brackwater' text filed under real authority codes
WYRE = "E07000128"


measures, dates = proposers_for(DEVON)


def test_year_columns_beside_an_estimated_column_are_estimates_not_the_register_above():
    lines = ["Only 4,980 people have a recorded diagnosis of dementia.",
             "",
             "Ward group       Estimated people with dementia (65+)    2025    2030",
             "Ashcombe         1,210                                   1,210   1,450",
             "Brackwater       1,640                                   1,640   1,930"]
    got = measures(lines)
    table = got[got["line"] == 4]
    assert set(table["measure"]) == {"dementia_estimated"}
    assert sorted(zip(table["period"], table["value"])) == [("", 1210.0), ("2025", 1210.0), ("2030", 1450.0)]
    assert got[got["line"] == 1]["measure"].tolist() == ["dementia_register"]   # the sentence itself still is


def test_mid_year_is_the_period_and_a_sub_group_after_of_whom_is_not_the_total_s():
    got = measures(["Brackwater has a population of 401,300 (ONS mid-2024 estimate), of whom 88,600 are aged 65 "
                    "and over."])
    rows = {r.value: (r.measure, r.period, r.breakdown) for r in got.itertuples()}
    assert rows[401300.0] == ("population", "2024", "")
    assert rows[88600.0] == ("population", "2024", "aged 65 and over")


def test_a_2011_figure_after_a_bracketed_share_takes_no_age_band_from_the_bracket():
    got = measures(["The 2021 Census recorded 8,730 unpaid carers in Brackwater (9.1% of residents aged 5+), "
                    "down from 9,020 in 2011."], WYRE)
    rows = {r.value: (r.measure, r.period, r.breakdown) for r in got.itertuples()}
    assert rows[8730.0] == ("carers_unpaid", "2021", "")
    assert rows[9.1] == ("carers_unpaid_pct", "2021", "")    # the share's denominator is its base, no sub-group
    assert rows[9020.0] == ("carers_unpaid", "2011", "")


def test_place_total_and_total_rows_are_the_authority_named_as_such():
    lines = ["Table 2: Estimated number of people aged 65+ living with dementia",
             "",
             "| Locality | 2025 | 2030 |",
             "|---|---|---|",
             "| Brackwater North | 410 | 480 |",
             "| **Brackwater total** | **1,020** | **1,190** |",
             "",
             "Extra care housing",
             "",
             "| Scheme | Units |",
             "|---|---|",
             "| Kiln Court | 52 |",
             "| **Total** | **52** |"]
    got = measures(lines, WYRE)
    totals = got[got["line"].isin([6, 13])]
    assert set(zip(totals["area_code"], totals["area_name"], totals["breakdown"])) == {(WYRE, "Wyre", "")}
    assert sorted(totals["value"]) == [52.0, 1020.0, 1190.0]


def test_a_named_total_row_of_a_known_place_is_that_place():
    lines = ["District        Extra care units",
             "Norwich         120",
             "Breckland        80",
             "Norfolk total   200"]
    got = measures(lines, "E10000020")
    assert got[got["line"] == 4][["area_code", "area_name"]].values.tolist() == [["E10000020", "Norfolk"]]


def test_a_label_value_list_under_a_title_line_takes_the_title_as_its_service():
    lines = ["5. Commissioning intentions",
             "Night support service",
             "Contract start: 1 June 2027",
             "Contract length: 3 years plus optional extension of up to 2 years",
             "Estimated annual value: £4.1m",
             "Procurement timetable: tender published 1 March 2027; award by 30 April 2027."]
    got = dates(lines)
    assert ("Night support service", "contract_start", "2027-06-01", "2027-06-01") in got
    assert ("Night support service", "contract_end", "2030-05-31", "2030-05-31") in got       # derived
    assert ("Night support service", "extension_end", "2032-05-31", "2032-05-31") in got     # derived
    assert ("Night support service", "award", "2027-04-30", "2027-04-30") in got   # a generic label is no service


def test_re_procurement_after_a_written_end_is_not_a_second_end():
    got = dates(["Carers support service: the current contract ends on 31 March 2027 and we intend to re-procure "
                 "during summer 2026."])
    assert got == [("Carers support service", "contract_end", "2027-03-31", "2027-03-31"),
                   ("Carers support service", "procurement_start", "2026-06-01", "2026-08-31")]


def test_a_bold_bullet_label_is_the_service():
    lines = ["## Tenders", "",
             "- **Day opportunities**: procurement to start in January 2027; new contracts from 1 October 2027 "
             "for four years.",
             "- **Carers' support service**: current contract expires 30 June 2027."]
    got = dates(lines, WYRE)
    assert {s for s, *_ in got} == {"Day opportunities", "Carers' support service"}
    assert ("Day opportunities", "contract_end", "2031-09-30", "2031-09-30") in got
    assert label_service("**Day opportunities**: procurement to start") == "Day opportunities"
    assert label_service("Key dates: tender in May 2027") == "" and label_service("No label here") == ""


def test_a_running_header_is_neither_a_heading_nor_a_service():
    lines = ["Market Position Statement 2026-2029                          11",
             "4. Commissioning intentions",
             "We intend to re-tender in early 2027 so that a new service can start on 1 October 2027.",
             "",
             "Market Position Statement 2026-2029                          12"]
    lines = [lines[0], "", *lines[1:]]
    assert all("Statement" not in h for h in analyse(lines).headings[4])
    got = dates(lines)
    assert {s for s, *_ in got} == {"Commissioning intentions"}
    assert ("Commissioning intentions", "procurement_start", "2027-01-01", "2027-04-30") in got
    assert title_line(["Home care", "Start: 1 May 2027"], 2) == "Home care"
    assert title_line(["This is a sentence.", "Start: 1 May 2027"], 2) == ""


def test_a_table_caption_spaced_from_its_number_is_the_title_not_a_header_row():
    lines = ["Table 4    Estimated people with dementia, 65+",
             "District                       2025      2035",
             "Rugby                          1,320     1,810",
             "Warwick                        1,950     2,600"]
    got = measures(lines, "E10000031")
    assert sorted(zip(got["area_name"], got["period"], got["value"])) == [
        ("Rugby", "2025", 1320.0), ("Rugby", "2035", 1810.0), ("Warwick", "2025", 1950.0), ("Warwick", "2035", 2600.0)]
    assert set(got["measure"]) == {"dementia_estimated"}


def test_patients_on_a_register_and_verbs_give_and_offer_after_a_figure():
    got = measures(["The GP dementia register recorded 5,120 patients in March 2025.",
                    "Of the carers, 3,270 give 50 or more hours of care a week.",
                    "Four extra care schemes offer 212 flats."])
    rows = {r.value: (r.measure, r.breakdown) for r in got.itertuples()}
    assert rows[5120.0] == ("dementia_register", "")
    assert rows[3270.0] == ("carers_unpaid", "50+ hours a week")
    assert rows[4.0] == ("extra_care_schemes", "") and rows[212.0] == ("extra_care_units", "")


def test_the_scorer_checks_services_and_blanks_when_asked():
    props = pd.DataFrame([
        {"kind": "measure", "measure": "carers_unpaid", "value": 9020.0, "area_code": WYRE, "area_name": "Wyre",
         "period": "2011", "breakdown": "aged 5+", "service": "", "stage": "", "earliest": "", "latest": ""},
        {"kind": "procurement", "measure": "", "value": None, "area_code": WYRE, "area_name": "Wyre", "period": "",
         "breakdown": "", "service": "**Day opportunities**: procurement", "stage": "contract_end",
         "earliest": "2027-06-30", "latest": "2027-06-30"}])
    want_blank = {"kind": "measure", "measure": "carers_unpaid", "value": "9020", "breakdown": "-"}
    want_service = {"kind": "procurement", "stage": "contract_end", "earliest": "2027-06-30", "latest": "2027-06-30",
                    "service": "Day opportunities"}
    assert match_expected(props, [want_blank, want_service])[0] == 0
    assert match_expected(props, [{**want_blank, "breakdown": ""}, {**want_service, "service": ""}])[0] == 2


def test_a_census_year_in_brackets_before_the_figure_is_its_year():
    got = measures(["At the last census (2021), 27,310 residents said they provided unpaid care (9.9% of people "
                    "aged 5 and over)."])
    rows = {r.value: (r.measure, r.period, r.breakdown) for r in got.itertuples()}
    assert rows[27310.0] == ("carers_unpaid", "2021", "")
    assert rows[9.9][:2] == ("carers_unpaid_pct", "2021")


def test_a_projected_year_column_counts_what_the_column_beside_it_counts():
    lines = ["| Locality | People with dementia (est.) 2025 | Projected 2030 |",
             "|---|---:|---:|",
             "| Saltmarsh | 940 | 1,110 |"]
    got = measures(lines)
    assert sorted(zip(got["measure"], got["period"], got["value"], got["qualifier"])) == [
        ("dementia_estimated", "2025", 940.0, "estimate"), ("dementia_estimated", "2030", 1110.0, "projection")]


def test_labels_with_the_colon_inside_the_bold_italic_labels_and_dashes_name_the_service():
    got = dates(["- **Reablement:** the contract ends 30/09/2026 and will be extended until 31/03/2027.",
                 "- *Carers' breaks* – tender planned for spring 2027, new service from 1 October 2027.",
                 "- Home care – re-tender in 2027/28; current framework runs to 31 March 2028."])
    assert {(s, stage) for s, stage, *_ in got} == {
        ("Reablement", "contract_end"), ("Reablement", "extension_end"), ("Carers' breaks", "procurement_start"),
        ("Carers' breaks", "contract_start"), ("Home care", "procurement_start"), ("Home care", "contract_end")}
    assert label_service("We – the council – will tender in 2027") == ""


def test_a_row_label_that_only_names_the_measure_is_no_breakdown():
    lines = ["| Measure | Wyre | England |",
             "|---|---|---|",
             "| Unpaid carers (2021) | 10,120 (9.4%) | 8.9% |",
             "| Extra care units | 212 | - |",
             "| Carers aged 65+ | 2,900 | - |"]
    got = measures(lines, WYRE)
    rows = {(r.measure, r.value): r.breakdown for r in got.itertuples()}
    assert rows[("carers_unpaid", 10120.0)] == "" and rows[("carers_unpaid_pct", 8.9)] == ""
    assert rows[("extra_care_units", 212.0)] == ""
    assert rows[("carers_unpaid", 2900.0)] == "aged 65+"           # a sub-group stays one


YORK = "E06000014"


def test_a_tab_table_under_a_title_naming_two_subjects_takes_each_row_s_own():
    lines = ["1  Carers and dementia at a glance",
             "",
             "\t2011\t2021",
             "Unpaid carers\t24,650\t23,180",
             "% of residents\t9.8%\t8.7%",
             "Carers giving 50+ hours a week\t5,870\t6,940"]
    got = measures(lines, YORK)
    assert sorted(zip(got["line"], got["measure"], got["period"], got["breakdown"])) == [
        (4, "carers_unpaid", "2011", ""), (4, "carers_unpaid", "2021", ""),
        (5, "carers_unpaid_pct", "2011", ""), (5, "carers_unpaid_pct", "2021", ""),      # '% of residents' is no group
        (6, "carers_unpaid", "2011", "50+ hours a week"), (6, "carers_unpaid", "2021", "50+ hours a week")]


def test_a_contracts_tab_table_under_a_numbered_heading_with_a_timescale_column():
    lines = ["Brenmoor Commissioning Plan 2026 to 2028",
             "",
             "3  What we will buy and when",
             "Service\tCurrent contract end\tIntention\tTimescale",
             "Carers' assessment\t31.03.2027\tRe-tender\tTender Sept 2026; award Dec 2026",
             "Community equipment\t30 June 2026\tExtend\tExtension to 30 June 2027",
             "Extra care support\t31 March 2028\tRe-commission\tWinter 2026/27"]
    got = dates(lines, YORK)
    assert sorted(got) == sorted([
        ("Carers' assessment", "contract_end", "2027-03-31", "2027-03-31"),
        ("Carers' assessment", "procurement_start", "2026-09-01", "2026-09-30"),
        ("Carers' assessment", "award", "2026-12-01", "2026-12-31"),          # the cell's second stage
        ("Community equipment", "contract_end", "2026-06-30", "2026-06-30"),
        ("Community equipment", "extension_end", "2027-06-30", "2027-06-30"),
        ("Extra care support", "contract_end", "2028-03-31", "2028-03-31"),
        ("Extra care support", "procurement_start", "2026-12-01", "2027-02-28")])  # stage from 'Re-commission'
    # (and 'Plan 2026 to 2028' in the title is a plan's period, not a procurement date)


def test_a_prevalence_or_diagnosis_share_under_a_dementia_sentence_borrows_its_subject():
    got = measures(["A2. Dementia",
                    "There were 3,215 people on GP dementia registers at March 2026.",
                    "Recorded prevalence was 0.98% of the registered population; the estimated diagnosis rate is 61.2% "
                    "(England 65.0%)."], "E08000025")
    rows = {r.value: (r.measure, r.area_code) for r in got.itertuples()}
    assert rows[0.98] == ("dementia_prevalence_recorded", "E08000025")
    assert rows[61.2] == ("dementia_diagnosis_rate", "E08000025")
    assert rows[65.0] == ("dementia_diagnosis_rate", "E92000001")


def test_an_aim_is_not_a_count():
    got = measures(["The borough has 9 extra care schemes with 540 apartments; we want to grow this to 720 apartments "
                    "by 2031."], "E08000025")
    assert sorted(got["value"]) == [9.0, 540.0]


def test_two_label_value_lists_under_two_titles_are_two_notices():
    got = dates(["Commissioning intentions", "",
                 "Home care framework", "Contract start: 1 April 2027", "Contract length: 3 years", "",
                 "Day services", "Contract start: 1 October 2027",
                 "Contract length: 5 years plus an optional extension of up to 2 years"])
    assert got == [("Home care framework", "contract_start", "2027-04-01", "2027-04-01"),
                   ("Home care framework", "contract_end", "2030-03-31", "2030-03-31"),
                   ("Day services", "contract_start", "2027-10-01", "2027-10-01"),
                   ("Day services", "contract_end", "2032-09-30", "2032-09-30"),
                   ("Day services", "extension_end", "2034-09-30", "2034-09-30")]


def test_it_was_after_a_semicolon_is_the_rate_of_the_clause_before():
    got = measures(["Dementia", "About 3,000 people have dementia.",
                    "We want the diagnosis rate to reach the national ambition of 66.7% by March 2027; it was 61.8% "
                    "in December 2025."], YORK)
    rows = {r.value: (r.measure, r.area_code, r.period) for r in got.itertuples()}
    assert rows[66.7][:2] == ("dementia_diagnosis_target", "E92000001")
    assert rows[61.8] == ("dementia_diagnosis_rate", YORK, "2025")


def test_years_centred_over_number_and_per_cent_columns_head_both():
    lines = ["Unpaid carers by age, Census 2011 and 2021",
             "",
             "                       2011                 2021",
             "Age group         Number       %       Number       %",
             "65 and over        3,410    13.8        3,650    12.9",
             "All ages          13,190    10.6       13,100     9.9"]
    got = measures(lines, "E06000041")
    rows = sorted(zip(got["line"], got["measure"], got["period"], got["value"], got["breakdown"]))
    # (a bare band under 'Age group' is written as the corpus writes an age group: 'aged 65 and over', round 14)
    assert rows == [(5, "carers_unpaid", "2011", 3410.0, "aged 65 and over"),
                    (5, "carers_unpaid", "2021", 3650.0, "aged 65 and over"),
                    (5, "carers_unpaid_pct", "2011", 13.8, "aged 65 and over"),
                    (5, "carers_unpaid_pct", "2021", 12.9, "aged 65 and over"),
                    (6, "carers_unpaid", "2011", 13190.0, ""), (6, "carers_unpaid", "2021", 13100.0, ""),
                    (6, "carers_unpaid_pct", "2011", 10.6, ""), (6, "carers_unpaid_pct", "2021", 9.9, "")]


def test_a_notice_with_a_contract_period_from_and_to_and_extension_options():
    got = dates(["Tender notice: Carers support service",
                 "Contract period: 01/04/2027 to 31/03/2030",
                 "Extension options: 2 x 12 months",
                 "Tender closing date: 12 noon, 4 December 2026"])
    assert sorted(got) == sorted([("Carers support service", "contract_start", "2027-04-01", "2027-04-01"),
                                  ("Carers support service", "contract_end", "2030-03-31", "2030-03-31"),
                                  ("Carers support service", "extension_end", "2032-03-31", "2032-03-31"),
                                  ("Carers support service", "tender_deadline", "2026-12-04", "2026-12-04")])
