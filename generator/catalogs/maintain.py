"""Catalog maintenance: the template from segments, a catalog for a new locale, merging a template.

Why not Babel's `Catalog.update`: it matches changed sources by lower-cased msgid across all
contexts (so an edited sentence can pick up a different segment's translation while its own is
lost), keeps only one candidate per msgid, leaves plural lists at the old length, recomputes
format flags and replaces the original `#| msgid` when an entry is already fuzzy. slasite gives
every segment a stable msgctxt, so a merge here matches in this order:
1. same msgctxt and msgid (also reviving an obsolete entry) -> kept as is;
2. same msgctxt, different msgid (the sentence was edited) -> old translation, fuzzy, `#| msgid`;
3. same msgid under another msgctxt (the segment moved) -> old translation, fuzzy;
4. a similar msgid among the leftovers (difflib ratio >= 0.6, as msgmerge) -> fuzzy suggestion.
Anything else is new and untranslated; translated entries no segment claims become obsolete.
"""

from __future__ import annotations

import difflib
import heapq
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Protocol

from babel import Locale
from babel.messages.catalog import Catalog, Message

from generator.catalogs.catalog import PoCatalog, PoMessage, is_format_flag
from generator.catalogs.locales import parse_locale
from generator.catalogs.plurals import (
    gettext_plural_forms,
    plural_forms_header,
    plural_index,
    representatives,
)
from generator.catalogs.writer import GENERATOR, revision_stamp

DEFAULT_PROJECT = "slasite"
FUZZY_CUTOFF = 0.6
_FUZZY_BUDGET = 2_000_000  # (new, leftover) pairs ranked at most; above it step 4 is skipped
_SHORTLIST = 3  # best-ranked leftovers difflib compares per new message

HEADER_ORDER = (
    "Project-Id-Version", "Report-Msgid-Bugs-To", "POT-Creation-Date", "PO-Revision-Date",
    "Last-Translator", "Language-Team", "Language", "MIME-Version", "Content-Type",
    "Content-Transfer-Encoding", "Plural-Forms",
)  # fmt: skip


class Segment(Protocol):
    """What the extractor hands over: one translatable unit."""

    msgctxt: str | None
    msgid: str
    msgid_plural: str | None
    locations: Sequence[tuple[str, int | None]]
    flags: Iterable[str]
    auto_comments: Sequence[str]


# --- template ---------------------------------------------------------------------------------


def make_template(segments: Iterable[Segment], project: str = DEFAULT_PROJECT) -> PoCatalog:
    """The POT catalog: one message per (msgctxt, msgid), in the order segments come.

    A repeated segment adds its locations, flags and comments to the first one. The header is
    fixed (no timestamp), so extracting unchanged sources rewrites identical bytes.
    """
    catalog = PoCatalog(
        header_fields=[
            ("Project-Id-Version", project),
            ("MIME-Version", "1.0"),
            ("Content-Type", "text/plain; charset=UTF-8"),
            ("Content-Transfer-Encoding", "8bit"),
            ("X-Generator", GENERATOR),
        ],
        header_comments=[
            f"Translation template for {project}. Written by `slasite extract`: edit the sources."
        ],
    )
    for seg in segments:
        plural = getattr(seg, "msgid_plural", None)
        msgid: Any = (seg.msgid, plural) if plural is not None else seg.msgid
        current = catalog.get(seg.msgid, seg.msgctxt)
        if current is not None:
            current.locations = list(dict.fromkeys([*current.locations, *map(tuple, seg.locations)]))
            current.flags |= set(seg.flags)
            current.auto_comments = list(dict.fromkeys([*current.auto_comments, *seg.auto_comments]))
            if plural is not None and not current.pluralizable:
                current.id, current.string = msgid, ("", "")
            continue
        catalog[msgid] = PoMessage(
            msgid,
            ("", "") if plural is not None else "",
            [tuple(loc) for loc in seg.locations],
            set(seg.flags),
            list(seg.auto_comments or ()),
            context=seg.msgctxt,
        )
    return catalog


# --- header -----------------------------------------------------------------------------------


