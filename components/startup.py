"""Once per server process, after the first script run has imported the app: keep Python's collector off
the long-lived objects.

With `runner.postScriptGC = false` (.streamlit/config.toml) Python's generational collector does the
collecting; `gc.freeze()` moves everything alive now (modules, Altair's schema classes, pandas, the
registries) to a permanent generation, so a full collection scans only what sessions created since.
"""
from __future__ import annotations

import gc
import threading

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
