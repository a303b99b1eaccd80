"""Save and read analysts' reviewed documents: the write side of the atlas's user data.

Kept apart from the curated tables (data/*.csv): nothing here ever writes there.

- `save_review` stores an uploaded document (its lines, hash and authority), a review record and
  the figures and procurement dates the analyst kept, in ONE transaction. A document is known
  by the SHA-256 of its bytes: saving the same file again replaces its figures (the earlier
  review stays as history) instead of adding a second copy. If anything fails half-way the
  transaction is rolled back and what was saved before is untouched.
- Two saves at once queue on the database's locks (SQLite's write lock; PostgreSQL's row lock
  on the document), so neither loses the other's work; for the same document the later save's
  figures are the ones kept, and both reviews are recorded.
- The readers return plain pandas frames in the curated tables' columns, so views can show
  analysts' figures beside the curated ones, marked by `source_kind == "analyst"`.
"""
from __future__ import annotations

import hashlib
import math
import re
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterator, Sequence

import pandas as pd

from data.userdb.backend import (
    READ_ONLY_MESSAGE, Backend, Target, UserStoreError, database_errors, read_only, target_from_env,
)
from data.userdb.schema import migrate
from data.vocab import MEASURE_COLUMNS

ANALYST = "analyst"
SECTION = "Analyst review"
DOC_PREFIX = "user-"
MAX_ROWS = 5_000
MAX_LINES = 200_000
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

USER_DOCUMENT_COLUMNS: tuple[str, ...] = (
    "doc_id", "authority", "filename", "sha256", "uploaded_at", "saved_at", "n_lines",
    "n_measures", "n_procurements", "reviewer", "note",
)
USER_MEASURE_COLUMNS: tuple[str, ...] = (*MEASURE_COLUMNS, "source_kind", "note", "source_text", "saved_at")
USER_PROCUREMENT_COLUMNS: tuple[str, ...] = (
    "doc_id", "authority", "service", "stage", "date_text", "earliest", "latest", "term_months",
    "line", "locator", "source_text", "note", "saved_at", "source_kind",
)


class SaveRejected(UserStoreError):
    """The reviewed rows cannot be saved as they are; the message lists which and why. Nothing was written."""


@dataclass(frozen=True)
class SavedReview:
    doc_id: str
    review_id: str
    n_measures: int
    n_procurements: int
    replaced: int      # figures and dates the document had before this save (now replaced)


def document_id(data: bytes) -> str:
    return DOC_PREFIX + hashlib.sha256(data).hexdigest()[:12]


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="microseconds")


def _missing(value: Any) -> bool:
    try:
        return bool(pd.isna(value))        # None, NaN, pd.NA, NaT
    except (TypeError, ValueError):        # lists and other non-scalars
        return False


def _text(value: Any) -> str:
    return "" if _missing(value) else str(value).strip()


def _line(value: Any) -> int | None:
    if _missing(value):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return int(number) if number.is_integer() and number >= 1 else None


def _number(value: Any) -> float | None:
    if _missing(value):
        return None
    if isinstance(value, str):
        value = value.strip().replace(",", "")
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _date(value: Any) -> str | None:
    """ISO date text, '' for none, or None when the value is not a date."""
    if isinstance(value, (pd.Timestamp, datetime)):
        return "" if pd.isna(value) else value.strftime("%Y-%m-%d")
    text = _text(value)
    if not text:
        return ""
    text = text[:10] if len(text) > 10 and text[10] in "T " else text
    if not _ISO_DATE.match(text):
        return None
    try:
        datetime.strptime(text, "%Y-%m-%d")
    except ValueError:
        return None
    return text


