"""Bring in any council's document: read it, propose its figures and dates for review.

    from data.ingest import read_document, propose, IngestError, PROPOSAL_COLUMNS
    lines = read_document(raw_bytes, name="statement.docx")
    proposals = propose(lines, "E10000016", doc_id="my-doc")

See /work/notes/ingest-api.md and README ("Adding a council's document").
"""
from data.ingest.areas import suggest_areas
from data.ingest.errors import IngestError
from data.ingest.propose import PROPOSAL_COLUMNS, propose
from data.ingest.readers import LIMITS, Limits, read_document

__all__ = ["IngestError", "LIMITS", "Limits", "PROPOSAL_COLUMNS", "propose", "read_document", "suggest_areas"]
