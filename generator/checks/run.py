"""Run the rules: message and catalog rules per PO file, site rules over the rendered output.

`check_catalog` is what `check --catalog FILE.po --locale L` runs on any gettext catalog;
`run_checks` is what `check` and `build` run on the project.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
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


# catalog rules that compare the catalog with the source segments; a cached check re-runs only
# these when the source changed and the catalog did not
SOURCE_RULES = frozenset({"SLA603"})


@dataclass(frozen=True)
class _Active:
    """The little of an entry a source rule reads (see CatalogCheck.select)."""
    msgctxt: str | None
    msgid: str
    msgid_line: int
    obsolete: bool = False


@dataclass
class CatalogCheck:
    """What the rules say about one PO file before it is compared with the project's segments.

    `select` then keeps what concerns the segments a project has. Kept apart so the build cache
    can store it per catalog: editing a page changes the segments, not the catalogs.
    """
    locale: str
    display: str
    catalog: list[Finding]  # catalog rules, except the SOURCE_RULES
    messages: list[tuple[str | None, str, Finding]]  # (msgctxt, msgid, finding) of message rules
    active: list[tuple[str | None, str, int]]  # (msgctxt, msgid, msgid line) of every active entry
    _present: set | None = field(default=None, repr=False, compare=False)
    _entries: list | None = field(default=None, repr=False, compare=False)

    def select(self, template_keys: set | None) -> list[Finding]:
        out = list(self.catalog)
        if template_keys is not None:
            if self._entries is None:  # made once: a long-lived process selects on every rebuild
                self._entries = [_Active(c, m, line) for c, m, line in self.active]
            ctx = CatalogContext(self.display, self.locale, self._entries, None, {}, {}, template_keys)
            for r in rules("catalog"):
                if r.code in SOURCE_RULES:
                    out += [replace(f, locale=self.locale, file=self.display) for f in r.func(ctx)]
        out += [f for c, m, f in self.messages if template_keys is None or (c, m) in template_keys]
        return out

    def present(self) -> set:
        if self._present is None:
            self._present = {(c, m) for c, m, _line in self.active}
        return self._present

    def to_json(self) -> dict:
        return {"catalog": [asdict(f) for f in self.catalog],
                "messages": [[c, m, asdict(f)] for c, m, f in self.messages],
                "active": [list(a) for a in self.active]}

    @classmethod
    def from_json(cls, locale: str, display: str, data) -> "CatalogCheck | None":
        try:
            return cls(locale, display, [Finding(**d) for d in data["catalog"]],
                       [(c, m, Finding(**d)) for c, m, d in data["messages"]],
                       [(c, m, int(line)) for c, m, line in data["active"]])
        except (KeyError, TypeError, ValueError):
            return None


def check_catalog(path: Path, locale: str, display: str | None = None, *, template_keys: set | None = None,
                  strict: bool = False, source_locale: str = "en", memo: dict | None = None,
                  store=None) -> list[Finding]:
    """Every catalog and message rule on one PO file. Unreadable files become SLA601 findings.

    `template_keys`, when given, limits the message rules to the project's segments and reports
    entries the source lacks (SLA603). `memo` and `store`: see `catalog_check`.
    """
    return catalog_check(path, locale, display, strict=strict, memo=memo, store=store).select(template_keys)


def catalog_check(path: Path, locale: str, display: str | None = None, *, strict: bool = False,
                  memo: dict | None = None, store=None) -> CatalogCheck:
    """The rules on one PO file, every active entry included.

    `memo` lets a build cache skip the messages it has already checked: "entries" maps an
    entry's content hash to what the message rules said (as dicts), and "positions" gives those
    hashes by position for the catalog text hashed as "text", so an unchanged file is not even
    re-hashed entry by entry. It is updated in place with exactly this catalog's entries.
    `store` keeps the file's scan between runs.
    """
    from generator.catalogs.plurals import categories_for_header
    from generator.catalogs.scan import read_text, scan_text_cached

    display = display or str(path)
    text = ""
    try:
        text, _bom = read_text(path)
        entries = scan_text_cached(text, display, store, f"scan-{locale}")
        read_error = None
    except InputError as exc:
        entries, read_error = [], exc
    header, fields, header_lines = _header(entries)
    ctx = CatalogContext(display, locale, entries, header, fields, header_lines, None, read_error)
    catalog_findings: list[Finding] = []
    for r in rules("catalog"):
        if r.code not in SOURCE_RULES:
            catalog_findings += [replace(f, locale=locale, file=display) for f in r.func(ctx)]
    categories: tuple = ()
    plural_value = fields.get("plural-forms")
    if plural_value:
        try:
            categories = tuple(c or "?" for c in categories_for_header(plural_value, locale))
        except ValueError:
            categories = ()
    message_rules = rules("message")
    previous: dict | None = None
    positions: dict = {}
    if memo is not None:
        from generator.cache import digest
        text_key = digest(text) if read_error is None else None
        previous = memo.get("entries") if isinstance(memo.get("entries"), dict) else {}
        if text_key is not None and memo.get("text") == text_key and isinstance(memo.get("positions"), dict):
            positions = memo["positions"]
        memo.clear()
        memo.update(text=text_key, entries={}, positions={})
    messages: list[tuple[str | None, str, Finding]] = []
    active: list[tuple[str | None, str, int]] = []
    for index, e in enumerate(entries):
        if e.obsolete or not e.msgid:
            continue
        active.append((e.msgctxt, e.msgid, e.msgid_line))
        entry = entry_mod.Entry(locale, display, e.msgstr_line or e.msgid_line, e.msgctxt, e.msgid, e.msgid_plural,
                                tuple(e.msgstr), frozenset(e.flags), tuple(e.translator_comments),
                                categories if e.msgid_plural else ())
        ignored = entry.ignored()
        for f in _message_findings(entry, message_rules, previous, memo, positions.get(str(index)), index):
            if f.rule in ignored:
                continue
            severity = f.severity
            if strict and f.rule in ("SLA401", "SLA402"):
                severity = ERROR
            messages.append((e.msgctxt, e.msgid, replace(f, severity=severity, locale=locale, file=display,
                                                          line=entry.line, msgctxt=entry.msgctxt)))
        for code, reason in ignored.items():
            if not reason:
                messages.append((e.msgctxt, e.msgid, Finding(
                    "SLA001", WARNING, f"'slasite-ignore: {code}' needs a reason after the code",
                    locale=locale, file=display, line=e.line, msgctxt=e.msgctxt,
                    expected="slasite-ignore: CODE reason", found=f"slasite-ignore: {code}")))
    return CatalogCheck(locale, display, catalog_findings, messages, active)


def _message_findings(entry, message_rules, previous: dict | None, memo: dict | None, key: str | None = None,
                      index: int = 0) -> list[Finding]:
    """What the message rules say about one entry, from the memo when it has checked it before.

    The rules read only the entry's texts, flags, comments and plural categories, never its file or
    line, so the findings of an entry that merely moved are still right; the caller locates them.
    """
    if memo is None:
        return [f for r in message_rules for f in r.func(entry)]
    content = (entry.locale, entry.msgctxt, entry.msgid, entry.msgid_plural, entry.msgstr, entry.flags,
               entry.comments, entry.plural_categories)
    seen = _FOUND.get(content) if key is None else None
    if seen is not None:  # this process checked this very message before (serve, after a PO save)
        key, dicts = seen
        memo["positions"][str(index)] = key
        memo["entries"][key] = dicts
        return [Finding(**d) for d in dicts]
    if key is None:
        from generator.cache import digest
        key = digest(entry.locale, entry.msgctxt or "\0", entry.msgid, entry.msgid_plural or "\0", *entry.msgstr,
                     "\1", *sorted(entry.flags), "\1", *entry.comments, "\1", *entry.plural_categories)
    memo["positions"][str(index)] = key
    known = previous.get(key) if previous else None
    if isinstance(known, list):
        try:
            found = [Finding(**d) for d in known]
        except TypeError:
            found = None
        if found is not None:
            memo["entries"][key] = known
            _remember_found(content, key, known)
            return found
    found = [f for r in message_rules for f in r.func(entry)]
    memo["entries"][key] = [asdict(f) for f in found]
    _remember_found(content, key, memo["entries"][key])
    return found


_FOUND: dict[tuple, tuple[str, list]] = {}  # message content -> (memo key, findings as dicts)


def _remember_found(content: tuple, key: str, dicts: list) -> None:
    if len(_FOUND) > 500_000:
        _FOUND.clear()
    _FOUND[content] = (key, dicts)


def template_keys(project, store=None) -> set:
    """(msgctxt, msgid) of every segment the project has: what a catalog should translate.

    With a cache, a page's blocks are parsed only when the page changed.
    """
    from generator.segments import page_blocks, segment_keys

    if store is None or not store.enabled:
        return set(segment_keys(project))
    from generator.cache import digest, sources_digest
    whole = sources_digest(project, page_bodies=True)
    if whole in _KEYS:  # this process collected these very sources before (serve rebuilds)
        return _KEYS[whole]
    known = store.load("blocks")
    used: dict[str, list] = {}

    def blocks(page) -> list[tuple[str, str, int]]:
        key = digest(page.body)
        found = known.get(key)
        if not (isinstance(found, list) and all(isinstance(b, list) and len(b) == 3 for b in found)):
            found = [list(b) for b in page_blocks(page)]
        used[key] = found
        return [tuple(b) for b in found]

    keys = segment_keys(project, blocks)
    if used != known:
        store.save("blocks", used)
    if len(_KEYS) > 16:
        _KEYS.clear()
    _KEYS[whole] = keys
    return keys


_KEYS: dict[str, frozenset] = {}
_CHECKED: dict[str, CatalogCheck] = {}  # catalog key -> its check, kept by a long-lived process


def run_checks(loaded, *, strict: bool = False, rendered=None, locale: str | None = None) -> list[Finding]:
    """Every rule over the project: each locale's catalog, then the rendered pages (when given).

    With the loaded project's cache, a catalog whose bytes and options were checked before is not
    read again (a changed list of segments only re-selects its findings), a changed catalog
    re-checks only its changed messages, and a rendered page is re-read only when it was made
    from other inputs. `pipeline.render_and_check` runs the same per-locale steps in the same
    workers as the rendering.
    """
    from generator.parallel import map_locales

    check = ProjectCheck(loaded, strict=strict, locale=locale)
    work = check.prepare()
    findings: list[Finding] = []
    for part in map_locales(lambda l: check.check_locale(l, rendered), check.locales, work=work):
        findings += part
    return findings


class ProjectCheck:
    """The project's rules one locale at a time: `prepare` in the parent (before any fork), then
    `check_locale` for each locale, possibly in a worker process."""

    def __init__(self, loaded, *, strict: bool = False, locale: str | None = None):
        self.loaded = loaded
        self.project = project = loaded.project
        self.strict = strict
        store = getattr(loaded, "cache", None)
        self.store = store if store is not None and store.enabled else None
        self.locales = [l for l in project.site.locales if locale in (None, l)]
        self.keys: set = set()
        self.policies = ""
        self.stored_maps: dict[str, dict] = {}

    def prepare(self) -> int:
        """Segments, cached results and (when it pays) one reading of the source texts that the
        workers inherit; returns the work left (map_locales units)."""
        project, store = self.project, self.store
        self.keys = template_keys(project, store)
        if store is not None:
            from generator.cache import policies_digest
            self.policies = policies_digest(project)
            # three maps per locale, each saved only when it changes: a page edit rewrites the
            # small map of page findings, not the catalog's check (megabytes on a big catalog)
            self.stored_maps = {l: {part: store.load(f"{name}-{l}") for part, name in _CHECK_MAPS.items()}
                                for l in self.locales}
        # each locale compiles its figure grammar (~0.1 s) whatever its size: worth a core from 3 on
        work = len(self.locales) * (7_000 + len(self.keys))
        if store is not None:
            # with a cache only changed messages are read, so neither a pre-read nor (usually) a fork pays
            stale = [l for l in self.locales if l != project.site.source_locale
                     and self.catalog_key(l) not in self.stored_maps[l].get("catalog", {})]
            work = len(stale) * 7_000  # a changed catalog re-checks only its changed messages
            if len(stale) > 1:  # a first run: workers share one reading of the source texts
                work = len(stale) * (7_000 + len(self.keys))
                self._read_sources()
        else:
            self._read_sources()
        return work

    def catalog_key(self, l: str) -> str:
        """The catalog's own check depends on its bytes and the options, not on the segments."""
        from generator.cache import digest
        return digest(self.loaded.translations.digest(l), str(self.strict), self.project.site.source_locale)

    def _read_sources(self) -> None:
        """Read every source text once: a worker then inherits the compiled source grammar and the
        results instead of redoing them (and a cached check skips this altogether)."""
        from generator.checks.messages import _no_placeholders
        from generator.figures.read import read_figures
        for _ctx, msgid in self.keys:
            read_figures(_no_placeholders(msgid), self.project.site.source_locale)

    def check_locale(self, l: str, rendered=None) -> list[Finding]:
        """Catalog and message rules for one locale, then the site rules over its rendered pages
        (`rendered`: a RenderResult holding at least this locale's pages, or None to skip them)."""
        from generator.checks import rendered as rendered_rules

        project, store, keys, strict = self.project, self.store, self.keys, self.strict
        stored = self.stored_maps.get(l, {})
        used: dict = {"catalog": {}, "pages": {}, "figures": {}}
        out: list[Finding] = []
        if l != project.site.source_locale:
            if store is None:
                out += _catalog_findings(project, l, keys, strict)[0]
            else:
                key = self.catalog_key(l)
                display = project.rel(project.catalog_path(l))
                known = stored.get("catalog", {}).get(key)
                check = _CHECKED.get(key)  # this process checked these very bytes before (serve)
                if check is None and known is not None:
                    check = CatalogCheck.from_json(l, display, known)
                # the per-message memo is its own file: read only when a catalog changed
                memo = store.load(f"memo-{l}") if check is None else None
                found, check = _catalog_findings(project, l, keys, strict, memo, store, check)
                if memo is not None:
                    store.save(f"memo-{l}", memo)
                if check is not None:
                    used["catalog"][key] = known if known is not None else check.to_json()
                    if len(_CHECKED) > 256:
                        _CHECKED.clear()
                    _CHECKED[key] = check
                out += found
        if rendered is not None:
            if store is not None:
                rendered_rules.remember(stored.get("figures", {}))
            out += _site_findings(project, l, rendered, stored.get("pages", {}) if store else None,
                                  used["pages"], self.policies)
            if store is not None:  # figures of pages not re-read this time stay known, up to a bound
                figures = rendered_rules.recalled()
                previous = stored.get("figures", {})
                used["figures"] = figures if len(previous) > 20_000 else {**previous, **figures}
        if store is not None:
            for part, name in _CHECK_MAPS.items():
                if used[part] != stored.get(part):
                    store.save(f"{name}-{l}", used[part])
        return out


