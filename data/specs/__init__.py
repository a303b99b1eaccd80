"""One small spec per document: which table or sentence holds which measure.

Each module exposes `extract(doc: Document) -> Extraction`. Parsing is generic
(`data.tables`, `data.dates`); a spec only points at places in its document.
"""
