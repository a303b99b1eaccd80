"""Round 36 (r36b) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes Procurement Act
2023 notices take when an analyst pastes them from the Find a Tender service into one text file: a preliminary market
engagement notice is a notice, titled by the line under its type; a pipeline notice's planned procurements are each
titled by the line under 'Planned procurement N'; 'Estimated date of publication of tender notice' is the procurement
start and 'Estimated award date' the award; the service called Find a Tender is no tender, and where a text was copied
from starts no contract; 'Possible extension to <date>' over the maximum length stays a field however many label-over-
value pairs follow; a procurement termination notice's dates are no stages (a line citing another notice's identifier
heads no notice); a notice's description is prose for figures and names the current contract's end; a contract
location's ITL/NUTS code line counts no extra care."""
from __future__ import annotations

from tests.proposals import figure_rows, or_nothing, proposers_for

LANCASHIRE = "E10000017"

measures, dates = proposers_for(LANCASHIRE)
rows = figure_rows(measures)
dates_or_none = or_nothing(dates)

BUYER = ["Contracting authority", "Lancashire County Council", "County Hall, Fishergate, Preston PR1 0XX",
         "Telephone: +44 1772 530000", ""]


def test_a_market_engagement_notice_is_titled_by_the_line_under_its_type():
    got = dates(["UK2: Preliminary market engagement notice - Procurement Act 2023 - view information about notice types",
                 "Community Reablement Service", "Notice identifier: 2026/S 000-041177", "Published 9 February 2026, 3:10pm",
                 "", *BUYER, "Description", "We are asking providers how short-term reablement at home could best be bought.",
                 "", "Contract dates (estimated)", "1 October 2026 to 30 September 2029", ""])
    assert ("Community Reablement Service", "contract_start", "2026-10-01", "2026-10-01") in got
    assert ("Community Reablement Service", "contract_end", "2029-09-30", "2029-09-30") in got


def test_a_pipeline_notices_planned_procurements_are_each_titled_by_the_line_under_them():
    got = dates(["UK1: Pipeline notice - Procurement Act 2023", "Adult care pipeline for the next 18 months",
                 "Notice identifier: 2026/S 000-015501", "Published 20 May 2026, 9:00am", "", *BUYER,
                 "Planned procurement 1", "Supported Living Framework", "Description",
                 "Care and support for adults with learning disabilities in their own tenancies.",
                 "Estimated date of publication of tender notice", "6 July 2026", "Contract dates (estimated)",
                 "1 January 2027 to 31 December 2030", "",
                 "Planned procurement 2", "Hospital Discharge Service", "Description",
                 "Short-term care at home for people leaving hospital.",
                 "Estimated date of publication of tender notice", "January 2027", "Contract dates (estimated)",
                 "1 June 2027 to 31 May 2030", ""])
    assert ("Supported Living Framework", "procurement_start", "2026-07-06", "2026-07-06") in got
    assert ("Supported Living Framework", "contract_start", "2027-01-01", "2027-01-01") in got
    assert ("Hospital Discharge Service", "procurement_start", "2027-01-01", "2027-01-31") in got
    assert ("Hospital Discharge Service", "contract_end", "2030-05-31", "2030-05-31") in got


def test_the_estimated_publication_of_the_tender_notice_and_the_estimated_award_date_are_stages():
    got = dates(["UK2: Preliminary market engagement notice - Procurement Act 2023", "Carers Breaks Service",
                 "Notice identifier: 2026/S 000-052008", "", *BUYER, "Procurement timetable",
                 "Estimated date of publication of tender notice: 7 December 2026",
                 "Estimated award date: 3 March 2027", ""])
    assert ("Carers Breaks Service", "procurement_start", "2026-12-07", "2026-12-07") in got
    assert ("Carers Breaks Service", "award", "2027-03-03", "2027-03-03") in got


def test_the_find_a_tender_service_is_no_tender():
    got = dates_or_none(["Lancashire adult care notices on Find a Tender (copied 2 February 2026)", "",
                         "Home care: the current framework ends on 31 March 2027.", ""])
    assert not [d for d in got if d[2] == "2026-02-02"]


def test_where_a_text_was_copied_from_starts_no_contract():
    got = dates_or_none(["Lancashire adult care notices copied from Find a Tender on 2 February 2026", "",
                         "Home care: the current framework ends on 31 March 2027.", ""])
    assert not [d for d in got if d[2] == "2026-02-02"]


def test_a_possible_extension_over_the_maximum_length_stays_a_field_before_label_and_value_pairs():
    got = dates(["UK6: Contract award notice - Procurement Act 2023", "Advocacy Hub",
                 "Notice identifier: 2026/S 000-011940", "", *BUYER, "Contract dates (estimated)",
                 "1 August 2026 to 31 July 2029", "Possible extension to 31 July 2030",
                 "3 years, the maximum contract length including extensions", "", "CPV classifications",
                 "85312320 - Counselling services", "", "Contract locations", "UKD44 - Lancashire", ""])
    assert ("Advocacy Hub", "extension_end", "2030-07-31", "2030-07-31") in got


def test_a_procurement_termination_notices_dates_are_no_stages():
    got = dates_or_none(["UK12: Procurement termination notice - Procurement Act 2023", "Night Sitting Service",
                         "Notice identifier: 2026/S 000-030112", "", *BUYER, "Procurement",
                         "Tender notice: 2026/S 000-010443 (published 2 March 2026)", "", "Reason",
                         "The procurement was to appoint a provider from 1 October 2026 for four years. The bids "
                         "received by the tender deadline of 14 April 2026 were all over budget.", "", "Notice end", ""])
    assert got == []


def test_a_notices_description_is_read_for_figures():
    got = rows(["UK1: Pipeline notice - Procurement Act 2023", "Housing with care pipeline", "", *BUYER,
                "Planned procurement 1", "Extra Care Care and Support", "Description",
                "Care at the 9 extra care schemes in Lancashire, which between them have 610 flats.",
                "Contract dates (estimated)", "1 April 2028 to 31 March 2033", ""])
    assert sorted(got) == [("extra_care_schemes", LANCASHIRE, "", 9.0), ("extra_care_units", LANCASHIRE, "", 610.0)]


def test_a_notices_description_gives_the_current_contracts_end():
    got = dates(["UK4: Tender notice - Procurement Act 2023", "Day Services for Older People",
                 "Notice identifier: 2026/S 000-028830", "", *BUYER, "Description",
                 "Day services across the county. They replace the existing contracts, which expire on 30 June 2027.",
                 "", "Contract dates (estimated)", "1 July 2027 to 30 June 2031", ""])
    assert ("Day Services for Older People", "contract_end", "2027-06-30", "2027-06-30") in got


def test_a_contract_locations_itl_code_line_counts_no_extra_care():
    got = rows(["UK1: Pipeline notice - Procurement Act 2023", "Housing with care pipeline", "", *BUYER,
                "Planned procurement 1", "Extra Care Care and Support", "Description",
                "Care at the 9 extra care schemes in Lancashire, which between them have 610 flats.",
                "Contract locations", "UKD44 - Lancashire", "UKD42 - Blackpool (for one scheme on the town's edge)", ""])
    assert not [r for r in got if r[3] == 1.0]
