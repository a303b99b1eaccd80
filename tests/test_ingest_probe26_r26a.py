"""Round 26 (r26a) of the document proposer (data/ingest), each rule on made-up lines as a council's 'at a glance'
pages read when printed from HTML and CSS and converted with pdfplumber: a two-column page whose columns never share a
line, a designed timetable whose service names wrap around their row's dates under a heading and a paragraph, and the
needs, aims, sizes and what-ifs a housing and dementia summary sets beside its figures."""
from __future__ import annotations

from data.ingest.columns import read_columns
from data.ingest.layout import join_wrapped_rows
from tests.proposals import proposers_for

TELFORD = "E06000020"

measures, dates = proposers_for(TELFORD)

R = " " * 48  # the right-hand column's indent


def test_a_two_column_page_whose_columns_never_share_a_line_is_read_column_by_column():
    # each column's lines set on their own baselines: pdfplumber writes them on lines of their own, in turn
    page = ["Borough council  Market Position Statement  page header line that runs across the whole page width",
            "",
            R + "Dementia",
            "Carers",
            R + "An estimated 2,310 people aged 65 and over",
            "The census counted 17,450 people giving care",
            R + "lived with dementia in 2025, and this is set",
            "in the borough, up from 16,020 ten years before,",
            R + "to rise to 2,980 by 2035 on current trends.",
            "and 4,120 of them cared for 50 hours a week.",
            "",
            "Footer of the page with its publication month that again runs across the whole page width"]
    got = [line.strip() for line in read_columns(page)]
    left = got.index("The census counted 17,450 people giving care")
    assert got[left + 1] == "in the borough, up from 16,020 ten years before,"
    right = got.index("An estimated 2,310 people aged 65 and over")
    assert got[right + 1] == "lived with dementia in 2025, and this is set"
    assert got.index("and 4,120 of them cared for 50 hours a week.") < got.index("Dementia") < right


def test_an_indented_block_under_a_paragraph_is_not_taken_for_a_second_column():
    # an address set to the right under a letter's paragraph: the two never take turns line by line
    page = ["We wrote to every provider in the borough about the new",
            "framework and the tender that opens in the spring of 2027,",
            "asking them to register their interest with the team.",
            R + "Commissioning Team, Civic Offices",
            R + "Darby Road, Telford and Wrekin",
            R + "Telephone the commissioning team"]
    assert read_columns(page) == page


def test_a_service_name_wrapped_around_its_rows_dates_is_joined_under_a_heading_and_paragraph():
    # 'Home Support and' / (the dates, vertically centred) / 'Reablement': the label breaks after 'and', and the
    # block starts with a heading and a paragraph set right over the table with no blank line between
    lines = ["Contracts coming up",
             "This shows when our contracts end and when we go to market. Every date is indicative and may move.",
             "                         Contract           Tender        New contract",
             "Service                  ends               opens         starts",
             "Advocacy Hub             30/06/2027         Oct 2026      01/07/2027",
             "",
             "Home Support and",
             "                         31/03/2028         Jun 2027      01/04/2028",
             "Reablement",
             ""]
    rows = [line for line in join_wrapped_rows(lines) if "\t" in line]
    assert "Home Support and Reablement\t31/03/2028\tJun 2027\t01/04/2028" in rows
    assert "Advocacy Hub\t30/06/2027\tOct 2026\t01/07/2027" in rows


def test_a_need_in_the_present_tense_is_no_planned_count():
    got = measures(["Extra care housing",
                    "Telford has 6 extra care schemes with 402 apartments. Our needs assessment estimates that the "
                    "borough needs a further 260 extra care units by 2032."])
    values = set(got["value"].astype(float))
    assert 402.0 in values and 260.0 not in values


def test_a_rate_to_be_reached_is_no_provision():
    got = measures(["Extra care housing",
                    "Telford has 9.4 extra care units per 1,000 people aged 75 and over. We will add 180 units by "
                    "2031, to reach 14 units per 1,000 people aged 75 and over."])
    rates = got[got["measure"] == "extra_care_units_per_1000_75plus"]
    assert set(rates["value"].astype(float)) == {9.4}


def test_a_smallest_scheme_size_asked_of_providers_is_no_count():
    got = measures(["Extra care housing",
                    "Telford has 6 extra care schemes with 402 apartments.",
                    "We want to hear from providers who can:",
                    "• bring forward schemes of at least 60 units in the north of the borough;",
                    "• design at least 20% of apartments for people living with dementia."])
    assert 60.0 not in set(got["value"].astype(float))


def test_what_closing_a_gap_would_mean_is_no_figure():
    got = measures(["In March 2026, 1,655 people aged 65 and over were on a GP dementia register, a diagnosis rate of "
                    "61.2%. Closing the gap to the national ambition would mean around 150 more people with a "
                    "diagnosis."])
    values = set(got["value"].astype(float))
    assert 1655.0 in values and 150.0 not in values


def test_a_stat_tile_page_split_by_lone_figures_is_still_read_column_by_column():
    # tiles whose big figures stand alone on their lines ('8', '2026'): the page is not cut at them, and the right-hand
    # tile's caption and share are read together, not run into the left-hand tile's caption
    header = "Borough council   Market Position Statement 2026 to 2029   At a glance"
    footer = "Borough council · Adult Social Care · Market Position Statement · published May 2026"
    tiles = [header, "",
             "17,450", R + "Residents aged 5+ giving unpaid",
             "unpaid carers (Census 2021)", R + "care", "",
             "(2011: 16,020)", R + "10.4%",
             "6", R + "Carers who feel listened to and",
             "extra care housing schemes open", R + "supported",
             "402 apartments in the borough", R + "68%",
             "people aged 65+ living with", R + "Carers Survey 2025, 310 replies",
             "", footer, "3"]
    page = [*tiles, header, "", "Body text of the next page.", footer, "4", header, "", "More text.", footer, "5"]
    got = [line.strip() for line in read_columns(page)]
    at = got.index("Carers who feel listened to and")
    assert got[at + 1] == "supported" and "extra care housing schemes open" not in got[at - 2:at + 4]


def test_a_flattened_rows_reference_and_marker_numbers_are_no_figures():
    # a map's key set beside its pins: each row led by a pin's and the key's numbers before the scheme's name
    got = measures(["Extra care housing",
                    "Telford has 5 extra care schemes with 318 apartments.",
                    "Key to the map",
                    "  4       1   Brook House     Wellington     64   Open 2012   Affordable 70   30",
                    "      7   2   Hollins Court   Newport        58   Open 2015   Mixed 40   18",
                    "  3       6   Rowan Yard      Madeley        66   Open 2019   Affordable 52   22"])
    assert not set(got["value"].astype(float)) & {1.0, 2.0, 3.0, 4.0, 6.0, 7.0}
