"""Hostile or broken input never reaches a visitor, never escapes the output folder, fails fast."""

from __future__ import annotations

import json
import re
import time

import pytest

from generator.cli import main
from generator.pipeline import build
from generator.render.site import SiteRenderer
from generator.pipeline import load_all

ATTACKS = [
    '<script>alert("x")</script>',
    '<img src=x onerror=alert(1)>',
    '[click](javascript:alert(1))',
    '<a href="javascript:alert(1)">x</a>',
    '<style>body{display:none}</style>',
    '" onmouseover="alert(1)',
]


def _poison(project, locale: str, msgid_fragment: str, payload: str) -> None:
    po = project / f"locales/{locale}/LC_MESSAGES/messages.po"
    lines = po.read_text().split("\n")
    for i, line in enumerate(lines):
        if line.startswith("msgid") and msgid_fragment in line:
            j = next(k for k in range(i + 1, len(lines)) if lines[k].startswith("msgstr"))
            end = j + 1
            while end < len(lines) and lines[end].startswith('"'):
                end += 1
            escaped = payload.replace("\\", "\\\\").replace('"', '\\"')
            lines[j:end] = [f'msgstr "{escaped}"']
            po.write_text("\n".join(lines))
            return
    raise AssertionError(msgid_fragment)


@pytest.mark.parametrize("payload", ATTACKS)
def test_script_in_translation_is_escaped_and_flagged(project, payload, capsys):
    _poison(project, "fr", '"Review calls"', payload)
    loaded = load_all(project)
    html = SiteRenderer(loaded.project, loaded.translations).render().files["fr/vip-support/index.html"].decode()
    assert "<script>alert" not in html and "<img src=x" not in html and 'href="javascript:' not in html
    assert "<style>body" not in html and '" onmouseover="' not in html
    assert main(["--project", str(project), "check", "--locale", "fr", "--format", "json"]) == 1
    rules = {f["rule"] for f in json.loads(capsys.readouterr().out)["findings"]}
    assert "SLA501" in rules or "SLA502" in rules


def test_markdown_page_with_raw_html_is_shown_as_text(project):
    page = project / "content/pages/severity-levels.md"
    page.write_text(page.read_text() + "\n<script>alert(1)</script>\n\n[x](javascript:alert(1))\n")
    loaded = load_all(project)
    html = SiteRenderer(loaded.project, loaded.translations).render().files["en/severity-levels/index.html"].decode()
    assert "<script>alert(1)</script>" not in html and "&lt;script&gt;" in html
    assert 'href="javascript:' not in html


def test_bidi_override_in_translation_is_flagged(project, capsys):
    _poison(project, "de", '"Critical"', "Kri\u202etisch")
    assert main(["--project", str(project), "check", "--locale", "de", "--format", "json"]) == 1
    rules = [f["rule"] for f in json.loads(capsys.readouterr().out)["findings"]]
    assert "SLA503" in rules


def test_yaml_alias_bomb_fails_fast(project, capsys):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(9))
    (project / "content/policies/vip-support.yaml").write_text(bomb)
    start = time.monotonic()
    assert main(["--project", str(project), "build"]) == 2
    assert time.monotonic() - start < 5
    assert "aliases" in capsys.readouterr().err


def test_very_large_file_is_refused_quickly(project, capsys):
    (project / "content/pages/huge.md").write_text("---\ntitle: Huge\n---\n" + "word " * 600_000)
    start = time.monotonic()
    assert main(["--project", str(project), "build"]) == 2
    assert time.monotonic() - start < 5
    assert "over the limit" in capsys.readouterr().err


@pytest.mark.parametrize("locale", ["../evil", "en/../../x", "/etc"])
def test_locale_codes_cannot_escape_the_output(project, locale, capsys):
    site = project / "content/site.yaml"
    site.write_text(re.sub(r"^locales: .*$", f'locales: [en, "{locale}"]', site.read_text(), flags=re.M))
    assert main(["--project", str(project), "build"]) == 2
    assert not (project.parent / "evil").exists()
    assert "not a locale code" in capsys.readouterr().err


def test_page_slug_cannot_escape(project, capsys):
    (project / "content/pages/..bad.md").write_text("---\ntitle: x\n---\nx\n")
    assert main(["--project", str(project), "build"]) == 2
    assert "slug" in capsys.readouterr().err


@pytest.mark.parametrize("damage, expected", [
    (lambda b: b.replace(b'msgstr "Kritisch"', b'msgstr "Kritisch', 1), "unterminated"),
    (lambda b: b.replace(b"Kritisch", b"Kritisch\xff", 1), "UTF-8"),
    (lambda b: b.replace(b"Plural-Forms: nplurals=2; plural=(n!=1);", b"Plural-Forms: nplurals=2; plural=(n!=;", 1),
     "Plural-Forms"),
])
def test_broken_catalog_is_located_exit_2_for_build(project, damage, expected, capsys):
    po = project / "locales/de/LC_MESSAGES/messages.po"
    po.write_bytes(damage(po.read_bytes()))
    assert main(["--project", str(project), "build"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("locales/de/LC_MESSAGES/messages.po:") and expected in err


def test_bom_and_crlf_catalog_still_builds(project):
    po = project / "locales/de/LC_MESSAGES/messages.po"
    po.write_bytes(b"\xef\xbb\xbf" + po.read_bytes().replace(b"\n", b"\r\n"))
    build(project)
    assert "Kritisch" in (project / "site/de/vip-support/index.html").read_text()


def test_json_format_errors_are_json(project, capsys):
    (project / "content/site.yaml").write_text("title: [\n")
    assert main(["--project", str(project), "check", "--format", "json"]) == 2
    doc = json.loads(capsys.readouterr().out)
    assert doc["findings"][0]["file"] == "content/site.yaml" and doc["findings"][0]["line"]
