"""Round 34 (r34b) of the document proposer (data/ingest), each rule on made-up lines in the shape a workbook of
tables downloaded from the national older people's projection tool gives (a sheet per measure, a title naming the
measure, an 'Area: <place>' line, age bands as rows and years across): people predicted to live alone or unable to
manage a self-care activity are no population; the prevalence rates a tool applied by age band are no prevalence of
the area's; an 'Area: <place>' line over a table gives its rows that place, to the next such line, and one naming England
or a region gives them no council's."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

NORFOLK, BRECKLAND, NORWICH = "E10000020", "E07000143", "E07000148"

measures, dates = proposers_for(NORFOLK)
rows = figure_rows(measures)


def _sheet(title: str, area: str, head: str, body: list[str]) -> list[str]:
    return ["", title, area, "", f"{head}\t2025\t2030\t2035", *body, "", "Figures may not sum due to rounding.", ""]


def test_people_predicted_to_live_alone_or_unable_to_manage_self_care_are_no_population():
    lines = [*_sheet("Population: people aged 65 and over, projected to 2035", "Area: Norfolk", "Population",
                     ["People aged 65-74\t101,300\t108,900\t114,200", "Total population aged 65 and over\t245,600\t"
                      "271,800\t296,400"]),
             *_sheet("Living alone: people aged 65 and over predicted to live alone", "Area: Norfolk",
                     "Predicted to live alone", ["People aged 75 and over predicted to live alone\t51,200\t57,700\t"
                                                 "64,100", "Total population aged 65 and over predicted to live "
                                                 "alone\t83,900\t93,100\t101,800"]),
             *_sheet("Self-care: people aged 65 and over unable to manage at least one self-care activity on their "
                     "own", "Area: Norfolk", "Unable to manage at least one self-care activity",
                     ["Total population aged 65 and over unable to manage at least one self-care activity on their "
                      "own\t47,300\t53,900\t60,700"])]
    got = {v for _, _, _, v in rows(lines)}
    assert {245600.0, 271800.0, 296400.0} <= got
    assert not got & {51200.0, 57700.0, 64100.0, 83900.0, 93100.0, 101800.0, 47300.0, 53900.0, 60700.0}


def test_the_prevalence_rates_a_tool_applied_by_age_band_are_no_prevalence_of_the_areas():
    lines = ["", "Dementia", *_sheet("Dementia: people aged 65 and over predicted to have dementia", "Area: Norfolk",
                     "Predicted to have dementia", ["People aged 65-69 predicted to have dementia\t1,020\t1,110\t"
                                                    "1,180", "Total population aged 65 and over predicted to have "
                                                    "dementia\t17,640\t20,310\t23,050"]),
             "Prevalence rates applied\t%", "Prevalence, aged 65-69 (%)\t1.6", "Prevalence, aged 70-74 (%)\t2.9",
             "Prevalence, aged 75-79 (%)\t5.8", "Prevalence, aged 85-89 (%)\t19.2", ""]
    got = rows(lines)
    assert ("dementia_estimated", NORFOLK, "2025", 17640.0) in got
    assert not [r for r in got if r[3] in (1.6, 2.9, 5.8, 19.2)]


def test_an_area_line_over_a_table_gives_its_rows_that_place_to_the_next_such_line():
    lines = ["", "Dementia: people aged 65 and over predicted to have dementia, by district", "",
             "Area: Breckland", "Predicted to have dementia\t2025\t2030\t2035",
             "People aged 85 and over predicted to have dementia\t610\t700\t830",
             "Total population aged 65 and over predicted to have dementia\t1,930\t2,210\t2,540", "",
             "Area: Norwich", "Predicted to have dementia\t2025\t2030\t2035",
             "Total population aged 65 and over predicted to have dementia\t1,270\t1,390\t1,560", ""]
    got = rows(lines)
    assert ("dementia_estimated", BRECKLAND, "2025", 1930.0) in got
    assert ("dementia_estimated", BRECKLAND, "2035", 2540.0) in got
    assert ("dementia_estimated", NORWICH, "2030", 1390.0) in got
    assert not [r for r in got if r[1] == NORFOLK]


def test_a_table_under_an_area_line_naming_england_or_a_region_is_no_councils():
    """('Area: England' over a projection tool's table, beside the county's own: the country's figures, which the
    authority's table would otherwise take; found at merging, the helper's report named it)"""
    table = ["People aged 65 and over predicted to have dementia\t2025\t2030",
             "Total population aged 65 and over predicted to have dementia\t{}\t{}", ""]
    got = rows(["Dementia 65+", "", "Area: England", "", table[0], table[1].format("880,000", "1,010,000"), "",
                "Area: East Midlands", "", table[0], table[1].format("74,300", "85,900"), "",
                "Area: Norfolk", "", table[0], table[1].format("14,900", "17,200"), ""])
    assert sorted(got) == [("dementia_estimated", NORFOLK, "2025", 14900.0),
                           ("dementia_estimated", NORFOLK, "2030", 17200.0)]
