"""The file formats a council's document can be brought in as: one list for the reader (data/ingest/readers.py), the
uploader (components/review_view.py) and what both tell a person. Light on purpose: the uploader's page imports it
without loading the reader."""
from __future__ import annotations

TEXT_SUFFIXES = (".txt", ".md", ".text", ".tsv", ".csv")  # (a data annex's table saved as CSV reads as text)
HTML_SUFFIXES = (".html", ".htm")  # a statement published as a web page, saved from the browser
SUFFIXES = (*TEXT_SUFFIXES, ".docx", ".odt", ".xlsx", ".ods", ".pdf", *HTML_SUFFIXES)  # .odt: OpenDocument text
# (LibreOffice); .xlsx: an Excel workbook (a data annex, a forward plan), its visible sheets read as tables; .ods: an
# OpenDocument spreadsheet (LibreOffice Calc; the open standard public bodies publish data tables in), read the same way
FORMATS = (".txt, .md, .csv, .docx, .odt, an Excel .xlsx, an OpenDocument .ods spreadsheet, a text .pdf or a web page "
           "saved as .html")  # as a person says them
