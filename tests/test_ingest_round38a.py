"""Round 38 (r38a) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a county's
extra care housing strategy gives as `pdftotext -layout` reads it: a list of the schemes one a line ('• Name, Town –
N apartments (tenures), opened YYYY, care provider: Name'), whose opening year and care provider name no other
subject and no place, whose town may be a district (an ordinary word among them) or no registry area (the scheme's
own figure then); a district table whose header is wrapped over two lines ('Of which for' / 'dementia', 'Apartments
per' / '1,000 aged 75+'); a need model's table whose columns are need at a rate per 1,000; and a sub-heading under a
chapter's numbered heading, which takes no subject from the chapter before's headings."""
from __future__ import annotations

from tests.proposals import figure_rows_or_none, proposers_for

WARWICKSHIRE = "E10000031"
RUGBY, STRATFORD, WARWICK = "E07000220", "E07000221", "E07000222"

measures, dates = proposers_for(WARWICKSHIRE)
rows = figure_rows_or_none(measures)


def _named(lines: list[str]) -> list[tuple]:
    frame = measures(lines)
    return [(r.measure, r.area_code, r.area_name, float(r.value)) for r in frame.itertuples()]


def test_a_scheme_opened_in_a_year_still_counts_its_flats():
    lines = ["Extra care housing in Warwickshire", "",
             "      •   Avon Court, Warwick – 48 flats (all affordable rent), opened 2015", ""]
    assert ("extra_care_units", WARWICK, 48.0) in [(m, a, v) for m, a, _, v in rows(lines)]


def test_a_schemes_care_provider_field_names_no_other_group():
    lines = ["Extra care housing in Warwickshire", "",
             "      •   Avon Court, Warwick – 48 flats, care provider: Arden Home Support", ""]
    assert ("extra_care_units", WARWICK, 48.0) in [(m, a, v) for m, a, _, v in rows(lines)]


def test_a_care_providers_name_is_no_place():
    lines = ["Extra care housing in Warwickshire", "",
             "      •   Avon Court, Warwick – 48 flats, care provider: Stratford-on-Avon Care Partnership", ""]
    got = _named(lines)
    assert ("extra_care_units", WARWICK, "Warwick", 48.0) in got
    assert not [g for g in got if g[1] == STRATFORD]


def test_a_scheme_named_before_a_town_the_registry_does_not_hold_keeps_its_own_figure():
    lines = ["Extra care housing in Warwickshire", "",
             "      •   Mill House, Kenilworth – 52 flats, opened 2018", "",
             "      •   Brook Meadow, Shipston-on-Stour – 44 apartments", ""]
    got = _named(lines)
    assert ("extra_care_units", "", "Mill House", 52.0) in got
    assert ("extra_care_units", "", "Brook Meadow", 44.0) in got


def test_a_town_that_is_an_ordinary_word_after_a_named_scheme_and_its_comma_is_the_place():
    lines = ["Extra care housing in Warwickshire", "", "      •   Dunchurch Lodge, Rugby – 60 flats", ""]
    assert ("extra_care_units", RUGBY, 60.0) in [(m, a, v) for m, a, _, v in rows(lines)]


def test_a_rate_header_wrapped_over_two_lines_is_a_rate_and_a_dementia_part_column_counts_dementia_flats():
    lines = ["Table 5: Extra care housing by district, April 2026", "",
             "                                                    Of which for        Flats per",
             "   District                Schemes       Flats      dementia            1,000 aged 75+", "",
             "   Rugby                         2          110            14                    11.3",
             "   Warwick                       3          176            20                    13.8", ""]
    got = [(m, a, v) for m, a, _, v in rows(lines)]
    assert ("extra_care_units_dementia", RUGBY, 14.0) in got
    assert ("extra_care_units_per_1000_75plus", RUGBY, 11.3) in got
    assert ("extra_care_units_per_1000_75plus", WARWICK, 13.8) in got
    assert ("extra_care_units", RUGBY, 11.3) not in got and ("extra_care_units", RUGBY, 14.0) not in got


def test_a_need_column_at_a_rate_per_1000_is_a_modelled_need_and_no_rate():
    lines = ["Table 6: Modelled need for extra care by district", "",
             "                          Need (30 per 1,000 aged 75+)",
             "   District                 2030          2035", "",
             "   Rugby                     402           455",
             "   Warwick                   516           590", ""]
    assert not [r for r in rows(lines) if r[3] in (402.0, 455.0, 516.0, 590.0)]


