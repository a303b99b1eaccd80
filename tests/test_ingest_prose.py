"""Figures written in sentences and bullets: what is counted, for whom, and when (data/ingest)."""
from __future__ import annotations

from data.ingest import propose

CORNWALL = "E06000052"


def one(lines: list[str], value: float, authority: str = CORNWALL) -> dict:
    frame = propose(lines, authority)
    hits = frame[(frame["kind"] == "measure") & (frame["value"] == value)]
    assert len(hits) == 1, frame[["line", "measure", "value"]].to_string()
    return hits.iloc[0].to_dict()


CARERS = ["Unpaid carers", "",
          "- Just over 42,000 residents said they provided unpaid care in 2021.",
          "- That is roughly 6,500 more than in 2011.",
          "- Around 28,000 were of working age."]


def test_count_with_period_and_approximate():
    row = one(CARERS, 42000)
    assert (row["measure"], row["period"], row["qualifier"], row["area_code"], row["line"]) == (
        "carers_unpaid", "2021", "approximate", CORNWALL, 3)


def test_a_change_is_not_a_count():
    row = one(CARERS, 6500)
    assert row["measure"] == "carers_unpaid_change" and row["period"] != "2011"


def test_a_sub_group_takes_its_subject_from_the_sentence_above():
    row = one(CARERS, 28000)
    assert (row["measure"], row["breakdown"], row["confidence"]) == ("carers_unpaid", "of working age", "low")


def test_numbers_as_words():
    assert one(["There are currently seven extra care schemes."], 7)["measure"] == "extra_care_schemes"
    row = one(["Extra care housing", "", "- Two more schemes, with 140 units between them, are under construction."], 2)
    assert row["measure"] == "extra_care_schemes_planned"


def test_subject_from_the_heading_above_a_bullet():
    row = one(["Extra care housing", "", "- There are currently nine schemes.", ""], 9)
    assert row["measure"] == "extra_care_schemes" and row["confidence"] == "low"


def test_rate_count_and_share_are_told_apart():
    lines = ["Dementia", "",
             "An estimated 7,800 people are living with dementia.",
             "The dementia diagnosis rate is 61.2%.",
             "Extra care provision is 31 units per 1,000 people aged 65+."]
    assert one(lines, 7800)["measure"] == "dementia_estimated"
    share = one(lines, 61.2)
    assert (share["measure"], share["unit"]) == ("dementia_diagnosis_rate", "percent")
    rate = one(lines, 31)
    assert (rate["measure"], rate["unit"]) == ("extra_care_units_per_1000_65plus", "per_1000")


def test_england_and_uk_figures_are_benchmarks_not_the_councils():
    lines = ["11.9% of residents provide unpaid care, compared with 8.9% in England.",
             "Across the UK there are an estimated 5.7 million unpaid carers."]
    assert one(lines, 11.9)["area_code"] == CORNWALL
    assert one(lines, 8.9)["area_code"] == "E92000001"
    assert one(lines, 5_700_000)["area_code"] == "K02000001"


def test_projection_by_a_year():
    row = one(["Dementia", "", "- An estimated 7,800 people are living with dementia.",
               "- This is set to rise to 10,200 by 2035."], 10200)
    assert (row["measure"], row["period"], row["qualifier"]) == ("dementia_estimated", "2035", "projection")


def test_a_named_district_in_the_sentence_is_the_area():
    row = one(["In Fenland around 10,900 people provide unpaid care."], 10900, "E10000003")
    assert row["area_code"] == "E07000010"


def test_footnote_digit_fused_onto_a_number_is_cut_and_marked_low():
    row = one(["An estimated 12,4303 people in Suffolk are living with dementia[2]."], 12430, "E10000029")
    assert row["measure"] == "dementia_estimated" and row["confidence"] == "low"


def test_sentence_wrapped_over_lines_is_read_whole_and_located_on_its_line():
    row = one(["Older people", "", "An estimated 7,800 people aged 65 and over",
               "are living with dementia in the county."], 7800)
    assert (row["measure"], row["line"]) == ("dementia_estimated", 3)


def test_procurement_dates_in_prose_with_stages():
    frame = propose(["Home care", "", "The home care framework will be re-tendered in Autumn 2025, with new",
                     "contracts starting from 1st April 2026 for 2+1+1 years."], CORNWALL)
    p = frame[frame["kind"] == "procurement"]
    got = {(r.stage, r.earliest, r.latest, r.qualifier) for r in p.itertuples()}
    assert ("procurement_start", "2025-09-01", "2025-11-30", "as written") in got
    assert ("contract_start", "2026-04-01", "2026-04-01", "as written") in got
    assert ("contract_end", "2028-03-31", "2028-03-31", "derived") in got
    assert ("extension_end", "2030-03-31", "2030-03-31", "derived") in got


def test_fused_until_and_contract_expiry():
    frame = propose(["The current carers' support contract runs until31 March 2026."], CORNWALL)
    p = frame[frame["kind"] == "procurement"].iloc[0]
    assert (p["stage"], p["earliest"], p["date_text"]) == ("contract_end", "2026-03-31", "31 March 2026")


def test_national_target_is_an_england_benchmark():
    row = one(["Dementia", "", "An estimated 7,800 people are living with dementia.",
               "Diagnosis levels are rising, but we are still not hitting the national target of 67%."], 67)
    assert (row["measure"], row["area_code"]) == ("dementia_diagnosis_target", "E92000001")


def test_counted_noun_after_of_these_and_a_participle():
    lines = ["There are currently five extra care schemes providing 177 units; only two of these schemes can "
             "support people with dementia.",
             "In the period there were 1714 carer known to the council."]
    assert one(lines, 2)["measure"] == "extra_care_schemes_dementia"
    assert one(lines, 1714)["measure"] == "carers_known"   # "Carers known to the council" (data/vocab.py)


def test_shared_lives_carers_are_not_unpaid_carers():
    assert one(["The council employs a total of 68 long term Shared Lives Carers."], 68)["measure"] == \
        "shared_lives_carers"


def test_a_change_column_in_a_table_is_a_change():
    lines = ["Dementia diagnosis by CCG", "",
             "CCG\tRecorded as % of estimated 2013/14\tRecorded as % of estimated 2014/15\tChange in % 2013/14 to 2014/15",
             "Swale\t41.80%\t61.13%\t19.33%"]
    frame = propose(lines, "E10000016")
    got = {(r.measure, r.period, r.value) for r in frame.itertuples()}
    assert ("dementia_diagnosis_rate", "2014/15", 61.13) in got
    assert ("dementia_diagnosis_rate_change", "", 19.33) in got
    assert set(frame["area_code"]) == {"E38000180"}  # Swale CCG, not Swale district, in a CCG table


def test_a_rate_per_1000_keeps_its_age_base():
    """Units per 1,000 aged 65+ and per 1,000 aged 75+ are different figures: a map must not set one beside the other."""
    lines = ["Extra care housing", "",
             "Provision is 31 units per 1,000 people aged 65+.",
             "In Ashton it is 14.1 units per 1,000 people aged 75 and over.",
             "Brookfield has 9.5 extra care units per 1,000 over-75s."]
    assert one(lines, 31)["measure"] == "extra_care_units_per_1000_65plus"
    assert one(lines, 14.1)["measure"] == "extra_care_units_per_1000_75plus"
    assert one(lines, 9.5)["measure"] == "extra_care_units_per_1000_75plus"
    assert {one(lines, v)["unit"] for v in (31, 14.1, 9.5)} == {"per_1000"}
