"""Browser fixtures: the built example site on 127.0.0.1, one Debian Chromium per session.

Helpers and constants live in browser_support.py (importable by the test modules).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from browser_support import (
    CHROMIUM,
    DESKTOP,
    LAUNCH_ARGS,
    PHONE,
    SCREENSHOTS,
    StaticServer,
    Tab,
    guarded_context,
    terminal_summary,
)


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


def _session_tab(browser, server, **options):
    ctx, guard = guarded_context(browser, server.origin, **options)
    return ctx, Tab(ctx.new_page(), guard, server)


def _use(tab: Tab):
    tab.guard.reset()
    yield tab
    external = list(tab.guard.external)
    tab.guard.reset()
    assert not external, f"requests left localhost: {external}"


@pytest.fixture(scope="session")
def _desktop(browser, server):
    ctx, tab = _session_tab(browser, server, viewport=DESKTOP)
    yield tab
    ctx.close()


@pytest.fixture(scope="session")
def _phone(browser, server):
    ctx, tab = _session_tab(browser, server, viewport=PHONE, is_mobile=True, has_touch=True,
                            device_scale_factor=1)
    yield tab
    ctx.close()


@pytest.fixture
def tab(_desktop):
    """A desktop-sized (1280 px) page, shared by the session's tests (a fresh guard for each).
    A test that changes the page's emulation (media, viewport) uses `fresh_tab` instead."""
    yield from _use(_desktop)


@pytest.fixture
def phone_tab(_phone):
    """A 375 px wide mobile page, shared like `tab`."""
    yield from _use(_phone)


@pytest.fixture
def fresh_tab(browser, server):
    """A page in a new context of its own, for tests that change emulation."""
    ctx, tab = _session_tab(browser, server, viewport=DESKTOP)
    yield from _use(tab)
    ctx.close()


@pytest.fixture(scope="session")
def screenshot_dir() -> Path:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    return SCREENSHOTS


def pytest_terminal_summary(terminalreporter):
    terminal_summary(terminalreporter)
