"""Durham MPS 2019/2021: every table figure, the JSNA and finance prose, and the procurements."""
from __future__ import annotations

from collections import Counter

import pytest

from data.model import area_codes
from data.vocab import MEASURES, SERVICE_CATEGORIES
from tests.extract_helpers import only

DOC = "durham-mps-2019"
DURHAM, ENGLAND = "E06000047", "E92000001"
PLANNED = "11. Planned procurements for 2019/20 and 2020/21"


def one(ex, measure: str, period: str, breakdown: str = "", area: str = DURHAM):
    return only(ex.measures, measure=measure, period=period, breakdown=breakdown, area_code=area)


def proc(ex, service: str) -> dict:
    return only(ex.procurements, service=service).as_dict()


def test_row_counts_per_measure(ex):
    assert Counter(m.measure for m in ex.measures) == {
        "life_expectancy": 2, "healthy_life_expectancy": 2, "years_in_poor_health": 2,
        "population": 1, "population_change_pct": 1, "population_share_pct": 2,
        "dementia_estimated": 2, "mental_health_need_estimated": 2,
        "care_home_admissions_rate": 2, "care_home_admission_age": 1, "care_home_stay_days": 2,
        "falls_admissions": 1, "loneliness_pct": 2, "loneliness_estimated": 2,
        "carers_unpaid": 1, "carers_unpaid_65plus_change_pct": 1, "spend": 6,
    }
    assert len(ex.procurements) == 35
    assert sum(p.section == PLANNED for p in ex.procurements) == 27


def test_life_expectancy_table(ex):
    assert one(ex, "life_expectancy", "2014-16", "men").value == 78.1
    assert one(ex, "life_expectancy", "2014-16", "women").value == 81.4
    assert one(ex, "healthy_life_expectancy", "2014-16", "men").value == 59.1
    assert one(ex, "healthy_life_expectancy", "2014-16", "women").value == 56.7
    assert one(ex, "years_in_poor_health", "2014-16", "men").value == 19.0
    assert one(ex, "years_in_poor_health", "2014-16", "women").value == 24.7
    assert {m.line for m in ex.measures if m.measure == "life_expectancy"} == {136}


def test_prose_figures(ex):
    assert one(ex, "population", "2019").value == 500_000
    assert one(ex, "population", "2019").qualifier == "approximate"
    assert one(ex, "population_share_pct", "2016", "aged 65+").value == 20.2
    assert one(ex, "population_share_pct", "2030", "aged 65+").qualifier == "projection"
    assert one(ex, "dementia_estimated", "2019", "aged 65+").value == 7_000
    assert one(ex, "dementia_estimated", "2035", "aged 65+").value == 12_000
    assert one(ex, "carers_unpaid", "2019", "adults").value == 59_000
    assert one(ex, "carers_unpaid_65plus_change_pct", "2030", "aged 65+").value == 27.9
    assert one(ex, "care_home_admissions_rate", "2019", "aged 65+").value == 762.7
    assert one(ex, "care_home_admissions_rate", "2019", "aged 65+", area=ENGLAND).value == 610.7
    assert one(ex, "care_home_admission_age", "2017/18").value == 87
    assert one(ex, "care_home_stay_days", "2017/18").value == 598
    assert one(ex, "care_home_stay_days", "2007/08").value == 637
    assert one(ex, "falls_admissions", "2016/17", "aged 65+").value == 2_330
    assert one(ex, "loneliness_estimated", "2019", "aged 65+, intensely lonely").value == 10_000
    assert one(ex, "spend", "2017/18", "adult social care").value == 145_000_000
    assert one(ex, "spend", "2017/18", "direct payments, children").value == 350_000


@pytest.mark.parametrize("measure,period,breakdown,area,written", [
    ("life_expectancy", "2014-16", "men", DURHAM, "78.1"),
    ("years_in_poor_health", "2014-16", "women", DURHAM, "24.7"),
    ("population", "2019", "", DURHAM, "0.5m"),
    ("population_change_pct", "2016-2030", "aged 0-17", DURHAM, "0.7%"),
    ("dementia_estimated", "2035", "aged 65+", DURHAM, "12,000"),
    ("care_home_admissions_rate", "2019", "aged 65+", ENGLAND, "610.7"),
    ("care_home_stay_days", "2007/08", "", DURHAM, "637"),
    ("loneliness_pct", "2019", "aged 65+, intensely lonely", DURHAM, "11%"),
    ("carers_unpaid_65plus_change_pct", "2030", "aged 65+", DURHAM, "27.9%"),
    ("spend", "2017/18", "children's social care", DURHAM, "11.5"),
])
def test_figure_is_written_on_its_locator_line(ex, seed, measure, period, breakdown, area, written):
    row = one(ex, measure, period, breakdown, area)
    assert written in seed[row.line - 1]
    assert row.locator.startswith(f"{ex.doc.info.seed_file}:L{row.line} ")


