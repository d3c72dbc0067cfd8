"""Shared plumbing of the figure reader: locale resolution, word keys and word-list regexes.

Every per-locale word list (unit words, weekday names, currency names...) becomes one regex built
as a trie, so that matching costs one pass over the text whatever the size of the list (Python's
`re` tries the branches of a flat alternation one by one). Words are compared through `key()`,
which folds case, dots and hyphens the same way the regexes tolerate them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Iterable

from babel import Locale, UnknownLocaleError

from .text import normalize_word

LETTER = r"[^\W\d_]"
NO_LETTER_BEFORE = rf"(?<!{LETTER})"
NO_LETTER_AFTER = rf"(?!{LETTER})"
NO_WORD_BEFORE = r"(?<![\w])"
# Scripts written without spaces between words: word edges cannot be checked there.
SPACELESS = frozenset({"ja", "zh", "yue", "th", "lo", "km", "my", "bo", "dz"})


@lru_cache(maxsize=None)
def babel_locale(locale: str) -> Locale:
    """The Babel locale for a tag like "pt-BR"/"pt_BR"; its language, then English, if unknown."""
    tag = (locale or "en").replace("-", "_").strip()
    for candidate in (tag, tag.split("_")[0]):
        try:
            return Locale.parse(candidate)
        except (UnknownLocaleError, ValueError, TypeError):
            continue
    return Locale.parse("en")


@lru_cache(maxsize=None)
def data_keys(locale: str) -> tuple[str, ...]:
    """Keys to look up in this package's own word tables, most specific first ("pt_BR", "pt")."""
    loc = babel_locale(locale)
    keys = []
    if loc.territory:
        keys.append(f"{loc.language}_{loc.territory}")
    keys.append(loc.language)
    return tuple(keys)


def lookup(table: dict, locale: str, default=()):
    """The entry of `table` for the locale (most specific key first), else `default`."""
    for k in data_keys(locale):
        if k in table:
            return table[k]
    return default


def merged(table: dict, locale: str) -> dict:
    """Entries for the language and then the territory variant, the latter winning."""
    out: dict = {}
    for k in reversed(data_keys(locale)):
        out.update(table.get(k, {}))
    return out


def language(locale: str) -> str:
    return babel_locale(locale).language


def fold_case(text: str) -> str:
    """Lower case, one character for one: "İ" stays "İ" (its lower case is two characters, "i̇",
    which a case-insensitive regex never matches against the single "İ" of a text)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(low if len(low := c.lower()) == 1 else c for c in text)


def key(text: str) -> str:
    """The lookup key of a word or phrase: lower case, without dots, hyphens, apostrophes, spaces."""
    t = fold_case(normalize_word(text))
    return "".join(t.replace(".", "").replace("-", "").replace("'", "").split())


def _atom(ch: str, loose: bool = True) -> str:
    if not loose:
        return re.escape(ch)
    if ch == " ":
        return r"[ \-]+"
    if ch == "-":
        return r"[ \-]?"
    if ch == ".":
        return r"\.?"
    if ch == "'":
        return r"'?"
    return re.escape(ch)


def _emit(node: dict, loose: bool = True) -> str:
    branches = [_atom(ch, loose) + _emit(child, loose) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    if "" in node:
        branches.append("")
    if len(branches) == 1:
        return branches[0]
    return "(?:" + "|".join(branches) + ")"


def trie(words: Iterable[str], lower: bool = True, loose: bool = True) -> str:
    """A regex (no groups) matching any of `words`, longest first; "" if there are none.

    Spaces match any run of spaces or hyphens, a hyphen matches a hyphen, a space or nothing, a
    dot may be left out. Matching is meant to run with re.IGNORECASE: words are lower-cased.
    """
    root: dict = {}
    for w in words:
        w = normalize_word(w)
        w = " ".join((fold_case(w) if lower else w).split())
        if not w:
            continue
        node = root
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    if not root:
        return ""
    return _emit(root, loose)


def word_pattern(words: Iterable[str], spaceless: bool = False, before: str = "", case: bool = False) -> str:
    """`trie(words)` as a whole word: not glued to a letter on either side (unless spaceless).

    `before` is an optional regex admitted between the left edge and the word (Arabic clitics).
    With case=True the words match with their case as given (short abbreviations like "So").
    """
    words = list(words)
    if case:
        body = trie(words, lower=False)
        if not body:
            return "(?!x)x"
        body = f"(?-i:{body})"
    else:
        body = trie(words)
        if not body:
            return "(?!x)x"
    if spaceless:
        return f"(?:{before}{body})"
    return f"(?:{NO_LETTER_BEFORE}{before}(?:{body}){NO_LETTER_AFTER})"


def is_spaceless(locale: str) -> bool:
    return language(locale) in SPACELESS


def arabic_clitics(locale: str) -> str:
    """Prefixes glued to Arabic-script words ("و", "ب", "ل"...), admitted before a listed word."""
    if babel_locale(locale).character_order == "right-to-left" and language(locale) in ("ar", "fa", "ur", "ps"):
        return "(?:[وف]?[بلك]?)"
    return ""


# One-letter words written glued to the next one: Hebrew "ו" (and), "ב" (on), "ל" (to), "מ" (from),
# as in CLDR's own list pattern "{0} ו{1}" ("יום שבת ויום ראשון").
GLUED_PREFIXES = {"he": "ובלמ", "yi": "ובלמ"}


def glued_prefixes(locale: str) -> str:
    """The one-letter words glued before a word in `locale`, as a string of letters ("" if none)."""
    return GLUED_PREFIXES.get(language(locale), "")


@lru_cache(maxsize=None)
def letter_or_mark() -> str:
    """A regex for one letter or combining mark: what a token edge must not have on either side.

    A Thai vowel or tone mark (a combining mark, not a letter to `re`) belongs to the word of the
    consonant before it: "จ่าย" (to pay) holds no token "จ", whatever `\\w` says.
    """
    ranges: list[list[int]] = []
    for cp in range(0x300, 0x10000):
        if unicodedata.category(chr(cp)).startswith("M"):
            if ranges and ranges[-1][1] == cp - 1:
                ranges[-1][1] = cp
            else:
                ranges.append([cp, cp])
    marks = "".join(f"{re.escape(chr(a))}-{re.escape(chr(b))}" if b > a else re.escape(chr(a)) for a, b in ranges)
    return f"(?:{LETTER}|[{marks}])"


def token_pattern(words: Iterable[str], case: bool = True) -> str:
    """`trie(words)` as a whole token, in every script: no letter or combining mark glued to it
    on either side, even where words are written without spaces (see `letter_or_mark`).

    For short forms that are parts of ordinary words too: Thai "จ" (Monday) is in "ใจ", "จ่าย".
    With case=True the words match with their case as given; an optional dot may follow.
    """
    body = trie(words, lower=not case)
    if not body:
        return "(?!x)x"
    edge = letter_or_mark()
    body = f"(?-i:{body})" if case else body
    return f"(?:(?<!{edge}){body}(?!{edge})\\.?)"


def plural_tags(locale: str) -> tuple[str, ...]:
    """The CLDR plural categories of the locale, "other" last."""
    order = ("zero", "one", "two", "few", "many")
    tags = babel_locale(locale).plural_form.tags
    return tuple(t for t in order if t in tags) + ("other",)
