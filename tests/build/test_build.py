"""The end-to-end build: every page of every locale, policy JSON valid against the schema,
atomic and deterministic output."""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from generator.cli import main

LOCALES = ("en", "pt", "bg", "fr", "de", "ru", "ar")
SLUGS = ("", "vip-support", "severity-levels")


def _tree(site: Path) -> dict[str, str]:
    return {str(p.relative_to(site)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(site.rglob("*")) if p.is_file()}


def test_every_page_of_every_locale(built_site):
    for locale in LOCALES:
        for slug in SLUGS:
            page = built_site / locale / slug / "index.html"
            assert page.is_file(), page
            html = page.read_text()
            direction = "rtl" if locale == "ar" else "ltr"
            assert f'<html lang="{locale}" dir="{direction}">' in html
            assert 'hreflang="x-default"' in html
            for other in LOCALES:
                assert f'hreflang="{other}"' in html
    for name in ("index.html", "404.html", "sitemap.xml", "static/style.css", "static/favicon.svg",
                 "schema/policy.schema.json", "policies/vip-support.json"):
        assert (built_site / name).is_file(), name


def test_no_untranslated_segment_in_example(built_site):
    for locale in LOCALES[1:]:
        for slug in SLUGS:
            html = (built_site / locale / slug / "index.html").read_text()
            assert 'class="untranslated"' not in html, (locale, slug)


def test_nothing_loads_from_other_hosts(built_site):
    for page in built_site.rglob("*.html"):
        html = page.read_text()
        for attr in re.findall(r'(?:src|href)="([^"]+)"', html):
            if attr.startswith("http"):
                # only alternates/canonical point at the public base URL; nothing is loaded from it
                assert re.search(rf'<link rel="(alternate|canonical)"[^>]*href="{re.escape(attr)}"', html) or \
                    '"@context"' in html, (page, attr)
        assert "<script src" not in html


@pytest.mark.parametrize("locale, expected", [
    ("de", ["1 Stunde", "4 Stunden", "1.000\u00a0€ pro Monat"]),
    ("ru", ["2 рабочих часа", "1 час"]),
    ("fr", ["1\u202f000\u00a0€", "1\u00a0heure"]),
    ("pt", ["2 horas úteis", "1 dia útil"]),
    ("bg", ["2 работни часа"]),
    ("en", ["1 hour", "2 business hours", "1 business day", "2 business days"]),
    ("ar", ["ساعتا عمل", "يوما عمل", "4 ساعات"]),
])
def test_localised_figures_on_policy_page(built_site, locale, expected):
    html = (built_site / locale / "vip-support" / "index.html").read_text()
    for text in expected:
        assert text in html, (locale, text)


def test_every_severity_with_machine_values(built_site):
    html = (built_site / "de" / "vip-support" / "index.html").read_text()
    for level, iso in ((1, "PT1H"), (2, "PT1H"), (3, "PT2H"), (4, "P1D"), (5, "P1D")):
        assert re.search(rf'data-fact="vip-support:severities\.{level}\.initial_response" datetime="{iso}"', html) \
            or re.search(rf'datetime="{iso}"[^>]*data-fact="vip-support:severities\.{level}\.initial_response"', html), level


def test_policy_json_valid_and_carries_facts(built_site):
    schema = json.loads((built_site / "schema/policy.schema.json").read_text())
    validator = jsonschema.Draft202012Validator(schema)
    canonical = json.loads((built_site / "policies/vip-support.json").read_text())
    validator.validate(canonical)
    assert canonical["price"] == {"amount": "1000", "currency": "EUR", "period": "month"}
    assert canonical["schedules"]["dedicated"] == {
        "days": ["mon", "tue", "wed", "thu", "fri"], "opens": "09:00", "closes": "17:00", "timezone": "Europe/Paris"}
    sev = {s["level"]: s for s in canonical["severities"]}
    assert sev[1]["first_reply_time"] == {"iso8601": "PT1H", "value": "1", "unit": "hours", "clock": "calendar",
                                          "minutes": 60}
    assert sev[1]["next_reply_time"]["minutes"] == 240
    assert sev[3]["first_reply_time"]["clock"] == "business" and sev[3]["first_reply_time"]["minutes"] == 120
    assert sev[3]["next_reply_time"] == {"iso8601": "P2D", "value": "2", "unit": "business_days",
                                         "clock": "business", "minutes": 960}
    assert sev[4]["next_reply_time"] is None and sev[5]["first_reply_time"]["iso8601"] == "P1D"
    for locale in LOCALES:
        doc = json.loads((built_site / locale / "policies/vip-support.json").read_text())
        validator.validate(doc)
        assert doc["locale"] == locale
        assert doc["price"] == canonical["price"] and doc["severities"] == canonical["severities"]
        assert len(doc["texts"]["severities"]) == 5


def test_jsonld_matches_policy_json(built_site):
    canonical = json.loads((built_site / "policies/vip-support.json").read_text())
    for locale in LOCALES:
        html = (built_site / locale / "vip-support" / "index.html").read_text()
        block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
        doc = json.loads(block)
        spec = doc["offers"]["priceSpecification"]
        assert spec["price"] == canonical["price"]["amount"] and spec["priceCurrency"] == "EUR"
        hours = doc["hoursAvailable"][0]
        assert (hours["opens"], hours["closes"]) == ("09:00", "17:00")
        props = {p["propertyID"]: p["value"] for p in doc["additionalProperty"]}
        for s in canonical["severities"]:
            assert props[f"severity-{s['level']}.first_reply_time"] == s["first_reply_time"]["iso8601"]


def _build_in_subprocess(root: Path, env_extra: dict) -> None:
    env = {**os.environ, **env_extra}
    subprocess.run([sys.executable, "-m", "generator.cli", "--project", str(root), "build"], check=True, env=env,
                   capture_output=True, cwd=root)


def test_builds_are_byte_identical_whatever_the_environment(project):
    _build_in_subprocess(project, {"TZ": "UTC", "LANG": "C.UTF-8", "PYTHONHASHSEED": "1"})
    first = _tree(project / "site")
    _build_in_subprocess(project, {"TZ": "Asia/Tokyo", "LANG": "de_DE.UTF-8", "PYTHONHASHSEED": "4242"})
    assert _tree(project / "site") == first


def test_failed_build_leaves_previous_site(project, capsys):
    assert main(["--project", str(project), "build"]) == 0
    before = _tree(project / "site")
    policy = project / "content/policies/vip-support.yaml"
    policy.write_text(policy.read_text().replace("currency: EUR", "currency: EURO"))
    assert main(["--project", str(project), "build"]) == 2
    assert _tree(project / "site") == before
    assert not list(project.glob(".site.tmp-*"))


@pytest.mark.parametrize("out", [".", "content", "/"])
def test_out_into_sources_is_refused(project, out, capsys):
    target = out if out == "/" else str(project / out)
    assert main(["--project", str(project), "build", "--out", target]) == 2
    assert "refusing" in capsys.readouterr().err


def test_out_into_foreign_folder_is_refused(project, tmp_path, capsys):
    foreign = tmp_path / "documents"
    foreign.mkdir()
    (foreign / "thesis.txt").write_text("precious")
    assert main(["--project", str(project), "build", "--out", str(foreign)]) == 2
    assert (foreign / "thesis.txt").read_text() == "precious"


def test_new_locale_without_catalog_builds_with_source_wording(project, capsys):
    """A locale slasite ships no business-unit wording for (es) still builds: English wording, warnings."""
    site = project / "content/site.yaml"
    site.write_text(re.sub(r"^locales: .*$", "locales: [en, de, es]", site.read_text(), flags=re.M))
    assert main(["--project", str(project), "build"]) == 0
    html = (project / "site/es/vip-support/index.html").read_text()
    assert "2 business hours" in html and 'lang="es"' in html
    assert "SLA401" in capsys.readouterr().err


def test_unit_wording_from_the_catalog_wins(project):
    po = project / "locales/de/LC_MESSAGES/messages.po"
    text = po.read_text()
    assert 'msgstr[1] "{num} Geschäftsstunden"' in text
    po.write_text(text.replace('msgstr[1] "{num} Geschäftsstunden"', 'msgstr[1] "{num} Arbeitsstunden"'))
    assert main(["--project", str(project), "build"]) == 0
    html = (project / "site/de/vip-support/index.html").read_text()
    assert "2 Arbeitsstunden" in html and "2 Geschäftsstunden" not in html


def test_plan_names_are_listed_the_way_the_locale_writes_lists():
    """Several eligible plans: CLDR's list pattern, each name kept whole (nowrap) and isolated."""
    from markupsafe import Markup

    from generator.render.site import html_list

    items = [Markup('<bdi class="name">%s</bdi>') % n for n in ("Business", "All-inclusive", "R&D <Pro>")]
    assert html_list(items, "en") == ('<bdi class="name">Business</bdi>, <bdi class="name">All-inclusive</bdi>, '
                                      'and <bdi class="name">R&amp;D &lt;Pro&gt;</bdi>')
    assert " و" in html_list(items[:2], "ar")
    assert html_list(items[:1], "fr") == items[0]
