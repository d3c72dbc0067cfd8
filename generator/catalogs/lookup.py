"""Translations of one locale, looked up by (msgctxt, msgid) the way gettext would.

Why not `gettext.GNUTranslations`: that needs a compiled .mo, and the build wants to know *why*
a text is missing (untranslated, fuzzy, absent) to warn or fail in strict mode. Like gettext,
fuzzy and empty translations are never used.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from typing import NamedTuple

from babel.messages.catalog import Catalog

from generator.catalogs.locales import parse_locale
from generator.catalogs.plurals import categories_for_header, plural_index

TRANSLATED, FUZZY, UNTRANSLATED, MISSING = "translated", "fuzzy", "untranslated", "missing"


class _Item(NamedTuple):
    strings: tuple[str, ...]
    fuzzy: bool


class Translations:
    """A read-only dict view of a catalog for one locale; O(1) per lookup."""

    def __init__(self, catalog: Catalog, locale=None):
        self.locale = parse_locale(locale) if locale is not None else catalog.locale
        self.plural_expr = catalog.plural_expr
        self.nplurals = catalog.num_plurals
        self._plural = plural_index(self.plural_expr)
        self._items: dict[tuple[str | None, str], _Item] = {}
        for message in catalog:
            if not message.id:
                continue
            string = message.string
            strings = tuple(s or "" for s in string) if isinstance(string, (list, tuple)) else (string or "",)
            key = (message.context, message.id[0] if message.pluralizable else message.id)
            self._items[key] = _Item(strings, message.fuzzy)

    @classmethod
    def from_entries(cls, catalog: Catalog, entries) -> "Translations":
        """What `Translations(catalog)` gives for a catalog read from these scanned entries, built
        from the entries directly (`catalog` gives the locale and plural rule; read it with
        `messages=False`). The same rules as Babel's: the header, obsolete entries and empty
        msgids are no messages, a plural message is keyed by its singular, fuzzy is the flag,
        and a plural message without any msgstr has two empty forms."""
        self = cls.__new__(cls)
        self.locale = catalog.locale
        self.plural_expr = catalog.plural_expr
        self.nplurals = catalog.num_plurals
        self._plural = plural_index(self.plural_expr)
        self._items = {}
        for e in entries:
            if e.is_header or e.obsolete or not e.msgid:
                continue
            strings = tuple(e.msgstr) if e.is_plural else (e.msgstr[0] if e.msgstr else "",)
            if e.is_plural and not strings:
                strings = ("", "")
            self._items[(e.msgctxt, e.msgid)] = _Item(tuple(s or "" for s in strings), "fuzzy" in e.flags)
        return self

    def to_state(self) -> dict:
        """Everything lookups need, as JSON-ready data (the build cache stores it)."""
        return {"locale": str(self.locale) if self.locale is not None else None, "plural_expr": self.plural_expr,
                "nplurals": self.nplurals,
                "items": [[c, m, list(item.strings), item.fuzzy] for (c, m), item in self._items.items()]}

    @classmethod
    def from_state(cls, state: dict) -> "Translations":
        """The inverse of `to_state`; raises KeyError/TypeError/ValueError on data it did not write."""
        self = cls.__new__(cls)
        self.locale = parse_locale(state["locale"]) if state["locale"] else None
        self.plural_expr = state["plural_expr"]
        self.nplurals = int(state["nplurals"])
        self._plural = plural_index(self.plural_expr)
        self._items = {(c, m): _Item(tuple(strings), bool(fuzzy)) for c, m, strings, fuzzy in state["items"]}
        return self

    def __contains__(self, key: tuple[str | None, str]) -> bool:
        return key in self._items

    def __len__(self) -> int:
        return len(self._items)

    def _usable(self, msgctxt: str | None, msgid: str) -> _Item | None:
        item = self._items.get((msgctxt, msgid))
        return None if item is None or item.fuzzy else item

    def gettext(self, msgctxt: str | None, msgid: str) -> str | None:
        """The translation, or None when it is missing, fuzzy or empty."""
        item = self._usable(msgctxt, msgid)
        return (item.strings[0] or None) if item else None

    def plural_form(self, n: int | Decimal | float) -> int:
        """The msgstr index for n under the catalog's Plural-Forms formula.

        gettext formulas only know whole numbers; a fraction takes the index of its CLDR category
        when the header has one for it, else the formula's last (default) form.
        """
        if isinstance(n, bool) or not isinstance(n, (int, Decimal, float)):
            raise TypeError(f"plural count must be a number, not {type(n).__name__}")
        n = abs(n)
        if n == int(n):
            return self._plural(int(n))
        if self.locale is not None:
            category = self.locale.plural_form(n)
            cats = categories_for_header(f"nplurals={self.nplurals}; plural={self.plural_expr};", self.locale)
            if category in cats:
                return cats.index(category)
        return self.nplurals - 1

    def ngettext(self, msgctxt: str | None, singular: str, plural: str, n) -> str | None:
        """The translated form for count n, or None when missing, fuzzy or that form is empty."""
        item = self._usable(msgctxt, singular)
        if item is None:
            return None
        index = self.plural_form(n)
        return (item.strings[index] or None) if index < len(item.strings) else None

    def state(self, msgctxt: str | None, msgid: str) -> str:
        """'translated', 'fuzzy', 'untranslated' (some form empty) or 'missing' (no such message)."""
        item = self._items.get((msgctxt, msgid))
        if item is None:
            return MISSING
        if item.fuzzy and any(item.strings):
            return FUZZY
        return TRANSLATED if all(item.strings) else UNTRANSLATED

    def states(self) -> Iterator[tuple[str | None, str, str]]:
        """(msgctxt, msgid, state) of every message, for `status`."""
        for msgctxt, msgid in self._items:
            yield msgctxt, msgid, self.state(msgctxt, msgid)

    def fingerprint(self, group_of) -> dict[str, str]:
        """A hash of the messages in each group (`group_of(msgctxt)` names it), for the build cache.

        The plural formula is part of every group: it decides which form each count shows.
        """
        from generator.cache import digest

        parts: dict[str, list] = {}
        for (msgctxt, msgid), item in sorted(self._items.items(), key=lambda kv: (kv[0][0] or "", kv[0][1])):
            parts.setdefault(group_of(msgctxt), []).extend(
                (msgctxt or "\0", msgid, "f" if item.fuzzy else "t", *item.strings, "\1"))
        head = f"{self.locale}|{self.nplurals}|{self.plural_expr}"
        return {"": digest(head)} | {name: digest(head, *texts) for name, texts in parts.items()}
