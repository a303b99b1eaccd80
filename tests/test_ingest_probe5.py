"""Round 5 of the document proposer (data/ingest), each rule on made-up lines: a Procurement Act notice's
service from its title or description, and lots each with their own service."""
from __future__ import annotations

import re

from data.ingest.procurement import described_service, notice_title
from tests.proposals import proposers_for

FERN = "E07000207"  # made-up 'Fernleigh' text filed under a real authority code

measures, dates = proposers_for(FERN)

UK4 = ["UK4: Tender notice - Procurement Act 2023 - view information about notice types",
       "Community Support and Wellbeing Service",
       "Notice identifier: 2026/S 000-044719",
       "",
       "Description",
       "Fernleigh Borough Council is procuring community support for adults. The service is divided into two lots.",
       "",
       "Total value (estimated)",
       "£5,400,000 excluding VAT",
       "",
       "Contract dates (estimated)",
       "1 April 2027 to 31 March 2030",
       "Possible extension to 31 March 2032",
       "5 years, the maximum contract length including extensions",
       "",
       "Lot 1. Carers Support Hub",
       "Description",
       "Information, advice and breaks for adult unpaid carers.",
       "",
       "Contract dates (estimated)",
       "1 April 2027 to 31 March 2030",
       "",
       "Lot 2. Dementia Day Opportunities",
       "Lot value (estimated)",
       "£3,300,000 excluding VAT",
       "",
       "Contract dates (estimated)",
       "1 July 2027 to 30 June 2030",
       "",
       "Submission",
       "Tender submission deadline",
       "26 October 2026, 12:00pm"]


def test_the_title_of_a_notice_is_the_line_under_its_type_or_after_it():
    assert notice_title(UK4, 1) == "Community Support and Wellbeing Service"
    assert notice_title(["Tender notice: Carers support service"], 1) == "Carers support service"
    assert notice_title(["Tender notice", "Title: Home Support for Older People", "Buyer: X"], 1) == \
        "Home Support for Older People"
    # an identifier under the type is no title
    assert notice_title(["UK4: Tender notice - Procurement Act 2023", "Notice identifier: 2026/S 000-031842"], 1) == ""


def test_a_description_names_the_service_it_buys_never_itself():
    assert described_service("Brayford Council is seeking a provider to deliver an integrated carers' support service "
                             "for adult unpaid carers across the borough.") == "integrated carers' support service"
    assert described_service("The council invites tenders for the provision of a reablement service for adults.") == \
        "reablement service"
    assert described_service("Fernleigh Borough Council is procuring community support for adults. The service is "
                             "divided into two lots.") == ""
    assert described_service("We will continue to provide the service.") == ""


def test_each_lot_carries_its_own_service_and_the_notice_its_title():
    got = dates(UK4)
    assert ("Community Support and Wellbeing Service", "contract_start", "2027-04-01", "2027-04-01") in got
    assert ("Community Support and Wellbeing Service", "extension_end", "2032-03-31", "2032-03-31") in got
    assert ("Carers Support Hub", "contract_start", "2027-04-01", "2027-04-01") in got
    assert ("Carers Support Hub", "contract_end", "2030-03-31", "2030-03-31") in got
    assert ("Dementia Day Opportunities", "contract_start", "2027-07-01", "2027-07-01") in got
    assert ("Dementia Day Opportunities", "contract_end", "2030-06-30", "2030-06-30") in got
    # the submission section after the lots is the whole notice's
    assert ("Community Support and Wellbeing Service", "tender_deadline", "2026-10-26", "2026-10-26") in got
    # no service is a label line, and the whole length including extensions gives no undated contract end
    assert not [d for d in got if d[0] in ("Total value (estimated)", "Submission") or d[2] == ""]


def test_a_notice_with_no_title_takes_the_service_its_description_names():
    lines = ["Procurement description",
             "The council is seeking providers to deliver a reablement and hospital discharge service for adults "
             "leaving hospital.",
             "",
             "Total value (estimated)",
             "£2,300,000 excluding VAT",
             "",
             "Contract dates (estimated)",
             "1 June 2028 to 31 May 2031"]
    assert dates(lines) == [("reablement and hospital discharge service", "contract_start", "2028-06-01", "2028-06-01"),
                            ("reablement and hospital discharge service", "contract_end", "2031-05-31", "2031-05-31")]