def prepare_rows(rows: pd.DataFrame) -> tuple[list[dict], list[dict]]:
    """Split reviewed proposal rows into measure and procurement records, or raise SaveRejected.

    Accepts the proposal columns (`line, kind, measure, area_code, area_name, period, value,
    unit, qualifier, breakdown, service, stage, date_text, earliest, latest, term_months, text`)
    plus an optional per-row `note`; any of them may be missing.
    """
    if len(rows) > MAX_ROWS:
        raise SaveRejected(f"{len(rows):,} rows is more than one review can save ({MAX_ROWS:,}). Nothing was saved.")
    measures, procurements, problems = [], [], []
    for number, (_, row) in enumerate(rows.iterrows(), start=1):
        get = lambda c: row[c] if c in row.index else ""  # noqa: E731
        where = f"row {number}" + (f" (line {_text(get('line'))})" if _text(get("line")) else "")
        line = _line(get("line"))
        if line is None:
            problems.append(f"{where}: the source line {_text(get('line'))!r} is not a line number")
            continue
        kind = _text(get("kind")) or "measure"
        common = {"line": line, "source_text": _text(get("text")), "note": _text(get("note"))}
        if kind == "measure":
            value = _number(get("value"))
            missing = [c for c in ("measure", "area_code", "period") if not _text(get(c))]
            if missing:
                problems.append(f"{where}: {', '.join(missing)} must be filled in")
            if value is None:
                problems.append(f"{where}: the value {_text(get('value'))!r} is not a number")
            if missing or value is None:
                continue
            measures.append({
                **common, "area_code": _text(get("area_code")), "area_name": _text(get("area_name")),
                "measure": _text(get("measure")), "period": _text(get("period")), "value": value,
                "unit": _text(get("unit")), "qualifier": _text(get("qualifier")), "breakdown": _text(get("breakdown")),
            })
        elif kind == "procurement":
            earliest, latest = _date(get("earliest")), _date(get("latest"))
            term = _number(get("term_months")) if _text(get("term_months")) else None
            bad = [c for c, v in (("earliest", earliest), ("latest", latest)) if v is None]
            if bad:
                problems.append(f"{where}: {' and '.join(bad)} must be a date written YYYY-MM-DD")
            if not _text(get("stage")):
                problems.append(f"{where}: the stage must be filled in")
            if not (_text(get("date_text")) or earliest):
                problems.append(f"{where}: give the date as written or its earliest day")
            if earliest and latest and earliest > latest:
                problems.append(f"{where}: the earliest day {earliest} is after the latest {latest}")
            if _text(get("term_months")) and (term is None or term < 0 or not float(term).is_integer()):
                problems.append(f"{where}: the contract length {_text(get('term_months'))!r} is not a number of months")
                continue
            if bad or not _text(get("stage")) or not (_text(get("date_text")) or earliest) or \
                    (earliest and latest and earliest > latest):
                continue
            procurements.append({
                **common, "service": _text(get("service")), "stage": _text(get("stage")),
                "date_text": _text(get("date_text")), "earliest": earliest, "latest": latest,
                "term_months": int(term) if term is not None else None,
            })
        else:
            problems.append(f"{where}: kind {kind[:30]!r} is neither 'measure' nor 'procurement'")
    if problems:
        shown = "; ".join(problems[:8]) + (f"; and {len(problems) - 8} more" if len(problems) > 8 else "")
        raise SaveRejected(f"Nothing was saved. Please correct: {shown}.")
    return measures, procurements


