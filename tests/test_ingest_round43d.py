"""Round 43 (r43d) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a Word
document with footnotes gives when a docx-to-text converter writes each footnote reference as a number run into the
word or figure before it: a note's number right after a per cent sign is no figure and leaves the share to be read; a
note's number run into a word is blanked alone, so the word still reads ('A further scheme12 with 58 flats ... is
planned' counts one planned scheme; a reference such as 'TS039' or 'Lot3' stays masked whole, the guard); and a list's
lead-in naming who will act ('We expect providers to:'), read as a heading over the paragraph after its bullets, is no
service's name: the section's heading above it is; and a year closing the first of two verbs sharing one subject
('helped 1,940 carers in 2024/25 and completed 515 carers' assessments') dates the second verb's figure too."""
from __future__ import annotations

from tests.proposals import figure_rows, or_nothing, proposers_for

SWINDON = "E06000030"

measures, dates = proposers_for(SWINDON)
rows = figure_rows(measures)
dates_or_none = or_nothing(dates)


def test_a_note_number_after_a_per_cent_sign_is_no_figure_and_the_share_still_reads():
    got = rows(["Dementia", "", "In March 2025 the dementia diagnosis rate was 58.2%7, short of the national ambition "
                "of 66.7%8.", ""])
    assert sorted(got) == [("dementia_diagnosis_rate", SWINDON, "2025", 58.2),
                           ("dementia_diagnosis_target", "E92000001", "", 66.7)]


def test_a_note_number_after_a_per_cent_sign_ending_a_sentence_leaves_the_benchmark():
    got = rows(["Carers", "", "In the 2021 Census 9.6% of residents aged 5 and over3 gave unpaid care, against "
                "8.9%4 in England.", ""])
    assert sorted(got) == sorted([("carers_unpaid_pct", SWINDON, "2021", 9.6),
                                  ("carers_unpaid_pct", "E92000001", "2021", 8.9)])


def test_a_note_number_run_into_a_word_is_blanked_alone_so_the_word_still_reads():
    got = rows(["Extra care", "", "A further scheme12 with 58 flats at Wichelstowe is planned to open in 2028.", ""])
    assert sorted(got) == [("extra_care_schemes_planned", SWINDON, "2028", 1.0),
                           ("extra_care_units_planned", SWINDON, "2028", 58.0)]


def test_a_reference_with_a_number_is_still_no_figure():
    """Guard: 'Lot3', 'TS039' and 'REF12' stay masked whole; only a word of three small letters before a number of
    one or two digits loses its number alone."""
    got = rows(["Carers", "", "Census table TS039 counted 21,400 unpaid carers in 2021 (Lot3, REF12).", ""])
    assert got == [("carers_unpaid", SWINDON, "2021", 21400.0)]


def test_a_lists_lead_in_naming_who_acts_is_no_service_the_heading_above_is():
    got = dates_or_none(["Supported living", "", "We expect providers to:", "", "- recruit local support workers;",
                         "- cut travel time.", "", "The current contracts end on 30 June 2026. We will go out to tender "
                         "in November 2025 and the new contracts will start on 1 July 2026.", ""])
    assert {(s, st) for s, st, *_ in got} == {("Supported living", "contract_end"),
                                               ("Supported living", "procurement_start"),
                                               ("Supported living", "contract_start")}


def test_a_year_closing_the_first_of_two_verbs_dates_the_second_verbs_figure():
    got = rows(["Carers", "", "The carers' centre helped 1,940 carers in 2024/25 and completed 515 carers' assessments "
                "for the Council.", ""])
    assert ("carers_assessed", SWINDON, "2024/25", 515.0) in got
