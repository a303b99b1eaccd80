"""Date-uncertainty logic of the tenders timeline, on the real extracted procurements.

Expected date words are checked against the source line at test time, so the tests
follow the documents rather than copies of them.
"""
from __future__ import annotations

import json
import struct
from datetime import date

import pandas as pd
import pytest

from components import timeline as tl
from components.export import chart_png, with_provenance
from components.theme import TIMELINE_ROW_PX, TIMELINE_WIDTH_PX
from components.timeline_chart import chart_alt_text, timeline_chart, timeline_png_chart
from data import store
from tests.conftest import seed_line


@pytest.fixture(scope="module")
def procs() -> pd.DataFrame:
    return store.load_procurements()


@pytest.fixture(scope="module")
def coverage() -> dict[str, tl.Coverage]:
    return tl.document_coverage(store.load_documents())


@pytest.fixture(scope="module")
def seed_files() -> dict[str, str]:
    docs = store.load_documents()
    return dict(zip(docs["doc_id"], docs["seed_file"]))


def row(procs: pd.DataFrame, doc_id: str, service_part: str) -> pd.DataFrame:
    found = procs[(procs["doc_id"] == doc_id) & procs["service"].str.contains(service_part, regex=False)]
    assert len(found) == 1, f"expected one {doc_id} row for {service_part!r}, found {len(found)}"
    return found


def source_line(rows: pd.DataFrame, seed_files: dict[str, str]) -> str:
    rec = rows.iloc[0]
    return seed_line(seed_files[rec["doc_id"]], int(rec["line"]))


def levels(open_rows: pd.DataFrame) -> dict[str, str]:
    return dict(zip(open_rows["phase"], open_rows["level"]))


# ---------------------------------------------------------------- windows


def test_autumn_2018_is_a_three_month_window(procs, seed_files):
    handy = row(procs, "durham-mps-2019", "Handy Person")
    line = source_line(handy, seed_files)
    assert "Autumn 2018" in line and "March 2019" in line
    windows = tl.stage_windows(handy).set_index("stage")
    assert windows.loc["procurement_start", "text"] == "Autumn 2018"
    assert windows.loc["procurement_start", "earliest"] == date(2018, 9, 1)
    assert windows.loc["procurement_start", "latest"] == date(2018, 11, 30)
    assert (windows.loc["contract_start", "earliest"], windows.loc["contract_start", "latest"]) == (
        date(2019, 3, 1), date(2019, 3, 31))


def test_document_coverage_bounds_unstated_ends(coverage):
    assert coverage["durham-mps-2019"] == tl.Coverage(date(2019, 1, 1), date(2021, 12, 31), "2019-2021")
    ne = coverage["north-east-intentions-2024"]
    assert ne.start == date(2024, 1, 1) and ne.end is None  # "2024 onwards": no end


# ---------------------------------------------------------------- open at a date


@pytest.mark.parametrize("day, expected", [
    (date(2018, 8, 31), {}),                                          # before the Autumn 2018 window
    (date(2018, 10, 15), {"procurement": tl.POSSIBLE}),               # inside the start window
    (date(2019, 1, 15), {"procurement": tl.CERTAIN}),                 # between the windows
    (date(2019, 3, 15), {"procurement": tl.POSSIBLE, "contract": tl.POSSIBLE}),  # inside 'March 2019'
    (date(2019, 4, 15), {"contract": tl.POSSIBLE}),                   # live, end not stated
    (date(2022, 6, 1), {}),                                           # after the document's period
])
def test_handy_person_service_open_grades(procs, coverage, day, expected):
    handy = row(procs, "durham-mps-2019", "Handy Person")
    assert levels(tl.open_at(tl.phases(handy, coverage), day)) == expected


def test_reasons_name_the_window_that_makes_it_uncertain(procs, coverage):
    handy = row(procs, "durham-mps-2019", "Handy Person")
    open_rows = tl.open_at(tl.phases(handy, coverage), date(2018, 10, 15))
    assert "'Autumn 2018' runs to 30 Nov 2018" in open_rows.iloc[0]["reason"]
    later = tl.open_at(tl.phases(handy, coverage), date(2019, 4, 15))
    assert "end not stated" in later.iloc[0]["reason"] and "31 Dec 2021" in later.iloc[0]["reason"]


def test_contract_with_option_is_certain_then_possible(procs, coverage, seed_files):
    hub = row(procs, "kent-community-mps-2016", "Kent Advocacy Hub")
    assert "1st April 2016" in source_line(hub, seed_files)
    ph = tl.phases(hub, coverage)
    assert levels(tl.open_at(ph, date(2018, 1, 1))) == {"contract": tl.CERTAIN}
    option = tl.open_at(ph, date(2020, 1, 1))
    assert levels(option) == {"option": tl.POSSIBLE}
    assert "option to extend" in option.iloc[0]["reason"]
    assert levels(tl.open_at(ph, date(2021, 4, 2))) == {}


