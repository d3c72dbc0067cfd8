"""`slasite serve`: build, serve on 127.0.0.1, rebuild on every change and reload the open page.

Pages get a small inline script (only when served here, never in `site/`) that long-polls
`/__slasite/wait?v=N` and reloads when the build version changes. When a build fails, the old
pages stay on disk (the build is atomic) and every served page shows the located error as an
overlay until the next good save. A rebuild rewrites only the files whose bytes changed
(write.update_site): each is replaced whole, so a page is never served half-written. Watching uses watchfiles when installed (`pip install
slasite[serve]`), else a one-second poll of modification times.
"""

from __future__ import annotations

import html
import sys
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlparse

from generator.errors import SlasiteError

WATCHED = ("content", "templates", "locales")
_SCRIPT = """<script>(function(){var v=%d;function w(){fetch('/__slasite/wait?v='+v).then(function(r){return r.text()})
.then(function(t){if(+t!==v){location.reload()}else{w()}}).catch(function(){setTimeout(w,1000)})}w()})();</script>"""


class BuildState:
    def __init__(self, root: Path, out: Path):
        self.root, self.out = root, out
        self.version = 0
        self.error: str | None = None
        self.written: dict[str, str] | None = None  # what the last good build wrote (update_site)
        self.cond = threading.Condition()
        self.waiting = 0  # open pages long-polling for the next version
        self.reloaded = threading.Event()  # a page was served since the last version change

    def rebuild(self) -> None:
        from generator.cache import deferred_writes

        # The cache for the next command (JSON, ~0.1 s for a big catalog, holding the GIL) is
        # written once the open pages have fetched the new version, not while they wait for it.
        with deferred_writes():
            watched = self._rebuild()
            if watched:
                self.reloaded.wait(timeout=1.0)

    def _rebuild(self) -> bool:
        """Build, then wake the open pages; whether any page was waiting."""
        from generator.diagnostics import render
        from generator.pipeline import build

        try:
            # forgotten until the build succeeds: after a failure half-way through the writing,
            # the next build compares nothing and writes the whole tree
            written, self.written = self.written, None
            self.written = build(self.root, self.out, in_place=True, written=written).written
            error = None
        except SlasiteError as exc:
            findings = getattr(exc, "findings", None)
            error = render([f for f in findings if f.severity == "error"], "text") if findings else str(exc)
        with self.cond:
            self.error = error
            self.version += 1
            self.reloaded.clear()
            watched = self.waiting > 0
            self.cond.notify_all()
        stamp = time.strftime("%H:%M:%S")
        sys.stderr.write(f"[{stamp}] " + ("build failed:\n" + error if error else "rebuilt\n"))
        return watched

    def wait(self, seen: int, timeout: float = 25.0) -> int:
        with self.cond:
            self.waiting += 1
            try:
                self.cond.wait_for(lambda: self.version != seen, timeout=timeout)
            finally:
                self.waiting -= 1
            return self.version


def overlay(error: str) -> str:
    return ('<div id="slasite-error" role="alert" style="position:fixed;inset:0;z-index:99999;overflow:auto;'
            'background:rgba(20,20,24,.94);color:#fff;font:14px/1.5 ui-monospace,monospace;padding:2rem">'
            '<h2 style="color:#ff8a80;margin-top:0">slasite: the last build failed</h2><pre style="white-space:pre-wrap">'
            f"{html.escape(error)}</pre><p>Fix the file and save: this page reloads by itself.</p></div>")


def make_handler(state: BuildState):
    class Handler(SimpleHTTPRequestHandler):
        def log_message(self, fmt, *args):  # quiet: the terminal shows builds, not requests
            pass

        def do_GET(self):
            url = urlparse(self.path)
            if url.path == "/__slasite/wait":
                seen = int(parse_qs(url.query).get("v", ["0"])[0] or 0)
                body = str(state.wait(seen)).encode()
                self.send_response(200)
                self.send_header("Content-Type", "text/plain")
                self.send_header("Cache-Control", "no-store")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
                return
            target = Path(self.translate_path(url.path))
            if target.is_dir():
                target = target / "index.html"
            if target.suffix == ".html" or not target.exists():
                if not target.exists():
                    target = state.out / "404.html"
                    status = 404
                else:
                    status = 200
                page = target.read_text(encoding="utf-8") if target.exists() else "<html><body></body></html>"
                inject = (overlay(state.error) if state.error else "") + _SCRIPT % state.version
                page = page.replace("</body>", inject + "</body>", 1) if "</body>" in page else page + inject
                data = page.encode("utf-8")
                self.send_response(status)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Cache-Control", "no-store")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                state.reloaded.set()
                return
            super().do_GET()

        def end_headers(self):
            self.send_header("Cache-Control", "no-store")
            super().end_headers()

    return partial(Handler, directory=str(state.out))


def _watch(state: BuildState, stop: threading.Event, ready: threading.Event) -> None:
    paths = [str(state.root / p) for p in WATCHED if (state.root / p).exists()]
    try:
        from watchfiles import watch
    except ImportError:
        watch = None
    if watch is not None:
        # yield_on_timeout: the first (empty) yield tells us the watches are in place
        for changes in watch(*paths, stop_event=stop, debounce=50, step=20, rust_timeout=200,
                             yield_on_timeout=True):
            ready.set()
            if changes:
                state.rebuild()
        return
    def snapshot():
        return {p: p.stat().st_mtime_ns for d in paths for p in Path(d).rglob("*") if p.is_file()}
    last = snapshot()
    ready.set()
    while not stop.wait(1.0):
        now = snapshot()
        if now != last:
            last = now
            state.rebuild()


def start(root: Path, port: int = 8000, out: Path | None = None) -> tuple[ThreadingHTTPServer, BuildState, threading.Event]:
    """Build once, then serve and watch in background threads (used by `serve` and the tests)."""
    root = root.resolve()
    out = (out or root / "site").resolve()
    state = BuildState(root, out)
    stop, ready = threading.Event(), threading.Event()
    # watch first, then build: an edit made during the first build is not missed
    threading.Thread(target=_watch, args=(state, stop, ready), daemon=True).start()
    ready.wait(timeout=10)
    state.rebuild()
    if not out.exists():
        out.mkdir(parents=True)
    server = ThreadingHTTPServer(("127.0.0.1", port), make_handler(state))
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, state, stop


def serve(root: Path, port: int = 8000, locale: str | None = None) -> int:
    server, state, stop = start(root, port)
    first = f"{locale}/" if locale else ""
    print(f"serving http://127.0.0.1:{server.server_address[1]}/{first} (Ctrl+C to stop)")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        stop.set()
        server.shutdown()
    return 0
