"""scripts/serve.py's nginx configuration, without starting anything (the running stack is tested in
tests/browser/test_proxy.py)."""
from __future__ import annotations

import re
import subprocess

import pytest

from scripts.serve import ProxySettings, find_nginx, render_config, streamlit_script_sources


def settings(tmp_path, **kw) -> ProxySettings:
    return ProxySettings(listen="127.0.0.1:8080", backends=(9001, 9002, 9003), run_dir=tmp_path,
                         script_extra=streamlit_script_sources(), **kw)


def test_every_process_has_a_pool_where_it_comes_first_and_the_others_back_it_up(tmp_path):
    conf = render_config(settings(tmp_path))
    assert not re.search(r"\{\{[A-Z_]+\}\}", conf)
    for n, port in enumerate((9001, 9002, 9003), start=1):
        pool = re.search(r"upstream atlas_p%d \{(.*?)\}" % n, conf, re.S).group(1)
        lines = [line.strip() for line in pool.strip().splitlines()]
        assert lines[0].startswith(f"server 127.0.0.1:{port} ") and "backup" not in lines[0]
        assert len(lines) == 3 and all(line.endswith("backup;") for line in lines[1:])
        assert f"p{n} atlas_p{n};" in conf                      # cookie -> pool
        assert re.search(r'"~\(\^\|\[ ,\]\)127\\\.0\\\.0\\\.1:%d\$" p%d;' % (port, n), conf)  # answered by -> cookie
    every = re.search(r"upstream atlas_all \{(.*?)\}", conf, re.S).group(1)
    assert "least_conn" in every and every.count("max_fails=1") == 3


def test_security_headers_name_no_other_origin(tmp_path):
    conf = render_config(settings(tmp_path))
    csp = re.search(r'Content-Security-Policy "([^"]+)"', conf).group(1)
    assert "frame-ancestors 'self'" in csp and "object-src 'none'" in csp
    assert not re.search(r"https?:|\*|'unsafe-eval'", csp)
    assert "'unsafe-inline'" not in csp.split("script-src")[1].split(";")[0]   # scripts: 'self', a hash, wasm
    assert 'X-Content-Type-Options "nosniff"' in conf and "Referrer-Policy" in conf


def test_embedding_origins_and_https_cookie_are_settings(tmp_path):
    conf = render_config(settings(tmp_path, frame_ancestors="'self' https://intranet.example.org",
                                  secure_cookie=True))
    assert "frame-ancestors 'self' https://intranet.example.org" in conf
    assert "SameSite=Lax; Secure" in conf


def test_nginx_accepts_the_generated_config(tmp_path):
    try:
        nginx = find_nginx()
    except RuntimeError as exc:
        pytest.fail(f"{exc} (make test installs it)")
    (tmp_path / "tmp").mkdir()
    conf = tmp_path / "nginx.conf"
    conf.write_text(render_config(settings(tmp_path)), encoding="utf-8")
    check = subprocess.run([nginx, "-t", "-q", "-p", str(tmp_path), "-c", str(conf)], capture_output=True, text=True)
    assert check.returncode == 0, check.stderr


def test_streamlits_files_are_prepared_once_per_build_with_gzip_copies(tmp_path):
    import gzip

    from scripts.serve import prepare_static

    source = tmp_path / "streamlit-static"
    (source / "static" / "js").mkdir(parents=True)
    (source / "index.html").write_text("<html>build 1</html>", encoding="utf-8")
    script = "console.log('atlas');" * 200
    (source / "static" / "js" / "index.abc123.js").write_text(script, encoding="utf-8")
    (source / "static" / "font.woff2").write_bytes(b"\x00compressed already")
    cache = tmp_path / "cache"

    first = prepare_static(source, cache)
    packed = first / "static" / "js" / "index.abc123.js.gz"
    assert gzip.decompress(packed.read_bytes()).decode() == script
    assert (first / "static" / "js" / "index.abc123.js").read_text(encoding="utf-8") == script
    assert (first / "static" / "font.woff2").exists() and not (first / "static" / "font.woff2.gz").exists()

    packed.unlink()  # a second call with the same build reuses the copy as it is
    assert prepare_static(source, cache) == first and not packed.exists()
    (source / "index.html").write_text("<html>build 2</html>", encoding="utf-8")  # a new Streamlit: a new copy
    second = prepare_static(source, cache)
    assert second != first and (second / "static" / "js" / "index.abc123.js.gz").exists()
    assert not [p for p in cache.iterdir() if p.name.startswith(".static-")]  # no work folders left behind


def test_the_static_location_serves_the_prepared_copy(tmp_path):
    conf = render_config(settings(tmp_path, static_root="/srv/atlas-static"))
    block = re.search(r"location \^~ /static/ \{(.*?)\n        \}", conf, re.S).group(1)
    assert "root /srv/atlas-static;" in block and "gzip_static on;" in block and "try_files $uri @streamlit;" in block
    assert "add_header" not in block  # one add_header here would drop the server's security headers


def test_a_copy_made_meanwhile_by_another_start_is_kept(tmp_path, monkeypatch):
    """Two `make serve` starting together: the second to finish keeps the first's copy, which nginx may be serving."""
    import shutil

    from scripts import serve

    source = tmp_path / "streamlit-static"
    (source / "static").mkdir(parents=True)
    (source / "index.html").write_text("<html></html>", encoding="utf-8")
    cache = tmp_path / "cache"
    real_copytree = shutil.copytree
    made: list = []
    other_started = []

    def copytree_while_another_finishes(src, dst, *a, **k):
        if not other_started:  # the other start finishes while this one copies
            other_started.append(True)
            made.append(serve.prepare_static(source, cache))
            (made[0] / "served-by-nginx").write_text("", encoding="utf-8")
        return real_copytree(src, dst, *a, **k)

    monkeypatch.setattr(serve.shutil, "copytree", copytree_while_another_finishes)
    assert serve.prepare_static(source, cache) == made[0]
    assert (made[0] / "served-by-nginx").exists() and (made[0] / ".complete").exists()
