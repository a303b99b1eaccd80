"""Each way documents lay out figures, proposed from a few made-up lines (data/ingest)."""
from __future__ import annotations

import pandas as pd
import pytest

from data.ingest import PROPOSAL_COLUMNS, IngestError, propose, read_document
from tests.ingest_fixtures import make_docx, make_pdf

NOTTS, CAMBS, NORFOLK, CORNWALL = "E10000024", "E10000003", "E10000020", "E06000052"


def rows(frame: pd.DataFrame, **where: object) -> pd.DataFrame:
    for k, v in where.items():
        frame = frame[frame[k] == v]
    return frame


def figures(frame: pd.DataFrame) -> set[tuple]:
    m = frame[frame["kind"] == "measure"]
    return {(r.measure, r.area_code, r.period, r.value) for r in m.itertuples()}


def test_api_returns_exactly_the_columns_in_line_order():
    frame = propose(["Dementia", "", "An estimated 3,100 people are living with dementia."], CORNWALL, "d")
    assert tuple(frame.columns) == PROPOSAL_COLUMNS
    assert frame["line"].tolist() == sorted(frame["line"].tolist())
    assert frame.iloc[0]["text"] == "An estimated 3,100 people are living with dementia."


def test_tab_table_with_a_header_of_years():
    lines = ["People living with dementia", "District\t2023\t2030", "Ashfield\t1,402\t1,688", "Gedling\t1,451\t1,733"]
    got = figures(propose(lines, NOTTS))
    assert got == {("dementia_estimated", "E07000170", "2023", 1402.0), ("dementia_estimated", "E07000170", "2030", 1688.0),
                   ("dementia_estimated", "E07000173", "2023", 1451.0), ("dementia_estimated", "E07000173", "2030", 1733.0)}


def test_space_aligned_columns_under_a_header_of_years():
    lines = [
        "People providing unpaid care",
        "",
        "District                 2011       2021",
        "Cambridge               9,812     10,240",
        "Fenland                10,377     10,902",
    ]
    frame = propose(lines, CAMBS)
    assert ("carers_unpaid", "E07000010", "2021", 10902.0) in figures(frame)
    assert set(rows(frame, kind="measure")["confidence"]) == {"medium"}


def test_flattened_row_is_proposed_low_without_guessing_columns():
    lines = ["Unpaid carers by district, 2021 (Census)", "Babergh 8,912 Ipswich 12,004 Mid Suffolk 9,377 West Suffolk 15,150"]
    frame = rows(propose(lines, "E10000029"), kind="measure")
    assert sorted(frame["value"]) == [8912.0, 9377.0, 12004.0, 15150.0]
    assert set(frame["confidence"]) == {"low"} and set(frame["period"]) == {""}
    assert frame["breakdown"].str.contains("columns not known").all()


def test_label_value_list_under_a_heading_naming_a_rate():
    lines = ["Extra care housing", "", "Units per 1,000 people aged 65+", "Ashton: 31", "Brookfield: 6"]
    frame = rows(propose(lines, NORFOLK), kind="measure")
    assert set(frame["measure"]) == {"extra_care_units_per_1000_65plus"}
    assert frame["value"].tolist() == [31.0, 6.0]
    assert frame["area_name"].tolist() == ["Ashton", "Brookfield"]
    # made-up places are not in the registry: left blank for the analyst, marked low
    assert frame["area_code"].tolist() == ["", ""] and set(frame["confidence"]) == {"low"}


def test_form_fields_label_line_then_value_line():
    lines = ["Title", "Carers' support service", "", "Contract start date", "1 October 2026", "",
             "Contract length", "4 years with the option to extend for a further 2 years"]
    frame = rows(propose(lines, CORNWALL), kind="procurement")
    start = rows(frame, stage="contract_start").iloc[0]
    assert (start["earliest"], start["latest"], start["line"], start["service"]) == (
        "2026-10-01", "2026-10-01", 5, "Carers' support service")
    end = rows(frame, stage="contract_end").iloc[0]
    assert (end["earliest"], end["qualifier"], end["term_months"]) == ("2030-09-30", "derived", 48)
    assert rows(frame, stage="extension_end").iloc[0]["earliest"] == "2032-09-30"


def test_table_of_dates_under_stage_headers():
    lines = ["Service\tAnticipated\tAnticipated", "\tprocurement\tcontract start",
             "Handy Person Service\tAutumn 2018\tMarch 2019",
             "Non-accommodation Based Community Services\t\t", "(learning disability)\tAutumn 2018\tEarly 2019"]
    frame = rows(propose(lines, "E06000047"), kind="procurement")
    got = {(r.service, r.stage, r.earliest, r.latest) for r in frame.itertuples()}
    assert ("Handy Person Service", "procurement_start", "2018-09-01", "2018-11-30") in got
    assert ("Handy Person Service", "contract_start", "2019-03-01", "2019-03-31") in got
    assert ("Non-accommodation Based Community Services (learning disability)", "contract_start",
            "2019-01-01", "2019-04-30") in got


def test_docx_table_reads_like_a_tab_table():
    raw = make_docx(["People living with dementia"], table=[["District", "2023"], ["Mansfield", "1,120"]])
    assert ("dementia_estimated", "E07000174", "2023", 1120.0) in figures(propose(read_document(raw, "d.docx"), NOTTS))


def test_text_pdf_table_reads_like_a_tab_table():
    raw = make_pdf([["People living with dementia"]], table=[["District", "2023"], ["Mansfield", "1,120"]])
    assert ("dementia_estimated", "E07000174", "2023", 1120.0) in figures(propose(read_document(raw, "d.pdf"), NOTTS))


def test_a_path_can_be_given_and_an_unknown_authority_is_a_message(tmp_path):
    p = tmp_path / "s.txt"
    p.write_text("There are currently seven extra care schemes.\n", encoding="utf-8")
    assert figures(propose(p, NORFOLK)) == {("extra_care_schemes", NORFOLK, "", 7.0)}
    with pytest.raises(IngestError, match="not in the area registry"):
        propose(p, "E99999999")


def test_nothing_recognisable_is_a_message():
    with pytest.raises(IngestError) as err:
        propose(["Minutes", "Apologies were received from 3 members."], NORFOLK)
    assert err.value.reason == "no_figures"