def test_a_second_description_after_the_lots_is_another_notice():
    lines = ["Tender notice", "Title: Home Support for Older People", "",
             "Description: The council invites tenders for home support for older people.",
             "Contract start date: 1 October 2027", "",
             "Lot 1: Ashwick North - Home Support",
             "Lot value (estimated): £7,100,000",
             "Contract start date: 1 October 2027", "",
             "Procurement description",
             "The council is seeking providers to deliver a reablement service for adults.", "",
             "Contract dates (estimated)",
             "1 June 2028 to 31 May 2031"]
    got = dates(lines)
    assert ("Home Support for Older People", "contract_start", "2027-10-01", "2027-10-01") in got
    assert ("Ashwick North - Home Support", "contract_start", "2027-10-01", "2027-10-01") in got
    assert ("reablement service", "contract_start", "2028-06-01", "2028-06-01") in got


# ---------------------------------------------------------------- two-column PDF text (data/ingest/columns.py)
from data.ingest.columns import read_columns  # noqa: E402

LEFT = ["The 2021 Census recorded 14,320 residents", "providing unpaid care in Thornbury, up from",
        "13,870 in 2011. Of these, 4,210 provide 50", "or more hours of care a week."]
RIGHT = ["There are currently nine extra care schemes", "in the borough providing 612 units between",
         "them. A further two schemes with 150 units", "are planned to open by 2028."]


def _two_columns(left: list[str], right: list[str], gutter: int = 52) -> list[str]:
    return [(a.ljust(gutter) + b).rstrip() for a, b in zip(left, right)]


def test_a_two_column_page_is_read_one_column_after_the_other():
    lines = ["Market Position Statement", "", *_two_columns(LEFT, RIGHT), "", "Page 7"]
    assert read_columns(lines) == ["Market Position Statement", "", *LEFT, "", *RIGHT, "", "Page 7"]


def test_a_right_column_line_with_the_left_blank_stays_in_its_column():
    right = [*RIGHT[:3], ""]
    lines = [*_two_columns(LEFT, right), " " * 52 + "Procurement"]
    assert read_columns(lines) == [*LEFT, "", "", *right, "Procurement"]


def test_a_right_column_placed_a_character_either_way_is_one_column():
    lines = [a.ljust(52 + shift) + b for a, b, shift in zip(LEFT, RIGHT, (0, 1, -1, 0))]
    assert read_columns(lines) == [*LEFT, "", *RIGHT]


def test_single_column_text_and_space_aligned_tables_are_left_as_they_are():
    table = ["District                      2011        2021", "Ashby Marsh                  9,812      10,240",
             "Brookfield                   7,904       8,115", "Cold Norton                  6,120       6,544"]
    prose = ["The council commissions home care from 41 providers   across the borough, and",
             "day services from 12 sites."]
    labels = ["Carers support service          Fairway Care Ltd          31 March 2027",
              "Day opportunities for adults    Brookside Trust Ltd      30 September 2026",
              "Home support for older people   Several providers        31 March 2028"]
    for lines in (table, prose, labels, LEFT):
        assert read_columns(lines) == lines


def test_the_gutter_must_hold_across_lines():
    # two lines with a wide gap at different places are no columns
    lines = ["The carers centre supported many people this year           and the register grew",
             "An estimated number of people living with dementia rose      again in the year to March",
             "There are currently nine extra care schemes in the borough providing units between them"]
    assert read_columns(lines) == lines


def test_two_column_text_gives_each_sentence_its_own_figure():
    from data.ingest import read_document
    import tempfile
    from pathlib import Path
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "two_columns.txt"
        path.write_text("\n".join(["Unpaid carers", *_two_columns(LEFT, RIGHT)]) + "\n", encoding="utf-8")
        got = measures(read_document(path))
    rows = {(r.measure, r.value, r.period) for r in got.itertuples()}
    assert {("carers_unpaid", 14320.0, "2021"), ("carers_unpaid", 13870.0, "2011"),
            ("extra_care_units", 612.0, ""), ("extra_care_units_planned", 150.0, "2028")} <= rows


# ---------------------------------------------------------------- numbers in words joined by 'and' (numbers.py)
from data.ingest.numbers import find_numbers, words_value  # noqa: E402


def _values(text: str) -> list[float]:
    return [n.value for n in find_numbers(text)]


def test_numbers_in_words_with_and_are_one_figure():
    assert _values("two thousand three hundred and forty carers") == [2340.0]
    assert _values("one hundred and twenty units") == [120.0]
    assert _values("nine thousand and sixty residents") == [9060.0]
    assert _values("seven hundred and eighty-two people") == [782.0]
    assert _values("one thousand one hundred and five people") == [1105.0]
    assert _values("one hundred and one schemes") == [101.0]
    assert words_value("two thousand, three hundred and forty") == 2340.0


def test_and_joins_only_after_hundred_thousand_or_million():
    assert _values("thanks to one and all") == [1.0]             # never 'one and all' as more than one
    assert _values("and one more round of the survey") == [1.0]
    assert _values("between eighty and ninety per cent") == []   # a range, never 170 (round 6: nor 80 and 90)
    assert _values("forty and over") == [40.0]
    assert _values("twenty-five thousand") == [25000.0]          # as before


