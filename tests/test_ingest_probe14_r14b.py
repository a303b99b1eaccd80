"""Round 14 (r14b) of the document proposer (data/ingest), each rule on made-up lines in the layouts of a statement
converted from Word or PDF that lays out its procurement plans: a running header repeated on every page with no page
number, headings bold from end to end, a plan as a chart (financial years or quarters as columns, stage words or
marks in the cells), a list led by its months, dates written relative to another ('nine months before the contract
expires on', 'the next day', 'the last year of the contract', 'by the end of this financial year'), and a document's
review dates, a provider's registration and a plan's own years, none of which are stages."""
from __future__ import annotations

from data.dates import parse_any_date
from data.ingest import layout
from tests.proposals import or_nothing, proposers_for

HALTON = "E06000006"

measures, _dates = proposers_for(HALTON)

dates = or_nothing(_dates)  # [] where nothing at all is proposed


def _page(header: str, body: list[str], page: int) -> list[str]:
    return [header, "", *body, "", f"Page {page}", ""]


# ---------------------------------------------------------------- 1. headers and headings
def test_a_header_repeated_on_every_page_with_no_page_number_is_no_heading():
    header = "Riverside Council | Adult Commissioning Statement 2027-2030"
    lines = [*_page(header, ["Introduction", "", "Some words about the market.", "", "More words.", "", "x"], 1),
             *_page(header, ["Words on a second page.", "", "More.", "", "And more.", "", "y"], 2),
             *_page(header, ["The day services contract ends on 31 May 2028.", "", "z", "", "z", "", "z"], 3)]
    assert header.lower() not in " ".join(s.lower() for s, *_ in dates(lines))
    assert {n for n, t in enumerate(lines, start=1) if t == header} <= layout.running_lines(lines)


def test_a_line_bold_end_to_end_is_a_heading_naming_the_service():
    lines = ["**Day opportunities**", "", "The current contract ends on 31 May 2027."]
    assert dates(lines) == [("Day opportunities", "contract_end", "2027-05-31", "2027-05-31")]


# ---------------------------------------------------------------- 2. a plan laid out as a chart
def test_stage_words_under_financial_years_date_the_row_service():
    lines = ["Service\t2027/28\t2028/29\t2029/30",
             "Day opportunities\tReview\tTender\tNew contract",
             "Home care\tExtend\t\t"]
    assert dates(lines) == [("Day opportunities", "procurement_start", "2028-04-01", "2029-03-31"),
                            ("Day opportunities", "contract_start", "2029-04-01", "2030-03-31")]


def test_marks_under_quarters_date_the_row_stage_for_the_timetable_service():
    lines = ["Reablement – procurement timetable", "",
             "Stage\tQ3 2026/27\tQ4 2026/27\tQ1 2027/28",
             "Market engagement\tX\t\t",
             "Invitation to tender issued\t\tX\t",
             "Evaluation and moderation\t\tX\tX",
             "Contract start\t\t\t✓"]
    assert dates(lines) == [("Reablement", "procurement_start", "2027-01-01", "2027-03-31"),
                            ("Reablement", "contract_start", "2027-04-01", "2027-06-30")]


def test_quarters_in_words_are_quarters_of_their_financial_year():
    assert (parse_any_date("the third quarter of 2027/28").earliest.isoformat(),
            parse_any_date("the third quarter of 2027/28").latest.isoformat()) == ("2027-10-01", "2027-12-31")
    assert parse_any_date("the last quarter of 2026/27").earliest.isoformat() == "2027-01-01"


# ---------------------------------------------------------------- 3. a list led by its months
def test_a_list_led_by_months_takes_its_stage_after_the_dash_and_a_service_named_before():
    lines = ["Service\tContract end", "Extra care support\t31/08/2027", "",
             "- Feb 2027 – market engagement for Extra care support",
             "- May 2027 – Extra care support: invitation to tender issued",
             "- Sep 2027 – new Extra care support contracts begin"]
    assert dates(lines) == [("Extra care support", "contract_end", "2027-08-31", "2027-08-31"),
                            ("Extra care support", "procurement_start", "2027-05-01", "2027-05-31"),
                            ("Extra care support", "contract_start", "2027-09-01", "2027-09-30")]


# ---------------------------------------------------------------- 4. dates relative to a written one
def test_months_before_a_written_end_date_the_stage_before_them():
    lines = ["Carers breaks", "", "We will publish the tender nine months before the contract expires on 30 September 2027."]
    assert sorted(dates(lines)) == [("Carers breaks", "contract_end", "2027-09-30", "2027-09-30"),
                                    ("Carers breaks", "procurement_start", "2027-01-01", "2027-01-01")]


def test_the_next_day_is_the_day_after_the_date_before():
    lines = ["Carers breaks", "", "The current contract ends on 30 November 2027 and the replacement service begins on the next day."]
    assert sorted(dates(lines)) == [("Carers breaks", "contract_end", "2027-11-30", "2027-11-30"),
                                    ("Carers breaks", "contract_start", "2027-12-01", "2027-12-01")]


def test_the_last_year_of_the_contract_is_the_year_before_its_written_end():
    lines = ["Shared lives", "", "The framework runs until 31 January 2029. We will re-tender in the last year of the contract."]
    assert sorted(dates(lines)) == [("Shared lives", "contract_end", "2029-01-31", "2029-01-31"),
                                    ("Shared lives", "procurement_start", "2028-02-01", "2029-01-31")]


def test_the_end_of_this_financial_year_is_the_one_of_the_date_before():
    lines = ["Shared lives", "", "Bids close on 14 December 2026 and we will award the contract by the end of this "
             "financial year."]
    assert sorted(dates(lines)) == [("Shared lives", "award", "2027-03-31", "2027-03-31"),
                                    ("Shared lives", "tender_deadline", "2026-12-14", "2026-12-14")]


def test_a_tender_issued_for_this_service_is_dated_under_the_heading():
    lines = ["**Carers breaks**", "", "The tender for this service was issued on 3 March 2027 and closes at 5pm on "
             "2 April 2027."]
    assert dates(lines) == [("Carers breaks", "procurement_start", "2027-03-03", "2027-03-03"),
                            ("Carers breaks", "tender_deadline", "2027-04-02", "2027-04-02")]


# ---------------------------------------------------------------- 5. no stage
def test_review_dates_registration_and_a_plans_years_are_no_stage():
    assert dates(["Carers hub", "", "This commissioning plan was last reviewed in May 2026."]) == []
    assert dates(["Carers hub", "", "The provider of the contract has been registered with the CQC since March 2015."]) == []
    assert dates(["Carers hub", "", "This statement sets out the contracts we will tender over the next three years "
                  "from April 2027."]) == []
