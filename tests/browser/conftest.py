"""Browser fixtures: the built example site on 127.0.0.1, one Debian Chromium per session.

Helpers and constants live in browser_support.py (importable by the test modules).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from browser_support import (CHROMIUM, DESKTOP, LAUNCH_ARGS, PHONE, SCREENSHOTS, StaticServer, Tab,
                             guarded_context, terminal_summary)


@pytest.fixture(scope="session")
def chromium_path() -> Path:
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} is not installed (apt-get install chromium)")
    return CHROMIUM


@pytest.fixture(scope="session")
def server(chromium_path, built_site):
    srv = StaticServer(built_site)
    yield srv
    srv.close()


@pytest.fixture(scope="session")
def browser(chromium_path):
    from playwright.sync_api import sync_playwright

    pw = sync_playwright().start()
    try:
        b = pw.chromium.launch(executable_path=str(chromium_path), args=LAUNCH_ARGS)
    except Exception:
        pw.stop()
        raise
    yield b
    b.close()
    pw.stop()


@pytest.fixture
def tab(browser, server):
    ctx, guard = guarded_context(browser, server.origin, viewport=DESKTOP)
    page = ctx.new_page()
    yield Tab(page, guard, server)
    ctx.close()
    assert not guard.external, f"requests left localhost: {guard.external}"


@pytest.fixture
def phone_tab(browser, server):
    ctx, guard = guarded_context(browser, server.origin, viewport=PHONE, is_mobile=True, has_touch=True,
                                 device_scale_factor=1)
    page = ctx.new_page()
    yield Tab(page, guard, server)
    ctx.close()
    assert not guard.external, f"requests left localhost: {guard.external}"


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


def pytest_terminal_summary(terminalreporter):
    terminal_summary(terminalreporter)
