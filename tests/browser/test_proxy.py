"""`make serve`'s stack on loopback: two Streamlit processes behind nginx (scripts/serve.py).

One stack for the whole module (nginx + 2 processes start once). A real Chromium uploads a
file and downloads a PNG and the .ics through the proxy, every request reaching the process
that holds its session; a viewer whose process is killed gets the same page and filters
back from the other process within 10 s; malformed and flooding WebSocket clients do not
take the service down for others. The fault test runs last: it kills a process.
"""
from __future__ import annotations

import asyncio
import gzip
import re
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
import websockets
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from bench.load import run_async
from components.session_client import Session, render_once, rerun_message
from scripts.serve import find_nginx, serve_stack
from tests.browser.server import wait_for_app
from tests.browser.test_pages_browser import assert_no_error_boxes

FILTERED_TENDERS = "tenders?today=2025-06-01&category=home%20care"
RECONNECT_LIMIT_S = 10.0


@pytest.fixture(scope="module")
def stack():
    try:
        find_nginx()
    except RuntimeError as exc:
        pytest.fail(f"{exc} (make test installs it)")
    with serve_stack(processes=2) as running:
        yield running


def access_log(stack) -> list[str]:
    return (stack.settings.run_dir / "access.log").read_text(encoding="utf-8").splitlines()


def logged(stack, marker: str, count: int, timeout: float = 10.0) -> list[str]:
    """The access-log lines whose request carries `marker`, once `count` of them are there: nginx writes a
    line when it has finished a request, which can be just after the client has read the response."""
    deadline = time.monotonic() + timeout
    while True:
        lines = [line for line in access_log(stack) if marker in line]
        if len(lines) >= count or time.monotonic() > deadline:
            return lines
        time.sleep(0.05)


def upstream_of(line: str) -> str:
    """The process that answered a logged request (the last address nginx tried)."""
    return re.search(r"upstream=(\S+)", line).group(1).split(",")[-1].strip()


def get(url: str, headers: dict[str, str] | None = None):
    return urllib.request.urlopen(urllib.request.Request(url, headers=headers or {}), timeout=30)


def watch_csp(page) -> list[str]:
    """Content-Security-Policy violations the page reports (blocked URI and directive)."""
    seen: list[str] = []
    page.add_init_script(
        "document.addEventListener('securitypolicyviolation', e => console.log('CSP-VIOLATION '"
        " + e.violatedDirective + ' ' + e.blockedURI))")
    page.on("console", lambda m: seen.append(m.text) if m.text.startswith("CSP-VIOLATION") else None)
    return seen


def own_origin_violations(seen: list[str], origin: str) -> list[str]:
    """Violations that break the app itself: inline code, eval, or its own files. (Another
    host being blocked is the policy doing its job: the atlas sends nothing to third parties.)"""
    return [v for v in seen if not re.search(r" https?://", v) or f" {origin}" in v]


def test_headers_gzip_and_affinity_cookie(stack):
    with get(f"{stack.url}/") as r:
        html = r.read()
        csp = r.headers["Content-Security-Policy"]
        cookie = r.headers["Set-Cookie"]
        assert r.headers["X-Content-Type-Options"] == "nosniff"
        assert r.headers["Referrer-Policy"] == "same-origin"
    assert "frame-ancestors 'self'" in csp and "default-src 'self'" in csp and "object-src 'none'" in csp
    assert not re.search(r"https?://|\*", csp), f"the policy names another origin: {csp}"
    assert "'unsafe-eval'" not in csp and "script-src 'self' 'sha256-" in csp
    assert re.fullmatch(r"atlas_backend=p[12]; Path=/; HttpOnly; SameSite=Lax", cookie)

    script = re.search(rb'src="\./(static/js/index\.[^"]+\.js)"', html).group(1).decode()
    with get(f"{stack.url}/{script}", {"Accept-Encoding": "gzip"}) as r:
        assert r.headers["Content-Encoding"] == "gzip"
        assert len(gzip.decompress(r.read())) > 100_000

    # a browser that carries the cookie stays with its process, and is not sent a new cookie
    for name, port in (("p1", stack.settings.backends[0]), ("p2", stack.settings.backends[1])):
        marker = f"affinity-probe={name}-{time.monotonic_ns()}"
        for _ in range(3):
            with get(f"{stack.url}/_stcore/host-config?{marker}", {"Cookie": f"atlas_backend={name}"}) as r:
                assert r.headers["Set-Cookie"] is None
        lines = logged(stack, marker, 3)
        assert len(lines) == 3, access_log(stack)[-10:]
        assert all(upstream_of(line) == f"127.0.0.1:{port}" for line in lines), lines


