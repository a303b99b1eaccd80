"""Downloading the 2023 districts page by page, against a local ArcGIS-style server.

A page that fails (HTTP 500 or cut-off JSON) must leave no half-written file and must not
touch an earlier good copy.
"""
from __future__ import annotations

import json
import threading
import urllib.parse
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from geo import prepare
from geo.mapready import layer_path, map_features
from geo.sources import DownloadError, download_2023, locate

SERVER_PAGE_LIMIT = 2  # like the real service's 2000, but small so a few features need pages


def _square(code: str, name: str, lon: float, lat: float) -> dict:
    d = 0.05
    ring = [[lon, lat], [lon + d, lat], [lon + d, lat + d], [lon, lat + d], [lon, lat]]
    return {"type": "Feature", "properties": {"FID": 1, "LAD23CD": code, "LAD23NM": name},
            "geometry": {"type": "Polygon", "coordinates": [ring]}}


FEATURES = [  # synthetic squares over Kent, codes from the registry
    _square("E07000105", "Ashford", 0.80, 51.10),
    _square("E07000106", "Canterbury", 1.05, 51.25),
    _square("E07000107", "Dartford", 0.20, 51.42),
    _square("E07000108", "Dover", 1.25, 51.15),
    _square("E07000112", "Folkestone and Hythe", 1.05, 51.08),
]


class ArcGisLike(BaseHTTPRequestHandler):
    fail_at_offset: int | None = None
    fail_mode = "500"
    requests: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - http.server's name
        query = dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(self.path).query))
        type(self).requests.append(self.path)
        offset = int(query.get("resultOffset", 0))
        count = min(int(query.get("resultRecordCount", 2000)), SERVER_PAGE_LIMIT)
        page = FEATURES[offset:offset + count]
        body = json.dumps({
            "type": "FeatureCollection",
            "features": page,
            "properties": {"exceededTransferLimit": offset + count < len(FEATURES)},
        }).encode()
        if offset == self.fail_at_offset and self.fail_mode == "500":
            self.send_error(500, "Server error")
            return
        if offset == self.fail_at_offset and self.fail_mode == "truncated":
            body = body[: len(body) // 2]
        self.send_response(200)
        self.send_header("Content-Type", "application/geo+json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def server():
    handler = type("Handler", (ArcGisLike,), {"requests": [], "fail_at_offset": None})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}/query?outFields=*&where=1%3D1&f=geojson"
    yield handler, url
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def isolated(tmp_path, monkeypatch):
    """No boundaries anywhere but a fresh cache folder."""
    empty = tmp_path / "empty"
    empty.mkdir()
    cache = tmp_path / "cache"
    monkeypatch.setenv("CMA_GEO_DIR", str(empty))
    monkeypatch.setenv("CMA_SHARED_GEO_DIR", str(tmp_path / "no-shared"))
    monkeypatch.setenv("CMA_GEO_CACHE_DIR", str(cache))
    return cache


def test_download_follows_pages_until_the_limit_flag_clears(server, isolated):
    handler, url = server
    path = download_2023(url=url, dest_dir=isolated)
    data = json.loads(path.read_text())
    assert [f["properties"]["LAD23CD"] for f in data["features"]] == [f["properties"]["LAD23CD"] for f in FEATURES]
    offsets = [dict(urllib.parse.parse_qsl(urllib.parse.urlsplit(r).query))["resultOffset"] for r in handler.requests]
    assert offsets == ["0", "2", "4"]
    assert all("f=geojson" in r and "resultRecordCount=2000" in r for r in handler.requests)
    assert locate("2023").origin == "cache"
    assert [p.name for p in isolated.iterdir()] == ["lad_2023_uk_buc.geojson"]


@pytest.mark.parametrize("mode", ["500", "truncated"])
def test_failed_page_leaves_no_partial_cache(server, isolated, mode):
    handler, url = server
    handler.fail_at_offset, handler.fail_mode = 2, mode
    with pytest.raises(DownloadError):
        download_2023(url=url, dest_dir=isolated)
    assert not isolated.exists() or list(isolated.iterdir()) == []


@pytest.mark.parametrize("mode", ["500", "truncated"])
def test_failed_page_keeps_earlier_good_cache(server, isolated, mode):
    handler, url = server
    good = download_2023(url=url, dest_dir=isolated)
    before = good.read_bytes()
    handler.fail_at_offset, handler.fail_mode = 4, mode
    with pytest.raises(DownloadError):
        download_2023(url=url, dest_dir=isolated)
    assert good.read_bytes() == before
    assert sorted(p.name for p in isolated.iterdir()) == ["lad_2023_uk_buc.geojson"]


def test_prepare_downloads_when_missing_then_builds_map_ready(server, isolated, monkeypatch, capsys):
    handler, url = server
    monkeypatch.setenv("CMA_ONS_LAD_URL", url)
    assert prepare.main([]) == 0
    out = capsys.readouterr().out
    assert f"downloading from {url}" in out
    assert "Map-ready 2023: built" in out
    assert "Boundaries 2013: not found" in out
    assert layer_path("2023").parent == isolated
    fc = map_features(["E07000112", "E07000105"], "2023")
    assert [f["properties"]["current_name"] for f in fc["features"]] == ["Folkestone and Hythe", "Ashford"]
    # A second run finds everything in place and does nothing.
    n_requests = len(handler.requests)
    assert prepare.main([]) == 0
    assert "Map-ready 2023: up to date" in capsys.readouterr().out
    assert len(handler.requests) == n_requests


def test_prepare_reports_a_failed_download_and_exits_0(server, isolated, monkeypatch, capsys):
    handler, url = server
    handler.fail_at_offset = 2
    monkeypatch.setenv("CMA_ONS_LAD_URL", url)
    assert prepare.main([]) == 0
    out = capsys.readouterr().out
    assert "download failed" in out and "HTTP 500" in out
    assert "make boundaries" in out
    assert not isolated.exists() or list(isolated.iterdir()) == []