class UserStore:
    """The user-data store named by the environment (see data/userdb/backend.py)."""

    def __init__(self, target: Target | None = None):
        self.target = target or target_from_env()
        self._held: Backend | None = None     # one connection shared by the reads inside `reading()`

    @property
    def description(self) -> str:
        return self.target.description

    # -- connections ------------------------------------------------------------------------
    @contextmanager
    def _db(self) -> Iterator[Backend]:
        db = Backend(self.target)
        try:
            try:
                migrate(db)
            except UserStoreError:
                raise
            except database_errors() as exc:
                raise UserStoreError(f"Cannot prepare {self.description}: {_short(exc)}") from None
            yield db
        finally:
            db.close()

    def _exists(self) -> bool:
        """False for an SQLite file nobody has saved to yet (reading never creates it)."""
        return self.target.kind != "sqlite" or Path(self.target.location).is_file()

    def migrate(self) -> None:
        with self._db():
            pass

    # -- writing ----------------------------------------------------------------------------
    def save_review(self, *, data: bytes, filename: str, lines: Sequence[str], authority: str,
                    rows: pd.DataFrame, reviewer: str = "", note: str = "", n_dropped: int = 0) -> SavedReview:
        """Save one reviewed document in one transaction; raises SaveRejected/UserStoreError with a message."""
        if read_only():
            raise UserStoreError(READ_ONLY_MESSAGE)
        if not authority:
            raise SaveRejected("Choose the authority the document is about. Nothing was saved.")
        if not data:
            raise SaveRejected("The document is empty. Nothing was saved.")
        if len(lines) > MAX_LINES:
            raise SaveRejected(f"The document has {len(lines):,} lines, more than the store keeps ({MAX_LINES:,}).")
        measures, procurements = prepare_rows(rows)
        if not measures and not procurements:
            raise SaveRejected("There is nothing to save: every row was dropped. Nothing was saved.")
        sha = hashlib.sha256(data).hexdigest()
        doc_id, review_id, now = DOC_PREFIX + sha[:12], uuid.uuid4().hex, _now()
        filename = Path(_text(filename) or "document").name[:200]
        for attempt in (1, 2):
            try:
                replaced = self._write_review(doc_id, authority, filename, sha, now, lines, review_id, reviewer, note,
                                              measures, procurements, n_dropped)
                break
            except UserStoreError:
                raise
            except database_errors() as exc:
                # Two first saves of one document at once: PostgreSQL's upsert guards the document's key, and
                # the loser can trip its other unique index (sha256) instead of waiting. Once more, the row is
                # there and the upsert takes its update path.
                if attempt == 1 and _duplicate_key(exc):
                    continue
                raise UserStoreError(
                    f"Nothing was saved: {self.description} refused the save ({_short(exc)}). "
                    "What was saved before is unchanged; please try again."
                ) from None
        return SavedReview(doc_id, review_id, len(measures), len(procurements), replaced)

    def _write_review(self, doc_id: str, authority: str, filename: str, sha: str, now: str, lines: Sequence[str],
                      review_id: str, reviewer: str, note: str, measures: list, procurements: list,
                      n_dropped: int) -> int:
        """One save's transaction; the number of figures it replaced."""
        with self._db() as db, db.transaction():
            # The upsert comes first: it locks the document's row, so a second save of the same
            # document waits here until this one commits, then replaces its figures in turn.
            db.execute(
                "INSERT INTO user_documents (doc_id, authority, filename, sha256, uploaded_at, saved_at, n_lines, "
                "last_review) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (doc_id) DO UPDATE SET "
                "authority = excluded.authority, filename = excluded.filename, saved_at = excluded.saved_at, "
                "last_review = excluded.last_review",
                (doc_id, authority, filename, sha, now, now, len(lines), review_id))
            _, have = db.query("SELECT COUNT(*) FROM user_document_lines WHERE doc_id = ?", (doc_id,))
            if not have[0][0]:
                db.executemany("INSERT INTO user_document_lines (doc_id, line, text) VALUES (?, ?, ?)",
                               [(doc_id, i, text) for i, text in enumerate(lines, start=1)])
            db.execute(
                "INSERT INTO user_reviews (review_id, doc_id, reviewer, note, saved_at, n_measures, "
                "n_procurements, n_dropped) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (review_id, doc_id, _text(reviewer)[:200], _text(note)[:2000], now, len(measures),
                 len(procurements), int(n_dropped)))
            replaced = _count(db, "user_measures", doc_id) + _count(db, "user_procurements", doc_id)
            db.execute("DELETE FROM user_measures WHERE doc_id = ?", (doc_id,))
            db.execute("DELETE FROM user_procurements WHERE doc_id = ?", (doc_id,))
            db.executemany(
                "INSERT INTO user_measures (doc_id, seq, review_id, area_code, area_name, measure, period, value, "
                "unit, qualifier, breakdown, line, source_text, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(doc_id, seq, review_id, m["area_code"], m["area_name"], m["measure"], m["period"], m["value"],
                  m["unit"], m["qualifier"], m["breakdown"], m["line"], m["source_text"], m["note"])
                 for seq, m in enumerate(measures, start=1)])
            db.executemany(
                "INSERT INTO user_procurements (doc_id, seq, review_id, authority, service, stage, date_text, "
                "earliest, latest, term_months, line, source_text, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [(doc_id, seq, review_id, authority, p["service"], p["stage"], p["date_text"], p["earliest"],
                  p["latest"], p["term_months"], p["line"], p["source_text"], p["note"])
                 for seq, p in enumerate(procurements, start=1)])
        return replaced

    def delete_document(self, doc_id: str) -> bool:
        """Remove a saved document with its lines, reviews and figures; False when there was none."""
        if read_only():
            raise UserStoreError(READ_ONLY_MESSAGE)
        if not self._exists():
            return False
        try:
            with self._db() as db, db.transaction():
                found = _count(db, "user_documents", doc_id)
                db.execute("DELETE FROM user_documents WHERE doc_id = ?", (doc_id,))
        except database_errors() as exc:
            raise UserStoreError(f"Nothing was deleted: {self.description} refused ({_short(exc)}).") from None
        return bool(found)

    # -- reading ----------------------------------------------------------------------------
    @contextmanager
    def reading(self) -> Iterator["UserStore"]:
        """Several reads over one connection (one connect and schema check instead of one per read)."""
        if self._held is not None or not self._exists():
            yield self
            return
        with self._db() as db:
            self._held = db
            try:
                yield self
            finally:
                self._held = None

    def snapshot(self) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
        """(measures, documents, procurements), read over one connection."""
        try:
            with self.reading():
                return self.measures(), self.documents(), self.procurements()
        except database_errors() as exc:
            raise UserStoreError(f"Cannot read {self.description}: {_short(exc)}") from None

    def _frame(self, sql: str, params: Sequence[Any], columns: Sequence[str]) -> pd.DataFrame:
        if not self._exists():
            return pd.DataFrame({c: pd.Series(dtype=object) for c in columns})
        try:
            if self._held is not None:
                names, rows = self._held.query(sql, params)
            else:
                with self._db() as db:
                    names, rows = db.query(sql, params)
        except database_errors() as exc:
            raise UserStoreError(f"Cannot read {self.description}: {_short(exc)}") from None
        return pd.DataFrame.from_records(rows, columns=names)

    def documents(self) -> pd.DataFrame:
        """Saved documents, newest first, with the latest review's reviewer and note and current counts."""
        frame = self._frame(
            "SELECT d.doc_id, d.authority, d.filename, d.sha256, d.uploaded_at, d.saved_at, d.n_lines, "
            "(SELECT COUNT(*) FROM user_measures m WHERE m.doc_id = d.doc_id) AS n_measures, "
            "(SELECT COUNT(*) FROM user_procurements p WHERE p.doc_id = d.doc_id) AS n_procurements, "
            "COALESCE(r.reviewer, '') AS reviewer, COALESCE(r.note, '') AS note "
            "FROM user_documents d LEFT JOIN user_reviews r ON r.review_id = d.last_review "
            "ORDER BY d.saved_at DESC, d.doc_id", (), USER_DOCUMENT_COLUMNS)
        for column in ("n_lines", "n_measures", "n_procurements"):
            frame[column] = frame[column].astype("int64")
        return frame

    def reviews(self, doc_id: str | None = None) -> pd.DataFrame:
        where, params = ("WHERE doc_id = ?", (doc_id,)) if doc_id else ("", ())
        return self._frame(
            f"SELECT review_id, doc_id, reviewer, note, saved_at, n_measures, n_procurements, n_dropped "
            f"FROM user_reviews {where} ORDER BY saved_at, review_id", params,
            ("review_id", "doc_id", "reviewer", "note", "saved_at", "n_measures", "n_procurements", "n_dropped"))

    def _saved_rows(self, table: str, columns: tuple[str, ...]) -> pd.DataFrame:
        """`columns` of an analysts' table (user_measures, user_procurements) in saved order, with the document's
        filename and the row's source text, note and review time."""
        selected = ", ".join(f"x.{c}" for c in columns)
        return self._frame(
            f"SELECT {selected}, d.filename, x.source_text, x.note, r.saved_at FROM {table} x "
            "JOIN user_documents d ON d.doc_id = x.doc_id JOIN user_reviews r ON r.review_id = x.review_id "
            "ORDER BY x.doc_id, x.seq", (), (*columns, "filename", "source_text", "note", "saved_at"))

    def measures(self) -> pd.DataFrame:
        """Analysts' figures in the curated measures' columns (+ source_kind, note, source_text, saved_at)."""
        frame = self._saved_rows("user_measures", ("doc_id", "area_code", "area_name", "measure", "period", "value",
                                                   "unit", "qualifier", "breakdown", "line"))
        frame["value"] = frame["value"].astype("float64")
        frame["line"] = frame["line"].astype("int64")
        frame["section"] = SECTION
        frame["locator"] = [f"{f}:L{ln} · {SECTION}" for f, ln in zip(frame["filename"], frame["line"])]
        frame["source_kind"] = ANALYST
        return frame[list(USER_MEASURE_COLUMNS)]

    def procurements(self) -> pd.DataFrame:
        """Analysts' procurement dates, one row per stage date, earliest/latest as datetime64."""
        frame = self._saved_rows("user_procurements", ("doc_id", "authority", "service", "stage", "date_text",
                                                       "earliest", "latest", "term_months", "line"))
        for column in ("earliest", "latest"):
            frame[column] = pd.to_datetime(frame[column].replace("", None), format="%Y-%m-%d")
        frame["term_months"] = pd.array(frame["term_months"], dtype="Int64")
        frame["line"] = frame["line"].astype("int64")
        frame["locator"] = [f"{f}:L{ln} · {SECTION}" for f, ln in zip(frame["filename"], frame["line"])]
        frame["source_kind"] = ANALYST
        return frame[list(USER_PROCUREMENT_COLUMNS)]

    def lines(self, doc_id: str, first: int = 1, last: int | None = None) -> list[tuple[int, str]]:
        """(line number, text) of a saved document, from `first` to `last` inclusive."""
        frame = self._frame(
            "SELECT line, text FROM user_document_lines WHERE doc_id = ? AND line >= ? AND line <= ? ORDER BY line",
            (doc_id, int(first), int(last if last is not None else MAX_LINES)), ("line", "text"))
        return [(int(n), t) for n, t in zip(frame["line"], frame["text"])]


def _count(db: Backend, table: str, doc_id: str) -> int:
    _, rows = db.query(f"SELECT COUNT(*) FROM {table} WHERE doc_id = ?", (doc_id,))
    return int(rows[0][0])


def _duplicate_key(exc: Exception) -> bool:
    """A unique constraint refused a row (PostgreSQL: 'duplicate key value'; SQLite: 'UNIQUE constraint failed')."""
    text = str(exc)
    return "duplicate key value" in text or "UNIQUE constraint failed" in text


def _short(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:300] if text else type(exc).__name__
