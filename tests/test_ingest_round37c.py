"""Round 37 (r37c) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a
commissioning intentions grid kept as a landscape spreadsheet and exported to PDF gives as `pdftotext -layout` reads it:
every cell wrapped over lines at its column's place, each row a block of lines: a row's label wrapped onto a line
starting with a capital ('Carers Support' / 'Service') that only carries on the row's cells is the same row, and a
timescale cell may hold several stages' dates; the grid's header repeated on each page is the grid's header, no
running header; and a running header inside a wrapped grid is a page break its rows go on under."""
from __future__ import annotations

from tests.proposals import or_nothing, proposers_for

DERBY = "E06000015"

measures, dates = proposers_for(DERBY)
dates_or_none = or_nothing(dates)


def _grid(rows: list[list[str]], starts: tuple[int, ...] = (0, 18, 36, 46, 62, 82)) -> list[str]:
    """Rows of cells (each cell's lines split on '/') laid out as pdftotext -layout sets a wrapped grid."""
    out: list[str] = []
    for cells in rows:
        pieces = [c.split(" / ") if c else [] for c in cells]
        for n in range(max(len(p) for p in pieces)):
            line = ""
            for start, p in zip(starts, pieces):
                if n < len(p):
                    line = line.ljust(start) + p[n]
            out.append(line.rstrip())
    return out


HEADER = ["Service area", "Providers", "Spend / (£m)", "Contract end", "Timescale", "RAG"]


def test_a_label_wrapped_onto_a_capital_that_carries_on_its_rows_cells_is_the_same_row():
    lines = ["Commissioning intentions", "", *_grid([HEADER]), "",
             *_grid([["Home Support", "9 providers on / the framework", "12.6", "30 June / 2027",
                      "Tender / Oct 2026; / Award / Feb 2027", "A"],
                     ["Sensory / Impairment / Service", "1 provider; / 300 people", "0.5", "31 December / 2026",
                      "Extend 6 / months to / 30 June 2027", "R"]]), ""]
    got = dates(lines)
    assert ("Home Support", "contract_end", "2027-06-30", "2027-06-30") in got
    assert ("Home Support", "procurement_start", "2026-10-01", "2026-10-31") in got
    assert ("Home Support", "award", "2027-02-01", "2027-02-28") in got
    assert ("Sensory Impairment Service", "contract_end", "2026-12-31", "2026-12-31") in got
    assert ("Sensory Impairment Service", "extension_end", "2027-06-30", "2027-06-30") in got
    assert not [r for r in measures(lines).itertuples() if float(r.value) in (12.6, 0.5, 9.0, 300.0)]


def test_a_grids_header_repeated_on_each_page_heads_the_grid_and_is_no_running_header():
    header = "Service\tProviders\tCurrent contract end\tTimescale\tRAG"
    filler = ["The grid sets out what we plan to buy over the next three years, service by service.", ""] * 4
    lines = ["Our commissioning intentions", "", header, "", "Home Support\t9 providers\t30 June 2027\tTender Oct 2026\tA",
             "", *filler, "\f" + header, "", "Day Services\t4 providers\t31 March 2028\tTender Q1 2027/28\tG", "",
             *filler, "\f" + header, "", "Advocacy\t1 provider\t31 January 2027\tTender Q3 2026/27\tA", ""]
    got = dates_or_none(lines)
    assert ("Home Support", "contract_end", "2027-06-30", "2027-06-30") in got
    assert ("Day Services", "contract_end", "2028-03-31", "2028-03-31") in got
    assert ("Advocacy", "procurement_start", "2026-10-01", "2026-12-31") in got


def test_a_timescales_activity_that_is_no_stage_takes_none_from_the_rows_intention():
    lines = ["Commissioning intentions", "",
             "Service\tCommissioning intention\tCurrent contract end\tTimescale",
             "Falls Prevention\tRe-commission with the ICB\t30 September 2027\tProvider engagement summer 2026; "
             "Tender Q1 2027/28", ""]
    got = dates(lines)
    assert ("Falls Prevention", "procurement_start", "2027-04-01", "2027-06-30") in got
    assert not [d for d in got if d[2] == "2026-06-01"]


def test_a_new_framework_from_a_date_is_the_contracts_start():
    got = dates(["Commissioning intentions", "", "Service\tCurrent contract end\tTimescale",
                 "Nursing Care\t30 September 2028\tTender Mar 2028; New framework from 1 October 2028", ""])
    assert ("Nursing Care", "contract_start", "2028-10-01", "2028-10-01") in got


def test_flats_a_council_expects_to_need_are_a_need_and_no_plan():
    got = [(r.measure, float(r.value)) for r in measures(
        ["Extra care", "", "There are 5 extra care schemes with 310 flats. We expect to need around 220 more extra care "
         "flats by 2034.", ""]).itertuples()]
    assert sorted(got) == [("extra_care_schemes", 5.0), ("extra_care_units", 310.0)]


def test_a_running_header_between_blank_lines_inside_a_wrapped_grid_is_a_page_break_the_rows_go_on_under():
    grid = _grid([HEADER]) + [""] + _grid([
        ["Home Support", "9 providers on / the framework", "12.6", "30 June / 2027",
         "Tender / Oct 2026; / Award / Feb 2027", "A"],
        ["Sensory / Impairment / Service", "1 provider; / 300 people", "0.5", "31 December / 2026",
         "Extend 6 / months to / 30 June 2027", "R"]])
    # the page breaks inside the header, between its lines 'Spend' and '(£m)'
    lines = ["Commissioning intentions", "", grid[0], "", "Derby City Council  Adult Social Care Plan        Page 4", "",
             *grid[1:], ""]
    got = dates(lines)
    assert ("Sensory Impairment Service", "extension_end", "2027-06-30", "2027-06-30") in got
    assert ("Home Support", "award", "2027-02-01", "2027-02-28") in got
    assert not [r for r in measures(lines).itertuples() if float(r.value) in (12.6, 0.5, 9.0, 300.0)]


def test_guard_rows_on_one_line_each_right_under_another_stay_rows_of_their_own():
    # (a guard: holds on main too) a new row fills the cells the row above filled, its figure under the row above's
    lines = ["Commissioning intentions", "", *_grid([HEADER]), "",
             *_grid([["Home Support", "9 providers on / the framework", "12.6", "30 June / 2027",
                      "Tender / Oct 2026", "A"],
                     ["Advocacy", "1 provider", "0.6", "31 March 2027", "Tender Q3 2026/27", "A"],
                     ["Respite", "3 providers", "1.1", "30 June 2027", "Tender Q4 2026/27", "G"]]), ""]
    got = dates(lines)
    assert ("Advocacy", "contract_end", "2027-03-31", "2027-03-31") in got
    assert ("Respite", "contract_end", "2027-06-30", "2027-06-30") in got
    assert ("Respite", "procurement_start", "2027-01-01", "2027-03-31") in got
