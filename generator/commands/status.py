"""`slasite status`: per locale, how much is translated, what went stale, and can it be published.

Counts are over the project's segments (messages.pot as `extract` would write it now): translated,
fuzzy (stale), untranslated (empty or absent from the catalog), words left (English words of the
fuzzy and untranslated sources), the check's errors and warnings for the locale, and whether the
locale is publishable (no check error). Sorted worst first.
"""

from __future__ import annotations

import json
import re
from dataclasses import asdict, dataclass
from pathlib import Path

from generator.diagnostics import ERROR, WARNING

_WORD = re.compile(r"\{[^}]*\}|[^\W\d_]+(?:['’-][^\W\d_]+)*", re.UNICODE)


@dataclass
class LocaleStatus:
    locale: str
    total: int
    translated: int
    fuzzy: int
    untranslated: int
    words_left: int
    errors: int
    warnings: int
    publishable: bool

    @property
    def percent(self) -> float:
        return 100.0 * self.translated / self.total if self.total else 100.0


def words(text: str) -> int:
    return sum(1 for w in _WORD.findall(text) if not w.startswith("{"))


def locale_statuses(root: Path) -> list[LocaleStatus]:
    from generator.catalogs.scan import scan_entries
    from generator.errors import InputError
    from generator.pipeline import load_all, render_and_check
    from generator.segments import collect

    loaded = load_all(root, tolerant=True, cache=True)
    project = loaded.project
    segments = collect(project)
    _, findings = render_and_check(loaded, keep_pages=False)
    out = []
    for locale in project.site.locales:
        if locale == project.site.source_locale:
            continue
        entries = {}
        path = project.catalog_path(locale)
        if path.exists():
            try:
                entries = {(e.msgctxt, e.msgid): e for e in scan_entries(path) if not e.obsolete and e.msgid}
            except InputError:
                entries = {}
        translated = fuzzy = untranslated = left = 0
        for seg in segments:
            e = entries.get((seg.msgctxt, seg.msgid))
            if e is not None and "fuzzy" in e.flags and any(e.msgstr):
                fuzzy += 1
                left += words(seg.msgid)
            elif e is not None and e.msgstr and all(e.msgstr):
                translated += 1
            else:
                untranslated += 1
                left += words(seg.msgid) + (words(seg.msgid_plural) if seg.msgid_plural else 0)
        mine = [f for f in findings if f.locale == locale]
        errors = sum(f.severity == ERROR for f in mine)
        out.append(LocaleStatus(locale, len(segments), translated, fuzzy, untranslated, left, errors,
                                sum(f.severity == WARNING for f in mine), errors == 0))
    out.sort(key=lambda s: (s.publishable, -s.errors, s.percent, -s.words_left, s.locale))
    return out


def run_status(root: Path, fmt: str = "text") -> str:
    rows = locale_statuses(root)
    if fmt == "json":
        return json.dumps({"locales": [{**asdict(r), "percent": round(r.percent, 1)} for r in rows]},
                          ensure_ascii=False, indent=2) + "\n"
    head = ("locale", "done", "translated", "fuzzy", "untranslated", "words left", "errors", "warnings", "publishable")
    table = [head] + [(r.locale, f"{r.percent:.0f}%", str(r.translated), str(r.fuzzy), str(r.untranslated),
                       str(r.words_left), str(r.errors), str(r.warnings), "yes" if r.publishable else "NO")
                      for r in rows]
    widths = [max(len(row[i]) for row in table) for i in range(len(head))]
    lines = ["  ".join(cell.ljust(w) if i == 0 else cell.rjust(w) for i, (cell, w) in enumerate(zip(row, widths)))
             for row in table]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines) + "\n"
