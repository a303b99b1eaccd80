"""The read side of the atlas: the committed CSVs as typed pandas tables.

The dashboard never runs extraction; it reads what `python -m data.extract` wrote
and the lead committed. Everything here is plain pandas (no Streamlit) so views,
tests and scripts share one loader, and a missing or damaged CSV becomes a
`DataUnavailable` with a sentence a person can act on rather than a traceback.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

from data import paths
from data.model import FINDING_COLUMNS, area_registry
from data.vocab import MEASURE_COLUMNS, PROCUREMENT_COLUMNS, PROCUREMENT_STAGES

DATA_DIR = paths.DEFAULT_DATA_DIR  # the committed tables; paths.data_dir() is where the app reads
REGISTRY_DIR = DATA_DIR / "registry"

AREA_COLUMNS: tuple[str, ...] = (
    "area_code", "name", "document_names", "current_name", "tier", "parent_code",
    "valid_from", "valid_to", "successor_code", "boundary", "note",
)
DOCUMENT_COLUMNS: tuple[str, ...] = (
    "doc_id", "short_name", "title", "publisher", "authorities", "period", "published", "seed_file", "spec", "notes",
)
PROCUREMENT_DATE_COLUMNS: tuple[str, ...] = tuple(
    f"{stage}_{part}" for stage in PROCUREMENT_STAGES for part in ("earliest", "latest")
)


class DataUnavailable(Exception):
    """A committed table is missing or cannot be read as the atlas expects.

    The message names the file and what is wrong, and says how to rebuild it.
    """


def _read(path: Path, columns: tuple[str, ...], *, required: tuple[str, ...] | None = None) -> pd.DataFrame:
    """Read a CSV as text only, so no column is silently guessed into the wrong type."""
    rebuild = "Run `python -m data.extract` (or `make data`) to rebuild it."
    if not path.is_file():
        raise DataUnavailable(f"{path.name} is missing (looked for {path}). {rebuild}")
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise DataUnavailable(f"{path.name} is not UTF-8 text (byte {exc.start}). {rebuild}") from None
    except (pd.errors.ParserError, pd.errors.EmptyDataError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else "no data"
        raise DataUnavailable(f"{path.name} is not a readable CSV ({first}). {rebuild}") from None
    missing = [c for c in (required or columns) if c not in frame.columns]
    if missing:
        raise DataUnavailable(f"{path.name} lacks the column(s) {', '.join(missing)}. {rebuild}")
    extra = [c for c in frame.columns if c not in columns]
    return frame[[c for c in columns if c in frame.columns] + extra]


def _to_float(frame: pd.DataFrame, column: str, path: Path, *, allow_blank: bool) -> None:
    text = frame[column].str.strip()
    values = pd.to_numeric(text.where(text != "", None), errors="coerce")
    bad = values.isna() & (text != "") if allow_blank else values.isna()
    if bad.any():
        row = int(bad.idxmax())
        raise DataUnavailable(
            f"{path.name}: {column} on data row {row + 1} is {frame[column].iloc[row]!r}, not a number. "
            "Run `python -m data.extract` to rebuild it."
        )
    frame[column] = values.astype("float64")


def _to_int(frame: pd.DataFrame, column: str, path: Path) -> None:
    _to_float(frame, column, path, allow_blank=False)
    if not (frame[column] % 1 == 0).all():
        row = int((frame[column] % 1 != 0).idxmax())
        raise DataUnavailable(f"{path.name}: {column} on data row {row + 1} is not a whole number.")
    frame[column] = frame[column].astype("int64")


def _to_dates(frame: pd.DataFrame, column: str, path: Path) -> None:
    text = frame[column].str.strip()
    values = pd.to_datetime(text.where(text != "", None), format="%Y-%m-%d", errors="coerce")
    bad = values.isna() & (text != "")
    if bad.any():
        row = int(bad.idxmax())
        raise DataUnavailable(
            f"{path.name}: {column} on data row {row + 1} is {frame[column].iloc[row]!r}, not a YYYY-MM-DD date."
        )
    frame[column] = values.astype("datetime64[ns]")


def load_measures(data_dir: Path | None = None) -> pd.DataFrame:
    """Every extracted figure: one row per number, `value` float, `line` int."""
    path = (data_dir or paths.data_dir()) / "measures.csv"
    frame = _read(path, MEASURE_COLUMNS)
    _to_float(frame, "value", path, allow_blank=False)
    _to_int(frame, "line", path)
    return frame


def load_procurements(data_dir: Path | None = None) -> pd.DataFrame:
    """Every procurement with each stage's text and its earliest/latest days as datetime64."""
    path = (data_dir or paths.data_dir()) / "procurements.csv"
    frame = _read(path, PROCUREMENT_COLUMNS)
    for column in PROCUREMENT_DATE_COLUMNS:
        _to_dates(frame, column, path)
    _to_int(frame, "line", path)
    return frame


