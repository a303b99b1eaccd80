"""With no boundaries anywhere, the app gets a helpful message instead of a map, never a traceback."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from geo import BoundariesUnavailable, map_features
from geo.boundaries import read_districts
from geo.sources import locate

ROOT = Path(__file__).resolve().parent.parent
HOW_TO = ("../shared/geo", "CMA_GEO_DIR", "make boundaries")


def _closed_port_url() -> str:
    """A local URL nothing listens on, so the download attempt fails at once, offline."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}/query?f=geojson"


@pytest.fixture
def nowhere(tmp_path) -> dict[str, str]:
    (tmp_path / "empty").mkdir()
    return {
        "CMA_GEO_DIR": str(tmp_path / "empty"),
        "CMA_SHARED_GEO_DIR": str(tmp_path / "no-shared"),
        "CMA_GEO_CACHE_DIR": str(tmp_path / "cache"),
        "CMA_ONS_LAD_URL": _closed_port_url(),
    }


@pytest.mark.parametrize("vintage", ["2013", "2023"])
def test_missing_boundaries_raise_with_how_to_get_them(nowhere, monkeypatch, vintage):
    for key, value in nowhere.items():
        monkeypatch.setenv(key, value)
    for call in (lambda: locate(vintage), lambda: read_districts(vintage), lambda: map_features(["E07000112"], vintage)):
        with pytest.raises(BoundariesUnavailable) as info:
            call()
        message = str(info.value)
        assert all(hint in message for hint in HOW_TO)
        assert nowhere["CMA_GEO_DIR"] in message  # says where it looked


def test_prepare_without_boundaries_exits_0_with_the_message(nowhere):
    env = {**os.environ, **nowhere}
    done = subprocess.run(
        [sys.executable, "-m", "geo.prepare"], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60,
    )
    assert done.returncode == 0
    assert "Traceback" not in done.stdout + done.stderr
    assert "download failed" in done.stdout
    assert all(hint in done.stdout for hint in HOW_TO)
    assert not Path(nowhere["CMA_GEO_CACHE_DIR"]).exists() or not any(Path(nowhere["CMA_GEO_CACHE_DIR"]).iterdir())


def test_env_folder_comes_before_the_shared_folder(tmp_path, monkeypatch):
    shared = ROOT.parent / "shared" / "geo"
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "lad_2023_uk_buc.geojson").write_bytes((shared / "lad_2023_uk_buc.geojson").read_bytes())
    monkeypatch.setenv("CMA_GEO_DIR", str(mine))
    monkeypatch.setenv("CMA_GEO_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("CMA_SHARED_GEO_DIR", str(shared))
    assert locate("2023").path == mine / "lad_2023_uk_buc.geojson"
    assert locate("2023").origin == "CMA_GEO_DIR"
    assert locate("2013").origin == "shared folder"  # falls through for a file the folder lacks


def test_unreadable_boundary_file_is_a_clear_message(tmp_path, monkeypatch):
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "lad_2023_uk_buc.geojson").write_text('{"type": "FeatureCollection", "features": [')
    monkeypatch.setenv("CMA_GEO_DIR", str(mine))
    monkeypatch.setenv("CMA_GEO_CACHE_DIR", str(tmp_path / "cache"))
    with pytest.raises(BoundariesUnavailable, match="could not be read") as info:
        map_features(["E07000112"], "2023")
    assert all(hint in str(info.value) for hint in HOW_TO)
