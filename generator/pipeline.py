"""The build, as a list of named steps: load -> catalogs -> check -> render -> write.

`check` and `build` share `load_all`, so what the checker reads is exactly what the build would
publish. The build writes nothing while any error stands.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from generator.diagnostics import ERROR, WARNING, Finding
from generator.errors import Location, SlasiteError
from generator.load.project import Project, load_project
from generator.render.site import RenderResult, SiteRenderer
from generator.write import check_output_dir, write_site


class BuildBlocked(SlasiteError):
    """Check findings stop the publish (exit 1); the findings are printed by the CLI."""

    exit_code = 1

    def __init__(self, findings: list[Finding]):
        super().__init__(f"build stopped: {sum(f.severity == ERROR for f in findings)} error(s) found by the check")
        self.findings = findings


@dataclass
class Loaded:
    project: Project
    catalogs: dict  # locale -> generator.catalogs loaded catalog bundle (see load_catalogs)
    translations: dict  # locale -> Translations


@dataclass
class BuildReport:
    out: Path
    files: int
    findings: list[Finding] = field(default_factory=list)


def load_catalogs(project: Project, tolerant: bool = False) -> tuple[dict, dict]:
    """Read every locale's PO file (except the source locale's). A missing file is an empty catalog.

    `tolerant` (used by `check`) treats an unreadable catalog as empty: the check then reports the
    catalog's own error as a located finding instead of stopping.
    """
    from generator.catalogs.lookup import Translations
    from generator.catalogs.pofile import read_catalog

    catalogs, translations = {}, {}
    for locale in project.site.locales:
        if locale == project.site.source_locale:
            continue
        path = project.catalog_path(locale)
        catalog = None
        if path.exists():
            try:
                catalog = read_catalog(path, locale)
            except SlasiteError as exc:
                if not tolerant:
                    if exc.location is not None:  # name the file as the user knows it
                        exc.location = Location(project.rel(path), exc.location.line, exc.location.column)
                    raise
        if catalog is None:
            from babel.messages.catalog import Catalog
            catalog = Catalog(locale=locale)
        catalogs[locale] = catalog
        translations[locale] = Translations(catalog)
    return catalogs, translations


def load_all(root: Path, tolerant: bool = False) -> Loaded:
    project = load_project(root)
    catalogs, translations = load_catalogs(project, tolerant)
    return Loaded(project, catalogs, translations)


def render(loaded: Loaded) -> RenderResult:
    return SiteRenderer(loaded.project, loaded.translations).render()


def missing_findings(loaded: Loaded, result: RenderResult, strict: bool) -> list[Finding]:
    """A segment shown in the source language: a warning, or an error under strict."""
    severity = ERROR if strict or loaded.project.site.missing_translation == "strict" else WARNING
    findings = []
    for locale, msgctxt, msgid, reason in result.missing:
        if reason == "placeholder":
            continue  # the check reports placeholder errors itself, with the catalog line
        findings.append(Finding("SLA401", severity, "segment not translated; the page shows the source text",
                                locale=locale, file=loaded.project.rel(loaded.project.catalog_path(locale)),
                                msgctxt=msgctxt, expected="a translation", found=f"untranslated: {msgid[:60]}"))
    return findings


def build(root: Path, out: Path | None = None, strict: bool = False, run_checks: bool = True) -> BuildReport:
    """Build the site of the project at `root` into `out` (default `root/site`)."""
    root = root.resolve()
    out = check_output_dir(out if out is not None else root / "site", root)
    loaded = load_all(root)
    result = render(loaded)
    findings = missing_findings(loaded, result, strict)
    if run_checks:
        from generator.checks.run import run_checks as check_all
        findings += check_all(loaded, strict=strict, rendered=result)
    if any(f.severity == ERROR for f in findings):
        raise BuildBlocked(findings)
    write_site(out, result.files)
    return BuildReport(out, len(result.files), findings)