def test_streamlits_own_files_come_from_disk_not_from_a_process(stack):
    """A browser's first load fetches some 80 of Streamlit's scripts and styles: nginx sends them from its prepared
    copy, gzipped beforehand and kept by the browser, with the same security headers and no affinity cookie; a file
    the copy lacks still reaches Streamlit."""
    with get(f"{stack.url}/") as r:
        script = re.search(rb'src="\./(static/js/index\.[^"]+\.js)"', r.read()).group(1).decode()
    marker = f"static-probe={time.monotonic_ns()}"
    with get(f"{stack.url}/{script}?{marker}", {"Accept-Encoding": "gzip"}) as r:
        body = gzip.decompress(r.read())
        assert r.headers["Content-Encoding"] == "gzip" and r.headers["Content-Type"] == "application/javascript"
        assert r.headers["Cache-Control"] == "max-age=315360000"
        assert "frame-ancestors 'self'" in r.headers["Content-Security-Policy"]
        assert r.headers["X-Content-Type-Options"] == "nosniff" and r.headers["Set-Cookie"] is None
    assert body == (Path(stack.settings.static_root) / script).read_bytes()
    [line] = logged(stack, marker, 1)
    assert upstream_of(line) == "-", line  # no Streamlit process was asked

    missing = f"static/js/not-in-the-copy.js?{marker}"
    try:
        get(f"{stack.url}/{missing}").close()
    except urllib.error.HTTPError:
        pass  # Streamlit's own answer for a file it lacks too
    [line] = logged(stack, "not-in-the-copy", 1)
    assert upstream_of(line).startswith("127.0.0.1:"), line


def test_a_protocol_session_renders_through_the_proxy(stack):
    result = run_async(render_once(stack.url, "", timeout=120))
    assert result.ok, result
    assert result.elements > 5


def test_upload_and_downloads_go_to_the_process_holding_the_session(stack, browser, tmp_path):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    seen = watch_csp(page)
    try:
        # upload on Add a document: a made-up file that is not a document
        page.goto(f"{stack.url}/add-document?authority=E10000016")
        wait_for_app(page)
        page.wait_for_selector('[data-testid="stFileUploaderDropzoneInput"]', state="attached")
        upload = tmp_path / "statement.pdf"
        upload.write_bytes(b"%PDF-1.7\n\x00\x01\x02 made-up, not a real pdf")
        page.set_input_files('[data-testid="stFileUploaderDropzoneInput"]', str(upload))
        error = page.locator('[data-testid="stAlertContentError"]')
        error.wait_for(timeout=60_000)
        assert "This file cannot be used" in error.inner_text()   # the script read the uploaded bytes
        assert page.locator('[data-testid="stException"]').count() == 0

        # downloads on Tenders: the chart as PNG and the calendar
        page.goto(f"{stack.url}/tenders?today=2025-06-01")
        wait_for_app(page)
        for label, suffix, magic in (("Download PNG", ".png", b"\x89PNG"),
                                     ("Download calendar (.ics)", ".ics", b"BEGIN:VCALENDAR")):
            button = page.get_by_role("button", name=label).first
            button.scroll_into_view_if_needed()
            with page.expect_download(timeout=90_000) as info:
                button.click()
            saved = tmp_path / f"download{suffix}"
            info.value.save_as(saved)
            assert info.value.suggested_filename.endswith(suffix)
            assert saved.read_bytes().startswith(magic)
        assert_no_error_boxes(page)
        affinity = {c["name"]: c["value"] for c in context.cookies()}["atlas_backend"]
    finally:
        context.close()

    assert not own_origin_violations(seen, stack.url), seen
    port = stack.settings.backends[int(affinity[1:]) - 1]
    log = access_log(stack)
    sockets = [line for line in log if '"GET /_stcore/stream ' in line and f"affinity={affinity}" in line]
    uploads = [line for line in log if '"PUT /_stcore/upload_file/' in line]
    media = [line for line in log if '"GET /media/' in line and f"affinity={affinity}" in line
             and re.search(r"\.(png|ics)", line)]
    assert sockets and uploads and len(media) >= 2, "\n".join(log[-30:])
    for line in [*sockets, *uploads, *media]:
        assert upstream_of(line) == f"127.0.0.1:{port}", line
        assert re.search(r'" (101|20\d) ', line), line


async def _abuse(url: str) -> list[int | str]:
    """Malformed frames, a text frame, an oversized frame, then rerun floods; returns how each bad socket ended.

    The floods would stall the whole process with runner.fastReruns on (a new script thread per
    rerun request, each started from the event loop); config.toml turns it off, so a session's
    requests collapse into one pending rerun.
    """
    codes = []
    for payload in (b"\xff\xfe\x00 not a BackMsg", "a text frame", b"\x0a" + b"\xff" * (2 * 1024 * 1024)):
        session = await Session.open(url)
        try:
            await session.ws.send(payload)
            async with asyncio.timeout(30):
                while True:
                    await session.ws.recv()
        except websockets.ConnectionClosed as exc:
            codes.append(exc.rcvd.code if exc.rcvd else "dropped")
        except TimeoutError:
            codes.append("still open")
        finally:
            await session.close()

    async def flood() -> None:
        session = await Session.open(url)
        msg = rerun_message("tenders", "today=2025-06-01").SerializeToString()
        try:
            for _ in range(300):
                await session.ws.send(msg)
        finally:
            await session.close()

    await asyncio.gather(*(flood() for _ in range(6)))
    return codes


