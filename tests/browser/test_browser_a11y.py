"""Keyboard use in a real browser: a visible focus ring on every stop, and a working skip link.
(axe-core and the structural checks of every page are in test_browser_pages.py.)"""

from __future__ import annotations

import pytest
from browser_support import all_pages

FOCUS_JS = """() => {
  const el = document.activeElement, cs = getComputedStyle(el), r = el.getBoundingClientRect();
  return { tag: el.tagName, text: el.textContent.trim().slice(0, 40), cls: el.className,
           outline: cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2,
           shadow: cs.boxShadow !== 'none',
           visible: r.width > 0 && r.height > 0 && r.bottom > 0 && r.right > 0
                    && r.left < innerWidth && r.top < innerHeight };
}"""


@pytest.mark.parametrize("page_id", ["en/vip-support", "ru/index", "chooser", "404"])
def test_keyboard_focus_is_visible(tab, page_id):
    """Tab through the page: every focused element shows a focus ring and is on screen; the first
    stop on a locale page is the skip link, which leads into <main>."""
    site_page = next(p for p in all_pages() if p.id == page_id)
    page = tab.open(site_page)
    stops = page.evaluate("document.querySelectorAll('a[href], button, input, select, textarea, [tabindex]').length")
    seen = []
    for _ in range(stops):
        page.keyboard.press("Tab")
        f = page.evaluate(FOCUS_JS)
        if f["tag"] == "BODY":
            break
        seen.append(f)
        assert f["outline"] or f["shadow"], f"no visible focus indicator on {f}"
        assert f["visible"], f"focused element is off screen: {f}"
    assert len(seen) == stops, f"not every link is reachable by keyboard: {len(seen)} of {stops}"
    if site_page.locale:
        assert "skip" in seen[0]["cls"]
        page.goto(page.url)
        page.keyboard.press("Tab")
        page.keyboard.press("Enter")
        assert page.evaluate("location.hash") == "#main"
        page.keyboard.press("Tab")
        # The next stop is in or after <main>: the header's links were skipped.
        assert page.evaluate("""() => { const m = document.querySelector('main'), a = document.activeElement;
            return m.contains(a) || !!(m.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING); }"""), \
            "after the skip link, focus continues in or after main"
