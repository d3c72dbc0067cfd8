"""The build cache never serves a stale page: after every kind of edit, a build that uses
`.slasite-cache/` gives byte for byte what a cold build (`--no-cache`) gives, and `check` reports
exactly the same findings with and without the cache."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

from generator.cli import main

FR = "locales/fr/LC_MESSAGES/messages.po"


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def build_both(project: Path, capsys) -> dict[str, bytes]:
    """Build with the cache into site/ and cold into another folder; both trees must be equal."""
    assert main(["--project", str(project), "build"]) == 0
    cold = project.parent / "cold"
    shutil.rmtree(cold, ignore_errors=True)
    assert main(["--project", str(project), "build", "--no-cache", "--out", str(cold)]) == 0
    capsys.readouterr()
    warm, fresh = tree(project / "site"), tree(cold)
    assert warm.keys() == fresh.keys()
    differing = [path for path in warm if warm[path] != fresh[path]]
    assert differing == [], f"the cached build differs from a cold one in {differing[:5]}"
    return warm


def check_both(project: Path, capsys) -> tuple[int, dict]:
    code = main(["--project", str(project), "check", "--format", "json"])
    cached = capsys.readouterr().out
    cold_code = main(["--project", str(project), "check", "--format", "json", "--no-cache"])
    cold = capsys.readouterr().out
    assert (code, cached) == (cold_code, cold)
    return code, json.loads(cached)


def edit(path: Path, old: str, new: str, count: int = 1) -> None:
    text = path.read_text("utf-8")
    assert old in text, f"{old!r} not in {path}"
    path.write_text(text.replace(old, new, count), "utf-8")


def test_a_build_fills_the_cache_and_a_second_build_reads_it(project, capsys):
    first = build_both(project, capsys)
    cache = project / ".slasite-cache"
    assert (cache / ".gitignore").read_text().strip().endswith("*"), "the cache must never be committed"
    stored = {p.name for p in cache.iterdir()}
    assert {"render-fr.json", "check-fr.json", "catalogs.json"} <= stored
    assert build_both(project, capsys) == first


def test_every_kind_of_edit_rebuilds_what_it_touches(project, capsys):
    build_both(project, capsys)

    # a page's body: its own page changes in every locale (the English text replaces the
    # now-stale translation), nothing else
    page = project / "content/pages/severity-levels.md"
    body = page.read_text("utf-8")
    first_para = next(l for l in body.split("---", 2)[2].splitlines() if l and not l.startswith(("#", "|", "-", "<")))
    edit(page, first_para, first_para + " Edited.")
    after_page = build_both(project, capsys)
    assert b"Edited." in after_page["fr/severity-levels/index.html"]

    # one message of a page's body in one catalog: that French page
    po = project / FR
    edit(po, 'msgid "A quick guide"\nmsgstr "', 'msgid "A quick guide"\nmsgstr "(édité) ')
    after_po = build_both(project, capsys)
    assert "(édité)".encode() in after_po["fr/severity-levels/index.html"]
    assert after_po["de/severity-levels/index.html"] == after_page["de/severity-levels/index.html"]

    # a template: every page
    base = project / "templates/base.html"
    edit(base, "</body>", "<!-- edited template --></body>")
    after_template = build_both(project, capsys)
    assert all(b"edited template" in data for path, data in after_template.items()
               if path.endswith("index.html") and path.count("/") >= 1 and not path.startswith("static"))

    # the definition: a new price on every policy page and JSON
    policy = project / "content/policies/vip-support.yaml"
    edit(policy, 'amount: "1000"', 'amount: "1200"')
    after_price = build_both(project, capsys)
    assert b"1200" in after_price["policies/vip-support.json"]
    assert b'value="1200 EUR/month"' in after_price["de/vip-support/index.html"]

    # a page deleted
    page.unlink()
    after_delete = build_both(project, capsys)
    assert not any("severity-levels" in path for path in after_delete)

    # a locale removed from the site (and its catalog deleted)
    site = project / "content/site.yaml"
    text = site.read_text("utf-8")
    site.write_text(re.sub(r"(locales:.*?)\bru\b,?\s*", r"\1", text, count=1, flags=re.S), "utf-8")
    shutil.rmtree(project / "locales/ru")
    after_locale = build_both(project, capsys)
    assert not any(path.startswith("ru/") for path in after_locale)
    assert not [p.name for p in (project / ".slasite-cache").iterdir() if p.name.endswith(("-ru", "-ru.json"))]


def test_check_with_cache_finds_a_broken_translation_like_a_cold_check(project, capsys):
    assert check_both(project, capsys)[0] == 0
    po = project / FR
    text = po.read_text("utf-8")
    # a figure typed into a translation: the cached check must see the new message
    target = re.search(r'msgctxt "page:[^"]*"\nmsgid "([^"{]+)"\nmsgstr "([^"{]+)"', text)
    assert target, "the French catalog has a plain page sentence"
    po.write_text(text.replace(f'msgstr "{target.group(2)}"', f'msgstr "{target.group(2)} 48 heures"', 1), "utf-8")
    code, doc = check_both(project, capsys)
    assert code == 1
    assert any(f["rule"] == "SLA201" and f["locale"] == "fr" for f in doc["findings"])
    # and put back, quiet again (the cache holds the good entry's findings too)
    po.write_text(text, "utf-8")
    assert check_both(project, capsys)[0] == 0


def test_a_broken_cache_is_ignored(project, capsys):
    first = build_both(project, capsys)
    for path in (project / ".slasite-cache").glob("*.json"):
        path.write_text("{not json", "utf-8")
    assert build_both(project, capsys) == first
    (project / ".slasite-cache/render-fr.json").write_text(
        json.dumps({"format": 1, "generator": "someone else", "entries": {"x": {"path": "fr/evil.html",
                                                                               "text": "<script>", "missing": []}}}))
    assert build_both(project, capsys) == first


@pytest.mark.parametrize("env", ["0"])
def test_slasite_cache_0_writes_no_cache(project, capsys, monkeypatch, env):
    monkeypatch.setenv("SLASITE_CACHE", env)
    assert main(["--project", str(project), "build"]) == 0
    assert not (project / ".slasite-cache").exists()


def test_a_broken_catalog_fails_every_build_even_after_a_check(project, capsys):
    """`check` reads a broken catalog as empty (and reports it); the build after it must still stop."""
    assert main(["--project", str(project), "build"]) == 0
    po = project / FR
    po.write_text(po.read_text("utf-8") + '\nmsgid "unterminated\n', "utf-8")
    assert main(["--project", str(project), "check"]) == 1
    for _ in range(2):
        assert main(["--project", str(project), "build"]) == 2
    err = capsys.readouterr().err
    assert "locales/fr/LC_MESSAGES/messages.po" in err


def test_the_checks_segment_keys_are_the_extracted_segments(project):
    """`check` compares catalogs with `segment_keys` (no Segment objects, rebuilt on every save);
    it must name exactly the messages `extract` writes, including plural unit wordings and template
    strings, after a page gains, loses and changes blocks."""
    from generator.load.project import load_project
    from generator.segments import collect, segment_keys

    def both():
        loaded = load_project(project)
        return segment_keys(loaded), frozenset(s.key for s in collect(loaded))

    keys, extracted = both()
    assert keys == extracted and len(keys) > 50
    page = next(p for p in sorted((project / "content").rglob("*.md")) if "\n\n" in p.read_text(encoding="utf-8"))
    text = page.read_text(encoding="utf-8")
    page.write_text(text + "\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- one\n- two\n\n> quoted *text*\n", encoding="utf-8")
    keys, extracted = both()
    assert keys == extracted


def test_serve_updates_in_place_only_the_files_that_changed(project, capsys):
    """`serve` rewrites only the files whose bytes changed (write.update_site), and the folder it
    keeps updating always equals a cold build: after a catalog edit and after a deleted page."""
    from generator.pipeline import build

    out = project / "served"
    report = build(project, out, in_place=True, written=None)
    stamp = {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in out.rglob("*") if p.is_file()}

    edit(project / FR, 'msgid "A quick guide"\nmsgstr "', 'msgid "A quick guide"\nmsgstr "(édité) ')
    report = build(project, out, in_place=True, written=report.written)
    rewritten = sorted(p.relative_to(out).as_posix() for p in out.rglob("*")
                       if p.is_file() and stamp.get(p) != (p.stat().st_ino, p.stat().st_mtime_ns))
    assert "fr/severity-levels/index.html" in rewritten
    assert rewritten and all(path.startswith("fr/") for path in rewritten), rewritten
    assert tree(out) == {k: v for k, v in build_both(project, capsys).items()}

    page = project / "content/pages/severity-levels.md"
    page.unlink()
    report = build(project, out, in_place=True, written=report.written)
    assert not (out / "fr/severity-levels").exists(), "a removed page leaves no file and no empty folder"
    assert tree(out) == build_both(project, capsys)
    assert not [p for p in out.rglob("*.tmp-*")]

    # a file deleted behind serve's back is written again
    (out / "fr/index.html").unlink()
    build(project, out, in_place=True, written=report.written)
    assert tree(out) == build_both(project, capsys)


def test_deferred_cache_writes_are_seen_inside_and_written_at_the_end(tmp_path):
    """serve writes the cache after the page is shown: inside the block a saved map is read back
    from memory and nothing is on disk; at the end it is on disk for the next command."""
    from generator.cache import Store, deferred_writes

    store = Store(tmp_path)
    store.save("probe", {"a": 1})
    with deferred_writes():
        store.save("probe", {"a": 2})
        with deferred_writes():  # nested: the outer block writes
            store.save("other", {"b": 3})
        assert store.load("probe") == {"a": 2} and store.load("other") == {"b": 3}
        assert not (tmp_path / ".slasite-cache/other.json").exists()
        assert '"a":1' in (tmp_path / ".slasite-cache/probe.json").read_text()
    assert '"a":2' in (tmp_path / ".slasite-cache/probe.json").read_text()
    assert Store(tmp_path).load("other") == {"b": 3}
