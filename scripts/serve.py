"""`make serve` / `python -m scripts.serve`: one Streamlit process per core behind nginx.

- N Streamlit processes on 127.0.0.1 (consecutive ports after --backend-port), sharing one
  cookie secret (generated per start, passed in the environment, never on a command line);
- a startup wait: nginx starts only when every process answers /_stcore/health;
- nginx (Debian package) from scripts/nginx.conf.template, written into a git-ignored run
  folder (.run/serve-<port>/) with its pid, logs and temp files: session affinity by
  cookie, passive health checks, WebSocket upgrade, gzip, security headers, flood limits;
- supervision: a process that exits is started again (nginx sends its viewers to the
  others meanwhile); Ctrl-C or SIGTERM stops nginx and every process, and waits for them.

Importable for tests and the load benchmark: `with serve_stack(processes=2) as stack:`
gives `stack.url`, `stack.pids`, `stack.kill(i)`.
"""
from __future__ import annotations

import argparse
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import threading
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

from components.session_client import wait_healthy

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = Path(__file__).resolve().parent / "nginx.conf.template"
RUN_ROOT = ROOT / ".run"

# What the Content-Security-Policy's frame-ancestors allows by default: only this origin
# may embed the atlas. A council intranet that embeds it adds its origin (--frame-ancestors).
DEFAULT_FRAME_ANCESTORS = "'self'"


def find_nginx() -> str:
    for candidate in (shutil.which("nginx"), "/usr/sbin/nginx"):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    raise RuntimeError("nginx is not installed: `apt-get install -y nginx` (Debian package)")


def free_port(host: str = "127.0.0.1") -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return s.getsockname()[1]


def free_ports(count: int) -> list[int]:
    """`count` ports free right now (each bound once by the OS, so they differ)."""
    socks = []
    try:
        for _ in range(count):
            s = socket.socket()
            s.bind(("127.0.0.1", 0))
            socks.append(s)
        return [s.getsockname()[1] for s in socks]
    finally:
        for s in socks:
            s.close()


@dataclass(frozen=True)
class ProxySettings:
    listen: str                          # nginx "listen": "127.0.0.1:8080", "0.0.0.0:8080", "8080"
    backends: tuple[int, ...]            # Streamlit ports on 127.0.0.1
    run_dir: Path
    frame_ancestors: str = DEFAULT_FRAME_ANCESTORS
    fail_timeout: str = "10s"
    max_body: str = "6m"                 # server.maxUploadSize is 5 MB
    conn_per_address: int = 400          # concurrent connections per client address
    ws_rate: str = "20r/s"               # new WebSockets per client address, sustained ...
    ws_burst: int = 300                  # ... after a burst of this many (a room arriving at once)
    secure_cookie: bool = False          # True when the public side is https
    script_extra: str = ""               # script-src sources besides 'self' (streamlit_script_sources())
    static_root: str = ""                # prepare_static()'s folder: nginx serves /static/ from it


def streamlit_script_sources() -> str:
    """The script-src sources Streamlit's page needs besides 'self', read from the installed version.

    index.html carries one small inline script (allowed by its sha256, not by 'unsafe-inline'),
    and the protobuf and deck.gl bundles compile WebAssembly ('wasm-unsafe-eval', which allows
    no JavaScript eval).
    """
    import base64
    import hashlib

    import streamlit

    html = (Path(streamlit.__file__).parent / "static" / "index.html").read_text(encoding="utf-8")
    inline = re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S)
    hashes = [f"'sha256-{base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()}'" for body in inline]
    return " ".join([*hashes, "'wasm-unsafe-eval'"])


STATIC_CACHE = ROOT / ".cache" / "streamlit-static"
GZIPPED_SUFFIXES = (".js", ".css", ".html", ".json", ".svg")  # woff2 and images are compressed already