def test_a_sub_heading_under_a_chapters_numbered_heading_takes_no_subject_from_the_chapter_before():
    lines = ["Warwickshire County Council", "", "Housing with Care Strategy 2026–2031", "", "2. Our people", "", "Dementia", "",
             "2.3   An estimated 8,400 people aged 65 and over were living with dementia in 2025.", "",
             "3. What we have now", "", "Our schemes", "",
             "      •   Avon Court, Warwick – 48 flats", "      •   Orchard View, Rugby – 56 flats", ""]
    got = [(m, a, v) for m, a, _, v in rows(lines)]
    assert ("extra_care_units", WARWICK, 48.0) in got
    assert ("extra_care_units", RUGBY, 56.0) in got


def test_dementia_apartments_planned_schemes_will_include_are_no_figure_nor_is_their_sum():
    lines = ["Extra care housing in Warwickshire", "",
             "Both new schemes, in Rugby and Alcester, will each include a wing of 14 apartments for people living",
             "with dementia, 28 in all.", ""]
    assert not [r for r in rows(lines) if r[3] in (14.0, 28.0)]


def test_a_cumulative_supply_row_under_a_trajectorys_years_is_no_plan():
    lines = ["Table 7: Extra care delivery trajectory (new flats by year of opening)", "",
             "   Scheme                 District        2026/27     2027/28     Total", "",
             "   Dunchurch Lodge        Rugby                60           –        60",
             "   Avon Court             Warwick               –          48        48",
             "   Cumulative supply                          870         918       918", ""]
    got = [(m, a, v) for m, a, _, v in rows(lines)]
    assert ("extra_care_units_planned", RUGBY, 60.0) in got
    assert not [g for g in got if g[2] in (870.0, 918.0)]


def test_a_third_figure_after_a_from_to_pair_each_with_its_year_goes_on_with_the_same_people():
    lines = ["Our population", "",
             "The number of people aged 75 and over is projected to grow from 61,300 in 2025 to 70,800 in 2030 and",
             "80,100 in 2035.", ""]
    got = measures(lines)
    assert [(r.period, float(r.value), r.breakdown) for r in got.itertuples() if r.measure == "population"] == [
        ("2025", 61300.0, "aged 75 and over"), ("2030", 70800.0, "aged 75 and over"),
        ("2035", 80100.0, "aged 75 and over")]


def test_a_benchmark_followed_by_another_areas_average_is_still_the_rates_benchmark():
    lines = ["Extra care housing", "",
             "That is 11.7 flats per 1,000 people aged 75 and over, above the England average of 10.9 and the West",
             "Midlands average of 10.2.", ""]
    got = [(m, a, v) for m, a, _, v in rows(lines)]
    assert ("extra_care_units_per_1000_75plus", "E92000001", 10.9) in got
    assert not [g for g in got if g[2] == 10.2]


def test_a_share_of_couples_in_a_carers_paragraph_is_no_carers_share():
    lines = ["Unpaid carers", "",
             "Many older carers look after a partner: 41% of couples who moved into extra care in 2025/26 did so",
             "together so that one could keep caring for the other.", ""]
    assert not [r for r in rows(lines) if r[3] == 41.0]


def test_a_rate_rounded_for_a_comparison_is_no_figure():
    lines = ["Extra care housing", "",
             "Provision is uneven. Warwick has almost 15 flats for every 1,000 people aged 75 and over, while Rugby",
             "has fewer than 9.", ""]
    assert not [r for r in rows(lines) if r[3] in (15.0, 9.0)]


def test_a_trajectorys_total_row_gives_only_its_total_not_each_years_openings():
    lines = ["Table 8: Extra care delivery trajectory (new flats in the pipeline by year of opening)", "",
             "   Scheme                 District        2026/27     2027/28     Total", "",
             "   Dunchurch Lodge        Rugby                60           –        60",
             "   Avon Court             Warwick               –          48        48",
             "   Bridge Street          Warwick               –          52        52",
             "   Total new flats                             60         100       160", ""]
    got = [(m, a, v) for m, a, _, v in rows(lines)]
    assert ("extra_care_units_planned", WARWICKSHIRE, 160.0) in got
    assert ("extra_care_units_planned", WARWICK, 52.0) in got
    assert not [g for g in got if g[2] == 100.0]


def test_the_year_a_scheme_opened_is_no_period_of_its_flats():
    lines = ["Extra care housing in Warwickshire", "",
             "      •   Avon Court, Warwick – 48 flats (all affordable rent), opened 2015", ""]
    assert ("extra_care_units", WARWICK, "", 48.0) in rows(lines)
