"""The document proposer (data/ingest) on tables a PDF converter wrote with spaces between cells, in made-up lines: a
space-aligned header is no heading (so the paragraph above still dates the rows), a numbered heading with spaces after
its number still is one, a table titled with home care or day services (subjects of no measure of ours) takes no
subject from an extra care heading above, a row or column of care homes or beds offers no extra care figure, and
'Staffordshire' names no staff.

Found by scoring the made-up corpus with its tab tables written space-aligned (1,717 of 1,785 expected and no trap
before these rules; 1,730 and no trap after, six traps in between)."""
from __future__ import annotations

from data.ingest.layout import is_heading
from tests.proposals import proposers_for

KELSFORD = "E06000018"

measures, _dates = proposers_for(KELSFORD)


def test_a_space_aligned_header_is_no_heading_and_a_numbered_heading_is():
    lines = ["", "Ward area   Unpaid carers   % of residents", "Eastgate          3,980            8.8%", "",
             "4.   Future need", "", "Ward   Units", "Eastgate   40"]
    assert not is_heading(lines, 1)
    assert is_heading(lines, 4)
    assert not is_heading(lines, 6)


def test_a_space_aligned_table_under_a_paragraph_takes_its_census_year():
    got = measures(["1. Carers in Kelsford", "",
                    "The 2021 Census recorded 17,240 residents providing unpaid care, 8.1% of those aged 5 and over.",
                    "",
                    "Ward area   Unpaid carers   % of residents",
                    "Eastgate            3,980             8.8%",
                    "Hollins             3,410             7.6%"])
    wards = got[got["area_name"].isin(["Eastgate", "Hollins"])]
    assert len(wards) == 4 and set(wards["period"]) == {"2021"}


def test_a_home_care_table_under_an_extra_care_heading_offers_no_extra_care_figure():
    got = measures(["Extra care housing and home care", "",
                    "Kelsford has 6 extra care schemes.", "",
                    "Table 4: Home care hours by locality", "",
                    "Locality\tHours a week",
                    "Eastgate\t4,120",
                    "Hollins\t3,870"])
    assert list(zip(got["measure"], got["value"])) == [("extra_care_schemes", 6.0)]


def test_a_row_or_column_of_care_homes_under_an_extra_care_title_offers_no_extra_care_figure():
    got = measures(["Table 3: Extra care and care homes by ward", "",
                    "Ward\tExtra care units\tCare home beds",
                    "Eastgate\t120\t512",
                    "Hollins\t222\t386",
                    "", "Table 4: Extra care and care homes in Kelsford", "",
                    "Setting\tNumber",
                    "Extra care schemes\t6",
                    "Care homes\t25"])
    assert sorted(got["value"]) == [6, 120, 222]


def test_a_county_named_staff_is_no_other_subject():
    got = measures(["Unpaid carers", "", "There were 87,940 in Staffordshire in 2021."], "E10000028")
    assert list(zip(got["measure"], got["value"], got["area_code"])) == [("carers_unpaid", 87940.0, "E10000028")]


def test_a_flattened_row_naming_care_homes_offers_no_extra_care_figure():
    got = measures(["Extra care now", "",
                    "Kelsford has 6 extra care schemes with 342 apartments.", "",
                    "Care homes (65+)   31 homes, 1,164 beds   23 homes, 787 beds   28 homes, 1,052 beds", ""])
    assert sorted(got["value"]) == [6, 342]
