"""Browser test support: the built example site served on 127.0.0.1, one Debian Chromium per session.

Playwright's own browser download does not work here, so the tests drive /usr/bin/chromium and
skip (only) when it is absent. Every browser context routes every request: anything addressed to
a host other than the local server is aborted and recorded, so a page that loads a web font, a
framework or a tracker from another host fails its test instead of silently working online.
"""

from __future__ import annotations

import re
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--no-first-run", "--disable-sync"]
SCREENSHOTS = REPO / "tests" / "screenshots"
DESKTOP = {"width": 1280, "height": 800}
PHONE = {"width": 375, "height": 740}


def _site_config() -> dict:
    return yaml.safe_load((REPO / "content" / "site.yaml").read_text(encoding="utf-8"))


def _slugs() -> list[str]:
    """Every page of the example project ("" is the locale's home page), as the build names them."""
    return sorted("" if p.stem == "index" else p.stem for p in (REPO / "content" / "pages").glob("*.md"))


SITE = _site_config()
LOCALES: list[str] = list(SITE["locales"])
BASE_URL: str = SITE["base_url"].rstrip("/")
SLUGS = _slugs()
POLICY_SLUG = "vip-support"


@dataclass(frozen=True)
class SitePage:
    """One page to open: `path` relative to the server root, and what it must declare."""

    id: str
    path: str
    locale: str | None  # None for the language chooser and the 404 page (source language, no switcher)
    slug: str | None
    lang: str
    dir: str
    status: int = 200


def direction(locale: str) -> str:
    from babel import Locale

    return "rtl" if Locale.parse(locale).character_order == "right-to-left" else "ltr"


RTL_LOCALES = [loc for loc in LOCALES if direction(loc) == "rtl"]


def locale_pages() -> list[SitePage]:
    return [SitePage(f"{loc}/{slug or 'index'}", f"{loc}/{slug}/" if slug else f"{loc}/", loc, slug,
                     loc.replace("_", "-"), direction(loc)) for loc in LOCALES for slug in SLUGS]


def all_pages() -> list[SitePage]:
    src = SITE.get("source_locale", "en").replace("_", "-")
    return locale_pages() + [SitePage("chooser", "", None, None, src, "ltr"),
                             SitePage("404", "no-such-page/", None, None, src, "ltr", status=404)]


def page_params(pages: list[SitePage]) -> list:
    return [pytest.param(p, id=p.id) for p in pages]


# -- the static server ----------------------------------------------------------------------------

class _Handler(SimpleHTTPRequestHandler):
    """stdlib static server that answers a missing path with the site's own 404.html, like a host."""

    def log_message(self, format, *args):
        pass

    def send_error(self, code, message=None, explain=None):
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address):
        pass  # the browser dropping a connection mid-answer (an aborted navigation) is not an error


class StaticServer:
    def __init__(self, root: Path):
        self.httpd = _Server(("127.0.0.1", 0), partial(_Handler, directory=str(root)))
        self.port = self.httpd.server_address[1]
        self.origin = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.httpd.serve_forever, name="site-server", daemon=True)
        self.thread.start()

    def url(self, path: str = "") -> str:
        return f"{self.origin}/{path.lstrip('/')}"

    def local(self, published_url: str) -> str:
        """The local address of a published (base_url) address."""
        assert published_url.startswith(BASE_URL + "/"), published_url
        return self.url(published_url[len(BASE_URL) + 1:])

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


# -- a guarded browser context ----------------------------------------------------------------------

@dataclass
class Guard:
    """What a context saw: requests to other hosts, console errors, uncaught errors, HTTP errors."""

    origin: str
    external: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    http_errors: list[str] = field(default_factory=list)
    expected_status: dict[str, int] = field(default_factory=dict)

    def route(self, route) -> None:
        url = route.request.url
        parts = urlsplit(url)
        if parts.scheme in ("data", "blob", "about") or f"{parts.scheme}://{parts.netloc}" == self.origin:
            route.continue_()
        else:
            self.external.append(url)
            route.abort("blockedbyclient")

    def on_console(self, msg) -> None:
        if msg.type == "error":
            loc = msg.location or {}
            where = loc.get("url", "")
            # Chromium logs the document's own deliberate 404 (the 404 page test) as a console error.
            if where in self.expected_status and "status of " in msg.text:
                return
            self.console_errors.append(f"{msg.text} ({where})")

    def on_response(self, response) -> None:
        if response.status >= 400 and self.expected_status.get(response.url) != response.status:
            self.http_errors.append(f"{response.status} {response.url}")

    def reset(self) -> None:
        for seen in (self.external, self.console_errors, self.page_errors, self.http_errors):
            seen.clear()
        self.expected_status.clear()

    def problems(self) -> list[str]:
        return ([f"request to another host: {u}" for u in self.external]
                + [f"console error: {m}" for m in self.console_errors]
                + [f"page error: {m}" for m in self.page_errors]
                + [f"HTTP {m}" for m in self.http_errors])


def guarded_context(browser, origin: str, **options):
    ctx = browser.new_context(**options)
    guard = Guard(origin)
    # Every request is matched against this pattern in the browser; only those that leave the local
    # server reach Python (to be recorded and aborted), so local pages load at full speed.
    ctx.route(re.compile(r"^(?!" + re.escape(origin + "/") + r")(?!data:|blob:|about:)"), guard.route)
    ctx.on("console", guard.on_console)
    ctx.on("weberror", lambda e: guard.page_errors.append(str(e.error)))
    ctx.on("response", guard.on_response)
    return ctx, guard


class Tab:
    """A page in a guarded context, with helpers to open site pages."""

    def __init__(self, page, guard: Guard, server: StaticServer):
        self.page, self.guard, self.server = page, guard, server

    def open(self, site_page: SitePage, wait_until: str = "load"):
        url = self.server.url(site_page.path)
        if site_page.status != 200:
            self.guard.expected_status[url] = site_page.status
        response = self.page.goto(url, wait_until=wait_until)
        assert response is not None and response.status == site_page.status, (url, response and response.status)
        return self.page


# -- a summary at the end of the run -----------------------------------------------------------------

# locale (or "chooser"/"404"/"ar") -> impact -> number of violating nodes; filled by the axe test.
AXE_SUMMARY: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
AXE_PAGES: dict[str, int] = defaultdict(int)
NOTES: list[str] = []


def terminal_summary(terminalreporter):
    if not AXE_PAGES and not NOTES:
        return
    tr = terminalreporter
    tr.section("browser checks")
    if AXE_PAGES:
        impacts = ("critical", "serious", "moderate", "minor")
        tr.write_line("axe-core violations (nodes) by impact: " + ", ".join(impacts))
        for key in sorted(AXE_PAGES):
            counts = AXE_SUMMARY.get(key, {})
            tr.write_line(f"  {key:8} {AXE_PAGES[key]} page(s): "
                          + ", ".join(f"{i} {counts.get(i, 0)}" for i in impacts))
    for note in NOTES:
        tr.write_line(note)

