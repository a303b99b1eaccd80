"""Round 6 of the document proposer (data/ingest), each rule on made-up lines: a year governs only its own clause's
figures, 'in the same year', numbers in words with 'a' and halves, targets in tables and Label: value lists."""
from __future__ import annotations

from data.ingest.numbers import find_numbers
from tests.proposals import proposers_for

THORN = "E06000026"  # made-up 'Thornmouth' text filed under a real authority code

measures, dates = proposers_for(THORN)


def _got(lines: list[str]) -> list[tuple[str, float, str]]:
    return sorted((r.measure, r.value, r.period) for r in measures(lines).itertuples())


# ---------------------------------------------------------------- a year governs its own clause (propose.py)
def test_a_planned_year_does_not_leak_onto_the_figures_of_today():
    got = _got(["Extra care housing", "", "There are 4 extra care schemes with 212 units today, with a further 2 "
                                          "schemes planned by 2028."])
    assert got == [("extra_care_schemes", 4.0, ""), ("extra_care_schemes_planned", 2.0, "2028"),
                   ("extra_care_units", 212.0, "")]


def test_a_projection_year_in_a_later_clause_is_the_projections():
    got = _got(["Dementia", "", "The dementia register held 2,315 people, while the number of people living with "
                                "dementia is expected to reach 3,900 by 2030."])
    assert got == [("dementia_estimated", 3900.0, "2030"), ("dementia_register", 2315.0, "")]


def test_a_year_still_reaches_the_clauses_it_governs():
    # a year before the figures, a bracket's figure with the sentence's month after it, a sub-group after 'of whom'
    assert _got(["Carers", "", "In 2021 there were 3,100 unpaid carers, and 1,240 of them provided 50 or more hours a "
                               "week."]) == [("carers_unpaid", 1240.0, "2021"), ("carers_unpaid", 3100.0, "2021")]
    got = measures(["Dementia", "", "The dementia diagnosis rate was 64.2% (England 65.0%, national ambition 66.7%) in "
                                    "September 2025."])
    assert sorted((r.area_code, r.measure, r.period) for r in got.itertuples()) == [
        ("E06000026", "dementia_diagnosis_rate", "2025"), ("E92000001", "dementia_diagnosis_rate", "2025"),
        ("E92000001", "dementia_diagnosis_target", "")]
    assert _got(["Dementia", "", "There were 18,500 people with dementia, of whom 12,100 had a diagnosis in 2025."]) == [
        ("dementia_estimated", 18500.0, "2025"), ("dementia_register", 12100.0, "2025")]
    assert _got(["Carers", "", "There were 3,100 carers known to the council, and 1,240 of them had a carer's "
                               "assessment in 2024/25."]) == [("carers_assessed", 1240.0, "2024/25"),
                                                              ("carers_known", 3100.0, "2024/25")]


def test_in_the_same_year_takes_the_year_written_before():
    assert _got(["Carers", "", "The Carers Hub supported 1,870 carers in 2024/25, and 760 carers received a carer's "
                               "assessment in the same year."]) == [("carers_assessed", 760.0, "2024/25")]
    assert _got(["Carers", "", "The 2021 Census recorded 3,100 unpaid carers. In that year, 1,240 carers received a "
                               "carer's assessment."]) == [("carers_assessed", 1240.0, "2021"),
                                                           ("carers_unpaid", 3100.0, "2021")]


def test_carers_a_service_supported_are_not_the_next_sentences_assessments():
    got = _got(["Carers", "", "1,240 carers received a carer's assessment in 2024/25.",
                "", "The Carers Hub supported 1,870 carers in 2024/25."])
    assert got == [("carers_assessed", 1240.0, "2024/25")]


# ---------------------------------------------------------------- numbers in words (numbers.py)
def _values(text: str) -> list[float]:
    return [n.value for n in find_numbers(text)]


def test_numbers_in_words_with_a_and_halves():
    assert _values("a hundred and twenty units") == [120.0]
    assert _values("one hundred and twenty units") == [120.0]
    assert _values("two and a half thousand carers") == [2500.0]
    assert _values("one and a half thousand people") == [1500.0]
    assert _values("a thousand carers") == [1000.0]
    assert _values("half a million people") == [500000.0]
    assert _values("a hundred thousand people") == [100000.0]


