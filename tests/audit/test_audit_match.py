"""How the audit finds the severity table and tells facts apart, on small English pages."""

from __future__ import annotations

import pytest
from audit_helpers import audit, errors, fact_id, run

HEAD = """VIP Support is only for the All-inclusive plan and costs €1,000 per month.
Hard cases go to our second-level agents; chat on the website is open 24/7.
Dedicated chat and email: Monday to Friday, 9:00 to 17:00 CET.
"""

TABLE = """
| Severity | First response | Follow-up |
|---|---|---|
| Severity 1 | 1 hour | 4 hours |
| Severity 2 | 1 hour | 4 hours |
| Severity 3 | 2 business hours (we call within 1-2 hours) | 2 business days |
| Severity 4 | 1 business day (we call within 24 hours) | we keep you informed |
| Severity 5 | 1 business day (we call within 24 hours) | we keep you informed |
"""


def ids(findings):
    return sorted((f.rule, f.msgctxt) for f in errors(findings))


def test_the_reference_page_is_clean():
    assert audit(HEAD + TABLE, "en") == []


def test_rows_named_not_numbered_are_found_by_severity_name():
    table = TABLE
    for n, name in enumerate(("Critical", "High", "Standard", "Bug fix", "Request"), 1):
        table = table.replace(f"| Severity {n} |", f"| {name} |")
    assert audit(HEAD + table, "en") == []
    edited = table.replace("| Standard | 2 business hours", "| Standard | 3 business hours")
    assert ids(audit(HEAD + edited, "en")) == [("SLA701", fact_id("severities.3.initial_response"))]


def test_columns_in_another_order_are_no_error():
    swapped = "\n".join(
        "|".join([p[0], p[1], p[3], p[2], *p[4:]]) if (p := line.split("|")) and len(p) > 4 else line
        for line in TABLE.split("\n"))
    assert "| 4 hours | 1 hour |" in swapped
    assert errors(audit(HEAD + swapped, "en")) == []
    edited = swapped.replace("| 2 business days | 2 business hours", "| 2 business days | 2 hours")
    assert ids(audit(HEAD + edited, "en")) == [("SLA701", fact_id("severities.3.initial_response"))]


def test_headings_with_the_targets_below_them():
    page = HEAD + """
### Severity 1 — Critical
First response within 1 hour. Updates every 4 hours.

### Severity 2 — High
First response within 1 hour. Updates every 4 hours.

### Severity 3 — Standard
First response within 2 business hours; your agent calls within 1-2 hours.
Updates within 2 business days.

### Severity 4 — Bug fix
First response within 1 business day; your agent calls within 24 hours.

### Severity 5 — Request
First response within 1 business day; your agent calls within 24 hours.

## Why VIP?
Join 4,000 companies.
"""
    found = audit(page, "en")
    assert errors(found) == [] and [f.found for f in found] == ["“4,000” (4000)"]
    edited = page.replace("Updates within 2 business days.", "Updates within 3 business days.")
    assert ids(audit(edited, "en")) == [("SLA701", fact_id("severities.3.follow_up"))]


def test_a_bulleted_list_of_severities():
    page = HEAD + "\n" + "\n".join([
        "- **Severity 1 (Critical):** first answer within 1 hour, then every 4 hours.",
        "- **Severity 2 (High):** first answer within 1 hour, then every 4 hours.",
        "- **Severity 3 (Standard):** first answer within 2 business hours (a call within 1-2 hours), "
        "then within 2 business days.",
        "- **Severity 4 (Bug fix):** first answer within 1 business day, a call within 24 hours.",
        "- **Severity 5 (Request):** first answer within 1 business day, a call within 24 hours.",
    ]) + "\n"
    assert audit(page, "en") == []
    edited = page.replace("then every 4 hours.\n- **Severity 2", "then every 8 hours.\n- **Severity 2")
    assert ids(audit(edited, "en")) == [("SLA701", fact_id("severities.1.follow_up"))]


def test_a_page_without_a_severity_table_misses_every_target():
    found = errors(audit(HEAD, "en"))
    assert {f.rule for f in found} == {"SLA702"}
    assert len(found) == 11 and all("no row for severity" in f.message for f in found)


