"""What a server process settles once: Python's collector kept off the objects the first run imported, and
every run coming through the entry point (dashboard.py).

With `runner.postScriptGC = false` (.streamlit/config.toml) Python's generational collector does the
collecting; `gc.freeze()` moves everything alive now (modules, Altair's schema classes, pandas, the
registries) to a permanent generation, so a full collection scans only what sessions created since.
"""
from __future__ import annotations

import gc
import importlib
import importlib.util
import sys
import threading
import types
from typing import Any

_frozen = False
_lock = threading.Lock()


def freeze_startup_objects() -> bool:
    """Freeze the objects alive now, the first time it is called in this process; True if it froze them."""
    global _frozen
    with _lock:
        if _frozen:
            return False
        gc.collect()
        gc.freeze()
        _frozen = True
        return True


_this_run = threading.local()  # Streamlit runs each session's script runs on a thread of its own


def entering_through_dashboard() -> None:
    """dashboard.py's mark, just before it runs the page: this run came through the entry point."""
    _this_run.entered = True


def through_the_entry_point() -> None:
    """Make sure this run came through dashboard.py; if not, switch the process over and run again.

    Until some run in a process has called `st.navigation`, Streamlit treats the `pages/` folder as its
    old multipage layout and runs a page opened by its URL (say /carers, the link shown at a forum) on its
    own, without dashboard.py: no page settings, no run gate (components/run_gate.py), no warm-up. Every
    such run (a room opening the link on a just-started server makes dozens at once) switches the process
    to the app's own navigation and asks for a rerun, which comes through dashboard.py onto the same page
    (Streamlit names a page by its file either way). Only on a real server: AppTest starts every run in
    that mode on purpose, and a rerun would drop a test's click."""
    import streamlit as st
    from streamlit.runtime.pages_manager import PagesManager

    from components.warmup import serving

    entered, _this_run.entered = getattr(_this_run, "entered", False), False
    if entered or not serving():
        return
    PagesManager.uses_pages_directory = False
    st.rerun()


def skip_direct_execution_check() -> bool:
    """Spare the first run Streamlit's check for being run without `streamlit run`; True if skipped.

    The first element a process draws makes Streamlit decide, once, whether to warn that the script is not being
    served (`delta_generator._maybe_print_use_warning`): `env_util.is_repl()` calls `inspect.stack()`, which reads
    every frame's source and maps each frame to its module by walking all of `sys.modules`, thousands of them
    once pandas and Altair are in. That took 0.2-0.5 s of the first page's run (py-spy, Nov 2026), on the way to
    every first viewer's page. A server process started by `streamlit run` never shows that warning, so it is
    marked shown before any run. Call it only there (dashboard.py, as the server starts); a Streamlit without
    the flag (tests/test_startup.py guards an upgrade) keeps its check."""
    from streamlit import delta_generator

    if not isinstance(getattr(delta_generator, "_use_warning_has_been_displayed", None), bool):
        return False
    delta_generator._use_warning_has_been_displayed = True
    return True


def no_external_ip_lookup() -> bool:
    """Stop Streamlit asking a third party for this machine's public address; True if stopped.

    Streamlit looks the address up over HTTP at checkip.amazonaws.com (`net_util.get_external_ip`): for the
    "External URL" it prints when a headless server starts without `server.address`, and for every WebSocket
    whose Origin is another site, while it checks whether that origin is allowed. The atlas sends nothing to
    third parties; and where the lookup fails (an offline host or a firewall that drops it) it blocks the
    server's event loop for up to 2 s each time, so any page on another site could stall every viewer by
    opening sockets to us. The atlas never needs the address (viewers reach it by its own name: same-origin,
    allowed before any lookup), so the lookup finds none. Call it as the server starts (dashboard.py);
    tests/test_startup.py checks that neither of Streamlit's callers reaches the network afterwards."""
    from streamlit import net_util

    if not callable(getattr(net_util, "get_external_ip", None)):
        return False
    net_util.get_external_ip = _no_external_ip
    return True


def _no_external_ip() -> None:
    return None


class _Deferred(types.ModuleType):
    """Stands in for a module in `sys.modules` until something reads one of its names, then imports it."""

    def __getattr__(self, name: str) -> Any:
        return getattr(_real_module(self), name)

    def __dir__(self) -> list[str]:
        return dir(_real_module(self))


def _real_module(stand_in: _Deferred) -> types.ModuleType:
    real = stand_in.__dict__.get("_cma_real")
    if real is None:
        name = stand_in.__name__
        if sys.modules.get(name) is stand_in:
            sys.modules.pop(name, None)
        real = importlib.import_module(name)  # Python's module lock: a second thread waits for the first's import
        stand_in.__dict__["_cma_real"] = real
    return real


def defer_import(name: str) -> bool:
    """Import module `name` only when a name in it is first read; True if deferred.

    Altair takes 0.4 s to import (narwhals, jsonschema, its schema classes) and the app's modules import it at
    the top, yet a page whose charts come from the disk store (components/chart_store.py) never calls it: with
    the import deferred, a new process's first run (the home page, on the way to the first viewer) skips it.
    Modules that ran `import altair as alt` hold the stand-in, which hands every name on to the real module
    once imported. Call it as the server starts (dashboard.py), before anything has imported the module."""
    if name in sys.modules:
        return False
    spec = importlib.util.find_spec(name)
    if spec is None:
        return False
    stand_in = _Deferred(name)
    stand_in.__spec__ = spec
    stand_in.__loader__ = spec.loader
    stand_in.__file__ = spec.origin  # read by inspect.getmodule's walk over sys.modules (no __path__: a submodule
    # import reads the package's and so imports it)
    sys.modules[name] = stand_in
    return True


def is_imported(name: str) -> bool:
    """True when module `name` has really been imported (not just deferred)."""
    module = sys.modules.get(name)
    return module is not None and (not isinstance(module, _Deferred) or "_cma_real" in module.__dict__)
