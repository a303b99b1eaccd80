"""Round 49 (r49b) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a county
council's provider bulletin gives when a docx-to-text converter reads the Word document (a paragraph a line, blank
lines between, plain headings, short news items): a district whose name is joined by 'of' or 'upon', written before
'alone' or 'itself', is the registry's district, not a town named by its last word; a news item's heading led by its
kind before a colon ('Contract alert: ...', 'Notice: ...') is a heading, and names the service of the dates under it
without its kind or what happened to it; and a table caption of figures 'by district' names no service, the heading
above it does."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

OXFORDSHIRE = "E10000025"
VALE_OF_WHITE_HORSE = "E07000180"

measures, dates = proposers_for(OXFORDSHIRE)
rows = figure_rows(measures)


def test_a_district_joined_by_of_before_alone_is_the_registrys_district():
    got = rows(["News from the districts", "",
                "In the Vale of White Horse alone, 11,240 people said they were unpaid carers at the 2021 Census.", ""])
    assert got == [("carers_unpaid", VALE_OF_WHITE_HORSE, "2021", 11240.0)]


def test_a_town_before_alone_is_still_no_registry_area():
    # guard: a town the registry does not hold keeps its name for the analyst
    frame = measures(["News from the districts", "",
                      "Wantage alone had 1,860 unpaid carers at the 2021 Census.", ""])
    assert [(r.area_code, r.area_name, float(r.value)) for r in frame.itertuples()] == [("", "Wantage", 1860.0)]


def test_a_news_items_heading_led_by_its_kind_names_the_service_of_the_dates_under_it():
    got = dates(["Oxfordshire provider news", "", "Contract alert: Community Equipment Service", "",
                 "The tender will open on 2 March 2026 and bids must be returned by 30 March 2026.", "",
                 "The new service will begin on 1 October 2026.", ""])
    assert {(service, stage) for service, stage, _, _ in got} == {
        ("Community Equipment Service", "procurement_start"), ("Community Equipment Service", "tender_deadline"),
        ("Community Equipment Service", "contract_start")}


def test_a_notice_heading_names_the_service_without_what_happened_to_it():
    got = dates(["Provider news", "", "Notice: day opportunities framework extended", "",
                 "The current arrangement has been extended to 31 December 2026.", "",
                 "We will invite tenders for a replacement in May 2026.", ""])
    assert {service for service, _, _, _ in got} == {"day opportunities framework"}


def test_a_caption_of_figures_by_district_names_no_service_the_news_heading_above_it_does():
    got = dates(["Provider news", "", "Market update: shared lives", "", "Shared lives carers by district, October 2025",
                 "", "District\tCarers\tPlacements", "Cherwell\t14\t19", "West Oxfordshire\t9\t12", "",
                 "The current contract ends on 30 April 2027. We will tender it in autumn 2026.", ""])
    assert {service for service, _, _, _ in got} == {"shared lives"}
