"""Analysts' saved documents, reviews and figures: SQLite by default, PostgreSQL when CMA_DATABASE_URL names one.

    from data.userdb import UserStore
    store = UserStore()                      # location from the environment
    store.save_review(data=..., filename=..., lines=..., authority=..., rows=reviewed_frame)
    store.measures()                         # analysts' figures, curated columns + source_kind="analyst"
"""
from data.userdb.backend import DEFAULT_SQLITE, READ_ONLY_MESSAGE, Target, UserStoreError, read_only, target_from_env
from data.userdb.store import (
    ANALYST, SaveRejected, SavedReview, UserStore, USER_MEASURE_COLUMNS, USER_PROCUREMENT_COLUMNS, document_id,
    prepare_rows,
)

__all__ = [
    "ANALYST", "DEFAULT_SQLITE", "READ_ONLY_MESSAGE", "read_only", "SaveRejected", "SavedReview", "Target", "UserStore", "UserStoreError",
    "USER_MEASURE_COLUMNS", "USER_PROCUREMENT_COLUMNS", "document_id", "prepare_rows", "target_from_env",
]
