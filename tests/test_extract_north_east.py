"""Five North East councils' commissioning intentions: who said what, figures, and contract dates."""
from __future__ import annotations

from collections import Counter

import pytest

from data.extract import run_spec
from data.model import area_codes
from data.seeds import DocumentError
from data.specs import runner
from tests.extract_helpers import only

DOC = "north-east-intentions-2024"
MIDDLESBROUGH, REDCAR, STOCKTON, DARLINGTON, HARTLEPOOL = (
    "E06000002", "E06000003", "E06000004", "E06000005", "E06000001")
GATESHEAD, SOUTH_TYNESIDE = "E08000037", "E08000023"


def one(ex, measure: str, breakdown: str = "", area: str = SOUTH_TYNESIDE):
    return only(ex.measures, measure=measure, breakdown=breakdown, area_code=area)


def proc(ex, line: int) -> dict:
    return only(ex.procurements, line=line).as_dict()


def dates(p: dict, stage: str) -> tuple[str, str, str]:
    return p[f"{stage}_text"], p[f"{stage}_earliest"], p[f"{stage}_latest"]


def test_sections_belong_to_their_councils(ex, seed):
    s = {section.area.code: section for section in runner.sections(ex.doc).values()}
    assert list(s) == [DARLINGTON, GATESHEAD, MIDDLESBROUGH, REDCAR, SOUTH_TYNESIDE]
    for code, section in s.items():
        assert section.area.name.lower() in " ".join(seed[section.start - 1:section.end]).lower()
    assert s[MIDDLESBROUGH].start <= 56 and s[MIDDLESBROUGH].end >= 98
    for m in ex.measures:
        assert s[m.area_code].start <= m.line <= s[m.area_code].end
    for p in ex.procurements:
        lead = MIDDLESBROUGH if MIDDLESBROUGH in p.authority_code else p.authority_code
        assert s[lead].start <= p.line <= s[lead].end


def test_row_counts(ex):
    assert Counter(m.measure for m in ex.measures) == {
        "extra_care_schemes": 2, "extra_care_units": 1, "extra_care_schemes_dementia": 1,
        "extra_care_units_dementia": 1, "extra_care_schemes_planned": 1, "extra_care_units_planned": 1,
        "sheltered_housing_schemes": 2, "sheltered_housing_units": 2,
        "supported_housing_units": 1, "supported_housing_units_planned": 1, "supported_housing_schemes_planned": 1,
        "supported_living_properties": 1, "supported_living_places": 1, "supported_living_occupancy_pct": 1,
        "care_homes": 4, "care_home_beds": 2, "care_home_occupancy_pct": 2, "respite_beds": 2,
        "people_supported": 5, "people_supported_pct": 3, "shared_lives_carers": 2, "providers": 5,
    }
    assert Counter(p.authority_code.split("|")[0] for p in ex.procurements) == {MIDDLESBROUGH: 6, SOUTH_TYNESIDE: 6}


def test_south_tyneside_housing_and_care_figures(ex):
    assert one(ex, "extra_care_schemes").value == 5
    assert one(ex, "extra_care_units").value == 177
    assert one(ex, "extra_care_schemes_dementia").value == 2
    assert one(ex, "extra_care_units_dementia").value == 17
    assert one(ex, "sheltered_housing_schemes", "council owned").value == 28
    assert one(ex, "sheltered_housing_units", "council owned").value == 1018
    assert one(ex, "sheltered_housing_units", "housing association").value == 695
    assert one(ex, "extra_care_schemes_planned").value == 3
    planned = one(ex, "extra_care_units_planned", "first scheme (Hebburn)")
    assert (planned.value, planned.qualifier) == (95, "plan")
    assert one(ex, "care_homes", "older people").value == 23
    assert one(ex, "care_home_beds", "older people").value == 1087
    assert one(ex, "care_home_occupancy_pct", "older people").value == 89
    assert one(ex, "care_home_beds", "specialist").value == 134
    assert one(ex, "supported_housing_units", "housing related support").value == 137
    assert one(ex, "supported_living_properties").value == 120
    assert one(ex, "respite_beds", "learning disability, general").value == 6
    assert one(ex, "shared_lives_carers", "long term").value == 68
    assert one(ex, "shared_lives_carers", "short break/enabling").value == 32
    assert one(ex, "extra_care_schemes", area=MIDDLESBROUGH).value == 2


