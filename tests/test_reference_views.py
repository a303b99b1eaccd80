"""The 'National picture' sections drawn by Streamlit (AppTest), each on its own, as a page calls it."""
from __future__ import annotations

import re

from streamlit.testing.v1 import AppTest


def _carers() -> None:
    from components.national_view import show_carers_national

    show_carers_national("E10000016")


def _dementia() -> None:
    from components.national_view import show_dementia_national

    show_dementia_national("E06000047")


def _extra_care() -> None:
    from components.national_view import show_extra_care_national

    show_extra_care_national()


def _compare() -> None:
    from components.national_view import show_compare_national

    show_compare_national(["E10000016", "E08000035"])


def _home_and_checks() -> None:
    from components.national_view import show_crosschecks, show_home_national

    show_home_national()
    show_crosschecks()


def _run(fn) -> AppTest:  # noqa: ANN001
    at = AppTest.from_function(fn, default_timeout=60)
    at.run()
    assert not at.exception, at.exception
    return at


def _captions(at: AppTest) -> str:
    return "\n".join(c.value for c in at.caption)


def test_carers_section_sets_kent_districts_beside_both_censuses_and_names_the_bases() -> None:
    at = _run(_carers)
    table = at.dataframe[-1].value
    ashford = table[table["Area"] == "Ashford"].set_index("Source")
    assert ashford.loc["Census 2011 (all usual residents)", "Count"] == "11,819"
    assert ashford.loc["Census 2021 (usual residents aged 5+)", "Count"] == "11,150"
    text = _captions(at)
    assert "all usual residents (all ages)" in text and "aged 5+" in text
    assert "Office for National Statistics, Census 2021 TS039" in text and "Open Government Licence v3.0" in text
    at.radio(key="national_carers_band").set_value("50+ hours a week").run()
    assert not at.exception


def test_dementia_section_sets_the_documents_estimate_beside_nhs() -> None:
    at = _run(_dementia)
    table = at.dataframe[-1].value
    assert "about 7,000 people" in set(table["People"])
    nhs = table[table["Source"] == "NHS England"].iloc[0]
    assert nhs["Period"] == "January 2025" and "65+" in nhs["What it counts"]
    assert "NHS England, Primary Care Dementia Data, January 2025, Table 4" in _captions(at)
    # under the map, one caption: its summary, where it is drawn, its source (a paragraph each)
    summary, drawn, source = next(c.value for c in at.caption if "areas by diagnosis rate" in c.value).split("\n\n")
    assert re.match(r"\d+ areas by diagnosis rate: highest ", summary)
    assert drawn.startswith("Drawn on April 2023 authorities") and source.startswith("Source: NHS England")


def test_extra_care_section_shows_its_derivation() -> None:
    at = _run(_extra_care)
    table = at.dataframe[-1].value
    row = table[table["Authority (period of the unit count)"] == "South Tyneside (2024)"].iloc[0]
    assert row["Per 1,000 aged 65+"] == "5.7" and "÷ 30,838 people aged 65+" in row["How it is worked out"]


def test_compare_any_two_authorities_on_official_figures() -> None:
    at = _run(_compare)
    table = at.dataframe[-1].value
    assert set(table["Authority"]) == {"Kent", "Leeds"}
    leeds = table[(table["Authority"] == "Leeds") & table["Measure"].str.startswith("Dementia")].iloc[0]
    assert leeds["Value"] == "73.3%"


def test_home_lines_and_crosscheck_findings() -> None:
    at = _run(_home_and_checks)
    md = "\n".join(m.value for m in at.markdown)
    assert "4,989,002" in md and "65.4%" in md
    # one line per theme, as one list (one element)
    lists = [m.value for m in at.markdown if m.value.startswith("- **Unpaid carers.**")]
    assert len(lists) == 1 and [line[:16] for line in lists[0].splitlines()] == [
        "- **Unpaid carer", "- **Dementia.** ", "- **Extra care.*"]
    checks = at.dataframe[-1].value
    ashford = checks[(checks["Area"] == "Ashford") & (checks["Figure"] == "carers_unpaid")].iloc[0]
    assert (ashford["Document"], ashford["Official"], ashford["Result"]) == (11811, 11819, "finding: differs")
