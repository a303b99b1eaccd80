"""Round 16 (r16c) of the document proposer (data/ingest), each rule on made-up lines in the layouts of a county's
procurement annex: a pipeline table exported from a spreadsheet (a reference column before the description, ISO dates
and datetimes, an 'Advert date' column, 'mid-2027' and 'H1 2027', an initial term and its extension options in
columns of their own), a list of contracts due to expire under a heading saying so, a bold heading holding a colon,
tender deadlines written with a time, and a board's meetings beside the word commissioning."""
from __future__ import annotations

from data.dates import find_dates, parse_any_date
from data.ingest import layout
from tests.proposals import or_nothing, proposers_for

ESSEX = "E10000012"

_measures, _dates = proposers_for(ESSEX)
dates = or_nothing(_dates)

HEADER = ("Ref\tLot\tDescription\tEst. annual value\tRoute\tAdvert date\tAward date\tContract start\tInitial term\t"
          "Extension options")


def _span(text: str) -> tuple[str, str]:
    s = parse_any_date(text)
    return (s.earliest.isoformat(), s.latest.isoformat()) if s.parsed else ("", "")


def test_iso_dates_and_spreadsheet_datetimes_are_days():
    assert _span("2027-04-12") == ("2027-04-12", "2027-04-12")
    assert _span("2028-04-01 00:00:00") == ("2028-04-01", "2028-04-01")
    assert [d.span.earliest.isoformat() for d in find_dates("Contract start 2029-10-01, review 2030")] == [
        "2029-10-01", "2030-01-01"]
    assert _span("2027-13-01") == ("", "")  # no such month
    assert all(d.kind == "year" for d in find_dates("Commissioning Strategy 2026-2030"))


def test_halves_and_hyphenated_parts_of_a_year():
    assert _span("H1 2027") == ("2027-01-01", "2027-06-30")
    assert _span("H2 2026") == ("2026-07-01", "2026-12-31")
    assert _span("mid-2027") == ("2027-05-01", "2027-08-31")
    assert _span("late-2028") == ("2028-09-01", "2028-12-31")
    assert [(d.span.earliest.isoformat(), d.span.latest.isoformat()) for d in
            find_dates("we expect to award early in 2029 and to advertise in mid-2028")] == [
        ("2029-01-01", "2029-04-30"), ("2028-05-01", "2028-08-31")]


def test_a_pipeline_row_is_filed_under_its_description_not_its_reference():
    got = dates(["Table 1 Procurement pipeline", "",
                 HEADER, "",
                 "CC-2027-004\tSingle lot\tCarers Information Service\t420000\tOpen procedure\t2027-02-15\t2027-06-30\t"
                 "2027-10-01\t\t"])
    assert ("Carers Information Service", "procurement_start", "2027-02-15", "2027-02-15") in got
    assert ("Carers Information Service", "award", "2027-06-30", "2027-06-30") in got
    assert ("Carers Information Service", "contract_start", "2027-10-01", "2027-10-01") in got
    assert not [g for g in got if g[0].startswith("CC-")]


def test_an_initial_term_and_extension_options_in_columns_give_the_ends():
    got = dates(["Table 1 Procurement pipeline", "",
                 HEADER, "",
                 "CC-2027-004\tSingle lot\tCarers Information Service\t420000\tOpen procedure\t2027-02-15\t2027-06-30\t"
                 "2027-10-01\t36 months\t12 + 12 months",
                 "CC-2026-019\t1-4\tHome Support Framework\t£21.5m\tOpen procedure\tmid-2027\tJan 2028\t"
                 "2028-04-01 00:00:00\t24 months + 12 + 12\t",
                 "CC-2027-022\t-\tDementia Advice Service\t310000\tCompetitive flexible procedure\tH1 2027\tearly 2028\t"
                 "01.07.2028\t3+1+1 yrs\tn/a",
                 "CC-2025-101\t2\tAdvocacy Service\t700000\tOpen procedure\tearly 2028\tTBC\t2029-04-01\t4 years\t+1 year",
                 "CC-2027-030\tn/a\tCommunity Equipment\t£3.9m\tDirect award\tn/a\t2027-10-01\t2028-01-01\t2 years\tTBC"])
    assert ("Carers Information Service", "contract_end", "2030-09-30", "2030-09-30") in got
    assert ("Carers Information Service", "extension_end", "2032-09-30", "2032-09-30") in got
    assert ("Home Support Framework", "procurement_start", "2027-05-01", "2027-08-31") in got
    assert ("Home Support Framework", "contract_start", "2028-04-01", "2028-04-01") in got
    assert ("Home Support Framework", "contract_end", "2030-03-31", "2030-03-31") in got
    assert ("Home Support Framework", "extension_end", "2032-03-31", "2032-03-31") in got
    assert ("Dementia Advice Service", "procurement_start", "2027-01-01", "2027-06-30") in got
    assert ("Dementia Advice Service", "contract_end", "2031-06-30", "2031-06-30") in got
    assert ("Dementia Advice Service", "extension_end", "2033-06-30", "2033-06-30") in got
    assert ("Advocacy Service", "extension_end", "2034-03-31", "2034-03-31") in got
    assert ("Community Equipment", "contract_end", "2029-12-31", "2029-12-31") in got
    assert not [g for g in got if g[0] == "Community Equipment" and g[1] == "extension_end"]


