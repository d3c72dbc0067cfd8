"""Site rules over the rendered pages (SLA301-SLA303), and `check` / `build` on the example."""

from __future__ import annotations

import json

from generator.checks.rendered import facts_present, machine_value_matches_definition, visible_text_matches_value
from generator.checks.run import SiteContext
from generator.cli import main
from generator.pipeline import load_all, render

PAGE = "de/vip-support/index.html"


def set_msgstr(po, msgctxt: str, edit) -> None:
    """Apply `edit` to the msgstr of the message with `msgctxt` (single-line msgstr or wrapped)."""
    lines = po.read_text().split("\n")
    i = lines.index(f'msgctxt "{msgctxt}"')
    j = next(k for k in range(i, len(lines)) if lines[k].startswith("msgstr"))
    end = j + 1
    while end < len(lines) and lines[end].startswith('"'):
        end += 1
    block = "\n".join(lines[j:end])
    lines[j:end] = [edit(block)]
    po.write_text("\n".join(lines))


def _ctx(project, edit=None):
    loaded = load_all(project)
    rendered = render(loaded)
    if edit:
        rendered.files[PAGE] = edit(rendered.files[PAGE].decode()).encode()
    return SiteContext(loaded.project, loaded.project.site.locales, rendered)


def test_site_rules_quiet_on_the_example(project):
    ctx = _ctx(project)
    for rule in (visible_text_matches_value, machine_value_matches_definition, facts_present):
        assert list(rule(ctx)) == [], rule.__name__


def test_sla301_visible_text_disagrees_with_machine_value(project):
    ctx = _ctx(project, lambda h: h.replace(">2 Geschäftsstunden<", ">2 Stunden<", 1))
    found = list(visible_text_matches_value(ctx))
    assert [(f.rule, f.locale, f.msgctxt) for f in found] == [
        ("SLA301", "de", "vip-support:severities.3.initial_response")]
    assert found[0].file == f"site/{PAGE}" and found[0].line


def test_sla302_machine_value_disagrees_with_definition(project):
    ctx = _ctx(project, lambda h: h.replace('value="1000 EUR/month">1.000\u00a0€ pro Monat',
                                            'value="100 EUR/month">100\u00a0€ pro Monat'))
    found = list(machine_value_matches_definition(ctx))
    assert found and {f.rule for f in found} == {"SLA302"}
    assert found[0].expected == "1000 EUR/month" and found[0].found == "100 EUR/month"


def test_sla303_fact_missing_from_page(project):
    ctx = _ctx(project, lambda h: h.replace('data-fact="vip-support:severities.3.follow_up"', "", 1))
    found = list(facts_present(ctx))
    assert [(f.rule, f.locale, f.msgctxt) for f in found] == [("SLA303", "de", "vip-support:severities.3.follow_up")]


def test_check_clean_on_example_and_located_on_broken_translation(project, capsys):
    assert main(["--project", str(project), "check"]) == 0
    po = project / "locales/ru/LC_MESSAGES/messages.po"
    set_msgstr(po, "policy:vip-support:severities.3.initial_note",
               lambda s: s.replace("{contact_window}", "{contact_windows}"))
    capsys.readouterr()
    assert main(["--project", str(project), "check", "--format", "json"]) == 1
    findings = json.loads(capsys.readouterr().out)["findings"]
    f = next(f for f in findings if f["rule"] == "SLA101")
    assert f["file"] == "locales/ru/LC_MESSAGES/messages.po" and f["locale"] == "ru" and f["line"]
    assert f["msgctxt"] == "policy:vip-support:severities.3.initial_note"


def test_build_refuses_to_publish_an_inconsistent_translation(project, capsys):
    po = project / "locales/fr/LC_MESSAGES/messages.po"
    set_msgstr(po, "policy:vip-support:texts.eligibility", lambda s: s.replace("{price}", "100 € par mois"))
    assert main(["--project", str(project), "build"]) == 1
    captured = capsys.readouterr()
    assert not (project / "site").exists()
    assert "SLA101" in captured.out and "build stopped" in captured.err


def test_facts_matrix(project, capsys):
    assert main(["--project", str(project), "check", "--facts", "--format", "json"]) == 0
    rows = json.loads(capsys.readouterr().out)["facts"]
    price = next(r for r in rows if r["fact"] == "vip-support:price")
    assert price["value"] == "1000 EUR/month"
    assert price["locales"]["de"] == {"text": "1.000\u00a0€ pro Monat", "agrees": True}
    assert all(c["agrees"] for r in rows for c in r["locales"].values())
    assert main(["--project", str(project), "check", "--facts"]) == 0
    assert "0 disagreeing" in capsys.readouterr().out
