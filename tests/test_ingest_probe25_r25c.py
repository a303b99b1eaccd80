"""Round 25 (r25c) of the document proposer (data/ingest), each rule on made-up lines as a council's quarterly
provider newsletter or e-magazine reads when converted from PDF to text: an 'In this issue' contents box with dot
leaders, a new scheme's own apartments beside the borough's total, Dementia Friends, job adverts with salaries and
closing dates, stories run on to a later page ('continued on page 6' / 'continued from page 3')."""
from __future__ import annotations

from tests.proposals import or_nothing, proposers_for

ROTHERHAM = "E08000018"

measures, dates = proposers_for(ROTHERHAM)


def _rows(lines):
    return {(r.measure, str(r.period), float(r.value)) for r in measures(lines).itertuples()}


def test_an_in_this_issue_box_is_a_contents_list():
    # a newsletter's contents box: its entries' page numbers are no figures, though the entries name carers and dementia
    got = measures(["In this edition", "Editor's note .............................. 2",
                    "Unpaid carers in Rotherham ................... 6",
                    "Living well with dementia .................... 9", "",
                    "At the 2021 Census, 24,300 people in Rotherham provided unpaid care."])
    values = {float(v) for v in got["value"]}
    assert 24300.0 in values
    assert not values & {2.0, 6.0, 9.0}


def test_dementia_friends_are_no_people_with_dementia():
    rows = _rows(["Dementia news", "",
                  "We estimate that 3,950 people aged 65 and over in Rotherham are living with dementia in 2026.",
                  "Over 5,100 people across the borough have now become Dementia Friends, and 30 Dementia Champions "
                  "lead sessions."])
    assert ("dementia_estimated", "2026", 3950.0) in rows
    assert not {v for m, _, v in rows if m.startswith("dementia")} & {5100.0, 30.0}


def test_a_job_adverts_closing_date_is_no_tender_deadline():
    lines = ["Vacancies", "", "Senior Support Worker (Reablement)",
             "Grade 6, £27,711 to £30,296 per annum, 37 hours a week",
             "Closing date: 9 March 2026. Job ref: RMBC-2231"]
    assert not [d for d in or_nothing(dates)(lines) if d[1] == "tender_deadline"]
    # a tender's closing date under a service's title is still its deadline
    notice = ["Carers respite service", "Closing date: 9 March 2026", "Contract start: 1 July 2026"]
    assert ("tender_deadline", "2026-03-09") in {(d[1], d[2]) for d in dates(notice)}


def test_a_salary_line_is_no_flattened_table():
    # 'Grade 5, £24,294 to £26,409 a year, 37 hours a week' under a carers' job title: pay and hours, no carers
    got = measures(["Rotherham has 6 extra care schemes.", "", "JOBS", "Carers Support Worker",
                    "Grade 5, £24,294 to £26,409 a year, 37 hours a week", "Closing date: 9 March 2026. Ref: RMBC2231"])
    assert {float(v) for v in got["value"]} == {6.0}


def test_one_new_schemes_apartments_are_not_the_boroughs_total():
    rows = _rows(["New extra care scheme opens", "",
                  "Tenants moved into Wickersley Grange extra care scheme in January. The development, managed by "
                  "Oakwell Homes, has 54 flats.",
                  "Rotherham now has 5 extra care schemes with 298 flats between them."])
    assert ("extra_care_units", "", 298.0) in rows
    assert ("extra_care_units", "", 54.0) not in rows


def test_a_second_figure_leading_its_own_clause_after_and():
    rows = _rows(["Carers in Rotherham", "",
                  "During 2024/25, 2,640 carers were known to adult social care and 1,120 had a carer's assessment."])
    assert ("carers_known", "2024/25", 2640.0) in rows
    assert ("carers_assessed", "2024/25", 1120.0) in rows


def test_a_title_naming_the_service_in_full_is_its_name():
    got = dates(["Commissioning update", "", "Community equipment and telecare",
                 "The telecare contracts have been extended to 30 June 2027 while the review finishes."])
    assert ("Community equipment and telecare", "extension_end", "2027-06-30", "2027-06-30") in got


def test_a_story_run_on_to_a_later_page_keeps_its_service():
    lines = ["COMMISSIONING NEWS", "", "Reablement service",
             "The current contract ends on 30 September 2026. The tender opens on 2 March 2026 and",
             "                                         continued on page 5", "",
             "Rotherham Provider News | Issue 9                                  2", "",
             "CARERS NEWS",
             "Carers Week runs from 8 to 14 June 2026. Drop-in sessions are listed on page 6.", "",
             "Commissioning news (continued from page 2)",
             "closes on 10 April 2026. The new service starts on 1 October 2026."]
    got = {(d[1], d[2]): d[0] for d in dates(lines)}
    assert got.get(("tender_deadline", "2026-04-10")) == "Reablement service"
    assert got.get(("contract_start", "2026-10-01")) == "Reablement service"
