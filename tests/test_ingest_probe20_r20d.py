"""Round 20 (r20d) of the document proposer (data/ingest), each rule on made-up lines in the wordings of a council's
contracts forward plan exported from a spreadsheet and its key-decision notices from Word: dates as Excel and officers
shorten them ('Apr-26', 'Q1 27/28', 'Extended to 31/03/27'), notes and notice titles led by a reference, and the
figures a commissioned service gives about its own work."""
from __future__ import annotations

from datetime import date

from data.dates import find_dates, parse_any_date
from data.ingest.procurement import excel_month
from tests.proposals import figure_rows, proposers_for

BRISTOL = "E06000023"

measures, dates = proposers_for(BRISTOL)
rows = figure_rows(measures)


def test_a_stage_cells_month_as_excel_shows_it_is_that_month():
    # Excel's mmm-yy format ('Apr-26') in a stage's cell is a month and a two-digit year, as "Apr '26" is (a header of
    # such months over figures stays a header: tests/test_ingest_probe16_r16d.py)
    assert (excel_month("Apr-26").earliest, excel_month("Apr-26").latest) == (date(2026, 4, 1), date(2026, 4, 30))
    assert (excel_month("Sept-27").earliest, excel_month("Sept-27").latest) == (date(2027, 9, 1), date(2027, 9, 30))
    assert not excel_month("Apr-2026 tbc").parsed


def test_a_financial_years_quarter_with_two_digit_years():
    # 'Q1 27/28' is April to June 2027, as 'Q1 2027/28'; two years that do not follow on are no financial year
    span = parse_any_date("Q1 27/28")
    assert (span.earliest, span.latest) == (date(2027, 4, 1), date(2027, 6, 30))
    assert not parse_any_date("Q1 27/29").parsed
    found = find_dates("We will go out to tender in Q4 26/27 for this service.", bare_years=False)
    assert [(d.span.earliest, d.span.latest) for d in found] == [(date(2027, 1, 1), date(2027, 3, 31))]


def test_a_forward_plans_cells_as_excel_and_officers_write_them():
    # 'Extended to 31/03/27' under the current expiry is the end of an extension already taken; 'Q1 27/28', 'Apr-26'
    # and 'Oct-27' are dates in their stage columns; a note led by a row's reference is about that row's service
    lines = [
        "Contracts forward plan",
        "",
        "Ref\tContract title\tCurrent expiry\tMax expiry (incl. extensions)\tProcurement start\tGo live",
        "P-07\tShort Breaks for Carers\t31/03/2027\t31/03/2028\tQ1 27/28\t01-Apr-2028",
        "P-09\tCommunity Support Framework\tExtended to 31/03/27\tN/A\tApr-26\t01/04/2027",
        "P-12\tAdvocacy Hub\t30/09/26\t30/09/27\tTBC\tOct-27",
        "",
        "Notes:",
        "- P-09: the framework was due to end on 30/09/2025 and was extended by Cabinet Member decision.",
    ]
    got = dates(lines)
    assert ("Short Breaks for Carers", "procurement_start", "2027-04-01", "2027-06-30") in got
    assert ("Community Support Framework", "extension_end", "2027-03-31", "2027-03-31") in got
    assert ("Community Support Framework", "contract_end", "2027-03-31", "2027-03-31") not in got
    assert ("Community Support Framework", "procurement_start", "2026-04-01", "2026-04-30") in got
    assert ("Advocacy Hub", "contract_start", "2027-10-01", "2027-10-31") in got
    assert ("Community Support Framework", "contract_end", "2025-09-30", "2025-09-30") in got
    assert not [d for d in got if d[0] == "P-09"]


def test_a_notice_title_led_by_its_reference_names_the_service():
    # a forward plan's key-decision titles ('KD/2027/12: Re-procurement of ...', '... – award of places') are
    # headings: the dates under them are the service's, without the reference or the decision's words
    lines = [
        "Key decisions",
        "",
        "**KD/2027/12: Re-procurement of the Memory Support Service**",
        "",
        "Decision maker: Cabinet",
        "",
        "It is proposed that Cabinet approves the commencement of a procurement, with a contract start of 1 July 2028. "
        "The new contract will run for an initial three years to 30 June 2031.",
        "",
        "**KD/2027/15: Home Support Framework – award of places**",
        "",
        "It is proposed that places on the framework are awarded in January 2028.",
    ]
    got = dates(lines)
    assert ("Memory Support Service", "contract_start", "2028-07-01", "2028-07-01") in got
    assert ("Memory Support Service", "contract_end", "2031-06-30", "2031-06-30") in got
    assert ("Home Support Framework", "award", "2028-01-01", "2028-01-31") in got


def test_the_procurement_for_a_named_service_opened_names_it():
    # 'The procurement for the new X opened in ... and closes to bids on ...': X is the service
    lines = [
        "Key decisions",
        "",
        "The procurement for the new Reablement Service opened in May 2027 and closes to bids on 30 July 2027.",
    ]
    got = dates(lines)
    assert ("Reablement Service", "tender_deadline", "2027-07-30", "2027-07-30") in got


def test_a_services_own_counts_are_no_carers_referrals_or_dementia_estimate():
    # 'supports around 3,200 carers a year and received 1,480 new referrals': the referrals are the second verb's,
    # the carers a service supports no figure of ours; the people a dementia service worked with are no estimate
    lines = [
        "An estimated 3,950 people aged 65 and over are living with dementia in Bristol in 2026.",
        "",
        "The Carers Hub currently supports around 3,200 carers a year and received 1,480 new referrals in 2025/26.",
        "",
        "The Dementia Support Service worked with 1,120 people with dementia in 2025/26.",
    ]
    got = rows(lines)
    values = {value for _, _, _, value in got}
    assert ("dementia_estimated", BRISTOL, "2026", 3950.0) in got
    assert ("carers_referrals", BRISTOL, "2025/26", 1480.0) in got
    assert not {3200.0, 1120.0} & values


def test_an_estimate_of_people_supported_by_their_families_is_still_an_estimate():
    # the people a service supports are no estimate; people with dementia whom family carers support still are
    got = rows(["An estimated 6,480 people are living with dementia in Bristol in 2026, many supported by family "
                "carers.", "", "Our dementia advisers supported 940 people with dementia last year.", ""])
    assert ("dementia_estimated", BRISTOL, "2026", 6480.0) in got
    assert 940.0 not in {value for _, _, _, value in got}
