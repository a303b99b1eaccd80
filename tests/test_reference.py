"""Official reference figures (data/reference.csv): real values, checks that catch a broken file, rebuild check."""
from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from data import reference
from data.reference import (
    AGED_5_PLUS,
    AGED_65_PLUS,
    ALL_RESIDENTS,
    BAND_50_PLUS,
    REFERENCE_COLUMNS,
    ReferenceDataError,
    build_reference,
    load_reference,
    main,
    reference_dir,
)


@pytest.fixture(scope="module")
def ref() -> pd.DataFrame:
    return load_reference()


def one(ref: pd.DataFrame, code: str, measure: str, breakdown: str, period: str) -> pd.Series:
    hit = ref[(ref["area_code"] == code) & (ref["measure"] == measure) & (ref["breakdown"] == breakdown)
              & (ref["period"] == period)]
    assert len(hit) == 1, f"{code} {measure} {breakdown!r} {period}: {len(hit)} rows"
    return hit.iloc[0]


def test_committed_reference_tables_match_a_fresh_build(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["--check"])
    err = capsys.readouterr().err
    assert code == 0, f"data/reference.csv or crosschecks.csv is stale; run `make data` and commit:\n{err}"


def test_ashford_census_2021_carers_count_share_and_50_hours(ref: pd.DataFrame) -> None:
    # TS039 Ashford: 125,137 aged 5+, 113,987 provide no care; 3,501 provide 50+ hours
    count = one(ref, "E07000105", "carers_unpaid", "", "2021")
    assert count["value"] == 125137 - 113987 == 11150
    assert count["universe"] == AGED_5_PLUS
    assert one(ref, "E07000105", "carers_unpaid_pct", "", "2021")["value"] == 8.91
    assert one(ref, "E07000105", "carers_unpaid", BAND_50_PLUS, "2021")["value"] == 3501
    assert one(ref, "E07000105", "carers_unpaid_pct", BAND_50_PLUS, "2021")["value"] == 2.80
    assert count["publisher"] == "Office for National Statistics"
    assert count["table"] == "Census 2021 TS039"
    assert "Open Government Licence v3.0" in count["attribution"]


def test_england_and_wales_totals_are_the_publishers_headlines(ref: pd.DataFrame) -> None:
    ew = one(ref, "K04000001", "carers_unpaid", "", "2021")
    assert ew["value"] == 4_989_002 and ew["derivation"].endswith("sum of its 331 districts")
    assert one(ref, "K04000001", "carers_unpaid_pct", "", "2021")["value"] == 8.85
    ew2011 = one(ref, "K04000001", "carers_unpaid", "", "2011")
    assert ew2011["value"] == 5_800_246 and ew2011["universe"] == ALL_RESIDENTS
    assert one(ref, "K04000001", "carers_unpaid_pct", "", "2011")["value"] == 10.34


def test_census_2011_is_on_2018_districts_all_ages(ref: pd.DataFrame) -> None:
    # QS301EW Ashford: 117,956 residents, 106,137 provide no care
    row = one(ref, "E07000105", "carers_unpaid", "", "2011")
    assert row["value"] == 117956 - 106137 and row["geography"] == "districts April 2018"
    assert one(ref, "E06000028", "carers_unpaid", "", "2011")["area_name"] == "Bournemouth"  # abolished 2019
    assert ref[(ref["area_code"] == "E06000058") & (ref["period"] == "2011")].empty  # BCP did not exist


def test_population_65_plus_from_census_2021_age(ref: pd.DataFrame) -> None:
    row = one(ref, "E07000105", "population", "aged 65+", "2021")
    assert row["value"] == 26000 and row["universe"] == AGED_65_PLUS and row["table"] == "Census 2021 TS007"
    assert one(ref, "K04000001", "population", "aged 65+", "2021")["value"] == 11_063_362


def test_england_dementia_diagnosis_rate_with_interval(ref: pd.DataFrame) -> None:
    row = one(ref, "E92000001", "dementia_diagnosis_rate", "aged 65+", "January 2025")
    assert (row["value"], row["ci_lower"], row["ci_upper"]) == (65.4, 59.0, 70.9)
    assert row["publisher"] == "NHS England"
    assert one(ref, "E92000001", "dementia_register", "aged 65+", "January 2025")["value"] == 480741
    assert one(ref, "E92000001", "dementia_estimated", "aged 65+", "January 2025")["value"] == 735168


def test_dementia_uses_april_2023_authorities_once_each(ref: pd.DataFrame) -> None:
    rates = ref[ref["measure"] == "dementia_diagnosis_rate"]
    assert not rates.duplicated("area_code").any()
    cumberland = one(ref, "E06000063", "dementia_diagnosis_rate", "aged 65+", "January 2025")
    assert cumberland["value"] == 60.1 and "April 2023" in cumberland["geography"]
    lower = rates[rates["geography"].str.contains("lower")]
    assert len(lower) == 296
    # Allerdale (a 2021 district, in Cumberland since 2023) has census figures but no NHS row of its own
    assert ref[(ref["area_code"] == "E07000026") & (ref["measure"] == "dementia_diagnosis_rate")].empty


def test_every_row_says_who_published_it_and_under_what_licence(ref: pd.DataFrame) -> None:
    assert list(ref.columns) == list(REFERENCE_COLUMNS)
    for col in ("publisher", "table", "period", "universe", "licence", "attribution"):
        assert (ref[col] != "").all(), col
    assert set(ref["licence"]) == {"OGL v3.0"}
    assert set(ref["universe"]) == {AGED_5_PLUS, ALL_RESIDENTS, AGED_65_PLUS}
    assert not ref.duplicated(["area_code", "measure", "breakdown", "period", "table"]).any()


def _copy_reference(tmp_path: Path) -> Path:
    folder = tmp_path / "reference"
    shutil.copytree(reference_dir(), folder)
    for f in folder.iterdir():
        f.chmod(0o644)
    return folder


def test_a_part_that_does_not_add_up_stops_the_build(tmp_path: Path) -> None:
    folder = _copy_reference(tmp_path)
    path = folder / "census2021_ts039_unpaid_care_ltla.csv"
    lines = path.read_text(encoding="utf-8").splitlines()
    cells = lines[1].split(",")
    cells[-1] = str(int(cells[-1]) + 1)  # one more 50+ hours carer in the first district
    lines[1] = ",".join(cells)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ReferenceDataError, match="do not add to the total aged 5\\+"):
        build_reference(folder)


def test_a_rate_outside_its_interval_stops_the_build(tmp_path: Path) -> None:
    folder = _copy_reference(tmp_path)
    path = folder / "nhse_pcdd_jan2025_table4_dementia_diag_rate_65plus.csv"
    text = path.read_text(encoding="utf-8").replace("ASHFORD,1055,1749.5,60.3,53.3,66.2", "ASHFORD,1055,1749.5,60.3,61,66.2")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ReferenceDataError, match="E07000105 rate outside its interval"):
        build_reference(folder)


def test_a_missing_file_is_a_message_and_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    folder = _copy_reference(tmp_path)
    (folder / "census2021_ts007_age_single_year_ltla.csv").unlink()
    target = tmp_path / "reference.csv"
    monkeypatch.setattr(reference, "REFERENCE_CSV", target)
    assert main(["--reference", str(folder)]) == 2
    err = capsys.readouterr().err
    assert "census2021_ts007_age_single_year_ltla.csv is missing" in err and "Nothing was written" in err
    assert not target.exists()
