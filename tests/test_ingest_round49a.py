"""Round 49 (r49a) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a council's
web page saved with a text browser ('lynx -dump') gives: a link's reference number run into the link's text ('[20]2021
Census', 'The [31]Carers Hub') is no figure and no part of a name, and taking it out keeps a space-aligned table's
columns; 'Our contract for the X Service ends on ...' names the service; a share of the people who came to a cafe or
an event saying something is their answer, no measure's share; flats let or allocated to people living with dementia
are extra care's dementia flats; residents who gave 50 or more hours a week are carers by hours of care, no
population."""
from __future__ import annotations

from data.ingest.footmarks import unlinked_references
from tests.proposals import figure_rows, or_nothing, proposers_for

PLYMOUTH = "E06000026"

measures, dates = proposers_for(PLYMOUTH)
rows = figure_rows(measures)
dates_or_none = or_nothing(dates)


def test_a_link_reference_run_into_a_services_name_is_no_part_of_it():
    got = dates(["Commissioning", "", "   The [30]Carers Wellbeing Service contract ends on 31",
                 "   January 2027.", ""])
    assert got == [("Carers Wellbeing Service", "contract_end", "2027-01-31", "2027-01-31")]


def test_a_link_reference_run_into_a_census_year_or_a_place_is_no_figure():
    # guard: main already read these; taking the reference out must keep them
    got = rows(["Carers", "", "   At the [14]2021 Census, 26,310 Plymouth residents aged 5 and over said",
                "   they provided unpaid care.", ""])
    assert got == [("carers_unpaid", PLYMOUTH, "2021", 26310.0)]
    got = rows(["Extra care housing", "", "   A new extra care scheme with 84 flats is due to open at [27]Derriford",
                "   in 2028.", ""])
    assert ("extra_care_units_planned", "2028", 84.0) in [(m, p, v) for m, _, p, v in got]
    assert not [v for _, _, _, v in got if v == 27.0]


def test_taking_out_link_references_keeps_a_space_aligned_tables_later_columns():
    table = ["   Scheme                     Flats   Opened",
             "   [31]Ocean View Court          56     2016",
             "   Harbour Gardens               48     2019"]
    out = unlinked_references(table)
    assert out[1].index("56") == table[1].index("56") and out[1].index("2016") == table[1].index("2016")
    assert out[1].startswith("   Ocean View Court") and out[2] == table[2]


def test_a_notes_marker_after_a_figure_or_a_bracketed_note_stays():
    lines = ["   81,400[3] people", "   [2] Office for National Statistics", "Table 1 [note 4]"]
    assert unlinked_references(lines) == lines  # guard: only a reference run into the link's text is taken out


def test_our_contract_for_a_named_service_names_that_service():
    got = dates(["What we plan to commission", "",
                 "   Our contract for the [12]Community Carers Hub ends on 30 June 2026. We will go out",
                 "   to tender in November 2025.", ""])
    assert {(s, st) for s, st, _, _ in got} == {("Community Carers Hub", "contract_end"),
                                                ("Community Carers Hub", "procurement_start")}


def test_the_share_of_people_who_came_saying_something_is_their_answer():
    got = rows(["Dementia", "", "The diagnosis rate was 61.2% in March 2025, below the national ambition of 66.7%.", "",
                "Our Dementia Friendly singing groups met 48 times, and 82% of people who attended said they felt "
                "less alone.", ""])
    assert [v for _, _, _, v in got] == [61.2, 66.7]


def test_flats_let_to_people_living_with_dementia_are_extra_cares_dementia_flats():
    got = rows(["Extra care", "", "Plymouth has 9 extra care schemes with 530 flats; 44 of the flats are allocated to "
                "people living with dementia.", ""])
    assert ("extra_care_units_dementia", PLYMOUTH, "", 44.0) in got


def test_residents_who_gave_fifty_hours_a_week_are_carers_not_population():
    frame = measures(["Unpaid carers", "", "In 2021, 7,120 Plymouth residents provided 50 or more hours a week.", ""])
    got = [(r.measure, r.period, float(r.value), r.breakdown) for r in frame.itertuples()]
    assert got == [("carers_unpaid", "2021", 7120.0, "50+ hours a week")]