def test_a_list_of_contracts_due_to_expire_gives_each_its_end():
    got = dates(["**Contracts due to expire in the next two years**", "",
                 "As at 1 October 2026.", "",
                 "•\tCarers Breaks Service – 30/06/2027; not being re-procured", "",
                 "•\tMeals at Home – Feb 2028 (under review)", "",
                 "•\tSupported Living – North Essex – 31.03.2028"])
    assert not [g for g in got if not g[2]]  # (the heading's "next two years" is no contract length)
    assert ("Carers Breaks Service", "contract_end", "2027-06-30", "2027-06-30") in got
    assert ("Meals at Home", "contract_end", "2028-02-01", "2028-02-29") in got
    assert ("Supported Living – North Essex", "contract_end", "2028-03-31", "2028-03-31") in got
    assert not [g for g in got if g[2] == "2026-10-01"]
    # (a list under another heading is no list of ends)
    assert dates(["**Provider events**", "",
                 "•\tHome support briefing – 30/06/2027", "",
                 "•\tCarers forum – 14.09.2027"]) == []


def test_a_bold_heading_may_hold_a_colon():
    lines = ["Intro text here.", "", "**Extra care housing: care and support**", "",
             "The contract expires on 31.03.2028."]
    assert layout.is_heading(lines, 2)
    assert not layout.is_heading(["", "**Contract start: 1 April 2027**", ""], 1)
    got = dates(["**Dementia support**", "", "The dementia contract ends on 30 June 2028.", "",
                 "**Extra care housing: care and support**", "", "The current contract expires on 31.03.2028."])
    assert ("Extra care housing: care and support", "contract_end", "2028-03-31", "2028-03-31") in got


def test_tender_deadlines_written_with_a_time_or_as_bids_due():
    got = dates(["**Carers breaks**", "",
                 "The tender notice is planned for 8 March 2027, and bids will be due six weeks later, by midday on "
                 "19 April 2027."])
    assert ("Carers breaks", "tender_deadline", "2027-04-19", "2027-04-19") in got
    got = dates(["**Reablement**", "", "The deadline for tender submissions is 12:00 on 20.09.2027."])
    assert got == [("Reablement", "tender_deadline", "2027-09-20", "2027-09-20")]


def test_a_boards_meetings_are_no_stage():
    got = dates(["The pipeline is reviewed by the Adult Commissioning Board every quarter (next meetings 9 December "
                 "2026 and 10 March 2027)."])
    assert got == []


def test_a_sentence_naming_its_contract_files_the_date_under_the_service():
    got = dates(["**Advocacy**", "", "The Independent Advocacy Hub contract runs to 30 September 2029, so it is not listed "
                 "below."])
    assert got == [("Independent Advocacy Hub", "contract_end", "2029-09-30", "2029-09-30")]


def test_a_week_commencing_is_no_contract_start():
    got = dates(["**Extra care support**", "", "A tender notice will go out in the week commencing 14 June 2027."])
    assert got == [("Extra care support", "procurement_start", "2027-06-14", "2027-06-14")]


def test_a_contracts_annual_value_is_no_figure():
    got = _measures(["Table 1 Procurement pipeline", "",
                     "Service\tEst. annual value\tRoute\tContract start",
                     "Dementia Advice Service\t310000\tOpen procedure\t01.07.2028",
                     "Carers Breaks\t95,000\tOpen procedure\t01.04.2028"])
    assert got.empty
