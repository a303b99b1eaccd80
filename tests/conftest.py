"""Shared fixtures: the repository root, and AppTest runs of the real dashboard."""
from __future__ import annotations

from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT.parent / "shared" / "seeds"


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
