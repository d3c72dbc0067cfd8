"""The facts come from the loaded policy: change the definition and the audit expects other figures."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal as D

from audit_helpers import errors, facts, policy, team_page

from generator.audit import audit_text, derive_facts
from generator.cli import main
from generator.model.types import Duration, Money


def by_id(fs):
    return {f.id: f for f in fs.all()}


def test_the_example_policy_facts():
    f = by_id(facts("en"))
    assert f["vip-support:price"].value == (D(1000), "EUR", "month", None)
    assert f["vip-support:plans.all-inclusive"].value[0] == "All-inclusive"
    assert f["vip-support:values.dedicated.days"].value == ("mon", "fri")
    assert f["vip-support:values.dedicated.hours"].value == ("09:00", "17:00")
    assert f["vip-support:values.dedicated.zone"].value == "Europe_Central"
    assert f["vip-support:features.priority-routing.body"].value == 2
    assert f["vip-support:texts.availability_intro"].value == "24/7"
    rows = facts("en").rows
    assert [(x.id.split(".", 2)[-1], x.expected) for x in rows[3]] == [
        ("initial_response", "2 business hours"), ("contact_window", "1-2 hours"), ("follow_up", "2 business days")]
    assert [(x.kind, x.expected) for x in rows[4]] == [
        ("duration", "1 business day"), ("duration", "24 hours"), ("none", "no figure")]


def test_translations_give_the_locale_names():
    ru = facts("ru")
    assert "Все включено" in by_id(ru)["vip-support:plans.all-inclusive"].value
    assert ru.severity_names[1] == ("Critical", "Критичный")


def test_another_definition_means_other_facts():
    p = policy()
    sev4 = dataclasses.replace(p.severity(4), follow_up=Duration(D(3), "business_days"))
    changed = dataclasses.replace(
        p, price=Money(D(2000), "USD", "year"),
        schedules={"dedicated": dataclasses.replace(
            p.schedules["dedicated"], days=("mon", "tue", "wed", "thu", "fri", "sat"), opens=dt.time(8),
            closes=dt.time(18), timezone="America/New_York")},
        severities=tuple(sev4 if s.level == 4 else s for s in p.severities))
    f = by_id(derive_facts(changed, "en"))
    assert f["vip-support:price"].expected == "2000 USD per year"
    assert f["vip-support:values.dedicated.days"].expected == "Monday-Saturday"
    assert f["vip-support:values.dedicated.hours"].expected == "08:00-18:00"
    assert f["vip-support:values.dedicated.zone"].value == "America_Eastern"
    assert f["vip-support:severities.4.follow_up"].expected == "3 business days"
    text, name = team_page("en")
    found = {x.msgctxt for x in errors(audit_text(text, name, changed, "en"))}
    assert found == {"vip-support:price", "vip-support:values.dedicated.days", "vip-support:values.dedicated.hours",
                     "vip-support:values.dedicated.zone", "vip-support:severities.4.follow_up"}


def test_editing_the_yaml_changes_what_the_audit_expects(project, capsys):
    path = project / "content" / "policies" / "vip-support.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("{value: 2, unit: business_days}",
                                                             "{value: 3, unit: business_days}"), encoding="utf-8")
    page = project.parent / "de.html"
    page.write_text(team_page("de")[0], encoding="utf-8")
    assert main(["--project", str(project), "audit", str(page), "--locale", "de"]) == 1
    out = capsys.readouterr().out
    assert "(vip-support:severities.3.follow_up)" in out and "expected 3 business days" in out
