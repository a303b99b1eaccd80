"""Spec for document 'north_east' (to be completed)."""
from __future__ import annotations

from data.model import Extraction
from data.seeds import Document


def extract(doc: Document) -> Extraction:
    return Extraction(doc)
