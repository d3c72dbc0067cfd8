"""Every locale in a real browser: lang/dir, the language switcher, hreflang alternates, sitemap."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from itertools import pairwise

import pytest
from browser_support import BASE_URL, DESKTOP, LOCALES, SLUGS, all_pages, guarded_context, locale_pages, page_params

HEAD_JS = """() => ({
  alternates: Object.fromEntries([...document.querySelectorAll('link[rel=alternate][hreflang]')]
      .map(l => [l.getAttribute('hreflang'), l.href])),
  canonical: document.querySelector('link[rel=canonical]')?.href ?? null,
  lang: document.documentElement.getAttribute('lang'),
  dir: document.documentElement.getAttribute('dir'),
})"""


def tag(locale: str) -> str:
    return locale.replace("_", "-")


def published(locale: str, slug: str) -> str:
    return f"{BASE_URL}/{locale}/{slug}/" if slug else f"{BASE_URL}/{locale}/"


def expected_alternates(slug: str) -> dict[str, str]:
    alts = {tag(loc): published(loc, slug) for loc in LOCALES}
    alts["x-default"] = f"{BASE_URL}/"
    return alts


@pytest.fixture(scope="module")
def heads(browser, server) -> dict[str, dict]:
    """What the browser reads in the <head> of every page, by published URL (one visit each)."""
    ctx, guard = guarded_context(browser, server.origin, viewport=DESKTOP)
    page = ctx.new_page()
    found = {}
    for p in locale_pages():
        page.goto(server.url(p.path), wait_until="domcontentloaded")
        found[published(p.locale, p.slug)] = page.evaluate(HEAD_JS)
    ctx.close()
    assert not guard.problems(), guard.problems()
    return found


def every_pair_tour(nodes: list[str]) -> list[str]:
    """A walk that takes every directed pair (a -> b, a != b) exactly once (an Eulerian circuit of the
    complete digraph, Hierholzer), so each switcher link is clicked once without going back."""
    left = {n: [m for m in nodes if m != n] for n in nodes}
    stack, walk = [nodes[0]], []
    while stack:
        if left[stack[-1]]:
            stack.append(left[stack[-1]].pop())
        else:
            walk.append(stack.pop())
    return walk[::-1]


def test_every_pair_tour_is_complete():
    tour = every_pair_tour(["a", "b", "c", "d"])
    pairs = list(pairwise(tour))
    assert len(pairs) == len(set(pairs)) == 12 and all(a != b for a, b in pairs)


SWITCHER_JS = """() => {
  const nav = document.querySelector('nav.languages');
  return {
    lang: document.documentElement.getAttribute('lang'),
    label: nav && nav.getAttribute('aria-label'),
    current: [...(nav ? nav.querySelectorAll('a[aria-current=page]') : [])].map(a => a.getAttribute('hreflang')),
    links: [...(nav ? nav.querySelectorAll('a') : [])].map(a => [a.getAttribute('hreflang'), a.getAttribute('lang')]),
  };
}"""


@pytest.mark.parametrize("slug", [pytest.param(s, id=s or "index") for s in SLUGS])
def test_language_switcher_leads_to_the_same_page(tab, slug):
    """On every locale's page, click every other language in the switcher: it lands on the same page
    in that language (every one of the n*(n-1) links is clicked once)."""
    def url(loc):
        return tab.server.url(f"{loc}/{slug}/" if slug else f"{loc}/")

    tour = every_pair_tour(LOCALES)
    page = tab.page
    page.goto(url(tour[0]), wait_until="domcontentloaded")
    clicked = set()
    for here, there in pairwise(tour):
        state = page.evaluate(SWITCHER_JS)
        assert state["lang"] == tag(here)
        assert state["label"], "the language switcher has no accessible name"
        assert state["current"] == [tag(here)], "the current language is marked with aria-current"
        assert state["links"] == [[tag(l), tag(l)] for l in LOCALES]  # autonyms read in their own language
        page.locator(f"nav.languages a[hreflang='{tag(there)}']").click(no_wait_after=True)
        page.wait_for_url(url(there), wait_until="domcontentloaded")
        clicked.add((here, there))
    assert len(clicked) == len(LOCALES) * (len(LOCALES) - 1)
    assert page.evaluate(SWITCHER_JS)["lang"] == tag(tour[-1])
    assert not tab.guard.problems(), tab.guard.problems()


@pytest.mark.parametrize("site_page", page_params(locale_pages()))
def test_hreflang_alternates_are_reciprocal(heads, site_page):
    me = published(site_page.locale, site_page.slug)
    head = heads[me]
    assert head["alternates"] == expected_alternates(site_page.slug)
    assert head["canonical"] == me
    assert head["alternates"][site_page.lang] == me  # self-referencing, as search engines require
    for hreflang, href in head["alternates"].items():
        if hreflang == "x-default":
            continue
        other = heads[href]
        assert other["lang"] == hreflang, href  # the alternate is in the language it claims
        assert other["alternates"].get(site_page.lang) == me, f"{href} does not link back to {me}"
        assert other["alternates"] == head["alternates"], href


def test_chooser_lists_every_locale(tab):
    chooser = next(p for p in all_pages() if p.id == "chooser")
    page = tab.open(chooser, wait_until="domcontentloaded")
    assert page.evaluate(HEAD_JS)["alternates"] == expected_alternates("")
    links = page.locator("main a[hreflang]")
    assert links.evaluate_all("as => as.map(a => a.getAttribute('hreflang'))") == [tag(l) for l in LOCALES]
    for i, loc in enumerate(LOCALES):
        links.nth(i).click()
        page.wait_for_url(tab.server.url(f"{loc}/"), wait_until="domcontentloaded")
        assert page.locator("html").get_attribute("lang") == tag(loc)
        page.goto(tab.server.url(chooser.path), wait_until="domcontentloaded")
    assert not tab.guard.problems(), tab.guard.problems()


def test_sitemap_lists_the_same_alternates(tab, heads):
    """sitemap.xml: one <url> per page and locale, with exactly the alternates the page declares."""
    response = tab.page.request.get(tab.server.url("sitemap.xml"))
    assert response.ok
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    entries = {}
    for url in ET.fromstring(response.body()).findall("s:url", ns):
        entries[url.findtext("s:loc", namespaces=ns)] = {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", ns) if link.get("rel") == "alternate"}
    assert entries == {published(loc, slug): expected_alternates(slug) for loc in LOCALES for slug in SLUGS}
    for loc_url, alts in entries.items():
        assert heads[loc_url]["alternates"] == alts, loc_url
