"""The tables every session shares (st.cache_resource: one object, no copy per read) stay as loaded.

A page that changed one in place (`frame["x"] = ...`, `.loc[...] = ...`, `inplace=True`) would change
it for every viewer, so every page's views are run and the shared objects compared with fresh loads."""
import pandas as pd
import pytest

from components import data_access, national_view
from urllib.parse import parse_qsl

from components.navigation import PAGES, page_views
from data import paths, store
from data.reference import load_reference

VIEWS = [(p.path, dict(parse_qsl(q))) for p, q in page_views()] + [(p.path, {"present": "1"}) for p in PAGES if p.url_path] + [
    ("pages/carers.py", {"area": "E06000047"}), ("pages/dementia.py", {"area": "E10000016", "analyst": "0"}),
    ("pages/compare.py", {"areas": "E10000016,E06000047"}),
    ("pages/carers.py", {"area": "E06000047", "tab": "national", "present": "1"}),
]


def shared() -> dict[str, pd.DataFrame]:
    data, registry = str(paths.data_dir()), str(paths.registry_dir())
    return {"measures": data_access._measures(data), "procurements": data_access._procurements(data),
            "findings": data_access._findings(data), "areas": data_access._areas(registry),
            "documents": data_access._documents(registry), "reference": national_view.reference()}


def fresh() -> dict[str, pd.DataFrame]:
    return {"measures": store.load_measures(), "procurements": store.load_procurements(),
            "findings": store.load_findings(), "areas": store.load_areas(), "documents": store.load_documents(),
            "reference": load_reference()}


def test_a_shared_table_is_one_object_for_every_reader():
    first, again = shared(), shared()
    assert all(first[name] is again[name] for name in first)


def merged() -> data_access.Tables:
    """The tables a run sees with analysts' rows shown (the default), as shared by data_access."""
    from components.user_figures import saved_with_version

    snapshot, digest = saved_with_version()
    return data_access._tables((str(paths.data_dir()), str(paths.registry_dir()), True, digest, data_access.boundaries()),
                               snapshot)


def frames_in(value, path: str = "model"):
    """Every DataFrame inside a view model (dataclasses, tuples, lists, dicts), with where it sits."""
    import dataclasses

    if isinstance(value, pd.DataFrame):
        yield path, value
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        for field in dataclasses.fields(value):
            yield from frames_in(getattr(value, field.name), f"{path}.{field.name}")
    elif isinstance(value, (list, tuple)):
        for i, item in enumerate(value):
            yield from frames_in(item, f"{path}[{i}]")
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from frames_in(item, f"{path}[{key!r}]")


@pytest.mark.parametrize(("page", "query"), VIEWS, ids=[f"{p}-{'-'.join(q.values()) or 'default'}" for p, q in VIEWS])
def test_no_page_changes_a_shared_table(app_page, monkeypatch, page, query):
    from components import view_cache
    from components.user_figures import with_user_documents, with_user_figures, with_user_procurements

    before, tables = shared(), merged()
    # the view models this run reads or builds (a page can only change a model it was handed): the models kept from
    # other pages' runs were checked after those runs, so the check is the same and does not grow with the suite
    handed: set = set()
    keep = view_cache._models.get

    def get(key, build, pinned=()):  # noqa: ANN001, ANN202 - SharedCache.get's own signature
        handed.add(key)
        return keep(key, build, pinned)

    monkeypatch.setattr(view_cache._models, "get", get)
    at = app_page(page, query)
    assert not at.exception
    after, loaded = shared(), fresh()
    for name, frame in after.items():
        assert frame is before[name], f"{name}: the shared table was replaced"
        pd.testing.assert_frame_equal(frame, loaded[name], obj=f"shared {name} after {page} {query}")
    assert merged() is tables, "the merged tables were rebuilt without a change of data"
    for name, frame in (("measures", with_user_figures(loaded["measures"], True)),
                        ("documents", with_user_documents(loaded["documents"], True)),
                        ("procurements", with_user_procurements(loaded["procurements"], True))):
        pd.testing.assert_frame_equal(getattr(tables, name), frame, obj=f"merged {name} after {page} {query}")
    # every view model of these tables is as its builder makes it afresh
    assert handed, f"{page} {query} read no view model: the check below would check nothing"
    for builder, version, params, model in view_cache.cached():
        if version != tables.version or (builder, version, params) not in handed:
            continue
        again = dict(frames_in(builder(tables, *params)))
        for where, frame in frames_in(model):
            pd.testing.assert_frame_equal(frame, again[where], obj=f"{builder.__qualname__}{params} {where} after {page}")


def test_the_check_sees_a_table_changed_in_place():
    frame = shared()["areas"]
    saved = frame.copy()
    try:
        frame.loc[frame.index[0], "name"] = "Changed in place"
        with pytest.raises(AssertionError):
            pd.testing.assert_frame_equal(shared()["areas"], store.load_areas())
    finally:
        frame.loc[:, :] = saved
    pd.testing.assert_frame_equal(shared()["areas"], store.load_areas())