def prepare_static(source: Path | None = None, cache: Path = STATIC_CACHE) -> Path:
    """A copy of Streamlit's own files (its scripts, styles, fonts: content-hashed names, the same for every
    process) for nginx to serve from disk, each text file with a gzip copy beside it (nginx's gzip_static);
    made once per Streamlit build, in about 2 s; returns its folder.

    Served by a Streamlit process, a browser's first load costs that Python process about 0.25 s of CPU for some
    80 files (measured, Nov 2026: 25 times what its page's script run costs), and a room of browsers arriving at
    once would queue behind it; nginx sends them from disk."""
    import gzip
    import hashlib
    import tempfile

    if source is None:
        import streamlit

        source = Path(streamlit.__file__).parent / "static"
    build = hashlib.blake2b((source / "index.html").read_bytes(), digest_size=6).hexdigest()
    target = cache / f"streamlit-{build}"
    if (target / ".complete").exists():
        return target
    cache.mkdir(parents=True, exist_ok=True)
    work = Path(tempfile.mkdtemp(prefix=".static-", dir=cache))
    try:
        copy = work / "static"
        shutil.copytree(source, copy)
        for path in copy.rglob("*"):
            if path.suffix in GZIPPED_SUFFIXES and path.is_file():
                packed = path.with_name(path.name + ".gz")
                packed.write_bytes(gzip.compress(path.read_bytes(), compresslevel=9, mtime=0))
                os.utime(packed, (path.stat().st_atime, path.stat().st_mtime))
        (copy / ".complete").write_text("", encoding="utf-8")
        if not (target / ".complete").exists():  # another start may have made it meanwhile: that copy stays
            shutil.rmtree(target, ignore_errors=True)  # an incomplete earlier attempt
            try:
                copy.rename(target)
            except OSError:
                if not (target / ".complete").exists():
                    raise
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return target


def backend_name(i: int) -> str:
    return f"p{i + 1}"


def render_config(s: ProxySettings, template: str | None = None) -> str:
    """The nginx configuration for these settings (pure: no files, no processes)."""
    text = template if template is not None else TEMPLATE.read_text(encoding="utf-8")
    addrs = [f"127.0.0.1:{port}" for port in s.backends]
    server = "        server {addr} max_fails=1 fail_timeout=" + s.fail_timeout + "{extra};"
    servers_all = "\n".join(server.format(addr=a, extra="") for a in addrs)
    pools, pool_map, served_map = [], [], []
    for i, addr in enumerate(addrs):
        name = backend_name(i)
        others = [a for a in addrs if a != addr]
        lines = [server.format(addr=addr, extra="")] + [server.format(addr=o, extra=" backup") for o in others]
        pools.append(f"    upstream atlas_{name} {{\n" + "\n".join(lines) + "\n    }")
        pool_map.append(f"        {name} atlas_{name};")
        served_map.append(f'        "~(^|[ ,]){re.escape(addr)}$" {name};')
    fields = {
        "RUN_DIR": str(s.run_dir), "LISTEN": s.listen, "SERVERS_ALL": servers_all, "POOLS": "\n".join(pools),
        "POOL_MAP": "\n".join(pool_map), "SERVED_MAP": "\n".join(served_map), "FRAME_ANCESTORS": s.frame_ancestors,
        "FAIL_TIMEOUT": s.fail_timeout, "MAX_BODY": s.max_body, "CONN_PER_ADDRESS": str(s.conn_per_address),
        "WS_RATE": s.ws_rate, "WS_BURST": str(s.ws_burst), "COOKIE_SECURE": "; Secure" if s.secure_cookie else "",
        "SCRIPT_EXTRA": f" {s.script_extra}" if s.script_extra else "",
        "STATIC_ROOT": s.static_root or str(STATIC_CACHE / "missing"),  # missing: every /static/ file is proxied
    }
    out = re.sub(r"\{\{([A-Z_]+)\}\}", lambda m: fields[m.group(1)], text)
    return out


def streamlit_command(script: Path, port: int) -> list[str]:
    """The command serving `script` on 127.0.0.1:`port`: headless, no file watcher, no usage statistics.

    The one launch line for this stack, the browser tests' server and the benchmarks.
    """
    return [
        sys.executable, "-m", "streamlit", "run", str(script),
        "--server.port", str(port), "--server.address", "127.0.0.1",
        "--server.headless", "true", "--browser.gatherUsageStats", "false",
        "--server.fileWatcherType", "none",
    ]


