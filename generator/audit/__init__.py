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


def catalog_translator(project, locale: str):
    """Text -> its translation in the project's catalog for `locale` (None: none, fuzzy, unusable).

    The translations give the audit the locale's words for plan and severity names and for the
    sentences a figure belongs to; without a catalog it works from the source texts alone.
    """
    from generator.catalogs.lookup import Translations
    from generator.catalogs.pofile import read_catalog
    from generator.errors import SlasiteError

    if locale == project.site.source_locale:
        return None
    for candidate in dict.fromkeys((locale, locale.split("_")[0])):
        path = project.catalog_path(candidate)
        if path.exists():
            try:
                translations = Translations(read_catalog(path, candidate))
            except SlasiteError:
                return None  # a broken catalog is `check`'s finding; the audit does without it
            return lambda t: translations.gettext(t.msgctxt, t.source)
    return None


__all__ = ["AUDIT_CODES", "audit_page", "audit_text", "catalog_translator", "derive_facts", "read_page"]
