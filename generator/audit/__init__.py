"""`slasite audit`: check a page written outside slasite against a policy.

`audit_text(text, name, policy, locale)` reads the page (page.py), derives what the policy says
(facts.py), aligns the two (match.py) and returns findings (rules.py: SLA701 contradicting figure,
SLA702 missing fact, SLA703 extra figure).
"""

from __future__ import annotations

from generator.diagnostics import Finding
from generator.model.types import Policy

from .facts import Facts, derive_facts
from .match import Auditor
from .page import Page, read_page
from .rules import AUDIT_CODES


def audit_page(page: Page, facts: Facts, locale: str) -> list[Finding]:
    return Auditor(page, facts, locale).run()


def audit_text(text: str, name: str, policy: Policy, locale: str, translate=None) -> list[Finding]:
    """Every disagreement between a page (HTML, Markdown or text) in `locale` and `policy`."""
    return audit_page(read_page(text, name), derive_facts(policy, locale, translate), locale)


__all__ = ["AUDIT_CODES", "audit_page", "audit_text", "derive_facts", "read_page"]
