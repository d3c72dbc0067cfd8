"""`slasite serve`: rebuilds after an edit, shows a located error overlay, recovers."""

from __future__ import annotations

import time
import urllib.request

from generator.commands.serve import start


def _get(port: int, path: str) -> str:
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/{path}", timeout=10) as r:
        return r.read().decode("utf-8")


def _wait_for(predicate, timeout=20.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.1)
    return False


def test_serve_rebuilds_on_po_edit_and_shows_error_overlay(project):
    server, state, stop = start(project, port=0)
    port = server.server_address[1]
    try:
        page = _get(port, "de/vip-support/")
        assert "Kritisch" in page and "__slasite/wait" in page
        po = project / "locales/de/LC_MESSAGES/messages.po"
        good = po.read_text()
        po.write_text(good.replace('msgstr "Kritisch"', 'msgstr "Äußerst kritisch"', 1))
        assert _wait_for(lambda: "Äußerst kritisch" in _get(port, "de/vip-support/")), "page did not change"
        po.write_text(good.replace('msgstr "Kritisch"', 'msgstr "Kritisch', 1))  # unterminated string
        assert _wait_for(lambda: "slasite-error" in _get(port, "de/vip-support/")), "no error overlay"
        page = _get(port, "de/vip-support/")
        assert "locales/de/LC_MESSAGES/messages.po" in page and "Äußerst kritisch" in page  # old page kept
        po.write_text(good)
        assert _wait_for(lambda: "slasite-error" not in _get(port, "de/vip-support/")), "did not recover"
        assert "Kritisch" in _get(port, "de/vip-support/")
    finally:
        stop.set()
        server.shutdown()
