"""One declarative spec per document (<name>.yaml), executed by `runner`.

A spec only points at places in its document (markers, table rows and columns, figures as
written); parsing is generic (`data.tables`, `data.dates`, `runner`). The rare check that is
truly specific to one document lives in `checks/<name>.py` and is named from the spec.
"""
