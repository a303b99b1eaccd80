"""Once per process the app freezes what its imports created, so Python's collector skips them."""
import gc
import subprocess
import sys
import tomllib
from pathlib import Path

from components.startup import freeze_startup_objects

ROOT = Path(__file__).resolve().parents[1]


def test_the_first_call_freezes_and_later_calls_do_nothing():
    freeze_startup_objects()  # the first call in this process (or an AppTest of the app already made it)
    frozen = gc.get_freeze_count()
    assert frozen > 0
    garbage = [object() for _ in range(1000)]
    assert freeze_startup_objects() is False
    assert gc.get_freeze_count() == frozen  # what sessions create later stays collectable
    del garbage


def test_streamlit_does_not_collect_all_garbage_after_every_run():
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["runner"]["postScriptGC"] is False


def test_the_app_freezes_its_startup_objects():
    """In a process of its own, so nothing else has frozen anything yet."""
    script = ("import gc; from streamlit.testing.v1 import AppTest; at = AppTest.from_file('dashboard.py', "
              "default_timeout=60); before = gc.get_freeze_count(); at.run(); "
              "print(before, gc.get_freeze_count(), len(at.exception))")
    out = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    before, after, exceptions = map(int, out.stdout.split()[-3:])
    assert (before, exceptions) == (0, 0)
    assert after > 0


def test_a_served_process_skips_streamlits_direct_execution_check(monkeypatch):
    """The check walks every frame and every module (0.2-0.5 s of the first run with pandas and Altair loaded);
    a process started by `streamlit run` never shows its warning. Guards a Streamlit upgrade: the flag must exist."""
    import streamlit as st
    from streamlit import delta_generator, env_util

    from components.startup import skip_direct_execution_check

    monkeypatch.setattr(delta_generator, "_use_warning_has_been_displayed", False)
    monkeypatch.setattr(env_util, "is_repl", lambda: (_ for _ in ()).throw(AssertionError("check ran")))
    assert skip_direct_execution_check() is True
    st.caption("drawn outside a run: the first element of this process would have run the check")
    assert delta_generator._use_warning_has_been_displayed is True


def test_without_the_flag_the_check_is_left_alone(monkeypatch):
    from streamlit import delta_generator

    from components.startup import skip_direct_execution_check

    monkeypatch.delattr(delta_generator, "_use_warning_has_been_displayed")
    assert skip_direct_execution_check() is False
    assert not hasattr(delta_generator, "_use_warning_has_been_displayed")


def test_a_served_process_never_asks_a_third_party_for_its_address(monkeypatch):
    """Streamlit asks checkip.amazonaws.com for the machine's address when a headless server starts and when a
    WebSocket comes from another site's page. After the server's start-up step neither reaches the network."""
    from streamlit import config, net_util
    from streamlit.web import bootstrap
    from streamlit.web.server import server_util

    from components.startup import no_external_ip_lookup

    asked: list[str] = []
    monkeypatch.setattr(net_util, "_make_blocking_http_get", lambda url, timeout: asked.append(url))
    monkeypatch.setattr(net_util, "_external_ip", None)
    net_util.get_external_ip()
    assert asked, "Streamlit no longer looks its address up this way: review components/startup.py"
    asked.clear()

    config.set_option("server.headless", True)
    bootstrap._print_url(False)  # `make run`'s start-up banner, printed before dashboard.py is imported:
    assert asked == []            # .streamlit/config.toml names the address, so nothing is looked up

    monkeypatch.setattr(net_util, "get_external_ip", net_util.get_external_ip)  # undone after the test
    assert no_external_ip_lookup() is True
    assert server_util.is_url_from_allowed_origins("http://another-site.example") is False
    assert asked == []
