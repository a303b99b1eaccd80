"""Round 37 (r37c) of the document proposer (data/ingest), each rule on made-up text lines, in the shapes a
commissioning intentions grid kept as a landscape spreadsheet and exported to PDF gives as `pdftotext -layout` reads it:
every cell wrapped over lines at its column's place, each row a block of lines: a row's label wrapped onto a line
starting with a capital ('Carers Support' / 'Service') that only carries on the row's cells is the same row, and a
timescale cell may hold several stages' dates; the grid's header repeated on each page is the grid's header, no
running header."""
from __future__ import annotations

from tests.proposals import or_nothing, proposers_for

DERBY = "E06000015"

measures, dates = proposers_for(DERBY)
dates_or_none = or_nothing(dates)


def _grid(rows: list[list[str]], starts: tuple[int, ...] = (0, 18, 36, 46, 62, 78)) -> list[str]:
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