def test_a_is_no_number_alone_and_ratios_and_ranges_in_words_are_no_figures():
    assert _values("a few hundred carers") == []
    assert _values("a carer") == []
    assert _values("we are a hundred per cent committed") == []
    assert _values("one in a hundred people") == []
    assert _values("between eighty and ninety carers") == []
    assert _values("between a hundred and two hundred carers") == []
    assert _values("thanks to one and all") == [1.0]  # as before: 'one' alone, never joined
    assert _values("between eighty and ninety per cent") == []  # (round 5 read 80 and 90: a range is no figure)
    assert _values("eighty and ninety") == [80.0, 90.0]  # two figures, never 170


def test_numbers_in_words_in_prose():
    got = _got(["Carers", "", "Around two and a half thousand carers are known to the council, and about one and a "
                              "half thousand residents aged 65 and over provide unpaid care.",
                "", "We expect between eighty and ninety carers to join the panel."])
    assert got == [("carers_known", 2500.0, ""), ("carers_unpaid", 1500.0, "")]
    assert _got(["Extra care", "", "A hundred and twenty of the units are designed for people living with "
                                   "dementia."]) == [("extra_care_units_dementia", 120.0, "")]


# ---------------------------------------------------------------- targets in lists and tables (propose.py)
KEY_FIGURES = ["Key figures (March 2026)",
               "People on the dementia register: 1,930",
               "Dementia diagnosis rate (65+): 67.2%",
               "National ambition: 66.7%",
               "Our local target (2026/27): 70.0%"]


def test_a_target_in_a_list_takes_no_period_from_the_lists_heading():
    got = measures(KEY_FIGURES)
    assert sorted((r.area_code, r.measure, r.value, r.period, r.breakdown) for r in got.itertuples()) == [
        ("E06000026", "dementia_diagnosis_rate", 67.2, "2026", ""),
        ("E06000026", "dementia_diagnosis_target", 70.0, "2026/27", ""),
        ("E06000026", "dementia_register", 1930.0, "2026", ""),  # (a label naming only what is counted)
        ("E92000001", "dementia_diagnosis_target", 66.7, "", "")]


def test_a_target_in_a_table_takes_a_year_only_from_its_own_row_or_column():
    table = ["Table 2    Dementia diagnosis rate (65+), 2025/26", "",
             "Area                          Rate",
             "Plymouth                      67.2%",
             "England                       64.8%",
             "National ambition             66.7%", "",
             "Diagnosis rate over time", "",
             "                              2024/25       2025/26",
             "Dementia diagnosis rate       65.2%         67.2%",
             "National target               66.7%         66.7%"]
    got = measures(table)
    assert sorted((r.area_code, r.measure, r.value, r.period) for r in got.itertuples()) == [
        ("E06000026", "dementia_diagnosis_rate", 65.2, "2024/25"),
        ("E06000026", "dementia_diagnosis_rate", 67.2, "2025/26"),
        ("E06000026", "dementia_diagnosis_rate", 67.2, "2025/26"),
        ("E92000001", "dementia_diagnosis_rate", 64.8, "2025/26"),
        ("E92000001", "dementia_diagnosis_target", 66.7, ""),
        ("E92000001", "dementia_diagnosis_target", 66.7, "2024/25"),
        ("E92000001", "dementia_diagnosis_target", 66.7, "2025/26")]


# ---------------------------------------------------------------- a lot runs to a real section boundary (procurement.py)
def _long_lot(filler: int) -> list[str]:
    return ["UK4: Tender notice - Procurement Act 2023",
            "Carers and Dementia Support Services",
            "",
            "Lot 1. Carers Support Service",
            "Description",
            *["- the provider will offer information and advice to carers in every locality"] * filler,
            "",
            "Award criteria",
            "Quality",
            "Co-production with carers",
            "Weighting: 15%",
            "",
            "Contract dates (estimated)",
            "1 May 2027 to 30 April 2030",
            "",
            "Lot 2. Dementia Peer Support",
            "Contract dates (estimated)",
            "1 August 2027 to 31 July 2030",
            "",
            "Submission",
            "Tender submission deadline",
            "18 December 2026, 12:00pm"]


def test_a_lots_dates_far_under_its_lot_line_keep_the_lots_name():
    got = dates(_long_lot(90))
    assert ("Carers Support Service", "contract_start", "2027-05-01", "2027-05-01") in got
    assert ("Carers Support Service", "contract_end", "2030-04-30", "2030-04-30") in got
    assert ("Dementia Peer Support", "contract_start", "2027-08-01", "2027-08-01") in got
    assert ("Carers and Dementia Support Services", "tender_deadline", "2026-12-18", "2026-12-18") in got
    assert 15.0 not in set(measures([*_long_lot(90), "", "Carers", "", "There are 4,100 carers."])["value"])  # a weighting


