"""Where the district boundary files come from, and fetching the 2023 file from ONS.

Boundary files are never committed (licence terms and size), so every machine finds its
own copy: a folder named by $CMA_GEO_DIR, then the git-ignored cache `.cache/geo/`, then
the shared reference folder `../shared/geo/` beside the clone. Only the 2023 file can be
downloaded (the ONS portal no longer serves the 2013 generalised set in this form).
"""
from __future__ import annotations

import json
import os
import tempfile
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent

ENV_GEO_DIR = "CMA_GEO_DIR"
ENV_SHARED_DIR = "CMA_SHARED_GEO_DIR"  # tests point this at an empty folder
ENV_CACHE_DIR = "CMA_GEO_CACHE_DIR"  # tests point this at a tmp folder
ENV_ONS_URL = "CMA_ONS_LAD_URL"

ONS_LAD_2023_URL = (
    "https://services1.arcgis.com/ESMARspQHYMw9BZ9/arcgis/rest/services/"
    "Local_Authority_Districts_May_2023_UK_BUC/FeatureServer/0/query?outFields=*&where=1%3D1&f=geojson"
)
PAGE_SIZE = 2000  # the service's maximum records per request
MAX_PAGES = 50  # a guard against a server that never stops saying "more"


@dataclass(frozen=True)
class VintageFile:
    vintage: str
    file_name: str
    code_field: str
    name_field: str
    downloadable: bool


VINTAGES: dict[str, VintageFile] = {
    "2013": VintageFile("2013", "lad_2013_gb.geojson", "LAD13CD", "LAD13NM", downloadable=False),
    "2023": VintageFile("2023", "lad_2023_uk_buc.geojson", "LAD23CD", "LAD23NM", downloadable=True),
}


class BoundariesUnavailable(Exception):
    """No boundary file for a vintage on this machine; the message says how to get one.

    The app shows the message in place of a map, so the rest of the dashboard still works.
    """


class DownloadError(Exception):
    """The ONS download failed part-way; nothing was written."""


@dataclass(frozen=True)
class Located:
    vintage: str
    path: Path
    origin: str  # "CMA_GEO_DIR", "cache" or "shared folder"


def vintage_file(vintage: str) -> VintageFile:
    try:
        return VINTAGES[str(vintage)]
    except KeyError:
        raise ValueError(f"Unknown boundary vintage {vintage!r}; use one of {', '.join(VINTAGES)}") from None


def cache_dir() -> Path:
    """The git-ignored folder for downloaded and prepared (map-ready) files."""
    env = os.environ.get(ENV_CACHE_DIR)
    return Path(env) if env else REPO_ROOT / ".cache" / "geo"


def shared_dir() -> Path:
    env = os.environ.get(ENV_SHARED_DIR)
    return Path(env) if env else REPO_ROOT.parent / "shared" / "geo"


def search_dirs() -> list[tuple[str, Path]]:
    """The folders searched, in order of preference."""
    dirs: list[tuple[str, Path]] = []
    env = os.environ.get(ENV_GEO_DIR)
    if env:
        dirs.append((ENV_GEO_DIR, Path(env)))
    dirs.append(("cache", cache_dir()))
    dirs.append(("shared folder", shared_dir()))
    return dirs


def how_to_get_them(vintage: str | None = None) -> str:
    names = (
        vintage_file(vintage).file_name if vintage
        else " and ".join(v.file_name for v in VINTAGES.values())
    )
    looked = "; ".join(f"{origin}: {path}" for origin, path in search_dirs())
    return (
        f"District boundaries not found ({names}). Looked in {looked}. To get them: put the shared "
        f"folder beside the clone as ../shared/geo, or set {ENV_GEO_DIR} to a folder holding {names}, "
        "or run `make boundaries` on a machine with internet (downloads the 2023 file from the ONS "
        "Open Geography Portal). The dashboard works without maps meanwhile."
    )


def locate(vintage: str) -> Located:
    """The boundary file for a vintage, from the first folder that has it."""
    vf = vintage_file(vintage)
    for origin, folder in search_dirs():
        path = folder / vf.file_name
        if path.is_file() and path.stat().st_size > 0:
            return Located(vf.vintage, path, origin)
    raise BoundariesUnavailable(how_to_get_them(vf.vintage))


def available_vintages() -> list[str]:
    out = []
    for v in VINTAGES:
        try:
            locate(v)
        except BoundariesUnavailable:
            continue
        out.append(v)
    return out


def ons_url() -> str:
    return os.environ.get(ENV_ONS_URL) or ONS_LAD_2023_URL


def _page_url(base: str, offset: int, count: int) -> str:
    parts = urllib.parse.urlsplit(base)
    query = [(k, v) for k, v in urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
             if k not in ("resultOffset", "resultRecordCount")]
    query += [("resultOffset", str(offset)), ("resultRecordCount", str(count))]
    return urllib.parse.urlunsplit(parts._replace(query=urllib.parse.urlencode(query, safe="*")))


def _fetch_page(url: str, timeout: float) -> dict:
    request = urllib.request.Request(url, headers={"User-Agent": "care-market-atlas/geo"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            body = response.read()
    except urllib.error.HTTPError as exc:
        raise DownloadError(f"ONS server answered HTTP {exc.code} for {url}") from None
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        raise DownloadError(f"Could not reach {urllib.parse.urlsplit(url).netloc}: {reason}") from None
    try:
        page = json.loads(body)
    except ValueError:
        raise DownloadError(f"ONS answer was not complete JSON ({len(body)} bytes) for {url}") from None
    if not isinstance(page, dict) or "error" in page or not isinstance(page.get("features"), list):
        detail = page.get("error") if isinstance(page, dict) else type(page).__name__
        raise DownloadError(f"ONS answer was not a feature collection ({detail}) for {url}")
    return page


def _more_to_come(page: dict) -> bool:
    # ArcGIS puts the flag at the top level for f=json and under "properties" for f=geojson.
    props = page.get("properties") if isinstance(page.get("properties"), dict) else {}
    return bool(page.get("exceededTransferLimit") or props.get("exceededTransferLimit"))


def download_2023(
    url: str | None = None,
    dest_dir: Path | None = None,
    page_size: int = PAGE_SIZE,
    timeout: float = 30.0,
) -> Path:
    """Fetch every page of the 2023 districts and write one GeoJSON file atomically.

    Pages go to a temp file in the destination folder that is renamed only once every page
    has arrived, so a failure leaves any earlier good copy as it was and no partial file.
    """
    vf = VINTAGES["2023"]
    base = url or ons_url()
    features: list[dict] = []
    seen: set[str] = set()
    offset = 0
    for _ in range(MAX_PAGES):
        page = _fetch_page(_page_url(base, offset, page_size), timeout)
        batch = page["features"]
        for feature in batch:
            code = (feature.get("properties") or {}).get(vf.code_field)
            if not code:
                raise DownloadError(f"A downloaded feature has no {vf.code_field}; not the expected layer")
            if code not in seen:
                seen.add(code)
                features.append(feature)
        offset += len(batch)
        if not _more_to_come(page):
            break
        if not batch:
            raise DownloadError("ONS said more records follow but sent an empty page")
    else:
        raise DownloadError(f"ONS kept paging after {MAX_PAGES} pages; stopped")
    if not features:
        raise DownloadError("ONS returned no districts")

    folder = dest_dir or cache_dir()
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / vf.file_name
    fd, tmp_name = tempfile.mkstemp(dir=folder, prefix=f".{vf.file_name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump({"type": "FeatureCollection", "features": features}, fh, separators=(",", ":"))
        os.replace(tmp_name, target)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return target
