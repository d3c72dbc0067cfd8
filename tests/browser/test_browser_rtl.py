"""Right-to-left: an RTL locale gets dir="rtl" and a mirrored layout.

Built from a temporary copy of the example project with `ar` in content/site.yaml and *no* Arabic
catalog, so every text falls back to English (with the notice) while the page is Arabic and RTL:
the templates must mirror by direction alone. If the example itself builds RTL locales, their
translated pages are checked the same way.
"""

from __future__ import annotations

import re
import shutil

import pytest
from browser_support import NOTES, PHONE, POLICY_SLUG, REPO, RTL_LOCALES, SitePage, StaticServer, guarded_context

RTL = "ar"


@pytest.fixture(scope="module")
def fallback_rtl_server(tmp_path_factory, chromium_path):
    from generator import pipeline

    root = tmp_path_factory.mktemp("rtl") / "project"
    for name in ("content", "templates", "locales"):
        shutil.copytree(REPO / name, root / name)
    shutil.rmtree(root / "locales" / RTL, ignore_errors=True)  # no translation: English text, RTL page
    site_yaml = root / "content" / "site.yaml"
    text = site_yaml.read_text(encoding="utf-8")
    match = re.search(r"^locales:\s*\[([^\]]*)\]", text, re.MULTILINE)
    assert match, "content/site.yaml: expected `locales: [...]`"
    locales = [loc.strip() for loc in match.group(1).split(",") if loc.strip()]
    if RTL not in locales:
        locales.append(RTL)
    site_yaml.write_text(text[:match.start()] + f"locales: [{', '.join(locales)}]" + text[match.end():], encoding="utf-8")
    try:
        pipeline.build(root)
        blocked = None
    except pipeline.BuildBlocked as exc:
        # Known generator issue (see test_fallback_rtl_locale_builds): still look at the layout.
        blocked = exc
        pipeline.build(root, run_checks=False)
    srv = StaticServer(root / "site")
    srv.blocked = blocked
    yield srv
    srv.close()


def test_fallback_rtl_locale_builds(fallback_rtl_server):
    """A new RTL locale with no catalog builds in `fallback` mode (warnings, no errors)."""
    blocked = fallback_rtl_server.blocked
    assert blocked is None, "\n".join(f"{f.rule} {f.file}:{f.line} {f.message}: {f.found}" for f in blocked.findings[:6])


MIRROR_JS = """() => {
  const R = s => document.querySelector(s).getBoundingClientRect();
  const vw = document.documentElement.clientWidth;
  const wrapEl = document.querySelector('.site-header .wrap'), wrap = wrapEl.getBoundingClientRect();
  const brand = R('.brand'), langs = R('nav.languages');
  const cards = [...document.querySelectorAll('.keyfacts > div')].map(e => e.getBoundingClientRect());
  const cell = document.querySelector('table.severities tbody td');
  const text = document.createRange(); text.selectNodeContents(cell);
  const head = document.querySelector('table.severities thead th');
  const headText = document.createRange(); headText.selectNodeContents(head);
  const pad = parseFloat(getComputedStyle(cell).paddingInlineStart);
  return {
    dir: document.dir, vw, wrapRight: wrap.right - parseFloat(getComputedStyle(wrapEl).paddingRight),
    wrapLeft: wrap.left + parseFloat(getComputedStyle(wrapEl).paddingLeft), brandRight: brand.right,
    brandLeft: brand.left, langsLeft: langs.left, langsRight: langs.right, sameRow: Math.abs(brand.top - langs.top) < 40,
    cards: cards.map(r => [r.left, r.right, r.top]),
    cellAlign: getComputedStyle(cell).textAlign, cellDirection: getComputedStyle(cell).direction,
    cellRight: cell.getBoundingClientRect().right, cellTextRight: text.getBoundingClientRect().right, pad,
    headRight: head.getBoundingClientRect().right, headTextRight: headText.getBoundingClientRect().right,
    headPad: parseFloat(getComputedStyle(head).paddingInlineStart),
    notice: !!document.querySelector('main .notice'),
    scrollWidth: document.scrollingElement.scrollWidth,
  };
}"""


