"""Round 24 (r24f) of the document proposer (data/ingest), each rule on made-up lines as a provider forum's slide deck
reads when PowerPoint exports it to text: a 'Slide N' marker over each slide's title, bullet fragments, figures alone
on their lines, a chart's axis labels, and speaker notes that restate or correct a figure."""
from __future__ import annotations

from data.ingest.layout import analyse
from tests.proposals import proposers_for

CORNWALL = "E06000052"

measures, dates = proposers_for(CORNWALL)


def _values(lines, measure=None):
    got = measures(lines)
    if measure:
        got = got[got["measure"] == measure]
    return set(got["value"].astype(float))


def test_a_slide_title_under_its_marker_is_a_heading():
    # 'Slide 4' (or '--- Slide 4 of 12 ---') over the slide's title: the title starts a section, as after a blank line,
    # even with a colon in it
    lines = ["Slide 3", "Market overview", "• 212 registered services", "", "--- Slide 4 of 12 ---",
             "Carers: what you told us", "• 310 replies"]
    layout = analyse(lines)
    assert layout.headings[7][0] == "Carers: what you told us"
    assert layout.headings[3][0] == "Market overview"
    assert layout.slide_marks == (1, 5)


def test_a_share_under_a_feedback_heading_is_no_carers_share():
    lines = ["Slide 7", "Unpaid carers", "• 21,450 unpaid carers (Census 2021)", "", "Slide 8",
             "Carers: what you told us", "• 38%: not offered an assessment", "• 52%: no break this year"]
    got = _values(lines, "carers_unpaid_pct")
    assert 38.0 not in got and 52.0 not in got
    assert 21450.0 in _values(lines, "carers_unpaid")


def test_a_poll_share_and_answered_counts_are_no_carers_figures():
    lines = ["Slide 5", "Unpaid carers", "• Poll: 55% of carers' services plan to expand in 2027/28",
             "• 305 carers answered our questionnaire",
             "Notes:", "Of the carers who answered, 41% said they care for more than one person."]
    got = measures(lines)
    assert not set(got["value"].astype(float)) & {55.0, 305.0, 41.0}


def test_a_fee_uplift_is_no_share_of_people():
    lines = ["Slide 6", "Carers support", "• 9.9% of residents are unpaid carers",
             "Notes:", "The fee uplift for 2027/28 is 4.2%, confirmed by the Cabinet."]
    got = _values(lines, "carers_unpaid_pct")
    assert 4.2 not in got and 9.9 in got


def test_a_neighbouring_council_without_an_article_is_another_place():
    # 'Neighbouring council: 18,200 (9.1%)' as a bullet label: another council's figures, unnamed
    lines = ["Slide 5", "Unpaid carers", "• Unpaid carers: 23,600 (Census 2021)", "• Neighbouring council: 18,200 (9.1%)"]
    got = measures(lines)
    assert not set(got["value"].astype(float)) & {18200.0, 9.1}
    assert 23600.0 in set(got["value"].astype(float))


def test_an_average_scheme_size_is_no_count_of_schemes():
    lines = ["Slide 10", "Extra care housing", "• Schemes: 11", "• Flats: 640", "• Average scheme size: 58",
             "• Typical scheme capacity: 70 flats"]
    assert 58.0 not in _values(lines, "extra_care_schemes")
    assert 70.0 not in _values(lines, "extra_care_units")
    assert 11.0 in _values(lines, "extra_care_schemes")


def test_a_slide_charts_axis_ticks_and_band_labels_are_no_figures():
    # a chart exported as its title and axis labels, with no 'Figure N:' title or 'Source:' line
    lines = ["Slide 7", "Unpaid carers", "• 21,450 unpaid carers (Census 2021)", "", "Slide 8",
             "Carers by hours of care a week, 2021", "Hours a week", "19 or less", "20 to 49",
             "50 or more", "Carers", "0", "4,000", "8,000", "12,000", "16,000"]
    got = set(measures(lines)["value"].astype(float))
    assert not got & {50.0, 4000.0, 8000.0, 12000.0, 16000.0}
    assert 21450.0 in got


def test_a_call_out_over_a_band_caption_is_still_read():
    # '33%' over '50 or more hours a week': a figure and its caption, not a chart's category
    lines = ["Carers by hours of care a week (Census 2021)", "", "33%", "50 or more hours a week", "",
             "41%", "19 or less hours a week"]
    assert {33.0, 41.0} <= _values(lines, "carers_unpaid_pct")


def test_a_correction_in_the_notes_replaces_the_slides_figure():
    lines = ["Slide 9", "Dementia", "• People 65+ with dementia (est.): 7,850 (2025)", "• 2030 projection: 8,900",
             "Notes:", "Correction: the 2030 projection on this slide should read 8,960, not 8,900."]
    got = measures(lines)
    projected = got[(got["measure"] == "dementia_estimated") & (got["period"] == "2030")]
    assert set(projected["value"].astype(float)) == {8960.0}
    assert 7850.0 in set(got["value"].astype(float))


def test_a_figure_that_should_have_read_another():
    lines = ["Extra care", "", "There are 12 extra care schemes with 702 flats between them.", "",
             "Correction", "", "The 702 flats should have read 720."]
    got = _values(lines, "extra_care_units")
    assert 720.0 in got and 702.0 not in got
