"""A minimal Streamlit client over the app's own WebSocket protocol: the load benchmark's viewers, and each
server's warm-up of its pages (components/warmup.py).

It does what a browser tab does when it opens a page, minus drawing it (checked against
streamlit 1.67's frontend bundle and ``web/server/starlette/starlette_websocket.py``):

- connects to ``/_stcore/stream`` with the subprotocol list ``["streamlit", <xsrf token or
  "PLACEHOLDER_AUTH_TOKEN">]`` (the second entry is only read for auth cookies; the socket
  itself needs no XSRF token) and an ``Origin`` header of the server itself (same-origin);
- sends one ``BackMsg.rerun_script`` with the page's query string (without ``?``), an empty
  ``page_script_hash`` and ``page_name`` = the URL path of the page (what the browser sends on
  a first load), plus the browser's ``context_info``;
- reads ``ForwardMsg``s until ``script_finished`` says the run finished (a run that ends
  early for a rerun is followed by another run, as in the browser).

Errors are counted, not raised: a refused connection, a timeout, a compile error, an
exception element drawn by the script, or a ``page_not_found`` message.
"""
from __future__ import annotations

import asyncio
import subprocess
import threading
import time
import urllib.request
from dataclasses import dataclass, field
from urllib.parse import urlparse

import websockets
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

STREAM_PATH = "/_stcore/stream"
PLACEHOLDER_AUTH_TOKEN = "PLACEHOLDER_AUTH_TOKEN"  # what the browser sends without an XSRF cookie
MAX_MESSAGE_BYTES = 200 * 1024 * 1024               # server.maxMessageSize default (200 MB)

_DONE = ForwardMsg.ScriptFinishedStatus.FINISHED_SUCCESSFULLY
_COMPILE_ERROR = ForwardMsg.ScriptFinishedStatus.FINISHED_WITH_COMPILE_ERROR


@dataclass
class RunResult:
    """One page load by one session."""

    page: str
    seconds: float | None = None   # connect -> script_finished (None when it never finished)
    bytes: int = 0                 # WebSocket payload bytes received
    messages: int = 0              # ForwardMsgs received
    elements: int = 0              # new elements drawn
    runs: int = 0                  # script runs finished (a rerun the script asks for adds one)
    error: str = ""
    exceptions: list[str] = field(default_factory=list)  # exception elements the script drew

    @property
    def ok(self) -> bool:
        return self.seconds is not None and not self.error and not self.exceptions


def wait_healthy(url: str, timeout: float, proc: subprocess.Popen | None = None, poll_s: float = 0.2) -> None:
    """Return once the server at `url` answers /_stcore/health; RuntimeError if `proc` exits or time runs out."""
    deadline = time.monotonic() + timeout
    while True:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"process for {url} exited ({proc.returncode}) before it was healthy")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as r:
                if r.status == 200:
                    return
        except OSError:
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"{url} did not answer /_stcore/health within {timeout:.0f} s")
        time.sleep(poll_s)


def stream_url(base_url: str) -> str:
    """``http://host:port[/base]`` -> ``ws://host:port[/base]/_stcore/stream``."""
    parsed = urlparse(base_url)
    scheme = "wss" if parsed.scheme == "https" else "ws"
    return f"{scheme}://{parsed.netloc}{parsed.path.rstrip('/')}{STREAM_PATH}"


def rerun_message(page_name: str = "", query_string: str = "", base_url: str = "") -> BackMsg:
    """The BackMsg a browser sends to run a page on first load."""
    msg = BackMsg()
    rerun = msg.rerun_script
    rerun.query_string = query_string.lstrip("?")
    rerun.page_script_hash = ""
    rerun.page_name = page_name
    ctx = rerun.context_info
    ctx.timezone = "Europe/London"
    ctx.timezone_offset = 0
    ctx.locale = "en-GB"
    ctx.url = f"{base_url.rstrip('/')}/{page_name}" + (f"?{rerun.query_string}" if rerun.query_string else "")
    ctx.is_embedded = False
    ctx.color_scheme = "light"
    return msg


