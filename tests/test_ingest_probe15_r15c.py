"""Round 15 (r15c) of the document proposer (data/ingest), each rule on made-up lines in the layouts of a Scottish
health and social care partnership's commissioning plan converted from PDF: a contents page whose page column has a
header of its own, a running footer whose page numbers skip pages, 'Scotland's Census 2022' in a bold run, a national
share after the council's in one sentence, very sheltered housing (Scotland's extra care), a count followed by who
owns what it counts, a list whose labels count plans and breaks rather than carers, and a 'Tender return' column."""
from __future__ import annotations

from data.ingest import IngestError, layout
from tests.proposals import or_nothing, proposers_for

ANGUS = "S12000041"
SCOTLAND = "S92000003"

measures, _dates = proposers_for(ANGUS)

dates = or_nothing(_dates)  # [] where nothing at all is proposed


def rows(lines: list[str]) -> set[tuple]:
    try:
        frame = measures(lines)
    except IngestError as exc:
        assert exc.reason == "no_figures"
        return set()
    return {(r.measure, r.area_code, r.period, r.value, r.breakdown) for r in frame.itertuples()}


# ---------------------------------------------------------------- 1. page furniture
def test_a_contents_page_with_a_page_column_header_is_contents():
    lines = ["CONTENTS", "", "\tPage No.", "1. Introduction\t3", "2. Unpaid carers\t5", "3. Living with dementia\t7",
             "", "1. Introduction", "", "Some words."]
    assert {4, 5, 6} <= layout.contents_lines(lines)
    assert not {v for m, _a, _p, v, _b in rows(lines) if m.startswith(("carers", "dementia"))}


def test_a_running_footer_whose_pages_skip_is_still_a_footer():
    footer = "Angus HSCP Market Facilitation Statement 2027 – 2030"
    body = ["Some words about the market.", ""]
    lines = [*body * 6, f"{footer}\t2", "", *body * 6, f"{footer}\t3", "", *body * 6, f"{footer}\t4", "",
             *body * 2, f"{footer}\t9", ""]  # an appendix after pages of pictures: 4, then 9 four lines on
    found = layout.running_lines(lines)
    assert {n for n, t in enumerate(lines, start=1) if t.startswith(footer)} <= found


# ---------------------------------------------------------------- 2. carers
def test_a_census_year_in_a_bold_run_before_its_verb_is_the_figures_year():
    got = rows(["Unpaid carers", "", "**Scotland's Census 2022** recorded **12,640 unpaid carers** in Angus."])
    assert ("carers_unpaid", ANGUS, "2022", 12640.0, "") in got
    got = rows(["Unpaid carers", "", "The Census 2022 also found 1,020 young carers in Angus."])
    assert any(m == "carers_unpaid" and p == "2022" and v == 1020.0 for m, _a, p, v, _b in got)


def test_a_national_share_after_the_councils_share_in_one_sentence_is_its_benchmark():
    got = rows(["Unpaid carers", "", "Scotland's Census 2022 counted 12,640 unpaid carers in Angus. That is 11.2% of "
                "Angus residents aged 3 and over, a little below the Scotland figure of 12.0%."])
    assert ("carers_unpaid_pct", ANGUS, "2022", 11.2, "") in got
    assert ("carers_unpaid_pct", SCOTLAND, "2022", 12.0, "") in got


def test_list_labels_counting_plans_statements_or_breaks_count_no_carers():
    got = rows(["Carers in 2026/27", "", "•\tCarers known to the partnership: 3,410", "•\tAdult Carer Support Plans "
                "agreed: 620", "•\tYoung Carer Statements completed: 140", "•\tRespite breaks arranged: 905"])
    values = {v for _m, _a, _p, v, _b in got}
    assert 3410.0 in values
    assert not values & {620.0, 140.0, 905.0}


def test_a_list_label_of_hours_still_counts_the_carers():
    got = rows(["Unpaid carers (Census 2022)", "", "- **Caring 50+ hours a week:** 3,120"])
    assert any(m == "carers_unpaid" and v == 3120.0 for m, _a, _p, v, _b in got)


# ---------------------------------------------------------------- 3. housing
def test_very_sheltered_housing_is_extra_care_not_sheltered_housing():
    got = rows(["Housing", "", "Angus has 6 very sheltered housing complexes with 164 flats. There are also 1,930 "
                "sheltered housing flats."])
    assert ("extra_care_schemes", ANGUS, "", 6.0, "") in got
    assert ("extra_care_units", ANGUS, "", 164.0, "") in got
    assert ("sheltered_housing_units", ANGUS, "", 1930.0, "") in got
    assert not any(m.startswith("sheltered") and v in (6.0, 164.0) for m, _a, _p, v, _b in got)


def test_a_count_followed_by_who_owns_it_is_still_a_count():
    got = rows(["Housing", "", "There are 1,930 sheltered housing properties owned by the council and housing "
                "associations."])
    assert ("sheltered_housing_units", ANGUS, "", 1930.0, "") in got


# ---------------------------------------------------------------- 4. procurement
def test_a_tender_return_column_is_the_tender_deadline():
    lines = ["Table 5: Planned procurements", "",
             "Service\tContract ends\tInvitation to Tender\tTender return\tNew contract starts",
             "Day opportunities\t31/03/2028\tSeptember 2027\t22/10/2027\t01/04/2028"]
    got = dates(lines)
    assert ("Day opportunities", "tender_deadline", "2027-10-22", "2027-10-22") in got
    assert not any(stage == "procurement_start" and e == "2027-10-22" for _s, stage, e, _l in got)


def test_a_paragraph_opening_on_a_part_of_the_carers_above_takes_their_year():
    got = rows(["Unpaid carers", "", "Scotland's Census 2022 counted 12,640 unpaid carers in Angus.", "",
                "Of Angus's carers, 3,120 provide 50 or more hours of care a week."])
    assert ("carers_unpaid", ANGUS, "2022", 3120.0, "50+ hours a week") in got


def test_a_contracts_end_date_after_a_count_is_not_the_counts_year():
    got = rows(["Housing", "", "Care in the 6 very sheltered complexes is provided under a block contract due to end on "
                "31 March 2029."])
    assert ("extra_care_schemes", ANGUS, "", 6.0, "") in got