@pytest.mark.parametrize("measure,breakdown,area,written", [
    ("extra_care_units", "", SOUTH_TYNESIDE, "177"),
    ("extra_care_schemes", "", SOUTH_TYNESIDE, "five"),
    ("sheltered_housing_units", "council owned", SOUTH_TYNESIDE, "1018"),
    ("care_home_beds", "older people", SOUTH_TYNESIDE, "1,087"),
    ("supported_living_occupancy_pct", "", SOUTH_TYNESIDE, "94%"),
    ("respite_beds", "learning disability, emergency", SOUTH_TYNESIDE, "one emergency bed"),
    ("people_supported", "direct payments", SOUTH_TYNESIDE, "458"),
    ("extra_care_schemes", "", MIDDLESBROUGH, "both"),
])
def test_figure_is_written_on_its_locator_line(ex, seed, measure, breakdown, area, written):
    row = one(ex, measure, breakdown, area)
    assert written in seed[row.line - 1]


def test_middlesbrough_contracts(ex, seed):
    home = proc(ex, 56)
    assert (home["authority_code"], home["category"], home["status"]) == (MIDDLESBROUGH, "home care", "live")
    assert dates(home, "contract_end") == ("November 2025", "2025-11-01", "2025-11-30")
    fcs = proc(ex, 70)
    assert dates(fcs, "contract_end") == ("end of May 2026", "2026-05-31", "2026-05-31")
    assert dates(fcs, "extension_end")[1:] == ("2028-05-31", "2028-05-31")
    assert fcs["options"] == "option to extend for a further 2 years" and fcs["options"] in seed[69]
    dem = proc(ex, 98)
    assert dates(dem, "contract_end")[1:] == ("2024-09-01", "2024-09-30")
    assert dates(dem, "extension_end")[1:] == ("2026-09-01", "2026-09-30")


def test_joint_tees_contracts(ex, seed):
    complex_care = proc(ex, 78)
    assert set(complex_care["authority_code"].split("|")) == {MIDDLESBROUGH, REDCAR, STOCKTON, DARLINGTON, HARTLEPOOL}
    assert dates(complex_care, "contract_end") == ("March 2029", "2029-03-01", "2029-03-31")
    advocacy = proc(ex, 82)
    assert set(advocacy["authority_code"].split("|")) == {MIDDLESBROUGH, REDCAR, STOCKTON}
    assert dates(advocacy, "contract_end") == ("April 2026", "2026-04-01", "2026-04-30")
    assert dates(advocacy, "extension_end") == ("2030", "2030-01-01", "2030-12-31")
    assert "April 2026" in seed[81] and "2030" in seed[81]


def test_carers_contract_typo_is_kept_and_reported(ex, seed):
    carers = proc(ex, 94)
    assert set(carers["authority_code"].split("|")) == {MIDDLESBROUGH, REDCAR}
    assert dates(carers, "contract_end") == ("March 20025", "", "")
    assert carers["extension_end_earliest"] == carers["extension_end_latest"] == ""
    assert "March 20025" in seed[93]
    [f] = [f for f in ex.findings if f.line == 94]
    assert (f.check, f.severity) == ("document", "warning")
    assert "20025" in f.message and "2025 " in f.message


def test_south_tyneside_intentions(ex, seed):
    carers = proc(ex, 243)
    assert (carers["status"], carers["category"]) == ("procuring", "carers")
    assert dates(carers, "award") == ("2024", "2024-01-01", "2024-12-31")
    assert carers["locator"].startswith(f"{ex.doc.info.seed_file}:L243-244 ")
    assert "2024" in seed[243]
    advocacy = proc(ex, 261)
    assert (advocacy["status"], dates(advocacy, "procurement_start")[0]) == ("planned", "2024")
    housing = proc(ex, 204)
    assert (housing["category"], housing["procurement_start_earliest"]) == ("extra care and housing", "2024-01-01")
    home = proc(ex, 157)
    assert dates(home, "contract_end") == ("2030", "2030-01-01", "2030-12-31") and "2030" in seed[156]
    for undated in (proc(ex, 191), proc(ex, 215)):
        assert undated["status"] == "intended"
        assert not any(undated[k] for k in undated if k.endswith(("_text", "_earliest", "_latest")))
        assert "tender" in seed[undated["line"] - 1]


def test_truncated_sentence_is_reported(ex, seed):
    [f] = [f for f in ex.findings if f.line == 172]
    assert f.severity == "info"
    assert not seed[171].rstrip().endswith(".")


def test_area_codes_are_registered(ex):
    codes = area_codes()
    assert {m.area_code for m in ex.measures} <= codes
    assert {c for p in ex.procurements for c in p.authority_code.split("|")} <= codes


def test_changed_document_fails_with_a_clear_message(ex, tmp_path):
    text = ex.doc.path.read_text(encoding="utf-8").replace("March 2029", "in due course")
    (tmp_path / ex.doc.info.seed_file).write_text(text, encoding="utf-8")
    with pytest.raises(DocumentError, match="March 2029") as err:
        run_spec(DOC, seeds=str(tmp_path))
    assert ex.doc.info.seed_file in str(err.value)