_CHECK_MAPS = {"catalog": "checkcat", "pages": "check", "figures": "checkfig"}


def _findings_from(dicts) -> list[Finding] | None:
    if not isinstance(dicts, list):
        return None
    try:
        return [Finding(**d) for d in dicts]
    except TypeError:
        return None


def _site_findings(project, locale: str, rendered, stored: dict | None, used: dict, policies_digest: str) -> list[Finding]:
    """The site rules over each rendered page of a locale, one page at a time (a page's findings
    depend only on its bytes, its locale and the policies)."""
    from dataclasses import asdict

    from generator.render.site import RenderResult
    site_rules = rules("site")
    out: list[Finding] = []
    for path in sorted(rendered.files):
        if not (path.startswith(f"{locale}/") and path.endswith(".html")):
            continue
        data = rendered.files[path]
        key = None
        if stored is not None:
            from generator.cache import digest
            made_as = getattr(rendered, "keys", {}).get(path)
            key = digest(policies_digest, locale, path, "made as", made_as) if made_as else digest(
                policies_digest, locale, path, data)
            found = _findings_from(stored.get(key))
            if found is not None:
                used[key] = stored[key]
                out += found
                continue
        ctx = SiteContext(project, (locale,), RenderResult(files={path: data}))
        found = [f for r in site_rules for f in r.func(ctx)]
        if key is not None:
            used[key] = [asdict(f) for f in found]
        out += found
    return out


def _catalog_findings(project, l: str, keys: set, strict: bool, memo: dict | None = None,
                      store=None, check: CatalogCheck | None = None) -> tuple[list[Finding], CatalogCheck | None]:
    """A locale's catalog findings against the project's segments, and the catalog's own check
    (`check`, when the cache already has it, is used instead of reading the file)."""
    path = project.catalog_path(l)
    display = project.rel(path)
    if not path.exists():
        return [Finding("SLA401", ERROR if strict else WARNING,
                        "no catalog for this locale; every segment shows the source text",
                        locale=l, file=display, expected="a catalog", found="missing (run slasite add-locale)")], None
    if check is None:
        check = catalog_check(path, l, display, strict=strict, memo=memo, store=store)
    out = check.select(keys)
    present = check.present()
    for ctx_, msgid in sorted(keys - present, key=lambda k: (k[0] or "", k[1])):
        out.append(Finding("SLA401", ERROR if strict else WARNING,
                           "message missing from the catalog (run slasite update)",
                           locale=l, file=display, msgctxt=ctx_, expected="an entry", found=msgid[:60]))
    return out, check


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
