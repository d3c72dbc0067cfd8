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
from generator.write import check_output_dir, update_site, write_site


class BuildBlocked(SlasiteError):
    """Check findings stop the publish (exit 1); the findings are printed by the CLI."""

    exit_code = 1

    def __init__(self, findings: list[Finding]):
        super().__init__(f"build stopped: {sum(f.severity == ERROR for f in findings)} error(s) found by the check")
        self.findings = findings


# catalog digest -> Translations read in this process; they are read-only, and the digest covers
# the locale and every byte of the file
_READ: dict[str, object] = {}


def _keep(key: str, translations):
    if len(_READ) > 256:
        _READ.clear()
    _READ[key] = translations
    return translations


class CatalogSet:
    """Each locale's translations, read from its PO file only when first asked for.

    A build whose cache already holds every page of a locale never parses that locale's catalog:
    its bytes (hashed) are enough to know nothing changed. A missing file is an empty catalog.
    `tolerant` (used by `check`) treats an unreadable catalog as empty: the check then reports the
    catalog's own error as a located finding instead of stopping.
    """

    def __init__(self, project: Project, tolerant: bool = False, store=None):
        self.project = project
        self.tolerant = tolerant
        self.store = store if store is not None and store.enabled else None
        self.locales = tuple(l for l in project.site.locales if l != project.site.source_locale)
        self._raw: dict[str, bytes | None] = {}
        self._digests: dict[str, str] = {}
        self.failed: set[str] = set()  # locales whose catalog could not be read (tolerant mode)
        self._translations: dict = {}

    def raw(self, locale: str) -> bytes | None:
        """The catalog file's bytes (None when there is no file), read once."""
        if locale not in self._raw:
            try:
                self._raw[locale] = self.project.catalog_path(locale).read_bytes()
            except FileNotFoundError:
                self._raw[locale] = None
            except OSError:
                self._raw[locale] = b"\0unreadable"  # read_catalog reports it, located
        return self._raw[locale]

    def digest(self, locale: str) -> str:
        """A hash of the locale and its catalog's bytes (what every cache key of the locale uses)."""
        if locale not in self._digests:
            from generator.cache import digest
            raw = self.raw(locale)
            self._digests[locale] = digest(locale, "none" if raw is None else "file", raw or b"")
        return self._digests[locale]

    def get(self, locale: str, default=None):
        if locale not in self.locales:
            return default
        if locale not in self._translations:
            self._translations[locale] = self._read(locale)
        return self._translations[locale]

    __getitem__ = get

    def __contains__(self, locale: str) -> bool:
        return locale in self.locales

    def _read(self, locale: str):
        from babel.messages.catalog import Catalog

        from generator.catalogs.lookup import Translations
        from generator.catalogs.pofile import read_catalog

        path = self.project.catalog_path(locale)
        name, key = f"translations-{locale}", self.digest(locale)
        if key in _READ:  # this process read these very bytes before (serve rebuilds)
            return _READ[key]
        if self.store is not None:  # a catalog read before, with these very bytes
            known = self.store.load(name).get(key)
            if isinstance(known, dict):
                try:
                    return _keep(key, Translations.from_state(known))
                except (KeyError, TypeError, ValueError, SlasiteError):
                    pass
        catalog = None
        if self.raw(locale) is not None:
            if self.store is not None:
                self._scan_with_cache(locale)
            try:
                # validated in full; the lookups are built from the scanned entries, not from
                # Babel's message objects (most of the cost of reading a large catalog)
                catalog = read_catalog(path, locale, messages=False)
            except SlasiteError as exc:
                if not self.tolerant:
                    if exc.location is not None:  # name the file as the user knows it
                        exc.location = Location(self.project.rel(path), exc.location.line, exc.location.column)
                    raise
                self.failed.add(locale)  # never cached: the next run reads and reports it again
                return Translations(Catalog(locale=locale))
        if catalog is not None:
            translations = Translations.from_entries(catalog, catalog.scanned_entries)
        else:
            translations = Translations(Catalog(locale=locale))
        if self.store is not None:
            self.store.save(name, {key: translations.to_state()})
        return _keep(key, translations)

    def _scan_with_cache(self, locale: str) -> None:
        """Scan the catalog through the build cache first (the check keeps its last version
        there), so that after an edit only the changed blocks are scanned; read_catalog below then
        finds the entries in memory. Errors are left to read_catalog, which locates them."""
        from generator.catalogs.scan import decode, scan_text_cached

        display = self.project.rel(self.project.catalog_path(locale))
        try:
            text, _bom = decode(self.raw(locale), display)
            scan_text_cached(text, display, self.store, f"scan-{locale}")
        except SlasiteError:
            pass

    def read_all(self) -> None:
        """Parse every catalog now (what a build without cache does first)."""
        for locale in self.locales:
            self.get(locale)


