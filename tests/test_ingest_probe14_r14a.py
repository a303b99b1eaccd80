"""Round 14 (r14a) of the document proposer (data/ingest), from a made-up unitary's older people's statement converted
from PDF (corpus 75): projection tables copied from a national tool (age bands as rows, years as columns, a 'Total
population aged 65 and over ...' row), an 'At a glance' page, census carers in prose, a dementia wing, page headers and
footnotes."""
from __future__ import annotations

from data.ingest import layout
from tests.proposals import proposers_for

SHROPSHIRE = "E06000051"

measures, dates = proposers_for(SHROPSHIRE)


def _got(lines: list[str]) -> list[tuple[str, str, float, str]]:
    return sorted((r.measure, r.period, r.value, r.breakdown) for r in measures(lines).itertuples())


# ---------------------------------------------------------------- 1. a total row naming an age group
def test_a_total_row_naming_an_age_group_is_that_sub_group():
    lines = ["Table 2: Population aged 65 and over, projected to 2040", "",
             "Age band\t2025\t2040",
             "People aged 65-74\t44,100\t46,800",
             "People aged 75 and over\t48,050\t66,300",
             "Total population aged 65 and over\t92,150\t113,100"]
    got = _got(lines)
    assert ("population", "2025", 92150.0, "aged 65 and over") in got
    assert ("population", "2040", 113100.0, "aged 65 and over") in got


def test_a_carers_total_row_of_people_aged_65_and_over_is_a_sub_group_of_carers():
    lines = ["Table 5: People aged 65 and over providing unpaid care", "",
             "Age\t2025\t2030",
             "People aged 65-74 providing unpaid care to a partner, family member or other person\t8,940\t9,310",
             "People aged 75 and over providing unpaid care to a partner, family member or other person\t7,280\t8,160",
             "Total population aged 65 and over providing unpaid care\t16,220\t17,470"]
    got = _got(lines)
    assert ("carers_unpaid", "2025", 16220.0, "aged 65 and over") in got
    assert ("carers_unpaid", "2030", 17470.0, "aged 65 and over") in got


def test_the_dementia_total_row_keeps_no_breakdown():
    # the estimates' own age group names the measure (as the column header 'People aged 65+ with dementia' does)
    lines = ["Table 3: People aged 65 and over predicted to have dementia", "",
             "\t2025\t2030",
             "People aged 65-74 predicted to have dementia\t890\t947",
             "People aged 75 and over predicted to have dementia\t5,590\t6,425",
             "Total population aged 65 and over predicted to have dementia\t6,480\t7,372"]
    got = _got(lines)
    assert ("dementia_estimated", "2025", 6480.0, "") in got and ("dementia_estimated", "2030", 7372.0, "") in got


# ---------------------------------------------------------------- 2. census carers in prose
def test_a_change_in_per_cent_in_a_clause_naming_no_subject_is_the_sentence_befores():
    lines = ["Unpaid carers", "",
             "At the 2021 Census, 35,940 people in Shropshire said they provided unpaid care. That was 4.2% fewer "
             "than in 2011, but more of them now care for 50 or more hours a week."]
    assert [r for r in _got(lines) if r[0] == "carers_unpaid_change_pct" and r[2] == -4.2]  # (fewer: a fall)


def test_a_change_in_per_cent_after_its_own_subject_borrows_no_other():
    lines = ["Demand for carer support is rising. 2,310 carers' assessments were completed in 2024/25.", "",
             "By 2030 the number of people aged 65 and over with dementia is expected to reach 11,200, an increase of "
             "13% on today."]
    assert not [r for r in _got(lines) if r[2] == 13.0]


def test_up_from_a_figure_after_a_figure_is_the_same_measure_earlier():
    lines = ["Unpaid carers", "",
             "At the 2021 Census, 35,940 people in Shropshire said they provided unpaid care. More of them now care "
             "for 50 or more hours a week: 11,260 people, up from 9,870 in 2011."]
    got = _got(lines)
    assert ("carers_unpaid", "2021", 11260.0, "50+ hours a week") in got
    assert ("carers_unpaid", "2011", 9870.0, "50+ hours a week") in got


# ---------------------------------------------------------------- 3. changes and other groups are no counts
def test_more_older_people_is_a_change_not_a_population():
    lines = ["An ageing county", "",
             "Shropshire had an estimated 328,400 residents in mid-2024. By 2040 there will be around 21,000 more "
             "older people than there are now."]
    assert [r[2] for r in _got(lines)] == [328400.0]


def test_a_share_of_the_people_a_council_places_in_nursing_care_is_no_diagnosis_rate():
    lines = ["People living with dementia", "",
             "An estimated 6,480 people aged 65 and over in Shropshire are living with dementia. Dementia is the most "
             "common reason for a move into a care home in Shropshire, and 58% of the people we place in nursing care "
             "have a diagnosis."]
    assert [r[2] for r in _got(lines)] == [6480.0]


