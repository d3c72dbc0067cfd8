"""Layout in a real browser: phones (375 px), print, and screenshots of every locale's policy page."""

from __future__ import annotations

import pytest
from browser_support import LOCALES, NOTES, POLICY_SLUG, all_pages, locale_pages, page_params

# Every visible box inside the viewport, and no box whose content spills out of it (long words).
OVERFLOW_JS = """() => {
  const vw = document.documentElement.clientWidth, out = [];
  const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().split(/\\s+/).join('.') : '');
  // Visually hidden on purpose (the skip link until focused, a table head read by screen readers only).
  const clipped = el => { for (let e = el; e && e !== document.body; e = e.parentElement) {
      const cs = getComputedStyle(e), r = e.getBoundingClientRect();
      if (cs.clipPath !== 'none' || cs.clip !== 'auto' || (cs.overflow !== 'visible' && (r.width <= 1 || r.height <= 1))) return true; }
    return false; };
  for (const el of document.body.querySelectorAll('*')) {
    const cs = getComputedStyle(el);
    if (cs.display === 'none' || cs.visibility === 'hidden' || clipped(el)) continue;
    const r = el.getBoundingClientRect();
    if (r.width <= 1 || r.height <= 1) continue;
    if (r.right > vw + 0.5 || r.left < -0.5) out.push(`${name(el)} spans ${Math.round(r.left)}..${Math.round(r.right)} of ${vw}`);
    if (!['auto', 'scroll', 'hidden', 'clip'].includes(cs.overflowX) && cs.display !== 'inline'
        && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0)
      out.push(`${name(el)} content ${el.scrollWidth}px overflows its ${el.clientWidth}px box: "${el.textContent.trim().slice(0, 40)}"`);
  }
  return {scrollWidth: document.scrollingElement.scrollWidth, problems: out.slice(0, 12)};
}"""

STACKED_JS = """() => {
  const t = document.querySelector('table.severities');
  const rows = [...t.tBodies[0].rows];
  return {
    width: t.getBoundingClientRect().width,
    headVisible: t.tHead.getBoundingClientRect().height > 1,
    rows: rows.map(tr => ({
      display: getComputedStyle(tr).display,
      width: tr.getBoundingClientRect().width,
      cells: [...tr.cells].map(c => ({
        width: c.getBoundingClientRect().width,
        font: parseFloat(getComputedStyle(c).fontSize),
        empty: !c.textContent.trim(),
        label: c.tagName === 'TD' ? getComputedStyle(c, '::before').content : 'th',
      })),
    })),
  };
}"""


@pytest.mark.parametrize("site_page", page_params(all_pages()))
def test_nothing_scrolls_sideways_at_375px(phone_tab, site_page):
    page = phone_tab.open(site_page, wait_until="load")
    assert page.evaluate("innerWidth") == 375
    found = page.evaluate(OVERFLOW_JS)
    assert found["scrollWidth"] <= 375, found
    assert not found["problems"], "\n".join(found["problems"])


@pytest.mark.parametrize("site_page", page_params([p for p in locale_pages() if p.slug == POLICY_SLUG]))
def test_nothing_overflows_on_a_tablet(fresh_tab, site_page):
    """768 px: the multi-column layouts (key facts, channels, the table) are at their tightest."""
    fresh_tab.page.set_viewport_size({"width": 768, "height": 1024})
    found = fresh_tab.open(site_page, wait_until="load").evaluate(OVERFLOW_JS)
    assert found["scrollWidth"] <= 768 and not found["problems"], found


@pytest.mark.parametrize("site_page", page_params([p for p in locale_pages() if p.slug == POLICY_SLUG]))
def test_severity_table_stacks_readably_at_375px(phone_tab, site_page):
    """On a phone each severity is a card: cells full width one under the other, each labelled with its
    column's header (the <thead> stays in the accessibility tree but is not drawn), text >= 14 px."""
    page = phone_tab.open(site_page, wait_until="load")
    t = page.evaluate(STACKED_JS)
    assert not t["headVisible"]
    for row in t["rows"]:
        assert row["display"] not in ("table-row",), row
        for cell in row["cells"]:
            if cell["empty"]:
                continue
            assert cell["width"] >= 0.8 * row["width"], f"cell not stacked full width: {row}"
            assert cell["font"] >= 14, f"text too small on a phone: {cell}"
            assert cell["label"] not in ("none", "normal", '""'), f"stacked cell without its column label: {cell}"


def test_print_hides_navigation_and_keeps_the_policy(fresh_tab):
    page = fresh_tab.page
    page.emulate_media(media="print")
    for loc in LOCALES:
        site_page = next(p for p in locale_pages() if p.locale == loc and p.slug == POLICY_SLUG)
        fresh_tab.open(site_page, wait_until="load")
        for selector in ("nav.languages", "nav.site-nav", ".skip"):
            assert not page.locator(selector).is_visible(), f"{loc}: {selector} is printed"
        for selector in ("h1", ".keyfacts", "table.severities", ".site-footer time"):
            assert page.locator(selector).first.is_visible(), f"{loc}: {selector} is not printed"
        # On paper the severity table is a real table again, with its header row.
        assert page.evaluate("getComputedStyle(document.querySelector('table.severities tbody tr')).display") == "table-row"
        assert page.evaluate("getComputedStyle(document.querySelector('table.severities thead')).display") == "table-header-group"
    assert not fresh_tab.guard.problems(), fresh_tab.guard.problems()


@pytest.mark.parametrize("locale", LOCALES)
def test_screenshots_of_the_policy_page(tab, phone_tab, screenshot_dir, locale):
    """Full-page screenshots for a designer's eye: tests/screenshots/<locale>-<slug>-{1280,375}.png."""
    site_page = next(p for p in locale_pages() if p.locale == locale and p.slug == POLICY_SLUG)
    for t, width in ((tab, 1280), (phone_tab, 375)):
        t.open(site_page, wait_until="load")
        path = screenshot_dir / f"{locale}-{POLICY_SLUG}-{width}.png"
        t.page.screenshot(path=str(path), full_page=True)
        assert path.stat().st_size > 10_000
    note = f"screenshots: {screenshot_dir}"
    if note not in NOTES:
        NOTES.append(note)
    print(note)
