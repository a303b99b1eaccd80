"""Shared fixtures: the repository root, and AppTest runs of the real dashboard."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent

# The app under test reads analysts' saved figures from an empty store of its own, never the developer's
# .userdata/ or a shared database; tests that save set CMA_USER_DB to their own file.
os.environ.pop("CMA_DATABASE_URL", None)
os.environ["CMA_USER_DB"] = os.path.join(tempfile.mkdtemp(prefix="cma-userdb-"), "atlas.sqlite")
SEEDS = ROOT.parent / "shared" / "seeds"


@pytest.hookimpl(tryfirst=True)  # (before pytest-xdist's own hook reads the groups)
def pytest_collection_modifyitems(items):
    """`make test` runs the suite in two processes (pytest-xdist, `--dist loadgroup`): each file's tests run in one
    process, in order, so a module's fixtures (a server, a scored corpus) are set up once; and the tests reading the
    session's page visits (tests/browser/sweep.py) share one process, so each page is visited once."""
    for item in items:
        group = "page_visits" if "page_visits" in getattr(item, "fixturenames", ()) else item.nodeid.split("::")[0]
        item.add_marker(pytest.mark.xdist_group(group))


def seed_line(seed_file: str, line: int) -> str:
    """A line of a source document, read at test time (documents are never copied into tests)."""
    return (SEEDS / seed_file).read_text(encoding="utf-8").splitlines()[line - 1]


def run_page(page_path: str, query: dict[str, str] | None = None, timeout: float = 60) -> AppTest:
    """Run the real app (dashboard.py) and switch to one page, as a user following a link would."""
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=timeout)
    for key, value in (query or {}).items():
        at.query_params[key] = value
    at.run()
    if page_path != "pages/home.py":
        at.switch_page(page_path)
        at.run()
    return at


def hollow_blocks(node) -> int:  # noqa: ANN001 - an AppTest block
    """How many blocks under `node` hold nothing: containers with no element, rows whose columns are all empty
    (sent for controls that were not drawn). A column left empty in a row of others is layout; an expander's content
    is sent when it opens and a closed tab's when it is chosen (by design): neither is counted."""
    from streamlit.testing.v1.element_tree import Block

    hollow = 0
    for child in getattr(node, "children", {}).values():
        if isinstance(child, Block):
            inner = list(child.children.values())
            hollow += child.type not in ("column", "expander", "tab") and all(
                c.type == "column" and not c.children for c in inner)
            hollow += hollow_blocks(child)
    return hollow


@pytest.fixture
def app_page():
    return run_page


@pytest.fixture(scope="module")
def ex(request):
    """The spec's extraction for the test module's document (its module-level DOC)."""
    from data.extract import run_spec

    return run_spec(request.module.DOC)


@pytest.fixture(scope="module")
def seed(ex) -> list[str]:
    """The document's lines, read from the file itself at test time."""
    return ex.doc.path.read_text(encoding="utf-8").splitlines()


@pytest.fixture(scope="session")
def measures():
    from data import store

    return store.load_measures()


@pytest.fixture(scope="session")
def documents():
    from data import store

    return store.load_documents()


MADEUP = ROOT / "tests" / "fixtures" / "madeup"


def madeup_env(cache_dir: Path, empty_dir: Path) -> dict[str, str]:
    """Environment that points the app at the made-up county: its tables, registry and square boundaries.

    The prepared-boundary cache goes to `cache_dir` so the real cache (.cache/geo) is never touched.
    """
    return {"CMA_DATA_DIR": str(MADEUP), "CMA_GEO_DIR": str(MADEUP / "geo"),
            "CMA_SHARED_GEO_DIR": str(empty_dir), "CMA_GEO_CACHE_DIR": str(cache_dir)}


def prepare_boundaries(env: dict[str, str]) -> None:
    """`make boundaries` for an environment: the served app reads prepared shapes only (geo.webshapes)."""
    import os
    import subprocess
    import sys

    subprocess.run([sys.executable, "-m", "geo.prepare", "--no-download"], cwd=ROOT, env={**os.environ, **env},
                   check=True, capture_output=True, timeout=300)


@pytest.fixture(scope="session")
def madeup_dirs(tmp_path_factory) -> dict[str, str]:
    env = madeup_env(tmp_path_factory.mktemp("madeup_geo_cache"), tmp_path_factory.mktemp("no_shared_geo"))
    prepare_boundaries(env)
    return env


@pytest.fixture
def madeup(madeup_dirs, monkeypatch):
    """Run the app (AppTest) on the made-up county for one test."""
    for key, value in madeup_dirs.items():
        monkeypatch.setenv(key, value)
    return MADEUP


@pytest.fixture(scope="module")
def madeup_measures():
    """The made-up county's measures, as the app loads them (to compare with what a page drew)."""
    from data import store

    return store.load_measures(MADEUP)


@pytest.fixture
def downloads(monkeypatch) -> dict[str, object]:
    """file name -> the callable a download button would run when clicked (recorded during AppTest runs)."""
    from streamlit.runtime.media_file_manager import MediaFileManager

    seen: dict[str, object] = {}
    real = MediaFileManager.add_deferred

    def record(self, data_callable, mimetype, coordinates, file_name=None, **kwargs):  # noqa: ANN001, ANN202
        seen[file_name or coordinates] = data_callable
        return real(self, data_callable, mimetype, coordinates, file_name, **kwargs)

    monkeypatch.setattr(MediaFileManager, "add_deferred", record)
    return seen
