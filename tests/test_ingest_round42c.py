"""Round 42 (r42c) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a Word
document saved as plain text gives (a paragraph a line, tab-separated tables): a contract register's 'Maximum end
date' column is the end with extensions taken, and no extension where it repeats the end date."""
from __future__ import annotations

from tests.proposals import figure_rows, or_nothing, proposers_for

BRENT = "E09000005"

measures, dates = proposers_for(BRENT)
rows = figure_rows(measures)
dates_or_none = or_nothing(dates)


def test_a_maximum_end_date_column_is_the_extensions_end_and_no_extension_where_it_is_the_end():
    got = dates_or_none(["Contracts we hold now", "",
                         "Contract\tProvider\tStart date\tEnd date\tExtension available (Y/N)\tMaximum end date",
                         "Carers Breaks Service\tHarlesden Respite Ltd\t01/05/2023\t30/04/2026\tY\t30/04/2028",
                         "Dementia Day Service\tKilburn Memory CIC\t01/09/2024\t31/08/2027\tN\t31/08/2027", ""])
    assert sorted(got) == sorted([
        ("Carers Breaks Service", "contract_start", "2023-05-01", "2023-05-01"),
        ("Carers Breaks Service", "contract_end", "2026-04-30", "2026-04-30"),
        ("Carers Breaks Service", "extension_end", "2028-04-30", "2028-04-30"),
        ("Dementia Day Service", "contract_start", "2024-09-01", "2024-09-01"),
        ("Dementia Day Service", "contract_end", "2027-08-31", "2027-08-31")])


def test_a_places_figure_in_brackets_after_the_national_ambition_is_that_places_rate():
    got = rows(["Dementia", "", "In March 2026 Brent's dementia diagnosis rate was 63.9%, short of the national ambition "
                "of 66.7% (England 65.3%).", ""])
    assert sorted(got) == sorted([("dementia_diagnosis_rate", BRENT, "2026", 63.9),
                                  ("dementia_diagnosis_target", "E92000001", "", 66.7),
                                  ("dementia_diagnosis_rate", "E92000001", "2026", 65.3)])


def test_people_receiving_a_package_or_buying_their_own_care_are_no_dementia_estimate():
    got = rows(["Home care in Brent", "", "About 2,900 people aged 65 and over in Brent are living with dementia.", "",
                "Around a fifth of the people we fund at home have dementia, and 310 people receive a live-in care "
                "package.", "", "Another 540 people pay for their own care at home, and 260 people receive direct "
                "payments.", ""])
    assert got == [("dementia_estimated", BRENT, "", 2900.0)]


def test_a_length_naming_an_extension_is_no_term_of_the_new_contract():
    got = dates_or_none(["Carers Support Service", "", "We will use the one-year extension of the existing contract. "
                         "Tenders will be invited in May 2027; the new contract will start on 1 April 2028 for three "
                         "years.", ""])
    assert sorted(got) == sorted([("Carers Support Service", "procurement_start", "2027-05-01", "2027-05-31"),
                                  ("Carers Support Service", "contract_start", "2028-04-01", "2028-04-01"),
                                  ("Carers Support Service", "contract_end", "2031-03-31", "2031-03-31")])


def test_a_tender_led_by_who_will_do_it_dates_its_first_date_however_long_the_service_between():
    got = dates_or_none(["Day opportunities", "", "We plan to tender the building-based day opportunities for older "
                         "people in the north of the borough in spring 2027, before the current contracts end on 31 "
                         "March 2028.", ""])
    assert ("Day opportunities", "procurement_start", "2027-03-01", "2027-05-31") in got
