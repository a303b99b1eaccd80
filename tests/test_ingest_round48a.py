"""Round 48 (r48a) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a Word
document saved as text gives a county's housing with care strategy: a tenure column ('Shared ownership') under a title
counting schemes counts units, and a scheme's tenure split beside its Total column is no figure (the total row's split
is the stock's); a district cell merged down over two schemes' rows dates and places the row below too."""
from __future__ import annotations

from tests.proposals import proposers_for

SUFFOLK = "E10000029"
IPSWICH = "E07000202"
BABERGH = "E07000200"

measures, dates = proposers_for(SUFFOLK)

_TENURE_TABLE = ["Extra care housing", "", "Table 4: Extra care schemes by tenure, March 2025", "",
                 "Scheme\tDistrict\tAffordable rent\tShared ownership\tOutright sale\tTotal units\tOpened",
                 "Gainsborough Court\tBabergh\t44\t11\t7\t62\t2015",
                 "Orwell Mews\tIpswich\t53\t9\t–\t62\t2019",
                 "Total\t\t97\t20\t7\t124\t", ""]


def _units(frame):
    return sorted((r.measure, r.area_code, float(r.value), r.breakdown) for r in frame.itertuples())


def test_a_tenure_column_under_a_title_counting_schemes_counts_units():
    got = _units(measures(_TENURE_TABLE))
    assert ("extra_care_units", SUFFOLK, 97.0, "affordable rent") in got
    assert ("extra_care_units", SUFFOLK, 20.0, "shared ownership") in got
    assert not [g for g in got if g[0] == "extra_care_schemes"]


def test_a_schemes_tenure_split_beside_its_total_column_is_no_figure():
    table = [line.replace("Extra care schemes by tenure", "Extra care apartments by tenure") for line in _TENURE_TABLE]
    got = _units(measures(table))
    assert ("extra_care_units", BABERGH, 62.0, "") in got and ("extra_care_units", IPSWICH, 62.0, "") in got
    assert not [g for g in got if g[2] in (44.0, 11.0, 53.0, 9.0)]


def test_a_tenure_split_with_no_total_column_stays_a_part_of_the_schemes_units():
    # guard: with no Total column, the tenure cells are all the scheme's units there are
    got = _units(measures(["Extra care housing", "", "Table 4: Extra care apartments by tenure", "",
                           "Scheme\tAffordable rent\tShared ownership", "Gainsborough Court\t44\t11", ""]))
    assert ("extra_care_units", "", 44.0, "affordable rent") in got and ("extra_care_units", "", 11.0, "shared ownership") in got


def test_a_district_cell_merged_down_places_the_scheme_below_in_that_district():
    frame = measures(["Extra care housing", "", "Table 2: Extra care schemes, March 2025", "",
                      "Scheme\tDistrict\tUnits\tOpened", "Gainsborough Court\tBabergh\t62\t2015",
                      "Stour Lodge\t\t48\t2021", "Orwell Mews\tIpswich\t70\t2019", "Total\t\t180\t", ""])
    got = sorted((r.area_code, float(r.value)) for r in frame.itertuples() if r.measure == "extra_care_units")
    assert got == sorted([(BABERGH, 62.0), (BABERGH, 48.0), (IPSWICH, 70.0), (SUFFOLK, 180.0)])
