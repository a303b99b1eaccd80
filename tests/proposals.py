"""What the document proposer (data/ingest) proposes for made-up lines, in the shapes the probe tests compare."""
from __future__ import annotations

import pandas as pd

from data.ingest import propose


def proposed_measures(lines: list[str], authority: str) -> pd.DataFrame:
    """The proposed figures (rows of kind 'measure')."""
    frame = propose(lines, authority)
    return frame[frame["kind"] == "measure"]


def proposed_dates(lines: list[str], authority: str) -> list[tuple]:
    """The proposed procurement dates as (service, stage, earliest, latest)."""
    frame = propose(lines, authority)
    frame = frame[frame["kind"] == "procurement"]
    return [(r.service, r.stage, r.earliest, r.latest) for r in frame.itertuples()]


def proposers_for(default_authority: str):  # noqa: ANN201 - two functions
    """`measures(lines, authority=default)` and `dates(lines, authority=default)` for one test module."""
    def measures(lines: list[str], authority: str = default_authority) -> pd.DataFrame:
        return proposed_measures(lines, authority)

    def dates(lines: list[str], authority: str = default_authority) -> list[tuple]:
        return proposed_dates(lines, authority)

    return measures, dates


def or_nothing(dates):  # noqa: ANN001, ANN201 - wraps the `dates` of proposers_for
    """`dates` giving [] where the proposer finds nothing at all (it raises IngestError 'no_figures' then)."""
    from data.ingest import IngestError

    def wrapped(lines: list[str], *args: str) -> list[tuple]:
        try:
            return dates(lines, *args)
        except IngestError as exc:
            assert exc.reason == "no_figures"
            return []

    return wrapped


def figure_rows(measures):  # noqa: ANN001, ANN201 - wraps the `measures` of proposers_for
    """`measures` as a list of (measure, area_code, period, value) tuples, the shape most probe tests compare."""
    def rows(lines: list[str], *args: str) -> list[tuple]:
        frame = measures(lines, *args)
        return [(r.measure, r.area_code, r.period, float(r.value)) for r in frame.itertuples()]

    return rows


def figure_rows_or_none(measures):  # noqa: ANN001, ANN201 - wraps the `measures` of proposers_for
    """`figure_rows(measures)`, or [] where the proposer finds no figure at all (it raises IngestError 'no_figures'
    then; any other error still raises)."""
    from data.ingest import IngestError

    rows = figure_rows(measures)

    def rows_or_none(lines: list[str], *args: str) -> list[tuple]:
        try:
            return rows(lines, *args)
        except IngestError as exc:
            assert exc.reason == "no_figures", exc
            return []

    return rows_or_none


# prose paragraphs around a flattened table, so a made-up document reads as spaced a paragraph a line
SPACED_PROSE = [f"Paragraph {n} of the statement describes the market and what we want from providers over the next "
                "years." for n in range(1, 13)]


def spaced(cells: list[str]) -> list[str]:
    """Lines a paragraph each, a blank line after every one (a Word document saved as text, its tables flattened a
    cell a paragraph)."""
    return [line for cell in cells for line in (cell, "")]
