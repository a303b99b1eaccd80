"""Round 25 (r25a) of the document proposer (data/ingest), each rule on made-up lines as a council's notes of a
provider engagement event read when converted from Word to text: numbered agenda items with the slides they
covered, reported speech led by initials, a figure corrected later in the meeting, and a commissioning update."""
from __future__ import annotations

from tests.proposals import or_nothing, proposers_for

RUTLAND = "E06000017"

measures, dates = proposers_for(RUTLAND)


def _values(lines):
    return {float(v) for v in measures(lines)["value"]}


def _stages(lines):
    return {(stage, earliest, latest) for _, stage, earliest, latest in or_nothing(dates)(lines)}


def test_slide_and_item_numbers_are_no_figures():
    # minutes refer to the slides shown ('(slide 5)', 'slides 11 to 13') and number their agenda items
    values = _values(["Item 5: Carers and dementia (slides 11 to 13)", "",
                      "5.1\tKL said that 3,240 people were on GP dementia registers in the county (slide 12).",
                      "5.2\tKL added that the estimate on slide 9 was 4,870 people living with dementia."])
    assert {3240.0, 4870.0} <= values
    assert not values & {5.0, 11.0, 12.0, 13.0, 9.0}


def test_a_rise_on_last_year_is_no_share():
    # 'up 12% on last year': a change in referrals, not a share of residents who care
    got = measures(["The 2021 Census counted 5,130 unpaid carers in the county.",
                    "Referrals to the carers' hub were up 12% on last year, and assessments were down 8% from 2024/25."])
    rows = {(r.measure, float(r.value)) for r in got.itertuples()}
    assert ("carers_unpaid", 5130.0) in rows
    assert not {(m, v) for m, v in rows if v in (12.0, 8.0) and "change" not in m}


def test_a_soft_market_test_is_no_procurement_start():
    got = _stages(["A soft market test will run in June 2027, and the procurement will start in September 2027."])
    assert ("procurement_start", "2027-09-01", "2027-09-30") in got
    assert not any(earliest == "2027-06-01" for _, earliest, _ in got)


def test_a_service_that_has_gone_live_started_then():
    got = _stages(["GH said the new Dementia Advice service had gone live on 1 May 2026 and was taking referrals."])
    assert ("contract_start", "2026-05-01", "2026-05-01") in got


def test_a_numbered_paragraph_led_by_a_service_in_sentence_case_names_it():
    # minutes' commissioning update: '4.1<tab>Carers' breaks service. NB confirmed ...' (a run-in heading whose bold
    # was lost, in sentence case); every date in the paragraph is that service's, not the heading's above
    got = or_nothing(dates)(["Item 4: Commissioning update", "",
                             "4.1\tCarers' breaks service. NB confirmed that the current breaks contract ends on 30 "
                             "September 2027. The tender will be published on 3 March 2027.",
                             "4.2\tCommunity equipment and support. NB said the contracts end on 31 May 2028; they "
                             "will be extended to 30 November 2028."])
    pairs = {(service, stage) for service, stage, *_ in got}
    assert ("Carers' breaks service", "contract_end") in pairs
    assert ("Carers' breaks service", "procurement_start") in pairs
    assert ("Community equipment and support", "contract_end") in pairs
    assert ("Community equipment and support", "extension_end") in pairs


def test_a_correction_wrapped_over_two_lines_drops_the_wrong_figure():
    # minutes: a figure given under one item, corrected under a later one, the correction wrapped before 'not'
    got = measures(["3.2\tPQ noted that 2,470 carers had received a carer's assessment in 2025/26.",
                    "3.3\tPQ added that 5,060 carers were known to adult social care in 2025/26.",
                    "5.4\tST clarified that the assessments figure given under Item 3 should be 2,740,",
                    "\tnot 2,470; the slide will be corrected."])
    values = [float(v) for v in got["value"]]
    assert 2740.0 in values
    assert 2470.0 not in values


def test_a_share_after_a_count_and_its_look_back_takes_the_counts_year():
    # 'GH reported that the 2021 Census showed 4,930 unpaid carers, up from 4,610 in 2011. That was 11.2% of ...':
    # the share is of the census the sentence before led with, not of the year it looked back to
    rows = {(r.measure, str(r.period), float(r.value)) for r in measures(
        ["GH reported that the 2021 Census showed 4,930 unpaid carers in the county, up from 4,610 in 2011. "
         "That was 11.2% of residents aged five and over."]).itertuples()}
    assert ("carers_unpaid", "2011", 4610.0) in rows
    assert ("carers_unpaid_pct", "2021", 11.2) in rows


def test_the_average_share_across_a_benchmarking_group_is_no_figure_of_ours():
    values = _values(["The 2021 Census counted 5,130 unpaid carers in the county, 11.2% of residents aged five and over.",
                      "KL said the average share across the council's 16 CIPFA nearest neighbours was 9.7%."])
    assert {5130.0, 11.2} <= values
    assert 9.7 not in values


def test_one_named_owners_or_schemes_count_is_not_the_areas():
    # an answer in passing: a provider's schemes and one scheme's flats, beside the county's totals
    values = _values(["PL asked whether the totals included Greystone's three schemes. UV confirmed that the county "
                      "has 8 extra care schemes with 431 flats between them. Orchard Court alone has 62 flats."])
    assert {8.0, 431.0} <= values
    assert not values & {3.0, 62.0}