FALLBACK_INTACT_JS = """() => {
  const bad = [];
  for (const el of document.querySelectorAll('*'))
    for (const a of el.attributes)
      if (/[<>]/.test(a.value) && !(el.tagName === 'SCRIPT')) bad.push(`${el.tagName} ${a.name}=${a.value.slice(0, 40)}`);
  if (/<"|untranslated"|lang="en"/.test(document.body.innerText)) bad.push('markup shown as text');
  const labels = [...document.querySelectorAll('nav')].map(n => n.getAttribute('aria-label'));
  if (labels.some(l => !l)) bad.push('unnamed navigation: ' + labels);
  return bad;
}"""


def check_mirrored(page, lang: str, expect_notice: bool) -> dict:
    html = page.locator("html")
    assert html.get_attribute("dir") == "rtl" and html.get_attribute("lang") == lang
    m = page.evaluate(MIRROR_JS)
    assert m["dir"] == "rtl" and m["cellDirection"] == "rtl"
    # The brand sits at the right edge of the header, the language switcher to its left.
    assert abs(m["brandRight"] - m["wrapRight"]) < 2, m  # flush with the right edge of the content
    assert m["sameRow"] and m["langsRight"] <= m["brandLeft"], m
    # Key facts run right to left: the first card is the rightmost of its row.
    first, second = m["cards"][0], m["cards"][1]
    if abs(first[2] - second[2]) < 1:
        assert first[0] > second[0], m["cards"]
    # Table cells align to their start, which is the right: text hugs the right padding edge.
    assert m["cellAlign"] in ("start", "right"), m
    assert abs(m["cellRight"] - m["pad"] - m["cellTextRight"]) < 3, m
    assert abs(m["headRight"] - m["headPad"] - m["headTextRight"]) < 3, m
    assert m["notice"] is expect_notice
    return m


def test_fallback_rtl_locale_is_mirrored(browser, fallback_rtl_server, screenshot_dir):
    srv = fallback_rtl_server
    ctx, guard = guarded_context(browser, srv.origin, viewport={"width": 1280, "height": 800})
    page = ctx.new_page()
    page.goto(srv.url(f"{RTL}/{POLICY_SLUG}/"), wait_until="load")
    check_mirrored(page, RTL, expect_notice=True)
    page.screenshot(path=str(screenshot_dir / f"{RTL}-fallback-{POLICY_SLUG}-1280.png"), full_page=True)
    # The other pages of the locale are RTL too, and a phone does not scroll sideways.
    page.set_viewport_size(PHONE)
    for path in (f"{RTL}/", f"{RTL}/{POLICY_SLUG}/", f"{RTL}/severity-levels/"):
        page.goto(srv.url(path), wait_until="load")
        assert page.locator("html").get_attribute("dir") == "rtl", path
        # Fallback texts are marked up (<span class="untranslated" lang="en">): none may leak into an
        # attribute (aria-label, data-label) and break the page into visible '<"' debris.
        assert page.evaluate(FALLBACK_INTACT_JS) == [], path
        assert page.evaluate("document.scrollingElement.scrollWidth") <= PHONE["width"], path
    page.goto(srv.url(f"{RTL}/{POLICY_SLUG}/"), wait_until="load")
    page.screenshot(path=str(screenshot_dir / f"{RTL}-fallback-{POLICY_SLUG}-375.png"), full_page=True)
    # An LTR page of the same build stays LTR.
    page.goto(srv.url(f"en/{POLICY_SLUG}/"), wait_until="domcontentloaded")
    assert page.locator("html").get_attribute("dir") == "ltr"
    assert not guard.problems(), guard.problems()
    ctx.close()
    note = f"screenshots: {screenshot_dir}"
    if note not in NOTES:
        NOTES.append(note)


@pytest.mark.skipif(not RTL_LOCALES, reason="the example builds no right-to-left locale")
@pytest.mark.parametrize("locale", RTL_LOCALES)
def test_translated_rtl_locale_is_mirrored(tab, locale):
    tag = locale.replace("_", "-")
    page = tab.open(SitePage(f"{locale}/{POLICY_SLUG}", f"{locale}/{POLICY_SLUG}/", locale, POLICY_SLUG, tag, "rtl"))
    check_mirrored(page, tag, expect_notice=page.locator("main .notice").count() > 0)
