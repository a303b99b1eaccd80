"""Round 18 (r18e) of the document proposer (data/ingest), each rule on made-up lines in the wordings of a unitary
council's housing with care section saved from its web pages: a scheme directory written as cards (a scheme's name,
then 'Address:', 'Landlord:', 'Apartments: 64 (48 one-bedroom, 16 two-bedroom)' ...), a part of the schemes ('in
seven of the schemes'), retirement villages beside extra care, and a dementia-friendly wing."""
from __future__ import annotations

from data.ingest import IngestError
from tests.proposals import proposers_for

CHESHIRE_EAST = "E06000049"

measures, _dates = proposers_for(CHESHIRE_EAST)


def _got(lines: list[str]) -> list[tuple]:
    try:
        frame = measures(lines)
    except IngestError:  # (no figure at all)
        return []
    return [(r.measure, r.area_code, r.area_name, float(r.value)) for r in frame.itertuples()]


def _card(name: str, units: str, opened: str = "2011") -> list[str]:
    return [f"**{name}**", "Address: Mill Street, Wilmslow SK9 1HR", "Landlord: Meridale Homes",
            "Care provider: Oakfield Home Support", units, "Tenure: Affordable rent", f"Year opened: {opened}",
            "CQC rating: Good", ""]


def test_each_card_of_a_scheme_directory_gives_that_schemes_units_never_the_authoritys():
    lines = ["**4. Housing with care**", "", "Our schemes are listed below.", "", "**4.2 Scheme directory**", "",
             *_card("Beechwood Court", "Apartments: 64 (48 one-bedroom, 16 two-bedroom)"),
             *_card("Lime Tree House", "Number of flats: 72 – 60 x 1 bed, 12 x 2 bed", "2012"),
             *_card("Bollin Mill", "Units: Eighty", "2019"),
             *_card("Heath End", "Apartments: 50", "2014")]
    got = _got(lines)
    schemes = {(name, value) for measure, code, name, value in got
               if measure == "extra_care_units" and code != CHESHIRE_EAST}
    assert schemes == {("Beechwood Court", 64), ("Lime Tree House", 72), ("Bollin Mill", 80), ("Heath End", 50)}
    # no bedroom split, opening year or postcode figure is offered, and no scheme's units are the authority's
    assert [row for row in got if row[1] == CHESHIRE_EAST] == []
    assert _dates(lines) == []  # ('Heath End' names no contract's end, nor its opening year a date)
    # every value a figure: a list of key figures under headings, no card, read as before (the authority's)
    lines = ["**Extra care housing**", "Schemes: 9", "Apartments: 603", "Dementia apartments: 38", "",
             "**Sheltered housing**", "Schemes: 41", "Flats: 1,385", "Bungalows: 120"]
    assert ("extra_care_units", CHESHIRE_EAST, "Cheshire East", 603) in _got(lines)


def test_a_card_field_of_prose_with_a_date_is_still_read_as_prose():
    lines = ["**4. Housing with care**", "", "**4.2 Scheme directory**", "",
             *_card("Beechwood Court", "Apartments: 64"),
             "**The Cobblers**", "Address: Welsh Row, Nantwich CW5 5EW", "Landlord: Ashbrook Homes",
             "Care provider: to be confirmed – re-tendering; a new contract will start on 1 October 2026",
             "Apartments: 58 (all one-bedroom)", "Year opened: 2007"]
    assert ("extra_care_units", "?", "The Cobblers", 58) in [
        (m, c or "?", n, v) for m, c, n, v in _got(lines)]
    assert [(stage, earliest) for _service, stage, earliest, _latest in _dates(lines)] == [
        ("contract_start", "2026-10-01")]


