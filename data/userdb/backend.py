"""Where analysts' saved data lives, and the few places SQLite and PostgreSQL differ.

The location comes from the environment, read when a store is opened:
- `CMA_DATABASE_URL=postgresql://user@host/db` (or `postgres://...`): a shared PostgreSQL
  database, so several server processes or hosts see the same saved documents;
- `CMA_DATABASE_URL=sqlite:///path/to/file.sqlite`, or `CMA_USER_DB=path`: an SQLite file;
- neither: the SQLite file `.userdata/atlas.sqlite` in the repository (git-ignored).

All SQL in this package is written once, with `?` placeholders and types both databases
accept; `Backend` rewrites the placeholders for psycopg and supplies the lock statements.
"""
from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator, Sequence

REPO_DIR = Path(__file__).resolve().parents[2]
DEFAULT_SQLITE = REPO_DIR / ".userdata" / "atlas.sqlite"
CONNECT_TIMEOUT_S = 5
BUSY_TIMEOUT_S = 30
# Any fixed number: the key of the advisory lock that serialises migrations in PostgreSQL.
_MIGRATION_LOCK_KEY = 4_271_009


class UserStoreError(Exception):
    """The user-data store cannot be reached or used; the message is for a person to act on.

    Messages never contain the database URL (it may hold a password).
    """


@dataclass(frozen=True)
class Target:
    kind: str            # "sqlite" or "postgres"
    location: str        # file path for SQLite, the URL for PostgreSQL (never shown to people)

    @property
    def description(self) -> str:
        if self.kind == "sqlite":  # its name only: a server's folders are nobody's business on a public page
            return f"the SQLite file {Path(self.location).name} (CMA_USER_DB names it)"
        return "the PostgreSQL database named by CMA_DATABASE_URL"


def read_only(env: dict[str, str] | None = None) -> bool:
    """True when this server must not change saved user data: `CMA_READ_ONLY=1` (set it on a public host,
    where viewers should see analysts' figures but not add or remove any)."""
    env = os.environ if env is None else env
    return (env.get("CMA_READ_ONLY") or "").strip().lower() in ("1", "true", "yes", "on")


READ_ONLY_MESSAGE = ("Saving is switched off on this server (CMA_READ_ONLY=1): analysts add documents on their own "
                     "copy of the atlas, which shares the database.")


def target_from_env(env: dict[str, str] | None = None) -> Target:
    env = os.environ if env is None else env
    url = (env.get("CMA_DATABASE_URL") or "").strip()
    if url:
        scheme = url.split(":", 1)[0].lower()
        if scheme in ("postgresql", "postgres"):
            return Target("postgres", url)
        if url.startswith("sqlite:///"):
            return Target("sqlite", url[len("sqlite:///"):] or str(DEFAULT_SQLITE))
        raise UserStoreError(
            "CMA_DATABASE_URL must start with postgresql:// (a PostgreSQL database) or sqlite:/// (an SQLite file); "
            f"it starts with {scheme[:20]!r}."
        )
    path = (env.get("CMA_USER_DB") or "").strip()
    return Target("sqlite", path or str(DEFAULT_SQLITE))


class Backend:
    """One open connection and its dialect. Use `transaction()` for every write."""

    def __init__(self, target: Target):
        self.target = target
        self.kind = target.kind
        try:
            self.conn = self._connect()
        except UserStoreError:
            raise
        except Exception as exc:  # sqlite3.Error, psycopg.Error, OSError
            raise UserStoreError(f"Cannot open {target.description}: {_first_line(exc)}") from None

    # -- connection -------------------------------------------------------------------------
    def _connect(self) -> Any:
        if self.kind == "sqlite":
            path = Path(self.target.location)
            path.parent.mkdir(parents=True, exist_ok=True)
            # isolation_level=None: no implicit transactions; every write says BEGIN IMMEDIATE itself.
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None, check_same_thread=False)
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA journal_mode = WAL")      # readers never block the writer
            conn.execute("PRAGMA synchronous = FULL")      # a committed save survives power loss too
            return conn
        try:
            import psycopg
        except ImportError:
            raise UserStoreError(
                "CMA_DATABASE_URL names a PostgreSQL database but the psycopg package is not installed "
                "(pip install -r requirements.txt)."
            ) from None
        return psycopg.connect(self.target.location, connect_timeout=CONNECT_TIMEOUT_S, autocommit=True,
                               application_name="care-market-atlas")

    def close(self) -> None:
        try:
            self.conn.close()
        except Exception:
            pass

    # -- SQL --------------------------------------------------------------------------------
    def sql(self, text: str) -> str:
        return text.replace("?", "%s") if self.kind == "postgres" else text

    def execute(self, text: str, params: Sequence[Any] = ()) -> Any:
        return self.conn.execute(self.sql(text), tuple(params))

    def executemany(self, text: str, rows: Sequence[Sequence[Any]]) -> None:
        if not rows:
            return
        if self.kind == "sqlite":
            self.conn.executemany(text, rows)
        else:
            with self.conn.cursor() as cur:
                cur.executemany(self.sql(text), rows)

    def query(self, text: str, params: Sequence[Any] = ()) -> tuple[list[str], list[tuple]]:
        cur = self.execute(text, params)
        columns = [d[0] for d in cur.description]
        return columns, [tuple(r) for r in cur.fetchall()]

    @contextmanager
    def transaction(self, *, migration: bool = False) -> Iterator["Backend"]:
        """All or nothing: commit when the block ends, roll back on any error.

        SQLite takes the write lock at BEGIN (IMMEDIATE), so two writers queue instead of
        failing half-way; PostgreSQL writers serialise on the rows they lock.
        """
        if self.kind == "sqlite":
            self.conn.execute("BEGIN IMMEDIATE")
        else:
            self.conn.execute("BEGIN")
            if migration:
                self.conn.execute("SELECT pg_advisory_xact_lock(%s)", (_MIGRATION_LOCK_KEY,))
        try:
            yield self
        except BaseException:
            self.conn.execute("ROLLBACK")
            raise
        else:
            self.conn.execute("COMMIT")

    def table_exists(self, name: str) -> bool:
        if self.kind == "sqlite":
            _, rows = self.query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,))
        else:
            _, rows = self.query("SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() "
                                 "AND table_name = ?", (name,))
        return bool(rows)


def database_errors() -> tuple[type[BaseException], ...]:
    """The driver exceptions that mean 'the database said no' (turned into messages)."""
    errors: list[type[BaseException]] = [sqlite3.Error]
    try:
        import psycopg

        errors.append(psycopg.Error)
    except ImportError:
        pass
    return tuple(errors)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:300] if text else type(exc).__name__
