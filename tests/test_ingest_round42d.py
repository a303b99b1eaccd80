"""Round 42 (r42d) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a joint
statement of several unitary councils saved from Word as plain text gives (tab-separated tables with the councils as
columns, a Total column after them): a council whose name is also an ordinary word ('Slough', 'Reading') heading a
column alone is that council; a Total column beside the authority's and other councils' columns is no council's (a
total beside the authority's own districts is the authority's, the guard); a count given to the authority that is its
own count plus other councils' is no council's (a county's count that sums its districts is the county's, the guard);
a count of work done on the councils' behalf is no council's; a mobilisation window in a sentence of its own is no
contract start; 'a new extra care scheme of 60 apartments at <site> is planned' counts one planned scheme."""
from __future__ import annotations

from tests.proposals import figure_rows, or_nothing, proposers_for

BRACKNELL = "E06000036"
SLOUGH = "E06000039"
WINDSOR = "E06000040"
WOKINGHAM = "E06000041"

measures, dates = proposers_for(BRACKNELL)
rows = figure_rows(measures)
dates_or_none = or_nothing(dates)


def test_a_council_named_with_an_ordinary_word_heading_a_column_alone_is_that_council():
    got = rows(["Carers", "", "Census 2021 carers", "",
                "Indicator\tSlough\tBracknell Forest\tWindsor and Maidenhead",
                "People providing unpaid care\t9,870\t8,420\t11,030", ""])
    assert sorted(got) == sorted([("carers_unpaid", SLOUGH, "2021", 9870.0), ("carers_unpaid", BRACKNELL, "2021", 8420.0),
                                  ("carers_unpaid", WINDSOR, "2021", 11030.0)])


def test_a_total_column_beside_the_authority_and_other_councils_is_no_councils():
    got = rows(["Older people", "", "Table 2: People aged 65 and over, mid-2023", "",
                "Measure\tSlough\tBracknell Forest\tWindsor and Maidenhead\tTotal",
                "Population aged 65 and over\t17,650\t20,910\t32,480\t71,040", ""])
    assert sorted(got) == sorted([("population", SLOUGH, "2023", 17650.0), ("population", BRACKNELL, "2023", 20910.0),
                                  ("population", WINDSOR, "2023", 32480.0)])


def test_guard_a_total_column_beside_the_authoritys_own_districts_is_the_authoritys():
    got = rows(["Older people", "", "Table 2: People aged 65 and over, mid-2023", "",
                "Measure\tBroxbourne\tDacorum\tTotal",
                "Population aged 65 and over\t18,200\t31,750\t49,950", ""], "E10000015")
    assert ("population", "E10000015", "2023", 49950.0) in got


def test_a_mobilisation_window_told_in_its_own_sentence_is_no_contract_start():
    got = dates(["Carers' services", "", "We expect to award the contract in May 2027. The mobilisation period will run "
                 "from June to August 2027. The new service will start on 1 September 2027.", ""])
    assert sorted(stage for _, stage, a, _ in got) == ["award", "contract_start"]
    assert [a for _, stage, a, _ in got if stage == "contract_start"] == ["2027-09-01"]


def test_a_count_that_is_the_authoritys_own_plus_other_councils_is_no_councils():
    got = rows(["Unpaid carers", "", "• 32,010 unpaid carers at the 2021 Census.", "",
                "Table 3: Unpaid carers, Census 2021", "",
                "Measure\tWokingham\tBracknell Forest\tWindsor and Maidenhead",
                "Unpaid carers\t12,030\t8,420\t11,560", ""])
    assert sorted(got) == sorted([("carers_unpaid", WOKINGHAM, "2021", 12030.0),
                                  ("carers_unpaid", BRACKNELL, "2021", 8420.0), ("carers_unpaid", WINDSOR, "2021", 11560.0)])


def test_guard_a_countys_count_that_is_the_sum_of_its_districts_is_the_countys():
    got = rows(["Unpaid carers", "", "• 15,230 unpaid carers at the 2021 Census.", "",
                "Table 3: Unpaid carers, Census 2021", "",
                "Measure\tBroxbourne\tDacorum", "Unpaid carers\t6,480\t8,750", ""], "E10000015")
    assert ("carers_unpaid", "E10000015", "2021", 15230.0) in got


def test_a_count_of_work_done_on_several_councils_behalf_is_no_councils():
    got = rows(["Carers", "", "Bracknell Forest has 8,420 unpaid carers (Census 2021).", "",
                "In 2024/25 the hub supported 1,870 carers, and 450 carers' assessments were completed on the councils' "
                "behalf.", ""])
    assert got == [("carers_unpaid", BRACKNELL, "2021", 8420.0)]


def test_a_new_scheme_with_its_size_and_site_named_before_is_planned_counts_one_scheme():
    got = rows(["Extra care housing", "", "In Wokingham, a new extra care scheme of 60 apartments at Keephatch Fields is "
                "planned to open in 2028.", ""])
    assert sorted(got) == [("extra_care_schemes_planned", WOKINGHAM, "2028", 1.0),
                           ("extra_care_units_planned", WOKINGHAM, "2028", 60.0)]