class Session:
    """One open WebSocket session; ``await Session.open(url)`` then ``await s.run_page(...)``."""

    def __init__(self, base_url: str, ws) -> None:
        self.base_url = base_url
        self.ws = ws
        self.bytes = 0

    @classmethod
    async def open(cls, base_url: str, *, cookie: str | None = None, open_timeout: float = 60) -> "Session":
        parsed = urlparse(base_url)
        headers = {"Cookie": cookie} if cookie else None
        ws = await websockets.connect(
            stream_url(base_url),
            subprotocols=["streamlit", PLACEHOLDER_AUTH_TOKEN],
            origin=f"{parsed.scheme}://{parsed.netloc}",
            additional_headers=headers,
            max_size=MAX_MESSAGE_BYTES,
            ping_interval=None,        # the browser sends no protocol pings; the server pings us
            open_timeout=open_timeout,
        )
        return cls(base_url, ws)

    async def send(self, msg: BackMsg) -> None:
        await self.ws.send(msg.SerializeToString())

    async def run_page(self, page_name: str = "", query_string: str = "", *, timeout: float = 120,
                       started: float | None = None) -> RunResult:
        """Ask for a page and wait for its run to finish; `started` (monotonic) defaults to now."""
        result = RunResult(page_name or "home")
        t0 = time.monotonic() if started is None else started
        bytes0 = self.bytes
        await self.send(rerun_message(page_name, query_string, self.base_url))
        try:
            async with asyncio.timeout(timeout):
                while True:
                    raw = await self.ws.recv()
                    if isinstance(raw, str):
                        result.error = "text frame from server"
                        break
                    self.bytes += len(raw)
                    result.messages += 1
                    msg = ForwardMsg()
                    msg.ParseFromString(raw)
                    kind = msg.WhichOneof("type")
                    if kind == "delta" and msg.delta.WhichOneof("type") == "new_element":
                        result.elements += 1
                        element = msg.delta.new_element
                        if element.WhichOneof("type") == "exception":
                            exc = element.exception
                            result.exceptions.append(f"{exc.type}: {exc.message}"[:300])
                    elif kind == "page_not_found":
                        result.error = f"page not found: {msg.page_not_found.page_name!r}"
                    elif kind == "script_finished":
                        result.runs += 1
                        if msg.script_finished == _COMPILE_ERROR:
                            result.error = result.error or "script compile error"
                            break
                        if msg.script_finished == _DONE:
                            result.seconds = time.monotonic() - t0
                            break
                        # FINISHED_EARLY_FOR_RERUN: another run follows
        except TimeoutError:
            result.error = f"no script_finished within {timeout:.0f} s"
        except websockets.ConnectionClosed as exc:
            result.error = f"connection closed ({exc.rcvd.code if exc.rcvd else 'no close frame'})"
        result.bytes = self.bytes - bytes0
        return result

    async def close(self) -> None:
        try:
            await self.ws.close()
        except Exception:  # already gone: nothing to release on our side
            pass


async def open_and_run(base_url: str, page_name: str = "", query_string: str = "", *,
                       timeout: float = 120) -> tuple[Session | None, RunResult]:
    """Connect and run one page, timed from before the connection; the session is left open."""
    t0 = time.monotonic()
    try:
        async with asyncio.timeout(timeout):
            session = await Session.open(base_url, open_timeout=timeout)
    except (OSError, TimeoutError, websockets.InvalidHandshake, websockets.InvalidURI) as exc:
        return None, RunResult(page_name or "home", error=f"connect failed: {type(exc).__name__}: {exc}"[:300])
    left = max(1.0, timeout - (time.monotonic() - t0))
    return session, await session.run_page(page_name, query_string, timeout=left, started=t0)


async def render_once(base_url: str, page_name: str = "", query_string: str = "", *,
                      timeout: float = 120) -> RunResult:
    """Open a session, run one page, close the session."""
    session, result = await open_and_run(base_url, page_name, query_string, timeout=timeout)
    if session is not None:
        await session.close()
    return result


def run_async(coro):
    """asyncio.run in a thread of its own: Playwright's sync API keeps an event loop running in the main thread."""
    box: dict = {}

    def target() -> None:
        try:
            box["out"] = asyncio.run(coro)
        except BaseException as exc:  # re-raised in the caller's thread
            box["exc"] = exc

    worker = threading.Thread(target=target, daemon=True)
    worker.start()
    worker.join()
    if "exc" in box:
        raise box["exc"]
    return box["out"]
