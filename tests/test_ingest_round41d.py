"""Round 41 (r41d) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a Word
document saved as plain text gives (a county's dementia strategy: a paragraph a line): a planned scheme's apartments
after a sentence on dementia apartments are planned units, not dementia stock; residents who told us something are no
population; a share of people living in a county's care homes with dementia is no diagnosis rate; the places an
integrated care board covers, named in a clause about the board, do not make the board's rate theirs."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

OXFORDSHIRE = "E10000025"

measures, dates = proposers_for(OXFORDSHIRE)
rows = figure_rows(measures)


def test_a_planned_schemes_apartments_after_a_sentence_on_dementia_apartments_are_planned_units():
    got = rows(["Housing with care", "",
                "Oxfordshire has 11 extra care schemes with 720 flats, and 95 of these flats are designed for people"
                " living with dementia. A new scheme at Bicester, with 58 flats, is expected to open in 2027, and every"
                " flat in it will follow dementia-friendly design guidance.", ""])
    assert ("extra_care_units_planned", OXFORDSHIRE, "2027", 58.0) in got
    assert not [r for r in got if r[0] == "extra_care_units_dementia" and r[3] == 58.0]
    assert ("extra_care_units_dementia", OXFORDSHIRE, "", 95.0) in got


def test_residents_who_told_us_something_are_no_population():
    got = rows(["Introduction", "",
                "This plan follows our last one and what over 450 residents told us at our listening events in"
                " spring 2024.", "",
                "Oxfordshire has a population of around 742,300 (mid-2023).", ""])
    assert not [r for r in got if r[3] == 450.0]
    assert [r for r in got if r[0] == "population" and r[3] == 742300.0]


def test_a_share_of_people_living_in_a_countys_care_homes_with_dementia_is_no_diagnosis_rate():
    got = rows(["Our population", "",
                "Younger people often wait longer for a dementia diagnosis than older people do.", "",
                "About 71% of people living in Oxfordshire care homes have dementia or a severe memory problem.", "",
                "Oxfordshire's dementia diagnosis rate was 61.7% in March 2024.", ""])
    assert not [r for r in got if r[3] == 71.0]
    assert [r for r in got if r[0] == "dementia_diagnosis_rate" and r[3] == 61.7]


def test_the_places_a_board_covers_do_not_make_the_boards_rate_theirs():
    got = rows(["Diagnosis", "",
                "Oxfordshire's dementia diagnosis rate was 61.7% in March 2024. Across NHS Oxfordshire"
                " and Berkshire West ICB, which also covers Reading and West Berkshire, the rate was 64.1%.", ""])
    assert not [r for r in got if r[3] == 64.1]
    assert [r for r in got if r[0] == "dementia_diagnosis_rate" and r[1] == OXFORDSHIRE and r[3] == 61.7]
