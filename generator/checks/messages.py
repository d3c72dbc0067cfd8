"""Message-level rules: one catalog entry, its source msgid against its translation.

These rules need nothing but the PO entry, so `slasite check --catalog FILE.po --locale L` runs them
on any gettext project. Each yields `Finding`s; `run.py` adds file, line, locale and msgctxt.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from generator.checks.entry import Entry
from generator.checks.registry import rule
from generator.diagnostics import ERROR, WARNING, Finding
from generator.i18n.business import UNIT_CONTEXT
from generator.segments import PLACEHOLDER


def _f(code, severity, message, expected=None, found=None) -> Finding:
    return Finding(code, severity, message, expected=expected, found=found)


def _forms(entry: Entry) -> list[tuple[str, str, str]]:
    """(label, source text, translation) per filled msgstr: plural forms compare with the matching source."""
    if not entry.is_plural:
        return [("", entry.msgid, entry.msgstr[0])] if entry.msgstr and entry.msgstr[0] else []
    out = []
    for i, s in enumerate(entry.msgstr):
        if not s:
            continue
        cat = entry.plural_categories[i] if i < len(entry.plural_categories) else str(i)
        source = entry.msgid if cat == "one" else entry.msgid_plural
        out.append((f"msgstr[{i}] ({cat})", source, s))
    return out


@rule("SLA101", "message")
def placeholders_agree(entry: Entry):
    """Every {placeholder} of the source is in the translation, and no other.

    Okay:   "Costs {price}." -> "Kostet {price}."
    SLA101: "Costs {price}." -> "Kostet {prise}."
    """
    if not entry.translated:
        return
    if entry.is_plural:
        wanted = set(PLACEHOLDER.findall(entry.msgid)) | set(PLACEHOLDER.findall(entry.msgid_plural))
        wanted_any = wanted - {"num"}
        for label, _src, text in _forms(entry):
            have = set(PLACEHOLDER.findall(text))
            extra = have - wanted
            if extra:
                yield _f("SLA101", ERROR, f"{label}: placeholder the source does not have",
                         ", ".join(f"{{{n}}}" for n in sorted(wanted)), ", ".join(f"{{{n}}}" for n in sorted(extra)))
        return
    wanted = Counter(PLACEHOLDER.findall(entry.msgid))
    have = Counter(PLACEHOLDER.findall(entry.msgstr[0]))
    missing = sorted(set(wanted) - set(have))
    extra = sorted(set(have) - set(wanted))
    if missing or extra:
        if missing and extra:
            what = f"placeholder renamed: {{{missing[0]}}} became {{{extra[0]}}}" if len(missing) == len(extra) == 1 \
                else "placeholders differ from the source"
        elif missing:
            what = "placeholder missing from the translation"
        else:
            what = "placeholder the source does not have"
        yield _f("SLA101", ERROR, what, ", ".join(f"{{{n}}}" for n in sorted(wanted)) or "none",
                 ", ".join(f"{{{n}}}" for n in sorted(have)) or "none")
    unbalanced = _stray_braces(entry.msgstr[0]) - _stray_braces(entry.msgid)
    if unbalanced:
        yield _f("SLA101", ERROR, "broken placeholder: a brace without its pair", "{name}", "".join(sorted(unbalanced)))


def _stray_braces(text: str) -> set[str]:
    rest = PLACEHOLDER.sub("", text).replace("{{", "").replace("}}", "")
    return {c for c in rest if c in "{}"}


@rule("SLA102", "message")
def plural_forms_complete(entry: Entry):
    """A counted message has one filled form for each CLDR plural category of the locale.

    Okay:   ru "{num} day"/"{num} days" -> 3 forms (one, few, many)
    SLA102: ru "{num} day"/"{num} days" -> 2 forms, "many" missing
    """
    if not entry.is_plural or not any(entry.msgstr) or entry.fuzzy or not entry.plural_categories:
        return
    n = len(entry.plural_categories)
    if len(entry.msgstr) < n:
        missing = entry.plural_categories[len(entry.msgstr):]
        yield _f("SLA102", ERROR, "plural forms missing", f"{n} forms ({', '.join(entry.plural_categories)})",
                 f"{len(entry.msgstr)} forms; missing: {', '.join(missing)}")
    empty = [f"msgstr[{i}] ({entry.plural_categories[i]})" for i, s in enumerate(entry.msgstr[:n]) if not s]
    if empty:
        yield _f("SLA102", ERROR, "plural form left empty", "every form filled", ", ".join(empty))


@rule("SLA103", "message")
def plural_forms_keep_placeholders(entry: Entry):
    """Each plural form keeps the placeholders of the source (the count may be written as a word).

    Okay:   "{num} level"/"{num} levels" -> ["{num} niveau", "{num} niveaux"]
    SLA103: "{name}: {num} level"/"{name}: {num} levels" -> ["{name} : {num} niveau", "{num} niveaux"]
    """
    if not entry.is_plural or entry.fuzzy:
        return
    every = set(PLACEHOLDER.findall(entry.msgid)) | set(PLACEHOLDER.findall(entry.msgid_plural))
    wanted = every - {"num"}
    for label, _src, text in _forms(entry):
        # the count may be written as a word ("un ticket", "تذكرتان") only in a form that stands
        # for one number; a form for many numbers (Russian "many": 0, 5-20, 25...) must show it
        cat = label[label.rfind("(") + 1:-1]
        need = wanted | ({"num"} & every if cat and _numbers_in_category(entry.locale, cat) > 1 else set())
        missing = need - set(PLACEHOLDER.findall(text))
        if missing:
            yield _f("SLA103", ERROR, f"{label}: placeholder missing from this plural form",
                     ", ".join(f"{{{n}}}" for n in sorted(wanted)), ", ".join(f"{{{n}}}" for n in sorted(missing)) + " missing")


def _numbers_in_category(locale: str, category: str) -> int:
    """How many of the integers 0..200 fall in the CLDR plural category (2 meaning "several")."""
    return _category_sizes(locale).get(category, 0)


@lru_cache(maxsize=None)
def _category_sizes(locale: str) -> dict[str, int]:
    from babel import Locale, UnknownLocaleError

    try:
        rule_ = Locale.parse(locale.replace("-", "_")).plural_form
    except (UnknownLocaleError, ValueError, TypeError):
        return {}
    return dict(Counter(rule_(n) for n in range(201)))


# --- figures --------------------------------------------------------------------------------

_KIND_RULE = {
    "number": "SLA201", "ordinal": "SLA201", "percent": "SLA201", "duration": "SLA201", "duration_range": "SLA201",
    "money": "SLA203", "currency": "SLA203", "time": "SLA204", "time_range": "SLA204",
    "weekday": "SLA205", "weekday_range": "SLA205", "timezone": "SLA206", "always": "SLA204",
}


def figure_findings(entry: Entry, source_locale: str = "en"):
    from generator.figures.compare import compare_figures, misplaced_figures
    from generator.figures.read import read_figures, weak_ordinals

    for label, source, text, worded in _figure_forms(entry):
        source, text = _no_placeholders(source), _no_placeholders(text)
        src = read_figures(source, source_locale)
        tgt = read_figures(text, entry.locale)
        if not src and not tgt:
            continue
        mismatches = compare_figures(src, tgt, source_locale, entry.locale)
        if not mismatches:  # the same figures: are they where the source has them?
            mismatches = misplaced_figures(source, text, src, tgt, source_locale, entry.locale)
        # a duration of the translation the source does not state (even one forgiven as the
        # number of something else, "3 Werktage" beside "Severity 3")
        src_durations = {f.value for f in src if f.kind in ("duration", "duration_range")}
        extra_durations = any(f.kind in ("duration", "duration_range") and f.value not in src_durations
                              for f in tgt)
        for mm in mismatches:
            if _weak_ordinal_on_other_side(mm, source, source_locale, text, entry.locale, weak_ordinals):
                continue
            if worded is not None and _worded_count(mm, worded):
                continue
            fig = mm.expected or mm.found
            code = _KIND_RULE.get(fig.kind, "SLA201") if fig is not None else "SLA201"
            if mm.expected is not None and mm.found is not None and _unit_only(mm.expected, mm.found):
                code = "SLA202"
            elif mm.found is None and mm.expected is not None and not extra_durations \
                    and any(_unit_only(mm.expected, t) for t in tgt):
                # "2 business days" gone where the translation says "2 business hours" (again)
                # and no other duration in its place: the same number in another unit, though
                # that figure matches one elsewhere ("3 Werktage" in its place is an SLA201)
                code = "SLA202"
            prefix = f"{label}: " if label else ""
            yield code, _f(code, ERROR, prefix + mm.message,
                           mm.expected.text if mm.expected else "nothing",
                           mm.found.text if mm.found else "nothing")


def _figure_forms(entry: Entry) -> list[tuple[str, str, str, int | None]]:
    """The forms whose figures are compared. A plural form is read at a count of its own CLDR
    category, {num} filled on both sides with it: "ساعتان" (the Arabic dual) says the 2 hours of
    "{num} hours" at 2, "един час" the 1 hour of "{num} hour" at 1, and "{num} Geschäftsstunden"
    at 2 is not the "2 hours" of the source. A form without {num} is read so only where its
    category holds one number (SLA103 reports the others), and the count it writes as a word need
    not be one the reader knows ("تذكرتان", two tickets: the fourth item of each tuple is that
    count); a category with no integer, or none below 200 (the French "many"), is compared with
    {num} left out, as a singular message is."""
    if not entry.is_plural:
        return [(label, source, text, None) for label, source, text in _forms(entry)]
    samples = _category_samples(entry.locale)
    out = []
    for label, source, text in _forms(entry):
        cat = label[label.rfind("(") + 1:-1]
        n, worded = samples.get(cat), None
        if n is not None:
            filled = entry.msgid if n == 1 else (entry.msgid_plural or entry.msgid)
            if "{num}" in filled and ("{num}" in text or _numbers_in_category(entry.locale, cat) == 1):
                worded = None if "{num}" in text else n
                source, text = filled.replace("{num}", str(n)), text.replace("{num}", str(n))
        out.append((label, source, text, worded))
    return out


@lru_cache(maxsize=None)
def _category_samples(locale: str) -> dict[str, int]:
    """A count of each CLDR plural category among 0..200 that reads as a figure: the category's
    only number, else its smallest from 2 on, else from 1 ("0 hours" is no duration to compare)."""
    from babel import Locale, UnknownLocaleError

    try:
        rule_ = Locale.parse(locale.replace("-", "_")).plural_form
    except (UnknownLocaleError, ValueError, TypeError):
        return {}
    members: dict[str, list[int]] = {}
    for n in range(201):
        members.setdefault(rule_(n), []).append(n)
    return {cat: ns[0] if len(ns) == 1 else next((n for n in ns if n >= 2), next((n for n in ns if n), ns[0]))
            for cat, ns in members.items()}


def _worded_count(mm, n: int) -> bool:
    """The plain count of a filled plural form, which its translation writes as a word."""
    return mm.found is None and mm.expected is not None and mm.expected.kind == "number" \
        and mm.expected.value == n


def _weak_ordinal_on_other_side(mm, source, source_locale, text, locale, weak_ordinals) -> bool:
    """An ordinal one side states as a plain word ("zweite") that the other writes with a word the
    reader counts only next to a rank noun ("the second chat channel") is no disagreement.
    `source` and `text` are the texts the figures were read from (placeholders already out)."""
    if mm.expected is not None and mm.found is None and mm.expected.kind == "ordinal":
        return mm.expected.value in weak_ordinals(text, locale)
    if mm.found is not None and mm.expected is None and mm.found.kind == "ordinal":
        return mm.found.value in weak_ordinals(source, source_locale)
    return False


def _figures_in_unit_wording(entry: Entry):
    """A unit's wording holds words only: the number comes from {num}, nothing else is a figure.

    A count written as a word is the wording itself (the Arabic dual "ساعتا عمل" says two hours);
    digits, money, clock times, weekdays and zones typed into it are slips, each under its own rule.
    """
    from generator.figures.read import read_figures

    for label, _source, text in _forms(entry):
        for fig in read_figures(_no_placeholders(text), entry.locale):
            worded_count = fig.kind in _COUNT_KINDS and not any(c.isdigit() for c in fig.text)
            if worded_count:
                continue
            code = _KIND_RULE.get(fig.kind, "SLA201")
            yield _f(code, ERROR, (f"{label}: " if label else "") +
                     "a figure typed into the wording of a unit; the number comes from {num}",
                     "{num} and words", fig.text)


_COUNT_KINDS = frozenset({"number", "ordinal", "duration", "duration_range"})


def _unit_wording_at_a_count(entry: Entry):
    """Each plural form of a unit's wording, filled with a count of its own CLDR category, says the
    same unit as the English at that count: "{num} jours ouvrés" for "{num} business hours" reads
    "2 jours ouvrés" against "2 business hours" (SLA202), located at the PO line rather than only
    on the built pages (SLA301). Forms without {num} are worded counts (the Arabic dual), left to
    SLA103 and SLA301."""
    from dataclasses import replace

    from generator.i18n.business import plural_samples

    if not entry.is_plural:
        return
    samples = plural_samples(entry.locale)
    for i, text in enumerate(entry.msgstr):
        category = entry.plural_categories[i] if i < len(entry.plural_categories) else None
        n = samples.get(category)
        if not text or "{num}" not in text or n is None:
            continue
        source = (entry.msgid if n == 1 else entry.msgid_plural).replace("{num}", str(n))
        filled = replace(entry, msgid=source, msgid_plural=None, msgstr=(text.replace("{num}", str(n)),),
                         plural_categories=())
        for _code, finding in figure_findings(filled):
            yield replace(finding, message=f"msgstr[{i}] ({category}), read with {{num}} = {n}: {finding.message}")


def _unit_only(a, b) -> bool:
    """Same number, different unit or clock: an hour is not a day, a business day not a day."""
    if a.kind in ("duration", "duration_range") and b.kind in ("duration", "duration_range"):
        return a.value[:-1] == b.value[:-1] and a.value[-1] != b.value[-1]
    return False


def _no_placeholders(text: str) -> str:
    return PLACEHOLDER.sub(" ", text)


@rule("SLA201", "message")
def figures_agree(entry: Entry):
    """Every figure the translation states matches one in the source, by value, both ways.

    Okay:   "within 24 hours" -> "innerhalb von 24 Stunden"; "1,000 users" -> "1 000 utilisateurs"
    SLA201: "within 24 hours" -> "innerhalb von 48 Stunden"; "2 hours" -> "2-3 horas"
    """
    # SLA201..SLA206 come from one comparison; this rule yields all, the others only document.
    if not entry.translated:
        return
    if entry.msgctxt == UNIT_CONTEXT:
        # `unit` messages are the wording of a figure itself, compared with nothing: a word count
        # is right ("ساعتا عمل", two business hours); SLA301 reads the rendered result on every page.
        typed = list(_figures_in_unit_wording(entry))
        yield from typed
        if not typed:  # a typed figure would also count as a second, unexplained figure here
            yield from _unit_wording_at_a_count(entry)
        return
    for _code, finding in figure_findings(entry):
        yield finding


@rule("SLA202", "message")
def units_agree(entry: Entry):
    """At the same number the unit and clock agree: an hour is not a day, a business day not a day.

    Okay:   "1 business day" -> "1 jour ouvré"
    SLA202: "1 business day" -> "1 jour"; "4 hours" -> "4 Tage"
    """
    return ()  # reported by SLA201's comparison, which knows both sides


@rule("SLA203", "message")
def money_agrees(entry: Entry):
    """Amounts, currencies and billing periods agree.

    Okay:   "1000 EUR per month" -> "1 000 € par mois"
    SLA203: "1000 EUR per month" -> "1 000 $ par mois"
    """
    return ()  # reported by SLA201's comparison


@rule("SLA204", "message")
def clock_times_agree(entry: Entry):
    """Clock times and time windows agree, whatever the notation (5:00 P.M. = 17:00 = 17h00).

    Okay:   "9:00 A.M. to 5:00 P.M." -> "de 9h00 à 17h00"
    SLA204: "9:00 A.M. to 5:00 P.M." -> "de 9h00 à 18h00"
    """
    return ()  # reported by SLA201's comparison


@rule("SLA205", "message")
def weekdays_agree(entry: Entry):
    """Weekdays and weekday ranges agree.

    Okay:   "Monday to Friday" -> "du lundi au vendredi"
    SLA205: "Monday to Friday" -> "du lundi au samedi"
    """
    return ()  # reported by SLA201's comparison


@rule("SLA206", "message")
def time_zones_agree(entry: Entry):
    """Time zones agree (CET = Central European Time = Europe/Paris).

    Okay:   "5 PM CET" -> "17 Uhr MEZ"
    SLA206: "5 PM CET" -> "17 Uhr GMT"
    """
    return ()  # reported by SLA201's comparison


# --- state ----------------------------------------------------------------------------------

def carries_figure(entry: Entry) -> bool:
    if PLACEHOLDER.search(entry.msgid) or (entry.msgid_plural and PLACEHOLDER.search(entry.msgid_plural)):
        return True
    from generator.figures.read import read_figures
    return bool(read_figures(entry.msgid, "en"))


@rule("SLA401", "message")
def translated(entry: Entry):
    """The message is translated (a warning; an error under --strict or when it carries a figure).

    Okay:   msgstr "Kritisch"
    SLA401: msgstr ""
    """
    if any(entry.msgstr) or entry.fuzzy:
        return
    yield _f("SLA401", ERROR if carries_figure(entry) else WARNING, "not translated",
             "a translation", "empty msgstr")


@rule("SLA402", "message")
def not_stale(entry: Entry):
    """The translation is not fuzzy: its source has not changed since it was translated.

    Okay:   no "fuzzy" flag
    SLA402: #, fuzzy  (the source changed; review the translation and remove the flag)
    """
    if entry.fuzzy and any(entry.msgstr):
        yield _f("SLA402", ERROR if carries_figure(entry) else WARNING,
                 "stale translation (fuzzy): the source changed; review it and remove the fuzzy flag",
                 "a reviewed translation", "fuzzy")


# --- markup and characters -------------------------------------------------------------------

_TAG = re.compile(r"<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9-]*)([^<>]*)>")
_DANGER = re.compile(r"(javascript|vbscript|data)\s*:|\bon[a-z]+\s*=|<\s*script|expression\s*\(|url\s*\(",
                     re.IGNORECASE)
_LINK = re.compile(r"\]\(\s*<?([^)\s>]*)>?(?:\s+\"[^\"]*\")?\s*\)")
_AUTOLINK = re.compile(r"<(https?://[^>\s]+|mailto:[^>\s]+)>")


@rule("SLA501", "message")
def no_raw_html(entry: Entry):
    """The translation adds no raw HTML, script, event handler, javascript: URL or CSS.

    Okay:   "Read the *policy*." -> "Lisez la *politique*."
    SLA501: "Read the policy." -> "Lisez la <a href=javascript:alert(1)>politique</a>."
    """
    for label, source, text in _forms(entry):
        src_tags = {m.group(2).lower() for m in _TAG.finditer(source)}
        tags = [m.group(0) for m in _TAG.finditer(_AUTOLINK.sub("", text)) if m.group(2).lower() not in src_tags]
        danger = [m.group(0) for m in _DANGER.finditer(text) if not _DANGER.search(source)]
        if tags or danger:
            found = ", ".join((tags + danger)[:3])
            yield _f("SLA501", ERROR, (f"{label}: " if label else "") +
                     "raw HTML or script in the translation (it is shown as text, or stripped)",
                     "plain text and Markdown", found)


@rule("SLA502", "message")
def markdown_intact(entry: Entry):
    """Links keep their targets and inline Markdown stays balanced.

    Okay:   "[Read the policy](vip-support/)" -> "[Lire la politique](vip-support/)"
    SLA502: "[Read the policy](vip-support/)" -> "[Lire la politique](vip-suport/)"
    """
    for label, source, text in _forms(entry):
        src_links = Counter(_LINK.findall(source)) + Counter(_AUTOLINK.findall(source))
        links = Counter(_LINK.findall(text)) + Counter(_AUTOLINK.findall(text))
        prefix = f"{label}: " if label else ""
        if set(src_links) != set(links):
            yield _f("SLA502", ERROR, prefix + "link targets differ from the source",
                     ", ".join(sorted(src_links)) or "no links", ", ".join(sorted(links)) or "no links")
        for mark, name in (("`", "code span"), ("**", "bold"), ("[", "link text bracket")):
            a, b = source.count(mark), text.count(mark)
            if mark == "[":
                a, b = source.count("[") - source.count("]"), text.count("[") - text.count("]")
                if b != 0 and a == 0:
                    yield _f("SLA502", ERROR, prefix + "unbalanced [ ] in the translation", "balanced", text[:60])
                continue
            if a % 2 == 0 and b % 2 == 1:
                yield _f("SLA502", ERROR, prefix + f"unbalanced {name} marker {mark}", "pairs", text[:60])


_CONTROL = {**{chr(c): "bidi control" for c in (0x202A, 0x202B, 0x202C, 0x202D, 0x202E,
                                                 0x2066, 0x2067, 0x2068, 0x2069)},
            "\u200b": "zero-width space", "\u2060": "word joiner", "\ufeff": "byte order mark",
            "\u00ad": "soft hyphen", "\u180e": "Mongolian vowel separator"}
_MARKS = {"\u200e": "left-to-right mark", "\u200f": "right-to-left mark", "\u061c": "Arabic letter mark"}


@rule("SLA503", "message")
def no_invisible_characters(entry: Entry):
    """No invisible or bidi control characters (Trojan Source) the source does not have.

    Okay:   "Critique"
    SLA503: "Crit\\u202eique" (a right-to-left override hides what the text says)
    """
    from generator.render.site import text_direction

    rtl = text_direction(entry.locale) == "rtl" if _known(entry.locale) else False
    for label, source, text in _forms(entry):
        bad = []
        for ch in sorted(set(text)):
            if ch in source:
                continue
            name = _CONTROL.get(ch) or (None if rtl else _MARKS.get(ch))
            if name is None and unicodedata.category(ch) == "Cc" and ch not in "\n\t":
                name = "control character"
            if name:
                bad.append(f"U+{ord(ch):04X} {name}")
        if bad:
            yield _f("SLA503", ERROR, (f"{label}: " if label else "") + "invisible or bidi control character",
                     "visible text", ", ".join(bad))


def _known(locale: str) -> bool:
    try:
        from babel import Locale
        Locale.parse(locale)
        return True
    except Exception:
        return False