def test_planned_procurement_dates(ex):
    dem = proc(ex, "Dementia Advisor Service")
    assert (dem["procurement_start_text"], dem["procurement_start_earliest"], dem["procurement_start_latest"]) == (
        "Autumn 2020", "2020-09-01", "2020-11-30")
    assert (dem["contract_start_text"], dem["contract_start_earliest"], dem["contract_start_latest"]) == (
        "January 2021", "2021-01-01", "2021-01-31")
    wrapped = proc(ex, "Non-accommodation Based Community Services (learning disability)")
    assert wrapped["line"] == 684 and wrapped["contract_start_text"] == "Early 2019"
    assert (wrapped["contract_start_earliest"], wrapped["contract_start_latest"]) == ("2019-01-01", "2019-04-30")
    assert proc(ex, "Wellbeing for Life Service")["contract_start_earliest"] == "2020-04-01"


def test_prose_procurement_dates(ex):
    children_dom = proc(ex, "Children's domiciliary care services")
    assert (children_dom["procurement_start_text"], children_dom["procurement_start_earliest"],
            children_dom["procurement_start_latest"], children_dom["line"]) == (
        "autumn 2018", "2018-09-01", "2018-11-30", 557)
    abuse = proc(ex, "Countywide Domestic Abuse Service (victims and children)")
    assert abuse["line"] == 513 and abuse["procurement_start_earliest"] == "2018-09-01"
    # one sentence, two contracts: the existing ones end in January, the new ones start in February
    old = proc(ex, "Preventative mental health services for children and young people (existing contracts)")
    new = proc(ex, "Preventative mental health services for children and young people (new services)")
    assert (old["contract_end_earliest"], old["contract_end_latest"], old["contract_start_text"]) == (
        "2019-01-01", "2019-01-31", "")
    assert (new["procurement_start_earliest"], new["contract_start_earliest"], new["contract_end_text"]) == (
        "2018-11-01", "2019-02-01", "")
    assert old["line"] == new["line"] == 502
    dom = proc(ex, "Domiciliary care services (adults), re-commissioning after review")
    assert dom["contract_start_earliest"] == dom["contract_start_latest"] == "2019-04-01"


def test_procurement_categories(ex, seed):
    by_service = {p.service: p.category for p in ex.procurements}
    assert by_service["Dementia Advisor Service"] == "dementia"
    assert by_service["Advocacy for Children"] == "advocacy"
    assert by_service["Framework for Independent NHS Complaints Advocacy Service"] == "advocacy"
    assert by_service["Post Adoption Support"] == "children and families"
    assert by_service["Regional Independent Fostering Agency Services (led by Newcastle City Council)"] == \
        "children and families"
    assert by_service["Stop Smoking Service for County Durham"] == "public health"
    assert by_service["Mobile Sexual Health Service"] == "public health"
    assert by_service["Cleaning Provision in Extra Care"] == "extra care and housing"
    assert by_service["Contract of Provision of Domiciliary Care"] == "home care"
    assert by_service["Non-accommodation Based Community Services (learning disability)"] == "learning disability"
    assert set(by_service.values()) <= set(SERVICE_CATEGORIES)
    planned = [p for p in ex.procurements if p.section == PLANNED]
    assert sum(p.category == "other" for p in planned) < len(planned) // 3
    for p in planned:  # each row's service name is on its locator line
        assert p.service.split(" (")[0].rstrip(".") in seed[p.line - 1] or p.line == 684


def test_life_expectancy_prose_disagrees_with_table(ex, seed):
    [f] = [f for f in ex.findings if f.measure == "life_expectancy"]
    assert (f.check, f.severity, f.expected, f.observed, f.line) == ("document", "warning", 78.1, 78.0, 130)
    assert "78.0" in seed[f.line - 1]
    assert "78.1" in seed[one(ex, "life_expectancy", "2014-16", "men").line - 1]


def test_other_document_findings(ex, seed):
    messages = [f.message for f in ex.findings]
    assert any("12 of the procurements" in m for m in messages)
    [cqc] = [f for f in ex.findings if "CQC" in f.message]
    assert seed[cqc.line - 1].startswith("CQC\t")
    [ibcf] = [f for f in ex.findings if "IBCF" in f.message]
    assert seed[ibcf.line - 1].startswith("IBCF\t")


def test_codes_units_and_qualifiers_are_known(ex):
    codes = area_codes()
    assert {m.area_code for m in ex.measures} <= codes
    assert {c for p in ex.procurements for c in p.authority_code.split("|")} <= codes
    for m in ex.measures:
        assert m.unit == MEASURES[m.measure].unit