def test_a_lot_ends_at_the_documents_next_section():
    lines = ["UK4: Tender notice - Procurement Act 2023", "Carers Services", "",
             "Lot 1. Carers Breaks", "Contract dates (estimated)", "1 May 2027 to 30 April 2030", "",
             "5. Home support", "",
             "Home support framework",
             "Contract start: 1 October 2027"]
    got = dates(lines)
    assert ("Carers Breaks", "contract_start", "2027-05-01", "2027-05-01") in got
    assert ("Home support framework", "contract_start", "2027-10-01", "2027-10-01") in got
    # outside a notice, the document's next heading ends a lot
    lines = ["Lot 1 - Carers Breaks", "Contract start: 1 May 2027", "", "Day opportunities", "",
             "Day services framework", "Contract start: 1 June 2027"]
    got = dates(lines)
    assert ("Carers Breaks", "contract_start", "2027-05-01", "2027-05-01") in got
    assert ("Day services framework", "contract_start", "2027-06-01", "2027-06-01") in got


def test_a_time_inside_a_contract_is_no_contract_length():
    lines = ["Carers support", "", "The provider will report outcomes using a measure agreed in the first three months "
                                   "of the contract."]
    assert propose_or_empty(lines) == []


def propose_or_empty(lines: list[str]) -> list[tuple]:
    from data.ingest import IngestError
    try:
        return dates(lines)
    except IngestError:
        return []


# ---------------------------------------------------------------- two columns, page by page (columns.py)
from data.ingest.columns import pages, read_columns  # noqa: E402

P1_LEFT = ["The 2021 Census recorded 14,320 residents",
           "providing unpaid care in Thornmouth, up from",
           "13,870 in 2011. Of these, 4,210 provide 50",
           "or more hours of care a week."]
P1_RIGHT = ["There are currently nine extra care schemes",
            "in the city providing 612 units between",
            "them. A further two schemes with 150 units",
            "are planned to open by 2028."]
P2_LEFT = ["The current carers support",
           "contract ends on 31 March 2027",
           "and a new service will start",
           "on 1 April 2027 for three years."]
P2_RIGHT = ["The day opportunities framework",
            "ends on 30 September 2027 and we",
            "will go out to tender for a new",
            "framework in January 2027."]


def _cols(left: list[str], right: list[str], gutter: int) -> list[str]:
    return [(a.ljust(gutter) + b).rstrip() for a, b in zip(left, right)]


def test_the_pages_of_converted_text_end_at_form_feeds_markers_page_numbers_and_blank_runs():
    lines = ["a", "b", "7", "c", "\fd", "e", "--- Page 9 ---", "f", "", "", "", "g"]
    assert pages(lines) == [(0, 3), (3, 4), (4, 6), (6, 7), (7, 11), (11, 12)]
    assert pages(["one page", "of text"]) == [(0, 2)]


def test_each_page_finds_its_own_gutter():
    p1 = _cols(P1_LEFT, P1_RIGHT, 52)
    p2 = _cols(P2_LEFT, P2_RIGHT, 38)
    lines = [*p1, "", "\f" + "Thornmouth City Council".ljust(70) + "2", "", *p2]
    assert read_columns(lines) == [*P1_LEFT, "", *P1_RIGHT, "", "\f" + "Thornmouth City Council".ljust(70) + "2", "",
                                   *P2_LEFT, "", *P2_RIGHT]
    # the same pages apart only by blank lines
    lines = [*p1, "", "", "", *p2]
    assert read_columns(lines) == [*P1_LEFT, "", *P1_RIGHT, "", "", "", *P2_LEFT, "", *P2_RIGHT]


def test_a_left_columns_last_lines_under_the_last_two_sided_line_stay_in_the_left_column():
    left = [*P2_LEFT[:3], "on 1 April 2027 for three years, with", "the option to extend for a further", "two."]
    lines = [*_cols(left[:4], P2_RIGHT, 42), *left[4:]]
    assert read_columns(lines) == [*left, "", *P2_RIGHT, "", ""]  # (a right column line per line of the region)
    # after a blank line, a left-only line is a footer, read after the columns as before
    lines = [*_cols(P1_LEFT, P1_RIGHT, 52), "", "Page 7"]
    assert read_columns(lines) == [*P1_LEFT, "", *P1_RIGHT, "", "Page 7"]


def test_a_sentence_wrapped_before_a_name_is_one_sentence():
    got = _got(["Carers", "", "The 2021 Census recorded 11,240 residents of", "Thornmouth providing unpaid care."])
    assert got == [("carers_unpaid", 11240.0, "2021")]