def load_findings(data_dir: Path | None = None) -> pd.DataFrame:
    """Validation findings; expected/observed/difference are NaN where a check has no number."""
    path = (data_dir or paths.data_dir()) / "findings.csv"
    frame = _read(path, FINDING_COLUMNS)
    for column in ("expected", "observed", "difference"):
        _to_float(frame, column, path, allow_blank=True)
    _to_int(frame, "line", path)
    return frame


def load_areas(registry_dir: Path | None = None) -> pd.DataFrame:
    """The area registry; valid_from/valid_to are datetime64 (NaT when open-ended)."""
    path = (registry_dir or paths.registry_dir()) / "areas.csv"
    if not path.is_file():
        raise DataUnavailable(f"areas.csv is missing (looked for {path}).")
    rows = area_registry(path)  # the one reader of areas.csv, shared with extraction and geography
    frame = pd.DataFrame(list(rows), columns=list(rows[0]) if rows else list(AREA_COLUMNS), dtype=str)
    missing = [c for c in AREA_COLUMNS if c not in frame.columns]
    if missing:
        raise DataUnavailable(f"areas.csv lacks the column(s) {', '.join(missing)}.")
    frame = frame[list(AREA_COLUMNS) + [c for c in frame.columns if c not in AREA_COLUMNS]].fillna("")
    for column in ("valid_from", "valid_to"):
        _to_dates(frame, column, path)
    return frame


def load_documents(registry_dir: Path | None = None) -> pd.DataFrame:
    """The document registry (the 'published' column stays text: documents date themselves loosely)."""
    path = (registry_dir or paths.registry_dir()) / "documents.csv"
    return _read(path, DOCUMENT_COLUMNS, required=DOCUMENT_COLUMNS[:-1])


_FINANCIAL = re.compile(r"^(\d{4})\s*/\s*(\d{2}|\d{4})$")
_RANGE = re.compile(r"^(\d{4})\s*[-–]\s*(\d{2}|\d{4})$")
_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")


def period_year(period: str) -> int | None:
    """One calendar year to place a period on a time axis, or None when there is none.

    '2015' and 'May 2014' -> the year named. '2014/15' is a financial year
    (April 2014 to March 2015) -> 2014, the year it starts, as the documents'
    tables label it. '2014-16' or '2012-2021' is a span of years pooled into one
    figure -> its midpoint, rounded down (2015; 2016), so a pooled estimate sits
    in the middle of the years it averages. Anything else with exactly one year
    in it ('end of 2019') -> that year; text with no or several years -> None.
    """
    text = str(period).strip()
    m = _FINANCIAL.match(text)
    if m:
        return int(m.group(1))
    m = _RANGE.match(text)
    if m:
        start, end = int(m.group(1)), m.group(2)
        stop = int(end) if len(end) == 4 else start // 100 * 100 + int(end)
        if stop < start:
            stop += 100
        return (start + stop) // 2
    years = _YEAR.findall(text)
    if len(years) == 1:
        return int(years[0])
    return None


def _area_names() -> dict[str, tuple[str, str, str]]:
    return _names_of(str(paths.areas_csv()))


@lru_cache(maxsize=4)
def _names_of(registry_path: str) -> dict[str, tuple[str, str, str]]:
    return {r["area_code"]: (r["name"], r["current_name"] or r["name"], r.get("successor_code") or "")
            for r in area_registry(Path(registry_path))}


def area_name(code: str) -> str:
    """The registry name of an area as it was when documents named it ('Shepway').

    An unknown code is returned unchanged so a page shows something rather than failing;
    validation reports unknown codes separately.
    """
    return _area_names().get(code, (code, code, ""))[0]


def current_area_name(code: str) -> str:
    """What the place is called now ('Folkestone and Hythe'; a merged district -> its successor's name)."""
    return _area_names().get(code, (code, code, ""))[1]


def merged_into(code: str) -> str:
    """The name of the larger area a district was merged into, when it is called by that name today ('Poole' ->
    'Bournemouth, Christchurch and Poole'); '' for a renamed, abolished or unchanged area."""
    _, today, successor = _area_names().get(code, (code, code, ""))
    return today if successor and today == current_area_name(successor) else ""
