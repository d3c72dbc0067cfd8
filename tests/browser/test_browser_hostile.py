"""No script from content or a translation ever runs in a visitor's browser.

The check refuses such translations (SLA501), so this builds with the check switched off, the way
a careless deploy would, and proves the renderer alone keeps every payload inert: no dialog opens,
no injected element or handler exists.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from browser_support import StaticServer

REPO = Path(__file__).resolve().parents[2]


def poison_catalog(po: Path, index: int, payload: str) -> None:
    """Replace one single-line translation (a different one per payload) with `payload`."""
    lines = po.read_text().split("\n")
    seen = -1
    for i, line in enumerate(lines):
        if line.startswith('msgstr "') and line != 'msgstr ""' and i > 12:
            seen += 1
            if seen == index * 7:
                escaped = payload.replace("\\", "\\\\").replace('"', '\\"')
                lines[i] = f'msgstr "{escaped}"'
                break
    po.write_text("\n".join(lines))

PAYLOADS = [
    '<script>alert("translation")</script>',
    '<img src=x onerror="alert(\'img\')">',
    '[click me](javascript:alert("link"))',
    '<a href="javascript:alert(1)">x</a>',
    '<svg onload=alert("svg")>',
    '" onmouseover="alert(1)" x="',
    '<style>body{background:url(javascript:alert(1))}</style>',
]


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory, chromium_path):
    from generator.pipeline import build

    root = tmp_path_factory.mktemp("hostile") / "project"
    for name in ("content", "templates", "locales"):
        shutil.copytree(REPO / name, root / name)
    for i, payload in enumerate(PAYLOADS):
        for locale in ("fr", "ar"):
            poison_catalog(root / f"locales/{locale}/LC_MESSAGES/messages.po", i, payload)
    page = root / "content/pages/severity-levels.md"
    page.write_text(page.read_text() + "\n<script>alert('page')</script>\n\n<img src=x onerror=alert('p')>\n\n"
                    "[x](javascript:alert('page-link'))\n")
    build(root, run_checks=False)
    srv = StaticServer(root / "site")
    yield srv
    srv.close()


@pytest.mark.parametrize("path", ["fr/", "fr/vip-support/", "fr/severity-levels/", "ar/vip-support/",
                                  "en/severity-levels/"])
def test_no_script_from_content_runs(browser, hostile_site, path):
    ctx = browser.new_context()
    dialogs: list[str] = []
    try:
        page = ctx.new_page()
        page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        page.goto(hostile_site.url(path), wait_until="load")
        # hover and click everything a visitor could touch
        for link in page.locator("main a").all()[:40]:
            href = link.get_attribute("href") or ""
            assert not href.strip().lower().startswith("javascript:"), href
        page.mouse.move(200, 300)
        page.wait_for_timeout(200)
        injected = page.evaluate("""() => ({
            scripts: [...document.querySelectorAll('script')].filter(s => s.type !== 'application/ld+json').length,
            handlers: [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length,
            svg: document.querySelectorAll('main svg, main img[src="x"]').length,
            styles: document.querySelectorAll('main style, body style').length,
        })""")
        assert dialogs == [], dialogs
        assert injected == {"scripts": 0, "handlers": 0, "svg": 0, "styles": 0}, injected
    finally:
        ctx.close()