# ---------------------------------------------------------------- 4. a dementia wing
def test_apartments_in_a_wing_for_people_living_with_dementia_are_dementia_units():
    lines = ["Extra care housing", "",
             "Shropshire has 9 extra care schemes with 512 apartments between them. Two of the schemes have a "
             "dedicated wing for people living with dementia (48 apartments in all)."]
    got = _got(lines)
    assert ("extra_care_units_dementia", "", 48.0, "") in got
    assert ("extra_care_units", "", 48.0, "") not in got


# ---------------------------------------------------------------- 5. page furniture and footnotes
HEADER = "Shropshire Council\tOlder People's MPS 2026-2029\t{}"


def test_a_page_number_given_twice_on_one_page_still_marks_a_running_header():
    lines = [HEADER.format(8), "", "Unpaid carers", "", "35,940 people in Shropshire provide unpaid care.", "",
             HEADER.format(9), "", "More text.", "", HEADER.format(10), "", "Notes.", "", HEADER.format(10)]
    assert {1, 7, 11, 15} <= layout.running_lines(lines)
    assert [r[2] for r in _got(lines)] == [35940.0]


def test_numbered_footnote_lines_are_no_figures():
    lines = ["Unpaid carers", "", "35,940 people in Shropshire provide unpaid care.", "", "Notes and sources", "",
             "1 POPPI version 15.0, accessed 3 February 2025.",
             "2 People aged 85-89 and 90 and over, Table 3.",
             "3 Shropshire Carers Hub annual report 2025/26, page 14."]
    assert [r[2] for r in _got(lines)] == [35940.0]
    assert layout.footnote_lines(lines) == {7, 8, 9}


# ---------------------------------------------------------------- 6. an 'At a glance' page
def test_a_change_whose_caption_names_its_own_subject_borrows_no_other():
    # '38%' over 'increase in people aged 65+ with dementia by 2040' is a change in people with dementia (no measure
    # of ours), never the unpaid carers of the caption before
    lines = ["At a glance", "", "Carers", "35,940", "unpaid carers (Census 2021)", "",
             "38%", "increase in people aged 65+ with dementia by 2040"]
    assert [r[2] for r in _got(lines)] == [35940.0]


def test_key_figures_written_with_tabs_over_tab_captions():
    lines = ["At a glance", "",
             "6,480\t35,940\t61.8%",
             "people with dementia\tunpaid carers\tdementia diagnosis rate",
             "(2025)\t(Census 2021)\t(March 2026)", "", "Some text."]
    assert _got(lines) == [("carers_unpaid", "2021", 35940.0, ""), ("dementia_diagnosis_rate", "2026", 61.8, ""),
                           ("dementia_estimated", "2025", 6480.0, "")]


# ---------------------------------------------------------------- 7. bare age bands as row labels
def test_bare_age_bands_under_an_age_column_are_the_rows_sub_groups():
    # '65-69' alone under 'Age': no breakdown made the band's 310 look like the whole of the people with dementia
    lines = ["People aged 65 and over predicted to have dementia, Shropshire (figures for 2025)",
             "Age\tNumber", "65-69\t310", "85 and over\t1,560", "90+\t1,620", "Total\t6,480"]
    assert _got(lines) == [("dementia_estimated", "2025", 310.0, "aged 65-69"),
                           ("dementia_estimated", "2025", 1560.0, "aged 85 and over"),
                           ("dementia_estimated", "2025", 1620.0, "aged 90+"),
                           ("dementia_estimated", "2025", 6480.0, "")]


def test_a_figure_beside_its_one_word_label_takes_the_caption_under_it():
    # each figure beside an icon and a word, its caption under it: not a one-row table titled by the caption above
    lines = ["At a glance", "",
             "\uf0c0 Carers\t35,940", "unpaid carers in Shropshire (Census 2021)", "",
             "\uf5dc Dementia\t6,480", "people aged 65+ estimated to have dementia (2025)", ""]
    got = _got(lines)
    assert ("carers_unpaid", "2021", 35940.0, "") in got
    assert [r[1] for r in got if r[0] == "dementia_estimated"] == ["2025"]


def test_a_plain_total_row_under_age_bands_is_the_titles_age_group():
    lines = ["Table 5: People aged 65 and over providing unpaid care, 2025 to 2040",
             "Age\t2025\t2040", "65-74\t8,940\t9,420", "75 and over\t7,280\t9,600", "Total\t16,220\t19,020"]
    got = _got(lines)
    assert ("carers_unpaid", "2025", 16220.0, "aged 65 and over") in got
    assert ("carers_unpaid", "2040", 19020.0, "aged 65 and over") in got