@dataclass
class Loaded:
    project: Project
    translations: CatalogSet  # locale -> Translations, read on demand
    cache: object = None  # generator.cache.Store, or None


@dataclass
class BuildReport:
    out: Path
    files: int
    findings: list[Finding] = field(default_factory=list)
    written: dict[str, str] | None = None  # digests of the files now in `out` (see build's `written`)


def load_all(root: Path, tolerant: bool = False, cache: bool = False) -> Loaded:
    """The project's model and its catalogs. Without `cache`, every catalog is read (and
    validated) at once; with it, only those whose pages must be rendered again."""
    from generator.cache import Store

    project = load_project(root)
    store = Store(project.root if cache else None)
    translations = CatalogSet(project, tolerant, store)
    if not store.enabled:
        translations.read_all()
    return Loaded(project, translations, store)


def render(loaded: Loaded) -> RenderResult:
    return SiteRenderer(loaded.project, loaded.translations, cache=loaded.cache).render()


def render_and_check(loaded: Loaded, *, strict: bool = False, locale: str | None = None,
                     keep_pages: bool = True) -> tuple[RenderResult, list[Finding]]:
    """Render the site and run every check, each locale's pages checked by the worker that
    rendered them (one pool, no second pass over the pages).

    `locale` checks one locale; `keep_pages=False` is for a caller that only wants the findings
    (`check`, `status`): only the checked locales are rendered and the workers send back
    findings, not the pages (the result then holds only the site-wide files).
    """
    from generator.checks.run import ProjectCheck
    from generator.parallel import map_locales

    renderer = SiteRenderer(loaded.project, loaded.translations, cache=loaded.cache)
    checker = ProjectCheck(loaded, strict=strict, locale=locale)
    work = renderer.prepare() + checker.prepare()

    def job(l: str):
        files, missing, keys = renderer.render_locale(l)
        found = checker.check_locale(l, RenderResult(files=files, keys=keys)) if l in checker.locales else []
        return (files if keep_pages else {}), missing, keys, found

    # a caller that keeps no pages needs only the checked locales rendered
    locales = loaded.project.site.locales if keep_pages else checker.locales
    parts = map_locales(job, locales, work=work)
    result = renderer.finish([(files, missing, keys) for files, missing, keys, _ in parts])
    return result, [f for *_, found in parts for f in found]


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


def build(root: Path, out: Path | None = None, strict: bool = False, run_checks: bool = True,
          cache: bool = True, in_place: bool = False, written: dict[str, str] | None = None) -> BuildReport:
    """Build the site of the project at `root` into `out` (default `root/site`).

    With `cache`, unchanged pages and check results come from `.slasite-cache/` (see
    generator.cache); the output is byte-identical to a build without it.
    `in_place` (serve) updates the files of `out` that changed since the build that returned
    `written` (its report's `written`) instead of swapping in a whole new tree (write.update_site).
    """
    root = root.resolve()
    out = check_output_dir(out if out is not None else root / "site", root)
    loaded = load_all(root, cache=cache)
    if run_checks:
        result, checked = render_and_check(loaded, strict=strict)
        findings = missing_findings(loaded, result, strict) + checked
    else:
        result = render(loaded)
        findings = missing_findings(loaded, result, strict)
    if any(f.severity == ERROR for f in findings):
        raise BuildBlocked(findings)
    if in_place:
        return BuildReport(out, len(result.files), findings, update_site(out, result.files, written, result.keys))
    write_site(out, result.files)
    return BuildReport(out, len(result.files), findings)
