"""Round 48 (r48d) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes pandoc's
plain-text writer gives a Word document: a simple table's rules of dashes under its header and closing it are no
rows, so the columns of years over the rows still date them; a grid table's rows, and a multiline table's, are read
with each cell's wrapped lines joined; a 'Table: ...' caption under a table is its title (not the next table's), and
a heading underlined right over a table is its title, as is the line over a table's top rule; a table with no header
marked is read as its rows; carers given 'a one-off respite payment' are no unpaid carers; a heading saying what
will be bought names no service; a place named where the most of a figure is (', with the fastest growth in
Teignbridge') is not the figure's area."""
from __future__ import annotations

from tests.proposals import figure_rows, or_nothing, proposers_for

DEVON = "E10000008"
EAST_DEVON, EXETER, TORRIDGE = "E07000040", "E07000041", "E07000046"

measures, dates = proposers_for(DEVON)
rows = figure_rows(measures)
dates_or_none = or_nothing(dates)


def test_a_simple_tables_dash_rule_under_its_header_leaves_the_years_over_the_rows():
    got = rows(["Table 5: People aged 65 and over living with dementia", "",
                "  Area                  2024      2030      2040",
                "  ------------------ --------- --------- ---------",
                "  East Devon             3,410     4,020     4,960",
                "  Exeter                 1,280     1,450     1,770",
                "  Torridge               1,150     1,360     1,690",
                "  ------------------ --------- --------- ---------", ""])
    assert sorted(got) == sorted([
        ("dementia_estimated", EAST_DEVON, "2024", 3410.0), ("dementia_estimated", EAST_DEVON, "2030", 4020.0),
        ("dementia_estimated", EAST_DEVON, "2040", 4960.0), ("dementia_estimated", EXETER, "2024", 1280.0),
        ("dementia_estimated", EXETER, "2030", 1450.0), ("dementia_estimated", EXETER, "2040", 1770.0),
        ("dementia_estimated", TORRIDGE, "2024", 1150.0), ("dementia_estimated", TORRIDGE, "2030", 1360.0),
        ("dementia_estimated", TORRIDGE, "2040", 1690.0)])


def test_a_grid_tables_cells_wrapped_over_lines_are_read_as_one_row():
    got = dates(["Our procurement plans", "",
                 "+-------------------+---------------+---------------+",
                 "| Service           | Contract ends | Tender        |",
                 "+===================+===============+===============+",
                 "| Advocacy and      | 30 November   | March 2027    |",
                 "| Independent       | 2027          |               |",
                 "| Visiting Service  |               |               |",
                 "+-------------------+---------------+---------------+",
                 "| Day Opportunities | 31 May 2028   | Summer 2027   |",
                 "+-------------------+---------------+---------------+", ""])
    assert sorted(got) == sorted([
        ("Advocacy and Independent Visiting Service", "contract_end", "2027-11-30", "2027-11-30"),
        ("Advocacy and Independent Visiting Service", "procurement_start", "2027-03-01", "2027-03-31"),
        ("Day Opportunities", "contract_end", "2028-05-31", "2028-05-31"),
        ("Day Opportunities", "procurement_start", "2027-06-01", "2027-08-31")])


def test_a_grid_tables_district_rows_give_each_district_its_figures():
    got = rows(["Extra care housing by district, 2025", "",
                "+--------------+-----------------+---------+-------+",
                "| District     | Schemes         | Schemes | Units |",
                "+==============+=================+=========+=======+",
                "| East Devon   | Otter Court,    | 2       | 96    |",
                "|              | Honiton; Sidvale|         |       |",
                "+--------------+-----------------+---------+-------+",
                "| Exeter       | Quayside House  | 1       | 64    |",
                "+--------------+-----------------+---------+-------+", ""])
    assert sorted((m, a, v) for m, a, _, v in got) == sorted([
        ("extra_care_schemes", EAST_DEVON, 2.0), ("extra_care_units", EAST_DEVON, 96.0),
        ("extra_care_schemes", EXETER, 1.0), ("extra_care_units", EXETER, 64.0)])


def test_a_caption_under_a_table_dates_its_rows_when_no_title_is_over_it():
    got = rows(["Unpaid carers", "",
                "The map on the next page shows where carers live, and the table below gives the numbers",
                "for each district.", "",
                "  Area                 Carers     Share",
                "  ------------------ -------- ---------",
                "  Mid Devon             8,640     10.9%",
                "  Torridge              7,210     11.3%",
                "  ------------------ -------- ---------", "",
                "Table: Unpaid carers by district, Census 2021 (share of residents aged",
                "5 and over)", ""])
    assert sorted(got) == sorted([
        ("carers_unpaid", "E07000042", "2021", 8640.0), ("carers_unpaid_pct", "E07000042", "2021", 10.9),
        ("carers_unpaid", TORRIDGE, "2021", 7210.0), ("carers_unpaid_pct", TORRIDGE, "2021", 11.3)])


def test_carers_given_a_one_off_payment_with_a_word_between_are_no_unpaid_carers():
    got = rows(["Carers", "", "At the 2021 Census, 81,300 Devon residents said they provided unpaid care.", "",
                "In 2024/25 the Devon Carers Hub gave 1,840 carers a one-off respite payment of £250.", ""])
    assert got == [("carers_unpaid", DEVON, "2021", 81300.0)]