def _po_header(
    old: Iterable[tuple[str, str]], loc: Locale, project: str, now: str | None
) -> list[tuple[str, str]]:
    """The PO header: canonical fields in gettext's order, then the file's own extra fields."""
    existing = {k.lower(): v for k, v in old}
    forced = {
        "Project-Id-Version": project,
        "Language": str(loc),
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": plural_forms_header(loc),
    }
    defaults = {
        "PO-Revision-Date": now or revision_stamp(),
        "Last-Translator": "",
        "Language-Team": loc.english_name or str(loc),
    }
    fields = []
    for name in HEADER_ORDER:
        if name in forced:
            fields.append((name, forced[name]))
        elif name.lower() in existing:
            fields.append((name, existing[name.lower()]))
        elif name in defaults:
            fields.append((name, defaults[name]))
    canonical = {n.lower() for n in HEADER_ORDER} | {"x-generator"}
    fields += [(k, v) for k, v in old if k.lower() not in canonical]
    return fields + [("X-Generator", GENERATOR)]


# --- merging ----------------------------------------------------------------------------------


def _msgid(message: Message) -> str:
    return message.id[0] if message.pluralizable else message.id


def _ids(message: Message) -> list[str]:
    return list(message.id) if message.pluralizable else [message.id]


def _has_text(string) -> bool:
    return any(string) if isinstance(string, (list, tuple)) else bool(string)


def _messages(catalog: Catalog) -> list[Message]:
    return [m for m in catalog if m.id]


def _remapper(old_expr: str, new_expr: str, nplurals: int) -> Callable[[Sequence[str]], tuple[str, ...]]:
    """Old plural strings -> new ones: new form j takes the old form its smallest number used."""
    old = plural_index(old_expr)
    picks = [old(n) if n is not None else j for j, n in enumerate(representatives(new_expr, nplurals))]
    return lambda strings: tuple(strings[k] if k < len(strings) else "" for k in picks)


def _convert(string, plural: bool, nplurals: int, remap) -> tuple[Any, bool]:
    """(string in the new message's shape, whether the shape changed)."""
    if plural:
        if isinstance(string, (list, tuple)):
            new = remap(string)
            return new, new != tuple(string)
        return (string or "",) + ("",) * (nplurals - 1), True
    if isinstance(string, (list, tuple)):
        return (string[0] if string else ""), True
    return string or "", False


def _trigrams(text: str) -> frozenset[str]:
    text = f"  {text.lower()} "
    return frozenset(text[i : i + 3] for i in range(len(text) - 2))


def _closest(word: str, candidates: list[Message], grams: list[frozenset[str]]) -> Message | None:
    """The candidate most similar to `word` (difflib ratio >= FUZZY_CUTOFF), or None.

    difflib on every pair took 20 s for 250 new x 250 removed paragraphs, so candidates are
    ranked by shared character trigrams first (set operations in C) and difflib only decides
    among the best few.
    """
    mine = _trigrams(word)
    ranked = heapq.nlargest(
        _SHORTLIST, range(len(candidates)), key=lambda i: len(mine & grams[i]) / (len(mine | grams[i]) or 1)
    )
    matcher = difflib.SequenceMatcher(autojunk=False)
    matcher.set_seq2(word)
    best, best_ratio = None, FUZZY_CUTOFF
    for i in sorted(ranked):  # candidate order breaks ties, so the result is deterministic
        matcher.set_seq1(_msgid(candidates[i]))
        if matcher.real_quick_ratio() < best_ratio or matcher.quick_ratio() < best_ratio:
            continue
        ratio = matcher.ratio()
        if ratio > best_ratio or (best is None and ratio >= best_ratio):
            best, best_ratio = candidates[i], ratio
    return best


def _match(
    olds: list[Message], obsolete: list[Message], news: list[Message]
) -> dict[int, tuple[Message, str]]:
    """Index of each template message -> (old message, how it matched)."""
    key = lambda m: (m.context, _msgid(m))  # noqa: E731
    exact = {key(m): m for m in obsolete} | {key(m): m for m in olds}
    matched: dict[int, tuple[Message, str]] = {}
    used: set[int] = set()

    def take(i: int, old: Message, how: str) -> None:
        matched[i] = (old, how)
        used.add(id(old))

    for i, new in enumerate(news):
        if key(new) in exact:
            take(i, exact[key(new)], "exact")
    old_ctx = Counter(m.context for m in olds)
    new_ctx = Counter(m.context for m in news)
    by_ctx = {m.context: m for m in olds if m.context is not None and old_ctx[m.context] == 1}
    for i, new in enumerate(news):
        old = by_ctx.get(new.context)
        if i not in matched and old is not None and new_ctx[new.context] == 1 and id(old) not in used:
            take(i, old, "edited")
    by_msgid: dict[str, Message] = {}
    for m in olds:
        if _has_text(m.string):
            by_msgid.setdefault(_msgid(m), m)
    for i, new in enumerate(news):
        if i not in matched and _msgid(new) in by_msgid:
            take(i, by_msgid[_msgid(new)], "moved")
    pending = [i for i in range(len(news)) if i not in matched]
    leftovers = [m for m in olds if id(m) not in used and _has_text(m.string)]
    if pending and leftovers and len(pending) * len(leftovers) <= _FUZZY_BUDGET:
        grams = [_trigrams(_msgid(m)) for m in leftovers]
        for i in pending:
            old = _closest(_msgid(news[i]), leftovers, grams)
            if old is not None:
                take(i, old, "similar")
    return matched


