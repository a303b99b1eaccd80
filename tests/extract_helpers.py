"""Shared by the extraction tests (tests/test_extract_*.py): pick the one row a test is about."""
from __future__ import annotations

from typing import Iterable, TypeVar

Row = TypeVar("Row")


def only(rows: Iterable[Row], **where: object) -> Row:
    """The single row whose attributes equal `where`; fails, naming the filter and the matches, on none or several."""
    hits = [r for r in rows if all(getattr(r, k) == v for k, v in where.items())]
    assert len(hits) == 1, f"{len(hits)} rows match {where}: {hits}"
    return hits[0]
