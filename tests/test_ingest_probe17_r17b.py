"""Round 17 (r17b) of the document proposer (data/ingest), each rule on made-up lines in the wordings of a
metropolitan borough's commissioning intentions appendix exported from Excel as tab text: a matrix with the
services as rows and financial years as columns beside a reference, a RAG and a lead column, its cells a stage with
its own quarter or month ('Re-procure (Q2)', 'Contract ends Mar-28', 'New framework live Apr-28', two stages
split by a semicolon), and a contract register whose 'Options remaining' column gives the extensions after the
contract end."""
from __future__ import annotations

from tests.proposals import or_nothing, proposers_for

SHEFFIELD = "E08000019"

_measures, dates = proposers_for(SHEFFIELD)
dates = or_nothing(dates)

_MATRIX = [
    "Table 1: Adult care commissioning intentions by financial year",
    "",
    "Ref\tService\t2025/26\t2026/27\t2027/28\t2028/29\tRAG\tLead commissioner",
    "CI-01\tCarers Support Service\tReview\tExtend +12m\tRe-procure (Q2)\tNew service live Apr-28\tOn track\tPrevention",
    "CI-02\tHome Support Framework\tMarket engagement\tRe-procure (Q3)\tContract ends Mar-28\tNew framework live Apr-28\tAt risk\tHome Support",
    "CI-03\tExtra care – care and support\tReview\tMarket engagement\tRe-procure (Q1); contract ends Sep-27\t\tOn track\tHousing",
    "CI-04\tResidential care\tFee review\tFee review\tFee review\tFee review\tn/a\tCare Homes",
]


def test_a_matrix_cell_with_a_quarter_is_that_quarter_of_its_columns_year():
    got = dates(_MATRIX)
    assert ("Carers Support Service", "procurement_start", "2027-07-01", "2027-09-30") in got
    assert ("Home Support Framework", "procurement_start", "2026-10-01", "2026-12-31") in got


def test_a_matrix_cell_with_a_month_is_that_month_and_live_is_a_start():
    got = dates(_MATRIX)
    assert ("Home Support Framework", "contract_end", "2028-03-01", "2028-03-31") in got
    assert ("Home Support Framework", "contract_start", "2028-04-01", "2028-04-30") in got
    assert ("Carers Support Service", "contract_start", "2028-04-01", "2028-04-30") in got


def test_two_stages_in_one_matrix_cell_and_no_stage_from_review_or_engagement_cells():
    got = dates(_MATRIX)
    assert ("Extra care – care and support", "procurement_start", "2027-04-01", "2027-06-30") in got
    assert ("Extra care – care and support", "contract_end", "2027-09-01", "2027-09-30") in got
    assert not [g for g in got if g[0] == "Residential care" or g[2] == "2025-04-01"]


_REGISTER = [
    "Table 2: Current contracts, end dates and remaining options",
    "",
    "Service\tCurrent provider\tContract end\tOptions remaining\tIntended route",
    "Carers Support Service\tDon Valley Carers Alliance\t31/03/2027\t1 x 12 months\tExtend, then open procedure",
    "Shared Lives\tShared Lives Network\t31/03/2030\t2 x 12 months\tTo be decided",
    "Care Act Advocacy\tVoice Ahead Advocacy\t30 June 2026\tNone\tOpen procedure",
]


def test_options_remaining_after_a_contract_end_give_the_extension_end():
    got = dates(_REGISTER)
    assert ("Carers Support Service", "extension_end", "2028-03-31", "2028-03-31") in got
    assert ("Shared Lives", "extension_end", "2032-03-31", "2032-03-31") in got
    assert not [g for g in got if g[0] == "Care Act Advocacy" and g[1] == "extension_end"]


def test_a_day_month_and_two_digit_year_as_excel_shows_a_date_is_that_day():
    got = dates(["Service\tContract end\tOptions remaining",
                 "Community Equipment Service\t31-Mar-27\t1 x 12 months",
                 "Carers hub\t30-Sep-2026\tNone"])
    assert ("Community Equipment Service", "contract_end", "2027-03-31", "2027-03-31") in got
    assert ("Community Equipment Service", "extension_end", "2028-03-31", "2028-03-31") in got
    assert ("Carers hub", "contract_end", "2026-09-30", "2026-09-30") in got


def test_a_commissioning_intentions_title_gives_its_plan_period_no_procurement():
    got = dates(["Sheffield City Council", "", "Commissioning Intentions 2025/26 to 2029/30", "",
                 "Our commissioning strategy 2024-2029 was agreed last year.", "",
                 "We will recommission the carers service in 2027/28."])
    assert ("2025-04-01", "2026-03-31") not in [g[2:] for g in got]
    assert ("2029-04-01", "2030-03-31") not in [g[2:] for g in got]
    assert not [g for g in got if g[2] == "2024-01-01"]
    assert [g for g in got if g[1] == "procurement_start" and g[2] == "2027-04-01"]


def test_a_review_that_will_decide_whether_dates_a_decision_no_procurement():
    got = dates(["**Shared Lives**", "",
                 "No procurement is planned. A review in 2027/28 will decide whether to use the two 12-month "
                 "extensions available after March 2030.", "",
                 "We will review the day service model and re-tender it in 2028/29."])
    assert not [g for g in got if g[2] == "2027-04-01"]
    assert [g for g in got if g[1] == "procurement_start" and g[2] == "2028-04-01"]


def test_a_procurement_act_procedure_is_a_procurement():
    got = dates(["**Extra care – care and support**", "",
                 "We plan to start the competitive flexible procedure in Q1 2027/28, with the new provider in place "
                 "from 1 October 2027.", "",
                 "**Advocacy**", "", "An open procedure will begin in January 2027."])
    assert ("Extra care – care and support", "procurement_start", "2027-04-01", "2027-06-30") in got
    assert ("Extra care – care and support", "contract_start", "2027-10-01", "2027-10-01") in got
    assert ("Advocacy", "procurement_start", "2027-01-01", "2027-01-31") in got
