"""The theme pages' two tabs (components/theme_tabs.py): the authority's figures from the documents by default, the
national picture from official figures at `?tab=national`. Only the open tab's section runs: the other's code is
not called and nothing of it is sent."""
from __future__ import annotations

import re

import pytest

from components import national_view
from components.navigation import NATIONAL_VIEW, PAGES, TAB_PARAM, NATIONAL_TAB
from tests.conftest import run_page

# page, its national section's function, the heading of that section, a heading only the documents' tab shows,
# the national tab's label
THEMES = [
    ("pages/carers.py", "show_carers_national", "National picture: unpaid carers", "Other carer figures in the documents",
     "Across England and Wales (official figures)"),
    ("pages/dementia.py", "show_dementia_national", "National picture: dementia diagnosis",
     "Other dementia figures in the documents", "Across England (official figures)"),
    ("pages/extra-care.py", "show_extra_care_national", "National picture: extra care per 1,000 people aged 65+",
     "Sheltered and supported housing units", "Across England and Wales (official figures)"),
]
IDS = [t[0].split("/")[1].removesuffix(".py") for t in THEMES]


@pytest.fixture
def national_calls(monkeypatch) -> list[str]:
    """The national sections that ran (each still draws: the pages import them from the module on every run)."""
    calls: list[str] = []
    for _, name, *_ in THEMES:
        real = getattr(national_view, name)

        def recorded(*args, _real=real, _name=name, **kwargs):  # noqa: ANN002, ANN003, ANN202
            calls.append(_name)
            return _real(*args, **kwargs)

        monkeypatch.setattr(national_view, name, recorded)
    return calls


def headings(at) -> list[str]:  # noqa: ANN001 - an AppTest after run()
    return [h.value for h in at.subheader]


def footer(at) -> str:  # noqa: ANN001
    return at.caption[-1].value


def test_the_theme_pages_and_only_they_have_a_national_view():
    assert {p.path for p in PAGES if NATIONAL_VIEW in p.views} == {t[0] for t in THEMES}
    assert all(p.views == (NATIONAL_VIEW,) for p in PAGES if p.theme) and NATIONAL_VIEW == f"{TAB_PARAM}={NATIONAL_TAB}"


@pytest.mark.parametrize(("page", "section", "national", "documents_only", "label"), THEMES, ids=IDS)
def test_the_default_view_runs_no_national_section(national_calls, page, section, national, documents_only, label):
    at = run_page(page)
    assert not at.exception
    assert [t.label for t in at.tabs][1] == label and at.tabs[0].label.endswith("in the documents")
    assert national_calls == []
    assert documents_only in headings(at) and not any(h.startswith("National picture") for h in headings(at))
    alts = [c.proto.alt for c in at.get("vega_lite_chart")]
    assert alts and not any(a.startswith(("Map: Share of usual residents", "Map: Dementia diagnosis rate", "Chart: "))
                            or "per 1,000 people aged 65+" in a and a.startswith("Map:") for a in alts), alts
    assert TAB_PARAM not in at.query_params
    if page != "pages/extra-care.py":  # Kent's district maps: 2011 figures on 2013 shapes, and no national map's credits
        assert set(re.findall(r"Boundaries \((\d{4})\)", footer(at))) == {"2013"}


@pytest.mark.parametrize(("page", "section", "national", "documents_only", "label"), THEMES, ids=IDS)
def test_the_national_tab_in_the_url_shows_the_national_picture_only(national_calls, page, section, national,
                                                                     documents_only, label):
    at = run_page(page, {TAB_PARAM: NATIONAL_TAB})
    assert not at.exception
    assert national_calls == [section]
    assert national in headings(at) and documents_only not in headings(at)
    maps = [c for c in at.get("vega_lite_chart") if c.proto.alt.startswith("Map:")]
    assert len(maps) == 1, [c.proto.alt for c in maps]   # the national map alone: no district map of the documents
    captions = "\n".join(c.value for c in at.caption)
    assert "Open Government Licence v3.0" in captions
    # the footer credits the boundaries the national map is drawn on, and only those (the 2021 layer of England and
    # Wales owes both vintages' credits; NHS England's map is on 2023 authorities)
    expected = {"2023"} if page == "pages/dementia.py" else {"2013", "2023"}
    assert set(re.findall(r"Boundaries \((\d{4})\)", footer(at))) == expected
    assert at.query_params[TAB_PARAM] == NATIONAL_TAB
    assert at.get("download_button"), "the national map's and chart's PNG downloads"


@pytest.mark.parametrize(("page", "section", "national", "documents_only", "label"), THEMES, ids=IDS)
def test_presenter_mode_shows_the_national_tab_without_controls(national_calls, page, section, national,
                                                                documents_only, label):
    at = run_page(page, {TAB_PARAM: NATIONAL_TAB, "present": "1"})
    assert not at.exception
    assert national in headings(at) and national_calls == [section]
    assert not at.get("download_button") and not at.radio and not at.selectbox
    assert [t.label for t in at.tabs][1] == label


def test_an_unknown_tab_in_a_link_gets_the_default_tab_and_a_note(national_calls):
    at = run_page("pages/carers.py", {TAB_PARAM: "<script>"})
    assert not at.exception
    assert national_calls == [] and "Other carer figures in the documents" in headings(at)
    assert any("`tab` value was not recognised" in c.value for c in at.caption)
    assert TAB_PARAM not in at.query_params  # the unknown value leaves the link, as other controls' do


def test_the_documents_tab_is_named_after_the_chosen_authority_from_the_data():
    from data import store

    areas = store.load_areas().set_index("area_code")
    at = run_page("pages/dementia.py", {"area": "E06000047", TAB_PARAM: NATIONAL_TAB})
    assert not at.exception
    assert at.tabs[0].label == f"{areas.loc['E06000047', 'name']} in the documents"
    at = run_page("pages/extra-care.py")
    assert at.tabs[0].label == "Every authority in the documents"


def test_switching_authority_on_the_national_tab_stays_on_it(national_calls):
    at = run_page("pages/carers.py", {TAB_PARAM: NATIONAL_TAB})
    assert at.tabs[0].label == "Kent in the documents"
    at = at.selectbox(key="ctl_area").set_value("E06000047").run()
    assert not at.exception
    assert "National picture: unpaid carers" in headings(at) and at.query_params[TAB_PARAM] == NATIONAL_TAB
    assert at.tabs[0].label == "County Durham in the documents" and national_calls == ["show_carers_national"] * 2


def test_a_made_up_county_gets_its_own_name_on_the_tab(madeup):
    at = run_page("pages/carers.py", {TAB_PARAM: NATIONAL_TAB})
    assert not at.exception, [e.value for e in at.exception]
    assert at.tabs[0].label == "Glenmarsh in the documents"
    assert "Other carer figures in the documents" not in headings(at)
