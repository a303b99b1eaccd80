"""Round 45 (r45c) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a Word
document saved as plain text gives for a two-tier county that names its districts, its towns and the unitary councils
beside it: a table row adding those unitaries to the county ('Greater Essex (including Southend-on-Sea and
Thurrock)') is a wider grouping's, no council's; carers a service supported, in a sentence that also counts carers'
assessments, are no carers assessed; a unitary that 'has a further 3 extra care schemes' has them now, no pipeline;
a figure in brackets after a town, in a sentence about towns, is the town's, no area's; and a figure whose things\nwere done, in a clause after 'in 2024/25 and', is that year's."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

ESSEX = "E10000012"
BRAINTREE = "E07000067"
SOUTHEND = "E06000033"

measures, dates = proposers_for(ESSEX)
rows = figure_rows(measures)


def test_a_row_adding_unitaries_to_the_county_is_a_wider_groupings_figure_no_councils():
    got = rows(["Table 4: Unpaid carers, Census 2021", "", "Area\tUnpaid carers\t% of residents aged 5+",
                "Braintree\t15,310\t10.2", "Essex\t151,880\t10.4",
                "Greater Essex (including Southend-on-Sea and Thurrock)\t189,420\t", "England\t5,010,000\t8.9", ""])
    assert not [r for r in got if r[3] == 189420.0]
    assert ("carers_unpaid", ESSEX, "2021", 151880.0) in got
    assert ("carers_unpaid", BRAINTREE, "2021", 15310.0) in got


def test_carers_a_service_supported_beside_completed_assessments_are_no_carers_assessed():
    got = rows(["Carers", "", "The carers hub supported 5,210 carers in 2024/25 and 1,980 carers' assessments were "
                "completed.", ""])
    assert not [r for r in got if r[3] == 5210.0]
    assert [r[0] for r in got if r[3] == 1980.0] == ["carers_assessed"]


def test_a_figure_done_in_a_clause_after_a_financial_year_and_is_that_years():
    got = rows(["Carers", "", "Our carers centre worked with 5,210 carers in 2024/25 and 1,980 carers' assessments were "
                "carried out.", ""])
    assert ("carers_assessed", ESSEX, "2024/25", 1980.0) in got


def test_a_council_that_has_a_further_schemes_has_them_now_no_pipeline():
    got = rows(["Extra care", "", "Southend-on-Sea City Council, a separate unitary council, has a further 3 extra "
                "care schemes; these are not commissioned by the county.", ""])
    assert got == [("extra_care_schemes", SOUTHEND, "", 3.0)]


def test_guard_a_further_scheme_to_come_stays_the_pipeline():
    got = rows(["Extra care", "", "A further 2 extra care schemes are planned in Braintree, due to open in 2027.", ""])
    assert [(r[0], r[3]) for r in got] == [("extra_care_schemes_planned", 2.0)]


def test_a_figure_in_brackets_after_a_town_in_a_sentence_about_towns_is_the_towns():
    got = rows(["Dementia", "", "We estimate that 21,300 people aged 65 and over in Essex are living with dementia in "
                "2025.", "", "Towns with the most people living with dementia include Clacton (about 1,450), Witham "
                "(about 610) and Saffron Walden (about 480).", ""])
    assert got == [("dementia_estimated", ESSEX, "2025", 21300.0)]
