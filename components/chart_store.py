"""Built charts kept on disk, so a new server process starts with them (components/chart_cache.py).

A chart's specification is a pure function of its builder's code, its arguments and the files the app reads.
So a process writes each chart it builds to `.cache/charts/` under a key made of all three, and a later process
(a restart, another worker behind nginx) reads it back with plain file reads instead of importing Altair and
building it: the home page's first run then needs no Altair at all (components/startup.py defers the import).

The key cannot serve a stale chart:
- the code and data: a digest of the content of every Python file of the app (components, data, geo, pages,
  dashboard.py), of every table and registry file in the data folder, of the prepared map layers (.cache/geo, or $CMA_GEO_CACHE_DIR),
  of requirements.txt and of the installed versions of Streamlit, Altair, pandas and PyArrow; computed once per
  process (about 20 ms), so any change in any of them gives every chart a new key;
- the builder: its module and qualified name (its code is in the digest); a closure or lambda is never stored;
- the arguments: chart_cache's fingerprints, written out only when every part is plain data (text, numbers,
  digests of frames and dicts, dates, frozen dataclasses of those); anything else is not stored.

With each chart, the elements Streamlit made of it (per width, theme and alt text: the VegaLiteChart message
and its layout) are kept too, so a new process sends them without the JSON work of making them.

Files are written whole (temporary file, then rename) and read defensively: a damaged or unreadable file is a
miss. The folder is pruned to MAX_FILES. `CMA_CHART_STORE` names another folder, or "0" turns the store off.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import hashlib
import json
import os
import threading
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
STORE_ENV = "CMA_CHART_STORE"
DEFAULT_DIR = ROOT / ".cache" / "charts"
MAX_FILES = 2048  # charts and their elements
CODE_DIRS = ("components", "data", "geo", "pages")
CODE_FILES = ("dashboard.py", "requirements.txt")
PACKAGES = ("streamlit", "altair", "pandas", "pyarrow")
FORMAT = 1

_lock = threading.Lock()
_digest: str | None = None


def folder() -> Path | None:
    """Where charts are kept, or None when the store is off."""
    value = os.environ.get(STORE_ENV)
    if value == "0":
        return None
    return Path(value) if value else DEFAULT_DIR


def _files(roots: Iterable[Path], suffixes: tuple[str, ...] | None) -> list[Path]:
    out = []
    for root in roots:
        if root.is_file():
            out.append(root)
        elif root.is_dir():
            out += [p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts
                    and (suffixes is None or p.suffix in suffixes)]
    return sorted(out)


def environment_digest() -> str:
    """A digest of the app's code, data, prepared layers and library versions (once per process)."""
    global _digest
    if _digest is None:
        from data.paths import data_dir
        from geo.sources import cache_dir

        digest = hashlib.blake2b(digest_size=16)
        digest.update(f"format {FORMAT}".encode())
        for package in PACKAGES:
            digest.update(f"{package} {_version(package)}\n".encode())
        code = _files([ROOT / d for d in CODE_DIRS] + [ROOT / f for f in CODE_FILES], (".py", ".txt"))
        tables = _files([data_dir()], (".csv", ".json", ".txt", ".yaml", ".yml"))
        layers = _files([cache_dir()], (".geojson", ".json"))
        for path in [*code, *tables, *layers]:
            digest.update(str(path).encode() + b"\0")
            try:
                digest.update(path.read_bytes())
            except OSError:
                digest.update(b"unreadable")
        _digest = digest.hexdigest()
    return _digest


def _version(package: str) -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version(package)
    except PackageNotFoundError:
        return "absent"