def test_contract_without_a_start_is_the_current_one(procs, coverage, seed_files):
    # Durham's children's mental health services: existing contracts expire as new ones start.
    existing = row(procs, "durham-mps-2019", "(existing contracts)")
    assert "January 2019" in source_line(existing, seed_files)
    ph = tl.phases(existing, coverage)
    assert list(zip(ph["phase"], ph["start_stated"], ph["end_stated"])) == [("contract", False, True)]
    assert levels(tl.open_at(ph, date(2018, 12, 1))) == {}  # before the period the document covers
    current = tl.open_at(ph, date(2019, 1, 15))
    assert levels(current) == {"contract": tl.POSSIBLE}  # inside the 'January 2019' end window
    assert "start not stated" in current.iloc[0]["reason"] and "'January 2019'" in current.iloc[0]["reason"]


def test_an_end_before_the_new_start_is_read_as_the_incumbents(procs, coverage):
    # The same sentence as one row (as a spec may write it): expiry before the new start.
    existing = row(procs, "durham-mps-2019", "(existing contracts)").iloc[0]
    combined = row(procs, "durham-mps-2019", "(new services)").copy()
    for part in ("text", "earliest", "latest"):
        combined[f"contract_end_{part}"] = existing[f"contract_end_{part}"]
    ph = tl.phases(combined, coverage)
    contracts = ph[ph["phase"] == "contract"]
    assert sorted(zip(contracts["start_stated"], contracts["end_stated"])) == [(False, True), (True, False)]
    assert levels(tl.open_at(ph, date(2019, 1, 15))) == {"procurement": tl.CERTAIN, "contract": tl.POSSIBLE}


# ---------------------------------------------------------------- starting and ending soon


def test_starting_soon_grades_windows_against_the_horizon(procs):
    durham = procs[procs["doc_id"] == "durham-mps-2019"]
    soon = tl.starting_soon(tl.stage_windows(durham), date(2019, 3, 15), 6)
    by_service = {(s, st): lvl for s, st, lvl in zip(
        soon.merge(durham[["procurement_id", "service"]])["service"], soon["stage"], soon["level"])}
    assert by_service[("Handy Person Service", "contract_start")] == tl.POSSIBLE      # March 2019 may be past
    assert by_service[("Healthwatch County Durham", "procurement_start")] == tl.POSSIBLE  # Spring 2019
    assert by_service[("Healthwatch County Durham", "contract_start")] == tl.CERTAIN  # July 2019
    assert by_service[("Advocacy for Children", "procurement_start")] == tl.CERTAIN   # Summer 2019
    assert ("Advocacy for Children", "contract_start") not in by_service              # October 2019: too late
    # a longer window brings October in
    longer = tl.starting_soon(tl.stage_windows(durham), date(2019, 3, 15), 12)
    assert len(longer) > len(soon)


def test_ending_soon_at_two_dates(procs, seed_files):
    ifa = row(procs, "durham-mps-2019", "IFA")
    assert "March 2019" in source_line(ifa, seed_files)
    windows = tl.stage_windows(ifa)
    assert tl.ending_soon(windows, date(2019, 1, 1), 3)["level"].tolist() == [tl.CERTAIN]
    assert tl.ending_soon(windows, date(2019, 3, 15), 6)["level"].tolist() == [tl.POSSIBLE]
    assert tl.ending_soon(windows, date(2019, 4, 1), 6).empty


def test_extension_end_is_only_possible(procs):
    hub = row(procs, "kent-community-mps-2016", "Kent Advocacy Hub")
    ending = tl.ending_soon(tl.stage_windows(hub), date(2020, 12, 1), 6)
    assert ending["stage"].tolist() == ["extension_end"]
    assert ending["level"].tolist() == [tl.POSSIBLE]


def test_level_counts_count_procurements_once(procs, coverage):
    handy = row(procs, "durham-mps-2019", "Handy Person")
    open_rows = tl.open_at(tl.phases(handy, coverage), date(2019, 3, 15))
    assert len(open_rows) == 2 and tl.level_counts(open_rows) == (0, 1)


def test_add_months_clamps_to_month_end():
    assert tl.add_months(date(2018, 8, 31), 6) == date(2019, 2, 28)
    assert tl.add_months(date(2019, 11, 15), 3) == date(2020, 2, 15)


# ---------------------------------------------------------------- unplaced dates, filters, labels


