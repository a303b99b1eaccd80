"""Round 41 (r41c) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a Welsh
council's Market Stability Report saved from Word as plain text gives: a share of care home residents with a dementia
diagnosis is no diagnosis rate; a 'Flats' column under a sentence on flats for people with dementia counts dwellings,
never people; a health board named before a figure is the board's, unless named for the council alone; the wider
place a city heads ('the capital city of Wales') is no area of its figure; a seventh scheme named with its place
between commas ('A seventh scheme, Ty Derw Court in Gorseinon, is in development') is one more planned; a long line
wrapped before its closing aside ('(Council housing records, March 2023).') reads on, no heading."""
from __future__ import annotations

from tests.proposals import figure_rows, or_nothing, proposers_for

SWANSEA = "W06000011"

measures, dates = proposers_for(SWANSEA)
rows = figure_rows(measures)
dates_or_none = or_nothing(dates)


def test_a_share_of_care_home_residents_with_a_diagnosis_is_no_diagnosis_rate():
    got = rows(["Dementia", "", "Some 610 older people with dementia live in nursing homes, and 31% of care home "
                "residents have a diagnosis of dementia.", "", "The diagnosis rate in Swansea is 61.2%.", ""])
    assert [r for r in got if r[0] == "dementia_diagnosis_rate"] == [("dementia_diagnosis_rate", SWANSEA, "", 61.2)]


def test_a_flats_column_under_a_sentence_on_dementia_flats_counts_no_people():
    got = rows(["Extra care housing", "", "Swansea has 4 extra care schemes with 236 flats.", "",
                "Of these, 30 flats are suitable for people with dementia.", "",
                "Scheme\tWard\tFlats\tOpened", "Ty Glan Mor\tSketty\t58\t2010", "Llys y Dderwen\tMorriston\t61\t2015",
                "Total\t\t236\t", ""])
    assert not [r for r in got if r[0].startswith("dementia")]
    assert ("extra_care_units_dementia", SWANSEA, "", 30.0) in got


def test_a_health_board_over_more_than_the_council_gives_no_figure_of_the_councils():
    got = rows(["Dementia", "", "Swansea Bay University Health Board recorded a dementia diagnosis rate of 57.9% in "
                "2022, against the Welsh Government's target of 75%.", "",
                "In Swansea the diagnosis rate is 59.4%.", ""])
    assert [r for r in got if r[0] == "dementia_diagnosis_rate"] == [("dementia_diagnosis_rate", SWANSEA, "", 59.4)]
    assert ("dementia_diagnosis_target", "W92000004", "", 75.0) in got


def test_guard_a_health_board_named_for_the_council_alone_keeps_the_councils_figure():
    powys = proposers_for("W06000023")[0]
    frame = powys(["Dementia", "", "Powys Teaching Health Board recorded a dementia diagnosis rate of 55.2% in 2022.",
                   ""])
    assert [(r.measure, r.area_code, float(r.value)) for r in frame.itertuples()] == [
        ("dementia_diagnosis_rate", "W06000023", 55.2)]


def test_the_wider_place_a_city_heads_is_no_area_of_its_figure():
    got = rows(["Our population", "", "Swansea, the largest city of Wales west of the capital, has a population of "
                "241,300 (mid-2021).", ""])
    assert got == [("population", SWANSEA, "2021", 241300.0)]


def test_a_seventh_scheme_named_with_its_place_between_commas_is_one_more_planned():
    got = rows(["Extra care housing", "", "Swansea has 6 extra care schemes with 402 flats.", "",
                "A seventh scheme, Ty Derw Court in Gorseinon, is in development and will have 54 flats.", ""])
    assert ("extra_care_schemes_planned", SWANSEA, "", 1.0) in got
    assert ("extra_care_schemes", SWANSEA, "", 6.0) in got


def test_a_long_line_wrapped_before_its_closing_aside_reads_on():
    got = rows(["Extra care housing", "", "Swansea has 5 extra care schemes offering 347 apartments to older residents",
                "(Council housing records, March 2023).", ""])
    assert sorted(got) == [("extra_care_schemes", SWANSEA, "2023", 5.0), ("extra_care_units", SWANSEA, "2023", 347.0)]
