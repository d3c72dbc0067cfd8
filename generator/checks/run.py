"""Run the rules: message and catalog rules per PO file, site rules over the rendered output.

`check_catalog` is what `check --catalog FILE.po --locale L` runs on any gettext catalog;
`run_checks` is what `check` and `build` run on the project.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from generator.checks import entry as entry_mod
from generator.checks.registry import rules
from generator.diagnostics import ERROR, WARNING, Finding
from generator.errors import InputError


@dataclass
class CatalogContext:
    path: str
    locale: str
    entries: list
    header: object | None
    header_fields: dict
    header_lines: dict
    template_keys: set | None
    read_error: InputError | None = None


@dataclass
class SiteContext:
    project: object
    locales: tuple[str, ...]
    rendered: object


def _header(entries) -> tuple[object | None, dict, dict]:
    from generator.catalogs.pofile import parse_header

    header = next((e for e in entries if not e.msgid and not e.msgctxt and not e.obsolete), None)
    if header is None:
        return None, {}, {}
    fields, lines = {}, {}
    raw = header.msgstr[0] if header.msgstr else ""
    for i, (k, v) in enumerate(parse_header(raw)):
        fields[k.lower()] = v
    # the header's fields sit one per line after `msgstr ""`
    for offset, line in enumerate(raw.split("\n")):
        if ":" in line:
            lines[line.split(":", 1)[0].strip().lower()] = header.msgstr_line + 1 + offset
    return header, fields, lines


def check_catalog(path: Path, locale: str, display: str | None = None, *, template_keys: set | None = None,
                  strict: bool = False, source_locale: str = "en") -> list[Finding]:
    """Every catalog and message rule on one PO file. Unreadable files become SLA601 findings."""
    from generator.catalogs.plurals import categories_for_header
    from generator.catalogs.scan import read_text, scan_text

    display = display or str(path)
    try:
        text, _bom = read_text(path)
        entries = scan_text(text, display)
        read_error = None
    except InputError as exc:
        entries, read_error = [], exc
    header, fields, header_lines = _header(entries)
    ctx = CatalogContext(display, locale, entries, header, fields, header_lines, template_keys, read_error)
    findings: list[Finding] = []
    for r in rules("catalog"):
        for f in r.func(ctx):
            findings.append(replace(f, locale=locale, file=display))
    categories: tuple = ()
    plural_value = fields.get("plural-forms")
    if plural_value:
        try:
            categories = tuple(c or "?" for c in categories_for_header(plural_value, locale))
        except ValueError:
            categories = ()
    message_rules = rules("message")
    for e in entries:
        if e.obsolete or not e.msgid:
            continue
        if template_keys is not None and (e.msgctxt, e.msgid) not in template_keys:
            continue
        entry = entry_mod.Entry(locale, display, e.msgstr_line or e.msgid_line, e.msgctxt, e.msgid, e.msgid_plural,
                                tuple(e.msgstr), frozenset(e.flags), tuple(e.translator_comments),
                                categories if e.msgid_plural else ())
        ignored = entry.ignored()
        for r in message_rules:
            for f in r.func(entry):
                if f.rule in ignored:
                    continue
                severity = f.severity
                if strict and f.rule in ("SLA401", "SLA402"):
                    severity = ERROR
                findings.append(replace(f, severity=severity, locale=locale, file=display, line=entry.line,
                                        msgctxt=entry.msgctxt))
        for code, reason in ignored.items():
            if not reason:
                findings.append(Finding("SLA001", WARNING, f"'slasite-ignore: {code}' needs a reason after the code",
                                        locale=locale, file=display, line=e.line, msgctxt=e.msgctxt,
                                        expected="slasite-ignore: CODE reason", found=f"slasite-ignore: {code}"))
    return findings


def template_keys(project) -> set:
    from generator.segments import collect
    return {(s.msgctxt, s.msgid) for s in collect(project)}


def run_checks(loaded, *, strict: bool = False, rendered=None, locale: str | None = None) -> list[Finding]:
    """Every rule over the project: each locale's catalog, then the rendered pages."""
    project = loaded.project
    keys = template_keys(project)
    locales = [l for l in project.site.locales if locale in (None, l)]
    def check_locale(l: str) -> list[Finding]:
        """Catalog and message rules for one locale, then the site rules over its rendered pages."""
        out: list[Finding] = []
        if l != project.site.source_locale:
            out += _catalog_findings(project, l, keys, strict)
        if rendered is not None:
            ctx = SiteContext(project, (l,), rendered)
            for r in rules("site"):
                out.extend(r.func(ctx))
        return out

    from generator.figures.read import read_figures
    from generator.parallel import map_locales

    # Read every source text once, here: workers inherit the compiled source grammar and the
    # results instead of each redoing them.
    from generator.checks.messages import _no_placeholders
    for _ctx, msgid in keys:
        read_figures(_no_placeholders(msgid), project.site.source_locale)
    # each locale compiles its figure grammar (~0.1 s) whatever its size: worth a core from 3 on
    work = len(locales) * (7_000 + len(keys))
    findings: list[Finding] = []
    for part in map_locales(check_locale, locales, work=work):
        findings += part
    return findings


def _catalog_findings(project, l: str, keys: set, strict: bool) -> list[Finding]:
    path = project.catalog_path(l)
    display = project.rel(path)
    if not path.exists():
        return [Finding("SLA401", ERROR if strict else WARNING,
                        "no catalog for this locale; every segment shows the source text",
                        locale=l, file=display, expected="a catalog", found="missing (run slasite add-locale)")]
    out = check_catalog(path, l, display, template_keys=keys, strict=strict, source_locale=project.site.source_locale)
    present = {(e.msgctxt, e.msgid) for e in _entries(path)}
    for ctx_, msgid in sorted(keys - present, key=lambda k: (k[0] or "", k[1])):
        out.append(Finding("SLA401", ERROR if strict else WARNING,
                           "message missing from the catalog (run slasite update)",
                           locale=l, file=display, msgctxt=ctx_, expected="an entry", found=msgid[:60]))
    return out


def _entries(path: Path):
    from generator.catalogs.scan import scan_entries
    try:
        return [e for e in scan_entries(path) if not e.obsolete]
    except InputError:
        return []


def catalog_locale(path: Path) -> str:
    """The locale of a PO file: its Language header, else its `<lang>/LC_MESSAGES/` folder."""
    from generator.catalogs.locales import canonical_locale
    from generator.catalogs.scan import read_text, scan_text
    from generator.errors import Location, UsageError

    try:
        text, _ = read_text(path)
        _h, fields, _l = _header(scan_text(text, str(path)))
        language = fields.get("language")
    except InputError:
        language = None
    if not language and path.parent.name == "LC_MESSAGES":
        language = path.parent.parent.name
    if not language:
        raise UsageError(f"{path}: cannot tell the locale", Location(str(path)),
                         "pass --locale or add a Language header")
    return canonical_locale(language)
