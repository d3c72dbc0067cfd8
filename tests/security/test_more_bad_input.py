"""More of what marketers and translators get wrong: each ends in one located message, exit 2,
no traceback, and the previous site untouched; and a build killed mid-way leaves no trace."""

from __future__ import annotations

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.cli import main


def _tree(site: Path) -> dict[str, str]:
    return {str(p.relative_to(site)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


@pytest.fixture
def built(project):
    assert main(["--project", str(project), "build"]) == 0
    return project, _tree(project / "site")


def _fails_cleanly(project, before, capsys, expect_in_err: str, code: int = 2) -> str:
    assert main(["--project", str(project), "build"]) == code
    err = capsys.readouterr().err
    assert "Traceback" not in err and expect_in_err in err, err
    assert _tree(project / "site") == before
    return err


def test_template_error_is_located(built, capsys):
    project, before = built
    tpl = project / "templates/page.html"
    tpl.write_text(tpl.read_text().replace("{% block main %}", "{% block main %}{% if %}", 1))
    err = _fails_cleanly(project, before, capsys, "templates/page.html:")
    assert "template" in err


def test_missing_site_yaml(built, capsys):
    project, before = built
    (project / "content/site.yaml").unlink()
    _fails_cleanly(project, before, capsys, "content/site.yaml")


def test_missing_policy_referenced_by_page(built, capsys):
    project, before = built
    (project / "content/policies/vip-support.yaml").rename(project / "content/policies-old.yaml")
    _fails_cleanly(project, before, capsys, "does not exist")


def test_duplicate_message_in_catalog(built, capsys):
    project, before = built
    po = project / "locales/de/LC_MESSAGES/messages.po"
    po.write_text(po.read_text() + '\nmsgctxt "ui"\nmsgid "Price"\nmsgstr "Kosten"\n')
    err = _fails_cleanly(project, before, capsys, "locales/de/LC_MESSAGES/messages.po:")
    assert "duplicate" in err


def test_crlf_definition_is_fine(project):
    path = project / "content/policies/vip-support.yaml"
    path.write_bytes(path.read_bytes().replace(b"\n", b"\r\n"))
    assert main(["--project", str(project), "build"]) == 0


def test_killed_build_leaves_previous_site(built):
    project, before = built
    # a page large enough that the build is still running when it is killed
    (project / "content/pages/long.md").write_text(
        "---\ntitle: Long\norder: 9\n---\n" + "\n\n".join(f"Paragraph {i} of a long page." for i in range(20000)))
    proc = subprocess.Popen([sys.executable, "-m", "generator.cli", "--project", str(project), "build"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    time.sleep(1.5)
    if proc.poll() is None:
        os.killpg(proc.pid, signal.SIGKILL)
    proc.wait()
    if proc.returncode == 0:
        pytest.skip("the build finished before it could be killed")
    assert _tree(project / "site") == before
    # the next build clears what the killed one left beside site/
    (project / "content/pages/long.md").unlink()
    assert main(["--project", str(project), "build"]) == 0
    assert not [p for p in project.iterdir() if p.name.startswith(".site.")]
