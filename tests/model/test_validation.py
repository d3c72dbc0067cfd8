"""The definition's validation: every mistake is reported with file, line, column and what to do."""

from __future__ import annotations

import pytest

from generator.cli import main
from generator.errors import ContentError, InputError
from generator.load.project import load_project

POLICY = "content/policies/vip-support.yaml"


def _edit(project, rel, old, new):
    path = project / rel
    text = path.read_text()
    assert old in text, old
    path.write_text(text.replace(old, new, 1))


def _errors(project) -> list[str]:
    with pytest.raises((ContentError, InputError)) as info:
        load_project(project)
    exc = info.value
    return [str(e) for e in getattr(exc, "errors", [exc])]


def test_example_loads_with_typed_figures(project):
    p = load_project(project)
    policy = p.policies["vip-support"]
    assert str(policy.price.amount) == "1000" and policy.price.currency == "EUR" and policy.price.period == "month"
    assert [s.initial_response.unit for s in policy.severities] == [
        "hours", "hours", "business_hours", "business_days", "business_days"]
    assert policy.severities[3].follow_up is None
    sched = policy.schedules["dedicated"]
    assert sched.days == ("mon", "tue", "wed", "thu", "fri") and sched.timezone == "Europe/Paris"
    assert f"{sched.opens:%H:%M}-{sched.closes:%H:%M}" == "09:00-17:00"


@pytest.mark.parametrize("old, new, expected", [
    ('price: {amount: "1000"', 'price: {amount: "a lot"', "must be a number, not 'a lot'"),
    ("initial_response: {value: 1, unit: hours}", "initial_response: 1", "must say its unit"),
    ('opens: "09:00"', 'opens: "25:00"', "must be a time of day HH:MM"),
    ("days: [mon, tue, wed, thu, fri]", "days: Mon-Fry", "is not a weekday"),
    ("currency: EUR", "currency: EUX", "'EUX' is not an ISO 4217 currency code"),
    ("timezone: Europe/Paris", "timezone: CET-ish", "is not an IANA time zone"),
    ("version: \"2026.11\"", "version: \"2026.11\"\ncolour: blue", "unknown field 'colour'"),
    ("version: \"2026.11\"\n", "", "missing field 'version'"),
    ("id: vip-support\n", "id: vip-support\nid: other\n", "duplicate key 'id'"),
    ("name: VIP Support\n", "name: [VIP Support\n", "YAML syntax error"),
    ("unit: business_days}", "unit: fortnights}", "'fortnights' is not a duration unit"),
])
def test_bad_definition_is_located(project, old, new, expected):
    _edit(project, POLICY, old, new)
    errors = _errors(project)
    assert any(expected in e for e in errors), errors
    hit = next(e for e in errors if expected in e)
    assert hit.startswith(f"{POLICY}:"), hit  # file and line
    line = int(hit.split(":")[1])
    assert line >= 1


def test_every_error_is_collected(project):
    _edit(project, POLICY, "currency: EUR", "currency: EUX")
    _edit(project, POLICY, 'closes: "17:00"', 'closes: "7pm"')
    errors = _errors(project)
    assert len(errors) >= 2
    assert any("EUX" in e for e in errors) and any("7pm" in e for e in errors)


def test_unknown_locale(project):
    _edit(project, "content/site.yaml", "locales: [en, pt, bg, fr, de, ru, ar]", "locales: [en, xx]")
    errors = _errors(project)
    assert any("content/site.yaml:" in e and "'xx'" in e for e in errors), errors


def test_aliases_refused(project):
    _edit(project, POLICY, "price: {amount", "price: &p {amount")
    _edit(project, POLICY, "values:\n", "values:\n  again: *p\n")
    assert any("aliases" in e for e in _errors(project))


def test_empty_policy_file(project):
    (project / POLICY).write_text("")
    assert any("empty" in e for e in _errors(project))


def test_bad_front_matter(project):
    (project / "content/pages/severity-levels.md").write_text("---\ntitle: [x\n---\nbody\n")
    errors = _errors(project)
    assert any(e.startswith("content/pages/severity-levels.md:2") for e in errors), errors


def test_cli_exit_code_2_and_no_traceback(project, capsys):
    _edit(project, POLICY, 'opens: "09:00"', 'opens: "25:00"')
    code = main(["--project", str(project), "build"])
    out = capsys.readouterr()
    assert code == 2
    assert "Traceback" not in out.err and f"{POLICY}:" in out.err
