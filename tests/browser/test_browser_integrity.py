"""Nothing leaves localhost, nothing logs an error, nothing is missing: follow every same-site link."""

from __future__ import annotations

from collections import deque
from dataclasses import replace
from urllib.parse import urldefrag, urlsplit

from browser_support import BASE_URL, all_pages

LINKS_JS = """() => [
  ...[...document.querySelectorAll('a[href], area[href]')].map(e => ['link', e.href]),
  ...[...document.querySelectorAll('link[href]')].map(e => [e.rel || 'link', e.href]),
  ...[...document.querySelectorAll('[src]')].map(e => ['asset', e.src]),
]"""


def is_page(url: str) -> bool:
    path = urlsplit(url).path
    return path.endswith(("/", ".html"))


def test_every_same_site_link_and_asset_resolves(tab):
    """Open the chooser, then every page it leads to, in the browser; fetch every other same-site
    link (policy JSON, stylesheet, favicon); a published address (canonical, alternates) must exist
    here too. Every page loads with no console error, no failed request, no request to another host,
    its stylesheet applied and a favicon that exists."""
    server, page, guard = tab.server, tab.page, tab.guard
    start = server.url("")
    queue, seen_pages, checked = deque([start]), {start}, {}
    per_page_problems = {}
    while queue:
        url = queue.popleft()
        before = len(guard.problems())
        response = page.goto(url, wait_until="load")
        assert response is not None and response.status == 200, (url, response and response.status)
        assert page.evaluate("document.styleSheets.length > 0 && document.styleSheets[0].cssRules.length > 0"), \
            f"{url}: the stylesheet did not load"
        assert page.locator("link[rel~=icon]").count(), f"{url}: no favicon"
        for kind, href in page.evaluate(LINKS_JS):
            href = urldefrag(href).url
            if href.startswith(BASE_URL + "/"):
                href = server.local(href)  # canonical/alternate: the published page must exist
            if not href.startswith(server.origin + "/"):
                continue  # a link to another site is allowed; loading from one is not (the guard fails it)
            if is_page(href) and kind in ("link", "canonical", "alternate"):
                if href not in seen_pages:
                    seen_pages.add(href)
                    queue.append(href)
            elif href not in checked:
                r = page.request.get(href)
                checked[href] = (r.status, r.headers.get("content-type", ""))
        if len(guard.problems()) > before:
            per_page_problems[url] = guard.problems()[before:]
    assert not per_page_problems, per_page_problems
    missing = {u: s for u, (s, _) in checked.items() if s != 200}
    assert not missing, missing
    # The crawl reached every page of every locale from the chooser, and the assets they use.
    expected = {server.url(p.path) for p in all_pages() if p.status == 200}
    assert expected <= seen_pages, sorted(expected - seen_pages)
    kinds = {urlsplit(u).path: t for u, (_, t) in checked.items()}
    assert kinds.get("/static/style.css", "").startswith("text/css")
    assert kinds.get("/static/favicon.svg", "").startswith("image/svg+xml")
    assert any(p.endswith("/policies/vip-support.json") for p in kinds)


def test_missing_page_answers_404_with_a_working_page(tab):
    """A deep missing address gets the site's 404 page, styled, with links to every locale's home."""
    site_page = next(p for p in all_pages() if p.status == 404)
    for path in (site_page.path, "de/vip-support/nope/deeper/"):
        page = tab.open(replace(site_page, path=path))
        assert page.locator("h1").count() == 1
        assert page.evaluate("document.styleSheets[0].cssRules.length") > 0, "404 page unstyled at depth"
        for href in page.locator("main a[hreflang]").evaluate_all("as => as.map(a => a.href)"):
            assert page.request.get(href).status == 200, href
    assert not tab.guard.problems(), tab.guard.problems()


def test_external_requests_are_caught(tab):
    """The guard itself: a request to another host is aborted and recorded (so a CDN font would fail)."""
    site_page = all_pages()[0]
    page = tab.open(site_page)
    with page.expect_event("requestfailed"):
        page.evaluate("""() => { const l = document.createElement('link'); l.rel = 'stylesheet';
            l.href = 'https://fonts.example.net/x.css'; document.head.append(l); }""")
    assert tab.guard.external == ["https://fonts.example.net/x.css"]
    tab.guard.external.clear()