def test_an_hours_band_in_words_is_the_band():
    got = measures(["At the 2021 Census, two thousand three hundred and forty residents told us they provided "
                    "fifty or more hours of unpaid care a week."])
    assert [(r.value, r.breakdown) for r in got.itertuples()] == [(2340.0, "50+ hours a week")]


# ---------------------------------------------------------------- a national target's period (propose.py)
def _targets(sentence: str) -> list[tuple[str, float, str]]:
    got = measures(["Dementia", "", sentence])
    return sorted((r.measure, r.value, r.period) for r in got.itertuples())


def test_a_targets_period_is_never_the_year_of_the_rate_beside_it():
    assert _targets("The recorded diagnosis rate was 61.4% in January 2025, below the national ambition of 66.7%.") == [
        ("dementia_diagnosis_rate", 61.4, "2025"), ("dementia_diagnosis_target", 66.7, "")]
    assert _targets("In January 2025 the diagnosis rate was 61.4%, against the national ambition of 66.7%.") == [
        ("dementia_diagnosis_rate", 61.4, "2025"), ("dementia_diagnosis_target", 66.7, "")]
    assert _targets("The dementia diagnosis rate was 61.9% in March 2025 (national ambition 66.7%).") == [
        ("dementia_diagnosis_rate", 61.9, "2025"), ("dementia_diagnosis_target", 66.7, "")]
    # nor the year the sentence before gave its figures
    got = measures(["Dementia", "", "The diagnosis rate was 61.4% in January 2025; the national ambition is 66.7%."])
    assert sorted((r.measure, r.period) for r in got.itertuples()) == [
        ("dementia_diagnosis_rate", "2025"), ("dementia_diagnosis_target", "")]


def test_a_target_keeps_a_year_written_in_its_own_clause():
    assert _targets("The national ambition is for 66.7% of people with dementia to have a diagnosis by March 2027.") == [
        ("dementia_diagnosis_target", 66.7, "2027")]
    assert _targets("Our dementia diagnosis rate stood at 63.9% in March 2026 against the national ambition of 66.7% "
                    "for 2026/27.") == [("dementia_diagnosis_rate", 63.9, "2026"),
                                        ("dementia_diagnosis_target", 66.7, "2026/27")]


def test_a_two_column_pdf_page_is_read_one_column_after_the_other():
    from data.ingest import read_document
    from tests.ingest_fixtures import make_pdf
    left = ["Market Position Statement 2026", "", *LEFT]   # a title across the page, then two columns
    right = ["", "", *RIGHT]
    lines = [line for line in read_document(make_pdf([left], right=[right]), "two.pdf") if line.strip()]
    assert lines == ["Market Position Statement 2026", *LEFT, *RIGHT]


def test_an_unruled_pdf_table_is_no_pair_of_columns():
    from data.ingest import read_document
    from tests.ingest_fixtures import make_pdf
    labels = ["District", "Ashby Marsh", "Brookfield Vale", "Cold Norton"]
    figures = ["2011      2021", "9,812      10,240", "7,904      8,115", "6,120      6,544"]
    lines = [line for line in read_document(make_pdf([labels], right=[figures]), "table.pdf") if line.strip()]
    # each row stays one line, its cells kept apart by runs of spaces as a converter writes an unruled table
    assert [re.split(r" {3,}", line) for line in lines] == [
        ["District", "2011", "2021"], ["Ashby Marsh", "9,812", "10,240"], ["Brookfield Vale", "7,904", "8,115"],
        ["Cold Norton", "6,120", "6,544"]]
    assert len({line.index(cell) for line, cell in zip(lines, ["2011", "9,812", "7,904", "6,120"])}) == 1  # aligned


def test_a_rate_beside_a_target_is_a_rate_with_its_own_place():
    # the target's words come before the target's figure; a figure after it with none is not a target
    got = measures(["Dementia", "", "In 2024/25 the national target was 66.7% and the borough's diagnosis rate was "
                    "60.4%."])
    assert sorted((r.measure, r.value, r.area_code, r.period) for r in got.itertuples()) == [
        ("dementia_diagnosis_rate", 60.4, FERN, "2024/25"), ("dementia_diagnosis_target", 66.7, "E92000001", "2024/25")]
    got = measures(["Dementia", "", "The dementia diagnosis rate was 64.2% (England 65.0%, national ambition 66.7%) in "
                    "September 2025."])
    assert sorted((r.measure, r.value, r.area_code, r.period) for r in got.itertuples()) == [
        ("dementia_diagnosis_rate", 64.2, FERN, "2025"), ("dementia_diagnosis_rate", 65.0, "E92000001", "2025"),
        ("dementia_diagnosis_target", 66.7, "E92000001", "")]
