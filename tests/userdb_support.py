"""Shared by the user-data tests: one store per test on SQLite and on PostgreSQL, made-up documents.

PostgreSQL comes from CMA_TEST_DATABASE_URL (`make test` and `make test-userdb` start a throwaway
server with scripts/with-postgres). Each test gets its own schema, dropped afterwards.
Without the variable the PostgreSQL cases are skipped locally, with the reason; in CI (CI=true)
or with CMA_REQUIRE_POSTGRES=1 they fail instead, so CI cannot pass on SQLite alone.
"""
from __future__ import annotations

import os
import time
import uuid
from urllib.parse import quote

import pandas as pd
import pytest

from data.userdb import Target, UserStore

BACKENDS = ("sqlite", "postgres")
TEST_DB_ENV = "CMA_TEST_DATABASE_URL"


def postgres_required() -> bool:
    return (os.environ.get("CI", "").lower() not in ("", "0", "false")
            or os.environ.get("CMA_REQUIRE_POSTGRES", "") not in ("", "0"))


def postgres_url() -> str:
    url = os.environ.get(TEST_DB_ENV, "")
    if not url:
        message = (f"{TEST_DB_ENV} is not set: PostgreSQL user-data tests need a server "
                   "(run `make test-userdb`, or scripts/with-postgres before pytest)")
        if postgres_required():
            pytest.fail(message + "; CI requires them.", pytrace=False)
        pytest.skip(message)
    return url


def with_schema(url: str, schema: str) -> str:
    options = quote(f"-csearch_path={schema}")
    return f"{url}{'&' if '?' in url else '?'}options={options}"


@pytest.fixture(params=BACKENDS)
def target(request, tmp_path):
    """A fresh, empty store location on each backend."""
    if request.param == "sqlite":
        yield Target("sqlite", str(tmp_path / "userdata" / "atlas.sqlite"))
        return
    import psycopg

    url = postgres_url()
    schema = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f"CREATE SCHEMA {schema}")
    try:
        yield Target("postgres", with_schema(url, schema))
    finally:
        with psycopg.connect(url, autocommit=True) as conn:
            conn.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def store(target) -> UserStore:
    return UserStore(target)


# A made-up county (Wessex Vale, code E10999990) with four districts, and made-up documents.
DISTRICTS = {"E07999991": "Ashton", "E07999992": "Brookfield", "E07999993": "Carrow Mead", "E07999994": "Dunmere"}
COUNTY = "E10999990"


def document(tag: str, n_lines: int = 40) -> tuple[bytes, list[str]]:
    lines = [f"Wessex Vale market position statement {tag}: line {i}" for i in range(1, n_lines + 1)]
    return "\n".join(lines).encode(), lines


def measure_rows(values: list[float], period: str = "2021", measure: str = "carers_unpaid") -> pd.DataFrame:
    codes = list(DISTRICTS)
    return pd.DataFrame([
        {"line": 10 + i, "kind": "measure", "theme": "carers", "measure": measure,
         "area_code": codes[i % 4], "area_name": DISTRICTS[codes[i % 4]], "period": period, "value": v,
         "unit": "people", "qualifier": "count", "breakdown": "", "service": "", "stage": "", "date_text": "",
         "earliest": "", "latest": "", "term_months": "", "confidence": "high",
         "text": f"{DISTRICTS[codes[i % 4]]}: {v:,.0f} unpaid carers", "note": f"checked {i}"}
        for i, v in enumerate(values)
    ])


def procurement_rows() -> pd.DataFrame:
    return pd.DataFrame([
        {"line": 30, "kind": "procurement", "theme": "procurement", "service": "Home care framework",
         "stage": "contract_start", "date_text": "1 October 2026", "earliest": "2026-10-01", "latest": "2026-10-01",
         "term_months": 48, "text": "The contract will start on 1 October 2026 for 4 years", "note": ""},
        {"line": 30, "kind": "procurement", "theme": "procurement", "service": "Home care framework",
         "stage": "contract_end", "date_text": "derived: 4 years", "earliest": "2030-09-30", "latest": "2030-09-30",
         "term_months": 48, "text": "The contract will start on 1 October 2026 for 4 years", "note": "derived"},
    ])


def save_in_child(target: Target, tag: str, values: list[float], start_at: float) -> str:
    """Run in another process: wait for the common start time, then save one document."""
    time.sleep(max(0.0, start_at - time.time()))
    data, lines = document(tag)
    saved = UserStore(target).save_review(data=data, filename=f"{tag}.txt", lines=lines, authority=COUNTY,
                                          rows=measure_rows(values), reviewer=f"analyst {tag}")
    return saved.doc_id
