#!/usr/bin/env python3
"""How long `slasite serve` takes to show an edit: save a file, wait until the served page has it.

    python bench/serve_latency.py --project DIR [--edits 5] [--slasite PATH]

DIR is a slasite project, e.g. a corpus from `bench/corpus.py` (`DIR/slasite`). The script starts
`slasite serve` on a free port, waits for its first build, then, for each edit, changes one
paragraph of a source page (alternately one PO message), and measures the time from the save to
the moment the page served at its URL contains the edit, waking on the same long-poll
(`/__slasite/wait`) the open browser tab uses to reload. The edits are undone at the end. Prints
one line per edit and the median.
"""

from __future__ import annotations

import argparse
import re
import shutil
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import edit_markdown, edit_po  # noqa: E402  (the edits the build benchmark makes)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str, timeout: float = 60) -> str:
    with urllib.request.urlopen(url, timeout=timeout) as r:
        return r.read().decode("utf-8")


def version_of(page: str) -> int:
    m = re.search(r"var v=(\d+);", page)
    return int(m.group(1)) if m else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--project", type=Path, required=True)
    ap.add_argument("--edits", type=int, default=6)
    ap.add_argument("--slasite", default=shutil.which("slasite") or "slasite")
    args = ap.parse_args()
    root = args.project.resolve()
    pages = sorted((root / "content/pages").glob("*.md"))
    # one page for the page edits, another for the PO edits (a page edit makes that paragraph's
    # translation stale, so a PO edit of the same page would not show)
    page, po_page = [p for p in pages if p.stem != "index"][:2]
    locale = next(d.name for d in sorted((root / "locales").iterdir()) if d.is_dir())
    po = root / "locales" / locale / "LC_MESSAGES" / "messages.po"
    msgctxt = f"page:{po_page.stem}:p"
    saved = {page: page.read_bytes(), po: po.read_bytes()}
    port = free_port()
    proc = subprocess.Popen([args.slasite, "--project", str(root), "serve", "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        start = time.perf_counter()
        base = f"http://127.0.0.1:{port}"
        while True:
            try:
                fetch(base + "/", timeout=2)
                break
            except OSError:
                if proc.poll() is not None or time.perf_counter() - start > 600:
                    print(proc.stdout.read() if proc.stdout else "", file=sys.stderr)
                    raise SystemExit("slasite serve did not start")
                time.sleep(0.1)
        print(f"first build and serve: {time.perf_counter() - start:.2f} s")
        times = []
        for i in range(args.edits):
            word = f"Servedit{i}"
            if i % 2 == 0:
                target, url = page, f"{base}/en/{page.stem}/"
                version = version_of(fetch(url))
                t0 = time.perf_counter()
                edit_markdown(page, word)
            else:
                target, url = po, f"{base}/{locale}/{po_page.stem}/"
                version = version_of(fetch(url))
                t0 = time.perf_counter()
                edit_po(po, msgctxt, word)
            while True:
                version = int(fetch(f"{base}/__slasite/wait?v={version}"))
                if word in fetch(url):
                    break
                if time.perf_counter() - t0 > 60:
                    raise SystemExit(f"edit {i + 1} did not show within 60 s at {url}")
            took = time.perf_counter() - t0
            times.append(took)
            print(f"edit {i + 1} ({'page' if target == page else 'PO file'}): shown after {took:.3f} s")
            time.sleep(0.3)
        print(f"median {statistics.median(times):.3f} s over {len(times)} edits "
              f"(page edits {statistics.median(times[0::2]):.3f} s, PO edits "
              f"{statistics.median(times[1::2]) if len(times) > 1 else float('nan'):.3f} s)")
    finally:
        proc.terminate()
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            proc.kill()
        for path, data in saved.items():
            path.write_bytes(data)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
