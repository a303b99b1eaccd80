"""Round 45 (r45a) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a county's
Market Position Statement saved from Word as plain text gives (a paragraph a line, tab-separated tables) when its
writers round their figures in many ways: a paragraph opening on a part of what the paragraph above counted keeps
that paragraph's year when its figure is hedged by an abbreviation ('Of these, approx. 6,120 ...', 'c.', '~'); a
'Planned units' column beside a 'Year due' column is dated by the year due, not by the table caption's date; a plain
paragraph opening on a service's label before a sentence about its contract ('Day opportunities: The current
contract ends ...') names the service of the paragraph's later sentences too."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

NOTTINGHAMSHIRE = "E10000024"

measures, dates = proposers_for(NOTTINGHAMSHIRE)
rows = figure_rows(measures)

_CENSUS = ("At the 2021 Census, 81.2k people in Nottinghamshire said they provided unpaid care, 9.8% of residents "
           "aged 5 and over.")


def test_a_part_of_the_paragraph_above_hedged_by_an_abbreviation_keeps_its_year():
    for hedge in ("approx. ", "c.", "~"):
        got = rows(["Carers", "", _CENSUS, "", f"Of these, {hedge}6,120 provided 50 or more hours of care a week.", ""])
        assert ("carers_unpaid", NOTTINGHAMSHIRE, "2021", 6120.0) in got, hedge


def test_planned_units_beside_a_year_due_column_take_the_year_due():
    frame = measures(["Extra care", "", "Table 5: Extra care by district, January 2025", "",
                      "District\tSchemes\tUnits\tPlanned units\tYear due", "Mansfield\t2\t150\t90\t2028",
                      "Rushcliffe\t1\t64\t\t", ""])
    got = sorted((r.area_code, r.period, float(r.value)) for r in frame.itertuples()
                 if r.measure == "extra_care_units_planned")
    assert got == [("E07000174", "2028", 90.0)]


def test_a_plain_paragraphs_service_label_names_its_later_sentences_service():
    got = dates(["Commissioning plans", "", "Day opportunities: The current contract ends on 30 June 2026. We will go "
                 "out to tender in January 2026, and the new contract will start on 1 July 2026.", ""])
    assert ("Day opportunities", "procurement_start", "2026-01-01", "2026-01-31") in got
    assert ("Day opportunities", "contract_start", "2026-07-01", "2026-07-01") in got


def test_a_label_before_lower_case_words_names_no_service():
    """A guard: 'Market summary: we hold ...' is a paragraph's label, no service (the older rule kept)."""
    got = dates(["Commissioning plans", "", "Market summary: we hold a framework for home care. We will go out to tender "
                 "in January 2026.", ""])
    assert not [d for d in got if d[0] == "Market summary"]