def test_a_multiline_tables_rows_a_blank_line_apart_are_read_with_their_wrapped_cells_joined():
    got = dates(["Commissioning plans", "",
                 "  ----------------------------------------------------------------",
                 "  Service              Current         Procurement   New contract",
                 "                       contract end    starts        starts",
                 "  -------------------- --------------- ------------- -------------",
                 "  Home Care and        31 January      June 2027     1 February",
                 "  Reablement           2028                          2028",
                 "  Framework",
                 "",
                 "  Carers Breaks        30 April 2028   Winter        1 May 2028",
                 "                                       2027/28",
                 "  ----------------------------------------------------------------", ""])
    assert sorted(got) == sorted([
        ("Home Care and Reablement Framework", "contract_end", "2028-01-31", "2028-01-31"),
        ("Home Care and Reablement Framework", "procurement_start", "2027-06-01", "2027-06-30"),
        ("Home Care and Reablement Framework", "contract_start", "2028-02-01", "2028-02-01"),
        ("Carers Breaks", "contract_end", "2028-04-30", "2028-04-30"),
        ("Carers Breaks", "procurement_start", "2027-12-01", "2028-02-29"),
        ("Carers Breaks", "contract_start", "2028-05-01", "2028-05-01")])


def test_a_caption_under_a_table_is_its_title_and_not_the_next_tables():
    got = rows(["Housing", "",
                "  -------------------------------------------------------",
                "  Area              Homes",
                "  ---------------- -------",
                "  Mid Devon          1,200",
                "",
                "  Torridge             950",
                "  -------------------------------------------------------", "",
                "Table: New homes planned by district, 2024 to 2029", "",
                "  -------------------------------------------------------",
                "  Area              Extra care schemes   Extra care units",
                "  ---------------- -------------------- -----------------",
                "  Mid Devon                          3                148",
                "",
                "  Torridge                           2                 92",
                "  -------------------------------------------------------", "",
                "Table: Extra care housing by district, April 2025", ""])
    assert sorted((m, a, v) for m, a, _, v in got) == sorted([
        ("extra_care_schemes", "E07000042", 3.0), ("extra_care_units", "E07000042", 148.0),
        ("extra_care_schemes", TORRIDGE, 2.0), ("extra_care_units", TORRIDGE, 92.0)])


def test_under_a_heading_saying_what_will_be_bought_a_tender_goes_under_the_service_it_names():
    got = dates(["What we will buy and when", "-------------------------", "",
                 "We will go out to tender for the Community Equipment Service in",
                 "February 2027, with the new contract starting on 1 October 2027.", ""])
    assert ("Community Equipment Service", "procurement_start", "2027-02-01", "2027-02-28") in got
    assert not [d for d in got if d[0] == "What we will buy and when"]


def test_a_place_named_where_the_most_of_a_figure_is_is_not_the_figures_area():
    got = rows(["Dementia", "", "We estimate that 17,900 people aged 65 and over in Devon are living with dementia in",
                "2025. By 2040 the number is expected to reach 26,300, an increase of 47%, with the",
                "fastest growth in Teignbridge.", ""])
    assert sorted(got) == [("dementia_estimated", DEVON, "2025", 17900.0),
                           ("dementia_estimated", DEVON, "2040", 26300.0)]


def test_a_heading_underlined_right_over_a_table_is_its_title():
    got = rows(["Housing", "=======", "", "Extra care housing by district, March 2025",
                "------------------------------------------", "",
                "  District          Schemes     Units", "  -------------- ---------- ---------",
                "  East Devon              3       148", "  Torridge                1        60", ""])
    assert sorted(got) == sorted([
        ("extra_care_schemes", EAST_DEVON, "2025", 3.0), ("extra_care_units", EAST_DEVON, "2025", 148.0),
        ("extra_care_schemes", TORRIDGE, "2025", 1.0), ("extra_care_units", TORRIDGE, "2025", 60.0)])


def test_a_caption_under_a_table_right_under_a_heading_dates_its_rows():
    got = rows(["Unpaid carers", "-------------", "",
                "  District           Carers     Share", "  -------------- ---------- ---------",
                "  Mid Devon           8,640     10.9%", "  Torridge            7,210     11.3%", "",
                "Table: Unpaid carers by district, Census 2021", ""])
    assert sorted(got) == sorted([
        ("carers_unpaid", "E07000042", "2021", 8640.0), ("carers_unpaid_pct", "E07000042", "2021", 10.9),
        ("carers_unpaid", TORRIDGE, "2021", 7210.0), ("carers_unpaid_pct", TORRIDGE, "2021", 11.3)])


def test_a_simple_table_with_no_header_marked_takes_its_title_over_its_top_rule():
    got = rows(["Housing", "=======", "", "Extra care housing by district, March 2025:", "",
                "  -------------- ---------- -------", "  District          Schemes   Units",
                "  East Devon              3     148", "  Torridge                1      60",
                "  -------------- ---------- -------", ""])
    assert sorted(got) == sorted([
        ("extra_care_schemes", EAST_DEVON, "2025", 3.0), ("extra_care_units", EAST_DEVON, "2025", 148.0),
        ("extra_care_schemes", TORRIDGE, "2025", 1.0), ("extra_care_units", TORRIDGE, "2025", 60.0)])


def test_a_multiline_table_with_no_header_marked_is_read_row_by_row():
    got = dates(["Commissioning plans", "-------------------", "",
                 "  ------------------- --------------- ---------------",
                 "  Service             Contract ends   Tender", "",
                 "  Home Care and       31 January      June 2027",
                 "  Reablement          2028",
                 "  Framework", "",
                 "  Carers Breaks       30 April 2028   Winter 2027/28",
                 "  ------------------- --------------- ---------------", ""])
    assert sorted(got) == sorted([
        ("Home Care and Reablement Framework", "contract_end", "2028-01-31", "2028-01-31"),
        ("Home Care and Reablement Framework", "procurement_start", "2027-06-01", "2027-06-30"),
        ("Carers Breaks", "contract_end", "2028-04-30", "2028-04-30"),
        ("Carers Breaks", "procurement_start", "2027-12-01", "2028-02-29")])
