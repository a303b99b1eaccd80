"""Round 43 (r43b) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a Word
document saved as plain text gives (a paragraph a line, '• ' and '- ' bullets, tab-separated tables): a modelled need
'of' a number of units is a need, no stock; who the council spoke to at its events is no count of carers; a size new
schemes are expected 'to have at least' is asked of each scheme, no pipeline; a row under a 'Site' column whose name
is a street and a town ('Mill Lane, Crewe') is that site's, its area left to the analyst; a count of schemes in prose
under a heading naming only the pipeline is the pipeline's."""
from __future__ import annotations

from tests.proposals import figure_rows_or_none, proposers_for

HEREFORDSHIRE = "E06000019"

measures, dates = proposers_for(HEREFORDSHIRE)
rows = figure_rows_or_none(measures)


def test_a_modelled_need_of_a_number_of_units_is_no_stock_or_plan():
    got = rows(["Summary", "", "• a modelled need of 1,240 extra care units by 2035 at a planning ratio of 25 per 1,000",
                "", "• 410 extra care units in six schemes", ""])
    assert [r for r in got if r[3] == 1240.0] == []
    assert ("extra_care_units", HEREFORDSHIRE, "", 410.0) in got


def test_who_the_council_spoke_to_at_its_events_is_no_count_of_carers():
    got = rows(["What people told us", "", "We spoke to 285 older people and carers at 11 events across the county in "
                "spring 2025.", "", "At the 2021 Census, 20,400 residents said they provided unpaid care.", ""])
    assert [r for r in got if r[3] == 285.0] == []
    assert ("carers_unpaid", HEREFORDSHIRE, "2021", 20400.0) in got


def test_a_size_new_schemes_are_expected_to_have_is_no_pipeline():
    got = rows(["Our approach to new extra care", "", "- We will expect new extra care schemes to have at least 50 "
                "apartments.", "", "- New schemes should have no fewer than 40 units.", ""])
    assert [r for r in got if r[0].startswith("extra_care")] == []


def test_a_row_under_a_site_column_named_by_street_and_town_is_the_sites():
    frame = measures(["Extra care pipeline", "", "Table 4: Extra care schemes in development",
                      "Site\tUnits\tStatus\tExpected completion", "Station Yard, Leominster\t60\tOn site\t2027",
                      "Former school, Ledbury\t48\tPlanning permission granted\t2028", "Total\t108\t\t", ""])
    got = sorted((r.measure, r.area_code, r.period, float(r.value)) for r in frame.itertuples())
    assert got == [("extra_care_units_planned", "", "2027", 60.0), ("extra_care_units_planned", "", "2028", 48.0),
                   ("extra_care_units_planned", HEREFORDSHIRE, "", 108.0)]


def test_a_count_of_schemes_under_a_heading_naming_only_the_pipeline_is_the_pipelines():
    frame = measures(["6. The pipeline", "", "Table 4: Extra care pipeline, April 2025",
                      "Site\tUnits\tStatus\tExpected completion", "Station Yard, Leominster\t60\tOn site\tSummer 2027",
                      "Former school, Ledbury\t50\tPre-application\t2029", "Total\t110\t\t", "",
                      "Land at Ledbury is valued at £0.8 million, and the two schemes have a capital cost of around £24 "
                      "million.", ""])
    got = [(r.line, r.measure) for r in frame.itertuples() if r.measure.endswith(("schemes", "schemes_planned"))]
    assert got == [(9, "extra_care_schemes_planned")]
