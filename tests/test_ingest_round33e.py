"""Round 33 (r33e) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a council's
commissioning pipeline workbook gives when read a sheet at a time (tab-separated rows): a label/value list whose first
row is a sentence ('Purpose | Contracts we plan to recommission ... Dates are indicative.') has no header naming a stage,
so its 'Last updated' and 'Next update' dates are no tender (a short header naming a stage still heads its column: a
guard); a pipeline's title with its years ('Commissioning pipeline 2026/27 to 2028/29') is the list's period, no tender;
and a range of dates in a line read as a timetable's row is one cell, so a title's span of years under the council's
name is no row of three cells."""
from __future__ import annotations

from tests.proposals import or_nothing, proposers_for

DEVON = "E10000008"

measures, dates = proposers_for(DEVON)
dates_or_none = or_nothing(dates)


def test_a_label_value_list_led_by_a_sentence_naming_a_procurement_gives_its_dates_no_stage():
    got = dates_or_none(["About this list", "", "Why\tThe care contracts we intend to re-tender over the next two years, "
                         "so that providers can get ready. Timings may change.", "Published\t5 May 2026",
                         "Owner\tCommissioning and Quality", "Next refresh\tOctober 2026", "",
                         "Carers", "", "The carers breaks contract ends on 31 March 2028.", ""])
    assert [(stage, a) for _, stage, a, _ in got] == [("contract_end", "2028-03-31")]


def test_a_short_header_naming_a_stage_still_heads_its_column():
    # guard: a real header ('Service | Tender') over its rows still dates the stage
    got = dates(["Re-tendering", "", "Service\tTender\tAward", "Carers breaks\tJune 2027\tOctober 2027", ""])
    assert sorted((stage, a) for _, stage, a, _ in got) == [("award", "2027-10-01"), ("procurement_start", "2027-06-01")]


def test_a_pipelines_title_with_its_years_is_no_tender():
    got = dates_or_none(["Care and support commissioning pipeline 2027/28 to 2029/30", "",
                         "The carers breaks contract ends on 31 March 2028.", ""])
    assert [(stage, a) for _, stage, a, _ in got] == [("contract_end", "2028-03-31")]


def test_a_pipelines_title_under_the_councils_name_is_no_timetable_row():
    # a title's span of years under a line of capitalised words ('Devon County Council – Adult Social Care') is one
    # period, not a row of cells under a header
    got = dates_or_none(["Devon County Council – Adult Social Care", "Care and support commissioning pipeline 2027/28 to "
                         "2029/30", "", "The carers breaks contract ends on 31 March 2028.", ""])
    assert [(stage, a) for _, stage, a, _ in got] == [("contract_end", "2028-03-31")]