def test_malformed_and_flooding_clients_do_not_take_the_service_down(stack):
    pids = list(stack.pids)
    codes = run_async(_abuse(stack.url))
    # not a BackMsg: protocol error; a text frame: the connection is dropped (Streamlit takes binary
    # frames only); more than server.maxWidgetStateSize: message too big
    assert codes == [1002, "dropped", 1009], codes
    # afterwards a normal viewer is still served, by processes that never went down
    result = run_async(render_once(stack.url, "", timeout=120))
    assert result.ok, result
    assert stack.pids == pids and stack.restarts == 0
    for i in range(2):
        with get(f"{stack.backend_url(i)}/_stcore/health") as r:
            assert r.status == 200


def test_a_viewer_gets_the_same_page_and_filters_back_when_its_process_dies(stack, browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    finished_at: list[float] = []

    def on_socket(ws) -> None:
        def frame(payload) -> None:
            if isinstance(payload, (bytes, bytearray)):
                msg = ForwardMsg()
                msg.ParseFromString(bytes(payload))
                if msg.WhichOneof("type") == "script_finished" and msg.script_finished == \
                        ForwardMsg.ScriptFinishedStatus.FINISHED_SUCCESSFULLY:
                    finished_at.append(time.monotonic())
        ws.on("framereceived", frame)

    page.on("websocket", on_socket)
    # both processes have served this page before, as they would have after any real traffic
    page_name, query = FILTERED_TENDERS.split("?")
    for i in range(2):
        warm = run_async(render_once(stack.backend_url(i), page_name, query, timeout=120))
        assert warm.ok, warm
    try:
        page.goto(f"{stack.url}/{FILTERED_TENDERS}")
        wait_for_app(page)
        filters = page.locator('[data-testid="stMultiSelect"], [data-testid="stDateInput"]')
        filters.filter(has_text="home care").first.wait_for(timeout=60_000)
        filters.filter(has_text="Date to look at").first.wait_for(timeout=60_000)  # the last filter drawn
        before = [f.inner_text() for f in filters.all()]
        affinity = {c["name"]: c["value"] for c in context.cookies()}["atlas_backend"]
        victim = int(affinity[1:]) - 1

        logged_before = len(access_log(stack))
        killed_at = time.monotonic()
        stack.kill(victim)
        deadline = killed_at + RECONNECT_LIMIT_S
        while not any(t > killed_at for t in finished_at) and time.monotonic() < deadline:
            page.wait_for_timeout(100)
        reconnected = [t - killed_at for t in finished_at if t > killed_at]
        assert reconnected, f"no complete render within {RECONNECT_LIMIT_S:.0f} s of the process dying"
        assert reconnected[0] <= RECONNECT_LIMIT_S
        print(f"process killed -> same page rendered by the other process in {reconnected[0]:.1f} s")
        wait_for_app(page, 10_000)
        # the filters as the viewer had them, within the same 10 s (the new run may still be drawing)
        shown: list[str] = []
        while time.monotonic() < deadline:
            shown = [f.inner_text() for f in filters.all()]
            if shown == before:
                break
            page.wait_for_timeout(200)
        assert shown == before, f"{RECONNECT_LIMIT_S:.0f} s after the process died the filters show {shown}, not {before}"

        assert page.url.endswith(FILTERED_TENDERS)
        assert page.locator("h1").first.inner_text().strip() == "Tenders and contracts"
        assert_no_error_boxes(page)
        now = {c["name"]: c["value"] for c in context.cookies()}["atlas_backend"]
        # the browser now sticks to the process that holds its new session: the other one, or the one that died
        # if the supervisor had it serving again before the browser reconnected. nginx logs a WebSocket when it
        # closes, so close the page, then read which process answered the reconnected one.
        page.close()
        deadline = time.monotonic() + 10
        while True:  # the dropped WebSocket's line, then the reconnected one's
            streams = [line for line in access_log(stack)[logged_before:]
                       if '"GET /_stcore/stream ' in line and '" 101 ' in line]
            if len(streams) >= 2 or time.monotonic() > deadline:
                break
            time.sleep(0.05)
        assert len(streams) >= 2, "\n".join(access_log(stack)[logged_before:])
        assert upstream_of(streams[0]) == f"127.0.0.1:{stack.settings.backends[victim]}", streams
        assert upstream_of(streams[-1]) == f"127.0.0.1:{stack.settings.backends[int(now[1:]) - 1]}", streams
    finally:
        context.close()
    stack.wait_backend_healthy(victim)   # the supervisor started it again
    assert stack.restarts == 1