def _plain(value: Any) -> Any:
    """A fingerprint as plain JSON data that says everything about it, or raise TypeError."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return ["float", repr(value)]
    if isinstance(value, bytes):
        return ["bytes", value.hex()]
    if isinstance(value, (tuple, list)):
        return [type(value).__name__, [_plain(v) for v in value]]
    if isinstance(value, enum.Enum):
        return ["enum", type(value).__module__, type(value).__qualname__, value.name]
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return ["time", type(value).__name__, value.isoformat()]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        cls = type(value)
        return ["dataclass", cls.__module__, cls.__qualname__,
                [[f.name, _plain(getattr(value, f.name))] for f in dataclasses.fields(value)]]
    if callable(value) and hasattr(value, "__qualname__") and "<" not in value.__qualname__:
        return ["function", value.__module__, value.__qualname__]  # its code is in the environment digest
    raise TypeError(type(value).__name__)


def key(builder: Callable[..., Any], args_fingerprint: Any, kwargs_fingerprint: Any) -> str | None:
    """The file name for a chart, or None when it must not be stored (a closure, an argument that is not plain)."""
    try:
        plain = _plain([builder, args_fingerprint, kwargs_fingerprint])
    except TypeError:
        return None
    text = json.dumps([environment_digest(), plain], separators=(",", ":"))
    return hashlib.blake2b(text.encode(), digest_size=20).hexdigest()


def load(name: str) -> tuple[str, str, tuple[tuple[str, bytes], ...]] | None:
    """(spec JSON, screen JSON, Arrow datasets) kept under `name`, or None."""
    where = folder()
    if where is None:
        return None
    try:
        raw = (where / f"{name}.chart").read_bytes()
        head, _, body = raw.partition(b"\n")
        header = json.loads(head)
        if header.get("format") != FORMAT:
            return None
        same = header["screen"] == -1  # the screen's spec is the full one (a map: its GeoJSON stays in the spec)
        sizes = [header["spec"], 0 if same else header["screen"], *(size for _, size in header["arrow"])]
        if sum(sizes) != len(body) or min(sizes) < 0:
            return None
        parts, at = [], 0
        for size in sizes:
            parts.append(body[at:at + size])
            at += size
        arrow = tuple((str(n), bytes(b)) for (n, _), b in zip(header["arrow"], parts[2:]))
        spec = parts[0].decode("utf-8")
        return spec, spec if same else parts[1].decode("utf-8"), arrow
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save(name: str, spec_json: str, screen_json: str, arrow: tuple[tuple[str, bytes], ...]) -> bool:
    """Keep a chart under `name` (whole or not at all); False when it could not be written (no harm done)."""
    where = folder()
    if where is None:
        return False
    spec = spec_json.encode("utf-8")
    screen = b"" if screen_json == spec_json else screen_json.encode("utf-8")
    header = {"format": FORMAT, "spec": len(spec), "screen": len(screen) if screen else -1,
              "arrow": [[n, len(b)] for n, b in arrow]}
    return _write(where / f"{name}.chart",
                  json.dumps(header).encode() + b"\n" + spec + screen + b"".join(b for _, b in arrow))


def _element_path(where: Path, name: str, variant: tuple) -> Path:
    tag = hashlib.blake2b(json.dumps([name, list(variant)]).encode(), digest_size=20).hexdigest()
    return where / f"{tag}.element"


def load_element(name: str, variant: tuple) -> tuple[str, bytes, dict] | None:
    """(element type, its serialised message, its layout) kept for chart `name` shown with `variant`, or None."""
    where = folder()
    if where is None:
        return None
    try:
        raw = _element_path(where, name, variant).read_bytes()
        head, _, body = raw.partition(b"\n")
        header = json.loads(head)
        if header.get("format") != FORMAT or header["size"] != len(body):
            return None
        return str(header["type"]), body, dict(header["layout"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def save_element(name: str, variant: tuple, delta_type: str, message: bytes, layout: dict) -> bool:
    """Keep the element a stored chart made with `variant` (width, theme, alt text), whole or not at all."""
    where = folder()
    if where is None:
        return False
    header = {"format": FORMAT, "type": delta_type, "size": len(message), "layout": layout}
    return _write(_element_path(where, name, variant), json.dumps(header).encode() + b"\n" + message)


def _write(target: Path, content: bytes) -> bool:
    temporary = target.with_name(f".{target.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(temporary, "wb") as out:
            out.write(content)
        os.replace(temporary, target)
    except OSError:
        temporary.unlink(missing_ok=True)
        return False
    _prune_now_and_then(target.parent)
    return True


_writes_since_pruned: dict[Path, int] = {}  # folder -> charts written by this process since it was last pruned


def _prune_now_and_then(where: Path) -> None:
    """Prune at a folder's first write in this process, then after every MAX_FILES // 4 writes: the folder stays
    within MAX_FILES and a quarter, without listing up to MAX_FILES files after every chart a warm-up stores."""
    with _lock:
        count = _writes_since_pruned.get(where)
        due = count is None or count + 1 >= max(1, MAX_FILES // 4)
        _writes_since_pruned[where] = 0 if due else count + 1
    if due:
        _prune(where)


def _prune(where: Path) -> None:
    """Keep the newest MAX_FILES charts."""
    try:
        files = [(p.stat().st_mtime, p) for p in where.iterdir() if p.suffix in (".chart", ".element")]
    except OSError:
        return
    if len(files) <= MAX_FILES:
        return
    with _lock:
        for _, path in sorted(files)[:len(files) - MAX_FILES * 3 // 4]:
            path.unlink(missing_ok=True)


def forget_environment() -> None:
    """Compute the environment digest again at next use (tests; a data refresh in a running process)."""
    global _digest
    _digest = None
