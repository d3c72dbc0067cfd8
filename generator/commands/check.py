"""`slasite check`: the project (all locales or one), a single PO file, or the facts matrix."""

from __future__ import annotations

from pathlib import Path

from generator.diagnostics import Finding, render
from generator.errors import UsageError


def run_check(root: Path, *, locale: str | None, catalog: Path | None, facts: bool, strict: bool,
              fmt: str, cache: bool = True) -> tuple[list[Finding], str]:
    from generator.checks.run import check_catalog

    if catalog is not None:
        if not locale:
            raise UsageError("--catalog needs --locale to know the language of the translations",
                             hint="e.g. slasite check --catalog fr.po --locale fr")
        from generator.catalogs.locales import canonical_locale
        code = canonical_locale(locale)
        if not catalog.exists():
            raise UsageError(f"{catalog}: file not found")
        findings = check_catalog(catalog, code, str(catalog), strict=strict)
        return findings, render(findings, fmt)

    from generator.pipeline import load_all, render_and_check
    loaded = load_all(root, tolerant=True, cache=cache)
    if locale is not None and locale not in loaded.project.site.locales:
        raise UsageError(f"locale '{locale}' is not built by this site",
                         hint="choose one of " + ", ".join(loaded.project.site.locales))
    rendered, findings = render_and_check(loaded, strict=strict, locale=locale, keep_pages=facts)
    if facts:
        from generator.commands.facts import facts_matrix
        return findings, facts_matrix(loaded, rendered, fmt, locale)
    return findings, render(findings, fmt)
