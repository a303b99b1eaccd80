"""Round 24 (r24e) of the document proposer (data/ingest): tables whose cells a converter wrote a single space apart
and that the spacing (data/ingest/spacing.py) cannot align. Made-up lines and figures."""
from __future__ import annotations

from tests.proposals import proposers_for

SOMERSET = "E06000066"

measures, dates = proposers_for(SOMERSET)


def _values(got):
    return {float(v) for v in got["value"].dropna()}


def test_an_unaligned_row_of_figures_is_no_sentence():
    # a scorecard whose cells carry their year in brackets and a direction mark: no header part says where a cell
    # ends, and no figure of it may be read as prose (which column is the latest, which the target, is not known)
    lines = [
        "Table 4: Adult social care scorecard",
        "",
        "Indicator Previous (year) Current (year) Goal Trend Status",
        "Carers known to the council 2,870 (2023/24) 3,015 (2024/25) 3,300 ▲ Green",
        "Carers offered a carer's assessment 1,110 (2023/24) 1,240 (2024/25) 1,500 ▼ Red",
        "Extra care flats open 214 (2023/24) 262 (2025/26) 400 by 2031 ↑ Amber",
        "",
        "Source: performance team.",
        "",
        "There were 3,015 carers known to the council in 2024/25.",
    ]
    got = measures(lines)
    row_lines = {4, 5, 6}
    assert not any(int(r.line) in row_lines for r in got.itertuples()), got[["line", "measure", "value"]]
    assert 3015.0 in _values(got[got["line"] == 10])  # the sentence below still gives its figure


def test_a_label_with_a_clause_of_its_own_is_still_a_row():
    lines = [
        "Carers survey results",
        "",
        "Question Earlier survey Latest survey Goal",
        "Carers who are content with their support 38.1% (2021/22) 35.0% (2023/24) 45.0%",
        "",
        "The council knows 3,015 carers.",
    ]
    got = measures(lines)
    assert not any(int(r.line) == 4 for r in got.itertuples()), got[["line", "measure", "value"]]


def test_a_sentence_with_figures_and_a_verb_is_read():
    lines = [
        "Unpaid carers",
        "",
        "The number of carers known to the council rose from 2,870 to 3,015",
    ]
    got = measures(lines)
    assert 3015.0 in _values(got)


def test_a_flattened_rows_signed_cells_are_changes_not_figures():
    # a row the spacing cannot align (its change cells carry a bracketed share and 'pts'): the figures may be
    # offered as a flattened table's, low, but a signed cell is a change, never a count or a share
    lines = [
        "Comparison with our last statement",
        "",
        "Measure 2022 MPS 2025 MPS Change",
        "People aged 65 and over living with dementia 4,120 4,395 +275 (+6.7%)",
        "Dementia diagnosis rate (65+) 61.8% 64.3% +2.5 pts",
        "People aged 65 and over 58,100 60,450 +2,350 (+4.0%)",
        "",
        "The council knows 3,015 carers.",
    ]
    got = measures(lines)
    assert not {275.0, 6.7, 2.5, 2350.0, 4.0} & _values(got[got["line"].isin([4, 5, 6])]), got[["line", "measure", "value"]]


def test_a_row_with_a_notes_cell_after_its_figures_is_no_sentence():
    # two figures side by side, then a cell of text: the notes cell's number is no figure of the row's subject
    lines = [
        "Unpaid carers by district, Census 2021",
        "",
        "District Carers % Notes",
        "Eastcombe 9,870 10.4 Carers cafe of about 35 regulars",
        "Westbury 8,460 9.9 Outreach pilot for 120 carers",
        "",
        "The council knows 3,015 carers.",
    ]
    got = measures(lines)
    assert not {35.0, 120.0} & _values(got[got["line"].isin([4, 5])]), got[["line", "measure", "value"]]


def test_a_risk_table_row_with_a_notes_cell_gives_no_flattened_figures():
    lines = [
        "Risks to the carers service procurement",
        "",
        "Risk Likelihood Impact Score Mitigation",
        "Few providers bid for the carers contract 3 4 12 Early engagement with 6 providers",
        "Prices rise above the budget 4 3 12 Benchmarked against 3 other areas",
        "",
        "The council knows 3,015 carers.",
    ]
    got = measures(lines)
    assert not any(int(r.line) in (4, 5) for r in got.itertuples()), got[["line", "measure", "value"]]
