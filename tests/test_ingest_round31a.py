"""Round 31 (r31a) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes
`pdftotext -layout` gives a designed PDF (a JSNA chapter): a page's footer over the next page's header, both spaced
apart from their page and chapter numbers, is no table; a city region the registry does not hold ('Greater
Manchester') is not the district its name holds, its table row is no figure and a clause naming it as its figure's is
no borough's; a group's share of the people with dementia ('Women make up around 61% ...') is no prevalence; 'people
under 65' are the group 'aged under 65'; a count's own share in brackets leaves it the group written after it."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

STOCKPORT = "E08000007"

measures, dates = proposers_for(STOCKPORT)
rows = figure_rows(measures)


def _page(body: list[str], number: int, first: bool = False) -> list[str]:
    header = ("" if first else "\f") + "Borough JSNA 2026 | Older people" + " " * 40 + "Section 4"
    return [header, "", *body, "", "Borough JSNA 2026 | Dementia" + " " * 50 + str(number)]


def test_a_pages_footer_over_the_next_pages_header_is_no_table():
    lines = [*_page(["An estimated 2,950 people aged 65 and over were living with dementia in 2025."], 21, first=True),
             *_page(["In 2011 there were 24,100 unpaid carers."], 22),
             *_page(["The 2021 Census recorded 22,480 unpaid carers."], 23)]
    got = rows(lines)
    assert sorted(got) == [("carers_unpaid", STOCKPORT, "2011", 24100.0), ("carers_unpaid", STOCKPORT, "2021", 22480.0),
                           ("dementia_estimated", STOCKPORT, "2025", 2950.0)]


def test_a_city_region_row_the_registry_does_not_hold_is_no_figure():
    got = rows(["Dementia", "", "Table 5: Dementia diagnosis rate (aged 65+), January 2026", "",
                "                     Recorded     Diagnosis", "Area                 diagnoses         rate",
                "Stockport                2,150        66.1%", "Greater Lincolnshire    11,480        63.2%",
                "England                461,300        65.0%", ""])
    assert not [r for r in got if r[3] in (11480.0, 63.2)]
    assert ("dementia_register", STOCKPORT, "2026", 2150.0) in got


def test_a_city_region_named_as_its_figures_is_no_boroughs_and_not_the_district_its_name_holds():
    got = rows(["Carers", "", "Greater Manchester: 10.2% of residents aged 5+ provide unpaid care (2021).", "",
                "The diagnosis rate here is 71.3%, higher than the Greater Manchester rate of 69.8%.", ""])
    assert not [r for r in got if r[3] in (10.2, 69.8)]
    assert [r[1] for r in got if r[3] == 71.3] == [STOCKPORT]


def test_a_groups_share_of_the_people_with_dementia_is_no_prevalence():
    got = rows(["Dementia prevalence", "", "Applying published prevalence rates to the local population, an estimated "
                "2,640 people aged 65 and over have dementia. Women make up around 63% of people with dementia, and "
                "people aged 85 and over account for 41% of them.", ""])
    assert sorted(got) == [("dementia_estimated", STOCKPORT, "", 2640.0)]


def test_people_under_65_are_the_group_aged_under_65():
    frame = measures(["Young onset dementia", "", "Around 120 people under 65 are thought to be living with young onset "
                      "dementia.", ""])
    assert [(r.measure, float(r.value), r.breakdown) for r in frame.itertuples()] == [
        ("dementia_estimated", 120.0, "aged under 65")]


def test_a_counts_own_share_in_brackets_leaves_it_the_group_written_after():
    got = measures(["Who lives here", "", "At the 2021 Census the borough had 213,500 residents. Of these, 44,900 "
                    "(21.0%) were aged 65 and over.", ""])
    assert [(float(r.value), r.breakdown) for r in got.itertuples()] == [(213500.0, ""), (44900.0, "aged 65 and over")]