def test_a_relabelled_row_is_the_level_it_stands_for():
    edited = TABLE.replace("| Severity 1 |", "| Severity 2 |")
    assert ids(audit(HEAD + edited, "en")) == [("SLA701", fact_id("severities.1.level"))]


def test_a_price_without_period_takes_the_page_period_else_is_wrong():
    billed = HEAD.replace("costs €1,000 per month.", "costs €1,000, billed monthly.")
    assert errors(audit(billed + TABLE, "en")) == []
    once = HEAD.replace("costs €1,000 per month.", "costs €1,000 once.")
    assert ids(audit(once + TABLE, "en")) == [("SLA701", fact_id("price"))]


def test_another_product_price_is_a_warning_but_a_second_price_of_the_plan_must_agree():
    other = HEAD + "Our Starter plan costs €15 per month.\n" + TABLE
    assert [(f.rule, f.severity) for f in audit(other, "en")] == [("SLA703", "warning")]
    twice = HEAD + "On the All-inclusive plan, VIP Support is €1,100 per month.\n" + TABLE
    assert ids(audit(twice, "en")) == [("SLA701", fact_id("price"))]


@pytest.mark.parametrize("line,fact", [
    ("Dedicated phone: Monday to Saturday.", "values.dedicated.days"),
    ("Dedicated phone: 8:00 to 17:00 CET.", "values.dedicated.hours"),
    ("Dedicated phone: 9:00 to 17:00 EST.", "values.dedicated.zone"),
])
def test_every_schedule_figure_on_the_page_must_be_the_schedule(line, fact):
    assert ids(audit(HEAD + line + "\n" + TABLE, "en")) == [("SLA701", fact_id(fact))]


def test_opening_and_closing_times_written_apart():
    page = HEAD.replace("Monday to Friday, 9:00 to 17:00 CET.", "Monday to Friday; opens 9:00, closes 17:00 (CET).")
    assert audit(page + TABLE, "en") == []


def test_a_rank_written_as_level_2():
    page = HEAD.replace("our second-level agents", "our level 2 agents")
    assert audit(page + TABLE, "en") == []
    page = HEAD.replace("our second-level agents", "our level 3 agents")
    assert ids(audit(page + TABLE, "en")) == [("SLA701", fact_id("features.priority-routing.body"))]


def test_matches_name_every_fact_once_per_statement():
    a = run(HEAD + TABLE, "en")
    counts = {}
    for fact, _ in a.matches:
        counts[fact.id] = counts.get(fact.id, 0) + 1
    assert counts[fact_id("price")] == 1 and counts[fact_id("values.dedicated.hours")] == 1
    assert counts[fact_id("severities.4.contact_within")] == 1


@pytest.mark.parametrize("marker,wrong", [("du.", False), ("de.", True)])
def test_am_pm_is_read_in_the_pages_own_language(marker, wrong):
    """The audit reads whether a clock time says A.M. or P.M. with the page's own words: pooled
    over every language, the French/Spanish connector "de" unmarked the Hungarian "de." (A.M.),
    so "de. 5:00" passed for the policy's 17:00 closing time."""
    page = HEAD.replace("Monday to Friday, 9:00 to 17:00 CET.", f"Monday to Friday, de. 9:00 – {marker} 5:00 CET.")
    found = [f for f in ids(audit(page + TABLE, "hu")) if "dedicated.hours" in f[1]]
    assert found == ([("SLA701", fact_id("values.dedicated.hours"))] if wrong else [])


def test_a_per_seat_price_is_not_the_policys_flat_price():
    """The policy's price is flat (1000 EUR a month); a page that bills it per user states another
    price, in any language (the basis is part of the money figure)."""
    page = HEAD.replace("costs €1,000 per month", "costs €1,000 per user per month")
    assert ids(audit(page + TABLE, "en")) == [("SLA701", fact_id("price"))]
    page = HEAD.replace("costs €1,000 per month", "costs €1,000 per month for the whole team")
    assert ids(audit(page + TABLE, "en")) == []
