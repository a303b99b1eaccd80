"""Round 13 (r13d) of the document proposer (data/ingest), each rule on made-up lines in the layouts of a joint
statement by neighbouring councils: a section per council under its numbered name ('3. Sandwell', '5. City of
Wolverhampton Council') whose figures are that council's; figures after a spaced slash or dash; a 'Go to market'
column; an arrangement that ends; a decision date, a table's caption, a region's or several councils' figures, an age,
undiagnosed people and one scheme of several, none of which are figures or dates to propose."""
from __future__ import annotations

from data.ingest import IngestError, areas
from data.ingest import layout
from data.ingest.propose import _noun_after
from tests.proposals import proposers_for

DUDLEY, SANDWELL, WALSALL, WOLVERHAMPTON = "E08000027", "E08000028", "E08000030", "E08000031"

measures, dates = proposers_for(DUDLEY)


def _got(lines: list[str]) -> list[tuple[str, str, str, float]]:
    try:
        found = measures(lines)
    except IngestError as exc:  # nothing proposed at all
        assert exc.reason == "no_figures"
        return []
    return sorted((r.measure, r.area_code, r.period, r.value) for r in found.itertuples())


# ---------------------------------------------------------------- 1. a section per council under its numbered name
def test_a_council_name_with_city_of_before_it_is_the_council():
    assert areas.exact("City of Wolverhampton Council") == WOLVERHAMPTON
    assert areas.exact("Royal Borough of Greenwich") == "E09000011"
    assert areas.exact("Walsall Council") == WALSALL


def test_headings_of_known_level_close_the_deeper_ones():
    assert [layout.heading_level(h) for h in ("3. Sandwell", "3.1 Key figures", "Section 4: Walsall", "## Walsall",
                                       "Key figures", "2026 to 2029 plan")] == [1, 2, 1, 2, 0, 0]
    lines = ["3. Sandwell", "", "3.1 Key figures", "", "Text.", "", "4. Walsall", "", "Text."]
    found = layout.analyse(lines)
    assert found.outline[5] == ((1, "3. Sandwell"), (3, "3.1 Key figures"))
    assert found.outline[9] == ((7, "4. Walsall"),)


SECTIONS = ["2. Dudley", "",
            "Key figures", "",
            "At the 2021 Census 30,110 residents provided unpaid care.", "",
            "3. Sandwell", "",
            "Sandwell in brief",
            "–   Unpaid carers (Census 2021): 27,340",
            "–   People on the GP dementia register (March 2025): 2,180", "",
            "3.1 Housing", "",
            "There are 5 extra care schemes with 402 apartments.", "",
            "4. City of Wolverhampton Council", "",
            "The city in figures",
            "•   24,560 unpaid carers in 2021"]


def test_figures_under_a_council_s_numbered_section_are_that_council_s_not_the_authority_s():
    assert _got(SECTIONS) == [("carers_unpaid", DUDLEY, "2021", 30110.0),
                              ("carers_unpaid", SANDWELL, "2021", 27340.0),
                              ("carers_unpaid", WOLVERHAMPTON, "2021", 24560.0),
                              ("dementia_register", SANDWELL, "2025", 2180.0),
                              ("extra_care_schemes", SANDWELL, "", 5.0),
                              ("extra_care_units", SANDWELL, "", 402.0)]
    # a sentence naming its own place keeps it
    assert _got(["3. Sandwell", "", "Walsall has 4 extra care schemes."]) == [("extra_care_schemes", WALSALL, "", 4.0)]


# ---------------------------------------------------------------- 2. a spaced slash or dash between two figures
def test_a_spaced_slash_or_dash_ends_what_the_figure_before_it_counts():
    assert _got(["Extra care: 6 schemes / 388 flats"]) == [("extra_care_schemes", DUDLEY, "", 6.0),
                                                          ("extra_care_units", DUDLEY, "", 388.0)]
    assert _got(["•   9 extra care schemes – 604 units"]) == [("extra_care_schemes", DUDLEY, "", 9.0),
                                                            ("extra_care_units", DUDLEY, "", 604.0)]
    # an unspaced slash inside the counted words is no break
    assert _noun_after("27 short break/enabling carers", 2) == "carers"
    assert _noun_after("6 schemes / 388 flats", 1) == "schemes"


# ---------------------------------------------------------------- 3. procurement
def test_a_go_to_market_column_dates_the_procurement_start():
    lines = ["Service\tEnd date\tGo to market", "Carers advice\t31 January 2027\tMay 2026"]
    assert dates(lines) == [("Carers advice", "contract_end", "2027-01-31", "2027-01-31"),
                            ("Carers advice", "procurement_start", "2026-05-01", "2026-05-31")]


def test_an_arrangement_that_ends_is_a_contract_end():
    lines = ["Day opportunities", "Our arrangement with Brookfield Day Services ends on 30 April 2027."]
    assert dates(lines) == [("Day opportunities", "contract_end", "2027-04-30", "2027-04-30")]


def test_a_decision_on_an_extension_is_no_stage():
    lines = ["Carers support",
             "The contract runs until 31 July 2027. We will decide whether to use the extension by January 2027."]
    assert dates(lines) == [("Carers support", "contract_end", "2027-07-31", "2027-07-31")]
    # a stage after a decision keeps its date
    lines = ["Carers support", "Following a decision on the extension, it will end on 31 July 2028."]
    assert dates(lines) == [("Carers support", "contract_end", "2028-07-31", "2028-07-31")]


def test_a_table_caption_naming_contracts_ending_before_a_year_is_no_date():
    lines = ["Table 3.2: Contracts ending before 2030", "",
             "Service\tContract end", "Home support\t31 March 2028"]
    assert dates(lines) == [("Home support", "contract_end", "2028-03-31", "2028-03-31")]


# ---------------------------------------------------------------- 4. figures of no one area, ages, parts
def test_a_region_s_figure_or_several_councils_figure_together_is_not_the_authority_s():
    assert _got(["In the West Midlands region 10.2% of residents provided unpaid care."]) == []
    assert _got(["Across the four boroughs there were about 98,400 unpaid carers."]) == []
    assert _got(["Regional figures show 4,200 people with dementia in extra care."]) == []
    # 'in the region of' is 'about'
    assert _got(["There are in the region of 4,500 unpaid carers in Dudley."]) == [("carers_unpaid", DUDLEY, "", 4500.0)]
    # England's stays its benchmark, and the authority's own figure in the same sentence is kept
    assert _got(["In Dudley 10.9% of residents provided unpaid care, and in the West Midlands region 9.8%."]) == [
        ("carers_unpaid_pct", DUDLEY, "", 10.9)]


def test_a_median_age_is_no_figure():
    assert _got(["The borough has the oldest population in the area, with a median age of 44."]) == []


def test_people_living_with_dementia_without_a_diagnosis_are_neither_registered_nor_the_estimate():
    assert _got(["A further 1,310 people are thought to be living with dementia without a diagnosis."]) == []
    assert _got(["Around 900 people with dementia remain undiagnosed."]) == []
    assert _got(["There were 2,650 people with a diagnosis of dementia."]) == [
        ("dementia_register", DUDLEY, "", 2650.0)]


def test_one_of_several_schemes_is_no_count_of_schemes():
    assert _got(["Dudley has 5 extra care schemes. One scheme of the five opened in 2012."]) == [
        ("extra_care_schemes", DUDLEY, "", 5.0)]