def test_care_in_some_of_the_schemes_is_no_count_of_schemes():
    lines = ["**Extra care housing**", "",
             "Care and support in seven of the schemes is provided under our extra care contract.",
             "",
             "Three of the extra care schemes have a dementia-friendly wing, with 38 apartments in total designed "
             "for people living with dementia."]
    got = [(m, v) for m, _c, _n, v in _got(lines)]
    assert ("extra_care_schemes", 7) not in got
    assert ("extra_care_schemes_dementia", 3) in got and ("extra_care_units_dementia", 38) in got
    # a dementia-friendly garden is no wing: the scheme's flats are no dementia units
    lines = ["**Extra care housing**", "",
             "The extra care scheme at Mill Lane has 60 flats and a dementia-friendly garden."]
    assert [m for m, _c, _n, v in _got(lines) if v == 60] == ["extra_care_units"]


def test_retirement_village_homes_under_a_housing_heading_are_no_extra_care_units():
    lines = ["**Housing with care and other housing for older people**", "",
             "Retirement villages: there are two private retirement villages, Riverside Park near Congleton (240 "
             "homes for sale) and The Paddocks at Handforth (156 homes)."]
    assert [v for m, _c, _n, v in _got(lines) if m.startswith("extra_care")] == []


def test_a_table_with_an_expected_opening_or_planning_status_column_holds_planned_units():
    lines = ["**Housing with care pipeline**", "",
             "Scheme\tTown\tApartments\tExpected opening\tPlanning status",
             "Holmes Chapel Road\tCongleton\t75\t2028/29\tOutline consent",
             "Kingsley Fields\tCrewe\t48\tLate 2027\tOn site"]
    got = [(m, v) for m, _c, _n, v in _got(lines)]
    assert ("extra_care_units_planned", 75) in got and ("extra_care_units_planned", 48) in got
    assert not [m for m, _v in got if m == "extra_care_units"]


def test_sheltered_schemes_the_providers_manage_are_sheltered_housing_not_a_count_of_providers():
    lines = ["**Other housing for older people**", "",
             "Sheltered housing: registered providers manage 41 sheltered housing schemes across the borough, with "
             "1,385 flats and bungalows."]
    got = [(m, v) for m, _c, _n, v in _got(lines)]
    assert ("sheltered_housing_schemes", 41) in got and ("sheltered_housing_units", 1385) in got


def test_the_number_of_people_aged_75_and_over_is_the_population_of_that_age():
    lines = ["**Future need**", "",
             "The number of people aged 75 and over in Cheshire East is projected to rise from 49,100 in 2025 to "
             "61,800 in 2035."]
    frame = measures(lines)
    assert [(r.measure, r.period, r.breakdown, float(r.value)) for r in frame.itertuples()] == [
        ("population", "2025", "aged 75 and over", 49100), ("population", "2035", "aged 75 and over", 61800)]


def test_of_these_giving_hours_of_care_a_week_counts_carers_under_a_dementia_and_carers_heading():
    lines = ["**Dementia and unpaid carers**", "",
             "At the 2021 Census, 39,150 residents aged 5 and over said they provided unpaid care. Of these, 9,720 "
             "provided 50 or more hours of care a week."]
    frame = measures(lines)
    assert [(r.measure, r.breakdown) for r in frame.itertuples() if r.value == 9720] == [
        ("carers_unpaid", "50+ hours a week")]


def test_a_bare_figure_compared_with_a_rate_and_naming_england_is_the_rates_england_benchmark():
    lines = ["**Extra care**", "",
             "Our current provision works out at about 12.3 extra care apartments per 1,000 people aged 75 and over, "
             "compared with an England average of 14.8."]
    got = [(m, c, v) for m, c, _n, v in _got(lines)]
    assert ("extra_care_units_per_1000_75plus", "E92000001", 14.8) in got


def test_supported_living_properties_and_places_are_the_vocabularys_supported_living_measures():
    lines = ["**Other housing (not extra care)**", "",
             "Supported living: for working-age adults with a learning disability, autism or a mental health need, we "
             "commission 112 supported living properties with 318 places between them."]
    got = [(m, v) for m, _c, _n, v in _got(lines)]
    assert ("supported_living_properties", 112) in got and ("supported_living_places", 318) in got