def test_impossible_year_is_listed_not_dropped(procs, seed_files):
    carers = row(procs, "north-east-intentions-2024", "Carer Support")
    assert "20025" in source_line(carers, seed_files)
    assert tl.stage_windows(carers).empty
    unplaced = tl.unplaced_dates(carers)
    contract_end = unplaced[unplaced["stage_label"] == "Contract ends"].iloc[0]
    assert contract_end["text"] == carers.iloc[0]["contract_end_text"]
    assert contract_end["on_timeline"] == "no"
    assert "not a possible year" in contract_end["note"]


def test_rows_without_any_date_are_listed(procs):
    undated = procs[[not any(str(r[f"{s}_text"]).strip() for s in tl.PROCUREMENT_STAGES)
                     for r in procs.to_dict("records")]]
    assert len(undated) > 0
    listed = tl.unplaced_dates(undated)
    assert set(listed["procurement_id"]) == set(undated["procurement_id"])
    assert (listed["note"] == "The document gives no date for this procurement.").all()


def test_filters_match_joint_contracts_for_each_partner(procs):
    redcar = tl.filter_procurements(procs, ["E06000003"], [], [])
    assert len(redcar) > 0
    assert all("E06000003" in codes.split("|") for codes in redcar["authority_code"])
    home = tl.filter_procurements(procs, [], ["home care"], ["live"])
    assert len(home) > 0 and set(home["category"]) == {"home care"} and set(home["status"]) == {"live"}
    assert len(tl.filter_procurements(procs, [], [], [])) == len(procs)


def test_row_labels_are_unique_short_and_name_the_category(procs):
    names = dict(zip(store.load_areas()["area_code"], store.load_areas()["name"]))
    labels = tl.row_labels(procs, names)
    assert labels.is_unique
    first_lines = [label.split(tl.ROW_LABEL_BREAK)[0] for label in labels]
    assert max(len(x) for x in first_lines) <= tl.TIMELINE_LABEL_CHARS
    assert any(x.endswith("…") for x in first_lines)  # some service names really are long
    assert all(label.split(tl.ROW_LABEL_BREAK)[1].startswith(f"{cat} · ") for label, cat in zip(labels, procs["category"]))


def test_csv_download_keeps_every_column_with_iso_dates(procs):
    durham = procs[procs["doc_id"] == "durham-mps-2019"]
    back = pd.read_csv(pd.io.common.BytesIO(tl.procurements_csv(durham)), dtype=str, keep_default_na=False)
    assert list(back.columns) == list(procs.columns) and len(back) == len(durham)
    handy = back[back["service"] == "Handy Person Service"].iloc[0]
    assert (handy["procurement_start_earliest"], handy["procurement_start_latest"]) == ("2018-09-01", "2018-11-30")


# ---------------------------------------------------------------- chart


def test_chart_has_a_row_per_dated_procurement_and_full_names_in_tooltips(procs):
    areas, docs = store.load_areas(), store.load_documents()
    names, titles = dict(zip(areas["area_code"], areas["name"])), dict(zip(docs["doc_id"], docs["title"]))
    chart = timeline_chart(procs, names, titles, date(2019, 3, 15), width=700)
    spec = chart.to_dict()
    dated_ids = set(tl.stage_windows(procs)["procurement_id"])
    y_domains = [layer["encoding"]["y"]["scale"]["domain"] for layer in spec["layer"] if "y" in layer["encoding"]
                 and "scale" in layer["encoding"]["y"]]
    # a row per procurement, below a blank lane where the selected date is named (over no row's marks)
    assert y_domains and all(len(d) == len(dated_ids) + 1 and d[0].strip() == "" for d in y_domains)
    values = json.dumps(spec["datasets"])
    longest = max(procs.loc[procs["procurement_id"].isin(dated_ids), "service"], key=len)
    assert len(longest) > tl.TIMELINE_LABEL_CHARS and json.dumps(longest)[1:-1] in values
    assert "Selected date: 15 Mar 2019" in values
    assert "option" in json.dumps(spec["layer"])
    assert "15 Mar 2019" in chart_alt_text(procs, date(2019, 3, 15))
    undated = procs[~procs["procurement_id"].isin(dated_ids)]
    assert timeline_chart(undated, names, titles, date(2019, 3, 15)) is None


def test_png_export_renders_with_its_provenance(procs):
    areas, docs = store.load_areas(), store.load_documents()
    names, titles = dict(zip(areas["area_code"], areas["name"])), dict(zip(docs["doc_id"], docs["title"]))
    home = tl.filter_procurements(procs, [], ["home care"], [])
    chart = with_provenance(timeline_png_chart(home, names, titles, date(2025, 6, 1)), "Tenders", "Source: test")
    png = chart_png(chart, scale=1)
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", png[16:24])
    rows = tl.stage_windows(home)["procurement_id"].nunique()
    assert width >= TIMELINE_WIDTH_PX - 10 and height > TIMELINE_ROW_PX * rows
