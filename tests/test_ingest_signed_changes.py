"""A change is proposed with its sign (data/ingest/propose.py `_falls`, `_falling_cell`): a fall is negative, as the
atlas's own tables hold changes ('-20' per cent in data/measures.csv), so an analyst who accepts 'fell by 550' saves
-550, never a rise of 550. Made-up lines of a West Sussex statement."""
from __future__ import annotations

import pandas as pd

from bench.proposer import trap_hits
from tests.proposals import proposers_for

WEST_SUSSEX = "E10000032"
ADUR, ARUN, CHICHESTER, CRAWLEY = "E07000223", "E07000224", "E07000225", "E07000226"

measures, _ = proposers_for(WEST_SUSSEX)


def _values(frame: pd.DataFrame, measure: str, area: str = WEST_SUSSEX) -> set[float]:
    rows = frame[(frame["measure"] == measure) & (frame["area_code"] == area)]
    return {float(v) for v in rows["value"]}


def test_a_fall_in_prose_is_negative_and_its_per_cent_too():
    got = measures([
        "Unpaid carers",
        "",
        "At the 2021 Census 81,300 people in West Sussex provided unpaid care. The number of carers fell by 2,450 "
        "compared with 2011. That is a fall of 2,450 (2.9%) in ten years.",
    ])
    assert _values(got, "carers_unpaid_change") == {-2450.0}
    assert _values(got, "carers_unpaid_change_pct") == {-2.9}
    assert _values(got, "carers_unpaid") == {81300.0}


def test_fewer_after_the_figure_is_a_fall_and_more_a_rise():
    got = measures([
        "Carers and dementia",
        "",
        "There are 1,960 fewer unpaid carers in West Sussex than in 2011.",
        "By 2035 there could be 3,400 more people aged 65 and over living with dementia than today.",
    ])
    assert _values(got, "carers_unpaid_change") == {-1960.0}
    assert _values(got, "dementia_estimated_change") == {3400.0}


def test_an_increase_keeps_a_positive_figure():
    got = measures([
        "Unpaid carers",
        "",
        "In 2021, 81,300 people in West Sussex provided unpaid care, an increase of 1,050 since 2011.",
    ])
    assert _values(got, "carers_unpaid_change") == {1050.0}


def test_a_change_column_keeps_each_cells_sign_whatever_minus_it_is_written_with():
    got = measures([
        "Table 3: Unpaid carers by district, 2011 and 2021",
        "",
        "District      2011      2021      Change",
        "Adur          6,210     5,660     \u2212550",
        "Arun          16,480    16,070    down 410",
        "Chichester    12,350    12,490    +140",
        "Crawley       9,880     9,200     -680",
    ])
    assert _values(got, "carers_unpaid_change", ADUR) == {-550.0}
    assert _values(got, "carers_unpaid_change", ARUN) == {-410.0}
    assert _values(got, "carers_unpaid_change", CHICHESTER) == {140.0}
    assert _values(got, "carers_unpaid_change", CRAWLEY) == {-680.0}


def test_a_column_naming_only_a_fall_makes_its_bare_figures_falls():
    got = measures([
        "Table 4: Unpaid carers by district",
        "",
        "District      Carers 2021    Decrease since 2011",
        "Adur          5,660          550",
        "Arun          16,070         410",
    ])
    assert _values(got, "carers_unpaid_change", ADUR) == {-550.0}
    assert _values(got, "carers_unpaid_change", ARUN) == {-410.0}


def test_a_column_of_increase_or_decrease_reads_its_bare_figures_as_written():
    got = measures([
        "Table 5: Unpaid carers by district",
        "",
        "District      Carers 2021    Increase/decrease since 2011",
        "Adur          5,660          -550",
        "Arun          16,070         120",
    ])
    assert _values(got, "carers_unpaid_change", ADUR) == {-550.0}
    assert _values(got, "carers_unpaid_change", ARUN) == {120.0}


def test_a_trap_is_caught_whatever_the_sign_of_the_proposal():
    props = pd.DataFrame([{"kind": "measure", "measure": "carers_unpaid_change", "value": -550.0,
                           "text": "Adur 6,210 5,660 \u2212550", "line": 4, "earliest": ""}])
    assert trap_hits(props, [{"kind": "measure", "value": "550", "earliest": "", "text": "Adur", "note": "n"}]) \
        == ["n: 550 on line 4"]