def _stop(proc: subprocess.Popen, sig: int = signal.SIGTERM, timeout: float = 10) -> None:
    if proc.poll() is not None:
        return
    try:
        os.killpg(proc.pid, sig)
        proc.wait(timeout=timeout)
    except ProcessLookupError:
        pass
    except subprocess.TimeoutExpired:
        try:
            os.killpg(proc.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        proc.wait(timeout=5)


@dataclass
class Stack:
    """A running nginx + Streamlit processes; supervised until `stop()`."""

    settings: ProxySettings
    script: Path
    env: dict[str, str]
    url: str
    procs: list[subprocess.Popen] = field(default_factory=list)
    nginx: subprocess.Popen | None = None
    restarts: int = 0
    log: object = sys.stderr
    _stopping: threading.Event = field(default_factory=threading.Event)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    @property
    def pids(self) -> list[int]:
        return [p.pid for p in self.procs]

    def backend_url(self, i: int) -> str:
        return f"http://127.0.0.1:{self.settings.backends[i]}"

    def start_backend(self, i: int) -> subprocess.Popen:
        out = open(self.settings.run_dir / f"streamlit-{backend_name(i)}.log", "ab")
        try:
            return subprocess.Popen(streamlit_command(self.script, self.settings.backends[i]), cwd=ROOT, env=self.env, stdout=out, stderr=subprocess.STDOUT,
                                    start_new_session=True)
        finally:
            out.close()

    def kill(self, i: int, sig: int = signal.SIGKILL) -> int:
        """Stop process i abruptly (a crash, for fault tests); the supervisor starts it again. Returns its pid."""
        proc = self.procs[i]
        os.killpg(proc.pid, sig)
        proc.wait(timeout=10)
        return proc.pid

    def supervise(self, interval: float = 0.5, health_timeout: float = 90) -> None:
        while not self._stopping.wait(interval):
            for i, proc in enumerate(list(self.procs)):
                if proc.poll() is None or self._stopping.is_set():
                    continue
                print(f"serve: {backend_name(i)} (pid {proc.pid}) exited with {proc.returncode}; starting it again",
                      file=self.log, flush=True)
                with self._lock:
                    if self._stopping.is_set():
                        return
                    self.procs[i] = self.start_backend(i)
                    self.restarts += 1
                try:
                    wait_healthy(self.backend_url(i), health_timeout, self.procs[i])
                except RuntimeError as exc:
                    print(f"serve: {exc}", file=self.log, flush=True)
            if self.nginx is not None and self.nginx.poll() is not None and not self._stopping.is_set():
                print(f"serve: nginx exited with {self.nginx.returncode}; see {self.settings.run_dir}/error.log",
                      file=self.log, flush=True)
                self._stopping.set()

    def wait_backend_healthy(self, i: int, timeout: float = 90) -> None:
        wait_healthy(self.backend_url(i), timeout)

    def stop(self) -> None:
        self._stopping.set()
        with self._lock:
            if self.nginx is not None:
                _stop(self.nginx, signal.SIGQUIT)     # graceful: finish what is in flight
            for proc in self.procs:
                _stop(proc)

    @property
    def stopped(self) -> bool:
        return self._stopping.is_set()


@contextmanager
def serve_stack(processes: int | None = None, listen: str | None = None, script: Path = ROOT / "dashboard.py",
                frame_ancestors: str = DEFAULT_FRAME_ANCESTORS, health_timeout: float = 90,
                env: dict[str, str] | None = None, log=sys.stderr, **proxy: object) -> Iterator[Stack]:
    """Start N Streamlit processes and nginx in front; always stopped on exit."""
    nginx_bin = find_nginx()
    processes = processes or os.cpu_count() or 1
    throwaway = listen is None      # tests and the benchmark: the run folder goes when the stack stops
    if listen is None:
        listen = f"127.0.0.1:{free_port()}"
    port = listen.rsplit(":", 1)[-1]
    host = listen.rsplit(":", 1)[0] if ":" in listen else "127.0.0.1"
    run_dir = RUN_ROOT / f"serve-{port}"
    shutil.rmtree(run_dir, ignore_errors=True)
    (run_dir / "tmp").mkdir(parents=True)
    proxy.setdefault("script_extra", streamlit_script_sources())
    proxy.setdefault("static_root", str(prepare_static()))
    settings = ProxySettings(listen=listen, backends=tuple(free_ports(processes)), run_dir=run_dir,
                             frame_ancestors=frame_ancestors, **proxy)  # type: ignore[arg-type]
    conf = run_dir / "nginx.conf"
    conf.write_text(render_config(settings), encoding="utf-8")
    check = subprocess.run([nginx_bin, "-t", "-q", "-p", str(run_dir), "-c", str(conf)], capture_output=True, text=True)
    if check.returncode != 0:
        raise RuntimeError(f"nginx rejected {conf}:\n{check.stderr}")

    child_env = {
        **os.environ,
        # one secret for every process, so a cookie one signs the others accept
        "STREAMLIT_SERVER_COOKIE_SECRET": secrets.token_hex(32),
        # glibc gives each thread's allocations their own arena; Streamlit runs every session's
        # script in a thread, so without a cap memory stays high after a crowd has left
        "MALLOC_ARENA_MAX": "2",
        **(env or {}),
    }
    public_host = "127.0.0.1" if host in ("0.0.0.0", "[::]", "*") else host
    stack = Stack(settings, script, child_env, f"http://{public_host}:{port}", log=log)
    supervisor = None
    try:
        with stack._lock:
            stack.procs = [stack.start_backend(i) for i in range(processes)]
        for i, proc in enumerate(stack.procs):           # the startup wait
            wait_healthy(stack.backend_url(i), health_timeout, proc)
        stack.nginx = subprocess.Popen([nginx_bin, "-p", str(run_dir), "-c", str(conf)], cwd=run_dir,
                                       stdout=subprocess.DEVNULL, stderr=open(run_dir / "nginx.out", "ab"),
                                       start_new_session=True)
        wait_healthy(stack.url, 15, stack.nginx)
        supervisor = threading.Thread(target=stack.supervise, name="serve-supervisor", daemon=True)
        supervisor.start()
        yield stack
    finally:
        stack.stop()
        if supervisor is not None:
            supervisor.join(timeout=10)
        if throwaway:
            shutil.rmtree(run_dir, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.serve", description=__doc__.splitlines()[0])
    parser.add_argument("--processes", type=int, default=os.cpu_count() or 1,
                        help="Streamlit processes (default: one per core)")
    parser.add_argument("--listen", default="0.0.0.0:8080", help="nginx listen address (default 0.0.0.0:8080)")
    parser.add_argument("--frame-ancestors", default=DEFAULT_FRAME_ANCESTORS,
                        help="who may embed the atlas in a frame, as CSP sources (default 'self')")
    parser.add_argument("--https", action="store_true",
                        help="the public side is https (TLS ends in front of nginx): cookies get Secure")
    args = parser.parse_args(argv)
    if args.processes < 1:
        parser.error("--processes must be at least 1")

    stop = threading.Event()
    for sig in (signal.SIGINT, signal.SIGTERM):
        signal.signal(sig, lambda *_: stop.set())
    try:
        with serve_stack(args.processes, args.listen, frame_ancestors=args.frame_ancestors,
                         secure_cookie=args.https) as stack:
            print(f"serve: {args.processes} Streamlit process(es) behind nginx on {args.listen} "
                  f"({stack.url}); run folder {stack.settings.run_dir}; Ctrl-C stops everything", flush=True)
            while not stop.wait(0.5) and not stack.stopped:
                pass
            print("serve: stopping ...", flush=True)
    except RuntimeError as exc:
        print(f"serve: {exc}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
