"""The user-data schema, as numbered migrations applied once each, in order.

`migrate()` is idempotent and safe to run from several processes at once: it takes the
write lock (SQLite) or an advisory lock (PostgreSQL), re-reads `schema_version` under it,
and applies only the steps not yet recorded, each step and its version row in one
transaction. Types are the ones both databases accept (TEXT, INTEGER, DOUBLE PRECISION);
timestamps are ISO 8601 UTC text.

To change the schema, append a migration; never edit one that has shipped.
"""
from __future__ import annotations

from datetime import datetime, timezone

from data.userdb.backend import Backend, UserStoreError

MIGRATIONS: tuple[tuple[int, str, tuple[str, ...]], ...] = (
    (1, "documents, their lines, reviews, saved figures and procurement dates", (
        """CREATE TABLE user_documents (
            doc_id      TEXT PRIMARY KEY,
            authority   TEXT NOT NULL,
            filename    TEXT NOT NULL,
            sha256      TEXT NOT NULL UNIQUE,
            uploaded_at TEXT NOT NULL,
            saved_at    TEXT NOT NULL,
            n_lines     INTEGER NOT NULL,
            last_review TEXT NOT NULL
        )""",
        """CREATE TABLE user_document_lines (
            doc_id TEXT NOT NULL REFERENCES user_documents (doc_id) ON DELETE CASCADE,
            line   INTEGER NOT NULL,
            text   TEXT NOT NULL,
            PRIMARY KEY (doc_id, line)
        )""",
        """CREATE TABLE user_reviews (
            review_id      TEXT PRIMARY KEY,
            doc_id         TEXT NOT NULL REFERENCES user_documents (doc_id) ON DELETE CASCADE,
            reviewer       TEXT NOT NULL,
            note           TEXT NOT NULL,
            saved_at       TEXT NOT NULL,
            n_measures     INTEGER NOT NULL,
            n_procurements INTEGER NOT NULL,
            n_dropped      INTEGER NOT NULL
        )""",
        "CREATE INDEX user_reviews_doc ON user_reviews (doc_id)",
        """CREATE TABLE user_measures (
            doc_id     TEXT NOT NULL REFERENCES user_documents (doc_id) ON DELETE CASCADE,
            seq        INTEGER NOT NULL,
            review_id  TEXT NOT NULL REFERENCES user_reviews (review_id) ON DELETE CASCADE,
            area_code  TEXT NOT NULL CHECK (area_code <> ''),
            area_name  TEXT NOT NULL,
            measure    TEXT NOT NULL CHECK (measure <> ''),
            period     TEXT NOT NULL CHECK (period <> ''),
            value      DOUBLE PRECISION NOT NULL,
            unit       TEXT NOT NULL,
            qualifier  TEXT NOT NULL,
            breakdown  TEXT NOT NULL,
            line       INTEGER NOT NULL CHECK (line >= 1),
            source_text TEXT NOT NULL,
            note       TEXT NOT NULL,
            PRIMARY KEY (doc_id, seq)
        )""",
        """CREATE TABLE user_procurements (
            doc_id      TEXT NOT NULL REFERENCES user_documents (doc_id) ON DELETE CASCADE,
            seq         INTEGER NOT NULL,
            review_id   TEXT NOT NULL REFERENCES user_reviews (review_id) ON DELETE CASCADE,
            authority   TEXT NOT NULL,
            service     TEXT NOT NULL,
            stage       TEXT NOT NULL CHECK (stage <> ''),
            date_text   TEXT NOT NULL,
            earliest    TEXT NOT NULL,
            latest      TEXT NOT NULL,
            term_months INTEGER,
            line        INTEGER NOT NULL CHECK (line >= 1),
            source_text TEXT NOT NULL,
            note        TEXT NOT NULL,
            PRIMARY KEY (doc_id, seq)
        )""",
    )),
)

LATEST = MIGRATIONS[-1][0]
_VERSION_TABLE = ("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                  "description TEXT NOT NULL, applied_at TEXT NOT NULL)")


def current_version(db: Backend) -> int:
    if not db.table_exists("schema_version"):
        return 0
    _, rows = db.query("SELECT MAX(version) FROM schema_version")
    return int(rows[0][0] or 0)


def migrate(db: Backend) -> int:
    """Bring the database to the latest schema; returns the version it is at."""
    have = current_version(db)
    if have == LATEST:          # the usual case: one cheap read, no lock
        return have
    for version, description, statements in MIGRATIONS:
        with db.transaction(migration=True):
            db.execute(_VERSION_TABLE)
            have = current_version(db)
            if have > LATEST:
                raise UserStoreError(
                    f"The user-data database is at schema version {have}, newer than this code knows ({LATEST}). "
                    "Update the atlas before using this database."
                )
            if have >= version:
                continue
            for statement in statements:
                db.execute(statement)
            db.execute("INSERT INTO schema_version (version, description, applied_at) VALUES (?, ?, ?)",
                       (version, description, datetime.now(timezone.utc).isoformat(timespec="seconds")))
    return current_version(db)
