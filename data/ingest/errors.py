"""The one error the ingest package raises: a message written for the person who uploaded the file."""
from __future__ import annotations

from data.seeds import DocumentError


class IngestError(DocumentError):
    """A document that cannot be read or holds nothing to propose.

    `message` is shown as is in the CLI and on the review page; `reason` is a short
    machine-readable tag (empty, binary, encoding, oversize, scanned, bomb, pages, timeout,
    format, corrupt, no_figures) for tests and logs.
    """

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.reason = reason
