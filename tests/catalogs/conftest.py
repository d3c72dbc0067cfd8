"""Fixtures for the catalog tests: segments like the extractor's, and GNU msgfmt as a judge."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from catalog_helpers import Seg

MSGFMT = shutil.which("msgfmt") or next((p for p in ["/usr/bin/msgfmt"] if os.path.exists(p)), None)


@pytest.fixture
def seg():
    """Build a segment: seg("ctx", "text", plural=None, flags=..., line=...)."""

    def make(msgctxt, msgid, plural=None, *, flags=None, line=1, path="content/pages/vip.md", comments=()):
        if flags is None:
            flags = {"python-brace-format"} if "{" in msgid else set()
        return Seg(msgctxt, msgid, plural, [(path, line)], set(flags), list(comments))

    return make


@pytest.fixture
def msgfmt():
    """Run `msgfmt -c` on a file; returns (exit code, stderr). Skips when gettext is missing."""
    if MSGFMT is None:
        pytest.skip("GNU msgfmt not installed")

    def run(path):
        proc = subprocess.run([MSGFMT, "-c", "-o", "/dev/null", str(path)], capture_output=True, text=True)
        return proc.returncode, proc.stderr

    return run
