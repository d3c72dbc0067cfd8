"""extract / update / add-locale / status on real catalogs in a temporary project."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from generator.catalogs.scan import scan_entries
from generator.cli import main

POLICY = "content/policies/vip-support.yaml"
OLD = "Our support agents work with our administrators to restore the service as fast as possible."
NEW = "Our support agents work with our engineers to restore the service as fast as possible."


def _snapshot(project) -> dict[str, bytes]:
    return {str(p.relative_to(project)): p.read_bytes() for p in sorted((project / "locales").rglob("*")) if p.is_file()}


def test_extract_and_update_change_no_byte_on_unchanged_sources(project):
    assert main(["--project", str(project), "extract"]) == 0
    assert main(["--project", str(project), "update"]) == 0
    first = _snapshot(project)
    assert main(["--project", str(project), "extract"]) == 0
    assert main(["--project", str(project), "update"]) == 0
    assert _snapshot(project) == first


def test_changed_source_becomes_fuzzy_with_previous_msgid_in_every_locale(project):
    path = project / POLICY
    path.write_text(path.read_text().replace(OLD, NEW))
    assert main(["--project", str(project), "update"]) == 0
    for locale in ("pt", "bg", "fr", "de", "ru"):
        entries = scan_entries(project / f"locales/{locale}/LC_MESSAGES/messages.po")
        changed = [e for e in entries if e.msgid == NEW and not e.obsolete]
        assert len(changed) == 2, locale  # severities 1 and 2 share the sentence, each its own msgctxt
        for e in changed:
            assert "fuzzy" in e.flags and e.previous_msgid == OLD and e.msgstr[0], locale
        untouched = [e for e in entries if e.msgctxt == "policy:vip-support:severities.1.name"]
        assert "fuzzy" not in untouched[0].flags


def test_stale_segment_is_a_warning_then_an_error_under_strict(project, capsys):
    path = project / POLICY
    path.write_text(path.read_text().replace(OLD, NEW))
    main(["--project", str(project), "update"])
    capsys.readouterr()
    assert main(["--project", str(project), "check", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    stale = [f for f in doc["findings"] if f["rule"] == "SLA402"]
    assert stale and all(f["severity"] == "warning" for f in stale) and stale[0]["line"]
    assert main(["--project", str(project), "check", "--strict"]) == 1


@pytest.mark.parametrize("locale", ["pl", "ar", "ja"])
def test_add_locale_writes_a_catalog_msgfmt_accepts(project, locale):
    shutil.rmtree(project / "locales" / locale, ignore_errors=True)
    assert main(["--project", str(project), "add-locale", locale]) == 0
    po = project / f"locales/{locale}/LC_MESSAGES/messages.po"
    assert po.is_file()
    if shutil.which("msgfmt"):
        result = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(po)], capture_output=True, text=True)
        assert result.returncode == 0, result.stderr


def test_add_locale_refuses_unknown_locale(project, capsys):
    assert main(["--project", str(project), "add-locale", "xx"]) == 2
    err = capsys.readouterr().err
    assert "xx" in err and "Traceback" not in err


def test_every_catalog_passes_msgfmt(project):
    if not shutil.which("msgfmt"):
        pytest.skip("msgfmt not installed")
    for po in (project / "locales").rglob("*.po"):
        result = subprocess.run(["msgfmt", "-c", "-o", "/dev/null", str(po)], capture_output=True, text=True)
        assert result.returncode == 0, (po, result.stderr)


def test_status_counts_match_the_catalog(project, capsys):
    de = project / "locales/de/LC_MESSAGES/messages.po"
    text = de.read_text()
    # empty one translation by hand and mark another fuzzy
    text = text.replace('msgstr "Kritisch"', 'msgstr ""', 1)
    text = text.replace('msgctxt "policy:vip-support:severities.2.name"', '#, fuzzy\nmsgctxt "policy:vip-support:severities.2.name"', 1)
    de.write_text(text)
    assert main(["--project", str(project), "status", "--format", "json"]) == 0
    rows = {r["locale"]: r for r in json.loads(capsys.readouterr().out)["locales"]}
    total = rows["fr"]["total"]
    assert rows["fr"]["translated"] == total and rows["fr"]["publishable"]
    assert rows["de"]["untranslated"] == 1 and rows["de"]["fuzzy"] == 1
    assert rows["de"]["translated"] == total - 2
    assert rows["de"]["words_left"] == 2  # "Critical" + "High"
    assert main(["--project", str(project), "status"]) == 0
    table = capsys.readouterr().out
    assert table.splitlines()[0].split()[:2] == ["locale", "done"]
    assert table.splitlines()[2].startswith("de")  # worst first
