"""`python -m geo.prepare`: make boundaries available and pre-build the map-ready layers.

Run by `make run` / `make test` (via `make boundaries`). It writes every shape file the app
draws to `.cache/geo` (districts and dissolved counties per vintage, the national layers and
the land), so the served app reads small JSON files and never needs geopandas. It never fails
the build: with no boundaries anywhere it says how to get them and exits 0, because the
dashboard still works without maps.
"""
from __future__ import annotations

import sys
import time

from geo import national
from geo.mapready import TOLERANCE_M, prepare_layer
from geo.sources import (
    VINTAGES, BoundariesUnavailable, DownloadError, download_2023, how_to_get_them, locate, ons_url,
)


def _size(path) -> str:  # noqa: ANN001
    return f"{path.stat().st_size / 1e6:.1f} MB"


def _ensure_source(vintage: str, allow_download: bool) -> bool:
    try:
        found = locate(vintage)
    except BoundariesUnavailable:
        if not (allow_download and VINTAGES[vintage].downloadable):
            print(f"Boundaries {vintage}: not found; maps of this vintage are unavailable.")
            return False
        print(f"Boundaries {vintage}: not found locally; downloading from {ons_url()} ...")
        try:
            path = download_2023()
        except DownloadError as exc:
            print(f"Boundaries {vintage}: download failed ({exc}); nothing was written.")
            return False
        print(f"Boundaries {vintage}: downloaded to {path} ({_size(path)})")
        return True
    print(f"Boundaries {vintage}: {found.path} (from {found.origin})")
    return True


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    allow_download = "--no-download" not in args
    ready = [v for v in VINTAGES if _ensure_source(v, allow_download)]
    if not ready:
        print(how_to_get_them())
        return 0
    for vintage in ready:
        started = time.perf_counter()
        try:
            built, path = prepare_layer(vintage)
        except BoundariesUnavailable as exc:  # vanished between the two steps
            print(f"Map-ready {vintage}: {exc}")
            continue
        except Exception as exc:  # noqa: BLE001 - a broken file must not stop `make run`
            print(f"Map-ready {vintage}: could not build ({type(exc).__name__}: {exc}); maps will build on demand.")
            continue
        if built:
            print(f"Map-ready {vintage}: built {path} ({_size(path)}, simplified at {TOLERANCE_M:g} m) "
                  f"in {time.perf_counter() - started:.1f} s")
        else:
            print(f"Map-ready {vintage}: up to date ({path})")
    for name in national.LAYERS:
        if not all(v in ready for v in national.LAYERS[name][1]):
            continue
        started = time.perf_counter()
        try:
            built, path = national.prepare(name)
        except Exception as exc:  # noqa: BLE001 - a broken file must not stop `make run`
            print(f"Map-ready {name}: could not build ({type(exc).__name__}: {exc}); that map is unavailable.")
            continue
        if built:
            print(f"Map-ready {name}: built {path} ({path.stat().st_size / 1e3:.0f} KB) "
                  f"in {time.perf_counter() - started:.1f} s")
        else:
            print(f"Map-ready {name}: up to date ({path})")
    missing = [v for v in VINTAGES if v not in ready]
    if missing:
        print(how_to_get_them(missing[0]) if len(missing) == 1 else how_to_get_them())
    return 0


if __name__ == "__main__":
    sys.exit(main())
