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
from pathlib import Path
from typing import Callable

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


def _build_and_report(name: str, build: Callable[[], tuple[bool, Path]], describe: Callable[[Path], str],
                      otherwise: str, vanished: type[Exception] | tuple[()] = ()) -> None:
    """Build one map-ready layer and say what happened; a failure is printed, never raised (`make run` goes on).

    `build` returns (built now, path); `describe` words a built file; `otherwise` says what a failure
    means for the maps; `vanished` (none by default) is the error meaning the source went between steps.
    """
    started = time.perf_counter()
    try:
        built, path = build()
    except vanished as exc:
        print(f"Map-ready {name}: {exc}")
        return
    except Exception as exc:  # noqa: BLE001 - a broken file must not stop `make run`
        print(f"Map-ready {name}: could not build ({type(exc).__name__}: {exc}); {otherwise}.")
        return
    if built:
        print(f"Map-ready {name}: built {path} ({describe(path)}) "
              f"in {time.perf_counter() - started:.1f} s")
    else:
        print(f"Map-ready {name}: up to date ({path})")


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    allow_download = "--no-download" not in args
    ready = [v for v in VINTAGES if _ensure_source(v, allow_download)]
    if not ready:
        print(how_to_get_them())
        return 0
    for vintage in ready:
        _build_and_report(vintage, lambda v=vintage: prepare_layer(v),
                          lambda path: f"{_size(path)}, simplified at {TOLERANCE_M:g} m",
                          "maps will build on demand", vanished=BoundariesUnavailable)
    for name in national.LAYERS:
        if not all(v in ready for v in national.LAYERS[name][1]):
            continue
        _build_and_report(name, lambda n=name: national.prepare(n),
                          lambda path: f"{path.stat().st_size / 1e3:.0f} KB", "that map is unavailable")
    missing = [v for v in VINTAGES if v not in ready]
    if missing:
        print(how_to_get_them(missing[0]) if len(missing) == 1 else how_to_get_them())
    return 0


if __name__ == "__main__":
    sys.exit(main())
