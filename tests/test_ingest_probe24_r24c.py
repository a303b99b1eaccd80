"""Round 24 (r24c) of the document proposer (data/ingest), each rule on made-up lines as a council committee report
reads when converted from its Word template: numbered paragraphs ('3.2', '3.4.1') with the number before each
sentence, lettered recommendations, a risk register and financial paragraphs."""
from __future__ import annotations

from data.ingest import IngestError
from tests.proposals import or_nothing, proposers_for

WIGAN = "E08000010"

measures, dates = proposers_for(WIGAN)


def _rows(lines):
    try:
        got = measures(lines)
    except IngestError as exc:
        assert exc.reason == "no_figures"
        return set()
    return {(r.measure, r.area_code, str(r.period), float(r.value)) for r in got.itertuples()}


def test_a_share_of_that_population_after_the_census_count():
    # 'that population' is the residents the sentence before counted from: a share of residents, as 'of the
    # population' is
    got = _rows(["4.2 At the 2021 Census, 31,870 residents aged five and over said they provide unpaid care. That is "
                 "10.4% of this population, compared with 8.9% across England."])
    assert ("carers_unpaid_pct", WIGAN, "2021", 10.4) in got


def test_a_numbered_sub_paragraph_opening_on_the_same_year():
    # a report's numbered sub-paragraph is a paragraph of its own; 'In the same year' is the year of the one above
    got = _rows(["6.3 During 2024/25, 5,310 carers were known to adult social care.", "",
                 "6.3.1 In the same year 1,945 carers' assessments were completed.", "",
                 "In that year 2,070 carers were assessed or reviewed."])
    assert ("carers_assessed", WIGAN, "2024/25", 1945.0) in got
    assert ("carers_assessed", WIGAN, "2024/25", 2070.0) in got


def test_a_share_of_a_budget_is_no_share_of_carers():
    # '17% of the carers budget' is money, not residents who care
    got = _rows(["8.4 Savings will be met from existing budgets; 17% of the carers budget comes from the Better Care "
                 "Fund and 9 per cent of our carers' breaks funding from a grant.",
                 "", "There are 31,870 unpaid carers in the borough."])
    assert not {r for r in got if r[0] == "carers_unpaid_pct"}


def test_a_risk_registers_scores_are_no_figures():
    # 'Likelihood | Impact | Score' columns hold scores, whatever the risk's own words name
    got = _rows(["Table 4: Risk assessment", "",
                 "Risk\tLikelihood\tImpact\tRisk score\tMitigation",
                 "Few providers bid for the carers service\t3\t5\t15\tEarly market engagement",
                 "People with dementia lose continuity of support\t2\t4\t8\tTransition plan with each provider",
                 "", "There are 31,870 unpaid carers in the borough."])
    assert got == {("carers_unpaid", WIGAN, "", 31870.0)}


def test_numbered_sub_paragraphs_file_their_dates_under_the_parent_run_in_service():
    # '7.2 Home Support Service. The current contract ...' then '7.2.1 The tender will be published ...': the
    # sub-paragraph's dates are the Home Support Service's, not the section heading's
    got = dates(["7. Procurement timetable", "",
                 "7.2 Home Support Service. The current contract ends on 30 June 2027.", "",
                 "7.2.1 The tender will be published in October 2026 and we expect to award the contract in "
                 "February 2027."])
    assert ("Home Support Service", "contract_end", "2027-06-30", "2027-06-30") in got
    assert ("Home Support Service", "procurement_start", "2026-10-01", "2026-10-31") in got
    assert ("Home Support Service", "award", "2027-02-01", "2027-02-28") in got


def test_a_lettered_recommendation_names_its_service():
    # '(c) approve the re-procurement of the Advocacy Hub, with the new contract to start on ...': the Advocacy Hub
    got = or_nothing(dates)(["2.1 The Committee is recommended to:", "",
                             "(c) approve the re-procurement of the Community Advocacy Hub, with the new contract to "
                             "start on 1 July 2027;"])
    assert ("Community Advocacy Hub", "contract_start", "2027-07-01", "2027-07-01") in got