def _carry(new: PoMessage, old: Message, how: str, nplurals: int, remap) -> None:
    """Move the old translation, translator comments and translator flags onto `new`."""
    string, reshaped = _convert(old.string, new.pluralizable, nplurals, remap)
    new.flags = set(new.flags) | {f for f in old.flags if not is_format_flag(f) and f != "fuzzy"}
    if how in ("exact", "edited"):
        new.user_comments = list(old.user_comments)
    if not _has_text(string):
        return
    new.string = string
    if not (old.fuzzy or how != "exact" or reshaped):
        return
    new.flags.add("fuzzy")
    old_previous = list(getattr(old, "previous_id", None) or [])
    if old.fuzzy and old_previous:  # keep the text the translation was really made for
        previous, previous_context = old_previous, getattr(old, "previous_context", None) or old.context
    elif how != "exact":
        previous, previous_context = _ids(old), old.context
    else:
        return
    new.previous_id = previous
    new.previous_context = previous_context if previous_context != new.context else None


def update_catalog(
    existing: Catalog,
    template: Catalog,
    locale: str | Locale,
    project: str | None = None,
    *,
    now: str | None = None,
) -> PoCatalog:
    """The catalog for `locale` after merging `template` into `existing` (neither is modified).

    New segments come out untranslated, edited ones keep the old translation marked fuzzy with
    `#| msgid`, removed translated ones become obsolete (`#~`). The header gets CLDR's
    Plural-Forms; plural translations are resized to its nplurals, re-using the old form
    that served the same numbers and marking the message fuzzy when that changed anything.
    Running it again on its own output with the same template changes nothing.
    """
    loc = parse_locale(locale)
    nplurals, expr, _ = gettext_plural_forms(loc)
    old_fields = existing.header_fields if isinstance(existing, PoCatalog) else []
    old_project = dict((k.lower(), v) for k, v in old_fields).get("project-id-version")
    template_project = template.header("Project-Id-Version") if isinstance(template, PoCatalog) else None
    result = PoCatalog(
        loc,
        header_fields=_po_header(
            old_fields, loc, project or old_project or template_project or DEFAULT_PROJECT, now
        ),
        header_comments=getattr(existing, "header_comments", None)
        or [f"{loc.english_name} translation for {project or template_project or DEFAULT_PROJECT}."],
        fuzzy=bool(isinstance(existing, PoCatalog) and existing.fuzzy),
    )
    result.crlf = bool(getattr(existing, "crlf", False))
    remap = _remapper(existing.plural_expr, expr, nplurals)
    olds, obsolete, news = _messages(existing), list(existing.obsolete.values()), _messages(template)
    matched = _match(olds, obsolete, news)
    for i, tmsg in enumerate(news):
        message = PoMessage(
            tmsg.id,
            ("",) * nplurals if tmsg.pluralizable else "",
            list(tmsg.locations),
            set(tmsg.flags),
            list(tmsg.auto_comments),
            context=tmsg.context,
        )
        if i in matched:
            _carry(message, *matched[i], nplurals, remap)
        result[message.id] = message
    used = {id(old) for old, _ in matched.values()}
    for old in [*obsolete, *olds]:
        if id(old) not in used and _has_text(old.string):
            result.obsolete[result._key_for(old.id, old.context)] = _as_obsolete(old)
    return result


def _as_obsolete(old: Message) -> PoMessage:
    return PoMessage(
        old.id,
        old.string,
        (),
        old.flags & {"fuzzy"},
        (),
        list(old.user_comments),
        list(getattr(old, "previous_id", None) or []),
        context=old.context,
        previous_context=getattr(old, "previous_context", None),
    )


def new_catalog(
    locale: str | Locale, template: Catalog, project: str | None = None, *, now: str | None = None
) -> PoCatalog:
    """The catalog `add-locale` writes: every template message untranslated, CLDR Plural-Forms.

    Raises `InputError` (exit code 2) with a hint for a locale CLDR does not know (`xx`,
    `english`).
    """
    loc = parse_locale(locale)
    return update_catalog(PoCatalog(loc), template, loc, project, now=now)
