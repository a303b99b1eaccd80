"""Round 44 (r44c) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a county's
annual update bulletin saved from Word as plain text gives (a paragraph a line, tab-separated tables): a change in
carers known to the council, in per cent or in people, is no change in unpaid carers; a 'Planned units' column
beside a 'Due' column is dated by the year due, not by the table caption's date; a scheme counted by its place in
the order ('Our twelfth scheme, at ..., opened ... with 64 flats') is one scheme, its units no total; schemes that
opened ('Two new extra care schemes opened this year') are neither the stock nor the pipeline; a named service that
'will run for' a length, after a bullet giving its new contract's start, runs that long from that start, its
sentence read whole where it was wrapped; a long line whose clause after a comma holds a figure runs on into the
short line ending its sentence ('..., from 57.4% in Mid' / 'Sussex to 68.1% in Crawley.')."""
from __future__ import annotations

from tests.proposals import figure_rows, proposers_for

GLOUCESTERSHIRE = "E10000013"
WEST_SUSSEX = "E10000032"

measures, dates = proposers_for(GLOUCESTERSHIRE)
rows = figure_rows(measures)


def test_a_change_in_carers_known_to_the_council_is_no_change_in_unpaid_carers():
    got = rows(["Since our last update", "", "Indicator\t2024\t2025\tChange",
                "Carers known to the council\t5,180\t5,540\t+7.0%", "Carers known to adult social care\t5,180\t5,540\t+360",
                ""])
    assert not [r for r in got if r[0].startswith("carers_unpaid")]
    assert sorted(r[3] for r in got if r[0] == "carers_known") == [5180.0, 5180.0, 5540.0, 5540.0]


def test_planned_units_beside_a_due_column_take_the_year_due_not_the_captions_date():
    frame = measures(["Extra care", "", "Table 4: Extra care by district, March 2025", "",
                      "District\tSchemes\tUnits\tPlanned units\tDue", "Stroud\t2\t140\t75\t2028",
                      "Tewkesbury\t1\t60\t\t", ""])
    got = sorted((r.measure, r.area_code, r.period, float(r.value)) for r in frame.itertuples()
                 if r.measure == "extra_care_units_planned")
    assert got == [("extra_care_units_planned", "E07000082", "2028", 75.0)]


def test_a_scheme_counted_by_its_place_in_order_is_one_schemes_units():
    got = rows(["Extra care", "", "Our twelfth scheme, at Cirencester, opened in May 2025 with 64 flats. We now have 12 "
                "extra care schemes with 730 flats between them.", ""])
    assert sorted(r[3] for r in got if r[0] == "extra_care_units") == [730.0]


def test_new_schemes_that_opened_are_neither_the_stock_nor_planned():
    got = rows(["Headlines", "", "- Two new extra care schemes opened in 2025, and four more schemes are planned.", "",
                "- We now have 15 extra care schemes.", ""])
    assert sorted((r[0], r[3]) for r in got) == [("extra_care_schemes", 15.0), ("extra_care_schemes_planned", 4.0)]


def test_a_named_service_that_will_run_for_a_length_runs_from_its_new_contracts_start():
    got = dates(["Looking ahead", "", "• Young Carers Service – tender in March 2026, new contract from 1 August 2026",
                 "• Home care – current contracts end on 31 January 2027", "",
                 "The Young Carers Service is worth £0.6 million a year and will run for three years.", ""])
    assert ("Young Carers Service", "contract_end", "2029-07-31", "2029-07-31") in got


def test_a_named_service_running_for_a_length_is_read_when_its_sentence_is_wrapped_over_lines():
    got = dates(["Looking ahead", "", "• Young Carers Service – tender in March 2026, new contract from 1 August 2026", "",
                 "The Young Carers Service is worth £0.6 million a year and", "will run for three years.", ""])
    assert ("Young Carers Service", "contract_end", "2029-07-31", "2029-07-31") in got



def test_a_long_line_with_a_figure_after_a_comma_runs_on_into_the_line_ending_its_sentence():
    west_sussex_rows = figure_rows(proposers_for(WEST_SUSSEX)[0])
    got = west_sussex_rows(["Dementia", "", "Diagnosis rates vary across the county, from 57.4% in Mid",
                            "Sussex to 68.1% in Crawley.", ""])
    assert sorted(got) == [("dementia_diagnosis_rate", "E07000226", "", 68.1),
                           ("dementia_diagnosis_rate", "E07000228", "", 57.4)]
