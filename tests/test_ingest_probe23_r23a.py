"""Round 23 (r23a) of the document proposer (data/ingest), each rule on made-up lines as an official statistics table
in a council's data annex writes them (Word converted to text: tab cells, (p) and (r) marks, suppressed cells)."""
from __future__ import annotations

from tests.proposals import proposers_for

NORTHUMBERLAND = "E06000057"

measures, dates = proposers_for(NORTHUMBERLAND)


def test_a_row_label_naming_two_activities_with_or_is_no_sub_group():
    lines = [
        "**Table 3: Carers and adult social care, by year**",
        "",
        "Measure\t2023/24 (r)\t2024/25 (p)",
        "Carers known to adult social care\t3,210\t3,340",
        "Carers assessed or reviewed in the year\t1,405\t1,460",
        "",
        "Source: case management system.",
    ]
    got = measures(lines)
    rows = got[got["measure"] == "carers_assessed"]
    assert {(r.period, float(r.value)) for r in rows.itertuples()} == {("2023/24", 1405.0), ("2024/25", 1460.0)}
    # 'assessed or reviewed' names what is counted, as 'assessed' alone does: no sub-group of carers
    assert set(rows["breakdown"].fillna("")) == {""}


def test_an_of_which_column_beside_units_counts_units_not_people():
    lines = [
        "**Table 5: Extra care housing, by locality**",
        "",
        "Locality\tSchemes\tUnits\tof which for people with dementia",
        "Coastal\t2\t118\t14",
        "Rural\t1\t52\t[c]",
        "",
        "Source: scheme returns.",
    ]
    got = measures(lines)
    # a sub-column of 'Units' counts dementia units, never people living with dementia
    assert {float(v) for v in got[got["measure"] == "extra_care_units_dementia"]["value"]} == {14.0}
    assert got[got["measure"].str.startswith("dementia_")].empty
    assert {float(v) for v in got[got["measure"] == "extra_care_units"]["value"]} == {118.0, 52.0}


def test_a_diagnosed_column_beside_an_estimated_dementia_column_is_the_register():
    lines = [
        "**Table 4: Dementia in people aged 65 and over, by year**",
        "",
        "Year\tDiagnosed (GP register)\tEstimated to have dementia\tDiagnosis rate (%)",
        "2023\t3,120\t4,870\t64.1",
        "2024\t3,260 (r)\t4,990\t65.3",
        "",
        "Source: primary care dementia data; prevalence model.",
    ]
    got = measures(lines)
    # the 'Diagnosed' column names its own measure; the column naming the subject beside it is a sibling, not its subject
    assert {(str(r.period), float(r.value)) for r in got[got["measure"] == "dementia_register"].itertuples()} == {
        ("2023", 3120.0), ("2024", 3260.0)}
    assert {float(v) for v in got[got["measure"] == "dementia_estimated"]["value"]} == {4870.0, 4990.0}


def test_the_date_an_extension_was_made_and_a_commissioning_board_meeting_are_no_stages():
    lines = [
        "Notes:",
        "1.\tThe Advocacy contract was extended by 12 months in June 2025; it now ends on 31 March 2027.",
        "2.\tThis timetable was agreed by the Joint Commissioning Board on 9 October 2025.",
        "3.\tWe will recommission the Carers Support Service in September 2026.",
    ]
    got = {(stage, earliest) for _, stage, earliest, _ in dates(lines)}
    # 'extended by 12 months in June 2025': when the extension was agreed, not the end it runs to
    assert not {e for _, e in got} & {"2025-06-01", "2025-10-09"}
    assert ("contract_end", "2027-03-31") in got
    assert ("procurement_start", "2026-09-01") in got
