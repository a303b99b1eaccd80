"""Round 22 (r22a) of the document proposer (data/ingest), each rule on made-up lines as a PDF converter writes a
table whose cells it extracts one a line in column order (all the first column's cells, then the second's, ...),
and in the census's own wording of caring."""
from __future__ import annotations

from tests.proposals import proposers_for

NORTH_YORKSHIRE = "E06000065"

measures, dates = proposers_for(NORTH_YORKSHIRE)


def _rows(frame, measure):
    return {(r.area_code, str(r.period), float(r.value)) for r in frame[frame["measure"] == measure].itertuples()}


def test_a_projection_table_in_column_order_with_a_dash_in_its_change_column():
    lines = [
        "Table 2: People aged 65 and over with dementia, projected",
        "",
        "Year",
        "2025",
        "2030",
        "2040",
        "Estimated number",
        "9,410",
        "10,980",
        "13,870",
        "Increase on 2025",
        "-",
        "+1,570",
        "+4,460",
        "",
        "Source: projections from the national prevalence model.",
    ]
    got = measures(lines)
    assert {(NORTH_YORKSHIRE, "2030", 10980.0), (NORTH_YORKSHIRE, "2040", 13870.0)} <= _rows(got, "dementia_estimated")
    # the signed cells of the 'Increase on 2025' row are changes (rises: positive), never people with dementia
    assert {v for _, _, v in _rows(got, "dementia_estimated_change")} == {1570.0, 4460.0}
    assert not {1570.0, 4460.0} & {v for _, _, v in _rows(got, "dementia_estimated")}


def test_a_contract_timetable_in_column_order_dates_each_service():
    lines = [
        "Forthcoming procurements",
        "",
        "Service",
        "Carers Breaks Service",
        "Reablement at Home",
        "Advocacy Hub",
        "Current contract ends",
        "30 June 2027",
        "31 January 2028",
        "31 March 2027",
        "Procurement begins",
        "Spring 2026",
        "July 2027",
        "Q3 2026/27",
    ]
    got = set(dates(lines))
    assert ("Carers Breaks Service", "contract_end", "2027-06-30", "2027-06-30") in got
    assert ("Reablement at Home", "contract_end", "2028-01-31", "2028-01-31") in got
    assert ("Advocacy Hub", "contract_end", "2027-03-31", "2027-03-31") in got
    assert ("Reablement at Home", "procurement_start", "2027-07-01", "2027-07-31") in got
    assert ("Advocacy Hub", "procurement_start", "2026-10-01", "2026-12-31") in got


def test_a_column_headed_by_a_longer_name_than_a_district_is_no_district():
    lines = [
        "Unpaid carers by locality, Census 2021",
        "",
        "Locality\tRyedale\tHarrogate North\tHarrogate South\tNorth Yorkshire",
        "Unpaid carers\t5,120\t8,640\t9,015\t63,200",
    ]
    got = measures(lines)
    rows = got[got["measure"] == "carers_unpaid"]
    assert {(r.area_code, r.area_name) for r in rows.itertuples() if r.value in (8640, 9015)} == {
        ("", "Harrogate North"), ("", "Harrogate South")}
    assert ("E07000167", "2021", 5120.0) in _rows(got, "carers_unpaid")
    assert ("E06000065", "2021", 63200.0) in _rows(got, "carers_unpaid")


def test_people_who_said_they_looked_after_or_supported_someone_are_the_census_carers():
    lines = [
        "In the 2021 Census, 61,870 residents said they looked after or supported someone because of illness,",
        "disability or old age. That is 10.2% of residents aged five and over, against an England figure of 8.9%.",
        "",
        "The carers' centre supported 2,140 carers last year.",
    ]
    got = measures(lines)
    assert (NORTH_YORKSHIRE, "2021", 61870.0) in _rows(got, "carers_unpaid")
    assert ("E92000001", "2021", 8.9) in _rows(got, "carers_unpaid_pct")
    assert 2140.0 not in {v for _, _, v in _rows(got, "carers_unpaid")}


def test_a_key_facts_box_with_a_blank_line_between_each_label_and_its_figure():
    lines = [
        "North Yorkshire in numbers",
        "",
        "Carers providing unpaid care (Census 2021)",
        "",
        "61,870",
        "",
        "Residents aged 5 and over who provide unpaid care",
        "",
        "10.2%",
        "",
        "Extra care housing schemes",
        "",
        "23",
        "",
        "Our population is older than the national average.",
    ]
    got = measures(lines)
    assert (NORTH_YORKSHIRE, "2021", 61870.0) in _rows(got, "carers_unpaid")
    assert {v for _, _, v in _rows(got, "carers_unpaid_pct")} == {10.2}
    assert not got[got["measure"] == "carers_unpaid_pct"]["breakdown"].astype(str).str.strip().any()
    assert {v for _, _, v in _rows(got, "extra_care_schemes")} == {23.0}
